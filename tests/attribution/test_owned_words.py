"""Quoted words inside a saying a possessive gives an owner ("Vell's warning that the quay would be
“…”", "her remark that “…”", "his call for “…”"), and near cases that must give that owner nothing
or no sure reading. Every sentence is invented."""

from __future__ import annotations

import pytest

from .conftest import read_sure

_BEFORE = "Sen. Ida Marsk toured the flooded quay at Fenwick on Monday."


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("Critics seized on Ida Marsk's remark that the levy was “a gift to the islands.”", "Ida Marsk"),
        ("Critics seized on Ida Marsk's claim that “the levy pays for itself.”", "Ida Marsk"),
        (
            "Dockers cheered Tomas Korvel's stark warning that the ferries would be “cut to the bone.”",
            "Tomas Korvel",
        ),
        (
            "The Harbor Authority's warning that the quay was “unsafe at any tide” alarmed the council.",
            "Harbor Authority",
        ),
        ("Few believed Piet Orr's vow to “clean up the harbor by spring.”", "Piet Orr"),
        ("The Harbor Board's description of the levy as “a lifeline for the islands” drew jeers.", "Harbor Board"),
        ("Ida Marsk's claim, repeated at every stop, was that the ferries were “never safer.”", "Ida Marsk"),
    ],
)
def test_the_one_a_possessive_names_owns_the_words(sentence: str, owner: str) -> None:
    assert read_sure(sentence) == [(owner, True)]


def test_his_or_her_is_the_one_the_pronoun_means() -> None:
    assert read_sure(_BEFORE, "Critics seized on her remark that the levy was “a gift to the islands.”")[-1] == (
        "Ida Marsk",
        True,
    )
    assert read_sure(_BEFORE, "Her claim that she had “never taken a cent” drew scrutiny.")[-1] == ("Ida Marsk", True)
    found = read_sure(
        "Tomas Korvel spoke at the dock.",
        "His standing rose after the storm, and his call for “a new sea wall” won praise.",
    )
    assert found == [("Tomas Korvel", True)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ida Marsk defended her claim that the levy was “a fraud.”",
        "Ida Marsk came under fire from the guild over her claim that the levy was “a fraud.”",
    ],
)
def test_words_of_owning_up_keep_her_own(sentence: str) -> None:
    # another woman was named before, but one defends or answers for one's own words
    assert read_sure("Lena Orr spoke on Monday.", sentence)[-1] == ("Ida Marsk", True)


def test_a_verb_of_saying_read_as_the_noun_it_is() -> None:
    # "claim" after a possessive is no verb of a subject "Critics seized on Ida Marsk's"
    found = read_sure("Critics seized on Ida Marsk's claim that the levy was “a gift to the islands.”")
    assert found == [("Ida Marsk", True)]
    assert read_sure("Critics rejected the claim that the levy was a gift to the islands.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The claim, made by Ida Marsk's rivals, that the levy was “a fraud” drew jeers.",  # no owner next to it
        "Her critics' charge that she had “sold out the islands” stung.",  # the critics' words
        "The charge against her that she had “sold out the islands” stung.",  # said against her
        "Her father's warning that the sea would “take the town” still haunts her.",  # her father's
        "The harbor report's finding that the quay was “unsafe at any tide” alarmed the council.",  # a paper's
        "Monday's warning that the quay was “unsafe at any tide” alarmed the council.",  # a day's
        "Critics seized on Ida Marsk's remark that voters found “offensive.”",  # the voters' word?
        "Critics seized on Ida Marsk's claim that Piet Orr had called the levy “a fraud.”",  # Orr's word in hers
        "A remark that Piet Orr made, that the levy was “a fraud,” drew jeers.",  # no possessive
        "Ida Marsk's remark that angered voters was “a mistake.”",  # a relative clause: the writer's words
        "Ida Marsk's remark that sank her campaign was “careless and cruel.”",  # the same
        "Ida Marsk's remarks on the ferry that sank last year were “hurtful.”",  # whose "that"?
        "Ida Marsk's denial that she had “taken a bribe” rang hollow.",  # the words denied are another's
        "Critics doubted Ida Marsk's aides' claim that the levy was “a gift.”",  # the aides' claim
        "Ida Marsk's lawyer's claim that the levy was “a fraud” was rejected.",  # her lawyer's
    ],
)
def test_no_owner_gives_no_sure_speaker(sentence: str) -> None:
    found = read_sure(_BEFORE, sentence)
    assert not any(sure for _, sure in found[1:])
    assert not any(speaker.startswith(("Critics", "The", "Her")) for speaker, _ in found)


@pytest.mark.parametrize(
    ("before", "sentence"),
    [
        # someone named before "her" in its sentence may be whose claim it is, or she may reject another's
        ("Lena Orr spoke on Monday.", "Ida Marsk rejected her claim that the levy was “a fraud.”"),
        ("Lena Orr spoke on Monday.", "She rejected her claim that the levy was “a fraud.”"),
        (
            "Lena Orr spoke on Monday.",
            "Ida Marsk came under fire from Tessa Brel over her claim that the levy was “a fraud.”",
        ),
        ("Sen. Tomas Korvel toured the dock.", "The senator's aide rejected his claim that the levy was “a fraud.”"),
        # the owner's saying told by another who speaks: second-hand
        ("Lena Orr spoke on Monday.", "Piet Orr said that everyone knew Ida Marsk's claim that the levy was “fair.”"),
    ],
)
def test_an_owner_another_may_be_is_not_sure(before: str, sentence: str) -> None:
    found = read_sure(before, sentence)
    assert not any(sure and speaker in ("Ida Marsk", "Lena Orr", "Tomas Korvel") for speaker, sure in found)


def test_another_who_speaks_an_owners_words_is_not_sure() -> None:
    # the attribution names Orr, but the words are Ida Marsk's claim as he tells it
    found = read_sure("Ida Marsk's claim that the levy is “a gift to the islands,” Piet Orr said, was false.")
    assert ("Piet Orr", True) not in found
