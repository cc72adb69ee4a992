"""What a next step is: a sentence announcing a discrete event still to come.

`read(text)` finds the construction that points ahead — "will", "is to", "is scheduled to",
"plans to", a reported "would" ("said the assembly would convene"), "must decide", "may travel",
an event noun given a day ("the runoff is scheduled for May 9") — and the verb or noun it
governs, and says whether that is an event: a meeting, a vote, a visit, a hearing, a ruling, a
launch, a deadline. What is not: a state ("will remain in power"), a forecast of an outcome
("prices will rise", "is expected to result in"), a conditional ("would collapse if"), an
opinion ("he believed a deal would come"), a possibility ("might be raised"), a plan of the past
("was to"). Dates are not read here (briefgen.dates does that); timeline.py puts both together.
Plain word lists and a left-to-right reading of the words: no model, nothing downloaded.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from itertools import islice, pairwise, takewhile

from .clause import clause_at, subject, tense
from .dates import (
    ACTS_WITH_OBJECT,
    ARRANGED,
    MONTH_OPENING,
    OBJECT_OPENS,
    PASSIVE_OCCASIONS,
    PAST_FORMS,
    PUBLISHED,
    SCHEDULED_ACTS,
    WEEKDAY_NAME,
    WEEKDAY_WORDS,
    hears_a_matter,
    mandative,
    ordered,
    settles_occasion,
)
from .moves import MOVED_ALONE, MOVED_BY, MOVED_TO, MOVES_STRAIGHT_TO, moved_across
from .text import SENTENCE_MEMORY, stem

__all__ = [
    "A_TURN",
    "CALENDAR_ACTS",
    "COMING",
    "DENYING_VERBS",
    "DISCRETE_EVENTS",
    "EVENT_NOUNS",
    "PROCEEDINGS",
    "Reading",
    "acts_between",
    "called_off",
    "dated_present",
    "event_words",
    "fronted_present",
    "habitual",
    "hypothetical",
    "in_passing",
    "nouns_called_off",
    "nouns_put_off",
    "nouns_told_done",
    "past_clause",
    "past_verbs",
    "pending",
    "policy_act",
    "read",
    "reports_done",
    "scheduled_noun",
    "tells_standing",
    "told_in_past",
]


@dataclass(frozen=True, slots=True)
class Reading:
    """How a sentence points ahead, or why it does not.

    `kind`: "future" (will, shall, is to), "scheduled" (is scheduled/set/due/expected to, a
    present tense with a date ahead), "plan" (plans/intends/expects to), "reported" (said …
    would), "obligation" (must decide), "possible" (may), "nominal" (an event noun given a time);
    None when the sentence announces no event, `reason` then saying why. `firm`: a future that is
    stated, not hoped, weighed or required. `past`: the future of a past narrative ("was to",
    "was expected to", "had planned to"), true only if its day is still ahead. `start`: where the
    construction begins; a date after it belongs to it. `opinion`: framed as someone's view or
    expectation; `belief`: as a view ("analysts believe"), which no date makes a schedule.
    `negated`: "will not reopen until Dec. 15" dates the event by its "until"; without one
    ("will not sit before the close of the month") it names no day the event happens."""

    kind: str | None
    head: str
    start: int
    firm: bool = False
    past: bool = False
    opinion: bool = False
    belief: bool = False  # a view, not a schedule: "analysts believe the bank will cut rates in June"
    negated: bool = False  # "will not meet", "is not expected to open until May 2"
    subordinate: bool = False  # in a relative or adverbial clause ("the pact under which the army is to pull back")
    first_person: bool = False  # "we will fight on": a speaker's own resolve
    after_date: bool = False  # the event noun follows its date ("next year's elections")
    reason: str = ""

    @property
    def announces(self) -> bool:
        return self.kind is not None


def _stems(words: str) -> frozenset[str]:
    return frozenset(stem(w) for w in words.split())


# Verbs whose doing is an event one can put in a calendar (stemmed, so "meets", "met"… match).
_EVENT_VERBS = _stems(
    "meet convene reconvene gather vote elect decide rule sentence try convict acquit indict charge arraign"
    " hear testify appear question interrogate interview sign ratify approve endorse adopt pass enact veto"
    " reject accept authorize authorise name appoint nominate designate choose select announce unveil release"
    " publish issue present submit file deliver send hand transfer disclose reveal extradite deport expel free"
    " visit travel tour fly go arrive return leave depart head begin start open reopen launch resume restart"
    " close end conclude finish complete finalize finalise expire lapse hold host attend address speak talk"
    " negotiate discuss debate consider review examine investigate probe inspect audit report brief"
    " request appeal sue contest compete play race swim dive perform celebrate commemorate mark honor"
    " honour bury toast dine crown inaugurate swear install deploy withdraw evacuate strike march rally"
    " protest demonstrate boycott broadcast auction merge acquire pay compensate raise cut lower hike impose"
    " lift suspend exchange swap extend postpone delay cancel reschedule broaden formalize formalise introduce"
    " propose table implement pardon receive welcome award convene resign retire campaign tour stand run"
    " represent headline certify"
    # a broadcast or a first showing is an occasion at its hour: "the interview will air on Sunday night"
    " air premiere debut"
    # papers made public by the government that kept them secret: a release ("is expected to declassify the files")
    " declassify"
)
# Acts of policy: done by whoever holds the power, the day they are done is rarely set when they are
# promised ("would cut the levy next year", "will deport them in May"): a stance until a day is set.
_POLICY_VERBS = _stems(
    "cut raise lower hike impose lift repeal ban end scrap abolish introduce propose deport expel extend suspend"
    " implement enact overturn reform privatize privatise nationalize nationalise"
)


def policy_act(head: str) -> bool:
    """`head` (a verb) names an act of policy: see _POLICY_VERBS."""
    return stem(head.lower()) in _POLICY_VERBS


# Passive participles that stem apart from their verb.
_EVENT_VERBS |= frozenset("held sworn chosen heard tri sent brought given taken begun flown gone".split())

# The occasions of a calendar, read here once for every stage that asks. Of the event verbs, those whose
# doing one attends or waits on even with no day given: a meeting, a vote, a ruling, a hearing, a signing,
# a trip, a report (with no day, a reported "would" or an "is expected to" is a next step only for these).
CALENDAR_ACTS = _stems(
    "meet convene reconvene gather vote elect decide rule sentence try hear testify appear question interview"
    " sign ratify visit travel tour fly go arrive return leave depart report present submit file release publish"
    " announce unveil hold host attend address speak talk negotiate discuss debate consider review examine"
    " investigate inspect brief resign open close launch begin start resume declassify"
)
# Acts of a legal or a sporting calendar, and handovers, that are events with no day given: "will be charged",
# "will compete in", "will hand over 20 prisoners", "will be freed".
PROCEEDINGS = _stems("charge indict arraign extradite compete represent approve ratify hand exchange swap free")
# Verbs whose subject is the event, coming: "a decision would wait", "the vote comes on March 18".
COMING = frozenset({"wait", "come", "follow", "happen", "occur"})
# Verbs that end a plan or a hope named as their object: "scrapped plans to", "dashed hopes to".
_ENDS_A_PLAN = frozenset(
    "ended ending ends dropped dropping drops scrapped scrapping scraps shelved shelving shelves abandoned"
    " abandoning abandons dashed dashing dashes dampened dampening dampens derailed derailing derails killed"
    " killing kills halted halting halts thwarted thwarting thwarts scuttled scuttling scuttles sank sunk"
    " shattered shattering shatters crushed crushing crushes".split()
)
# Nouns that name an event, as written (their stems would take verbs along: "announced").
EVENT_NOUNS = frozenset(
    "meeting meetings summit summits talks session sessions vote votes ballot ballots election elections runoff"
    " runoffs referendum referendums poll polls primary primaries caucus caucuses hearing hearings trial trials"
    " sentencing verdict verdicts ruling decision deadline deadlines ultimatum visit visits trip trips tour conference"
    " conferences convention ceremony ceremonies inauguration funeral burial memorial parade march rally rallies"
    " protest protests demonstration demonstrations strike strikes launch launching debate debates negotiations"
    " round reopening opening celebration celebrations festival games match matches race races final finals"
    " tournament championship championships auction dinner reception gala concert premiere plenary announcement"
    " speech address signing anniversary congress handover swearing arraignment testimony deposition inquest audit"
    " recount call contest contests fair fairs expo exhibition carnival"
    # Occasions news names as often as a meeting: a plebiscite, a regatta, a marathon, a briefing, a vigil, a derby.
    " plebiscite plebiscites regatta regattas marathon marathons briefing briefings seminar seminars symposium"
    " workshop workshops lecture lectures retrial vigil vigils fundraiser fundraisers walkout walkouts synod"
    " conclave plenum derby derbies".split()
)
# One ballot under its many names: "the contest in February" and "the caucuses Feb. 23" may be one occasion. Only
# a plain vote, ballot or contest is another name of a ballot of a kind (timeline._told_again); two kinds ("the
# primary in March ... the runoff on March 24") are two occasions. Not "poll" (as often a survey: "the poll on
# Sunday by Orn Radio").
BALLOT_NOUNS = frozenset(
    "vote votes ballot ballots election elections runoff runoffs referendum referendums primary"
    " primaries caucus caucuses plebiscite plebiscites contest contests".split()
)
# The plain names of a ballot, of no kind of its own ("contest" may be any race: timeline._told_again reads a day's
# apposition, "the contest on July 4, a rowing race", as another occasion).
PLAIN_BALLOT_NOUNS = frozenset("vote votes ballot ballots contest contests".split())
# What is aired or brought out, an occasion only once a clause gives it a day of its own to be shown on: "the
# documentary, which will be on Brell television Thursday night" (timeline._its_own_day; not event nouns elsewhere: "the
# film drew crowds on Friday" tells of no occasion). Not "programme": as often a policy ("the aid programme, which
# will be in place on Friday").
AIRED_NOUNS = frozenset(
    "broadcast documentary documentaries episode episodes special film movie album interview interviews".split()
)
# The occasions a text may give as near with no day ("a ruling is expected soon"): one thing to wait on.
DISCRETE_EVENTS = frozenset(
    "meeting vote session trial hearing visit deadline launch election release decision talks ruling verdict"
    " sentencing summit".split()
)
# What one meets that is an outcome, not a meeting: "will meet their targets", "meet the deadline".
_MET_AIMS = frozenset(
    "target targets goal goals expectations expectation demands demand deadline deadlines standard standards"
    " threshold thresholds quota quotas requirement requirements needs criteria benchmark benchmarks"
    " obligations".split()
)
# A party or a title before a rival's name: "will face Democrat Tam Orr", "face Sen. Vell".
_RIVAL_TITLES = frozenset("democrat republican independent incumbent rep sen gov mayor councillor councilor".split())
# Light verbs: an event only with an event noun or one of these words after them ("take office").
_LIGHT = {
    stem("take"): frozenset({"office", "place", "effect", "part", "power", "over", "oath", "charge", "stand"}),
    # A release: "will be made public on June 2", "will make the accounts available", "made known".
    stem("make"): frozenset(
        {"decision", "announcement", "visit", "trip", "speech", "statement", "appearance", "stop", "endorsement"}
        | {"public", "available", "known"}
    ),
    # "the board will have an answer for the union by Friday": a reply owed by a day.
    stem("have"): frozenset({"response", "reply", "answer"}),
    stem("give"): frozenset({"speech", "testimony", "evidence", "address", "verdict", "decision", "statement"}),
    stem("go"): frozenset({"trial", "court", "polls", "vote", "ahead"}),
    stem("face"): frozenset(
        {"trial", "charges", "vote", "election", "court", "hearing", "judge", "jury", "voters", "off"}
    ),
    stem("get"): frozenset({"underway"}),
    # A verdict or a ruling handed down is a release to wait on: "the tasting jury will produce its verdict in May".
    stem("produce"): frozenset({"report", "ruling", "verdict", "findings"}),
    stem("kick"): frozenset({"off"}),
    # A protest put on: "will stage a rally along the Lorrin quays on Friday" (what is staged otherwise, a play, a
    # comeback, is no occasion of the news).
    stem("stage"): frozenset({"march", "protest", "rally", "strike", "walkout", "demonstration", "vigil", "sit-in"}),
    stem("carry"): frozenset({"out"}),
    # Phrasal verbs of an occasion, read whole by `is_event`: a meeting ("will sit down with the pilots"), a vote
    # ("will put the offer to a vote"). (Not "roll out" nor "lay out": a rollout is mostly spread over weeks, "by June",
    # and what a text lays out is what it covers, no occasion.)
    stem("sit"): frozenset({"down", "interview"}),
    stem("put"): frozenset({"vote", "ballot"}),
    # A contest ("will square off against Vell"), a joint campaign stop ("will join Vell on the campaign trail"), an
    # occasion called ("will call a vote", "call an election").
    stem("square"): frozenset({"off"}),
    stem("join"): frozenset({"trail", "stump"}),
    stem("call"): frozenset({"vote", "election", "referendum", "meeting", "session", "hearing", "snap"}),
    stem("set"): frozenset({"date", "deadline", "out", "off"}),
    # "will seek the extradition", not "will seek the release" or "seek ways".
    stem("seek"): frozenset(
        {"extradition", "injunction", "asylum", "approval", "permission", "ruling", "order", "warrant", "re-election"}
        | {"nomination", "vote", "talks", "meeting", "referendum", "appeal", "review", "hearing", "retrial"}
    ),
}
_LIGHT_NOUNS = {k: _stems(" ".join(v)) | v for k, v in _LIGHT.items()}
_OFF_CONTESTS = frozenset({stem("face"), stem("square")})
# What may follow the noun of an occasion called when it ends its noun phrase ("call a vote on the levy", "call a
# snap election for May", "call a meeting."): not "call an election clerk" (a witness).
_CALLED_AFTER = frozenset("on of for in at to before after by next this within over".split()) | {""}
# The verbs that open a share's trading: "will start trading in Lorrin on Thursday", "begin trading next week".
_OPENINGS = frozenset("begin begins start starts".split())
# What a body is asked to do when a decision is put to it: "will be asked on Thursday to ratify the merger" (not
# "asked to accept a pay cut", "asked to choose a deputy": a demand, or one person's pick).
_PUT_TO = _stems("approve vote ratify endorse decide elect reject")
# A deadline after an act owed: "by Friday", "no later than March 9", "by the end of the month", "by midnight Thursday".
_OWED_BY = re.compile(
    r"\b(?:by|no\s+later\s+than)\s+(?:the\s+end\s+of\s+|midnight\s+(?:on\s+)?|noon\s+(?:on\s+)?|next\s+|this\s+)?"
    r"(?:" + WEEKDAY_NAME + r"|tomorrow|" + MONTH_OPENING + r"[a-z]*\.?\s+\d"
    r"|the\s+\d|month|week)\b",
    re.I,
)
# Acts a deadline is set for besides the event verbs: "must respond by", "has to register by".
_OWED_ACTS = _stems("respond reply answer comply register repay")
# Verbs of a demand or a case argued: what they govern is someone's call, not a deadline set.
_URGING = frozenset(
    "demand demands demanded argue argues argued urge urges urged insist claim claims claimed contend contends"
    " contended maintain maintains maintained want wants wanted".split()
)
# A turn to choose: the light verbs that give it ("will have a chance to vote", "will get the opportunity to
# decide"), the words before "chance" that say whose it is, and the acts of choosing it is a turn for: a body's
# decision (_PUT_TO), not one person's pick ("a chance to pick strawberries", "to choose a book at the fair").
_GIVEN_A_TURN = frozenset({stem("have"), stem("get")})
_TURN_OWNERS = frozenset("a an the their its his her our your another one first final last".split())
_TURN_ACTS = _PUT_TO
# The reason of a reading whose event is the electorate's turn to choose (`turn_given`): the vote, for telling one
# vote twice (timeline).
A_TURN = "a turn to choose"
# "Decide" is a body's decision only with the question put to it ("a chance to decide whether to strike", "to decide
# on the merger"), not with what one picks for oneself ("to decide what to wear", "to decide their own price").
_DECIDE = stem("decide")
_DECIDE_ON = frozenset("whether on if between".split())
# Modals that make "have to" a case that may come: "may have to", "would have to" ("will have to" is a duty).
_MAYBE_MODALS = frozenset("may might could would should".split())
# Where a clause ends: the rest of a sentence after it may tell of something else.
_CLAUSE_EDGE = re.compile(r"[;:—–(]|,\s+(?:and|but|or|while|which|who)\b|\s+(?:or\s+(?:else\s+)?face|unless|if)\b")
# A day's or a month's name, no place: "is set to be in May …".
_CALENDAR_WORD = re.compile(
    WEEKDAY_NAME + r"|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
    r"|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?",
    re.I,
)
# What a body takes up (a matter before it) or a person (a post): "take up the bill", "take up the post".
_TAKEN_UP = frozenset(
    "bill bills measure motion case appeal proposal resolution nomination budget legislation petition amendment"
    " treaty post seat office".split()
)
# Nouns after "in the" that tell a part one has, not a place one is at: "in the race", "in the lead".
_NO_PLACE = frozenset("race running contest lead field hunt charge line".split())
# What a roll of honour is "of": "the Hall of Fame", "the Order of Merit", "the Roll of Honour".
_HONOURS = frozenset("fame merit honour honor".split())
# What a count of the vote counts (plural: "every ballot will be counted" is a promise, not a count set for a day).
_TALLIED = frozenset({"ballots", "votes", "returns"})
_COUNTS = frozenset({stem("count"), stem("tally")})
_INTO_FORCE = frozenset({stem("come"), stem("enter"), stem("go")})
# What is made known on a day: "the results will be known on Friday", "the winner will be known by Monday".
_MADE_KNOWN = frozenset({"results", "result", "outcome", "winner", "winners"})

# Verbs that, with an amount after them, tell an outcome: "would raise $40 million over ten years".
# So does a count of jobs: "the glassworks will cut 85 kiln jobs on Friday" tells what its cuts come to, not an
# occasion anyone attends or waits on.
_AMOUNT_VERBS = _stems("raise cut lower hike pay save cost increase reduce boost add shed slash axe eliminate create")
_AMOUNT = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:only\s+|about\s+|nearly\s+|almost\s+|roughly\s+|some\s+|more\s+than\s+|up\s+to\s+)?"
    r"(?:[$€£¥]|\d[\d.,]*\s*(?:%|percent|per\s+cent|million|billion|trillion|points?)\b"
    r"|(?:\d[\d.,]*|hundreds|thousands|dozens)\s+(?:of\s+)?(?:\w+\s+)?"
    r"(?:jobs|posts|positions|roles|workers|employees|staff|staffers)\b)",
    re.I,
)
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|\d+(?:[.,:]\d+)*|[,;:()\"“”—–]|--")
_STOPS = frozenset(';:()"“”—–') | {"--"}
# Words that may sit between an auxiliary and its verb.
# "will have to decide", "will try to reach": read through to the verb after.
_THROUGH = frozenset("have has need try seek attempt".split())
# "will start taking steps": the -ing verb says what starts.
_PHASE = frozenset("start begin continue keep stop".split())
_LY_VERBS = frozenset({"rally", "fly", "reply", "apply", "supply", "comply"})
_ADVERBS = frozenset(
    "not n't never also then probably likely possibly soon again formally officially still now first finally"
    " reportedly eventually only even later immediately quickly shortly certainly definitely personally jointly"
    " each both all once actually further already just almost expressly initially briefly separately tentatively"
    " apparently presumably perhaps maybe indeed either"
    # the degree before an adverb: "will most probably elect", "will quite possibly sign"
    " most very quite".split()
)
_FUTURE = frozenset({"will", "shall", "won't"})
_BE_PRESENT = frozenset({"is", "are", "am", "'s", "’s"})
_BE_PAST = frozenset({"was", "were"})
_BE = _BE_PRESENT | _BE_PAST
# "is scheduled to", "are expected to", "was due to" …
_SCHEDULE_WORDS = frozenset(
    "set scheduled slated due expected poised likely going about planning preparing ready supposed certain sure"
    " bound tipped penciled pencilled".split()
)
# The past of "be supposed to", right before its "to" (the words as read: "was supposed", "were once supposed").
_SUPPOSED_PAST = re.compile(r"(?:.*\s)?(?:was|were)(?:\s+\w+)?\s+supposed$")
_FIRM_SCHEDULE = frozenset("set scheduled slated due expected poised going about supposed bound".split())
# "plans to", "intends to", "expects to" (an actor's own plan).
_PLAN_WORDS = frozenset(
    "plan plans planned planning intend intends intended intending aim aims aimed hope hopes hoped want wants wanted"
    " expect expects expected promise promises promised pledge pledges pledged vow vows vowed agree agrees agreed"
    " decide decides decided threaten threatens threatened prepare prepares prepared schedule schedules wish wishes"
    " seek seeks sought".split()
)
_PAST_PLANS = frozenset(
    "planned intended aimed hoped wanted expected promised pledged vowed agreed decided threatened prepared wished"
    " sought".split()
)
# Intentions told in the pluperfect ("had planned to attend Thursday's hearing"): a plan the text no longer holds
# (not a settled decision or a deal: "had agreed to meet on May 3", "had decided to hold the vote" still stand).
_FORMER_INTENTS = frozenset("planned intended hoped wanted aimed meant".split())
# Plans that are a wish, a threat or a vow: a stance until a day is set ("vows to impose a tariff").
_WEAK_PLANS = frozenset(
    "hope hopes hoped want wants wanted wish wishes threaten threatens threatened vow vows pledge pledges promise"
    " promises".split()
)
_OBLIGATION = frozenset({"must"})
# Obligations that are events: a decision someone must take ("must decide", "must first be approved").
_OBLIGATION_VERBS = _stems("decide approve rule vote ratify accept sign choose name elect endorse reject")
# Verbs that report what someone said; a "would" after one is a reported future.
_SAYING = frozenset(
    "said says say told tell tells announced announces added adds stated states reported reports indicated indicates"
    " confirmed confirms declared declares disclosed discloses informed informs notified wrote writes explained"
    " explains according quoted insisted insists promised promises pledged vowed agreed decided ruled warned"
    " warns".split()
)
# A sitting's pause told in the past, after which "and would" tells its next day (`_Sentence.paused_before`).
_PAUSED = frozenset("adjourned recessed broke paused".split())
# Verbs of belief and forecast: what follows is someone's view of what may come.
_OPINION = frozenset(
    "believe believes believed think thinks thought predict predicts predicted fear fears feared estimate estimates"
    " estimated doubt doubts doubted suspect suspects suspected assume assumes assumed guess guessed reckon"
    " reckons reckoned bet bets expect expects expected hope hopes hoped forecast forecasts projected suggest"
    " suggests suggested speculate speculates speculated".split()
)
_PREPOSITIONS = frozenset("on of about for in over to at from with by".split())
# What may follow a place's name in "will be in Lorrin …": its day, a purpose, a clause ("later this month",
# "to meet the guild", "for talks", "as part of a tour"); a common noun there makes the name a modifier.
_PLACE_FOLLOWERS = _PREPOSITIONS | frozenset(
    "later next this early late tomorrow today tonight and as when where while ahead after before during until"
    " again too also".split()
)
_RELATIVE = frozenset("which who whom whose where".split())
_WARN = frozenset("warn warns warned warning cautioned cautions".split())
_QUESTION = frozenset("whether how why what".split())
_WEATHER_LINKS = frozenset("from of in over across along near off at with marking moving pushing".split())
# Subjects of a weather forecast: no one's schedule.
_WEATHER = frozenset(
    "air front fronts wind winds breeze breezes rain rains shower showers thundershower thundershowers"
    " thunderstorm thunderstorms snow snowfall sleet drizzle fog cloud clouds temperature temperatures"
    " humidity frost highs lows weather storm storms hurricane hurricanes typhoon typhoons cyclone cyclones tornado"
    " tornadoes blizzard blizzards gale gales hail heatwave monsoon flood floods flooding tide tides".split()
)
_ADVERBIAL = frozenset("because although though while whereas since unless once when whenever before after".split())
_TIME_CLAUSE = frozenset("after when before because as since once".split())
_OPENERS = frozenset("that which who whom whose where when while because although though and but or as if".split())
_EXPECT = frozenset("expect expects expected".split())
_CONFIDENT = frozenset("confident optimistic pessimistic convinced hopeful".split())
# "No date for the inquest is set yet", "has not fixed a day for the next round": says nothing is scheduled.
_NO_DATE = re.compile(
    r"\b(?:no|not|nor|without|never)\b(?:\W+[\w’'-]+){0,6}?\W+(?:set|sets|fixed|scheduled|schedule|announced)\b"
    r"(?:\W+[\w’'-]+){0,3}?\W+(?:date|time|timetable|deadline)\b"
    r"|\bno\b(?:\W+[\w’'-]+){0,2}?\W+(?:date|timetable|deadline)\b(?:\W+[\w’'-]+){0,4}?\W+(?:set|fixed|scheduled|announced)\b",
    re.I,
)
# "No meeting has been arranged", "no hearings are scheduled": nothing is set.
_NO_EVENT = re.compile(
    r"\bno\s+(?:[\w’'-]+\s+){0,2}?(?:"
    + "|".join(sorted(EVENT_NOUNS))
    + r")\s+(?:has|have|had|is|are|was|were)\s+(?:yet\s+|so\s+far\s+)?(?:been\s+)?"
    r"(?:set|scheduled|arranged|planned|fixed|announced|called)\b",
    re.I,
)
_CONDITIONAL = re.compile(
    # A promise for after winning office is conditional on winning: "in her first 50 weeks at the
    # helm", "if elected", "on day one".
    r"\b(?:(?:in|within)\s+(?:his|her|their|my|our|the)\s+first\s+(?:\d+|\w+)\s+(?:days|weeks|months|year)"
    r"|on\s+day\s+one|if\s+elected|(?:once|when)\s+(?:in\s+office|elected|sworn\s+in)"
    r"|(?:first|1st)\s+(?:day|week|month|year|term)\s+(?:in\s+office|as\s+\w+))|\b(?:if|unless|otherwise|provided\s+that|as\s+long\s+as|in\s+case|only\s+when|only\s+once|in\s+cases\s+where"
    r"|in\s+the\s+event\s+(?:that|of)|whenever)\b"
    # a condition set off after the clause, "that" dropped: "…on Friday, provided the reports arrive"
    r"|,\s+provid(?:ed|ing)\s+(?!by\b)"
    # … and what a hypothetical would tell: "a surplus that size would signal that the board will cut
    # the levy in May" infers a step nobody set
    r"|\b(?:would|could|might|may)\s+(?:also\s+|well\s+)?(?:signal|suggest|mean|indicate|imply)\b",
    re.I,
)
# Every match of _CONDITIONAL holds one of these (in any case, as a word or part of one): "first" or "1st",
# "day", "if", "office", "elected", "sworn", "unless", "otherwise", "provid(ed)", "long", "case", "only",
# "event", "whenever", "signal", "suggest", "mean", "indicat(e)", "impl(y)". A sentence with none of
# them is not tried (`_conditional`). An alternative added to _CONDITIONAL needs one of its words here.
_CONDITIONAL_WORDS = re.compile(
    r"first|1st|day|if|office|elected|sworn|unless|otherwise|provid|long|case|only|event|whenever"
    r"|signal|suggest|mean|indicat|impl"
)
# The letters an IGNORECASE pattern matches to ASCII "i" or "s" that lower() does not make so (dotted
# capital I, dotless i, long s): a sentence with one of them is tried whatever its words.
_CASE_FOLDS_APART = re.compile("[\u0130\u0131\u017f]")


def _may_hold(words: re.Pattern[str], text: str) -> bool:
    """Whether `text` may hold a match of an IGNORECASE pattern every match of which holds one of
    `words` (lower-case literals): lower() of the text has one of them, or the text has a letter the
    pattern folds to an ASCII one that lower() does not. False only when no match can be found, so a
    pattern tried only when this is true finds what it finds everywhere (a gate: a cost, never a result)."""
    return (not text.isascii() and _CASE_FOLDS_APART.search(text) is not None) or words.search(text.lower()) is not None


def _conditional(text: str) -> bool:
    """`_CONDITIONAL.search(text) is not None`, tried only when the sentence may hold one of the words
    every match holds (`_may_hold`). Most sentences are not conditional, and the pattern, tried at every
    character, is one of the costlier of `read`."""
    return _may_hold(_CONDITIONAL_WORDS, text) and _CONDITIONAL.search(text) is not None


# Participles, irregular or in -ed/-en: "will be held", "is to be signed".
_IRREGULAR_PARTICIPLES = frozenset(
    "held sworn chosen heard sent brought given taken begun flown gone made done seen shown known paid built set"
    " put cut shut run won lost sold told found left met read led struck spent written spoken broken driven"
    " fallen forgotten frozen hidden ridden risen stolen beaten bitten proven overtaken undertaken withdrawn"
    " drawn thrown grown".split()
)


def event_words(text: str) -> frozenset[str]:
    """The stems of a text's words that name an event (verbs and nouns)."""
    words = [w.lower() for w in _WORD.findall(text)]
    return frozenset(w for w in words if w in EVENT_NOUNS) | frozenset(s for s in map(stem, words) if s in _EVENT_VERBS)


def acts_between(text: str, start: int, end: int) -> bool:
    """Some word of text[start:end] is a verb naming an event ("will speak at", "are to hold", "will face
    Orr in", "will probably not debate"), or a light verb with its event ("will take part in"); a word that
    is also an event noun counts only after an auxiliary, "to", "not" or an adverb ("the race for" does not)."""
    s = _tokens(text)
    for k, (word, offset) in enumerate(zip(s.words, s.offsets, strict=True)):
        if not start <= offset < end:
            continue
        previous = s.words[k - 1] if k else ""
        if word in EVENT_NOUNS and previous not in _BEFORE_A_VERB and not _adverb(previous):
            continue
        if s.is_event(k, word) or s.is_event(k, _GOES.get(word, "")):
            return True
    return False


# Third persons the stemmer leaves apart from their verb ("goes" -> "goe").
_GOES = {"goes": "go", "does": "do"}
# Words after which an event noun is a verb: "will vote", "to debate", "not march".
_BEFORE_A_VERB = _FUTURE | {"would", "to", "not", "n't", "never", "can", "could", "may", "might", "must", "should"}


def _is_participle(word: str) -> bool:
    return word in _IRREGULAR_PARTICIPLES or (len(word) > 3 and word.endswith("ed"))


# Words of a sentence that says, urges or judges a "must": a demand or a view, no deadline set.
_NOT_A_DEADLINE = _SAYING | _URGING | _OPINION


# A sentence's words are read by several of the readings below (`read`, `_moved_to_a_day`,
# `dated_present` …), one after another for the same text: the last few are kept, read once.
# Nothing changes a `_Sentence` once made (its words and offsets are only read), so sharing one
# changes no reading.
_TOKENISED = 16


@functools.lru_cache(maxsize=_TOKENISED)
def _tokens(text: str) -> _Sentence:
    """`_Sentence(text)`, the same object for the same text while it is among the last few read."""
    return _Sentence(text)


class _Sentence:
    def __init__(self, text: str) -> None:
        found = list(_WORD.finditer(text))
        self.text = text
        self.words = [m.group(0).lower().replace("’", "'") for m in found]
        self.offsets = [m.start() for m in found]

    def head(self, i: int) -> tuple[int, str]:
        """The verb after an auxiliary at words[i - 1]: adverbs skipped, "be able to", "have to"
        and "be" + participle or -ing read through. (index, "" when none)."""
        words = self.words
        j = self.skip_adverbs(i)
        if j + 2 < len(words) and words[j] == "be" and words[j + 1] == "able" and words[j + 2] == "to":
            j += 3
        elif j + 1 < len(words) and words[j] in _THROUGH and words[j + 1] == "to":
            j += 2  # "will have to decide", "will try to reach": the verb after
        elif j + 1 < len(words) and words[j] in _PHASE and words[j + 1].endswith("ing"):
            j += 1  # "will start taking steps": the -ing verb says what starts
        if j < len(words) and words[j] == "be":
            k = j + 1
            while k < len(words) and words[k] in _ADVERBS:
                k += 1
            if k < len(words) and (_is_participle(words[k]) or words[k].endswith("ing")):
                if any(w in ("until", "till", "through") for w in words[k + 1 : k + 4]):
                    return k, "be"  # "will be closed until December": a state that lasts, not an event
                return k, words[k]
            return j, "be"
        return (j, words[j]) if j < len(words) else (j, "")

    def names_someone(self, k: int) -> bool:
        """words[k] is a person: a name (capitalised) or a pronoun ("for Vell", "against him")."""
        if k >= len(self.words):
            return False
        return self.words[k] in ("him", "her", "them", "me", "us") or self.text[self.offsets[k]].isupper()

    def must(self, start: int, head: int) -> bool:
        """ "have to" or "need to" between an auxiliary and its verb."""
        words = self.words
        return any(
            w in ("have", "need") and words[k + 1 : k + 2] == ["to"] for k, w in enumerate(words[start:head], start)
        )

    def skip_adverbs(self, i: int) -> int:
        words = self.words
        while i < len(words) and (words[i] in _ADVERBS or (words[i].endswith("ly") and words[i] not in _LY_VERBS)):
            i += 1
        return i

    def negated(self, start: int, head: int) -> bool:
        # "isn't planning to", "doesn't plan to": a contracted "not" is one word with its verb
        return any(w in ("not", "n't", "never") or w.endswith("n't") for w in self.words[start:head])

    def is_event(self, index: int, word: str) -> bool:
        """The verb at `index` (or the noun, for "be") names an event."""
        s = stem(word)
        if s in _AMOUNT_VERBS and _AMOUNT.match(self.text, self.offsets[index] + len(word)):
            return False  # "would raise only $40 million", "will cut 5 percent": an outcome, not an event
        if s == stem("run") and self.words[index + 1 : index + 2] in (["out"], ["through"], ["until"], ["till"]):
            return False  # "expect to run out of ferry passes": an outcome; "the ad will run through May": a state
        if s == stem("compete") and self.words[index + 1 : index + 2] == ["for"]:
            return False  # "will compete for time and attention": a rivalry, not a contest
        if s == stem("meet") and set(self.words[index + 1 : index + 5]) & _MET_AIMS:
            return False  # "insist they will meet their targets": an outcome, not a meeting
        if s == stem("take") and self.words[index + 1 : index + 2] == ["up"]:
            # a body taking up a matter, someone a post: "the senate will take up the tolls bill on Tuesday"
            return bool(set(self.words[index + 2 : index + 6]) & _TAKEN_UP)
        into_force = bool({"force", "effect"} & set(self.words[index + 2 : index + 4]))
        if s in _INTO_FORCE and self.words[index + 1 : index + 2] == ["into"] and (into_force or s != stem("go")):
            # a law or a treaty taking effect: "the treaty will enter into force on April 1", "the tolls will go into
            # effect on Friday" ("enter the race" is not; "go into session" is read as before)
            return into_force
        if s in _COUNTS:
            return self.tallies(index)
        if word == "known" and self.words[index - 1 : index] == ["be"]:
            # "the results will be known on Friday": the results given out, an occasion
            return bool(set(self.words[max(0, index - 6) : index]) & _MADE_KNOWN)
        if word == "trading" and self.words[index - 1 : index] and self.words[index - 1] in _OPENINGS:
            # "Varnese Shipping's stock will start trading in Lorrin on Thursday": a listing's first day, an occasion
            # (not "begin trading insults", its object another thing)
            return self.words[index + 1 : index + 2] in ([], ["on"], ["in"], ["at"], ["next"], ["this"], ["."])
        if word == "asked" and self.words[index - 1 : index] == ["be"]:
            # "members will be asked on Thursday to ratify the merger": a body's decision put to it, an occasion
            # (not "will be asked to pay more": a demand)
            asked = self.words[index + 1 : index + 6]
            to = asked.index("to") if "to" in asked[:4] else -1
            return 0 <= to < len(asked) - 1 and stem(asked[to + 1]) in _PUT_TO
        if s == stem("stage"):
            # "will stage a march": the verb, its protest the object ("take centre stage at the congress" is a noun)
            staged = set(self.words[index + 1 : index + 4])
            before = self.words[index - 1] if index else ""
            return before not in _DETERMINERS | {"centre", "center"} and bool(staged & _LIGHT[stem("stage")])
        if s == stem("sit"):
            # a meeting or an interview; not "the crowd will sit down", "sit for hours"
            return self.words[index + 1 : index + 3] == ["down", "with"] or (
                self.words[index + 1 : index + 2] == ["for"] and "interview" in self.words[index + 2 : index + 5]
            )
        if s == stem("call"):
            # an occasion called: "will call a vote on the levy", "call a snap election"; not "call for a vote" (a
            # demand), "call off the vote" (a cancelling), "call the vote a sham", "call the election for Vell" (a
            # winner named)
            # (the noun must end its noun phrase: not "call an election clerk", "a vote of thanks"; nor the called
            # thing named a second thing: "call a vote for Vell a vote for chaos")
            called = [*self.words[index + 1 : index + 5], "", "", ""]
            if called[0] not in ("a", "an", "snap", "fresh", "early", "new"):
                return False
            noun = next((j for j in (1, 2) if called[j] in _LIGHT[stem("call")] - {"snap"}), None)
            return (
                noun is not None
                and called[noun + 1] in _CALLED_AFTER
                and called[noun + 1 : noun + 3] != ["of", "thanks"]
                and not {"a", "an"} & set(self.words[index + noun + 2 : index + noun + 6])
                and "sham" not in self.words[index + 2 : index + 6]
            )
        if s in _OFF_CONTESTS and self.words[index + 1 : index + 2] == ["off"]:
            # a contest: "will square off against Vell", "face off in Brell"; not a quarrel ("will face off with the
            # board over fees": what they dispute, not an occasion)
            return "over" not in self.words[index + 2 : index + 16]
        if s == stem("join"):
            # a campaign stop together: "will join Vell on the campaign trail", "on the stump"
            # (not "on the trail of the missing barge": a search)
            joined = self.words[index + 1 : index + 8]
            campaign = any(joined[j : j + 2] == ["campaign", "trail"] for j in range(len(joined) - 1))
            return "on" in joined and ("stump" in joined or campaign)
        if s == stem("put"):
            # a vote called: "will put the offer to a vote" ("put to the vote"), not "put it to rest"
            tail = self.words[index + 1 : index + 9]
            return any(tail[j] == "to" and tail[j + 2 : j + 3] in (["vote"], ["ballot"]) for j in range(len(tail) - 2))
        if self.turn_given(index, word):
            return True  # "the members will have their chance to vote on Thursday": the vote, set for its day
        if s == stem("face") and self.rival_after(index):
            return True  # "will face Tam Orr in May": a contest with a named rival
        # "made public": a light verb's irregular participle reads as its verb (not "given", an event's own)
        light = s if s in _EVENT_VERBS else next((v for v in _PAST_OF.get(word, ()) if v in _LIGHT_NOUNS), s)
        if light in _LIGHT_NOUNS:
            s = light
            after = set(self.words[index + 1 : index + 5])
            return bool((after | {stem(w) for w in after}) & _LIGHT_NOUNS[s] or after & EVENT_NOUNS)
        return s in _EVENT_VERBS

    def turn_given(self, index: int, word: str) -> bool:
        """The verb `word` at `index` tells the electorate's turn to choose, the vote itself, given by a light verb
        (`turn_to_choose`): "the members will have their chance to vote on Thursday"."""
        return stem(word) in _GIVEN_A_TURN and self.turn_to_choose(index)

    def turn_to_choose(self, index: int) -> bool:
        """The light verb at `index` gives a body its turn to choose: "will have a chance to vote", "will get their
        opportunity to decide", "have the chance to ratify the pact", "to make their voice known". The turn is the
        vote or the decision itself, an occasion with its day (not "will have a chance to win", "to rest": an
        outcome or a pastime)."""
        given = self.words[index + 1 : index + 9]
        k = 1 if given[:1] and given[0] in _TURN_OWNERS else 0
        if given[k : k + 1] not in (["chance"], ["opportunity"]) or given[k + 1 : k + 2] != ["to"]:
            return False
        act = given[k + 2 : k + 6]
        # (a vote's idiom: "to make their voice known"; "… heard" is read as a hearing, an event of its own)
        voiced = act[:1] == ["make"] and act[2:3] in (["voice"], ["voices"]) and act[3:4] == ["known"]
        if act[:2] == ["elect", "to"]:
            return False  # "a chance to elect to retire": to choose to do something, no election
        if act[:1] and stem(act[0]) == _DECIDE and act[1:2] and act[1] not in _DECIDE_ON:
            return False  # "a chance to decide what to wear", "to decide their own price": a pick
        return voiced or stem(act[0] if act else "") in _TURN_ACTS

    def owed_by(self, i: int, index: int, head: str) -> bool:
        """The verb at `index`, under "must" or "has to" at words[i], is an act owed by a day its clause gives:
        "each rowing club must file its crew list by Saturday", "has to respond no later than March 9". A deadline is an
        occasion whatever the act; without one, "must file" is a duty, not an event set for a day."""
        act = stem(head)
        if act not in _EVENT_VERBS and act not in _OWED_ACTS:
            return False
        if not _NOT_A_DEADLINE.isdisjoint(self.words):
            # "the guild says the board must resign by Friday", "protesters demand the reeve must resign by
            # Friday", "critics argue …": a demand or a view, not a deadline set (and who set one, "…, the board
            # ruled on Monday", is left to the reading of a told future)
            return False
        if i > 0 and self.words[i] in ("has", "have") and self.words[i - 1] in _MAYBE_MODALS:
            return False  # "may have to respond by Friday", "would have to register by Friday": a case, not a duty
        if self.words[0] in ("should", "were", "had"):
            return False  # "Should the bill pass, firms must register by Friday": a condition put first
        if reports_done(self.text, head):
            return False  # "must file by Friday, but it filed them on Monday": met already
        clause = _CLAUSE_EDGE.search(self.text, self.offsets[index])
        return _OWED_BY.search(self.text, self.offsets[index], clause.start() if clause else len(self.text)) is not None

    def at_a_place(self, index: int) -> bool:
        """words[index] opens a named place: "in Lorrin", "at the Lorrin boatyard" (not "in talks", "at risk")."""
        if self.words[index : index + 1] not in (["in"], ["at"]):
            return False
        k = index + 2 if self.words[index + 1 : index + 2] == ["the"] else index + 1
        if k >= len(self.words) or not self.text[self.offsets[k]].isupper():
            return False
        if _CALENDAR_WORD.fullmatch(self.words[k].rstrip(".").removesuffix("'s").removesuffix("’s")):
            return False
        # (a race or a contest is no place one visits: "will be in the Lorrin race in May" tells a candidacy)
        phrase = takewhile(lambda w: w not in _PREPOSITIONS and w not in _STOPS and w != ",", self.words[k:])
        if any(w in EVENT_NOUNS or w in _NO_PLACE for w in islice(phrase, 5)):
            return False
        name = self.words[k : k + 6]
        if self.words[index] == "in" and any(w in _HONOURS and name[j - 1] == "of" for j, w in enumerate(name) if j):
            return False  # "will be in the Rowing Hall of Fame on Friday": an honour held, no place one visits
        return self.words[index] == "at" or self.proper_place(k)

    def proper_place(self, k: int) -> bool:
        """The words from words[k] are a place's own name and no more: "in Lorrin on Friday", "in Upper Brell
        later this month". "In" before a name and a common noun, a possessive, a number or a letter tells a
        membership or a state, not where someone will be: "in the Lorrin squad", "in the Bank's target range",
        "in Chapter 11", "in Group B", "in Bear Market territory"."""
        for j in range(k, min(len(self.words), k + 6)):
            w = self.words[j]
            if not self.text[self.offsets[j]].isupper():
                return w in _PLACE_FOLLOWERS or not w[:1].isalpha()
            if w.endswith(("'s", "’s", "'", "’")) or len(w) == 1 or any(c.isdigit() for c in w):
                return False
            if j + 1 < len(self.words) and self.words[j + 1][:1].isdigit():
                return False  # "Chapter 11", "Pier 4"
        return j + 1 >= len(self.words)

    def tallies(self, index: int) -> bool:
        """The "count" (or "tally") at `index` is a count of the vote, an occasion: "the ballots will be counted on
        Friday", "the clerks will count the votes on Friday"; not a worth ("every vote will count", "the
        late ballots will be counted as spoiled", "will count toward the total")."""
        after = self.words[index + 1 : index + 4]
        if after[:1] and after[0] in ("as", "toward", "towards", "for", "against", "in", "among"):
            return False
        if self.words[index].endswith("ed"):  # the passive: the ballots are its subject, "be" before it
            passive = bool(set(self.words[max(0, index - 3) : index]) & (_BE_ANY | {"being"}))
            subject = []  # back to the clause's opening: "ballots in the Lorrin ward race will be counted"
            for w in reversed(self.words[max(0, index - 12) : index]):
                if w in _STOPS or w == "," or w in _OPENERS or w in _SAYING:
                    break
                subject.append(w)
            # a participle after the ballots tells which ones, and a day there is theirs: "ballots cast on
            # Tuesday will be counted first", "votes mailed by Friday will be counted"
            described = any(w == "cast" or (w.endswith("ed") and w not in _BE_ANY) for w in subject)
            return passive and bool(set(subject) & _TALLIED) and not described
        counted = after[1:2] if after[:1] and after[0] in _DETERMINERS else after[:1]
        return bool(counted) and counted[0] in _TALLIED

    def rival_after(self, index: int) -> bool:
        """A name follows the verb at `index`, after at most a party or a title: "face Democrat Tam Orr",
        "face Orr" (not "face Orr's anger": a possession, not a person)."""
        name: list[str] = []
        for k in range(index + 1, min(len(self.words), index + 6)):
            w = self.words[k]
            if not self.text[self.offsets[k] : self.offsets[k] + 1].isupper():
                break
            if name or w.rstrip(".") not in _RIVAL_TITLES:
                name.append(w)
        return bool(name) and not name[-1].endswith(("'s", "’s"))

    def subject(self, before: int) -> list[str]:
        """The words between the clause's opening and the construction at `before`: its subject."""
        words: list[str] = []
        for k in range(before - 1, max(-1, before - 7), -1):
            w = self.words[k]
            previous = self.words[k - 1] if k else ""
            if w == "that" and previous in _PREPOSITIONS:
                words.append(w)  # "a decision on that question": a determiner, not a clause
                continue
            if w in _STOPS or w == "," or w in _OPENERS or w in _SAYING:
                break
            words.append(w)
        return words

    def weather(self, before: int) -> bool:
        """The subject of the construction at `before` is the weather: "a few thundershowers will",
        "winds from the west will", "a front marking the edge of the milder air will" (not "the air
        force will", "front-line troops will")."""
        subject = self.subject(before)  # nearest word first
        while subject and (subject[0] in _BE or _adverb(subject[0])):
            subject = subject[1:]  # "rain is likely to", "snow is now expected to": the subject before its verb
        if not subject:
            return False
        if subject[0] in _WEATHER:
            return True
        ordered = list(reversed(subject))
        return any(w in _WEATHER and after in _WEATHER_LINKS for w, after in pairwise(ordered))

    def asks(self, before: int) -> bool:
        """The construction at `before` is in an indirect question: "how many will return",
        "whether the court will rule", "why talks will fail"."""
        for k in range(before - 1, max(-1, before - 8), -1):
            w = self.words[k]
            if w in _QUESTION:
                return True
            if w in _STOPS or w == "," or w in _OPENERS or w in _SAYING:
                return False
        return False

    def framed_as_opinion(self, before: int) -> int:
        """A verb of belief or forecast governs the construction at `before`: 2 for a view ("she
        thought a pact would be signed", "analysts predict", "is confident that"), 1 for an
        expectation ("officials expect the hotel will reopen Nov. 9"), 0 for neither."""
        for k in range(before - 1, max(-1, before - 16), -1):
            w = self.words[k]
            if w in _STOPS:
                return 0
            if w in _WARN:
                return 1  # "warned that Clinton would appoint …": a warning is a forecast
            if w in _OPINION:
                previous = self.words[k - 1] if k else ""
                following = self.words[k + 1] if k + 1 < len(self.words) else ""
                # "is expected to", "are expected to": a schedule, not a view; "expects to": a plan.
                if previous in _BE or previous in ("be", "been", "being") or following == "to":
                    continue
                return 1 if w in _EXPECT else 2
            if w in _CONFIDENT:
                return 2
        return 0

    def subordinate(self, before: int) -> bool:
        """The construction at `before` is in a relative or adverbial clause ("the accord under
        which the army is to pull back", "wiring that will be examined", "because it will leave"),
        not the sentence's own statement nor a reported one ("said that talks will resume")."""
        for k in range(before - 1, max(-1, before - 12), -1):
            w = self.words[k]
            if w in _STOPS or w == ",":
                return False  # "the envoys, who met on Monday, will report": the aside has closed
            if w in _RELATIVE or w in _ADVERBIAL:
                return True
            if w == "that":
                previous = self.words[k - 1] if k else ""
                if previous in _PREPOSITIONS:
                    continue  # "a ruling on that point would come later": a determiner, not a clause
                if previous in _SAYING:
                    return self.said_aside(k - 1)
                return previous not in _OPINION and previous not in _CONFIDENT
            if w in _SAYING:
                return self.said_aside(k)
        return False

    def said_aside(self, saying: int) -> bool:
        """The verb of saying at `saying` is itself in an adverbial or relative clause: "though she
        has told the board she will back the plan, the Varna wards …"."""
        for k in range(saying - 1, max(-1, saying - 6), -1):
            w = self.words[k]
            if w in _STOPS or w == "," or w == "that":
                return False
            if w in _ADVERBIAL or w in _RELATIVE:
                return True
        return False

    def narrated(self, before: int) -> bool:
        """The saying verb of a reported "would" sits in a time clause of a story told in the past
        ("issued the warrant after Interpol warned that he would leave"): the future of that past."""
        saying = next((k for k in range(before - 1, -1, -1) if self.words[k] in _SAYING), None)
        if saying is None:
            return False
        return any(w in _TIME_CLAUSE for w in self.words[max(0, saying - 3) : saying])

    def reported(self, before: int) -> bool:
        """A verb of saying precedes the construction at `before` in the sentence, or follows it
        ("…would convene again, the speaker said")."""
        return any(w in _SAYING for w in self.words[:before]) or any(
            w in _SAYING for w in self.words[before + 2 :] if w not in ("promised", "pledged", "vowed")
        )

    def paused_before(self, before: int) -> bool:
        """The "would" at `before` follows "and" after a past of a sitting's pause, of the same subject and clause:
        "the assembly adjourned Friday and would reconvene on Nov. 25", "the talks broke off and would resume
        Monday": the report tells the sitting's next day (not "met and would vote" nor "won and would sign": no
        pause; not across a comma, a new clause)."""
        words = self.words
        if before < 2 or words[before - 1] != "and" or words[before + 1 : before + 2] in (["not"], ["never"]):
            return False  # (nor "adjourned and would not return until January": a denial, leave it out)
        for k in range(before - 2, max(-1, before - 6), -1):
            if re.search(r"[,;:—–()]|--", self.text[self.offsets[k] : self.offsets[before]]):
                return False
            if words[k] in _PAUSED and (words[k] != "broke" or words[k + 1 : k + 2] in (["off"], ["up"])):
                return True
        return False


# A sentence's reading depends on its words alone, while what it announces (timeline.announcement)
# depends on its article's day too: a wire sentence carried by articles of several days is read
# here once. (A Reading is frozen: sharing one changes nothing.)
@functools.lru_cache(maxsize=SENTENCE_MEMORY)
def read(text: str) -> Reading:
    """How `text` points ahead: see Reading. Of the constructions that govern an event, the first
    stated as a future of the present wins ("plans, initially expected to be announced on the
    5th, will now be disclosed …" reads the "will"); when none governs an event, the reading says
    what the first one governs instead."""
    if _conditional(text):
        return Reading(None, "", 0, reason="conditional")
    if _NO_DATE.search(text) or _NO_EVENT.search(text):
        return Reading(None, "", 0, reason="no date set")
    if _NO_PLANS.search(text):
        return Reading(None, "", 0, reason="no plans")  # "had no plans to extradite him"
    s = _tokens(text)
    events: list[Reading] = []
    first_other: Reading | None = None
    for i, word in enumerate(s.words):
        if word not in _OPENS and not word.endswith("'ll"):
            continue  # no construction starts at this word (see _construction)
        found = _construction(s, i)
        if found is None:
            continue
        kind, firm, past, start_head = found
        index, head = s.head(start_head)
        if kind in ("future", "scheduled") and "able" in s.words[start_head:index]:
            # "will be able to hold a canvass of their own": what someone can do, not an event set for a day
            # (but "should be able to reopen by May": a maybe, read as one)
            first_other = first_other or Reading(None, head, s.offsets[i], reason="an ability")
            continue
        if kind in ("future", "reported") and s.must(start_head, index):
            kind, firm = "obligation", False  # "will have to decide", "would need to cut": a necessity
        reading = _governed(s, i, kind, firm, past, index, head)
        subject = s.subject(i)
        if reading.announces and (
            s.negated(max(0, i - 2), index + 1) or set(subject) & _NOBODY or subject[-1:] == ["no"]
        ):
            # "will not meet"; "neither will appear", "none will attend"; "no vote will be held"
            reading = replace(reading, negated=True)
        if reading.announces and kind == "scheduled" and {"had", "been"} <= set(s.words[max(0, i - 4) : i]):
            # "had been expected to visit as early as next week": a plan the text no longer holds
            reading = Reading(None, head, reading.start, reason="plan of the past")
        if (
            reading.announces
            and kind == "plan"
            and s.words[i] in _FORMER_INTENTS
            and "had" in s.words[max(0, i - 2) : i]
        ):
            # "had planned to attend Thursday's hearing": as "had been expected to", an intention of the past
            reading = Reading(None, head, reading.start, past=True, reason="plan of the past")
        if reading.announces and kind == "scheduled" and _SUPPOSED_PAST.match(" ".join(s.words[max(0, i - 2) : i + 1])):
            # "was supposed to address the guild on Thursday": in the past, what should have happened and (so the
            # phrase tells) did not; not "is supposed to", a schedule standing
            reading = Reading(None, head, reading.start, reason="plan of the past")
        if reading.announces and s.words[i] in ("likely", "poised"):
            # "is likely to run again in two years", "is poised to face Orr in May": a forecast
            reading = replace(reading, opinion=True, belief=True)
        if reading.announces and kind == "reported" and s.narrated(i):
            reading = replace(reading, past=True)
        if reading.announces and s.weather(i):
            # "a cold front will bring rain to the coast": a forecast, nobody's schedule
            reading = Reading(None, head, reading.start, reason="weather")
        elif reading.announces and s.asks(i):
            # "did not say how many investigators will return": a question, not an announcement
            reading = Reading(None, head, reading.start, reason="question")
        if reading.announces and s.subordinate(i):
            reading = replace(reading, subordinate=True)
        if reading.announces and (set(s.subject(i)) & {"i", "we", "you"} or s.words[i].startswith(("i'", "we'"))):
            reading = replace(reading, first_person=True)
        if reading.announces:
            events.append(reading)
        else:
            first_other = first_other or reading
    if events and _FORECAST_AFTER.search(text):
        # "the levy will pass in April, aides predict": a view, told after it as before it
        events = [replace(r, opinion=True, belief=True) for r in events]
    if events:
        return next((r for r in events if not r.past and not r.opinion), events[0])
    nominal = _nominal(s)
    if nominal is not None:
        return nominal
    return first_other or Reading(None, "", 0, reason="no future")


# A verb of belief or forecast ending the sentence, after its subject: "…, aides predict", "…, he believes".
_FORECAST_AFTER = re.compile(
    r",\s*(?:[\w’'.-]+\s+){1,5}?(?:predicts?|predicted|believes?|believed|thinks?|thought|fears?|feared|forecasts?"
    r"|suspects?|suspected|reckons?|reckoned|bets?|guess(?:es|ed)?|speculates?|speculated)\s*[.!]?[”\"]?$",
    re.I,
)


# Nouns an infinitive can describe rather than schedule: "the only way to reach it is to travel".
_PURPOSE = frozenset(
    "way goal aim objective idea task job solution answer challenge priority hope intention purpose mission"
    " strategy point key trick rule problem question option alternative choice tendency temptation".split()
)


def _adverb(word: str) -> bool:
    """ "widely", "also", "now": a word between an auxiliary and what it governs."""
    return word in _ADVERBS or (word.endswith("ly") and word not in _LY_VERBS and len(word) > 4)


# The words a construction pointing ahead can start at (besides a contracted "'ll").
_OPENS = (
    _FUTURE
    | _SCHEDULE_WORDS
    | _PLAN_WORDS
    | _OBLIGATION
    | {"to", "would", "has", "have", "may", "should", "be", "voted"}
)


def _verb_before(words: list[str], i: int) -> str:
    """The word before words[i], adverbs skipped (three words back at most)."""
    return next((x for x in reversed(words[max(0, i - 3) : i]) if not _adverb(x)), "")


_PERFECT_MODALS = frozenset("may might could should must would".split())


def _construction(s: _Sentence, i: int) -> tuple[str, bool, bool, int] | None:
    """The construction pointing ahead that starts at words[i]: (kind, firm, past, index of the
    word its verb follows), or None."""
    words = s.words
    w = words[i]
    previous = words[i - 1] if i else ""
    after = words[i + 1] if i + 1 < len(words) else ""
    noun_before = previous in _DETERMINERS or previous in _QUANTIFIERS or previous.endswith("'s")
    third = words[i + 2] if i + 2 < len(words) else ""
    if w in _PERFECT_MODALS and after == "have" and (third == "been" or _is_participle(third)):
        return None  # "may have contributed", "would have voted": a past maybe, nothing ahead
    if w in _FUTURE or w.endswith("'ll"):
        return "future", True, False, i + 1
    if w == "to" and previous in _BE:
        if any(x in _PURPOSE for x in words[max(0, i - 9) : i - 1]):
            return None
        return "future", True, previous in _BE_PAST, i + 1  # "is to meet", "is to be signed", "was to"
    if w == "to" and after == "be" and (previous == "," or previous in EVENT_NOUNS) and _is_participle(third):
        # A reduced relative clause on a noun: "a lecture on tides, to be given Thursday", "a ballot to be
        # held in May": the noun's event, set for that day.
        return "future", True, False, i + 1
    if w == "to" and after == "be" and third in PUBLISHED and _reduced(words, i) and _release_stands(words, i + 3):
        # The same on a thing released: "a songbook to be issued on Thursday collects …" (not any noun's:
        # "the bridge to be built next year" tells of a bridge, not a day set)
        return "future", True, False, i + 1
    released = third == "be" and words[i + 3 : i + 4] and words[i + 3] in PUBLISHED
    if (
        w in _SET_FOR
        and after == "to"
        and released
        and _reduced(words, i)
        and _verb_before(words, i) not in _BE_ANY
        and _release_stands(words, i + 4)
    ):
        return "scheduled", True, False, i + 2  # "a recording, due to be issued in the autumn, runs …"
    if w == "to" and ordered(words, i):
        # "the judge ordered Varg to appear in court on May 4", "a writ directing Orla to report": an
        # order or a summons sets the event it names, whatever tense the order is told in
        # (not firm: with no day of its own, an order says nothing set for a day)
        return "scheduled", False, False, i + 1
    if w == "be" and previous not in _BEFORE_A_VERB and _is_participle(after) and mandative(words, i):
        # "a magistrate ordered that the seized nets be returned by Wednesday": the mandative "be" of an order,
        # as "ordered the guild to release" (not firm, as there)
        return "scheduled", False, False, i
    if w in _SCHEDULE_WORDS and after == "to":
        auxiliary = _verb_before(words, i)
        if auxiliary in _BE or auxiliary in ("be", "been"):
            return "scheduled", w in _FIRM_SCHEDULE, auxiliary in _BE_PAST, i + 2
    # "ended plans to rebuild", "dampened hopes to": a plan named as the object of a verb that ends it,
    # nobody's plan now ("confirmed plans to", "unveiled plans to" announce it: they stay)
    object_of_verb = w in ("plans", "hopes") and previous in _ENDS_A_PLAN
    # The day the plan was made may stand between the verb and its "to": "agreed on Monday to meet
    # again on Friday", "decided Tuesday to hold a ballot".
    if w in _PAST_PLANS and after != "to":
        told = _told_day(words, i + 1)
        if told and words[told : told + 1] == ["to"]:
            after, i = "to", told - 1
    if w == "voted":
        # A vote's outcome that is an act to come: "the pilots voted on Sunday to stage a walkout on Friday" (the
        # vote's own day told, the act's another), "the council voted to hold a referendum on May 3" (an occasion
        # settled on). Not "voted to approve the budget": the vote was the approving.
        j = next((j for j in range(i + 1, min(len(words), i + 3)) if not _adverb(words[j])), i + 1)
        k = _told_day(words, j) or j
        occasion = settles_occasion(words[k + 1 : k + 5])
        if words[k : k + 1] == ["to"] and (k > j or occasion) and _verb_before(words, i) not in _BE | {"had"}:
            return "plan", False, True, k + 1
    if (
        w in _PLAN_WORDS
        and after == "to"
        and not noun_before
        and not object_of_verb
        and _verb_before(words, i) not in _BE
    ):
        past = w in _PAST_PLANS
        return "plan", w not in _WEAK_PLANS and not past, past, i + 2
    if w == "would" and s.reported(i):
        return "reported", True, False, i + 1
    if w == "would" and s.paused_before(i):
        # the sitting's next day, the future of a past told (a weekday is the one after the pause's day); with no
        # saying verb not firm: only a day told with it counts
        return "reported", False, True, i + 1
    if w in _OBLIGATION or (w in ("has", "have") and after == "to" and previous not in _FUTURE):
        return "obligation", False, False, i + 1 + (w != "must")
    if w in ("may", "should") and not noun_before:
        return "possible", False, False, i + 1
    return None


_TOLD_DAYS = WEEKDAY_WORDS | {"yesterday", "today"}


def _told_day(words: list[str], j: int) -> int:
    """The index after a day told right at words[j] ("on Monday", "Tuesday", "yesterday"), or 0."""
    if j < len(words) and words[j] == "on":
        j += 1
    return j + 1 if j < len(words) and words[j] in _TOLD_DAYS else 0


# Verbs that make their subject the event: "Friday's dinner will be modest", "a decision would wait".
_SUBJECT_VERBS = COMING | {"be"}


def _framed(reading: Reading, level: int) -> Reading:
    return replace(reading, opinion=level > 0, belief=level > 1) if level else reading


def _governed(s: _Sentence, i: int, kind: str, firm: bool, past: bool, index: int, head: str) -> Reading:
    """The reading of the construction at words[i] whose verb is `head` (at words[index])."""
    start = s.offsets[i]
    if kind == "obligation" and stem(head) not in _OBLIGATION_VERBS:
        if s.owed_by(i, index, head):
            return Reading(kind, head, start, firm, past)  # "must file its crew list by Saturday": a deadline
        return Reading(None, head, start, reason=f"obligation ({head})")
    if (
        stem(head) == stem("vote")
        and s.words[index + 1 : index + 2] in (["for"], ["against"])
        and (kind == "reported" or s.names_someone(index + 2))
    ):
        # "most polled would vote for Quint", "I will vote for Vell": whom they back, not a vote set for a day
        return Reading(None, head, start, reason="a stated choice")
    if head and s.is_event(index, head):
        reason = A_TURN if s.turn_given(index, head) else ""
        return _framed(Reading(kind, head, start, firm, past, reason=reason), s.framed_as_opinion(i))
    set_for = (kind == "scheduled" and s.words[i] in _SET_FOR) or (kind == "future" and s.words[i] in _FUTURE)
    if head == "be" and firm and set_for and s.at_a_place(index + 1):
        # "auditors are due to be in Upper Tarrow on Saturday", "will be at the slipway on Saturday": a visit set
        # for a day
        return _framed(Reading(kind, head, start, firm, past), s.framed_as_opinion(i))
    if head in _SUBJECT_VERBS and any(x in EVENT_NOUNS for x in s.subject(i)):
        return _framed(Reading(kind, head, start, firm, past), s.framed_as_opinion(i))
    return Reading(None, head, start, reason=f"not an event ({head or 'nothing'})")


_DETERMINERS = frozenset("the a an its their his her our this that these those".split())
# "gave no word on any plans to", "with no plan to": "plans" is a noun there, as after "the".
_QUANTIFIERS = frozenset("any no some such".split())
_SET_FOR = frozenset("set scheduled slated planned due fixed penciled pencilled timetabled".split())


def scheduled_noun(text: str) -> Reading | None:
    """An event noun with a word of schedule after it: "the primaries scheduled for March 15"."""
    return _nominal(_tokens(text))


# A body calling or setting an event for a day: "has called a plebiscite — 'Save the Quay' — for
# May 9". The event noun is the verb's object and "for" gives it its day, with nothing but that day
# up to the clause's edge: "called the vote for next year's budget a farce" is an opinion of a vote.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_CALLED_DAY = (
    r"(?:the\s+)?(?:"
    rf"(?:{_WEEKDAY},?\s+)?{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTH}(?:,?\s+\d{{4}})?"
    rf"|(?:(?:early|late|mid)[\s-]+)?{_MONTH}(?:\s+\d{{4}})?"
    rf"|(?:next|this)\s+(?:week|month|year|spring|summer|autumn|fall|winter|{_WEEKDAY}|{_MONTH})"
    rf"|{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?"
    r"|\d{4}"
    r")"
)
_CLAUSE_END = r"(?=\s*(?:[.,;:!?)—–]|\s-\s|--|$))"
_CALLED_FOR = re.compile(
    r"\b(?:called|calls|call|set|sets|fixed|fixes)\s+(?!for\b)(?:[\w’'-]+\s+){0,3}?(?P<noun>"
    + "|".join(sorted(EVENT_NOUNS, key=len, reverse=True))
    + rf")\b[^.;:]{{0,60}}?\bfor\s+{_CALLED_DAY}{_CLAUSE_END}",
    re.I,
)


# A party that has set an occasion, in the present perfect (the plan stands: not "had scheduled"):
# "the port authority has booked a hearing on dredging for May 4". Not denied: "has scheduled no vote",
# "has not arranged talks", "neither side has scheduled a meeting" (see _DENIED).
_HAS_SCHEDULED = re.compile(
    r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:scheduled|arranged|booked)\s+(?!for\b)"
    r"(?:(?!(?:no|not|never|neither|nor)\b)[\w’'-]+\s+){0,3}?(?P<noun>"
    + "|".join(sorted(EVENT_NOUNS | {"stops", "appearances", "events", "interviews"}, key=len, reverse=True))
    + r")\b",
    re.I,
)


# A negation before "has scheduled" in its clause: "neither chamber has", "no date has", "has not", "has yet".
_DENIED = re.compile(r"\b(?:no|not|never|neither|nor|none|yet)\b[^,;:]*$|n['’]t\s+$|\b(?:not|never|yet)\s+$", re.I)


def _move_untold(s: _Sentence, i: int) -> bool:
    """The move at words[i] is no new day the text stands by: wished or rumoured ("want the vote pushed back to
    Friday", "called for the vote to be pushed back", "denied reports that the summit had been brought
    forward"), undone after ("was pushed back to Sunday but has since been called off"), or told with what
    happened on the new day ("the regatta, pushed back to Sunday by the storm, drew huge crowds", "the final
    was pushed back to Sunday, when Venn won in straight sets"): it was held, it is no step."""
    words = s.words
    before = words[:i]
    asked_for = any(a in ("call", "calls", "called", "asked") and b == "for" for a, b in pairwise(before))
    if asked_for or set(before) & _MOVE_WISHED:
        return True
    rest = s.text[s.offsets[i] + len(words[i]) :]
    if _tells_off(rest) or _LATER_PAST.search(rest):
        return True
    joined = _JOINED_CLAUSE.search(rest)
    if joined is not None and tense(rest[joined.end() :]) == "past":
        return True
    if joined is not None and joined.group(0).lower() == "and" and i > 0 and words[i - 1] in ("was", "were", "been"):
        # "the strike was moved to Thursday and shut every ferry": a verb joined to a past move without a word of
        # its own for its tense shares the move's; one whose past is its base form is that past (a present would
        # be "shuts", a future "will shut")
        # (with its object after it: "and cut to one race" is a passive, the move's "was" its own)
        after = [w for w in _Sentence(rest[joined.end() :]).words[:4] if not _adverb(w)]
        if after[:1] and after[0] in _SAME_IN_PAST and after[1:2] and after[1] not in _PARTICLES_AFTER:
            return True
    # an aside set off by commas ("the regatta, pushed back …,", "the vote, which was moved up …,") and the
    # sentence's own clause after it telling a past
    opening = next((k for k in range(i - 1, max(-1, i - 6), -1) if words[k] == ","), None)
    if opening is None or not set(words[opening + 1 : i]) <= _ASIDE_OPENERS:
        return False
    closing = next((k for k in range(i + 1, min(len(words), i + 14)) if words[k] == ","), None)
    if closing is None:
        return False
    after = [w for w in words[closing + 1 : closing + 4] if not _adverb(w)]
    return bool(after) and (after[0] in PAST_FORMS or (after[0].endswith("ed") and after[0] not in MOVED_ALONE))


# Verbs whose past is their base form: "shut", "cut", "hit"; and what follows one as a participle, not its object.
_SAME_IN_PAST = frozenset("shut cut hit put set let cost hurt spread quit split burst cast beat upset".split())
_PARTICLES_AFTER = frozenset("to for off up down back out into by in on at with from over until till .".split())
# Words before a move that make it a wish, a call or a rumour, not a day set.
_MOVE_WISHED = frozenset(
    "want wants wanted urged urges demanded demands sought seeks proposed proposes denied denies deny reports"
    " rumours rumors rumoured rumored speculation".split()
)
# What may open an aside a move sits in: "the vote, which had been moved up to Thursday, …".
_ASIDE_OPENERS = frozenset("which that had has have been was were already since itself first originally".split())
# A clause joined after the new day ("…, when Venn won", "… and ended in a draw"): its tense tells whether the
# day is over.
_JOINED_CLAUSE = re.compile(r"\b(?:when|where|and|but)\b", re.I)
_LATER_PAST = re.compile(r"\b(?:was|were|is|are)\s+later\b|\b(?:has|have|had)\s+since\b", re.I)


# A day or a time right after a word ("until Friday", "to March 24", "until next week"), not another phrase ("until
# after the election", "to the tolls").
_A_DAY = re.compile(
    r"\s+(?:(?:next|this|later|early|mid|late)\b|\d|" + WEEKDAY_NAME + r"\b"
    r"|" + MONTH_OPENING + r"[a-z]*\.?\s+\d)",
    re.I,
)


# What opens the occasion a present plan has for object ("plans a march", "plans two rallies"), and words before
# "plans" that make it no plan in force ("the plans", "was planning", "no longer plans", "does not plan"). (Narrower
# than dates' own sets for its reading of time: here the plan alone makes the item, so "plans its rally" is left.)
_PLANNED_OCCASION_OPENS = frozenset("a an another two three several".split())
_NO_PLAN_BEFORE = frozenset("was were had the a its their his her longer never not no any".split())
# The words of a denial ("denied it plans a march"), and of no one doing it ("nobody plans a rally").
DENYING_VERBS = ("denied", "denies", "deny", "denying")
_DENYING = frozenset(DENYING_VERBS) | {"nobody", "none"}


# The words each loop of `_nominal` after its two patterns starts at, in its order: a move (alone, with
# its particle or straight to a day; `moved_across`, the active one, needs one of the same verbs), a plan
# ("plans a rally"), "expected" or a word of setting (`_SET_FOR`). A sentence holding none of them gets
# nothing from those loops, and they are skipped (most sentences: a fifth of `read`'s time on real news).
# A new loop there must add its words here; tests/test_events_gates.py runs `_nominal` with and without.
_NOMINAL_WORDS = (
    MOVED_ALONE
    | frozenset(MOVED_BY)
    | MOVES_STRAIGHT_TO
    | frozenset({"plans", "plan", "planning"})
    | frozenset({"expected"})
    | _SET_FOR
)


def _nominal(s: _Sentence) -> Reading | None:
    """An event noun given its time: "polls are scheduled for June 3", "an opening date of
    May 9 has been set", "the vote is on Tuesday"; read as pointing ahead only when a date
    confirms it (timeline.py checks)."""
    words = s.words
    called = _CALLED_FOR.search(s.text)
    scheduled = _HAS_SCHEDULED.search(s.text)
    if called is None and scheduled is not None and not _DENIED.search(s.text, 0, scheduled.start()):
        called = scheduled
    if called is not None:
        # "the party has called a referendum for June 5", "the king set elections for May 3"
        return Reading("nominal", called.group("noun").lower(), called.start("noun"), firm=True)
    if _NOMINAL_WORDS.isdisjoint(words):
        return None  # a gate (a cost, never a result): no loop below can start without one of its words
    for i, w in enumerate(words):
        # "The vote, originally set for Monday, was postponed to Friday": the new day is the event's.
        # So is a phrasal move: "has been pushed back to next month", "was brought forward to Thursday".
        phrasal = w in MOVED_BY and words[i + 1 : i + 2] and words[i + 1] in MOVED_BY[w]
        # (or no particle, the new day right after: "has been pushed to next month", "was bumped to Friday")
        phrasal = phrasal or (w in MOVES_STRAIGHT_TO and words[i + 1 : i + 2] in (["to"], ["until"]))
        if (w in MOVED_ALONE or phrasal) and i > 0 and set(words[i + 1 : i + 4]) & {"to", "until", "till", "for"}:
            noun = next((x for x in reversed(words[max(0, i - 16) : i]) if x in EVENT_NOUNS), None)
            if noun is not None and not _move_untold(s, i):
                return Reading("nominal", noun, s.offsets[i], firm=True)
    for i, w in enumerate(words[:-2]):
        # A plan in the present with its occasion for object: "the guild plans a rally at the Lorrin quays on Saturday",
        # "is planning two rallies on Friday" (not "the plans", "was planning", "no longer plans": see _NO_PLAN_BEFORE).
        # "denied it plans a march", "nobody plans a rally", "no one plans a vigil"
        # ("wondered whether the guild plans a rally": a question, no plan told)
        denied = bool(set(words[:i]) & _DENYING) or words[max(0, i - 2) : i] == ["no", "one"]
        denied = denied or bool(set(words[max(0, i - 4) : i]) & {"whether", "if"})
        planning = w in ("plans", "plan", "planning") and i > 0 and words[i - 1] not in _NO_PLAN_BEFORE
        if planning and not denied and words[i + 1] in _PLANNED_OCCASION_OPENS:
            k = i + 2 if words[i + 2] in EVENT_NOUNS else i + 3
            if k < len(words) and words[k] in EVENT_NOUNS and (w != "planning" or words[i - 1] in _BE_PRESENT):
                return Reading("nominal", words[k], s.offsets[k], firm=True)
    for i, w in enumerate(words):
        # The active: "the board postponed its ballot on the tolls until April 9", "put off the ballot until
        # Friday": the occasion is the move's object, its new day right after "until" / "to".
        verb = moved_across(words, i) if _A_DAY.match(s.text, s.offsets[i] + len(w)) else None
        if verb is not None:
            noun = next((x for x in words[verb + 1 : i] if x in EVENT_NOUNS), None)
            if noun is not None and not _move_untold(s, verb):
                return Reading("nominal", noun, s.offsets[verb], firm=True)
    for i, w in enumerate(words):
        # "a decision on the plan is expected next week" (but "the vote is expected to be close" is a forecast,
        # and "no ruling is expected" none).
        # ("is now expected next week": an adverb may stand between)
        be = i - 2 if i > 1 and _adverb(words[i - 1]) else i - 1
        expected = w == "expected" and be >= 0 and words[be] in _BE_ANY and words[i + 1 : i + 2] != ["to"]
        if (w in _SET_FOR or expected) and i > 0:
            # "... are scheduled for", "has been set": an event noun within the six words before.
            window = words[max(0, i - 8) : i]
            # (within its clause: "the launch was held up by the storm; it is now expected on Friday")
            window = window[max((j + 1 for j, x in enumerate(window) if x in _STOPS), default=0) :]
            if expected and set(window) & {"no", "not", "nor", "never"}:
                continue
            noun = next((x for x in reversed(window) if x in EVENT_NOUNS or x == "date"), None)
            if noun is None and words[i + 1 : i + 2] != ["to"]:
                noun = _antecedent(words, i)
            if noun is not None:
                return Reading("nominal", noun, s.offsets[i], firm=True)
    for i, w in enumerate(words[:-2]):
        # "Orla Brisk is due for sentencing in June", "the ferry is set for a relaunch": the event
        # noun right after "for", the one scheduled (a person or thing is scheduled for it).
        # So is a noun the same words follow with no verb, a reduced relative: "the orchard census, slated for
        # release on Thursday, counts …", "a songbook due for release on March 20" (but not "the board has set for …").
        # (A thing's release only: "Orr, due for sentencing on Friday, told the court …" tells who speaks.)
        be = i > 0 and words[i - 1] in _BE_ANY
        if w in _SET_FOR and words[i + 1] == "for" and i > 0 and (be or _reduced(words, i)):
            k = i + 3 if words[i + 2] in ("a", "an", "the", "its", "his", "her", "their") else i + 2
            named = k < len(words) and (words[k] in EVENT_NOUNS or words[k] in _SET_FOR_NOUNS)
            if named and (be or (words[k] in _RELEASES and _release_stands(words, k + 1))):
                return Reading("nominal", words[k], s.offsets[k], firm=True)
    return None


# What a main clause says of a release set in a reduced relative that calls it off or tells it as done.
_OFF_STEMS = ("delay", "postpon", "pull", "withdr", "cancel", "scrap", "shelv", "halt", "suspend", "drop")
_AHEAD_AUXILIARIES = frozenset("is are am has have will shall 'll can may must does do".split())
# How a release was made, told in the past of a main clause that leaves its release ahead ("…, was filmed in Lorrin").
_MADE_BY = frozenset("shot filmed recorded written directed produced edited composed painted drawn".split())
# Words a release's date is told in, between the relative's participle and the main verb.
_DATE_WORDS = frozenset(
    "on in at by for of and the this next later early late week weekend month year autumn fall spring summer"
    " winter , before after".split()
    + "monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night".split()
    + "january february march april may june july august september october november december".split()
)


def _release_stands(words: list[str], start: int) -> bool:
    """The main verb after a reduced relative on a release (its first word past the date, from words[start])
    is a present or a future that does not call the release off: "the orchard census, slated for release on
    Thursday, counts …", "a songbook to be issued this week collects …"; not "…, was pulled by the studio",
    "…, has been delayed", "the prisoners to be released on Saturday were named" (told as past)."""
    k = start
    while k < len(words) and (words[k] in _DATE_WORDS or not words[k].isalpha()):
        k += 1
    if k >= len(words) or words[k] in _STOPS:
        return False
    verb = words[k]
    if verb in _BE_PAST and words[k + 1 : k + 2] and words[k + 1] in _MADE_BY and words[k + 2 : k + 3] != ["down"]:
        return True  # "the thriller, set for release on March 27, was shot in Lorrin": its making, the release ahead
    if verb.startswith(_OFF_STEMS) or verb in _BE_PAST or verb in ("had", "did", "would", "could", "might"):
        return False
    if verb in _PAST_OF or (verb.endswith("ed") and len(verb) > 4):
        return False  # a past told of it: "drew crowds", "named the lenders"
    if verb in _AHEAD_AUXILIARIES:
        return not any(x.startswith(_OFF_STEMS) for x in words[k + 1 : k + 4])  # "has been delayed"
    return verb.endswith("s")  # a present: "names", "maps", "shows"


def _reduced(words: list[str], i: int) -> bool:
    """words[i] (a word of schedule) follows a noun or its comma with no verb between: "the report, set for"."""
    before = words[i - 1].lower()
    return before == "," or (before.isalpha() and before not in _NOT_NOUNS and not before.endswith("ly"))


_RELEASES = frozenset("release relaunch launch publication premiere debut opening reopening".split())
_NOT_NOUNS = frozenset("has have had having he she they we i you it who which that and or but not never also".split())


# Words opening a phrase of cause or time, whose noun is not the subject a pronoun stands for.
_CAUSE_WORDS = frozenset("by after because following amid despite over since before during".split())


def _antecedent(words: list[str], i: int) -> str | None:
    """The event noun a subject further back stands for, when words[i] ("scheduled") follows "is" or "are":
    a pronoun's antecedent earlier in the sentence ("the summit was delayed twice; it is now scheduled for
    April"), or the noun a relative clause set off by commas follows ("the regatta, which was delayed
    twice, is now scheduled for May 2")."""
    k = i - 1
    while k >= 0 and (_adverb(words[k]) or words[k] in ("been", "be", "has", "have", "will")):
        k -= 1  # "is now", "has been", "will be"
    if k < 1 or words[k] not in _BE_ANY:
        return None
    k -= 1
    if words[k] in ("it", "they"):
        # the nearest event noun before the pronoun, of its number ("they" for "talks", "polls"; "it" never
        # for a plural), and not one in a phrase of cause or time ("the launch was held up by the storm; it is
        # now expected on Friday": the storm is what delayed it, not what "it" is)
        plural = words[k] == "they"
        at = next((j for j in range(k - 1, -1, -1) if words[j] in EVENT_NOUNS), None)
        if at is None or words[at].endswith("s") != plural:
            return None
        return None if set(words[max(0, at - 3) : at]) & _CAUSE_WORDS else words[at]
    if words[k] == ",":
        opened = next((j for j in range(k - 1, max(-1, k - 16), -1) if words[j] == ","), None)
        if opened is not None and opened > 0 and words[opened + 1] in _RELATIVE and words[opened - 1] in EVENT_NOUNS:
            return words[opened - 1]
    return None


# What a person or thing is scheduled for, besides the event nouns: "is due for release".
_SET_FOR_NOUNS = frozenset("release relaunch discharge surgery retrial resentencing extradition".split())
_BE_ANY = frozenset("is are was were be been".split())


_PRESENT_SKIP = frozenset(
    "court office power back home "
    "again also then formally officially back in on at from for to of the a its their midnight noon dawn dusk morning"
    " evening night afternoon p m"
    # a session's resuming: "the council returns from its winter recess on Monday", "resumes sitting on Tuesday",
    # "lawmakers return to the capital next week"
    " recess break holidays vacation sitting sittings session capital chamber winter summer spring autumn".split()
)


def _present_of(words: list[str], k: int) -> bool:
    """words[k] is a verb in the present: its third person ("takes"), or its base after a plural subject or
    "they"/"we" ("the new tariffs take"; not "will take", "to take", "did not take": those are read elsewhere)."""
    if words[k].endswith("s"):
        return True
    subject = words[k - 1] if k else ""
    return (subject.endswith("s") and not subject.endswith(("ss", "'s", "’s"))) or subject in ("they", "we")


def dated_present(text: str, date_start: int, date_end: int | None = None) -> Reading:
    """A present tense with a day ahead: "the council meets on Tuesday", "the summit opens in Vienna
    on Monday", "runoffs on Oct. 25". The event verb in the present (or the event noun) must come
    just before the date, with only prepositions and names between; further back it may belong to
    another clause, and a plural noun looks like a verb ("spending cuts next year")."""
    s = _tokens(text)
    at = next((k for k, offset in enumerate(s.offsets) if offset >= date_start), len(s.words))
    for k in range(at - 1, max(-1, at - 8), -1):
        w = s.words[k]
        if w in _STOPS or w == ",":
            break
        st = stem(w)
        previous = s.words[k - 1] if k else ""
        verb = st in _EVENT_VERBS or (st in _LIGHT_NOUNS and s.is_event(k, w))
        if w == "close" and s.words[k + 1 : k + 2] == ["to"]:
            verb = False  # "rivals close to polling day": near it in time, not a closing
        third_person = w.endswith("s") and not w.endswith("ss") and previous not in _DETERMINERS
        # "ministers gather in Brussels on Thursday", "talks resume Tuesday": a plural subject.
        plural = (previous.endswith("s") and not previous.endswith(("ss", "'s"))) or previous in ("they", "we")
        base = not w.endswith(("s", "ing")) and not _is_participle(w)
        # (or a plural occasion heading a longer subject: "talks between the guild and the board resume on Thursday")
        base = base and (
            plural or (verb and previous not in _NOT_A_SUBJECT_END and _occasions_subject(text, s.offsets[k]))
        )
        if w == "runs" and previous not in EVENT_NOUNS and not previous.endswith("ing"):
            # "the fair runs from Friday", "early voting runs from March 20": only an occasion or an activity
            # runs for days (not "the ferry runs from Friday")
            break
        if verb and (third_person or base) and not previous.endswith("'s"):
            return Reading("scheduled", w, s.offsets[k], firm=True)
        if w in PASSIVE_OCCASIONS and previous in ("is", "are") and (w != "sworn" or s.words[k + 1 : k + 2] == ["in"]):
            return Reading("scheduled", w, s.offsets[k], firm=True)  # "the winners are named on Thursday"
        if w == "out" and previous == "due":
            continue  # "the tolls report is due out on Thursday": read at "due"
        if w in ARRANGED and previous in ("is", "are", "am"):
            return Reading("scheduled", w, s.offsets[k], firm=True)  # "a crew is heading to Brell on Monday": fixed
        if w in EVENT_NOUNS and previous == "to" and stem(w) in _EVENT_VERBS:
            # "is considering whether to vote on Thursday", "wants them to march on Friday": an infinitive,
            # the verb of what someone weighs or wants; a schedule's "to" is read by `read`
            break
        if w in EVENT_NOUNS:
            return Reading("nominal", w, s.offsets[k], firm=True)
        if k and stem(previous) in _LIGHT_NOUNS and w in _LIGHT[stem(previous)] and _present_of(s.words, k - 1):
            # "the law takes effect on Jan. 1", "the new tariffs take effect on June 22"
            return Reading("scheduled", previous, s.offsets[k - 1], firm=True)
        if w in ("due",) and previous in _BE_PRESENT:
            return Reading("scheduled", w, s.offsets[k], firm=True)  # "the aide is due in court on Friday"
        head = _subject_occasion(text, s.offsets[k]) if w in ("is", "are") and k >= 4 else None
        if w in ("is", "are", "comes", "come") and (head or any(x in EVENT_NOUNS for x in s.words[max(0, k - 4) : k])):
            # (or the occasion heading a longer subject: "the deadline for tenders on the ferry contract is March 20")
            noun = head or next(x for x in reversed(s.words[max(0, k - 4) : k]) if x in EVENT_NOUNS)
            # "the deadline for bids is Friday", "the next vote is in Marsh on March 25", "the audit comes on June 3"
            return Reading("nominal", noun, s.offsets[k], firm=True)
        original = text[s.offsets[k] : s.offsets[k] + len(w)]
        if w not in _PRESENT_SKIP and not original[:1].isupper() and not w[:1].isdigit():
            break
    met = _MEETS_WITH.search(text, max(0, date_start - 80), date_start)
    if met is not None:
        group = next(
            g for g in ("verb", "session", "force", "acts", "does", "phrasal", "leaves", "starts") if met.group(g)
        )
        acted = met.group(group).lower().split()[0]  # the verb, before any particle: "steps down as"
        before = s.words[max(0, bisect_left(s.offsets, met.start(group)) - 1)] if met.start(group) else ""
        plural = (before.endswith("s") and not before.endswith(("ss", "'s", "’s"))) or before in ("they", "we")
        # (the verb's, not a noun's: "the board's votes on the levy on Thursday were split")
        acting = group not in ("acts", "does") or (
            (stem(acted) in _EVENT_VERBS if group == "acts" else _does_on_a_day(text, met))
            and before not in _DETERMINERS
            and not _OWNED.search(before)
        )
        if acting and (acted.endswith("s") or plural):
            # "the guild's leaders meet with harbour officials on Thursday": a meeting, whom with between
            return Reading("scheduled", acted, met.start(group), firm=True)
    last_day = _IS_LAST_DAY.match(text, date_end or date_start)
    if last_day is not None:
        # "Friday is the last day to register": the day's deadline, the complement naming it
        return Reading("nominal", "deadline", last_day.start("noun"), firm=True, after_date=True)
    # "… next week in the state contests", "next year's elections": the event noun after it
    # (after the date's own words: the month in "by March 1" is no march).
    after = next((k for k, offset in enumerate(s.offsets) if offset >= (date_end or date_start)), len(s.words))
    for k in range(after, min(len(s.words), after + 8)):
        w = s.words[k]
        if w in _STOPS or w == ",":
            break
        if w in EVENT_NOUNS:
            return Reading("nominal", w, s.offsets[k], firm=True, after_date=True)
    return Reading(None, "", date_start, reason="no event verb before the date")


# Words a plural subject does not end on before its verb: an auxiliary, an infinitive's "to", a pronoun, a
# conjunction ("could resume", "to resume", "if talks resume" is read by `read`).
_NOT_A_SUBJECT_END = frozenset(
    "to will would could should may might must can shall not never also and or but if that which who".split()
)


# A deadline named without the word: "the last day to register", "the closing date for bids", "the cut-off for
# entries" (not "the last day of the fair", a span's end, nor "the last day for the old ferry").
_LAST_DAY = re.compile(
    r"(?:(?:last|final|closing)\s+(?:day|date)|cut-?off(?:\s+date)?)\s+(?:to\s+[a-z]+|for\s+(?!(?:the|a|an)\b)[a-z]+)",
    re.I,
)
# A day that is such a deadline: "Friday is the last day to register", "Thursday marks the closing date for bids".
_IS_LAST_DAY = re.compile(r"\s+(?:is|marks)\s+the\s+(?P<noun>" + _LAST_DAY.pattern + ")", re.I)


def _subject_occasion(text: str, at: int) -> str | None:
    """The occasion heading the subject of the verb at `at`, a phrase after it: "talks between the guild and the
    harbour board", "the deadline for tenders on the ferry contract", "the last day to register" (a deadline)."""
    words = re.findall(r"[\w’'-]+", subject(text, at).lower())
    words = words[1:] if words[:1] and words[0] in _DETERMINERS else words
    if _LAST_DAY.match(" ".join(words)):
        return "deadline"
    return words[0] if len(words) > 1 and words[0] in EVENT_NOUNS else None


def _occasions_subject(text: str, at: int) -> bool:
    """The subject of the verb at `at` is headed by a plural occasion: "talks between the guild and the harbour
    board", "hearings on the dredging", "the negotiations with the mill owners"."""
    head = _subject_occasion(text, at)
    return head is not None and head.endswith("s")


# A meeting in the present and whom it is with, right before its day: "meets with the harbour board on Friday";
# a session resuming after its break: "parliament reconvenes after the winter recess on Thursday".
_MEETS_WITH = re.compile(
    r"\b(?:(?P<verb>meets?)\s+with\s+(?:(?!(?:and|but|who|which|that|after|before|since)\b)[\w’'.-]+\s+){1,6}"
    # an event verb in the third person, its matter or its body between: "votes on the offer on Thursday",
    # "the weir warden testifies before the canal tribunal on Wednesday"
    r"|(?P<acts>[a-z]+[^s\W]s)\s+(?:on|before|with|against)\s+(?:the|a|an|its|their|his|her)\s+"
    r"(?:(?!(?:and|but|who|which|that|after|before|since|of)\b)[\w’'.-]+\s+){1,4}"
    # a calendar act in the present and its object: "unveils its dredging plan on Thursday", "the two guilds sign the
    # accord on Friday", "stages a march through Brell on Saturday" (a named place may follow the object)
    r"|(?P<does>" + "|".join(sorted(SCHEDULED_ACTS | ACTS_WITH_OBJECT, key=len, reverse=True)) + r")\s+"
    r"(?:" + "|".join(sorted(OBJECT_OPENS)) + r")\s+"
    r"(?:(?!(?:and|but|or|who|which|that|whose|after|before|since|of|from|over|during|following|amid|when|while|if"
    r"|than|as|not|will|would|to|on|at|in|by|for)\b)(?-i:[a-z][\w’'-]*)\s+){1,4}?"
    r"(?:(?:in|at|to|through|across)\s+(?:(?-i:[A-Z])[\w’'.-]*\s+){1,3})?"
    # a phrasal act and its object: "hands down its ruling on Friday", "lays out its dredging plan on Thursday"
    r"|(?P<phrasal>hands\s+down|lays\s+out|sets\s+out)\s+(?:its|their|his|her|the|a)\s+"
    r"(?:(?!(?:and|but|or|who|which|that|of|on|at|in|for|to|by)\b)(?-i:[a-z][\w’'-]*)\s+){1,3}?"
    # leaving a post, a walkout: "steps down as reeve on Friday", "dockers walk off the job on Friday"
    r"|(?P<leaves>(?:steps|stands)\s+down(?:\s+as\s+(?:[\w’'-]+\s+){1,3}?)?|walks?\s+(?:out|off\s+the\s+job)\s+)"
    # an occasion's start: "voting gets under way on Thursday"
    r"|(?P<starts>gets?)\s+under\s*way\s+"
    r"|(?P<session>reconvenes?|resumes?|returns?)\s+(?:from|after)\s+(?:the|its|their|a)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:recess|break|holidays?|vacation)\s+"
    # (or "goes into effect": "the levy goes into effect on March 1")
    r"|(?P<force>comes|enters|goes|go)\s+into\s+(?:full\s+)?(?:force|effect)\s+)(?:on\s+|at\s+)?$",
    re.I,
)


_OWNED = re.compile(r"['’]s?$")
# Past forms told as done between the act and its day ("sentences the man arrested on Friday"): the day is theirs.
_DONE_BETWEEN = re.compile(r"\b\w{3,}ed\b")


def _does_on_a_day(text: str, met: re.Match[str]) -> bool:
    """Nothing between the calendar act of the "does" group and its day is told as done."""
    between = text[met.end("does") : met.end()]
    return (
        not _DONE_BETWEEN.search(between)
        and not (set(between.lower().split()) & _PAST_OF.keys())
        and hears_a_matter(met.group("does"), between.split())
    )


# What may open a clause before a fronted day: "On Friday, …", "and on Saturday, …".
_FRONT = re.compile(r"(?:^|[;:]\s*)(?:(?:and|but|then|meanwhile|also|so|next)\s+)?(?:on\s+)?$", re.I)
_CLAUSE_STOPS = frozenset({";", ":", "(", ")", "—", "–", "--"})


def fronted_present(text: str, date_start: int, date_end: int) -> Reading:
    """A day fronted before its clause and a present tense after it: "On Friday, the harbour board
    meets to pick a chair", "On Saturday, three river towns hold their ballots", "On Sunday, the votes are
    counted". A news report in the present with a day set before it tells a schedule; the verb must be
    the clause's first, an event in the present (a third person, a plural subject's verb followed by
    an event noun, or "is"/"are" and an event's participle), and no past or future comes first."""
    if not _FRONT.search(text, 0, date_start) or not text[date_end:].lstrip().startswith(","):
        return Reading(None, "", date_start, reason="no fronted day")
    s = _tokens(text)
    at = next((k for k, offset in enumerate(s.offsets) if offset >= date_end), len(s.words))
    if at < len(s.words) and s.words[at] == ",":
        at += 1
    for k in range(at + 1, min(len(s.words), at + 10)):  # the subject comes first: at least one word
        w, previous = s.words[k], s.words[k - 1]
        following = s.words[k + 1] if k + 1 < len(s.words) else ""
        following_name = k + 1 < len(s.words) and text[s.offsets[k + 1]].isupper()
        if w == "," and text[s.offsets[k - 1]].isupper() and following_name:
            continue  # a list of names as the subject: "On Friday, Varna, Marsh and Lorrin vote"
        if w in _CLAUSE_STOPS or w == ",":
            break
        if w in _FUTURE or w in ("would", "was", "were", "had", "did") or w.endswith("'ll"):
            break  # a future is read elsewhere; a past is no schedule
        if w in ("is", "are") and _is_participle(following) and stem(following) in _EVENT_VERBS:
            return Reading("scheduled", following, s.offsets[k + 1], firm=True)  # "the votes are counted"
        if w in _IRREGULAR_PARTICIPLES or w in _PAST_OF:
            break  # "On Saturday, three river towns held their ballots": told as done
        if previous in _DETERMINERS or w[:1].isdigit() or text[s.offsets[k]].isupper():
            continue  # the subject's words: "the embattled board", "three river towns", names
        if w.endswith("ed"):
            break  # "On Tuesday, the harbour master dodged queries": a past
        if w.endswith("ing") or stem(w) not in _EVENT_VERBS:
            continue
        third_person = w.endswith("s") and not w.endswith("ss")
        plural = previous.endswith("s") and not previous.endswith(("ss", "'s"))
        if third_person or plural or following in EVENT_NOUNS:
            return Reading("scheduled", w, s.offsets[k], firm=True)
        break
    return Reading(None, "", date_start, reason="no present after the fronted day")


# Past tenses that do not end in -ed, by their verb's stem.
_IRREGULAR_PAST = {
    stem(base): frozenset(forms.split())
    for base, forms in {
        "meet": "met",
        "hold": "held",
        "begin": "began begun",
        "go": "went gone",
        "speak": "spoke spoken",
        "fly": "flew flown",
        "leave": "left",
        "choose": "chose chosen",
        "send": "sent",
        "swear": "swore sworn",
        "seek": "sought",
        "run": "ran",
        "take": "took taken",
        "give": "gave given",
        "make": "made",
        "hear": "heard",
        "sell": "sold",
        "pay": "paid",
        "strike": "struck",
        "withdraw": "withdrew withdrawn",
        "cut": "cut",
        "set": "set",
        "put": "put",
        "bring": "brought",
    }.items()
}


# The verbs (stems) each irregular past form is of.
_PAST_OF: dict[str, frozenset[str]] = {}
for _verb, _forms in _IRREGULAR_PAST.items():
    for _form in _forms:
        _PAST_OF[_form] = _PAST_OF.get(_form, frozenset()) | {_verb}


def past_verbs(text: str) -> frozenset[str]:
    """The event verbs (stems) that `text` has a past form of, whatever governs it: `reports_done(text,
    head)` can hold only when the stem of `head` is among them. (Cheap, for finding the few
    sentences of a corpus worth reading closely.)"""
    found: set[str] = set()
    for token in _WORD.findall(text):
        w = token.lower()
        if w.endswith("ed") and (s := stem(w.replace("’", "'"))) in _EVENT_VERBS:
            found.add(s)
        irregular = _PAST_OF.get(w)  # plain letters: the same with ’ or '
        if irregular:
            found.update(irregular)
    return frozenset(found)


def reports_done(text: str, head: str) -> bool:
    """`text` tells the event `head` names as done: "the council voted on Tuesday", "talks began",
    "has filed the protest" — a past form of the verb not governed by a future or a plan."""
    wanted = stem(head.lower())
    if wanted not in _EVENT_VERBS:
        return False
    s = _tokens(text)
    for k, w in enumerate(s.words):
        past = w in _IRREGULAR_PAST.get(wanted, ()) or (w.endswith("ed") and stem(w) == wanted)
        if not past:
            continue
        before = s.words[max(0, k - 3) : k]
        if any(x in _FUTURE or x in ("would", "to", "be", "being", "will") or x.endswith("'ll") for x in before):
            continue  # "will be held", "is to be signed", "would have met": not done
        if any(x in _SCHEDULE_WORDS or x in _PLAN_WORDS for x in before):
            continue
        return True
    return False


# ---------------------------------------------------------------------------------------------
# Frames that keep a dated event from being a next step, whatever the words that point ahead.

# "No plans to", "no intention of": says nothing will happen.
_NO_PLANS = re.compile(r"\bno\s+(?:\w+\s+)?(?:plans?|intention|intent)\s+(?:to|of)\b", re.I)
# Subjects that negate: "neither will appear", "none of them will attend", "no one will vote".
_NOBODY = frozenset({"neither", "none", "nobody", "nor"})

# A habit or a rule, not one event: "each spring the mayor tables her budget in March",
# "the board usually meets on Tuesdays", "it never meets on a Friday".
_HABIT = re.compile(
    r"\b(?:every|each)\s+(?:other\s+)?(?:year|month|week|day|morning|evening|night|spring|summer|fall|autumn|winter"
    r"|" + WEEKDAY_NAME + r"|january|february|march|april|may|june|july|august|september"
    r"|october|november|december|time)\b|\b(?:annually|usually|typically|traditionally|customarily|routinely"
    r"|normally|generally|regularly|frequently|repeatedly|periodically|often|occasionally|sometimes|proportionally"
    r"|in\s+keeping\s+with|from\s+time\s+to\s+time)\b|\bon\s+" + WEEKDAY_NAME + r"s\b"
    # ("never sits on a Friday": any Friday, no one of them)
    r"|\bon\s+a\s+" + WEEKDAY_NAME + r"\b",
    re.I,
)


def habitual(text: str) -> bool:
    """`text` tells what happens regularly: no one event to put in a calendar."""
    return _HABIT.search(text) is not None


_WOULD = re.compile(r"\bwould\b", re.I)


def hypothetical(text: str) -> bool:
    """A "would" no one is reported to have said: a path imagined ("she would next have to carry the
    Varna wards"), not a schedule."""
    return _WOULD.search(text) is not None and not any(w in _SAYING for w in _tokens(text).words)


def told_in_past(text: str) -> bool:
    """The sentence is told in the past and says nothing of now or ahead: "Late in the
    Saturday hustings, Quint was pressed …", "The start of Saturday's debate could not have been
    worse", "During the state visit in the summer, they signed a pact". A day, month or season
    without a year in it is then one gone by, however the calendar alone would resolve it."""
    return _told(text) in ("past", "reported")


def _told(text: str) -> str:
    """clause.tense, but a bare "would" no one is reported to have said ("the envoys would fly home after
    Tuesday's meeting": a plan or a guess, see hypothetical) tells no past: the rest of the words decide."""
    told = tense(text)
    return tense(_WOULD.sub("", text)) if told == "reported" and hypothetical(text) else told


# What dates a thing by an event: "days before Tuesday's primary", "heading into the caucuses".
_ANCHOR = re.compile(
    r"\b(?:before|ahead\s+of|head(?:s|ed|ing)?\s+into|go(?:es|ing)?\s+into|in\s+the\s+run-?up\s+to|on\s+the\s+eve\s+of"
    r"|leading\s+(?:up\s+)?(?:to|into)|until|till|through|past|since|close\s+to)\b",
    re.I,
)
# How someone fares in an event: an outcome foretold, not the event announced. (Not "go to the polls": the
# voting itself.)
_FARE = re.compile(
    r"\b(?:win|wins|won|winning|lose|loses|losing|lost|carry|carries|carried|do(?:es)?\s+well|did\s+well"
    r"|perform\w*|fare|fares|faring|leads?|leading|trail\w*|finish\w*|optimistic|pessimistic|confident|at\s+risk"
    r"|chances?|odds|favou?red|favou?rites?|strongholds?|victor(?:y|ies)|surg\w+|(?<!to\sthe\s)poll(?:s|ing)?|ahead\s+in|behind\s+in"
    r"|rebound\w*|bounce\s+back|comeback|upsets?|sweep\w*|outcomes?)\b",
    re.I,
)


def tells_standing(text: str) -> bool:
    """`text` tells how someone fares or stands (leads, trails, wins, is favoured, polls): an outcome or a
    standing, not an event."""
    return _FARE.search(text) is not None


def in_passing(text: str, date_start: int) -> bool:
    """The event noun dated at `date_start` only sets the time or the arena of something else:
    "his showing just days before Tuesday's primary", "hopes to do well in
    Thursday's vote", "fears losing the May 4 runoff". A stakeholder learns how someone may
    fare, or when something else happened, not that the event is coming. The clause is the words
    since the last comma, dash or clause word (clause.clause_at): "expects to be cleared when the appeal is heard
    in May" dates the appeal."""
    clause = text[max(clause_at(text, date_start).start, date_start - 90) : date_start]
    tail = text[max(0, date_start - 40) : date_start]
    if _FARE.search(clause) is not None:
        return True
    # An event that dates another thing: "her strong polls days before Friday's runoff have cheered
    # …", "said that was for the wards to settle ahead of Friday's runoff", "coming off a rowdy
    # hustings Thursday night" — but "will not convene before the runoffs on Oct. 25" is a schedule:
    # nothing happens until then.
    if _AFTER_TAIL.search(tail) or _UP_TO.search(tail):
        return True  # (also "a swing through the towns up to Friday's ballot": the time of the swing)
    return _ANCHOR.search(tail) is not None and (told_in_past(text) or not _NOT_UNTIL.search(text, 0, date_start))


_AFTER_TAIL = re.compile(
    r"\b(?:coming\s+off(?:\s+of)?|fresh\s+(?:off|from)|on\s+the\s+heels\s+of|in\s+the\s+(?:wake|aftermath)\s+of)\b"
    r"(?:\s+[\w’'-]+){0,4}\s*$",
    re.I,
)
# The time something else runs to: "a tour of the wards up to the Friday ballot".
_UP_TO = re.compile(r"\bup\s+to\s+(?:the\s+)?$", re.I)
_NOT_UNTIL = re.compile(r"\b(?:not|n['’]t|no|never)\b[^,;]*\b(?:before|until|till)\b", re.I)
# ---------------------------------------------------------------------------------------------
# An event told as over by its noun, and a date whose own clause is past.

# What follows an event: "after Tuesday's call", "coming off a rowdy hustings", "in a readout of the
# talks", "within hours of the vote".
_AFTERMATH = (
    r"(?:after|following|since|during|in\s+the\s+(?:wake|aftermath|course)\s+of|coming\s+off(?:\s+of)?"
    r"|fresh\s+(?:off|from)|on\s+the\s+heels\s+of|readout\s+of|within\s+(?:hours|days|minutes)\s+of)"
)
_NOUN = r"(?P<noun>" + "|".join(sorted(EVENT_NOUNS, key=len, reverse=True)) + r")"
_NOUN_AFTER = re.compile(r"\b" + _AFTERMATH + r"\s+(?:(?![\w’'-]*ed\b)[\w’'-]+\s+){0,4}?" + _NOUN + r"\b", re.I)
# "the call lasted two hours", "a meeting with the mayor that ended without a deal", "the vote was held":
# the nearest event noun up to seven words before the verb, in its clause.
_ENDED = re.compile(
    r"\b(?:lasted|ended|concluded|broke\s+up|took\s+place|went\s+(?:ahead|well|badly|on)|(?:was|were)\s+held"
    r"|produced|yielded)\b",
    re.I,
)


def _nouns_then_past(text: str) -> set[str]:
    found = set()
    for m in _ENDED.finditer(text):
        before = text[max(0, m.start() - 80) : m.start()]
        words = _WORD.findall(before)[-8:]
        for w in reversed(words):
            if w in _STOPS or w == "," or w.lower() in ("will", "would", "is", "are"):
                break
            if w.lower() in EVENT_NOUNS:
                found.add(w.lower())
                break
    return found


_ED = re.compile(r"\b\w{3,}ed\b")


def nouns_told_done(text: str) -> frozenset[str]:
    """The event nouns `text` tells as held, as written (lower case): "Putin agreed to a pause after
    a call with Trump that lasted two hours", "the envoys spoke after Tuesday's meeting". Only in
    a sentence told in the past (see told_in_past): "after Tuesday's call, the envoys will fly home"
    tells nothing done. The noun names the kind of event; which one, the caller matches by names."""
    told = _told(text)
    if told == "ahead" or (not told and not _ED.search(text)):
        return frozenset()
    found = {m.group("noun").lower() for m in _NOUN_AFTER.finditer(text)}
    found |= _nouns_then_past(text)
    return frozenset(found)


# An event called off, or someone's part in it: "canceled a rally planned for Friday", "the hearing set for
# Monday has been postponed", "will no longer attend" (but "was postponed to Friday" sets its new day).
_OFF = r"(?:cancell?ed|called\s+(?:it\s+|them\s+)?off|scrapped|scrubbed|axed|shelved|postponed|put\s+off"
_WITHDRAWN = r"|pulled\s+out\s+of|withdr(?:ew|awn)\s+from)"
# (and an occasion stopped, told in the passive: "talks planned for next week were suspended", "the album was set for
# release on May 2 but was pulled"; not "suspended since the storm, the ferry will resume": the participle alone is no
# telling; nor one pulled out of a river)
_CALLED_OFF = re.compile(
    r"\b" + _OFF + r"|cancell?ations?" + _WITHDRAWN + r"\b|\b(?:will|would|is|are|was|were)\s+no\s+longer\b"
    r"|\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:suspended|halted|abandoned|pulled)\b(?!\s+(?:out|back|in|up|ahead|from\s+the\s+(?:water|sea|river|wreck|rubble)))",
    re.I,
)
# Every match of _CALLED_OFF holds one of these (in any case): "off" ("called off", "put off"), "cancel",
# "scrapped", "scrubbed", "axed", "shelved", "postponed", "pulled", "withdr(ew/awn)", "longer" ("no
# longer"), "suspended", "halted", "abandoned". An alternative added to _CALLED_OFF needs one of its words here.
_CALLED_OFF_WORDS = re.compile(
    "off|cancel|scrapped|scrubbed|axed|shelved|postponed|pulled|withdr|longer|suspended|halted|abandoned"
)


def _tells_off(text: str) -> bool:
    """`_CALLED_OFF.search(text) is not None`, tried only when the text may hold one of the words every
    match holds (`_may_hold`): few sentences tell of anything called off."""
    return _may_hold(_CALLED_OFF_WORDS, text) and _CALLED_OFF.search(text) is not None


# A calling off decided or promised, an occasion its object: "decided on Sunday to scrap Friday's vote", "will
# cancel the rally". Not a thing to be scrapped that a vote or a debate is about ("will vote on Thursday on a bill
# to scrap the levy", "will debate a motion to cancel the contract"): the occasion goes ahead.
_TO_CALL_OFF = re.compile(
    r"\b(?:to|will|would)\s+(?:cancel|scrap|scrub|axe|shelve|call\s+off)\s+(?P<object>(?:[\w’'-]+\s+){0,3}[\w’'-]+)",
    re.I,
)
# A clause that opens the sentence and tells what came before: "After the storm canceled the rally, …".
_LEADING_CLAUSE = re.compile(r"^(?:after|since|because|when|although|though|while|as|once)\b[^,;]*,", re.I)


def called_off(text: str) -> bool:
    """The sentence tells an event called off, or someone's part in it, with no new day set."""
    leading = _LEADING_CLAUSE.match(text)
    rest = text[leading.end() :] if leading else text
    return (
        (_tells_off(rest) or _off_to_come(rest) or _is_off(rest))
        and MOVED_TO.search(rest) is None
        and not _moved_to_a_day(rest)
    )


# … not a calling off refused, asked for, tried or proposed: "refused to cancel the match", "a bill to
# cancel the referendum", "urged the board to scrap the vote" (the occasion stands until someone calls it off).
_NO_CALLING_OFF = re.compile(
    r"\b(?:refus|declin|reject|resist|bill|motion|proposal|bid|call|demand|petition|push|pressur|campaign"
    r"|effort|attempt|threat|urg|ask|want|hope|tr(?:y|ie)|sought|seek|lobb)\w*\b[^.;]{0,40}$",
    re.I,
)


def _off_to_come(text: str) -> bool:
    """A calling off decided or promised whose object is an occasion (see _TO_CALL_OFF)."""
    return any(
        re.sub(r"['’]s$", "", w.lower()) in EVENT_NOUNS
        for m in _TO_CALL_OFF.finditer(text)
        if not _NO_CALLING_OFF.search(text, max(0, m.start() - 40), m.start())
        for w in m.group("object").split()
    )


def _moved_to_a_day(text: str) -> bool:
    """An active move of an occasion to a new day, its object between: "postponed its vote on the tolls until
    March 24" (a move, no calling off)."""
    s = _tokens(text)
    return any(
        w in ("to", "until", "till")
        and _A_DAY.match(text, s.offsets[i] + len(w))
        and moved_across(s.words, i) is not None
        for i, w in enumerate(s.words)
    )


# (Not "pulled out of the debate": the debate goes on without one of them.)
_OFF_AFTER = re.compile(r"\b" + _OFF + r")\s+(?:[\w’'-]+\s+){0,3}?" + _NOUN + r"\b", re.I)
_OFF_BEFORE = re.compile(
    _NOUN
    + r"\b(?:\s+[\w’'-]+){0,5}?\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:now\s+)?"
    + _OFF
    + r")\b",
    re.I,
)


# An occasion told as off, its noun the subject: "Next Monday's vote in Lorrin on the harbor plan is off" (not "off to
# the printers", "off-limits", "off the coast").
_IS_OFF = re.compile(
    _NOUN
    + r"\b(?:\s+(?!is\b|are\b)[\w’'-]+){0,8}?\s+(?:is|are)\s+(?:now\s+|definitely\s+)?off\b"
    + r"(?![-’'\w]|\s+(?:to|the|limits|for|from|at)\b)",
    re.I,
)


# Every match of _IS_OFF holds the word "off": the pattern, which tries each event noun at every character (a tenth
# of a cold analysis), is tried only in the sentences that have the word (a cost, never a result).
_OFF_WORD = re.compile(r"\boff\b", re.I)


def _is_off(text: str) -> bool:
    """`_IS_OFF.search(text) is not None`, tried only when the sentence has the word "off"."""
    return _OFF_WORD.search(text) is not None and _IS_OFF.search(text) is not None


def nouns_called_off(text: str) -> frozenset[str]:
    """The event nouns `text` tells as called off, as written (lower case): "Quint canceled Friday's rally",
    "the talks set for Monday have been postponed" (not "postponed to Friday": a new day)."""
    if not called_off(text):
        return frozenset()
    found = {m.group("noun").lower() for m in _OFF_AFTER.finditer(text)}
    found |= {m.group("noun").lower() for m in _OFF_BEFORE.finditer(text)}
    if _OFF_WORD.search(text):  # (as `_is_off`: every match holds the word)
        found |= {m.group("noun").lower() for m in _IS_OFF.finditer(text)}
    return frozenset(found)


def nouns_put_off(text: str) -> frozenset[str]:
    """The event nouns `text` tells as called off (`nouns_called_off`) or as moved by a calling off to a new day:
    "the summit in Lorrin has been postponed to Friday", "the guild put off the ballot until May 4". Either way the
    occasion is not held on its old day; the new day is the telling's own announcement."""
    found = nouns_called_off(text)
    if found or not (_moved_to_when(text) or _moved_to_a_day(text)):
        return found
    if _LEADING_CLAUSE.match(text):  # ("After the vote was put off until May, …": what came before)
        return frozenset()
    moved = {m.group("noun").lower() for m in _MOVED_AFTER.finditer(text)}
    return frozenset(moved | {m.group("noun").lower() for m in _MOVED_BEFORE.finditer(text)})


# What a move's "to", "until" or "for" brings in when it is a time: a day ("to Friday", "until May 4", "to next
# month") or a time not yet set ("until further notice", "to a later date", "until after the vote"); not a place ("moved
# to a bigger hall") nor a length of time ("delayed for years").
_A_LATER_TIME = re.compile(
    r"\s+(?:the\s+|a\s+|an\s+)?(?:later|further|future|new|another|unspecified|undetermined|after)\b", re.I
)


def _moved_to_when(text: str) -> bool:
    """A move of an occasion to a time (`MOVED_TO` followed by a day or a time not yet set): "postponed to Friday",
    "postponed until further notice"; not "moved to a bigger hall", "delayed for years"."""
    return any(_A_DAY.match(text, m.end()) or _A_LATER_TIME.match(text, m.end()) for m in MOVED_TO.finditer(text))


# A move to a later day, its occasion the object or the subject: "postponed the summit", "the summit in Lorrin has been
# moved". (Not "brought forward" or "reset": the new day may come first; not "had been moved": a plan before a past
# moment.)
_LATER = r"(?:postponed|rescheduled|moved|delayed|deferred|pushed\s+back|put\s+back|put\s+off)"
_MOVED_AFTER = re.compile(r"\b" + _LATER + r"\s+(?:[\w’'-]+\s+){0,3}?" + _NOUN + r"\b", re.I)
_MOVED_BEFORE = re.compile(
    _NOUN + r"\b(?:\s+[\w’'-]+){0,5}?\s+(?:was|were|has\s+been|have\s+been|is|are)\s+(?:now\s+)?" + _LATER + r"\b",
    re.I,
)


# What someone or something waits on: "freed pending a hearing on May 4", "held pending trial in June".
_PENDING = re.compile(r"\bpending\s+(?:[\w’'-]+\s+){0,3}?(?:on|in|at|set\s+for|scheduled\s+for)?\s*$", re.I)


def pending(text: str, date_start: int) -> bool:
    """The date at `date_start` is of what something waits on: "was freed pending a hearing on May 4"
    tells the hearing to come, however the sentence's own verb is told."""
    return _PENDING.search(text, max(0, date_start - 50), date_start) is not None


_GOVERNED = re.compile(r"\b(?:until|till|to|for|by)\s+(?:the\s+)?$", re.I)


def past_clause(text: str, start: int, end: int) -> bool:
    """The date at text[start:end] sits in a clause told in the past: "once the straws were drawn to
    break the Varna tie late Monday" (its clause runs from the last comma, dash or conjunction
    before the date to the next one after). The sentence may look ahead elsewhere ("…, and the
    recount will start on Friday"): the date is still the past clause's."""
    if _GOVERNED.search(text, max(0, start - 12), start) or pending(text, start):
        return False  # "was adjourned until Monday", "moved to Friday", "freed pending a hearing on May 4"
    clause = clause_at(text, start, end)  # its tense told by the words around the date, not the date's own
    return tense(text[clause.start : start] + " " + text[end : clause.end]) == "past"
