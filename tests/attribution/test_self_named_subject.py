"""A he/she after a sentence whose subject gives their own name ("… identified herself as a
nurse named Carla"), and near cases that must give that name nothing. Every sentence is invented."""

from __future__ import annotations

import pytest

from .conftest import read_sure

_BEFORE = "“The mayor’s joke fell flat in every ward,” wrote Ben Pask in the Ledger."


def test_the_name_the_subject_gives_herself_is_who_goes_on() -> None:
    found = read_sure(
        _BEFORE,
        "The shopper who began the chant identified herself to the Ledger as a nurse from Orne named Carla.",
        "“He listens to the islands,” she said of Korvel.",
        "She said she would go to the next rally as well.",
        "“I did not plan to shout,” she said.",
    )
    assert [speaker for speaker, _ in found[1:]] == ["Carla", "Carla", "Carla"]


def test_himself_and_a_name_alone() -> None:
    found = read_sure(_BEFORE, "The deckhand identified himself as Marco.", "“The fees are too high,” he said.")
    assert found[-1][0] == "Marco"


@pytest.mark.parametrize(
    ("middle", "pronoun"),
    [
        ("The shopper identified herself as a nurse named Carla.", "he"),  # "herself" is no "he"
        ("The shopper identified herself as Republican.", "she"),  # no given name
        ("The shopper identified herself to us as a friend of a man named Tomas.", "she"),  # his name, not hers
        ("The shopper identified herself as a nurse named Orne.", "she"),  # no given name the lexicon knows
        ("The shopper identified the deckhand as a man named Marco.", "he"),  # someone else named
        ("A caller identified himself as Christian.", "he"),  # a faith, not a name
        ("The shopper identified herself as Irish.", "she"),  # a people, not a name
        ("Police said a woman who identified herself as Carla had called twice.", "she"),  # in reported words
        ("The warden told us a man who identified himself as Marco rang the bell.", "he"),
    ],
)
def test_no_name_of_her_own_gives_nothing(middle: str, pronoun: str) -> None:
    found = read_sure(_BEFORE, middle, f"“The fees are too high,” {pronoun} said.")
    assert all(
        speaker not in ("Carla", "Marco", "Tomas", "Orne", "Republican", "Christian", "Irish") for speaker, _ in found
    )


def test_a_faith_word_after_named_is_still_a_name() -> None:
    found = read_sure(
        _BEFORE, "The deckhand identified himself as a welder named Christian.", "“The fees are too high,” he said."
    )
    assert found[-1][0] == "Christian"
