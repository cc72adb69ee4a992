"""Described and named sources in forms real copy uses: a sentence opening on its source with
"as" ("As the Gazette's Ada Orvell puts it, …"), a body's possessive before a full name, a focus
"Even" before a described speaker, a paper whose subject carries what it is in commas, and a
participle after a second verb of the subject or with the paper it was said in. Invented text."""

from __future__ import annotations

import pytest

from briefgen.attribution import extract

from .conftest import read_page, read_sure


def _who(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.quote) for q in extract(text)]


# --- "As X puts it, …" ---------------------------------------------------------------------------


def test_as_a_named_writer_puts_it_the_clause_is_theirs_and_on_the_page() -> None:
    page = read_page(
        "Brell Quarle ran for the council seat last spring.",
        "As the Harbor Ledger's Ada Orvell puts it, the council is “a ship with no rudder and no crew.”",
    )
    assert page == [("Ada Orvell", True)]


def test_as_a_source_noted_before_a_whole_quote_is_theirs() -> None:
    found = extract("As the Harbor Ledger's Ada Orvell wrote in a column last week, “The docks are past saving.”")
    assert [(q.speaker, q.kind) for q in found] == [("Ada Orvell", "direct")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("But as a Marl harbor aide noted, the board “has not met since the storm.”", "a Marl harbor aide"),
        ("As Ines Vell said last week in Varne, the harbor “needs a dredge before it needs a mayor.”", "Ines Vell"),
    ],
)
def test_as_a_described_or_named_source_said_the_clause_is_theirs(text: str, speaker: str) -> None:
    assert [who for who, _ in _who(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # a relay, not a source putting a view
        "Ines Vell spoke on Tuesday. As the Harbor Ledger reported, the docks are “beyond repair.”",
        # a clause of manner, not a source
        "As expected, the board voted for “the dredging plan” on Monday.",
        "As far as Vell knows, the docks are “beyond repair.”",
        # a subject and a participle, no source at all
        "As the storm noted by forecasters moved in, the docks were “beyond repair.”",
    ],
)
def test_as_without_a_source_putting_a_view_gives_no_as_reading(text: str) -> None:
    assert all(q.cue != "according" for q in extract(text))


def test_as_an_old_line_once_said_is_not_a_sure_statement() -> None:
    assert read_sure(
        "Ines Vell spoke on Tuesday.", "As Vell once said, “A harbor that sleeps is a harbor that dies.”"
    ) == [("Ines Vell", False)]


def test_a_speaker_named_in_the_clause_after_as_the_source_noted_is_not_sure() -> None:
    found = read_sure(
        "Ines Vell spoke on Tuesday.", "As the mayor noted, Orvell told reporters that the docks were “beyond repair.”"
    )
    assert found == [("Orvell", False)]


# --- A possessive before a full name -------------------------------------------------------------


def test_according_to_a_bodys_writer_by_name_is_the_person_not_the_body() -> None:
    found = extract("According to the Harbor Ledger's Ada Orvell, the council will not sell the pier this year.")
    assert [(q.speaker, q.organisation) for q in found] == [("Ada Orvell", False)]


@pytest.mark.parametrize(
    "text",
    [
        "Ines Vell spoke on Tuesday. According to the Ledger's Sunday Magazine, “The docks are beyond repair.”",
        "Ines Vell spoke on Tuesday. “The docks are beyond repair,” the Ledger's Sunday Magazine wrote.",
    ],
)
def test_a_possessive_before_words_that_are_no_persons_name_names_no_person(text: str) -> None:
    assert all(q.speaker not in ("Magazine", "Sunday Magazine") for q in extract(text))


# --- "Even a …" ------------------------------------------------------------------------------------


def test_even_before_a_described_speaker_leaves_the_description() -> None:
    assert _who("The union met on Tuesday. Even a top union organizer said the board must choose.") == [
        ("a top union organizer", "the board must choose")
    ]


def test_not_even_a_described_speaker_says_it_is_no_statement() -> None:
    assert _who("The union met on Tuesday. Not even the union's top organizer said the board must choose.") == []


# --- A paper with what it is in commas -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The board was sued on Tuesday. The lawsuit, which was filed in Marl, alleged that the board "
        "“failed to keep the docks in good repair.”",
        "The board was sued on Tuesday. The report, released Friday, said the docks were “in poor repair.”",
    ],
)
def test_a_paper_with_a_relative_clause_or_participle_in_commas_is_the_source(text: str) -> None:
    assert [(q.speaker.lower()[:4], q.anonymous) for q in extract(text)] == [("the ", True)]


@pytest.mark.parametrize(
    "text",
    [
        "The board was sued on Tuesday. The lawsuit, Ines Quarle said, alleged that the board “failed the docks.”",
        "The board was sued on Tuesday. The report, filed by Ines Vell, said the docks were “beyond repair.”",
        "The board was sued on Tuesday. The report, which Ines Vell wrote, said the docks were “beyond repair.”",
    ],
)
def test_an_aside_that_names_who_gave_the_words_keeps_them_from_the_paper(text: str) -> None:
    assert all(not q.speaker.lower().startswith("the ") for q in extract(text))


# --- A participle after a second verb, or with the paper it was said in ---------------------------


def test_a_participle_after_a_second_verb_of_the_subject_is_the_subjects() -> None:
    found = read_page(
        "Sen. Ada Pruett (R-Varne) spoke on Tuesday. The Varne senator thanked the ferry crews, and "
        "waved the pilots off, saying the fleet would “sail again by spring” from the old quay."
    )
    assert found == [("Ada Pruett", True)]


def test_a_participle_after_another_subjects_clause_is_not_the_first_subjects() -> None:
    found = read_sure("Ines Vell spoke first, and the crowd cheered, saying the docks “belong to all of us.”")
    assert ("Ines Vell", True) not in found


def test_saying_in_a_statement_opens_the_clause_after_the_paper() -> None:
    found = extract(
        "Ines Vell spoke on Tuesday. Vell left the hall, saying in a statement that the docks were beyond repair."
    )
    assert [(q.speaker, q.quote) for q in found] == [("Ines Vell", "the docks were beyond repair")]


# --- A relative or friend, then a name -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The ferry sank on Monday. “He never missed a tide,” his friend Joran Tovik Hadi told the website.",
            "Joran Tovik Hadi",
        ),
        (
            "The ferry sank on Monday. “We rang him the night before,” his nephew Joran el Hadi added.",
            "Joran el Hadi",
        ),
    ],
)
def test_a_kin_word_before_a_full_name_names_that_person_whatever_the_given_name(text: str, speaker: str) -> None:
    assert read_page(text) == [(speaker, True)]


def test_a_kin_word_before_capitalised_words_of_a_day_names_no_person() -> None:
    assert (
        read_page("The ferry sank on Monday. “He never missed a tide,” his friend Tuesday Morning told the website.")
        == []
    )


# --- An act foretold in an opening "as" clause ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ines Vell spoke on Tuesday. As Vell said she would, the board voted on “the dredging plan” on Monday.",
        "Ines Vell spoke on Tuesday. As the guild warned it might, the board voted on “the dredging plan” on Monday.",
    ],
)
def test_quoted_words_after_an_act_foretold_are_not_the_foreteller_s(text: str) -> None:
    assert extract(text) == []


def test_a_source_putting_a_view_in_an_as_clause_still_speaks() -> None:
    found = extract("Ines Vell spoke on Tuesday. As Vell said, the board voted on “the dredging plan” on Monday.")
    assert [q.speaker for q in found] == ["Ines Vell"]


@pytest.mark.parametrize(
    "opening",
    ["As Vell predicted,", "As Vell had warned,", "But as Vell feared,", "As the guild had threatened,"],
)
def test_a_quote_after_an_opening_clause_of_foretelling_is_not_the_foretellers(opening: str) -> None:
    text = f"Ines Vell chairs the harbor board. {opening} the board voted on “the dredging plan for the north quay.”"
    assert [q.speaker for q in extract(text) if "dredging" in text[q.start : q.end]] == []


def test_a_speaker_named_after_an_opening_clause_of_foretelling_still_speaks() -> None:
    text = "Ines Vell chairs the harbor board. As she predicted, Vell said the levy is “a tax on every fisherman.”"
    assert {q.speaker for q in extract(text)} == {"Ines Vell"}


def test_an_opening_as_source_does_not_take_another_voices_quoted_words() -> None:
    text = "As Ada Orvell points out, Tomas Brell has called the levy “a fraud on voters.”"
    assert {q.speaker for q in extract(text)} == {"Tomas Brell"}


@pytest.mark.parametrize(
    "text",
    [
        "As Ada Orvell said, quoting her late father, “you can't eat a view.”",
        "As the union's founder, Teo Ruiz, once wrote, “a strike is a promise kept.”",
        "As Ada Orvell wrote in her column, the mayor called the levy “a necessary evil.”",
    ],
)
def test_an_opening_as_clause_does_not_take_a_line_passed_on_or_another_namers_words(text: str) -> None:
    assert [q for q in extract(text) if q.sure and q.speaker in ("Ada Orvell", "Teo Ruiz")] == []


def test_an_opening_as_clause_of_a_writer_keeps_her_view() -> None:
    text = "As Ada Orvell wrote in her column, the levy is “a necessary evil.”"
    assert [q.speaker for q in extract(text)] == ["Ada Orvell"]
