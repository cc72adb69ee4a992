"""What the page keeps off though its speaker is right: a body's trailing report of others' appeal or
words (it relays their stance), a verbless concession whose sentence goes on elsewhere ("Whatever
the cost to the town,"), and one named only by whose they are ("Sand's chief of staff"). Near cases
keep their line. Every sentence is invented."""

from __future__ import annotations

import pytest

from briefgen.attribution import extract_paragraphs
from briefgen.positions import is_actor, named_outlets, on_page


def shown(*paragraphs: str) -> list[tuple[str, str, bool]]:
    """(speaker, first words of the statement, on the page) of each statement."""
    text, found = extract_paragraphs(list(paragraphs))
    outlets = named_outlets(text)
    return [(q.speaker, " ".join(q.quote.split()[:3]), on_page(q, outlets)) for q in found]


@pytest.mark.parametrize(
    "sentence",
    [
        "Three dissidents from the eastern provinces appealed for a fair trial in an open letter, the Kerova "
        "Information Office said.",
        "Families of the missing sailors urged the navy to keep searching, the Port Workers Federation said.",
        "Forty teachers sent an open letter to the minister demanding smaller classes, the Teachers Guild said.",
        "Two villagers told the inquiry they had seen the fire start, according to the Valley Rights Council.",
    ],
)
def test_a_body_relaying_others_words_is_not_their_stance(sentence: str) -> None:
    assert [on for _, _, on in shown(sentence)] == [False] * len(shown(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # the body's own news or its own act: its statement
        "The navy will keep searching until Friday, the Port Workers Federation said.",
        "It appealed for calm after the riots, the Port Workers Federation said.",
        # a person's trailing report is read as before
        "The navy will keep searching until Friday, Ana Brisk said.",
    ],
)
def test_near_cases_a_body_s_own_words_after_the_clause_stay(sentence: str) -> None:
    assert any(on for _, _, on in shown(sentence)), shown(sentence)


def test_a_verbless_concession_going_on_elsewhere_is_a_fragment() -> None:
    found = shown(
        '"Whatever the attempts to smear our movement as a gross abuse of the law," the Freedom Alliance said '
        'in a statement. "We will not be silenced," it added.'
    )
    assert [(words, on) for _, words, on in found] == [("Whatever the attempts", False), ("We will not", True)]


@pytest.mark.parametrize(
    "sentence",
    [
        '"Whatever the cost, we will rebuild the pier," the Freedom Alliance said.',  # its main clause is there
        '"No matter what the board does, we stay," the Freedom Alliance said.',
    ],
)
def test_a_concession_with_its_main_clause_stays(sentence: str) -> None:
    assert [on for _, _, on in shown(sentence)] == [True]


@pytest.mark.parametrize("name", ["Sand's chief of staff", "Ida Vell's lawyer", "Korr's spokeswoman"])
def test_one_named_only_by_whose_they_are_is_no_actor(name: str) -> None:
    assert not is_actor(name)


@pytest.mark.parametrize("name", ["Sand's office", "St. Mary's Hospital", "McDonald's", "Children's Hospital"])
def test_a_body_with_a_possessive_in_its_name_is_an_actor(name: str) -> None:
    assert is_actor(name)


@pytest.mark.parametrize(
    "sentence",
    [
        # the body's own charge about others, not their words
        "The owners told no one about the leak, the Port Workers Federation said.",
        "The company said nothing for weeks, the Port Workers Federation said.",
    ],
)
def test_a_body_s_charge_that_others_kept_silent_stays(sentence: str) -> None:
    assert [on for _, _, on in shown(sentence)] == [True]
