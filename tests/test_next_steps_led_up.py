"""An occasion named by its day after a present verb of readying ("tempers frayed as the council prepares for
Thursday's hearing") or after an adjective calling it set ("noted a planned rally on Wednesday in Aske") is a next step
whatever else the sentence tells: what one readies for, what is planned, is still to come. The day must be the
occasion's own, still ahead, not told from after it; a past telling only of a near weekday. A bare preposition of the
time before ("traded insults ahead of Thursday's ballot", "before Wednesday's vote") is not enough: the team's labels
read it as in passing. And a turn to choose given to someone ("will have the chance to decide on Thursday") is the
vote or decision itself, dated. The paper is Monday's (2 March 2026), the brief Tuesday's. Probed both ways. (All
sentences invented.)"""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.analysis import make_corpus
from briefgen.events import read
from briefgen.models import Article
from briefgen.timeline import announcement, next_steps

from .test_next_steps_forms import MONDAY, _listed


@pytest.mark.parametrize(
    "sentence, when",
    [
        ("Tempers frayed in Ostry as the tanners' council prepares for Thursday's hearing.", "2026-03-05"),
        ("The Aske wards are bracing for Wednesday's ballot on the quay dues.", "2026-03-04"),
        ("The ropemakers of Aske are getting ready for the March 12 runoff.", "2026-03-12"),
        # an occasion its own adjective calls set or to come, its day after it
        ("Pell noted a planned Quarle rally on March 4 in Aske with the reeve.", "2026-03-04"),
        ("The guild is printing leaflets for a scheduled vote on Thursday.", "2026-03-05"),
    ],
)
def test_an_occasion_after_a_lead_phrase(sentence: str, when: str) -> None:
    assert _listed(sentence) == [when]


@pytest.mark.parametrize(
    "sentence",
    [
        # a bare preposition of the time before: in passing
        "The two beekeepers' unions traded insults on Monday ahead of Thursday's hive levy ballot in Carrow.",
        "Salt merchants met the Varnese reeve before Wednesday's vote on the quay dues.",
        "Ferry crews stacked sandbags along the Brell quay in the run-up to Thursday's plebiscite.",
        "Tam Orr is touring the salt towns ahead of the ballot on Thursday.",
        # told from after it, or past: the occasion is over or a past week's
        "The beekeepers' unions traded insults after Thursday's ballot in Carrow.",
        "The clerks printed leaflets ahead of last Thursday's tithe hearing.",
        "Quarle's lead grew ahead of Thursday's ballot, which she won.",
        "Two days before Thursday's ballot in 2024, the reeve resigned.",
        "The tanners' council was preparing for Thursday's hearing.",
        "The tanners' council prepared for Thursday's hearing.",
        "The tanners' council is not preparing for Thursday's hearing.",
        # a day further on than a past telling makes likely ahead (in a Monday paper, Friday may be last Friday's)
        "The clerks printed leaflets ahead of Friday's tithe hearing.",
        "Tam Orr toured the salt towns ahead of the ballot on Friday.",
        # a point in time set by its distance from the occasion: what holds then is the news
        "With a tight race in Aske days ahead of the Wednesday ballot, the guild is spending more.",
        "The reeve's remarks come a few weeks before the March 30 ballot in Aske.",
        # the occasion itself told past or called off
        "A planned Quarle rally on Wednesday in Aske drew five hundred people.",
        "The planned rally on Thursday was cancelled.",
        # told in the past, a bare weekday after the noun may be the telling verb's day (last week's)
        "The Aske court delayed the scheduled tithe hearing on Thursday.",
        "Ferrymen gathered at the quay to oppose the scheduled vote on Thursday.",
        "Tam Orr toured the towns ahead of the ballot on Thursday, which she won.",
        # a forecast, a standing, a state
        "Quarle is expected to surge ahead of Thursday's ballot in Carrow.",
        "Quarle is trailing in the polls ahead of Thursday's ballot.",
        "Quarle will remain the favourite ahead of Thursday's ballot.",
        # a conditional, a maybe
        "If Quarle tours the salt towns ahead of Thursday's ballot, she may carry them.",
        "Quarle could visit Aske ahead of Thursday's ballot.",
        # the day another noun's: an outcome, the aftermath of the occasion
        "The reeve spoke ahead of Thursday's ruling on the quay dues.",
        "Quarle toured the salt towns ahead of the fallout from Thursday's ballot.",
        "Quarle toured the salt towns ahead of the ballot, and on Thursday she met the board.",
    ],
)
def test_no_occasion_after_a_lead_phrase(sentence: str) -> None:
    assert _listed(sentence) == []


def test_one_item_for_an_occasion_told_twice() -> None:
    """An occasion readied for and the same day's ballot told for itself are one event: one item."""
    article = Article(
        "a1",
        "T1",
        "a1.txt",
        "Outlet 1",
        MONDAY,
        (),
        (
            "Tempers frayed in Carrow as the tanners prepare for Thursday's ballot.",
            "The first ballots in Carrow will be counted on Thursday evening.",
        ),
    )
    steps = next_steps(make_corpus([article]), lambda text: 1.0, date(2026, 3, 3))
    assert [s.date.isoformat() if s.date else None for s in steps] == ["2026-03-05"]


@pytest.mark.parametrize(
    "sentence, day",
    [
        ("The ferry guild's members will have a chance to vote on the merger on Thursday.", 5),
        ("Voters in the salt towns will have the chance to decide on Thursday.", 5),
        ("The Aske wards will get their opportunity to elect a reeve on Friday.", 6),
        ("Tanners in Aske will get an opportunity to make their voices known on Thursday.", 5),
    ],
)
def test_a_turn_to_choose(sentence: str, day: int) -> None:
    found = announcement(sentence, MONDAY)
    assert found is not None and found[1] is not None and found[1].day == date(2026, 3, day)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry guild's members had a chance to vote on the merger on Thursday.",
        "The ferry guild's members would have a chance to vote on the merger on Thursday if the court agreed.",
        "The fairgoers will have a chance to win prizes on Thursday.",
        "The crews will have a chance to rest on Thursday.",
        "The crews will get their chance to plead their case on Thursday.",
        # one person's pick, not a body's decision; "elect to" is to choose to do
        "Visitors to the Aske fair will have a chance to pick plums on Thursday.",
        "Pupils will get a chance to choose a book at the Aske fair on Thursday.",
        "The harbour master will have a chance to elect to retire on Thursday.",
    ],
)
def test_no_turn_to_choose(sentence: str) -> None:
    assert announcement(sentence, MONDAY) is None


def test_a_turn_to_choose_reads_as_an_event() -> None:
    assert read("Voters will have the chance to decide on Thursday.").announces
    assert not read("Voters will have the chance to relax on Thursday.").announces


def test_a_turn_to_choose_and_its_vote_are_one_item() -> None:
    """The turn to choose is the vote: told twice for one day, one item."""
    sentences = (
        "Tanners in Aske will get an opportunity to make their voices known on Thursday.",
        "Voting in the tanners' ballot will begin at dawn on Thursday.",
    )
    article = Article("a1", "T1", "a1.txt", "Outlet 1", MONDAY, (), sentences)
    steps = next_steps(make_corpus([article]), lambda text: 1.0, date(2026, 3, 3))
    assert [s.date.isoformat() if s.date else None for s in steps] == ["2026-03-05"]


def test_two_kinds_of_event_on_one_day_stay_two_items() -> None:
    """An occasion readied for gives way only to an item of its own kind: the same day's other event stays apart,
    and neither article is cited for the other's."""
    articles = [
        Article(
            "a1",
            "T1",
            "a1.txt",
            "Outlet 1",
            MONDAY,
            (),
            ("Tempers frayed in Carrow as the tanners prepare for Thursday's levy hearing.",),
        ),
        Article(
            "a2",
            "T2",
            "a2.txt",
            "Outlet 2",
            MONDAY,
            (),
            ("The king of Velmar will visit the Carrow docks on Thursday.",),
        ),
    ]
    steps = next_steps(make_corpus(articles), lambda text: 1.0, date(2026, 3, 3))
    assert sorted((s.articles, s.also) for s in steps) == [((0,), ()), ((1,), ())]


def test_a_chance_to_decide_is_a_turn_only_with_the_question_put() -> None:
    ref = date(2026, 3, 10)
    assert announcement("Members of the Tarn guild will have a chance to decide whether to strike on Friday.", ref)
    for sentence in (
        "Diners will have a chance to decide their own price on Saturday at the Oska cafe.",
        "Members of the Tarn guild will have a chance to decide what to wear on Friday.",
    ):
        assert announcement(sentence, ref) is None, sentence
