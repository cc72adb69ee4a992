"""Next steps: what an order, a promise or a policy act dates, and what a bare "would" tells (invented text)."""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.analysis import make_corpus
from briefgen.dates import direction
from briefgen.events import nouns_told_done, told_in_past
from briefgen.models import Article, NextStep
from briefgen.timeline import by_date, next_steps

MONDAY = date(2025, 3, 17)
WEDNESDAY = date(2025, 3, 19)


def _steps(sentence: str, day: date) -> list[NextStep]:
    article = Article("a1", "T1", "a1.txt", "Outlet 1", day, (), (sentence,))
    return by_date(next_steps(make_corpus([article]), lambda text: 1.0, day))


@pytest.mark.parametrize(
    "sentence",
    [
        # AP style: the weekday after a past order dates the order, not a week ahead
        "A magistrate ordered Pell Arno to be held in custody Tuesday.",
        "The tide court ordered the salt company to compensate the divers Monday.",
        "The salt court required the mill to hold a hearing on Tuesday.",
        # "in order to" is a purpose, no order
        "The guild met in order to vote on the quay toll Monday.",
        "The guild met Monday in order to hold a vote on Tuesday.",
    ],
)
def test_a_weekday_after_a_past_order_is_not_read_a_week_ahead(sentence: str) -> None:
    assert _steps(sentence, WEDNESDAY) == []


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # the ordered event is ahead by its own date, or by the text's future
        ("The judge ordered Varg to appear in court on March 28.", date(2025, 3, 28)),
        ("The judge will order Varg to appear in court on Friday.", date(2025, 3, 21)),
    ],
)
def test_an_order_for_a_day_ahead_by_its_date_or_tense_is_still_read(sentence: str, day: date) -> None:
    assert [s.date for s in _steps(sentence, WEDNESDAY)] == [day]


@pytest.mark.parametrize(
    "sentence",
    [
        "The salt court required the mill to settle the fine on Tuesday.",
        "The guild met in order to fix the toll Monday.",
    ],
)
def test_a_past_order_or_a_purpose_does_not_point_ahead(sentence: str) -> None:
    day = sentence.rstrip(".").rsplit(" ", 1)[1]
    assert direction(sentence, sentence.index(day), sentence.index(day) + len(day)) != 1


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        # "swearing-in" is an event, an adjective ("guaranteed", "promised") no promise
        ("The swearing-in of the new tide wardens will take place in April.", "2025-04"),
        ("The guaranteed ferry fares will take effect in June.", "2025-06"),
        ("The promised ferry fares will take effect in June.", "2025-06"),
        # an institution's own act for a month: a step, not a campaign stance
        ("The reserve bank of Varna will raise its lending rate in April.", "2025-04"),
        ("The fisheries ministry will lift the cod quota in April.", "2025-04"),
        ("The harbour board will introduce the dredging bill in June.", "2025-06"),
        ("The truce will end in June.", "2025-06"),
        ("The bank said it would raise its lending rate in April.", "2025-04"),
    ],
)
def test_an_institutions_act_or_a_swearing_in_for_a_month_is_a_next_step(sentence: str, period: str) -> None:
    assert [(s.date, s.period) for s in _steps(sentence, MONDAY)] == [(None, period)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a person's or a campaign's promise or plan of policy, with no day set: a stance
        "Orsk will end the ferry subsidy in May.",
        "Orsk plans to end the ferry subsidy in May.",
        "The candidate would scrap the night tolls in June.",
        "Orsk guaranteed that the ferry fares will fall in June.",
        "Orsk has promised the ferry fares will fall in June.",
        "Orsk has promised that the swearing-in will be held in June.",
        # a trend for subject: its end forecast for a month or a year is a course, not an event
        "A four-year slide in ferry fares will end this year, the harbour office reported on Monday.",
        "The long streak of dry summers on Orn will end in 2026.",
        # an appointee's first week in office, not a campaign: still conditional on taking it up
        "The bank's incoming chief will cut the card fees in his first week as chief, in May.",
    ],
)
def test_a_persons_policy_promise_or_a_first_week_in_office_stays_out(sentence: str) -> None:
    assert _steps(sentence, MONDAY) == []


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # a release, of the kind "made public", "made available", "made known"
        ("Orsk will make the dredger bids public on Thursday.", date(2025, 3, 20)),
        ("The mill's pier accounts are scheduled to be made public on April 8.", date(2025, 4, 8)),
        ("The tide tables for the new channel will be made available on April 8.", date(2025, 4, 8)),
        ("The names of the new wardens will be made known on Friday.", date(2025, 3, 21)),
    ],
)
def test_a_release_made_public_available_or_known_is_read(sentence: str, day: date) -> None:
    assert [s.date for s in _steps(sentence, MONDAY)] == [day]


def test_a_bare_would_tells_nothing_done_but_a_reported_one_does() -> None:
    plan = "The envoys would fly home after Tuesday's meeting."
    assert nouns_told_done(plan) == frozenset()
    assert not told_in_past(plan)
    reported = "The envoys would fly home after Tuesday's meeting, an aide said."
    assert nouns_told_done(reported) == frozenset({"meeting"})
    assert told_in_past(reported)
