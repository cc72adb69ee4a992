"""A saying inside a clause that opens the sentence ("Although Bellin believes …, the county said …")
ends at the comma that closes the clause and is not sure, also when an aside in commas follows its
subject ("Although Bellin, like many of the guests, believes …"): the rest of the sentence is another
source's, never the clause's subject's. Near cases: a time phrase with an aside before the main
clause's subject, and a plain aside after the subject of the main clause. Every sentence is invented."""

from __future__ import annotations

import pytest

from briefgen.attribution import extract

_OPENING = "Student Omar Bellin spoke on Monday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Although Bellin, like many of the guests at the fair, believes the police were slow, "
        "the county said its engines came within minutes.",
        "While Bellin, a witness, insists the police were slow, the harbor board said its engines came at once.",
        "Although Bellin believes the police were slow, the county said its engines came within minutes.",
    ],
)
def test_a_saying_in_an_opening_clause_is_cut_and_unsure(sentence: str) -> None:
    found = [(q.speaker, q.sure, q.quote) for q in extract(_OPENING + sentence)]
    assert all(not sure for _, sure, _ in found)
    assert all("engines" not in (quote or "") for _, _, quote in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Since Monday, when the board met, Bellin has said that the police were slow.",
        "Bellin, like many of the guests at the fair, believes the police were slow.",
    ],
)
def test_the_main_clause_saying_stays_sure(sentence: str) -> None:
    assert [(q.speaker, q.sure) for q in extract(_OPENING + sentence)] == [("Omar Bellin", True)]
