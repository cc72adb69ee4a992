"""A relative "who said" after a name and what the person is, in commas: with an article or a
post written without one ("Piet Orr, leader of the Harbor Party, who said …"). The speaker is the
one named before it, never the post. Near cases: several people, two appositions, an aside that
is no apposition. Every sentence is invented."""

from __future__ import annotations

import pytest

from .conftest import read_sure

_BEFORE = "The vote was close."


@pytest.mark.parametrize(
    "sentence",
    [
        "Tomas Korvel shared a stage with Piet Orr, leader of the Harbor Party, who said the pier was ours to keep.",
        "Tomas Korvel shared a stage with Piet Orr, leader of the Harbor Party, who said that the pier was "
        "“ours to keep.”",
        "Tomas Korvel praised Piet Orr, head of the ferry board, who said the pier was safe.",
        "Tomas Korvel met Piet Orr, a Democrat from Oregon, who said the pier was safe.",
        "Tomas Korvel met Piet Orr, the boss of the ferry line, who said the pier was safe.",
    ],
)
def test_the_one_named_before_the_post_speaks(sentence: str) -> None:
    assert read_sure(_BEFORE, sentence) == [("Piet Orr", True)]


@pytest.mark.parametrize(
    "sentence",
    [
        # several: who said is all of them
        "Piet Orr met Tomas Korvel and Ida Marsk, members of the board, who said the pier was safe.",
        "Tomas Korvel and Ida Marsk, the members of the board, who said the pier was safe, left early.",
        # no apposition: an aside that opens on a preposition or a verb
        "The levy passed, according to the mayor, who said the pier was safe.",
        "Tomas Korvel spoke with reporters, speaking to the crowd, who said the pier was safe.",
        # the one named is someone's relative, not the speaker's name
        "Piet Orr spoke to the sister of Tomas Korvel, a nurse at the clinic, who said the pier was safe.",
        # two appositions: which one "who" goes with, the commas do not say
        "Tomas Korvel shared a stage with Piet Orr, leader of the Harbor Party, a fishing group backed by the "
        "unions, who said the pier was ours to keep.",
    ],
)
def test_near_cases_give_no_one_named(sentence: str) -> None:
    speakers = [speaker for speaker, _ in read_sure(_BEFORE, sentence)]
    assert not {"Ida Marsk", "Tomas Korvel", "Piet Orr"} & set(speakers)
    assert not any(s.split()[0].islower() for s in speakers)  # never the post ("leader of the …")


@pytest.mark.parametrize(
    "sentence",
    [
        "Piet Orr criticized the Harbor Party, which said the pier was safe.",
        "Piet Orr criticized the Harbor Party, a group of fishermen, who said the pier was safe.",
    ],
)
def test_a_body_criticised_before_which_said_is_the_body(sentence: str) -> None:
    # (main read "Orr criticized the Harbor Party" as one name: a clause is no speaker)
    assert read_sure(_BEFORE, sentence) == [("Harbor Party", True)]


def test_one_attacked_before_who_said_is_that_one() -> None:
    assert read_sure(_BEFORE, "Tomas Korvel attacked Piet Orr, who said the pier was safe.") == [("Piet Orr", True)]
