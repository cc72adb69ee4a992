"""Described speakers in the forms news English gives them: an indefinite description before the
quote ("One man wrote, “…”"), a word of mood before a name the text knows ("an angry Quarle
said"), coordinate adjectives ("the tall, soft-spoken farmer"), and a source by the name they go
by ("the dock foreman known as Tam"). Each with a near case the rule must leave alone. Every
sentence is invented."""

from __future__ import annotations

import pytest

from briefgen.attribution.phrases import join_adjectives

from .conftest import read_page

OPENING = "Ines Quarle spoke at the pier on Monday."
WORDS = "The ferry is a disgrace and it should close"


# One the writer introduces by a description, before the quote: the description, off the page.
INTRODUCED = [
    (f"One man wrote, “{WORDS}.”", "One man"),
    (f"A woman said: “{WORDS}.”", "A woman"),
    (f"One voter said, “{WORDS}.”", "One voter"),
]


@pytest.mark.parametrize(("sentence", "source"), INTRODUCED)
def test_an_indefinite_description_before_the_quote_is_its_source(sentence: str, source: str) -> None:
    assert read_page(OPENING, sentence) == [(source, False)]


def test_a_description_inside_a_longer_opening_is_not_taken() -> None:
    # the words before the verb are a clause of their own, no description of a source
    assert read_page(OPENING, f"After the vote in the hall a man wrote, “{WORDS}.”") == []


# A word of mood between an article and a name the text has given: that person.
def test_a_mood_word_before_a_known_name_is_that_person() -> None:
    assert read_page(OPENING, f"“{WORDS},” an angry Quarle said.") == [("Ines Quarle", True)]
    assert read_page(OPENING, f"A weary Quarle said, “{WORDS}.”") == [("Ines Quarle", True)]


@pytest.mark.parametrize(
    "sentence",
    [
        f"“{WORDS},” a younger Quarle said.",  # another of that name
        f"“{WORDS},” an angry Brel said.",  # a name the text has not given
        f"“{WORDS},” a proud Lorrin said.",  # a kind of person, no one named
        f"“{WORDS},” a rival Quarle said.",  # which of the name, not how one was
        f"“{WORDS},” a young Quarle said.",
    ],
)
def test_a_mood_word_before_another_name_names_no_one(sentence: str) -> None:
    assert read_page(OPENING, sentence) == []


def test_a_mood_word_before_a_name_a_relative_may_share_names_no_one() -> None:
    # the text speaks of her son or brother: "a grieving Quarle" may be him
    brother = read_page(OPENING + " Her brother spoke at the vigil.", f"“{WORDS},” a grieving Quarle said.")
    assert not any(shown for _, shown in brother)
    assert not any(shown for _, shown in read_page(OPENING + " Her grandson helps.", f"A shy Quarle said, “{WORDS}.”"))


@pytest.mark.parametrize(
    "sentence",
    [
        f"“{WORDS},” said the district known as Lower Osk.",
        f"“{WORDS},” said the landlord of the inn known as Anchor House.",
    ],
)
def test_a_place_or_a_house_known_as_a_name_is_no_person(sentence: str) -> None:
    assert not any(shown for _, shown in read_page(sentence))


# Two words describing one person, parted by a comma.
@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (f"“{WORDS},” said a tall, soft-spoken farmer.", "a tall soft-spoken farmer"),
        (f"“{WORDS},” the bearded, 61-year-old engineer said.", "the bearded 61-year-old engineer"),
    ],
)
def test_coordinate_adjectives_make_one_description(sentence: str, source: str) -> None:
    assert read_page("The harbour board met on Monday.", sentence) == [(source, False)]


def test_a_comma_before_anything_else_still_parts_phrases() -> None:
    assert join_adjectives(" the tall, soft-spoken farmer ") == " the tall soft-spoken farmer "
    assert join_adjectives(" the farmer, retired teacher ") == " the farmer, retired teacher "  # two people
    assert join_adjectives(" the board, officials ") == " the board, officials "  # no adjective
    assert join_adjectives(" the tall, who ") == " the tall, who "


# A source by the name they go by.
@pytest.mark.parametrize(
    "sentence",
    [
        f"“{WORDS},” said the dock foreman known as Tam, speaking for the first time.",
        f"“{WORDS},” the dock foreman known as Tam said.",
        f"“{WORDS},” said a guard identified only as Tam.",
    ],
)
def test_a_source_known_as_a_name_is_that_name(sentence: str) -> None:
    assert read_page(OPENING, sentence) == [("Tam", True)]


def test_a_body_known_as_a_name_is_no_person() -> None:
    assert read_page(OPENING, f"“{WORDS},” said the group known as Tidewatch.") == []


def test_a_person_or_paper_by_the_before_the_quote_is_no_description_read_here() -> None:
    # "the senator" is left to the resolver (the one person the text is about, unsure); a paper
    # by "the" to the resolver, which ties it to its writer
    assert read_page(OPENING, f"The senator said, “{WORDS}.”") != [("The senator", False)]
    assert read_page(OPENING, f"The report quoted Tomas Brel as saying, “{WORDS}.”") == []
