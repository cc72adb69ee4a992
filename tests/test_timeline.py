"""Dates of next steps, resolved against the article's date, and the Next steps list."""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.corpus import make_corpus
from briefgen.models import Article
from briefgen.timeline import by_date, find_when, next_steps

MONDAY = date(2025, 3, 17)


@pytest.mark.parametrize(
    ("sentence", "day", "period"),
    [
        ("Trump is set to speak with Putin on Tuesday.", "2025-03-18", None),
        ("The leaders will meet on Monday.", "2025-03-17", None),
        ("The leaders will meet next Monday.", "2025-03-24", None),
        ("Witkoff said on Sunday that talks went well.", "2025-03-16", None),
        ("Talks in Jeddah on March 24 will follow.", "2025-03-24", None),
        ("Talks will resume on 2 April.", "2025-04-02", None),
        ("The summit is expected tomorrow.", "2025-03-18", None),
        ("A decision is due in two weeks.", "2025-03-31", None),
        ("Negotiators must finish by the end of April.", "2025-04-30", None),
        ("A deal is expected by the end of the month.", "2025-03-31", None),
        ("Teams will meet next week.", None, "2025-W13"),
        ("The leaders speak later this week.", None, "2025-W12"),
        ("Talks resume later this month.", None, "2025-03"),
        ("The rule takes effect on January 3.", "2026-01-03", None),
        ("Officials spoke ahead of Tuesday's call about a truce.", None, None),
        ("The delegations, which met on Monday, will hold more talks on Friday.", "2025-03-21", None),
        ("The Kremlin said on Tuesday that talks would resume next month.", None, "2025-04"),
        ("Troops must leave within 90 days of a ceasefire.", None, None),
        ("The law passed on February 29 will take effect in January.", None, None),
        ("Aid will arrive in 99999999 days.", None, None),
    ],
)
def test_find_when(sentence: str, day: str | None, period: str | None) -> None:
    when = find_when(sentence, MONDAY if "January 3" not in sentence else date(2025, 12, 20))
    if day is None and period is None:
        assert when is None
        return
    assert when is not None
    assert (when.day.isoformat() if when.day else None, when.period) == (day, period)


def _article(n: int, published: date | None, *paragraphs: str) -> Article:
    return Article(f"a{n}", f"T{n}", f"a{n}.txt", f"Outlet {n}", published, (), paragraphs)


def test_next_steps_are_future_deduplicated_and_sorted() -> None:
    corpus = make_corpus(
        [
            _article(
                1,
                MONDAY,
                "Trump and Putin will speak by phone on Tuesday about the ceasefire proposal."
                " The two sides met in Riyadh last month.",
            ),
            _article(
                2, date(2025, 3, 16), "Trump and Putin are expected to speak by phone on Tuesday about the ceasefire."
            ),
            _article(3, MONDAY, "Technical teams will meet in Jeddah on March 24 to discuss Black Sea shipping."),
            _article(4, MONDAY, "European leaders are expected to announce further support for Kyiv."),
            _article(5, MONDAY, "The army said it would hold an exercise on Friday, March 14."),
        ]
    )
    steps = by_date(next_steps(corpus, lambda text: 1.0, MONDAY))
    assert [(s.date.isoformat() if s.date else None) for s in steps] == ["2025-03-18", "2025-03-24", None]
    # Two outlets announcing one call: one item, citing the outlet whose words it uses.
    assert len(steps[0].articles) == 1 and steps[0].text in corpus.articles[steps[0].articles[0]].paragraphs[0]
    assert steps[-1].text.startswith("European leaders are expected")


@pytest.mark.parametrize(("phrase", "days"), [("in a few days", 3), ("in a couple of days", 2), ("within 10 days", 10)])
def test_vague_counts(phrase: str, days: int) -> None:
    when = find_when(f"A decision is expected {phrase}.", MONDAY)
    assert when is not None and when.day is not None and (when.day - MONDAY).days == days
