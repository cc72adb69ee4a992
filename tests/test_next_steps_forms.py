"""Ordinary ways news gives a next step, read as rules of English, each probed both ways: an occasion moved by a
phrasal verb ("pushed back to", "brought forward to"), a count of the vote in the passive, a deadline owed by a
day ("must file by Saturday"), an arranged act in the present progressive ("are holding a vigil on Saturday"), a
session resuming ("returns from recess on Wednesday"), a visit set for a day at a named place, a bill taken up,
results certified, a law coming into force, a decision whose matter follows its day, and the end of a
month as the text gives it. (All sentences invented.)"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from briefgen.analysis import make_corpus
from briefgen.dates import resolve_date
from briefgen.models import Article
from briefgen.timeline import next_steps

# The paper is dated Monday 2 March 2026; the brief is made the next morning.
MONDAY = date(2026, 3, 2)
BRIEF = MONDAY + timedelta(days=1)


def _listed(sentence: str, paper: date = MONDAY, brief: date = BRIEF) -> list[str]:
    """The dates of the Next steps one article of the sentence alone gives the next day's brief (or `brief`)."""
    article = Article("a1", "T1", "a1.txt", "Outlet 1", paper, (), (sentence,))
    steps = next_steps(make_corpus([article]), lambda text: 1.0, brief)
    return [s.date.isoformat() if s.date else str(s.period) for s in steps]


@pytest.mark.parametrize(
    "sentence, when",
    [
        # an occasion moved: the new day is the event's, whatever verb moves it
        ("The Lorrin regatta has been pushed back to next month.", "2026-04"),
        ("The guild vote has been pushed back to Thursday.", "2026-03-05"),
        ("The tolls hearing was put back to April 2.", "2026-04-02"),
        ("The harbour summit has been brought forward to Thursday.", "2026-03-05"),
        # a count of the vote
        ("Ballots in the Lorrin reeve race will be counted on Wednesday.", "2026-03-04"),
        ("Votes will be counted on Thursday, officials said.", "2026-03-05"),
        ("The ferry guild will count the ballots on Friday.", "2026-03-06"),
        ("The postal votes will not be counted until Friday.", "2026-03-06"),
        ("Officials said the ballots would be counted on Thursday.", "2026-03-05"),
        # a deadline owed by a day
        ("Each rowing club must file its crew list by Saturday.", "2026-03-07"),
        ("The ferry guild must respond to the offer by March 9.", "2026-03-09"),
        ("The cannery has to submit its plans by Thursday.", "2026-03-05"),
        ("The mill must respond no later than March 9.", "2026-03-09"),
        ("Each rowing club must file its crew list by Saturday or forfeit its lane.", "2026-03-07"),
        ("Every skipper must register his boat by Friday.", "2026-03-06"),
        # an arranged act in the present progressive
        ("Two of the canal unions are holding a torchlight vigil in Upper Tarrow on Saturday.", "2026-03-07"),
        ("Ines Quarle is hosting a fundraiser in Varnese on Thursday.", "2026-03-05"),
        ("The harbour board is organizing a public hearing on Thursday.", "2026-03-05"),
        ("A barge crew from Upper Tarrow is heading to Brell on Saturday.", "2026-03-07"),
        ("The pilots are flying to Lorrin on Thursday.", "2026-03-05"),
        # a session resuming
        ("The Lorrin council returns from recess on Wednesday.", "2026-03-04"),
        ("The Varnese senate returns from its winter recess next week.", "2026-W11"),
        ("Parliament resumes sitting on Thursday.", "2026-03-05"),
        ("Lawmakers return to the capital on Friday.", "2026-03-06"),
        ("Parliament reconvenes after the winter break on Thursday.", "2026-03-05"),
        ("Lawmakers return after the spring recess on March 9.", "2026-03-09"),
        # a meeting in the present, whom with between it and its day
        ("The guild's leaders meet with harbour officials on Thursday.", "2026-03-05"),
        ("Quarle meets with the Lorrin guild on Friday.", "2026-03-06"),
        # an event verb in the present, its matter or its body between it and its day
        ("The weir warden testifies before the canal tribunal on Wednesday.", "2026-03-04"),
        ("The ferry guild votes on the offer on Thursday.", "2026-03-05"),
        # a body named by its common noun, the matter of its decision after the day
        ("The harbour board will decide on Friday whether to raise the mooring fees.", "2026-03-06"),
        # a visit set for a day: scheduled to be at a named place
        ("Two auditors of the lock trust are scheduled to be at the Tarrow slipway on Saturday.", "2026-03-07"),
        ("Quarle is due to be in Varnese on Thursday to inspect the quays.", "2026-03-05"),
        ("Quarle is slated to be in Lorrin later this month.", "2026-03"),
        ("Quarle will be in Lorrin on Friday to meet the guild.", "2026-03-06"),
        ("Quarle will be at the Lorrin guild hall on Friday.", "2026-03-06"),
        ("Quarle will be in Upper Brell on Friday to meet the guild.", "2026-03-06"),
        ("Quarle will be in Lorrin, the guild's home port, on Friday.", "2026-03-06"),
        # a body taking up a matter, someone a post; results certified
        ("The Varnese senate will take up the tolls bill on Tuesday.", "2026-03-03"),
        ("The Varnese senate is expected to take up the tolls bill next week.", "2026-W11"),
        ("Quarle will take up the post of reeve on Friday.", "2026-03-06"),
        ("Results will be certified on Friday.", "2026-03-06"),
        ("The harbour board will certify the ballot results on Thursday.", "2026-03-05"),
        # the vote tallied, its results made known, moved with no particle, a duty by an hour of a day
        ("The votes will be tallied on Friday.", "2026-03-06"),
        ("The results will be known on Friday.", "2026-03-06"),
        ("The regatta has been pushed to next month.", "2026-04"),
        ("The guild vote was bumped to Friday.", "2026-03-06"),
        ("Bidders must submit their offers by noon on Friday.", "2026-03-06"),
        ("Each rowing club will have to file its crew list by Saturday.", "2026-03-07"),
        # a law or a treaty taking effect
        ("The ferry treaty enters into force on April 1.", "2026-04-01"),
        ("The tolls law comes into force on Friday.", "2026-03-06"),
        ("The tolls law will come into force on Friday.", "2026-03-06"),
        # the end of a month: a limit with "by", else the month
        ("The tribunal will rule by the end of the month.", "../2026-03-31"),
        ("The Varnese tribunal will rule by the end of April.", "../2026-04-30"),
        ("The ferry guild will vote at the end of next month.", "2026-04"),
    ],
)
def test_a_step_told_so(sentence: str, when: str) -> None:
    assert _listed(sentence) == [when]


@pytest.mark.parametrize(
    "sentence",
    [
        # moved: a maybe, a wish, a past
        "The Lorrin regatta may be pushed back to next month.",
        "The ferry guild pushed back against the tolls plan on Friday.",
        "If the vote is pushed back to May, the levy lapses.",
        "The Varnese regatta, pushed back to Sunday by the storm, drew huge crowds.",
        # moved: wished, called for, rumoured and denied, undone since, or told with what happened on the new day
        "Lawmakers want the vote pushed back to Friday.",
        "The opposition called for the vote to be pushed back to next month.",
        "Officials denied reports that the summit had been brought forward to Thursday.",
        "The match was pushed back to Sunday but has since been called off.",
        "The summit, which had been brought forward to Thursday, was later cancelled.",
        "The match, which was pushed back to Sunday because of rain, ended in a draw.",
        "The vote, which was brought forward to Thursday, passed easily.",
        "The final was pushed back to Sunday, when Arlo Venn won in straight sets.",
        # a count: a worth, a promise, a past, a habit, a maybe, a hope, a cancellation
        "Every vote will count on Friday, Quarle said.",
        "Every ballot will be counted on Friday.",
        "The late ballots will be counted as spoiled on Friday.",
        "The late ballots will count toward the total on Friday.",
        "The ballots were counted on Friday.",
        "If the ballots are counted on Friday, the result will be known by Monday.",
        "The guild hopes the ballots will be counted on Friday.",
        "The votes could be counted on Thursday.",
        "The votes would be counted on Thursday under the old rules.",
        "The ballots will be counted every Friday.",
        "The ballots will be counted on Thursday, but the count was cancelled.",
        "Quarle will count the days until Friday.",
        # the day of the ballots, not of their count: a participle tells which ones
        "Ballots cast on Tuesday will be counted first.",
        "Votes mailed by Friday will be counted.",
        "The guild will count on the ferrymen on Friday.",
        "The harbour master will count the boats on Thursday.",
        # a duty: no day, a past, a perfect, negated, conditional, a demand told by someone, no event
        "Each rowing club must file its crew list.",
        "Each rowing club must file its crew list by law.",
        "Each rowing club had to file its crew list by Saturday.",
        "Each rowing club must have filed its crew list by Saturday.",
        "Each rowing club must not file its crew list before Saturday.",
        "If it is drawn, each rowing club must file its crew list by Saturday.",
        "Each rowing club would have to file its crew list by Saturday if the rule passes.",
        "Quarle said the mill must respond by Friday.",
        "The ferry guild says the board must resign by Friday.",
        "The mill must cut its losses by the end of the month.",
        "Brasko Ferries must improve its safety record by next year.",
        "Each rowing club must file its crew list by Saturday, but the Brell club filed it on Monday.",
        # a duty only someone calls for or argues, or one a case would bring, or a condition put first
        "Protesters demand the reeve must resign by Friday.",
        "Critics argue the mill must pay compensation by Friday.",
        "In a letter, guild leaders demanded the board must respond by Friday.",
        "The guild may have to respond by Friday.",
        "Ferry owners would have to register by Friday under the plan.",
        "Should the bill pass, firms must register by Friday.",
        # the progressive: past, habit, negated, conditional, over, a clause of its own, only weighed
        "The canal unions were holding a vigil on Saturday when the sluice burst.",
        "The guild is holding talks every Friday.",
        "The canal unions are not holding a vigil on Saturday.",
        "If the canal unions are holding a vigil on Saturday, the towpath will be shut.",
        "Quarle is meeting the pilots again after talks on Friday broke down.",
        "Quarle is returning to Lorrin, where she voted on Friday.",
        "The canal unions are holding a vigil on Monday.",
        "The canal unions are holding their vigil despite Saturday's flood.",
        "Quarle is recovering after falling on Friday.",
        "Quarle is no longer attending the guild dinner on Friday.",
        "Quarle, who is hosting the regatta on Friday, said the fees were too high.",
        "The canal unions are considering holding a vigil on Saturday.",
        "The lock keepers are holding firm after Friday's vote.",
        # another noun's phrase between the progressive and the day: that noun's occasion, maybe past
        "Wardens are releasing few names from the raid at the quay on Friday.",
        "The guild is holding an inquiry into the collision at the regatta on Sunday.",
        "The pilots are meeting with the harbour board after the walkout on Friday.",
        # a session: past, perfect, habit, conditional, an aside
        "The Lorrin council returned from recess on Wednesday.",
        "Lawmakers returned to the capital on Friday.",
        "The harbour board has returned from its winter recess.",
        "The council returns from recess on Wednesday every year.",
        "If lawmakers return to the capital on Friday, they will vote on the tolls.",
        "The senate, which returns from recess on Thursday, has yet to name a chair.",
        "Parliament reconvened after the winter break on Thursday.",
        "The council, which returns after the recess on Thursday, has a full agenda.",
        # a meeting: past, habit, an aside, conditional, a noun's day told as over
        "Quarle met with harbour officials on Thursday.",
        "Quarle meets with harbour officials every Thursday.",
        "Quarle often meets with harbour officials on Thursdays.",
        "Quarle, who meets with harbour officials on Thursday, said the fees were fair.",
        "If Quarle meets with harbour officials on Thursday, the strike may end.",
        "The guild's talks with harbour officials on Thursday broke down.",
        "The harbour board's votes on the levy on Thursday were split.",
        "Guild votes on the offer on Thursday were counted by hand.",
        "The weir warden testified before the canal tribunal on Wednesday.",
        "The weir warden testifies before the canal tribunal every Wednesday.",
        "The weir warden, who testifies before the canal tribunal on Wednesday, declined to comment.",
        "The guild focuses on the tolls on Friday.",
        # to be somewhere: a past plan, not set, a habit, a guess, a role, no place
        "The trust's auditors were scheduled to be in Upper Tarrow on Saturday.",
        "The trust's auditors had been scheduled to be in Upper Tarrow on Saturday, but the survey was dropped.",
        "The trust's auditors are not scheduled to be in Upper Tarrow on Saturday.",
        "The trust's auditors are scheduled to be in Upper Tarrow every Saturday.",
        "If the trust's auditors are scheduled to be in Upper Tarrow on Saturday, the keepers will meet them.",
        "The trust's auditors are expected to be in Upper Tarrow on Saturday.",
        "Quarle is set to be in charge of the fleet from Friday.",
        "The storm will be in Lorrin on Friday.",
        "Quarle will be in Lorrin until Friday.",
        "Quarle was in Lorrin on Friday.",
        "Quarle would be in Lorrin on Friday if the fog lifts.",
        "Quarle will not be in Lorrin on Friday.",
        "Quarle will be in Lorrin every Friday.",
        "Prices will be in line with the Lorrin index on Friday.",
        # "in" a name and a common noun, a possessive, a number or a letter: a membership or a state, no visit
        "Inflation will be in the Bank's target range by June.",
        "The airline will be in Chapter 11 on Friday.",
        "Quarle will be in the Lorrin squad on Saturday.",
        "The shares will be in the Lorrin index on Friday.",
        "The index will be in Bear Market territory on Friday.",
        "Quarle will be in Group B on Friday.",
        # taking up, certifying: past, negated, no matter, a figure, conditional, a maybe, refused
        "The Varnese senate took up the tolls bill on Tuesday.",
        "The senate will not take up the tolls bill before May.",
        "Quarle will take up the matter with the guild, she said.",
        "The ferry crews will take up their oars again on Friday.",
        "If the senate takes up the bill on Tuesday, the levy could pass.",
        "The inspectors certified the results on Friday.",
        "The results could be certified on Friday.",
        "The harbour board refused to certify the results on Friday.",
        # pushed, known, tallied: no occasion moved, a past, a maybe, a guess of a past
        "The guild was pushed to the brink on Friday.",
        "Critics pushed to scrap the vote on Friday.",
        "The ferry fair stalls were pushed to the quay wall on Friday.",
        "The results were known on Friday.",
        "The results may be known on Friday.",
        "Quarle is known to favour a vote on Friday.",
        "The votes were tallied on Friday.",
        "The guild will tally the costs of the strike on Friday.",
        "Quarle must have left Lorrin on Friday.",
        # into force: past, conditional, perfect, a maybe, an aside; other objects of "come" and "enter"
        "The tolls law came into force on Friday.",
        "The tolls law would come into force on Friday if the senate agrees.",
        "The treaty has entered into force.",
        "The tolls law could come into force on Friday.",
        "The tolls law, which comes into force on Friday, was passed in May.",
        "Quarle will enter the race on Friday.",
        # a body named by its common noun alone, with nothing after its day: which board?
        "The board will decide on Friday.",
        "The board will meet on Friday, officials said.",
        # a purpose or a condition after the day is no matter: which board, on what, is still untold
        "The committee will meet on Friday to discuss it.",
        "The board will meet on Friday in order to vote.",
        "The board will vote on Friday if the quorum is met.",
    ],
)
def test_no_step(sentence: str) -> None:
    assert _listed(sentence) == []


def test_the_resolver_keeps_the_day_of_a_months_end() -> None:
    # resolve_date gives the finest value the text names (a month's last day); only the page reads it as a limit
    assert resolve_date("The tribunal will rule by the end of the month.", MONDAY) == "2026-03-31"


@pytest.mark.parametrize(
    "sentence",
    [
        # a "must" points ahead only to a limit ("by Friday"); a day after its verb's object is the object's
        "Brasko must explain why it shut the plant on Friday.",
        "Brasko must account for the spill on Friday.",
        "The reeve must apologise for her remarks on Friday, critics say.",
        # a participle after the progressive's object dates an act of its own
        "The firm is releasing the hostages taken on Friday.",
        "The guild is holding the ferry seized on Friday.",
    ],
)
def test_a_day_of_another_act_stays_past(sentence: str) -> None:
    assert resolve_date(sentence, MONDAY) == "2026-02-27"


@pytest.mark.parametrize(
    "sentence, day",
    [
        ("Bidders must submit their offers by noon on Friday.", "2026-03-06"),
        ("The mill must respond no later than March 9.", "2026-03-09"),
        ("The mill must pay by 5 p.m. Friday.", "2026-03-06"),
        ("Two of the canal unions are holding a torchlight vigil in Upper Tarrow on Saturday.", "2026-03-07"),
    ],
)
def test_a_limit_or_an_arranged_act_points_ahead(sentence: str, day: str) -> None:
    assert resolve_date(sentence, MONDAY) == day
