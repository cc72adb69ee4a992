"""Next steps: an event a later article reports called off, or moved to a new day, by its noun and the names the
announcement has; and two people's acts on one day kept apart (all sentences invented)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from briefgen.analysis import make_corpus
from briefgen.models import Article
from briefgen.timeline import next_steps

SUNDAY = date(2026, 6, 7)
SUMMIT = "The guild will hold a summit in Lorrin on Tuesday."


def _article(n: int, published: date, text: str) -> Article:
    return Article(f"a{n}", f"T{n}", f"a{n}.txt", f"Outlet {n}", published, (), (text,))


def _steps(first: str, later: str) -> list[tuple[str, str]]:
    corpus = make_corpus([_article(1, SUNDAY, first), _article(2, SUNDAY + timedelta(days=1), later)])
    return [(s.text, str(s.date)) for s in next_steps(corpus, lambda _t: 1.0, SUNDAY + timedelta(days=1))]


@pytest.mark.parametrize(
    "later",
    [
        "The summit in Lorrin has been called off.",
        "The summit in Lorrin has been cancelled.",
        "The guild scrapped the summit in Lorrin.",
        "The summit in Lorrin has been postponed.",
        "The summit in Lorrin was called off at the last minute.",
    ],
)
def test_an_event_a_later_article_calls_off_by_its_noun_and_place_is_gone(later: str) -> None:
    assert _steps(SUMMIT, later) == []


@pytest.mark.parametrize(
    "later",
    [
        "The summit in Lorrin has been postponed to Friday.",
        "The guild postponed the summit in Lorrin until Friday.",
        "The summit in Lorrin has been moved to Friday.",
        "The summit in Lorrin has been rescheduled for Friday.",
        "The guild pushed back the summit in Lorrin to Friday.",
    ],
)
def test_an_event_moved_to_a_new_day_keeps_only_the_new_day(later: str) -> None:
    assert _steps(SUMMIT, later) == [(later, "2026-06-12")]


@pytest.mark.parametrize(
    "later",
    [
        "The summit in Tessin has been called off.",  # another town
        "The harbor summit in Orn has been called off.",
        "Vell's summit in Lorrin has been called off.",  # someone else's
        "The debate in Lorrin has been called off.",  # another kind of the same family
        "The summit in Lorrin was not called off.",  # denied
        "The guild has not cancelled the summit in Lorrin.",
        "The summit in Lorrin may be called off.",  # a maybe
        "Rumours swirled that the summit in Lorrin could be called off.",
        "The guild refused to cancel the summit in Lorrin.",
        "Monday's summit in Lorrin has been postponed to Friday.",  # another day's summit
        "The summit in Tessin has been postponed to Friday.",
        "The summit in Tessin has been moved to Friday.",
        "The summit in Lorrin will not be moved to Friday.",
        "The summit in Lorrin has been brought forward to Monday.",  # the new day may come first: left as it was
        "The last summit in Lorrin was called off.",  # an earlier one
        "The summit in Lorrin was cancelled in 2019 after a storm.",
        "The summit in Lorrin, which was called off last year, drew crowds.",
    ],
)
def test_another_event_or_no_calling_off_leaves_the_summit(later: str) -> None:
    assert ("The guild will hold a summit in Lorrin on Tuesday.", "2026-06-09") in _steps(SUMMIT, later)


def test_a_calling_off_reported_before_the_announcement_is_of_an_earlier_one() -> None:
    corpus = make_corpus(
        [
            _article(1, SUNDAY, "The summit in Lorrin has been called off."),
            _article(2, SUNDAY + timedelta(days=1), SUMMIT),
        ]
    )
    assert [s.text for s in next_steps(corpus, lambda _t: 1.0, SUNDAY + timedelta(days=1))] == [SUMMIT]


def test_a_summit_called_off_then_set_again_keeps_only_the_new_day() -> None:
    corpus = make_corpus(
        [
            _article(1, SUNDAY, SUMMIT),
            _article(2, SUNDAY + timedelta(days=1), "The summit in Lorrin has been called off."),
            _article(3, SUNDAY + timedelta(days=1), "The summit in Lorrin will now be held on Friday."),
        ]
    )
    got = next_steps(corpus, lambda _t: 1.0, SUNDAY + timedelta(days=1))
    assert [(s.text, str(s.date)) for s in got] == [("The summit in Lorrin will now be held on Friday.", "2026-06-12")]


@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("Orr will address the guild on Thursday.", "Vell will address the guild on Thursday."),
        ("Sen. Ada Vell will tour the docks on Thursday.", "Tam Orr will tour the docks on Thursday."),
    ],
)
def test_two_people_doing_the_same_on_one_day_are_two_items(first: str, later: str) -> None:
    got = _steps(first, later)
    assert sorted(t for t, _ in got) == sorted([first, later])


@pytest.mark.parametrize(
    ("first", "later"),
    [
        # one joint event: each names the other
        ("Orr will address the guild with Vell on Thursday.", "Vell will address the guild with Orr on Thursday."),
        # a person and a body
        ("Orr will address the guild on Thursday.", "The Lorrin council will address the guild on Thursday."),
        # two people named together in one
        ("Orr and Vell will address the guild on Thursday.", "Vell will address the guild on Thursday."),
        # the same person
        ("Orr will address the guild on Thursday.", "Orr will address the guild on Thursday in Lorrin."),
    ],
)
def test_one_event_told_twice_stays_one_item(first: str, later: str) -> None:
    assert len(_steps(first, later)) == 1


@pytest.mark.parametrize(
    "later",
    ["The guild postponed Tuesday's summit in Lorrin to Friday.", "The summit in Lorrin has been postponed to Friday."],
)
def test_the_event_set_for_the_new_day_stays(later: str) -> None:
    friday = "The guild will hold a summit in Lorrin on Friday."
    assert (friday, "2026-06-12") in _steps(friday, later)
