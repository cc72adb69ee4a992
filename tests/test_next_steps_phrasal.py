"""Phrasal and light verbs that name an occasion: a meeting ("will sit down with the pilots"), a vote called ("will
put the offer to a vote", "will call a snap election"), an endorsement made, a contest ("will square off against"), an
interview ("will sit for an interview"), a joint campaign stop ("will join Vell on the campaign trail"). Not the same
words of no occasion ("the crowd will sit down", "put the levy to rest", "call an election clerk", "on the trail of"),
not a rollout nor what a text lays out (spread over time, or what it covers), nor the phrasal occasion told past,
negated, conditional, wished, denied, called off, maybe, habitual or refused. The paper is Monday's. Probed both
ways. (All sentences invented.)"""

from __future__ import annotations

import pytest

from .test_next_steps_forms import _listed


@pytest.mark.parametrize(
    "sentence, when",
    [
        ("Ines Quarle will sit down with the Varnese pilots on Thursday.", "2026-03-05"),
        ("The Brell harbour master is to sit down with the ferry guild on Friday.", "2026-03-06"),
        ("The ropemakers' council will sit down with the mill owners in Pell on March 10.", "2026-03-10"),
        ("The chandlers' guild will put the wage offer to a vote on Thursday.", "2026-03-05"),
        ("The Carrow harbour board will put the berth levy to a ballot of members on Friday.", "2026-03-06"),
        ("The salt merchants said they would put the new tariff to a vote on Wednesday.", "2026-03-04"),
        # an endorsement made, a contest, a plan set out, an interview, a joint campaign stop, an occasion called
        ("Reeve Tam Vell will make her endorsement in the Ostry lamplighters' race on Thursday.", "2026-03-05"),
        ("Ines Quarle will square off against Tam Vell in the Pell guild hall on Thursday.", "2026-03-05"),
        ("The two ferry guild hopefuls will face off in Brell on Friday.", "2026-03-06"),
        ("Ines Quarle will sit for an interview with the Pell Courier on Wednesday.", "2026-03-04"),
        ("On Friday the Ostry reeve will join her deputy on the stump in the river wards.", "2026-03-06"),
        ("The Brell reeve will call a snap election on Thursday.", "2026-03-05"),
        ("The harbour master will call a meeting of the pilots' guild for Thursday.", "2026-03-05"),
    ],
)
def test_a_phrasal_occasion(sentence: str, when: str) -> None:
    assert _listed(sentence) == [when]


@pytest.mark.parametrize(
    "sentence",
    [
        # the same words, no occasion
        "The crowd on the Brell quay will sit down on Thursday when the band plays.",
        "The grain barges will roll out of the Ostry dock on Friday.",
        "The ferry guild will roll out the red carpet for the reeve on Friday.",
        "The harbour board will put the berth quarrel to rest on Friday.",
        # past, negated, conditional, wished, denied, called off, a maybe, a habit, refused
        "Ines Quarle sat down with the Varnese pilots on Thursday.",
        "Ines Quarle will not sit down with the Varnese pilots on Thursday.",
        "If the pilots agree, Ines Quarle will sit down with them on Thursday.",
        "Ines Quarle hopes to sit down with the Varnese pilots on Thursday.",
        "Ines Quarle denied she will sit down with the Varnese pilots on Thursday.",
        "Quarle will sit down with the pilots on Thursday, but the talks have since been called off.",
        "The Ostry ferry guild may roll out its new timetable on Friday.",
        "Ines Quarle sits down with the Varnese pilots every Thursday.",
        "The chandlers' guild has refused to put the wage offer to a vote on Thursday.",
        "The Ostry ferry guild rolled out its new winter timetable on Monday.",
        "The chandlers' guild put the wage offer to a vote on Monday.",
        "The Ostry guild will roll out its timetable on Friday, the clerk wrongly said.",
        # the same words, no occasion: a demand, a cancelling, a name called, a build, a long sitting, a joining
        "The chandlers will call for a vote on the wage offer on Thursday.",
        "The Brell reeve will call off the snap election on Thursday.",
        "The Brell reeve will call the harbour vote a sham on Thursday.",
        "The Pell Courier will call the reeve election for Ines Quarle on Thursday.",
        "The guild will call a halt to the strike on Thursday.",
        "Ines Quarle will call Tam Vell on Thursday.",
        "The Pell masons will lay out the new quay on Thursday.",
        "Friday's address by the reeve will lay out her case against the levy.",
        "Ines Quarle will sit for hours at the loom on Thursday.",
        "Ines Quarle will join the ferry guild on Friday.",
        "Ines Quarle will join Tam Vell in Ostry on Friday.",
        "The Brell crews will square the accounts on Thursday.",
        "The ferry guild will face off with the harbour board over berth fees on Friday.",
        # a rollout spread over time, what a text lays out (no phrasal occasion: "roll out" and "lay out" are not read)
        "The Pell dairy will roll out cheaper milk to its shops by June.",
        "The ferry guild will roll out the new boats across all river routes next year.",
        "The Ostry ferry guild will roll out its new winter timetable on Friday.",
        "The charter, out on Thursday, will lay out the details of the levy.",
        "The Pell masons will lay out the plans of the old quay on Thursday for visitors.",
        "The Carrow reeve will lay out her plan for the flooded quays on Thursday.",
        # a called noun that does not end its noun phrase, or a called thing named another
        "The defence will call an election clerk as a witness on Thursday.",
        "Critics will call a vote for Vell a vote for chaos on Thursday.",
        "Vell will call a vote of thanks on Thursday.",
        # a trail that is no campaign's; a quarrel told over a long phrase
        "Vell will join Quarle on the trail of the missing barge on Thursday.",
        "Vell will face off against critics of the levy on Thursday over its cost.",
        # told past, negated, a maybe, wished, conditional, a habit, denied
        "Reeve Tam Vell made her endorsement in the Ostry race on Monday.",
        "Reeve Tam Vell will not make her endorsement on Thursday.",
        "Reeve Tam Vell may make her endorsement on Thursday.",
        "Reeve Tam Vell hopes to make her endorsement on Thursday.",
        "If Quarle quits, Reeve Tam Vell will make her endorsement on Thursday.",
        "Ines Quarle joined Tam Vell on the campaign trail in Ostry on Friday.",
        "Ines Quarle always joins Tam Vell on the stump on Fridays.",
        "The Brell reeve called a snap election on Monday.",
        "The Carrow reeve denied she will lay out a plan for the quays on Thursday.",
    ],
)
def test_no_phrasal_occasion(sentence: str) -> None:
    assert _listed(sentence) == []
