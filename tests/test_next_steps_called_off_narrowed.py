"""Next steps: a later report that names the event only by its place and noun drops it only when it tells this
occasion as called off or moved to a new day: not a denial or a rumour of it, not a move to another room, not another
body's or another kind's occasion, not an earlier one; and two people opening or signing the same thing on one day are
one item (all sentences invented)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from briefgen.analysis import make_corpus
from briefgen.models import Article
from briefgen.timeline import next_steps

SUNDAY = date(2026, 6, 7)
HEARING = "The Pellam guild will hold a hearing in Durrow on Thursday."  # Thursday 2026-06-11
BALLOT = "The dock workers will hold a strike ballot in Farrel on Wednesday."


def _article(n: int, published: date, text: str) -> Article:
    return Article(f"a{n}", f"T{n}", f"a{n}.txt", f"Outlet {n}", published, (), (text,))


def _steps(*texts: str) -> list[tuple[str, str]]:
    corpus = make_corpus([_article(n, SUNDAY + timedelta(days=1 if n else 0), t) for n, t in enumerate(texts)])
    return [(s.text, str(s.date)) for s in next_steps(corpus, lambda _t: 1.0, SUNDAY + timedelta(days=1))]


@pytest.mark.parametrize(
    "later",
    [
        # a denial, or only a rumour of a calling off
        "The guild denied reports that the hearing in Durrow had been called off.",
        "Rumours that the hearing in Durrow was cancelled proved untrue.",
        "Talk that the hearing in Durrow was scrapped is false, the guild said.",
        "Officials dismissed claims the hearing in Durrow has been cancelled.",
        # moved to another room, not to another day
        "The hearing in Durrow has been moved to a larger hall.",
        "The hearing in Durrow has been moved to the Durrow museum.",
        # another body's, or another kind of the noun
        "The Durrow parish board cancelled its hearing.",
        "The planning hearing in Durrow has been postponed.",
        "The custody hearing in Durrow has been postponed.",
        # an earlier occasion
        "The hearing in Durrow was delayed for years before it was finally set.",
        "A hearing in Durrow was called off in February.",
    ],
)
def test_a_report_of_no_calling_off_of_this_occasion_keeps_it(later: str) -> None:
    assert (HEARING, "2026-06-11") in _steps(HEARING, later)


@pytest.mark.parametrize(
    "later",
    [
        "The hearing in Durrow has been called off.",
        "The guild's hearing in Durrow has been cancelled.",
        "Thursday's hearing in Durrow has been postponed.",
        "The hearing in Durrow has been postponed until further notice.",
    ],
)
def test_this_occasion_called_off_is_still_dropped(later: str) -> None:
    assert (HEARING, "2026-06-11") not in _steps(HEARING, later)


def test_a_strike_called_off_is_not_the_strike_ballot() -> None:
    assert (BALLOT, "2026-06-10") in _steps(BALLOT, "The strike in Farrel has been called off.")


def test_the_strike_ballot_called_off_is_dropped() -> None:
    assert _steps(BALLOT, "The strike ballot in Farrel has been called off.") == []


@pytest.mark.parametrize(
    ("first", "later"),
    [
        (
            "Mayor Ena Brack will open the new ferry pier in Durrow on Thursday.",
            "Gov. Olan Tesk will open the new ferry pier in Durrow on Thursday.",
        ),
        (
            "Brack will sign the water pact in Durrow on Thursday.",
            "Tesk will sign the water pact in Durrow on Thursday.",
        ),
    ],
)
def test_two_people_opening_or_signing_the_same_thing_on_one_day_are_one_item(first: str, later: str) -> None:
    assert len(_steps(first, later)) == 1


def test_a_day_named_as_the_occasions_own_is_its_old_day_not_the_new_one() -> None:
    later = "Thursday's hearing in Durrow has been postponed to next month."
    assert (HEARING, "2026-06-11") not in _steps(HEARING, later)


def test_the_event_set_for_the_new_day_stays_after_a_move_from_its_own_day() -> None:
    friday = "The Pellam guild will hold a hearing in Durrow on Friday."
    later = "The guild postponed Thursday's hearing in Durrow to Friday."
    assert (friday, "2026-06-12") in _steps(friday, later)


@pytest.mark.parametrize(
    "later",
    ["The hearing in Durrow has been moved to Wednesday.", "The hearing in Durrow has been moved up to Tuesday."],
)
def test_an_event_moved_to_an_earlier_day_keeps_only_the_new_day(later: str) -> None:
    got = _steps(HEARING, later)
    assert (HEARING, "2026-06-11") not in got and [t for t, _ in got] == [later]
