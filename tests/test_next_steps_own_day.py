"""Next steps read in session 23 (branch ns23b): an occasion given its own day. The paper is Monday's (2 March 2026).

- An occasion named by its day that opens the sentence's statement, told in the present or the perfect: "Next
  Saturday's derby has already sold out", "Aske's March 19 primary and the contests after it give Vell a chance"
  (timeline._told_now; an owner's possessive before a calendar date: timeline._OWNER). Not a past, a forecast, a
  denial, a wish, an occasion told over, one named in passing.
- One's own occasion answering another's, with its own day: "will trail the reeve's Tuesday lecture with a lecture of
  her own on Wednesday" is Wednesday's lecture, not Tuesday's (timeline._own_answer).

Each rule with the nearby sentences it must leave alone. (All sentences invented.)"""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.timeline import announcement

MONDAY = date(2026, 3, 2)


def _read(sentence: str) -> tuple[str, str | None] | None:
    found = announcement(sentence, MONDAY)
    if found is None:
        return None
    when = found[1]
    return found[0].head, None if when is None else (when.day.isoformat() if when.day else when.period)


@pytest.mark.parametrize(
    ("sentence", "head", "day"),
    [
        ("This coming Saturday's derby has already sold out.", "derby", "2026-03-07"),
        (
            "This coming Saturday's derby is the first between the two clubs since the stadium fire.",
            "derby",
            "2026-03-07",
        ),
        (
            "After a rough week for the reeve, Aske's March 19 primary and the contests that follow give Vell the "
            "chance to change the story.",
            "primary",
            "2026-03-19",
        ),
        ("The Brell Guild's March 12 ballot offers the dockers a first say on the levy.", "ballot", "2026-03-12"),
    ],
)
def test_an_occasion_opening_the_statement_told_now_is_a_step(sentence: str, head: str, day: str) -> None:
    assert _read(sentence) == (head, day)


@pytest.mark.parametrize(
    "sentence",
    [
        # told over, in the past, or with what followed it
        "Saturday's derby ended in a draw.",
        "Saturday's derby drew 40,000 fans.",
        "Saturday's derby, which Brell won, has left the league wide open.",
        # a forecast, a denial, a wish, a maybe of it
        "Saturday's derby is expected to be close.",
        "Saturday's derby will not go ahead.",
        "Fans hope Saturday's derby will be played in the new stadium.",
        "Saturday's derby could be moved to Sunday.",
        # called off or moved
        "Saturday's derby has been postponed.",
        # a day that belongs to another noun: the results, the tickets
        "Saturday's ticket sales have doubled.",
        # named in passing, ahead of it or after it: the labels' convention (benchmarks/data/next_steps/README.md)
        "Fans crowded the bars of Aske ahead of next week's referendum.",
        "After Saturday's derby, the two managers shook hands.",
        "The reeve trails her rival ahead of the March 19 primary.",
        # a bare weekday told in the present or the perfect: as often the one just gone
        "Saturday's derby is the talk of the town.",
        "Saturday's derby has left the league wide open.",
        # a past day
        "Last Saturday's derby has been talked about all week.",
        # a perfect that tells what the occasion left behind
        "Aske's March 19 primary has left the party split.",
    ],
)
def test_an_occasion_told_over_hedged_or_in_passing_is_left_alone(sentence: str) -> None:
    assert _read(sentence) is None


def test_an_owner_before_a_calendar_date_needs_the_date_right_after_it() -> None:
    # "Aske's mayor, on March 19, …": the possessive owns another noun, the date no adjective of the occasion
    assert _read("Aske's mayor, on March 19 primary day, visited the docks.") is None


@pytest.mark.parametrize(
    ("sentence", "head", "day"),
    [
        (
            "Vell will trail the reeve's Tuesday lecture with a lecture of her own on Wednesday.",
            "lecture",
            "2026-03-04",
        ),
        ("The guild will answer Monday's rally with a rally of its own on Thursday.", "rally", "2026-03-05"),
        ("Orr plans to meet the council's Friday vote with a vote of her own on Saturday.", "vote", "2026-03-07"),
    ],
)
def test_ones_own_answering_occasion_has_its_own_day(sentence: str, head: str, day: str) -> None:
    assert _read(sentence) == (head, day)


@pytest.mark.parametrize(
    "sentence",
    [
        # told past: the answer is over, whatever day it names
        "Vell answered the reeve's Tuesday lecture with a lecture of her own on Wednesday.",
        # denied
        "Vell will not trail the reeve's Tuesday lecture with a lecture of her own on Wednesday.",
        # one's own thing that is no occasion
        "Vell will meet the reeve's Tuesday lecture with a plan of her own on Wednesday.",
        # an own occasion with a past day
        "Vell will trail it with a lecture of her own last Wednesday.",
    ],
)
def test_ones_own_answer_left_alone(sentence: str) -> None:
    found = _read(sentence)
    assert found is None or found[1] != "2026-03-04"


def test_next_weekday_still_in_the_papers_week_is_no_step() -> None:
    """ "next Friday" in a Monday paper is this Friday or the one after: a step a week off is worse than none
    (dates.next_weekday_unsure); "next Monday" in a Monday paper is the coming one."""
    assert announcement("The ferry board meets next Friday to set the tolls.", MONDAY) is None
    assert announcement("Next Thursday's derby has already sold out.", MONDAY) is None
    found = announcement("The ferry board meets next Monday to set the tolls.", MONDAY)
    assert found is not None and found[1] is not None and found[1].day == date(2026, 3, 9)
