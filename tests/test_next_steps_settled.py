"""An occasion agreed or decided on in the past for a weekday to come ("the guild agreed to meet the board on
Friday", in Monday's paper): the coming Friday, not the one gone; probed both ways, and the same for the dates
module's reading of the day. (All sentences invented.)"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from briefgen.analysis import make_corpus
from briefgen.dates import resolve_date
from briefgen.models import Article
from briefgen.timeline import next_steps

from .test_next_steps_forms import MONDAY, _listed


@pytest.mark.parametrize(
    "sentence, when",
    [
        ("The ferry guild of Varnese agreed to meet the harbour board on Friday.", "2026-03-06"),
        ("The Brell harbour board decided to hold a hearing on the dredging on Friday.", "2026-03-06"),
        ("The lantern makers agreed to resume talks with the mill owners on Thursday.", "2026-03-05"),
        ("Ines Quarle agreed to testify before the canal panel on Friday.", "2026-03-06"),
        ("The two Orne ferry lines decided to sign their merger on Friday.", "2026-03-06"),
        ("The Tarrow council agreed to hold a special session on the flood on Thursday.", "2026-03-05"),
        # the day the plan was made told before its "to": the weekday counts from it
        ("The ferry guild of Varnese agreed on Sunday to meet the harbour board on Friday.", "2026-03-06"),
        ("The Brell harbour board decided on Saturday to reopen the east quay on Friday.", "2026-03-06"),
        ("Orrin Valk agreed on Sunday to debate his rival on Thursday.", "2026-03-05"),
    ],
)
def test_an_occasion_settled_on_for_a_coming_weekday(sentence: str, when: str) -> None:
    assert _listed(sentence) == [when]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry guild of Varnese met the harbour board on Friday.",  # past
        "The ferry guild of Varnese agreed to a truce on Friday.",  # the day of agreeing
        "The ferry guild had agreed to meet the harbour board on Friday, but the talks never took place.",
        "The ferry guild did not agree to meet the harbour board on Friday.",  # negated
        "The ferry guild refused to meet the harbour board on Friday.",  # refused
        "The ferry guild agreed on Friday to meet the board again.",  # the day of agreeing, no day ahead
        "The ferry guild agreed on Thursday to meet the harbour board on Friday.",  # the Friday after: gone
        "The guild would have agreed to meet the board on Friday if the tolls had been cut.",  # counterfactual
        "The guild hoped to meet the harbour board on Friday.",  # wished for
        "The guild agreed to meet the harbour board on Friday, but the meeting was later cancelled.",
        "The guild usually agrees to meet the board on Fridays.",  # habitual
        "The guild denied that it had agreed to meet the board on Friday.",  # denied
        "The quarry owners decided to close the pit on Friday after a rockfall.",  # an act done once decided
        "The harbour court decided to free the skipper on Friday.",
        "The lantern guild decided to cancel its parade on Friday.",
        "Pilots of the Orne ferries agreed to return to work on Friday.",
        "The mill agreed to pay the fine on Friday.",
        "The guild decided not to hold a march on Friday.",
        "The guild never agreed to meet the board on Friday.",
        "If the board agreed to meet the guild on Friday, the strike would end.",
        "The ferry guild said last month it had decided to stage a march on Friday.",
        "The Orne guild decided to hold its ballot on Friday, and the result was a narrow yes.",  # told as held
        "The pilots agreed to meet the board on Friday, but the board said it would not attend.",
    ],
)
def test_a_settling_that_sets_nothing_ahead(sentence: str) -> None:
    assert _listed(sentence) == []


@pytest.mark.parametrize(
    ("paper", "listed"),
    [
        (date(2026, 3, 7), []),  # Saturday's paper: the day told loosely at the end may be the agreeing's, yesterday
        (date(2026, 3, 8), []),  # Sunday's: the same, the day before
        (date(2026, 3, 3), ["2026-03-06"]),  # Tuesday's: three days ahead
    ],
)
def test_a_friday_agreed_on_reaches_back_two_days_at_most(paper: date, listed: list[str]) -> None:
    sentence = "The ferry guild of Varnese agreed to meet the harbour board on Friday."
    article = Article("a1", "T1", "a1.txt", "Outlet 1", paper, (), (sentence,))
    steps = next_steps(make_corpus([article]), lambda text: 1.0, paper + timedelta(days=1))
    assert [s.date.isoformat() for s in steps if s.date] == listed


@pytest.mark.parametrize(
    "sentence, when",
    [
        ("The Brell harbour board decided to hold a hearing on Friday.", "2026-03-06"),
        ("The guild agreed to vote on the charter on Friday.", "2026-03-06"),
        ("The guild agreed to a truce on Friday.", "2026-02-27"),
        ("The guild met the board on Friday.", "2026-02-27"),
        ("The harbour court decided to free the skipper on Friday.", "2026-02-27"),
        ("The guild agreed on Friday to meet again.", "2026-02-27"),
    ],
)
def test_resolve_reads_the_infinitive_of_an_occasion_settled_on(sentence: str, when: str) -> None:
    assert resolve_date(sentence, MONDAY) == when
