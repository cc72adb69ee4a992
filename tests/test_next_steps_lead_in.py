"""Next steps: a dated act opened by "He" or "She" is listed, printed after the sentence before it, when that
sentence opens on the one person it can be (named, of the pronoun's sex, nobody else of that sex named beside).
Anything less certain stays off the page, as before (tests/test_next_steps_leaning.py). Invented text, read in a
Wednesday paper."""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.analysis import make_corpus
from briefgen.antecedent import lead_in
from briefgen.models import Article, NextStep
from briefgen.timeline import next_steps

WEDNESDAY = date(2026, 3, 11)


def _steps(*body: str) -> list[NextStep]:
    article = Article("a1", "T1", "a1.txt", "Outlet 1", WEDNESDAY, (), body)
    return list(next_steps(make_corpus([article]), lambda text: 1.0, WEDNESDAY))


def _listed(before: str, sentence: str) -> list[tuple[str, str | None]]:
    return [(str(s.date or s.period), s.lead_in) for s in _steps(before, sentence) if s.text == sentence]


@pytest.mark.parametrize(
    ("before", "sentence", "when"),
    [
        (
            "Ines Quarle, 50, won the Lorrin tolls ballot by a wide margin.",
            "She will now face Tomas Bell in November.",
            "2026-11",
        ),
        ("Peter Orr is racing to win over the river towns.", "He will visit Brell on Friday.", "2026-03-13"),
        (
            "Sen. Peter Orr — a rival of Anna Vell — toured the Lorrin docks.",
            "He will address the Brell ferry guild on Friday.",
            "2026-03-13",
        ),
        (
            "Anna Vell met the ferry pilots in Lorrin.",
            "She has scheduled stops in Brell and Marsh next week.",
            "2026-W12",
        ),
        ("Peter Orr toured the Lorrin docks.", "He'll visit Brell on Friday.", "2026-03-13"),
        ("Mr. Orr toured the Lorrin docks.", "He is set to meet the Brell guild on Thursday.", "2026-03-12"),
        # what the pronoun says the same pronoun will do
        ("Anna Vell toured the Lorrin docks.", "She said she will open the Brell docks on Friday.", "2026-03-13"),
        (
            "Anna Vell toured the Lorrin docks.",
            "She says she is headed for the Brell Net Fair next week.",
            "2026-W12",
        ),
    ],
)
def test_the_pronoun_named_just_before_is_listed_with_that_sentence(before: str, sentence: str, when: str) -> None:
    assert _listed(before, sentence) == [(when, before)]


@pytest.mark.parametrize(
    ("before", "sentence"),
    [
        # nobody named before it
        ("The Lorrin ferry guild met on Tuesday.", "She will open the Brell docks on Friday."),
        ("On Tuesday, the Lorrin tolls ballot closed.", "He will visit Brell on Friday."),
        # named, but not the pronoun's sex, or of no sex the article gives
        ("Peter Orr won the Lorrin tolls ballot.", "She will open the Brell docks on Friday."),
        ("Quarle won the Lorrin tolls ballot.", "She will open the Brell docks on Friday."),
        # two it may be
        ("Anna Vell met Ines Quarle in Lorrin.", "She will open the Brell docks on Friday."),
        ("Peter Orr won the ballot, and Tomas Bell conceded.", "He will visit Brell on Friday."),
        # the subject is someone's aide, not the person
        ("Anna Vell's aide toured the Lorrin docks.", "She will open the Brell docks on Friday."),
        # the pronoun's own clause is no firm act to come
        ("Anna Vell toured the Lorrin docks.", "She hopes to open the Brell docks on Friday."),
        ("Anna Vell toured the Lorrin docks.", "She said he would open the Brell docks on Friday."),
        ("Peter Orr toured the Lorrin docks.", "He would visit Brell on Friday, his aides hinted."),
        ("Anna Vell toured the Lorrin docks.", "She also hosts a Sunday radio hour on the Brell station."),
        ("Anna Vell toured the Lorrin docks.", "She was set to open the Brell docks on Friday."),
        ("Anna Vell toured the Lorrin docks.", "Her fate in the November ballot hinges on the tolls."),
        # no date: a pronoun-led undated step stays out
        ("Anna Vell toured the Lorrin docks.", "She will open the Brell docks."),
    ],
)
def test_less_certain_stays_off(before: str, sentence: str) -> None:
    assert _listed(before, sentence) == []


def test_a_family_name_alone_is_the_one_of_the_pronouns_sex() -> None:
    article = ["Anna Vell and Peter Vell toured the docks.", "Vell won the ballot.", "She will visit Brell on Friday."]
    assert lead_in(article[2], article[1], article) == article[1]


def test_another_of_a_family_named_beside_is_no_certain_one() -> None:
    article = ["Anna Vell and Peter Vell toured the docks.", "Tam Orr met Vell.", "She will visit Brell on Friday."]
    assert lead_in(article[2], article[1], article) is None
    article = ["Ines Quarle won.", "Ines Quarle met Anna Vell and Peter Vell.", "She will visit Brell on Friday."]
    assert lead_in(article[2], article[1], article) is None


def test_the_page_prints_the_lead_in_first() -> None:
    step = NextStep("She will visit Brell on Friday.", None, None, (0,), lead_in="Anna Vell won the ballot.")
    assert step.shown == "Anna Vell won the ballot. She will visit Brell on Friday."
    assert NextStep("Anna Vell will visit Brell.", None, None, (0,)).shown == "Anna Vell will visit Brell."


def test_the_subjects_own_given_name_says_which_of_a_family() -> None:
    body = ("Peter Vell backed the harbour plan.", "Anna Vell, 50, won the Lorrin tolls ballot.")
    step = "She will now face Tomas Bell in November."
    assert [s.lead_in for s in _steps(*body, step) if s.text == step] == [body[1]]
