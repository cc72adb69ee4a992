"""A quote that goes on after its speaker's attribution ends in a year or a stray mark, where the
sentence split missed the full stop: “…," said X, who served from 2013 to 2015. "…” (direct 3b).
Invented sentences."""

from __future__ import annotations

from .conftest import said


def test_quote_after_a_year_ending_the_attribution_goes_on() -> None:
    text = (
        '“I disagree with the plan," said retired pilot Ada Vellin, who ran the Orn harbour from 2013 to 2015.'
        ' "The new pier has no bearing on the ferry and will not change the crossing times.”'
    )
    assert said(text) == [
        ("Ada Vellin", "I disagree with the plan"),
        ("Ada Vellin", "The new pier has no bearing on the ferry and will not change the crossing times."),
    ]


def test_year_ending_a_sentence_without_a_speaker_gives_none() -> None:
    # no statement before the year: nobody's words go on
    text = (
        "The Orn harbour was run by the town from 2013 to 2015."
        ' "The new pier has no bearing on the ferry and will not change the crossing times.”'
    )
    assert said(text) == []
