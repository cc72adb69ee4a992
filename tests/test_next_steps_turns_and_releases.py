"""Next steps read in session 23: a turn to vote is the vote (one item with the vote told otherwise), weighing in is
a view and no occasion, papers declassified (a release), an interview given the day it is aired, and the one
list of readying verbs both readings of an occasion readied for share. The paper is Monday's (2 March 2026). Each
rule with the nearby sentences it must leave alone. (All sentences invented.)"""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.analysis import make_corpus
from briefgen.events import A_TURN
from briefgen.models import Article
from briefgen.timeline import announcement, next_steps

MONDAY = date(2026, 3, 2)


def _when(sentence: str) -> str | None:
    found = announcement(sentence, MONDAY)
    if found is None or found[1] is None:
        return None
    return found[1].day.isoformat() if found[1].day else found[1].period


@pytest.mark.parametrize(
    "sentence",
    [
        # weighing in is giving a view, whoever does it (voters' "weighing in" is as often a poll or a forum)
        "Voters in Aske will weigh in on Tuesday.",
        "The reeve will weigh in on the levy on Tuesday.",
        "The Aske Courier will weigh in on Tuesday.",
        "Three harbour states will weigh in on the levy rule on Tuesday.",
        "Voters in Aske weighed in on Tuesday.",
        "Voters in Aske may weigh in on Tuesday if the court agrees.",
        # voters named inside another subject: the view of whoever heads it
        "A lawyer for the Aske voters will weigh in on Tuesday.",
        "The reeve chosen by voters will weigh in on Tuesday.",
        "A guild representing voters will weigh in on the levy on Tuesday.",
        "A poll of voters in Aske will weigh in on Tuesday.",
        "Readers and voters will weigh in on the Courier's website on Tuesday.",
        "Voters polled by the Courier will weigh in on Tuesday.",
        # envoys at talks give a view, not a vote
        "Delegates at the harbour talks will weigh in on the draft on Friday.",
        "Theatre-goers will weigh in on Saturday.",
    ],
)
def test_a_view_weighed_in_is_no_vote(sentence: str) -> None:
    assert announcement(sentence, MONDAY) is None


def test_papers_declassified_are_a_release() -> None:
    assert _when("The harbour board will declassify the salvage files on Friday.") == "2026-03-06"
    assert _when("The harbour board declassified the salvage files on Friday.") is None


def test_a_turn_to_vote_and_the_vote_are_one_item() -> None:
    """A turn to vote is the vote (`events.A_TURN`): told twice for one day, one item."""
    found = announcement("The salt wards' members will have their chance to vote on Thursday.", MONDAY)
    assert found is not None and found[0].reason == A_TURN
    sentences = (
        "The salt wards' members will have their chance to vote on Thursday.",
        "Voting in the salt wards' ballot will begin at dawn on Thursday.",
    )
    article = Article("a1", "T1", "a1.txt", "Outlet 1", MONDAY, (), sentences)
    steps = next_steps(make_corpus([article]), lambda text: 1.0, date(2026, 3, 3))
    assert [s.date.isoformat() if s.date else None for s in steps] == ["2026-03-05"]


def test_an_interview_with_its_airing_day() -> None:
    """What is aired, a recorded interview too, with the day a relative clause gives it to be shown."""
    sentence = "In Pell's long interview, which will be on Brell radio Tuesday night, Orr says little."
    assert _when(sentence) == "2026-03-03"
    assert _when("In Pell's long interview, which was on Brell radio Tuesday night, Orr said little.") != ("2026-03-03")


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        # one list of readying verbs serves the day after the noun and the day before it ("Thursday's hearing")
        ("Tempers frayed in Ostry as the tanners' council girds for Thursday's hearing.", "2026-03-05"),
        ("The guild is readying for Thursday's ballot.", "2026-03-05"),
        ("The guild is readying for the ballot on Thursday.", "2026-03-05"),
    ],
)
def test_readying_for_an_occasion_by_its_day(sentence: str, when: str) -> None:
    assert _when(sentence) == when


def test_readying_told_past_is_not_listed() -> None:
    assert announcement("The Aske wards were readying for Wednesday's regatta on the quays.", MONDAY) is None
