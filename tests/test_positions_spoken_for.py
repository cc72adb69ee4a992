"""A described source whose office is to speak for a named body ("a spokeswoman for the Harbour
Authority") gives the body's position: the page may head it with the body. Anyone else described
(an aide, a spokesman for a person, for a family, for an outlet) stays off the page. Every
sentence is invented."""

from __future__ import annotations

import pytest

from briefgen.attribution import extract_paragraphs
from briefgen.positions import named_outlets, on_page, spoken_for


def shown(sentence: str) -> list[tuple[str | None, bool]]:
    """(the body spoken for, shown on the page) of each statement."""
    text, found = extract_paragraphs([sentence])
    outlets = named_outlets(text)
    return [(spoken_for(q), on_page(q, outlets)) for q in found]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("“The ferry will sail on Monday,” a spokeswoman for the Harbour Authority said.", "Harbour Authority"),
        ("“The locks stay shut,” said a spokesman for the Ministry of Canals.", "Ministry of Canals"),
        ("A spokeswoman for the Harbour Authority said the ferry would sail on Monday.", "Harbour Authority"),
    ],
)
def test_a_spokesperson_for_a_named_body_gives_the_body_s_position(sentence: str, body: str) -> None:
    assert shown(sentence) == [(body, True)]


@pytest.mark.parametrize(
    "sentence",
    [
        "“The ferry will sail on Monday,” a spokesman for Ada Brisk said.",  # a person: not her words
        "“The ferry will sail on Monday,” a spokesman for the family said.",  # no body named
        "“The ferry will sail on Monday,” an aide to the Harbour Authority said.",  # an aide speaks for herself
        "“The ferry will sail on Monday,” a spokesman for the Varne Gazette said.",  # an outlet reports
        "“The ferry will sail on Monday,” said a former spokesman for the Harbour Authority.",  # no longer its voice
        "“The ferry will sail on Monday,” said a spokesman for the U.N. Mission to Varne.",  # the body cut short
    ],
)
def test_other_described_sources_stay_off_the_page(sentence: str) -> None:
    assert [page for _, page in shown(sentence)] == [False]


@pytest.mark.parametrize(
    "sentence",
    [
        "\u201cThe pier stays shut,\u201d a spokesman for the Harbour Board and the Pilots Union said.",
        "\u201cThe pier stays shut,\u201d a spokeswoman for the Office of Governor Tam Orvell said.",
    ],
)
def test_two_bodies_or_a_persons_office_head_no_position(sentence: str) -> None:
    assert all(body is None for body, _ in shown(sentence))
