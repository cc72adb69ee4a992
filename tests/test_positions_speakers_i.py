"""A reported statement inside a sentence that says "I" outside any quotation: an interview printed as
questions and answers, a transcript. The sentence is the answerer's, not the writer's report, so under
the reported speaker's name the page would put the answerer's words in their mouth. Every case is
invented; the near forms (`SHOWN`) are an "I" inside quotation marks, a state's "I-Vt." or an "I" of
initials, and the writer's "me" of a column, which leave the reported speaker's own words."""

from __future__ import annotations

import pytest

from .test_positions_hard_cases import page

HIDDEN = [
    [
        "Q: Did the harbour board back the fee rise?",
        "A: They were furious with me. But the board got angry because I was put in a bad spot: remember, "
        "Ines Quarle said she would only deal with the mayor.",
    ],
    [
        "Asked about the pier, the former mayor was blunt.",
        "I told them twice, and Ardo Pann said the steel would come by spring, which it never did.",
    ],
    [
        "A: As I recall it, Toma Veller said the guild would never strike.",
    ],
]

SHOWN = [
    (
        ['Sen. Mara Doyt (I-Vt.) said the ferry fares would fall by spring, calling the cut "overdue."'],
        "Mara Doyt",
    ),
    (
        ["Ardo Pann, a professor at the Brell Institute of Shipping (B.I.S.), said the harbour fees would double."],
        "Ardo Pann",
    ),
    (
        ['Ines Quarle said "I will not resign," and told the board that the fees would stay until spring.'],
        "Ines Quarle",
    ),
    (
        ["Toma Veller told me this week that the guild would strike if the fees rose again."],
        "Toma Veller",
    ),
]


@pytest.mark.parametrize("paragraphs", HIDDEN)
def test_a_reported_statement_in_a_sentence_that_says_i_is_not_shown(paragraphs: list[str]) -> None:
    assert page(*paragraphs) == []


@pytest.mark.parametrize(("paragraphs", "speaker"), SHOWN)
def test_an_i_in_quotes_initials_or_a_writers_me_leave_the_statement(paragraphs: list[str], speaker: str) -> None:
    assert speaker in {who for who, _ in page(*paragraphs)}
