"""An undated next step only when it is clearly pending: the text itself says a discrete event of a body's
calendar has not happened yet ("was remanded pending a hearing", "the council still has to ratify the levy", "the
tribunal has yet to rule on the claim"); a state, a forecast, a condition, a view, a habit, an event since gone or
"pending" as a mere modifier stays out. And an undated step whose article dates an event sharing its words as over
is that event unless each names who acts and neither names the other's actor. (All sentences invented.)"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from briefgen.corpus import make_corpus
from briefgen.events import read
from briefgen.models import Article
from briefgen.outstanding import outstanding
from briefgen.timeline import _actor, announcement, next_steps

from .test_next_steps_forms import BRIEF, MONDAY, _listed


@pytest.mark.parametrize(
    "sentence",
    [
        "Tam Brask was held in a Lorrin jail, pending a hearing on the Varnese request for his return.",
        "Ada Vell was remanded in custody pending trial.",
        "The ferry guild's pay deal is on hold pending a vote of its members.",
        "The Tarrow assembly still has to approve the tolls plan.",
        "The canal tribunal has yet to rule on the berthing claim.",
        "The harbour treaty must still be signed by both reeves, and the Brell council still has to ratify it.",
        "The Lorrin senate has yet to confirm Quarle as treasurer.",
        "Brask was freed pending a court hearing on the berthing claim.",
        "The Varnese guild awaits the tribunal's ruling on the tolls.",
        "Tam Brask is in a Lorrin cell, awaiting trial.",
        "The Tarrow assembly still has to approve the tolls plan, the clerk said.",
    ],
)
def test_an_event_told_as_still_pending_is_a_next_step_without_a_day(sentence: str) -> None:
    assert _listed(sentence) == ["None"]


@pytest.mark.parametrize(
    "sentence",
    [
        # "pending" as a modifier, or of what is no occasion
        "The pending trial has drawn crowds to the quay.",
        "The mill is shut pending repairs.",
        "The quay works are pending approval from the board.",
        "Velk was freed pending release of the ledgers.",
        "The tolls bill is pending in the assembly.",
        "A court hearing is pending.",
        # a fate told since, or a pendency of the past
        "Velk was held pending a hearing that was later dropped.",
        "Velk was held pending a hearing, which took place last week.",
        "The appeal was pending for years before the tribunal ruled.",
        "The guild had yet to vote on the levy when the strike began.",
        "Brask had been held pending trial until the tribunal freed him.",
        "Brask was awaiting trial when the tribunal freed him.",
        "The skippers awaited the verdict in silence.",
        "Fans in Lorrin await the final whistle.",
        # a condition, a view, a denial, a habit, no one event, no one to keep a calendar
        "If the guild still has to approve the levy, the ferries will stop.",
        "Brask thinks the tribunal still has to hear the case properly.",
        "Orr has not yet ruled on the claim.",
        "Each spring the board still has to approve the budget.",
        "The council has yet to vote on any of the tolls.",
        "We still have to sign the papers, Orr joked.",
        "The Brell rowing club has yet to sign a new coach.",
        "Tam Orr still has to hear from the ferry guild.",
        # an outcome, not a proceeding
        "The ferry guild still has to win the final.",
        "Is the council still going to vote on the levy?",
    ],
)
def test_a_near_case_of_pending_is_no_next_step(sentence: str) -> None:
    assert outstanding(sentence) is None
    assert _listed(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Brell board would still have to approve the tolls plan.",
        "Every ferry budget still has to be approved by the Tarrow council.",
    ],
)
def test_an_undated_obligation_that_is_a_supposition_or_a_rule_is_no_next_step(sentence: str) -> None:
    assert _listed(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        '"We await the council decision on the tolls," the Varnese guild said in a statement.',
        '"The Tarrow assembly still has to vote on it," Orr told reporters.',
    ],
)
def test_a_pending_event_in_a_speakers_own_words_is_no_next_step(sentence: str) -> None:
    assert _listed(sentence) == []


def test_pending_is_read_only_without_a_day() -> None:
    # a day in the sentence: the dated readings decide ("pending a hearing on May 4" is read there)
    assert outstanding("Brask was freed pending a hearing on Thursday.") is not None
    found = announcement("Brask was freed pending a hearing on Thursday.", MONDAY)
    assert found is not None and found[1] is not None and found[1].day == date(2026, 3, 5)


def test_a_pending_event_from_old_news_is_left_out() -> None:
    """Undated, it is only as recent as its article: from a paper a week older than the latest one, nothing says it
    has not happened since."""
    old = Article("a1", "T1", "a1.txt", "Outlet 1", MONDAY - timedelta(days=7), (), ("Brask was held pending trial.",))
    new = Article("a2", "T2", "a2.txt", "Outlet 2", MONDAY, (), ("The ferries ran late again.",))
    assert next_steps(make_corpus([old, new]), lambda text: 1.0, BRIEF) == []


def _steps(*sentences: str, brief: date) -> list[str]:
    article = Article("a1", "T1", "a1.txt", "Outlet 1", MONDAY, (), sentences)
    return [s.text for s in next_steps(make_corpus([article]), lambda text: 1.0, brief)]


def test_an_undated_step_is_over_with_its_articles_gone_event_only_for_the_same_actor() -> None:
    gone = "On Tuesday, Ines Quarle will tour the Brell docks with Tam Orr."
    other = "Ada Vell will visit the Brell docks with Tam Orr."
    same = "Quarle will visit the Brell docks with Tam Orr."
    wednesday = MONDAY + timedelta(days=2)
    # another actor: her visit is not the tour that is over
    assert _steps(gone, other, brief=wednesday) == [other]
    # the same actor: the undated mention is the tour, over by Wednesday
    assert _steps(gone, same, brief=wednesday) == []
    # the dated one's companion as the actor: his part in her tour, over too
    assert _steps(gone, "Tam Orr will visit the Brell docks with his aides.", brief=wednesday) == []
    # the dated one names no actor ("the treasurer"): shared words make it the same event, as before
    unnamed = "On Tuesday, the treasurer will tour the Brell docks with Tam Orr."
    assert _steps(unnamed, other, brief=wednesday) == []
    # (neither names an actor, "The senator will propose farm aid …": the same event, as tests/test_timeline.py checks)


def test_the_actor_is_the_named_subject_past_a_bracketed_aside() -> None:
    text = "On Tuesday, Sen. Ines Quarle (D-Brell), a harbour veteran, will tour the Brell docks with Tam Orr."
    assert _actor(text, read(text)) == {"sen", "ine", "quarl"}
    assert _actor("The senator will tour the Brell docks.", read("The senator will tour the Brell docks.")) == set()


def test_a_pending_hearing_and_its_day_told_elsewhere_are_one_item_with_the_day() -> None:
    pending = Article(
        "a1",
        "T1",
        "a1.txt",
        "Outlet 1",
        MONDAY,
        (),
        ("Tam Brask was held in a Lorrin jail, pending a hearing on the Varnese request for his return.",),
    )
    dated = Article(
        "a2",
        "T2",
        "a2.txt",
        "Outlet 2",
        MONDAY,
        (),
        ("The Lorrin hearing of the Varnese request for Tam Brask opens on Thursday.",),
    )
    steps = next_steps(make_corpus([pending, dated]), lambda text: 1.0, BRIEF)
    assert [(s.date, len(s.also)) for s in steps] == [(date(2026, 3, 5), 1)]


@pytest.mark.parametrize(
    "sentence",
    [
        # "rule out": a stance on a possibility, not a ruling
        "The Brell dockers' union has yet to rule out a walkout.",
        "Inspectors have yet to rule out arson in the Tarrow warehouse blaze.",
        # "confirm" a fact, a choice or a plan: a statement, no event of a body's calendar
        "The Lorrin port board has yet to confirm whether it will appeal.",
        "Constables have yet to confirm the name of the drowned skipper.",
        "The rowing club still has to confirm the signing of Ivo Brask.",
        "The harbour jury has yet to confirm its chairman.",
        "The Varnese referee has yet to confirm the score of the final.",
        # a standing rule, no one event
        "The new Tarrow assembly must still approve all spending.",
        "Any new guild member still has to sign the ferry charter.",
        "The reeve still has to sign off on any deal with the pilots.",
        # one person's signing or voting: no body's act
        "The Brell Kestrels have yet to sign their second-round draft pick.",
        "Winger Tomas Ruell has yet to sign the new contract offered by the club.",
        "Quarle has yet to sign the petition against the tolls.",
        "Velk, 18, has yet to vote in an election.",
        "Winger Tomas Ruell has yet to sign the deal offered by the club.",
        "The reeve has yet to sign the deal memo.",
        "The rowing club has yet to confirm Ivo Brask as its new coach.",
        "Constables have yet to confirm Velk as the drowned skipper.",
        # the event noun only modifies another noun: what is awaited is a paper, a count, a text
        "The Brask family is awaiting the hearing officer's findings on the crash.",
        "The tolls board awaits the hearing transcript before it can act.",
        "Both rivals are awaiting the vote count in Lorrin.",
        "The ferry guild is awaiting the vote tally from the four quays.",
        "Envoys are awaiting the summit communique.",
        # a wait of the past, told by the main verb before it
        "Brask spent a year in a Lorrin cell awaiting trial.",
        "Brask died in custody while awaiting trial.",
        "The suspect escaped from the van while awaiting trial.",
    ],
)
def test_a_near_case_of_a_pending_act_told_in_review_is_no_next_step(sentence: str) -> None:
    assert outstanding(sentence) is None or announcement(sentence, MONDAY) is None
    assert _listed(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Lorrin senate must still confirm her nomination.",
        "The Brell senate has yet to confirm the appointment of Quarle as treasurer.",
        "The reeve has yet to sign the tolls bill into law.",
        "The harbour board has yet to sign the lease with the ferry line.",
        "Reeve Ada Vell has yet to sign the harbour aid order, her office said.",
        "The reeve still has to sign off on the pilots' deal.",
        "The Tarrow council has yet to vote on the bridge bill.",
        "The two pilots remain in a Lorrin cell awaiting sentencing.",
        "Brask has spent a year in a Lorrin cell awaiting trial.",
        "Quarle, who is awaiting trial on fraud charges, denies wrongdoing.",
        "The guild awaits a hearing at the Brell high court.",
    ],
)
def test_a_pending_act_near_the_review_cases_stays_a_next_step(sentence: str) -> None:
    assert _listed(sentence) == ["None"]


def test_an_event_noun_that_modifies_another_gives_way_to_the_awaited_one() -> None:
    found = outstanding("Skippers are awaiting the harbour commission's ruling on the berths.")
    assert found is not None and found.head == "ruling"
    found = outstanding("Constables are awaiting the trial judge's decision on the ledgers.")
    assert found is not None and found.head == "decision"
