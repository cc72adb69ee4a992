"""Quotation marks typed as two apostrophes (some newspapers' archives print every quote so) are
read as curly marks: the quote is a quote, its speaker is found, and the page prints real marks."""

from datetime import date

import pytest

from briefgen.analysis import analyse
from briefgen.models import Article
from briefgen.text import clean, curl_doubled_quotes


@pytest.mark.parametrize(
    ("raw", "read"),
    [
        ("''We will not back down,'' Ida Vell said.", "“We will not back down,” Ida Vell said."),
        ("Vell said: ``No levy this year.'' Then she left.", "Vell said: “No levy this year.” Then she left."),
        ("(''Yes'') and ''no''", "(“Yes”) and “no”"),
        # a quotation inside a quotation, closing or opening with it
        (
            "''He told me, 'You were not in line,''' Vell recalled.",
            "“He told me, 'You were not in line,’” Vell recalled.",
        ),
        ("'''Harbour Nights,''' she replied.", "“‘Harbour Nights,’” she replied."),
        # a closing pair set off by a space after an inner quote's end
        ("''They call it 'the old quay,' '' she said.", "“They call it 'the old quay,' ” she said."),
        # no opening pair before it: an apostrophe typed twice, left alone
        ("the fishermen'' union", "the fishermen'' union"),
        # spaces on both sides: nothing to pair
        ("a '' b", "a '' b"),
    ],
)
def test_doubled_marks_are_read_as_curly(raw: str, read: str) -> None:
    assert curl_doubled_quotes(raw) == read
    assert clean(raw) == read


def test_marks_pair_within_a_line_only() -> None:
    # a quote running on into the next paragraph opens again there without closing the first
    raw = "''The levy stays in place.\n\n''We will not back down,'' Vell said."
    assert clean(raw) == "“The levy stays in place.\n\n“We will not back down,” Vell said."


def test_the_speaker_of_a_quote_in_doubled_marks_is_found() -> None:
    article = Article(
        id="a",
        title="Ostrel's levy",
        path="a.md",
        outlet="Ostrel Courier",
        published=date(2026, 3, 2),
        key_points=(),
        paragraphs=(
            clean("Ostrel's council met on Monday to weigh the harbour levy."),
            clean("''We will not back down on the levy,'' Ida Vell, the mayor of Ostrel, said on Monday."),
        ),
    )
    statements = analyse(article).statements
    assert [(s.speaker, s.quote) for s in statements] == [("Ida Vell", "We will not back down on the levy")]
