"""An occasion named by its day in passing, in a sentence that tells something else, is a next step when the
sentence itself still gives it as to come: its own words call it so ("wary of Friday's upcoming hearing"), or an act
told to come takes place at it ("the choir will sing during Thursday's regatta": the act's day is the occasion's). Not an
occasion that only dates a past or a present ("printed leaflets ahead of Thursday's hearing"), nor one told past,
negated, conditional, wished, denied, called off or moved, a habit, a forecast of how someone will do there, the
end of a span ("until Thursday's ballot"), what comes after it, nor the paper's yesterday. The paper is Monday's.
Probed both ways. (All sentences invented.)"""

from __future__ import annotations

from datetime import timedelta

import pytest

from briefgen.analysis import make_corpus
from briefgen.models import Article
from briefgen.timeline import next_steps

from .test_next_steps_forms import MONDAY, _listed


@pytest.mark.parametrize(
    "sentence, when",
    [
        # the occasion called to come in its own words
        ("The ferry guild printed fresh leaflets ahead of Thursday's upcoming ballot on the quay dues.", "2026-03-05"),
        ("Harbour pilots in Ostry have drafted a petition for Friday's upcoming hearing on berth fees.", "2026-03-06"),
        ("Chandlers in Pell shut their stalls early, wary of Wednesday's upcoming tithe vote.", "2026-03-04"),
        ("The lamplighters' pamphlet is aimed at voters in Thursday's upcoming plebiscite.", "2026-03-05"),
        ("Much of the talk in the Carrow taverns is of Saturday's forthcoming regatta.", "2026-03-07"),
        # an act to come that takes place at the occasion
        ("Ostry's rope-makers' choir will sing two shanties during Thursday's regatta in Brell.", "2026-03-05"),
        ("A brass band from Carrow is set to play during Thursday's lantern parade.", "2026-03-05"),
        ("Tam Orr's new ferry timetable will be handed out at Wednesday's guild meeting in Brell.", "2026-03-04"),
        ("Samples of the new rope will be shown to buyers at the March 20 chandlers' fair.", "2026-03-20"),
        ("The Ostry choir is due to sing during Friday's lantern festival on the quays.", "2026-03-06"),
    ],
)
def test_an_occasion_named_in_passing_to_come(sentence: str, when: str) -> None:
    assert _listed(sentence) == [when]


@pytest.mark.parametrize(
    "sentence",
    [
        # named only to date a past or a present, nothing calling it to come
        "The clerks printed leaflets ahead of Thursday's tithe hearing.",
        "Ferry crews are stacking sandbags in the run-up to Friday's plebiscite.",
        "Ines Quarle is facing a hard climb in Saturday's runoff against Tam Vell.",
        # past, a past plan, negated, conditional, wished, denied, a maybe, a question
        "Ostry's rope-makers' choir sang two shanties during Thursday's regatta in Brell.",
        "The choir will not sing during Thursday's regatta final.",
        "If the board agrees, the choir will sing during Thursday's regatta final.",
        "Quarle hopes the brass band will play during Thursday's lantern parade.",
        "The board denied that the choir will sing during Thursday's regatta final.",
        "The brass band may play during Thursday's lantern parade.",
        "Will the choir sing during Thursday's regatta final?",
        # called off or moved since
        "The choir will sing during Thursday's regatta final, which has since been cancelled.",
        # a habit
        "Every year the Carrow band plays during Thursday's upcoming lantern parade.",
        # a forecast of how someone will do there, not an act set
        "The Carrow oarsmen will fare badly at Saturday's upcoming regatta.",
        "The Brell crew will win at Saturday's regatta final.",
        # a rank or a state told at it, not an act
        "Ines Quarle will be top seed at Saturday's upcoming regatta in Brell.",
        "The berth levy will be the main topic at Thursday's upcoming guild meeting.",
        # what comes after it, or the end of a span it bounds
        "The choir will sing again after Thursday's regatta final.",
        "Ferry tickets bought at the old fare stay good until Thursday's upcoming lantern parade.",
        "Guild members can change their votes until the March 20 ballot.",
        "The band will play during Thursday's lantern parade, which the guild has since called off.",
        "Quarle had hoped to speak at Thursday's upcoming guild dinner.",
        # refused, shunned or in doubt: the act at it, or the occasion itself
        "Ines Quarle rejected calls to testify at Thursday's upcoming tithe hearing.",
        "Tam Vell turned down an offer to speak at Thursday's upcoming guild dinner.",
        "The Pell chandlers refused to send a delegate to Thursday's upcoming salt summit.",
        "Nobody from the ferry guild will attend Thursday's upcoming tithe hearing.",
        "The Carrow reeve ruled out speaking at Thursday's upcoming guild dinner.",
        "Quarle refused to say whether she will speak at Thursday's upcoming guild dinner.",
        "The lamplighters declined an invitation to march at Saturday's upcoming fair.",
        # a speaker's own words
        '"We will march at Thursday\'s upcoming fair if the guild lets us," Quarle said.',
        # the paper's yesterday
        "The rope-makers' choir will sing during Sunday's regatta in Brell.",
        # over: a clause told past about it
        "Quarle, who spoke at Thursday's guild dinner, left early.",
    ],
)
def test_no_occasion_named_in_passing(sentence: str) -> None:
    assert _listed(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a participle between the act to come and the occasion tells what happened there: the occasion is gone
        "The wardens will charge the bargemen arrested at Saturday's quay rally in Pell.",
        "The guild will expel members photographed at Saturday's torchlight rally, its clerk said.",
        "The Carrow wardens will return the banners seized during Sunday's march on the toll house.",
        "The Ostry council will pay for the damage caused during Saturday's lantern carnival.",
        "The ferry guild will fine the pilots caught racing during Sunday's regatta.",
        # an incident told at it, or a thing done there, named by the occasion's day: the occasion is over
        "Wardens will study footage of the crush at Saturday's barge race in Pell.",
        "The guild will fine the Ostry crews for the brawl during Sunday's regatta.",
        "The Carrow clerks will auction the sashes worn at Sunday's lantern parade.",
        "The council will debate the remarks made at Friday's guild dinner.",
    ],
)
def test_no_occasion_where_something_was_done(sentence: str) -> None:
    assert _listed(sentence) == []


@pytest.mark.parametrize(
    "sentence, when",
    [
        # a relative clause with a subject of its own tells that body's act, the antecedent only its matter
        (
            "The tolls bill, which the Carrow harbour board will debate next week, cuts fees for grain barges.",
            "2026-W11",
        ),
        (
            "The new pilots' charter, which the ferry guild will debate on Thursday, gives apprentices a vote.",
            "2026-03-05",
        ),
        ("The salt treaty, which Reeve Tam Vell will sign on Friday, opens the Ostry wells to carters.", "2026-03-06"),
        ("The rope levy, which the Pell council is expected to consider on March 11, doubles the dues.", "2026-03-11"),
        (
            "The lantern rota, which the night guild is set to approve on Wednesday, was drafted by Ines Quarle.",
            "2026-03-04",
        ),
        (
            "The berth fees, which the harbour tribunal will review on Thursday, have angered the bargemen.",
            "2026-03-05",
        ),
    ],
)
def test_an_act_told_in_a_relative_clause_of_its_own(sentence: str, when: str) -> None:
    assert _listed(sentence) == [when]


@pytest.mark.parametrize(
    "sentence",
    [
        # the antecedent acts ("which votes on Friday": a place named in passing, as before)
        "Varna, which votes on Friday, is a guild town on the Brell.",
        # past, a past plan, negated, a maybe, wished, conditional, a forecast, a habit
        "The new pilots' charter, which the ferry guild debated on Thursday, gives apprentices a vote.",
        "The new pilots' charter, which the ferry guild was to debate on Thursday, gives apprentices a vote.",
        "The new pilots' charter, which the ferry guild had planned to debate on Thursday, gives apprentices a vote.",
        "The new pilots' charter, which the ferry guild will not debate on Thursday, gives apprentices a vote.",
        "The new pilots' charter, which the ferry guild may debate on Thursday, gives apprentices a vote.",
        "The new pilots' charter, which the ferry guild hopes to debate on Thursday, gives apprentices a vote.",
        "The new charter, which the ferry guild will debate on Thursday if the clerks agree, gives apprentices a vote.",
        "The new pilots' charter, which the ferry guild is likely to debate on Thursday, gives apprentices a vote.",
        "The new pilots' charter, which the ferry guild will probably debate on Thursday, gives apprentices a vote.",
        "The pilots' charter, which the ferry guild will debate every Thursday, gives apprentices a vote.",
        # told of, denied, undone since, told long ago
        "The pilots' charter, which critics say the ferry guild will reject on Thursday, gives apprentices a vote.",
        "The pilots' charter, which the ferry guild will debate on Thursday, has since been withdrawn.",
        "The tolls bill, which the Carrow board will debate on Thursday, cuts fees, Quarle said last month.",
        # the sentence's own statement undoes the act
        "The smuggling charges, which a Pell magistrate will hear on Thursday, were dropped on Monday.",
        "The pilots' charter, which the ferry guild will debate on Thursday, was pulled from the agenda.",
        "The toll deal, which the Carrow council will vote on Friday, collapsed over the weekend.",
        "The salt accord, which the two reeves will sign on Thursday, has been put on hold by the wardens.",
        "The barge merger, which the Ostry board will put to its members on Friday, fell through.",
        # not an occasion: what a body will need or carry, not an act one attends
        "The ropes, which the crews will need on Friday, are stored in the Pell loft.",
        "The old ferry, which the pilots will sail to Lorrin on Friday, is due for a refit.",
    ],
)
def test_no_act_told_in_a_relative_clause(sentence: str) -> None:
    assert _listed(sentence) == []


def test_one_trial_told_as_stood_and_named_in_passing() -> None:
    # "will stand trial" and "Thursday's upcoming trial" are one trial: the noun after the light verb says what happens
    told = "The ferry captain Ines Quarle will stand trial in Brell on Thursday over the loss of the barge Lark."
    named = (
        "Bargemen in Carrow have sewn black pennants for Thursday's upcoming trial of the ferry captain Ines Quarle."
    )
    assert _listed(named) == ["2026-03-05"]  # each is a step on its own
    articles = [
        Article(f"a{i}", f"T{i}", f"a{i}.txt", f"Outlet {i}", MONDAY, (), (s,)) for i, s in enumerate((told, named))
    ]
    steps = next_steps(make_corpus(articles), lambda text: 1.0, MONDAY + timedelta(days=1))
    assert [(s.date.isoformat() if s.date else None, s.text) for s in steps] == [("2026-03-05", told)]


def test_a_thing_to_be_shown_at_an_occasion_is_to_come() -> None:
    # a passive to come is the act at the occasion, not a thing done there
    assert _listed("The new Ostry barge will be shown at Saturday's boat fair in Pell.") == ["2026-03-07"]
