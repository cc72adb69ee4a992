"""The timetable present: news tells an occasion set for a day in the simple present ("the tribunal sentences the
two wardens on Friday", "the winners are named on Thursday", "the delegation leaves for Brell on Thursday").
Read as a schedule only in a main clause with its day ahead: an act with its object, a passive of an occasion, a
departure, an appearance in court, an opening. Probed both ways: a habit, a past, a condition, a wish, a denial,
a jest, a story's scene, a noun that looks like the verb, a day owned by something else, and a statement made a
month or a year ago whose weekday is long gone. (All sentences invented.)"""

from __future__ import annotations

import pytest

from briefgen.dates import resolve_date

from .test_next_steps_forms import MONDAY, _listed


@pytest.mark.parametrize(
    "sentence, when",
    [
        # a calendar act in the present, its object between it and its day
        ("The Varnese tribunal sentences the two lock wardens on Friday.", "2026-03-06"),
        ("The ferry guild unveils its new timetable on Thursday.", "2026-03-05"),
        ("Ines Quarle announces her running mate on Saturday.", "2026-03-07"),
        ("The two river guilds sign the tolls accord on Friday.", "2026-03-06"),
        ("The Kesh ferry guild stages a march through Brell on Saturday.", "2026-03-07"),
        ("The Lorrin council debates the weir plan this coming Thursday.", "2026-03-05"),
        ("The harbour board publishes its dredging survey on March 12.", "2026-03-12"),
        ("Quarle delivers her first harbour budget on Wednesday.", "2026-03-04"),
        ("The boatmen's guild elects a new master on Saturday.", "2026-03-07"),
        ("The Brell assembly ratifies the river treaty on March 10.", "2026-03-10"),
        ("Tam Vell names his new treasurer on Friday.", "2026-03-06"),
        ("The Varnese mint releases its new coin on March 16.", "2026-03-16"),
        ("The guild chooses its next master on Saturday in Lorrin.", "2026-03-07"),
        ("The harbour board reviews the ferry contract on Wednesday.", "2026-03-04"),
        ("The Tarrow bishop crowns the lantern queen on Saturday.", "2026-03-07"),
        ("The ferry guild awards its annual medals on Friday.", "2026-03-06"),
        ("The reeve appoints a new harbour master on Thursday.", "2026-03-05"),
        ("The river guilds adopt the new tolls code on March 18.", "2026-03-18"),
        ("The Varnese film board unveils its new logo on Thursday.", "2026-03-05"),
        # going, appearing, opening: the word that makes the present a schedule
        ("The Lorrin delegation leaves for Brell on Thursday.", "2026-03-05"),
        ("Ines Quarle departs for Lorrin on Wednesday.", "2026-03-04"),
        ("Ines Quarle appears in court on Friday.", "2026-03-06"),
        ("The Lorrin regatta kicks off on Saturday.", "2026-03-07"),
        ("Voting gets under way on Thursday.", "2026-03-05"),
        # a phrasal act, a post left, a trial stood, a walkout, a rule coming into effect
        ("The Kesh court hands down its ruling on Friday.", "2026-03-06"),
        ("The Varnese guild lays out its dredging plan on Thursday.", "2026-03-05"),
        ("The Lorrin treasurer sets out her budget on Wednesday.", "2026-03-04"),
        ("Ines Quarle steps down as reeve on Friday.", "2026-03-06"),
        ("Tam Vell stands down as guild master on March 9.", "2026-03-09"),
        ("Tam Vell stands trial on Thursday.", "2026-03-05"),
        ("Kesh dockers walk off the job on Friday.", "2026-03-06"),
        ("The Brell lock keepers walk out on Saturday.", "2026-03-07"),
        ("The new Varnese timetable comes into effect on March 9.", "2026-03-09"),
        # a rule fronted that is one deal's, not a standing rule
        ("Under the accord, the two guilds sign the tolls pact on Friday.", "2026-03-06"),
        ("Under the Brell treaty, the river guard leaves for Lorrin on March 9.", "2026-03-09"),
        # a copular schedule: timetabled
        ("The Kesh tolls vote is timetabled for Friday.", "2026-03-06"),
        ("The Lorrin regatta is timetabled for March 14.", "2026-03-14"),
        # a photo fair is no caption
        ("The Varnese guild holds a photo exhibition on Friday.", "2026-03-06"),
        ("The Lorrin photo fair opens on Saturday.", "2026-03-07"),
        # an occasion in the present passive
        ("Quarle is sworn in on Thursday.", "2026-03-05"),
        ("The regatta results are announced on Friday.", "2026-03-06"),
        ("The lantern prize winners are named on Thursday in Lorrin.", "2026-03-05"),
        ("The new Varnese guild charter is unveiled on March 14.", "2026-03-14"),
        ("Tam Vell is sentenced on Friday, the Kesh court clerk said.", "2026-03-06"),
        ("The Brell harbour survey is published next week.", "2026-W11"),
        ("The two Lorrin lock keepers are released on Saturday, their guild said.", "2026-03-07"),
        ("Postal ballots in the Kesh reeve race are counted on Thursday.", "2026-03-05"),
        ("The new Brell ferry is launched on March 12.", "2026-03-12"),
        ("The Varnese guild's new master is elected on Saturday.", "2026-03-07"),
        # due out
        ("The Kesh tolls report is due out on Thursday.", "2026-03-05"),
        # a day that is a deadline named without the word, the day before or after it
        ("Friday is the last day to register for the Lorrin regatta.", "2026-03-06"),
        ("March 9 is the closing date for bids on the Kesh ferry contract.", "2026-03-09"),
        ("Thursday is the final day for objections to the Brell weir plan.", "2026-03-05"),
        ("The last day to file a claim against the Kesh tolls board is Friday.", "2026-03-06"),
        ("The cut-off for entries to the lantern parade is March 12.", "2026-03-12"),
        ("The closing date for nominations for Lorrin reeve is Thursday.", "2026-03-05"),
        ("Thursday marks the deadline for bids on the Kesh ferry contract.", "2026-03-05"),
        ("Saturday is the last day to see the lantern show at the Varnese guild hall.", "2026-03-07"),
        # a statement of a past month that gives its day with its month, or one of last week, still stands
        ("The guild will vote on March 20, Vell said last month.", "2026-03-20"),
        ("The guild will vote in June, Vell said last month.", "2026-06"),
        ("The guild will vote on Thursday, Vell said last week.", "2026-03-05"),
        # (said last month, a weekday is the reporter's, told from the article's day)
        ("The new Varnese coins are released on Friday, the mint said last month.", "2026-03-06"),
        ("The guild will vote on Thursday, Vell said last month.", "2026-03-05"),
        ("The guild will vote on June 2, Vell said last July.", "2026-06-02"),
        ("The Kesh canal will reopen in 2027, the board said in 2024.", "2027"),
        ("In March, the Varnese guild will vote on the levy.", "2026-03"),
        # a schedule the sentence does not undo, a paper it is read from that is not old, a play-off
        ("The Kesh guild will vote on Friday on a plan to reverse the tolls rise.", "2026-03-06"),
        ("The Brell court will rule on Friday on claims that the guild wrongfully fired two pilots.", "2026-03-06"),
        ("Quarle will appear in court on Friday to answer claims she lied.", "2026-03-06"),
        ("The guild will vote on Friday, according to a notice posted on Monday.", "2026-03-06"),
        ("The deadline to register is Friday, according to a notice from the clerk.", "2026-03-06"),
        ("The Lorrin opera opens on Saturday.", "2026-03-07"),
        ("In the harbour play-offs, Kesh Rovers meet Brell United on Saturday.", "2026-03-07"),
        # a story or a plot named in news, not a story's scene
        ("Tam Vell goes on trial on Friday for his role in the plot.", "2026-03-06"),
        ("Quarle opens on Friday at the Lorrin playhouse in a comedy.", "2026-03-06"),
        ("Vell will testify on Friday, according to people named in the story.", "2026-03-06"),
    ],
)
def test_a_timetable_present(sentence: str, when: str) -> None:
    assert _listed(sentence) == [when]


@pytest.mark.parametrize(
    "sentence",
    [
        # a habit
        "The Varnese tribunal sentences lock wardens every Friday.",
        "The ferry guild unveils its timetable each spring.",
        "The ferry guild unveils its new timetable on Thursdays.",
        "The harbour board reviews ferry contracts on Wednesdays and Fridays.",
        "The regatta results are announced on Fridays.",
        "The regatta results are announced every Friday at noon.",
        "Lantern prize winners are usually named on a Thursday.",
        "The Brell ferry is launched on Friday's tide each year.",
        # a past
        "The Varnese tribunal sentenced the two lock wardens on Friday.",
        "The two river guilds signed the tolls accord on Friday.",
        "The regatta results were announced on Friday.",
        "The Kesh tolls report was due out on Thursday.",
        "Ines Quarle left for Lorrin on Wednesday.",
        # denied, undone
        "The two river guilds do not sign the tolls accord on Friday.",
        "The guild never signs an accord on a Friday.",
        "The guild no longer signs the tolls accord on Friday after the board withdrew.",
        "The results are not announced on Friday after all.",
        "The Kesh tolls report is not due out on Thursday.",
        "Nobody is sworn in on Thursday, the clerk said.",
        # a condition, a wish
        "If the two river guilds sign the tolls accord on Friday, the strike ends.",
        "The strike goes on unless the two guilds sign the tolls accord on Friday.",
        "The strike ends only if the two guilds sign the tolls accord on Friday.",
        "If the results are announced on Friday, the guild will meet on Monday.",
        "The results are announced on Friday, if the count ends in time.",
        "Critics want the guild to sign the tolls accord on Friday.",
        "The guild hopes the board signs the tolls accord on Friday.",
        "The regatta results are announced on Friday, the guild hopes.",
        "Few expect the guild to name a new master on Saturday.",
        # the day is another thing's
        "The canal tribunal hears the appeal of the warden arrested on Friday.",
        "The canal tribunal hears the wardens' appeal, the clerk said on Friday.",
        "The board reviews the damage the storm caused on Friday.",
        "Quarle is named in the guild's report on Friday.",
        "Quarle is named on Friday's list of guild masters.",
        "Ines Quarle leaves the guild on Friday's terms, she said.",
        "The two lock keepers are released on bail on Saturday, then rearrested.",
        # nouns that look like the verb, a seeming, a headline, a state, a milestone
        'Protest signs on Friday read "No tolls".',
        "The names on Friday's ballot were printed in red.",
        "Quarle appears to back the tolls accord, her aide said on Friday.",
        "Guild Signs Tolls Accord On Friday",
        "Varnese is the capital of the river province.",
        "The strike enters its third week on Friday.",
        # in passing
        "The ferry guild, which unveils its timetable on Thursday, was fined last week.",
        "Quarle, who is sworn in on Thursday, said on Monday she would cut tolls.",
        "The harbour board canceled the vote in which the guild elects a new master on Saturday.",
        # a jest, a story's scene
        '"He signs the accord on Friday and tears it up on Monday," Vell joked.',
        '"He flies to Lorrin on Friday and flies back on Monday," Vell joked.',
        '"The winners are named on Thursday and forgotten by Friday," Vell joked.',
        "The bishop crowns the lantern queen on Saturday in the old tale.",
        "Vell flies to Lorrin on Saturday in the novel.",
        "Tam Vell is sentenced on Friday in the novel.",
        "In the film, Quarle meets the guild on Friday.",
        # the phrasal acts: a habit, a past, a condition, a wish, a denial, a view, a question, a rule, a jest
        "The Kesh court handed down its ruling on Friday.",
        "The Kesh court hands down rulings every Friday.",
        "The Kesh court hands down its rulings on Fridays.",
        "The Kesh court rarely hands down a ruling on a Friday.",
        "If the court hands down its ruling on Friday, the strike ends.",
        "Ines Quarle stepped down as reeve on Friday.",
        "Ines Quarle never steps down as reeve, she said on Friday.",
        "Ines Quarle steps down as reeve on Friday, her rivals hope.",
        "Ines Quarle does not step down as reeve on Friday, her aide said.",
        "Some guild members think Quarle steps down as reeve on Friday.",
        "Kesh dockers walked off the job on Friday.",
        "Kesh dockers walk off the job every Friday at noon.",
        "Kesh dockers walk off the job on Friday if the talks fail.",
        "The Brell lock keepers walk out on Saturday, a report the union denied.",
        "The Lorrin treasurer sets out her budget each spring.",
        "The Lorrin treasurer sets out for Brell every Monday.",
        "Tam Vell stood trial on Thursday.",
        "Whether Tam Vell stands trial on Thursday is unclear.",
        "Under the guild's rules, the master steps down on March 3.",
        "The new Varnese timetable came into effect on March 9.",
        "The new Varnese timetable comes into effect on March 9 each year.",
        "The Kesh court hands down its ruling on Friday in the novel.",
        '"She steps down on Friday and is back by Monday," Vell joked.',
        # a standing rule, a question, a habit of the acts with their objects
        "Under the guild's rules, the master names a deputy on March 3.",
        "By law, the Kesh board publishes its accounts on March 31.",
        "By custom, the reeve visits Lorrin on March 3.",
        "Whether the guild elects a new master on Saturday is unclear.",
        "Whether the guild meets on Saturday is unclear.",
        "It is unclear whether the results are announced on Friday.",
        "Nobody knows if the guild elects a new master on Saturday.",
        "Vell doubts the guild elects a new master on Saturday.",
        "The guild traditionally elects its master on March 3.",
        "The guild usually announces its catch figures on Thursday.",
        "The board releases its figures on the first Friday of each month.",
        "Each year the guild elects a new master on March 3.",
        "Tam Vell's sentences are read out on Friday.",
        "The guild's signs are repainted on Friday each year.",
        "Quarle is named in the report, which was released on Friday.",
        "The guild elects a new master on Saturday only if the quorum is met.",
        "The guild elects a new master on Saturday, unless the vote is delayed again.",
        "The ferry leaves for Lorrin on Thursdays and Sundays.",
        "The ferry usually leaves for Lorrin on Thursday.",
        # timetabled once, or not at all; a photo's caption, its scene past
        "The Kesh tolls vote was timetabled for Friday but was called off.",
        "The Kesh tolls vote is not timetabled for Friday.",
        "The Kesh ferries are timetabled for every Friday.",
        "Ines Quarle, pictured, signs the tolls accord in Lorrin on Friday.",
        "Ines Quarle signs the tolls accord on Friday in this file photo.",
        # a last day that is no deadline, or one past, denied, wished, believed, conditional
        "Friday is the last day of the Lorrin regatta.",
        "Friday is the last day for the old Brell ferry.",
        "Friday was the last day to register for the Lorrin regatta.",
        "The last day to register for the regatta was Friday.",
        "Friday is not the last day to register, the clerk said.",
        "Friday would be the last day to register if the board agreed.",
        "If Friday is the last day to register, the guild will be swamped.",
        "Last year, Friday was the last day to register for the regatta.",
        "The last day to register is usually a Friday.",
        "The last day to register is each Friday before the regatta.",
        "Thursday marks the end of the Kesh ferry strike's second week.",
        "Thursday marks the third week of the ferry strike.",
        "Friday is the last day to register, the clerk said in 2019.",
        "Friday is the last day to register, Vell said last March.",
        "Vell says Friday is the last day he will serve as reeve.",
        "Friday is the last day to register, the guild hopes.",
        "Friday, the last day to register for the regatta, passed quietly.",
        "The guild denied that Friday is the last day to register.",
        "Some skippers still think Friday is the last day to register.",
        "Some skippers think the deadline for bids is Friday.",
        # a schedule the sentence itself undoes
        "Quarle appears in court on Friday, the guild's newsletter claimed, but the court has no such listing.",
        "The Kesh court hands down its ruling on Friday, a date the clerk later withdrew.",
        "The Kesh court will hand down its ruling on Friday, a date the clerk later withdrew.",
        "The winners are named on Thursday, the guild wrongly told members last week.",
        "The winners will be named on Thursday, the guild wrongly told members last week.",
        "In the guild's play, the reeve steps down on Friday and returns on Sunday.",
        # told a month or a year ago: its weekday long gone
        "Friday is the last day to register, according to a notice from 2019.",
        "The deadline to register is Friday, according to a notice from 2019.",
        "The winners are named on Thursday, Vell said in 2021.",
        "In 2019 the guild elects a new master on March 3 and loses him a year later.",
        "The guild said it names a new master on Saturday last year.",
        "Quarle flies to Lorrin on Thursday, Vell said last March.",
        "The guild will vote on Thursday, Vell said last March.",
        "The guild will vote on Thursday, Vell said in 2019.",
        "The guild will vote on Thursday, Vell said two years ago.",
        "The guild will vote on Thursday, Vell said last year.",
        "In 2019, Vell said the guild would vote on Thursday.",
        "The regatta results are announced on Friday, a day later than last year, the guild said in 2019.",
        "The signed accord is published on Thursday, Vell said last March.",
    ],
)
def test_no_timetable_present(sentence: str) -> None:
    assert _listed(sentence) == []


@pytest.mark.parametrize(
    "sentence, when",
    [
        # a saying of a past year that tells of a thing named after the day, not of the sentence: the day stands
        ("The Calder council will vote on Friday on the bridge plan it announced last year.", "2026-03-06"),
        ("The Orlen pilots' guild will vote on Thursday on the wage deal Tamber promised in 2024.", "2026-03-05"),
        ("The Dunmore court will rule on Friday on the merger announced last year.", "2026-03-06"),
        ("The Orlen lantern regatta, which Tamber announced in 2024, opens on Saturday.", "2026-03-07"),
        ("Calder talks resume on Thursday on the pact the two guilds pledged in 2022 to sign.", "2026-03-05"),
    ],
)
def test_a_thing_said_of_long_ago_keeps_the_day(sentence: str, when: str) -> None:
    assert _listed(sentence) == [when]


@pytest.mark.parametrize(
    "sentence, when",
    [
        # an appearance is set for a day before a court or a body that sits; in a clip, a photo or a paper it is
        # a past the reporter saw (the weekday the one gone by, for the Situation's stamp as for the Next steps)
        ("Osk Tamber appears in court on Friday.", "2026-03-06"),
        ("Osk Tamber appears before the Calder harbour committee on Thursday.", "2026-03-05"),
        ("Osk Tamber appears in a clip posted on Friday.", "2026-02-27"),
        ("Osk Tamber appears in the clip on Friday, grinning.", "2026-02-27"),
        ("Osk Tamber's name appears in court papers on Friday.", "2026-02-27"),
        ("Osk Tamber appears before reporters on Friday in the clip.", "2026-02-27"),
        # a walkout is set for a day; walking out of a room is a scene
        ("Orlen dockers walk out on Friday.", "2026-03-06"),
        ("The Orlen ferry minister walks out of the wage talks on Friday.", "2026-02-27"),
    ],
)
def test_the_day_of_an_appearance_or_a_walkout(sentence: str, when: str) -> None:
    assert resolve_date(sentence, MONDAY) == when


@pytest.mark.parametrize(
    "sentence",
    [
        "Osk Tamber appears in the clip on Friday, grinning.",
        "Osk Tamber appears before reporters on Friday in the clip.",
        "The Orlen ferry minister walks out of the wage talks on Friday in a huff, aides said.",
    ],
)
def test_no_appearance_in_a_clip_nor_a_walk_out_of_a_room(sentence: str) -> None:
    assert _listed(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a part of a story told in the present, fronted or after it
        "In the third episode, the Orlen harbour master signs the wage deal on Friday and flees on Monday.",
        "In the book, Osk Tamber leaves for Parrin on Friday.",
        "The two Dunmore smugglers are sentenced on Friday in the book's final chapter.",
        "The Calder guild elects a new chair on Saturday in the novel's last chapter.",
        # a schedule a "but" tells undone since
        "Friday is the closing date for bids on the Orlen ferry, but the board extended it on Monday.",
        "The Orlen guild signs the wage deal on Friday, but the deal fell apart on Sunday.",
        "Tamber said the guild will sign the wage deal on Friday, but the talks collapsed on Sunday.",
        # a condition set off after the clause, its "that" dropped
        "The Dunmore tribunal sentences the two smugglers on Friday, provided the reports arrive.",
        "The Calder council will debate the bridge plan on Thursday, providing the quorum is met.",
    ],
)
def test_no_story_part_no_schedule_undone_no_condition(sentence: str) -> None:
    assert _listed(sentence) == []


@pytest.mark.parametrize(
    "sentence, when",
    [
        # a season or a series of games is no story; a "but" that undoes nothing; a thing provided
        ("In the new season, Calder Rovers play Dunmore United on Saturday.", "2026-03-07"),
        ("In the play-off series, Calder Rovers meet Dunmore United on Saturday.", "2026-03-07"),
        ("The Calder board meets on Friday, but few expect a deal.", "2026-03-06"),
        ("The Orlen guild will vote on Friday, provided by law with a quorum of nine.", "2026-03-06"),
    ],
)
def test_a_season_a_hopeful_but_a_thing_provided(sentence: str, when: str) -> None:
    assert _listed(sentence) == [when]


@pytest.mark.parametrize(
    "sentence, when",
    [
        # a court or a board hears a matter on a day set for it; one hears the verdict or the news in a scene
        ("The Dunmore tribunal hears the appeal on Friday.", "2026-03-06"),
        ("The Calder harbour board hears the two bids for the ferry on Thursday.", "2026-03-05"),
        ("The Dunmore smuggler hears the verdict on Friday and collapses in the dock.", "2026-02-27"),
        ("Osk Tamber hears the news on Friday while abroad.", "2026-02-27"),
    ],
)
def test_the_day_a_matter_is_heard(sentence: str, when: str) -> None:
    assert resolve_date(sentence, MONDAY) == when


@pytest.mark.parametrize(
    "sentence",
    [
        "The Dunmore smuggler hears the verdict on Friday and collapses in the dock.",
        "Osk Tamber hears the news on Friday while abroad.",
        "Osk Tamber names the two wardens on Friday in a post that he later deleted.",
    ],
)
def test_no_verdict_heard_nor_post_deleted(sentence: str) -> None:
    assert _listed(sentence) == []


@pytest.mark.parametrize(
    "sentence, when",
    [
        # the guards read the frame of the schedule, not any word of the sentence: a view or a jest in a relative
        # clause on its subject, a "whether" closed before it or "whether or not", a "will" beside a photo's mark
        ("The Calder board, which doubts the survey's figures, meets on Thursday to review them.", "2026-03-05"),
        ("The Orlen guild, which joked about the delay last year, meets on Friday.", "2026-03-06"),
        ("Whether or not the ferries run, the Orlen guild meets on Saturday.", "2026-03-07"),
        ("Orlen voters, asked whether they trust the board, go to the polls on Sunday.", "2026-03-08"),
        ("Osk Tamber, pictured, will address the Calder guild on Friday.", "2026-03-06"),
    ],
)
def test_a_guard_reads_the_frame_only(sentence: str, when: str) -> None:
    assert _listed(sentence) == [when]


@pytest.mark.parametrize(
    "sentence, when",
    [
        # a photo's caption tells a past scene in the present: its weekday is the one gone by (the Situation's stamp)
        ("Osk Tamber, pictured, signs the wage deal in Calder on Friday.", "2026-02-27"),
        ("Osk Tamber signs the wage deal on Friday in this file photo.", "2026-02-27"),
        ("Osk Tamber signs the wage deal on Friday.", "2026-03-06"),
    ],
)
def test_the_day_of_a_caption(sentence: str, when: str) -> None:
    assert resolve_date(sentence, MONDAY) == when
