"""Next steps: an undated event whose time the sentence tells only from another occasion ("a week after
the Varna primary") is no item of its own: its day is that occasion's, listed once. Near cases: the
same event with its own day, and a day counted from a day. (Invented sentences, read in a Monday paper.)"""

from __future__ import annotations

from datetime import date

import pytest

from .announced import when_announced

MONDAY = date(2026, 3, 9)


def _day(sentence: str) -> str | None:
    return when_announced(sentence, MONDAY)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Brell caucuses fall a week after the Varna primary.",
        "The Brell caucuses follow four days after the Varna primary.",
        "The Orlen runoff lands five weeks and a half after the opening ballot.",
    ],
)
def test_an_undated_event_timed_from_another_is_no_item(sentence: str) -> None:
    assert _day(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The Brell caucuses will be held on March 25.", "2026-03-25"),
        ("The Brell caucuses will be held on March 25, a week after the Varna primary.", "2026-03-25"),
        ("The Varna primary is on March 18 and the Brell caucuses come a week after the primary.", "2026-03-18"),
        ("The guild will vote on the levy on Thursday.", "2026-03-12"),
    ],
)
def test_the_event_with_its_own_day_stays(sentence: str, day: str) -> None:
    assert _day(sentence) == day
