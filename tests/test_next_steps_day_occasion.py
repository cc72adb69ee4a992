"""An occasion named by its day, as a possessive ("Thursday's ballot", "next week's summit") or a calendar date
as an adjective ("the March 12 runoff"), that is the subject of its sentence's statement and told doing, to
come, what it is held for ("will decide whether …", "is due to start at noon"), or the goal a present of the
statement now moves on to ("Next comes Thursday's ballot", "the quarrel now shifts to Wednesday's plenum"): the
day is the occasion's. Not an occasion that only dates another act ("traded barbs ahead of Thursday's ballot": in
passing), nor one told past, denied, wished, believed, possible, called off or moved, nor what a day merely has
("Tuesday's results"), nor an outcome or an utterance ("Saturday's decision"), nor what follows an occasion ("will
start a 60-day clock"), nor the paper's yesterday ("Sunday's election" in a Monday paper). The paper is Monday's.
Probed both ways. (All sentences invented.)"""

from __future__ import annotations

import pytest

from briefgen.timeline import _day_occasion

from .test_next_steps_forms import MONDAY, _listed


@pytest.mark.parametrize(
    "sentence, when",
    [
        ("Thursday's lamplighters' ballot will decide whether the night shift walks out.", "2026-03-05"),
        ("Next Monday's election in the salt towns will decide who runs the brine works.", "2026-03-09"),
        # its own hours: begin, start, open or close with no object
        ("Friday's glassblowers' ballot will close at 8 p.m., the clerk said.", "2026-03-06"),
        ("Tomorrow's tithe hearing will open at noon in the Carrow sail loft.", "2026-03-03"),
        ("The March 12 runoff will decide who holds the Ostry reeveship.", "2026-03-12"),
        ("In Carrow, Thursday's beekeepers' ballot will pick a new master of the hives.", "2026-03-05"),
        ("Saturday's regatta will get under way at dawn off the Brell breakwater.", "2026-03-07"),
        ("Saturday's glassblowers' ballot will fill the two empty seats on the board.", "2026-03-07"),
        ("Friday's guild ballot at the Tessary rope works will settle the night rota.", "2026-03-06"),
        ("The March 10 plebiscite in the river wards will decide whether the ferry tolls stay.", "2026-03-10"),
        # the goal the statement moves on to
        ("Next comes Thursday's tithe ballot in the upland parishes.", "2026-03-05"),
        ("Then comes Saturday's regatta off the Brell breakwater.", "2026-03-07"),
        ("Attention now turns to Friday's guild ballot in Aske.", "2026-03-06"),
        ("The chandlers' wrangle now shifts to Wednesday's plenum in Ostry.", "2026-03-04"),
        ("The tanners' dispute now moves to Thursday's hearing in Pell.", "2026-03-05"),
    ],
)
def test_an_occasion_named_by_its_day(sentence: str, when: str) -> None:
    assert _listed(sentence) == [when]


@pytest.mark.parametrize(
    "sentence",
    [
        # in passing: the occasion only dates another act, which the sentence tells
        "The two beekeepers' unions traded insults on Monday ahead of Thursday's hive levy ballot in Carrow.",
        "Salt merchants met the Varnese reeve before Friday's vote on the quay dues.",
        "Ahead of Wednesday's regatta, the Orne harbour master closed the east slipway.",
        "Chess clubs across the Marl valley booked halls ahead of next week's tournament.",
        "Ferry crews stacked sandbags along the Brell quay in the run-up to Friday's plebiscite.",
        "The glassblowers' guild rents a hall in Pell ahead of Sunday's convention.",
        # after it, or told past
        "The beekeepers' unions traded insults after Thursday's ballot in Carrow.",
        "Following Friday's hearing, the tanners filed an appeal.",
        "Salt merchants have quarrelled since Tuesday's vote on the quay dues.",
        "Tuesday's ballot was close, the clerk of the ropemakers said.",
        "Thursday's ballot decided whether the night shift walks out.",
        "Sunday's election, which Quarle won, will decide who runs the brine works.",
        "Tuesday's ballot will decide who leads the tanners, the union said last week.",
        # what a day merely has, no occasion
        "Tuesday's results surprised the tanners' guild.",
        "Sunday's editions of the Pell Courier carried the reeve's letter.",
        "Monday's attack on the salt convoy shook the valley.",
        "Grain futures slipped ahead of Friday's close in Varnese trading.",
        "Tuesday's poll showed Quarle ahead by six points.",
        "This year's election will decide who runs the brine works.",  # a year names no day
        # a goal told past, in a clause of its own, or told from after it
        "Attention turned to Thursday's guild ballot in Aske.",
        "Next came Tuesday's ballot in the upland parishes.",
        "The guild's hopes fade as the quarrel now moves to Friday's hearing.",
        "The ropewalk quarrel now moves to Thursday's hearing, which the ferrymen lost.",
        "The tally now moves to Tuesday's results from the river wards.",
        "The Brell crew now moves to Saturday's regatta with a two-length edge.",  # a standing
        "The glaziers' slate now moves to Friday's plebiscite trailing the carters.",
        # a present with no "now": a film's or a book's telling; a clause told of
        "The documentary then moves to Saturday's rally in Pell.",
        "In the first chapter, attention turns to Friday's hearing.",
        "Orr recalls how attention now turns to Thursday's ballot in the final days.",
        # an outcome or an utterance, as often over as to come
        "Scrutiny now turns to Saturday's decision by the harbour board.",
        "Anger in the salt towns now turns to Friday's announcement of the levy.",
        "The row now moves to Saturday's speech by the reeve.",
        "Friday's signing will settle the dispute over the quays.",
        # the paper's yesterday, a week on being "next Sunday's"
        "Sunday's election in the salt towns will decide who runs the brine works.",
        # a habit, called off, moved, denied, wished, believed, a maybe, a condition, a question, a quotation
        "Thursday's guild ballot will open at dawn, as it does every week.",
        "Thursday's guild ballot will settle nothing for the night shift.",
        "Thursday's vote on the quay dues was called off after the clerks walked out.",
        "Thursday's ballot, since postponed, will decide the fate of the night shift.",
        "Thursday's ballot will not decide the fate of the night shift.",
        "Quarle hopes Thursday's ballot will decide the matter.",
        "Thursday's ballot is expected to decide the matter, the harbour pilots believe.",
        "If Thursday's ballot goes ahead, the mills will close.",
        "Will Friday's vote on the dues decide the matter?",
        '"I think Thursday\'s ballot will decide it," Quarle said.',
    ],
)
def test_no_occasion_named_by_its_day(sentence: str) -> None:
    assert _listed(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # read by the rule itself (the sentence's own verbs may be read first, by other rules): what follows an
        # occasion, a telling of a past year
        "Wednesday's vote will start a 60-day clock for the harbour board.",
        "Thursday's launch will begin a new era for the Brell yards.",
        "Friday's ballot will open the door to a new charter for the salt towns.",
        "Saturday's regatta will close a long season for the Orne rowers.",
        "Thursday's chandlers' ballot will decide the levy, a pamphlet of 2019 said.",
        "Friday's guild ballot will be held again in April after the clerks lost the box.",  # a rerun
    ],
)
def test_the_rule_alone_refuses(sentence: str) -> None:
    assert _day_occasion(sentence, MONDAY) is None
