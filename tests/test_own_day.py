"""A day after a past act's infinitive that is the article's own day dates the act, not a schedule (dates._done_then):
the day's news is not read as an announcement over by the brief's day. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.analysis import make_corpus
from briefgen.dates import find_dates
from briefgen.models import Article
from briefgen.selection import Selector
from briefgen.timeline import over_by, told_as_coming

THU = date(2026, 3, 12)  # a Thursday
FRI = date(2026, 3, 13)


def _way(text: str, published: date = THU) -> int:
    """The direction of the sentence's last date: the one after the infinitive."""
    found = find_dates(text, published)
    assert found, text
    return found[-1].direction


@pytest.mark.parametrize(
    "text",
    [
        "The Dorn assembly voted to open an inquiry into the harbor master on Thursday.",
        "For all the noise, it was not hard for the Dorn assembly to open an inquiry into the warden Thursday.",
        "Wardens hurried to reopen the Tolm bridge on Thursday after the flood waters fell.",
        "The Varel board decided to close the east pier on Thursday after the gale.",
        "The Dorn assembly voted to open an inquiry into the harbor master today.",
        "The guild met in order to open its ledgers to the auditors on Thursday.",
    ],
)
def test_a_past_acts_infinitive_on_the_articles_own_day_is_past(text: str) -> None:
    assert _way(text) == -1
    assert not told_as_coming(text, THU)[0]
    assert not over_by(text, THU, FRI)


@pytest.mark.parametrize(
    "text",
    [
        # a request, an order, a will, a readiness or a noun of intent puts the day on the infinitive
        "Mayor Ilse Brandt urged residents to vote on Thursday.",
        "Orr asked the board to meet on Thursday.",
        "The judge ordered Pell Marsk to appear in court on Thursday.",
        "The board was eager to meet on Thursday.",
        "The Dorn assembly announced a bid to open talks on Thursday.",
        # an occasion settled: "agreed to meet" (dates.SETTLED_OCCASIONS)
        "The guild agreed to meet the board on Thursday.",
        # a schedule or a plan told in the present or the future
        "The museum is to open on Thursday.",
        "The council plans to vote Thursday.",
        "The council will vote to open an inquiry on Thursday.",
        "The clerk said the assembly will meet on Thursday.",
        # a time of the day after the telling
        "The Dorn assembly voted to open an inquiry later Thursday.",
        "The Dorn assembly voted Monday to open an inquiry on Thursday.",
        "The Orn trustees met Wednesday and voted to reopen the archive Thursday.",
        "Brell's wardens got permission to close the pass on Thursday.",
    ],
)
def test_a_day_ahead_of_its_governor_stays_coming(text: str) -> None:
    assert _way(text) == 1, text


@pytest.mark.parametrize(
    "text",
    [
        # not the article's own day: the old reading, whatever it is, is left alone
        "The Dorn assembly voted to open an inquiry into the harbor master on Friday.",
        "Mayor Ilse Brandt urged residents to vote on Sunday.",
        "The guild agreed to open talks on Friday.",
        "The council plans to vote Tuesday.",
    ],
)
def test_another_day_keeps_its_reading(text: str) -> None:
    assert _way(text) == 1, text
    assert _way(text, FRI - date.resolution * 2) == 1, text  # a Wednesday's paper


def test_a_past_weekday_a_week_old_stays_past() -> None:
    assert _way("The Dorn assembly voted to open an inquiry last Thursday.") == -1
    assert find_dates("The Dorn assembly voted to open an inquiry last Thursday.", THU)[0].value == "2026-03-05"


def test_the_days_own_news_is_kept_in_the_situation() -> None:
    news = "The Dorn assembly voted to open an inquiry into the harbor master Anselm Kray on Thursday."
    story = (
        news,
        "Harbor master Anselm Kray denied taking fees from the Dorn shipping lines.",
        "The Dorn inquiry into the harbor master will call the shipping lines as witnesses.",
    )
    older = (
        "Dorn shipping lines said the harbor master Anselm Kray had asked them for fees.",
        "The Dorn assembly debated an inquiry into the harbor master Anselm Kray.",
    )
    corpus = make_corpus(
        [
            Article("d1", "Story 1", "d1.txt", "Outlet 1", date(2026, 3, 10), (), older),
            Article("d2", "Story 2", "d2.txt", "Outlet 2", THU, (), story),
            Article("d3", "Story 3", "d3.txt", "Outlet 3", THU, (), story),
        ]
    )
    selector = Selector(corpus, FRI)
    assert news in [i.text for i in selector.situation(limit=5)]
    # a coming event of the same day told in the future is still over by the next day
    assert over_by("The Dorn assembly will vote on the inquiry on Thursday.", THU, FRI)


@pytest.mark.parametrize(
    ("text", "value", "way"),
    [
        # a day before a plan, a promise or a threat in the simple past dates the telling (dates._told_intent)
        ("A Kessel militia on Monday threatened to shell the Orn valley.", "2026-03-09", -1),
        ("The Varel board on Monday pledged to reopen the pier.", "2026-03-09", -1),
        # near misses: a passive or a perfect, or a day after the infinitive, keep the future
        ("The council on Monday is expected to vote on the levy.", "2026-03-16", 1),
        ("On Monday, the council is expected to vote on the levy.", "2026-03-16", 1),
        ("The mayor has pledged to reopen the pier on Monday.", "2026-03-16", 1),
        # the bare verb of a past "did" is past (dates._did); "does not" is left alone
        ("The Orn campaign did not return a message from the Ledger on Monday.", "2026-03-09", -1),
        ("The Orn campaign didn't return calls on Monday.", "2026-03-09", -1),
        ("The council does not meet on Monday.", "2026-03-16", 1),
    ],
)
def test_the_tense_of_a_told_plan_and_of_did(text: str, value: str, way: int) -> None:
    found = find_dates(text, THU)
    assert (found[0].value, found[0].direction) == (value, way), text


def test_a_calendar_time_before_the_article_is_nothing_to_come() -> None:
    told = "Mr. Quell seldom speaks of his brother Tam, who died at sea in 1981."
    assert not told_as_coming(told, THU)[0]
    assert not over_by(told, THU, FRI)
    # near misses: told in the future, or a time after the article, it is still coming
    assert told_as_coming("The Tolm ferry, which ended in 1981, resumes in 2027.", THU)[0]
    assert over_by("The almanac will be a summary of the harbor's years from 1960 to 1994.", THU, FRI)
    assert told_as_coming("The Tolm ferry resumes on Friday.", THU)[0]
    # a past that did not happen is no future either
    assert not over_by("There would have been a strike at the Vell docks on Oct. 1 without the accord.", THU, FRI)
