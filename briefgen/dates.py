"""Dates in news text: the day, week, month or year an expression names, read against the article's date.

`resolve_date(text, published)` is the public core; the Next steps (timeline.py) read sentences
with the same parts: `find_dates` (every expression, its value and its tense), `pick` (the one
dating the sentence's own event) and `may_point_forward` (a cheap gate). Pure regular expressions
and calendar arithmetic: no model, nothing downloaded.

Values are TIMEX3-style ISO strings, the finest the text gives:

    2025-03-18       a day ("on Tuesday", "March 18", "tomorrow", "by the end of April", "in two weeks")
    2025-11-17/2025-11-18   a range of days ("Nov. 17-18", "from July 8 to July 11", "between 3 and 6 June")
    2025-W13         an ISO week ("next week", "later this week")
    2025-W13-WE      that week's weekend ("this weekend")
    2025-04          a month ("later this month", "mid-April", "early next month")
    2025-Q4          a quarter ("the fourth quarter", "next quarter", "Q3 2026")
    2025-SU          a season, northern (SP, SU, FA, WI; winter 2025 is Dec 2025 - Feb 2026)
    2026             a year ("next year", "in 2026")

Direction comes from the tense around the expression. A bare weekday is the nearest such day
in the direction the verb points ("said Tuesday" the last one, "will meet Tuesday" the next),
the publication day itself included: wire copy names today by its weekday. A month and day
without a year lie within six months of the article unless the tense reaches further ("will be
held on November 5" in March is this November; "passed on March 3" in November is this March).
"""

from __future__ import annotations

import bisect
import calendar
import functools
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from .attribution.lexicon import PLACES
from .moves import MOVE_WORDS, move_pattern, moved_across
from .text import SENTENCE_MEMORY

__all__ = [
    "ACTS_WITH_OBJECT",
    "ARRANGED",
    "MONTH_OPENING",
    "OBJECT_OPENS",
    "ORDERS",
    "PASSIVE_OCCASIONS",
    "PAST_FORMS",
    "PUBLISHED",
    "SCHEDULED_ACTS",
    "SETTLED_VERBS",
    "WEEKDAY_NAME",
    "WEEKDAY_WORDS",
    "Found",
    "as_told",
    "asides",
    "direction",
    "find_dates",
    "future_clause",
    "granularity",
    "hears_a_matter",
    "in_aside",
    "iso_week",
    "mandative",
    "may_point_forward",
    "ordered",
    "period_end",
    "period_start",
    "pick",
    "resolve_date",
]

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS |= {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
_MONTHS |= {"sept": 9, "jly": 7}
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_WEEKDAYS |= {"mon": 0, "tues": 1, "tue": 1, "wed": 2, "thurs": 3, "thur": 3, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
WEEKDAY_WORDS = frozenset(_WEEKDAYS)  # weekday names and their abbreviations, lower case
# A weekday's name and a month's first letters, for patterns of other modules (the case their own flags say).
WEEKDAY_NAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
MONTH_OPENING = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_COUNTS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty-eight": 48,
    "seventy-two": 72,
    "a few": 3,
    "a couple of": 2,
    "a couple": 2,
    "several": 3,
}
_ORDINALS = {
    w: i + 1
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth"
        " fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split()
    )
}
_ORDINALS |= {
    f"twenty-{w}": 20 + _ORDINALS[w] for w in "first second third fourth fifth sixth seventh eighth ninth".split()
}
_ORDINALS |= {"thirtieth": 30, "thirty-first": 31}


def _alt(words: Iterable[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


# "May" is a month only when capitalised or followed by a day: "may" is a verb far more often. A month's name or
# abbreviation is a whole word: not the start of a name ("in Decatur", "by Marrow Pictures", "in Augusta").
_MONTH = r"(?P<month>(?i:" + _alt(m for m in _MONTHS if m != "may") + r")(?![^\W\d_])\.?|May\b|(?i:may)(?=\s+\d))"
# A month a thing is set for, with no "in": "the hearing is set for March" (a lookbehind, so the found
# words are the month's alone); not a day it was once set for ("originally set for March, moved to …").
_SET_FOR = "|".join(
    rf"(?<={w}\sfor\s)" + "".join(rf"(?<!{once}\s{w}\sfor\s)" for once in ("originally", "initially", "previously"))
    for w in ("set", "scheduled", "slated", "planned", "due", "booked", "fixed", "pencilled")
)
_DAY = (
    r"(?P<day>\d{1,2}(?:st|nd|rd|th)?(?!\d|[.,:]\d|\s*(?:%|percent|per\s+cent|a\.m|p\.m))|(?i:"
    + _alt(_ORDINALS)
    + r"))"
)
_YEAR = r"(?:,?\s+(?P<year>(?:1[89]|20)\d\d)\b(?!\s*(?:%|percent)))?"
# "Black Friday", "Super Tuesday" name a kind of day, not a date.
_NAMED_DAYS = "".join(rf"(?<!{w}\s)" for w in "black good super ash holy cyber maundy bloody easter".split())
_WEEKDAY = r"(?P<weekday>" + _alt(_WEEKDAYS) + r")\b\.?"
_COUNT = r"(?P<n>\d+|" + _alt(_COUNTS) + r")"
_PART = r"(?:\s+(?:morning|afternoon|evening|night|noon|midday))?"
_I = re.IGNORECASE
# "Today's" before a country or a city that is the subject of its verb is that place as it now is,
# no day: "Today's Romania is a far cry from 1989" (but "Today's Budget is …", "today's Berlin
# summit" are the day's).
_NOT_A_COUNTRY_NOW = (
    r"(?!['’]s\s+(?:" + "|".join(re.escape(p) for p in sorted(PLACES, key=len, reverse=True)) + r")"
    r"\s+(?:is|are|was|has|have|faces|face|remains|needs)\b)"
)


@dataclass(frozen=True, slots=True)
class Found:
    """One date expression of a text: where it is, what it names, and which way its verb points."""

    start: int
    end: int
    value: str
    direction: int  # +1 future, -1 past, 0 tense unknown


# ---------------------------------------------------------------------------------------------
# Periods


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


# Seasons as TIMEX3 names them, northern hemisphere: (first month, months long). Winter 2025 is
# December 2025 to February 2026.
_SEASONS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def granularity(value: str) -> str:
    """What a value names: "day", "range" (of days), "by" (some day up to a limit: ../2025-04-07),
    "week", "weekend", "month", "quarter", "season" or "year"."""
    if value.startswith("../"):
        return "by"
    if "/" in value:
        return "range"
    if len(value) == 4:
        return "year"
    if value[5:6] == "Q":
        return "quarter"
    if value[5:7] in _SEASONS:
        return "season"
    if "-W" in value:
        return "weekend" if value.endswith("-WE") else "week"
    return "month" if len(value) == 7 else "day"


def period_start(period: str) -> date:
    """First day of a value: 2025-W13 -> its Monday, 2025-W13-WE -> its Saturday, 2025-Q2 -> 1 April,
    2025-SU -> 1 June, 2025-04, 2026, a day, a range of days 2025-11-17/2025-11-18 -> its first.
    A limit (../2025-04-07) has no first day the text gives: its only known day is the limit."""
    if period.startswith("../"):
        return date.fromisoformat(period[3:])
    if "/" in period:
        return date.fromisoformat(period.split("/", 1)[0])
    if "-W" in period and not period.endswith("-WI"):
        monday = date.fromisocalendar(int(period[:4]), int(period[6:8]), 1)
        return monday + timedelta(days=5) if period.endswith("-WE") else monday
    if period[5:6] == "Q":
        return date(int(period[:4]), 3 * int(period[6]) - 2, 1)
    if period[5:7] in _SEASONS:
        return date(int(period[:4]), _SEASONS[period[5:7]], 1)
    if len(period) == 4:
        return date(int(period), 1, 1)
    if len(period) == 7:
        return date(int(period[:4]), int(period[5:7]), 1)
    return date.fromisoformat(period)


def period_end(period: str) -> date:
    """Last day of a value (see period_start)."""
    if "/" in period:
        return date.fromisoformat(period.split("/", 1)[1])
    start = period_start(period)
    if "-W" in period and not period.endswith("-WI"):
        return start + timedelta(days=1 if period.endswith("-WE") else 6)
    if period[5:6] == "Q" or period[5:7] in _SEASONS:
        return _month_end(start.year, start.month + 2)  # three months, a season or a quarter
    if len(period) == 4:
        return date(start.year, 12, 31)
    if len(period) == 7:
        return date(start.year, start.month, calendar.monthrange(start.year, start.month)[1])
    return start


def _month(year: int, month: int) -> str:
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return f"{year:04d}-{month:02d}"


def _month_end(year: int, month: int) -> date:
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: date, months: int) -> date:
    year, month = day.year + (day.month - 1 + months) // 12, (day.month - 1 + months) % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# ---------------------------------------------------------------------------------------------
# Tense: which way does the verb an expression hangs on point?

_WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*|[,;:—–()\"“”]|--")
_FUTURE_WORDS = set(
    "will 'll shall won't would upcoming forthcoming scheduled slated planned expected due ahead effective"
    " tomorrow await awaits awaiting".split()
)
_INTEND = set(
    "expected expects expect set poised likely plans plan planning planned intends intend intending aims aim hopes"
    " hope wants want prepared preparing prepares prepare ready going due scheduled slated forecast predicted"
    " projected tipped"
    " promised pledged vowed threatened".split()
)
# Verbs that take the present for a scheduled event ("the council meets Tuesday", "the court rules on the appeal
# Friday", "voters go to the polls on Sunday"); words that are
# more often nouns ("the vote", "returns") count only when no article or possessive precedes them.
# Of those, the acts that take an object before their day ("the guild unveils its plan on Thursday"), which events
# reads with their object.
ACTS_WITH_OBJECT = frozenset(
    "announce announces unveil unveils publish publishes present presents deliver delivers debate debates discuss"
    " discusses consider considers review reviews visit visits tour tours host hosts launch launches".split()
)
_SCHEDULED = set(ACTS_WITH_OBJECT).union(
    "meet meets vote votes begin begins start starts opens resume resumes travel travels arrive arrives fly flies"
    " head heads expire expires ends convene convenes closes testify testifies decide decides gather gathers sit"
    " sits address addresses attend attends speak speaks examine examines celebrate celebrates face faces reopen"
    " reopens reconvene reconvenes restart restarts open close goes return returns holds rules".split()
)
# Acts done to a thing, in the present with the thing as object before the day ("the guild signs the accord on
# Friday", "the tribunal sentences the two wardens on Friday"): a schedule only when an object opens after the verb,
# since several are nouns as often ("protest signs on Friday", "the names").
SCHEDULED_ACTS = frozenset(
    "sign signs release releases hear hears sentence sentences stage stages name names elect elects choose chooses"
    " ratify ratifies adopt adopts inaugurate inaugurates crown crowns appoint appoints nominate nominates award"
    " awards".split()
)
# What a court or a board hears on a day set for it: "the tribunal hears the appeal on Friday" (not "hears the
# verdict", "hears the news": what one is told, often a scene).
HEARD_MATTERS = frozenset(
    "appeal appeals case cases argument arguments evidence challenge challenges petition petitions motion motions"
    " testimony plea pleas claim claims complaint complaints lawsuit lawsuits objection objections bid bids".split()
)
# What opens the object of one of those acts.
OBJECT_OPENS = frozenset("the a an its their his her two three four several".split())
# Occasions told in the present passive with their day: "the winners are named on Thursday", "Quarle is sworn in
# on Friday", "the results are announced on Friday" (read ahead only with the day right after, or "in" for "sworn").
PASSIVE_OCCASIONS = frozenset(
    "sworn announced named unveiled published released signed elected crowned inaugurated counted certified"
    " sentenced launched".split()
)
# What opens a deadline's name: "the deadline", "the last day to", "the closing date for", "the cut-off".
_DEADLINE_WORDS = frozenset("deadline last final closing cut-off cutoff".split())
# Going somewhere, appearing before a court, an occasion's opening, a phrasal act: the present of a schedule only
# with the word that makes it one ("the delegation leaves for Brell", "appears in court", "the regatta kicks off",
# "voting gets under way", "hands down its ruling", "steps down"), not "leaves the door open", "appears to", "kicks
# the ball", "hands the keys", "steps in".
_SCHEDULED_WITH = {
    verb: tuple(words.split())
    for verbs, words in (
        ("leaves leave departs depart", "for"),
        ("appears appear", "in before"),
        ("kicks", "off"),
        ("gets get", "under"),
        # a ruling handed down, a plan laid or set out, a post left, a trial stood, work walked out of
        ("hands", "down"),
        ("lays sets", "out"),
        ("steps", "down"),
        ("stands", "down trial"),
        ("walks walk", "out off"),
    )
    for verb in verbs.split()
}
# Where an appearance is an occasion set for a day: before a court, a judge or a body that sits.
_APPEARS_AT = frozenset(
    "court courts dock judge judges magistrate magistrates justice justices tribunal committee panel jury inquiry"
    " hearing parliament senate congress assembly council".split()
)
_PAPERS = [[w] for w in "papers documents records filings files transcripts minutes report reports".split()]
# What a plural "go" goes to, when it is an act ("go to the polls", "go on strike"), not a place or a day ("where
# the ferries go on Friday", "go to Brell").
_GOES_TO = re.compile(r"(?:to\s+the|on)\s+(?!(?:" + "|".join(_WEEKDAYS) + r")\b)[a-z]", re.I)
# What opens the thing planned after "plans" ("plans a march", "plans two rallies"): an object, not a time.
_PLANNED_THING = frozenset("a an another two three several new its their his her".split())
# Words before "plans" that make it no plan in force: a past ("was planning"), a noun ("the plans"), a plan denied or
# dropped ("no longer plans a vote", "never plans", "does not plan").
_NOT_PLANNING = frozenset("was were had the a its their longer never not".split())
# A past decision whose infinitive is an occasion settled on for later, as a plan's ("promised to", in _INTEND).
SETTLED_VERBS = ("agreed", "decided", "voted")
_SETTLED = frozenset(SETTLED_VERBS)
# The occasions one agrees or decides to hold on a day to come: a meeting, a session, a vote, a signing, a hearing
# ("agreed to meet the board on Friday", "decided to hold a hearing on Friday"). The day after an act that is done
# once decided ("decided to free the skipper on Friday", "agreed to a truce on Friday", "agreed to return to work on
# Friday") is as often the day of deciding, and keeps the past.
SETTLED_OCCASIONS = frozenset(
    "meet hold vote testify debate resume reconvene convene visit sign attend address host stage".split()
)
# What is held that is no occasion: a level kept ("decided to hold interest rates steady on Friday", "agreed to
# hold output at the May level"): the day is as often the deciding's.
_HELD_LEVELS = frozenset("steady unchanged rate rates interest output prices price level levels firm".split())


def settles_occasion(words: Sequence[str]) -> bool:
    """`words` (the infinitive's verb and what follows it) settle an occasion for later: "meet the board",
    "hold a referendum"; not a level held ("hold rates steady")."""
    verb = words[0].lower() if words else ""
    if verb not in SETTLED_OCCASIONS:
        return False
    return verb != "hold" or _HELD_LEVELS.isdisjoint(w.lower() for w in words[1:4])


# The present progressive of an arranged act with a day is that day to come: "the canal unions are staging a
# march on Saturday", "a barge crew is sailing for Brell at dawn on Monday" (English tells a fixed plan so; a
# past one is told "was staging").
ARRANGED = frozenset(
    "holding hosting staging organizing organising throwing convening meeting visiting touring travelling traveling"
    " flying heading leaving departing returning arriving launching unveiling releasing publishing announcing"
    " addressing attending appearing testifying debating".split()
)
# Present perfect names no past day ("has called an election for July 4"): like the present, no cue.
# The participles of a release, of a thing published or shown: "a songbook to be issued on Thursday" (events.py
# reads the same list).
PUBLISHED = frozenset("released published unveiled issued aired screened premiered launched".split())
# Words before "to be published" that are no thing published: "was to be", "had to be", "wanted them to be".
_NOT_A_THING = set("is are was were had has have used ought going them him her it us me you".split())
_STATIVE = set("is are am be been being has have remain remains stay stays 's will would to".split())
_DETERMINERS = set("the a an its their his her our your my this that these those of".split())
_IRREGULAR_PAST = set(
    "said told met took began fell rose made gave came went saw left held won lost sold bought paid spoke wrote"
    " brought thought led ran struck sank grew fought sent spent broke chose drew drove flew got knew laid meant"
    " rode rang shook shot stood stole stuck swore taught threw understood woke wore withdrew became found felt"
    " heard was were had did sought slid sat slept dealt fled forbade forgave froze hung kept lent lit rebuilt"
    " shrank spun swept swung tore upheld wept ago earlier yesterday".split()
)
# The simple pasts that do not end in -ed ("drew", "held", "was"), for the readers of a clause's tense elsewhere.
PAST_FORMS = frozenset(_IRREGULAR_PAST - {"ago", "earlier", "yesterday"})
# -ed words that are rarely past-tense verbs in news.
_NOT_PAST = set(
    "red bed need hundred united limited based indeed speed feed seed shed breed creed greed sacred naked wicked"
    " rugged ragged crooked beloved aged alleged detailed advanced interested concerned related armed preferred"
    " unidentified unnamed unspecified listed".split()
)
_HARD_STOP = set(';:—–()"“”') | {"--"}
# After the expression, a new clause starts here: its verb is not the expression's.
_CLAUSE = set("which who whose where while but although whereas".split())
_OTHER_CLAUSE = _CLAUSE | {"that"}
# The words a day opening its sentence may come with: "On Monday,", "Late on Friday,", "Early Tuesday,".
_FRONTING = frozenset("on late early by next this and but".split())
# After "is": the words of a future set for the subject ("is expected to vote", "is due to sign", "is set to",
# "is scheduled to", "is to vote"), not of a cause, a blame or a guess at the past ("is due to a dispute", "is to
# blame", "is expected to have voted").
_SET_AHEAD = frozenset("expected due set scheduled slated going poised".split())
_NOT_A_VERB = frozenset((_DETERMINERS - {"of"}) | {"blame", "have"})


def _future_after_is(words: list[str], k: int) -> bool:
    """words[k] ("is") opens a future set for its subject: "is expected to vote", "is to sign"."""
    nxt = [w.lower() for w in words[k + 1 : k + 4]]
    if nxt[:1] == ["to"]:
        infinitive = nxt[1:2]
    elif nxt[:1] and nxt[0] in _SET_AHEAD and nxt[1:2] == ["to"]:
        infinitive = nxt[2:3]
    else:
        return False
    return bool(infinitive) and infinitive[0] not in _NOT_A_VERB and not infinitive[0][:1].isdigit()


# An order or a summons: what it orders is still to come, whatever tense the order is told in
# ("ordered Varg to appear in court on May 4"); so is what someone waits on ("freed pending a hearing").
ORDERS = frozenset("ordered ordering orders order summoned summoning summons directed directing required".split())
# Words whose infinitive lies ahead of them, not in _INTEND, _FUTURE_WORDS or ORDERS: a request or a leave ("urged
# residents to vote", "asked the board to meet", "allowed the fair to open"), a will or a readiness ("wanted to",
# "was eager to", "was about to"), a duty ("was supposed to"), a noun of intent ("a bid to", "efforts to"). The
# day after their infinitive is the infinitive's own, as likely still to come when told: see _done_then.
AHEAD_GOVERNORS = frozenset(
    "asked urged told invited encouraged called pressed persuaded requested appealed begged implored challenged"
    " advised instructed reminded allowed permitted authorized authorised empowered cleared wanted wished hoped"
    " intended aimed sought offered arranged volunteered needed waited determined committed meant supposed obliged"
    " obligated bound about eager keen willing anxious free able unable"
    " bid bids effort efforts push proposal proposals offer deal agreement invitation call calls request motion"
    " permission approval authority mandate leave orders"
    " resolution order attempt attempts move chance time".split()
)


def ordered(words: list[str], i: int) -> bool:
    """words[i] ("to") is governed by an order word at most four words before it, not by the purpose
    "in order to" ("met in order to set the toll")."""
    return any(
        words[j].lower() in ORDERS and not (j > 0 and words[j].lower() == "order" and words[j - 1].lower() == "in")
        for j in range(max(0, i - 4), i)
    )


def _done_then(words: list[str], k: int) -> bool:
    """words[k] is a scheduled act's bare verb after "to" ("to open", "to meet") whose governing verb is a finite
    past of doing: "voted to open an inquiry", "it was not hard for the board to open an inquiry", "hurried to
    reopen the quay". Read only for the article's own day (see find_dates): an infinitive has no time of its own,
    and a day after it that is the day of telling is the past act's ("the assembly voted to open an inquiry on
    Thursday" in Thursday's paper). Not when the governor points ahead (the "to" of "is to", "plans to", an order,
    an occasion settled: see _cue) or is a request, a will or a noun of intent (AHEAD_GOVERNORS: "urged residents
    to vote on Sunday"), nor when none is found."""
    if k < 2 or words[k - 1].lower() != "to" or words[k].lower() not in _SCHEDULED:
        return False
    if any(w.lower() in _WEEKDAYS or w.lower() in ("yesterday", "today") for w in words[: k - 1]):
        return False  # "met Wednesday and voted to reopen the archive Thursday": the governing act has its own day
    for j in range(k - 1, max(-1, k - 11), -1):
        if words[j] in _HARD_STOP or words[j] == ",":
            return False
        if words[j].lower() in AHEAD_GOVERNORS and not (words[j].lower() == "order" and words[j - 1].lower() == "in"):
            return False  # (the purpose "in order to" is the act's own: "met in order to open the ledgers")
        cue = _cue(words, j)
        if cue:
            return cue == -1
    return False


# The simple past of a word of intent: its infinitive lies ahead of it, but a day before it is its own.
_INTENT_PAST = frozenset(
    "planned scheduled expected prepared predicted projected promised pledged vowed threatened".split()
)
_AUXILIARIES = frozenset("is are am was were be been being has have had 's 've 'd".split())


def _told_intent(words: list[str], k: int) -> bool:
    """words[k], after the day, is a plan, a promise or a threat in the simple past with its infinitive ("on
    Monday threatened to retaliate", "on Friday pledged to repave the quay"): the day is the telling's, past.
    Not a passive or a perfect ("is expected to vote", "has pledged to"), whose auxiliary is the tense."""
    w = words[k].lower()
    after = words[k + 1].lower() if k + 1 < len(words) else ""
    return w in _INTENT_PAST and after == "to" and (k == 0 or words[k - 1].lower() not in _AUXILIARIES)


def _did(words: list[str], i: int) -> bool:
    """words[i] is the bare verb of a past "did": "did meet", "did not return", "didn't open", "never did open"."""
    before = [w.lower().replace("’", "'") for w in words[max(0, i - 2) : i]]
    return before[-1:] in (["did"], ["didn't"]) or before in (["did", "not"], ["did", "never"])


def mandative(words: list[str], i: int) -> bool:
    """words[i] ("be") is the bare verb of a clause an order opens with "that": "ordered that the seized nets be"."""
    if i == 0 or words[i - 1].lower() in ("to", "will", "would", "shall", "may", "might", "could", "should", "must"):
        return False
    for j in range(i - 1, max(0, i - 16), -1):  # (the subject between may be long)
        if words[j] in _HARD_STOP:
            return False
        if words[j].lower() == "that":
            return words[j - 1].lower() in ORDERS
    return False


def _cue(words: list[str], i: int) -> int:
    """+1 when words[i] points to the future, -1 to the past, 0 neither, 2 the present ("is"), 3 an
    order's "to" (no way of its own: see _direction), 4 a progressive of an arranged act (see _arranged), 5 a
    "must" (ahead only before a limit: see _owed_by)."""
    w = words[i].lower().replace("’", "'")
    prev = words[i - 1].lower() if i > 0 else ""
    after = words[i + 1].lower() if i + 1 < len(words) else ""
    if after == "to" and i + 2 < len(words) and words[i + 2].lower() == "have":
        return -1  # "is expected to have slowed in October": a guess about the past
    if w == "planned" and after in _PLANNED_THING and prev not in ("has", "have", "'ve"):
        return -1  # "the guild planned a rally on Saturday": a finite past with its object, a plan of untold fate
    if (w in _FUTURE_WORDS or w in _INTEND) and (
        prev == "had" or (prev == "been" and i > 1 and words[i - 2].lower() == "had")
    ):
        return -1  # "had been scheduled to sail on Saturday", "had planned to leave Monday": a
        # plan made before a past moment, for a day told as past (its fate told elsewhere)
    if w in _FUTURE_WORDS or w.endswith("'ll"):
        return 1
    if w == "must" and after != "have":
        return 5  # "must submit the offers by noon on Friday": a duty ahead, when its day is a limit (_owed_by)
    if w == "pending":
        return 1  # "freed pending a hearing on May 4"
    if w == "be" and mandative(words, i):
        return 3  # "ordered that the seized nets be returned by Wednesday": an order's subjunctive, as its "to"
    if w == "to" and ordered(words, i):
        # "ordered Varg to appear in court on May 4": the order's own tense says nothing of the ordered
        # event's day, which its date alone places (a weekday after a past order dates the order: AP style)
        return 3
    if (w == "to" and prev in ("is", "are", "am")) or (w in _INTEND and after == "to"):
        return 1  # "is to resume", "plans to meet", "expected to vote"
    if w == "to" and _made_on_a_day(words, i):
        return 1  # "voted on Sunday to stage a walkout on Friday": the deciding has its own day, the act's is after it
    if w in _SETTLED and after == "to" and settles_occasion(words[i + 2 : i + 6]):
        return 1  # "agreed to meet the board on Friday", "decided to hold a hearing on Friday": see SETTLED_OCCASIONS
    if after in _PLANNED_THING and (
        (w in ("plans", "plan", "planning") and prev not in _NOT_PLANNING)
        or (w == "planned" and prev in ("has", "have"))
    ):
        return 1  # "the union plans a march through Lorrin on Saturday", "has planned a vigil for Friday"
    if w == "be" and prev == "to" and i > 1 and words[i - 2] == ",":
        return 1  # "a lecture on tides, to be given Thursday": a reduced relative clause, set for that day
    if w == "be" and prev == "to" and i > 1 and after in PUBLISHED and words[i - 2].lower() not in _NOT_A_THING:
        return 1  # "a songbook to be issued on Thursday": the same on a thing released

    if prev in ("is", "are", "am", "'s") and (w in ARRANGED or (w == "headed" and after in ("to", "for", "back"))):
        return 4  # "are staging a march on Saturday", "is heading to Brell on Monday": see _arranged
    if w in ("set", "penciled", "pencilled", "timetabled") and after == "for":
        return 1  # "a vote is set for Thursday", "timetabled for Friday"
    if w in ("takes", "take") and after in ("effect", "office", "power", "over") and prev not in _DETERMINERS:
        return 1  # "takes office on Friday", "charges which take effect on Friday": the present of a schedule
    if (
        (
            w in ("comes", "enters", "goes")
            or (w == "go" and not _GO_GOVERNED.intersection(x.lower() for x in words[max(0, i - 4) : i]))
        )
        and after == "into"
        and words[i + 2 : i + 3] in (["force"], ["full"], ["effect"])
    ):
        return 1  # "the treaty comes into force on Friday", "the tolls go into effect on Friday": the same
    if w in ("marks", "mark") and after == "the" and words[i + 2 : i + 3] and words[i + 2].lower() in _DEADLINE_WORDS:
        return 2  # "Thursday marks the deadline for bids": the present of "is"
    if w in ("is", "are", "am"):
        return 2  # the present: a schedule when next to the date ("the vote is on Tuesday"), else no tense
    if prev in _DETERMINERS or (w in ("open", "close") and after in ("to", "by", "ally", "aide", "race")):
        return 0  # "the close of business", "its planned acquisition", "close to": nouns and adjectives
    if w in ("play", "plays") and words[i + 1 : i + 2] and words[i + 1][:1].isupper():
        return 1  # a fixture against a named rival: "Brell Rovers play Tarrow United on Saturday" (not "plays havoc")
    if (w in PASSIVE_OCCASIONS or w in SCHEDULED_ACTS or w in _SCHEDULED_WITH) and _captioned(words):
        return 0  # "Quarle, pictured, signs the accord on Friday": a photo's caption tells a past scene in the present
    sworn_in = w == "sworn" and after == "in"
    if w in PASSIVE_OCCASIONS and prev in ("is", "are") and _day_next(words, i + 1 + sworn_in):
        return 1  # "the winners are named on Thursday", "is sworn in on Friday": an occasion's schedule
    if w in SCHEDULED_ACTS and after in OBJECT_OPENS and prev != "to" and hears_a_matter(w, words[i + 2 : i + 6]):
        # "the board signs the accord on Friday": an act with its object, set for the day (not an infinitive, "asked
        # on Thursday to ratify the merger", whose time is its governing verb's)
        return 1
    if after in _SCHEDULED_WITH.get(w, ()) and _scheduled_with(words, i):
        return 1  # "the delegation leaves for Brell on Thursday", "appears in court on Friday", "kicks off"
    if w in _SCHEDULED and _did(words, i):
        return -1  # "did not return a message on Friday", "did meet on Friday": the bare verb of a past "did"
    if w in _SCHEDULED and not (w == "rules" and after == "out"):
        return 1  # (not "rules out a hearing on Friday": a hearing denied)
    if w == "runs" and after == "from" and prev not in _DETERMINERS:
        return 1  # "the lantern fair runs from Friday to Sunday": a span set ahead (events.py wants an occasion)
    if w == "go" and after in ("to", "on") and _GOES_TO.match(" ".join(words[i + 1 : i + 4])):
        return 1  # "voters go to the polls on Sunday", "keepers go on strike": the act it goes to, set for a day
    # (a capital inside the sentence is a name's, no past: "Tarrow United", "Kesh Red")
    named = i > 0 and words[i][:1].isupper() and words[i - 1] not in _HARD_STOP
    if w in _IRREGULAR_PAST or (len(w) > 4 and w.endswith("ed") and w not in _NOT_PAST and "-" not in w and not named):
        # "will be held", "will remain closed until Monday": a participle after a present or
        # future form says nothing of time; the auxiliary before it does.
        return 0 if prev in _STATIVE else -1
    return 0


def _captioned(words: list[str]) -> bool:
    """The sentence is a photo's caption: "Quarle, pictured, …", "… in this file photo"."""
    lowered = [w.lower() for w in words]
    return "pictured" in lowered or any(
        a in ("file", "this") and b in ("photo", "photograph") for a, b in pairwise(lowered)
    )


def hears_a_matter(verb: str, following: list[str]) -> bool:
    """Unless the verb is "hear", true; else a matter heard is among the words after it (see HEARD_MATTERS)."""
    return verb.lower() not in ("hear", "hears") or any(w.lower() in HEARD_MATTERS for w in following)


def _scheduled_with(words: list[str], i: int) -> bool:
    """What follows the particle of words[i] makes it a schedule: an appearance before a court or a body that sits
    ("appears in court", "appears before the budget committee"), not in a video, a photo or before reporters;
    a walkout, not walking out of a room ("walks out of the talks")."""
    w = words[i].lower()
    if w in ("appears", "appear"):
        return any(
            words[k].lower().rstrip("'’") in _APPEARS_AT and words[k + 1 : k + 2] not in _PAPERS
            for k in range(i + 2, min(i + 6, len(words)))
        )  # (not a thing of its: "her name appears in court papers on Friday")
    return not (w in ("walks", "walk") and words[i + 2 : i + 3] == ["of"])


def _day_next(words: list[str], k: int) -> bool:
    """words[k] opens a day: "on Thursday", "Friday", "next week", "on March 9"."""
    at = k + (k < len(words) and words[k].lower() in ("on", "next", "this"))
    return at < len(words) and (words[at].lower() in _WEEKDAYS or words[at].lower() in _MONTHS or words[at] == "week")


def _day_word(word: str) -> bool:
    """A weekday, "yesterday" or "today"."""
    return word.lower() in _WEEKDAYS or word.lower() in ("yesterday", "today")


def _go_governed(words: list[str], i: int) -> bool:
    """A bare "go" at words[i] is governed by a word up to four before it (_GO_GOVERNED)."""
    return bool(_GO_GOVERNED.intersection(w.lower() for w in words[max(0, i - 4) : i]))


def _purpose_of(words: list[str], k: int, first_after: int, past_at: int) -> bool:
    """words[k] is an infinitive ("to meet") right after the day that ends at words[first_after - 1], the
    purpose of the plain past deed at words[past_at] ("took a detour on Wednesday to meet"). Not after a
    past of arranging, whose day is the arranged occasion's ("called a meeting for Friday to discuss",
    "had invited the envoy on Friday to"), nor after "was"/"were" (a past progressive or reported
    speech's backshift: "said she was flying to Brell on Friday to meet the board")."""
    if past_at < 0 or words[past_at].lower() in _ARRANGING or words[past_at].lower() in ("was", "were"):
        return False
    if "," in words[past_at:first_after]:
        return False  # "Orr, whose term ended in January, comes back Wednesday to testify": an aside's verb
    return k == first_after + 1 and words[first_after].lower() == "to" and _day_word(words[first_after - 1])


def _made_on_a_day(words: list[str], i: int) -> bool:
    """words[i] ("to") follows a decision or a plan and the day it was made: "agreed on Sunday to", "voted
    Monday to", "promised yesterday to"."""
    k = i - 1
    if k < 0 or not _day_word(words[k]):
        return False
    k -= 1 if k > 0 and words[k - 1].lower() == "on" else 0
    verb = words[k - 1].lower() if k > 0 else ""
    return verb in _SETTLED or (verb in _INTEND and verb.endswith("ed"))


def direction(text: str, start: int, end: int) -> int:
    """Which way the verb nearest to text[start:end] points: +1 future, -1 past, 0 unknown.

    The nearest tense cue in the same stretch of text (up to a semicolon, dash or bracket; after
    the expression, up to a new clause) wins, so "the delegations, which met on Monday, will meet
    again on Friday" reads Monday as past and Friday as future. A cue after the expression counts
    at twice its distance: adverbs of time mostly follow their verb. "since", "last" and "ago" next
    to the expression decide outright."""
    return _Words(text).direction(start, end)


class _Words:
    """A text's words and where they start, read once for all its expressions."""

    def __init__(self, text: str) -> None:
        matches = list(_WORD.finditer(text))
        self.words = [m.group(0) for m in matches]
        self.offsets = [m.start() for m in matches]

    def direction(self, start: int, end: int, present: bool = True, own_day: bool = False) -> int:
        first_after = bisect.bisect_left(self.offsets, end)
        return _direction(self.words, bisect.bisect_left(self.offsets, start) - 1, first_after, present, own_day)

    def told_after(self, end: int, present: bool = True) -> int:
        """The direction of the clause that opens at text[:end], read from its own verbs after it alone."""
        return _direction(self.words, -1, bisect.bisect_left(self.offsets, end), present)


# Verbs that set an event for a day: "called a ballot for May 9", "booked the hall for Friday".
_SETS_FOR = {"called", "set", "fixed", "booked", "arranged", "convened", "scheduled"}
# Words before a bare "go" that make it no present of its own: "did go", "allowed to go", "let the ban go", "watched
# the tolls go into effect" (its time is theirs, maybe past).
_GO_GOVERNED = frozenset(
    "to did do does didn't don't doesn't let lets made make makes watched saw see seen helped".split()
)
# Pasts of arranging an occasion: the day after their object is the occasion's, ahead of the arranging.
_ARRANGING = _SETS_FOR | {"invited", "hired", "summoned", "organised", "organized", "planned", "announced", "told"}
# Words of an hour before a day: "until midnight Friday", "until 5 p.m. Thursday".
_HOUR_WORDS = {"midnight", "noon", "midday", "am", "pm", "a", "p", "m"}  # ("5 p.m." reads as "p", "m")
_SUBORDINATE = {"once", "when", "until", "after", "before", "as"}  # "as" of "as soon as"


def _follows_main_clause(words: list[str], k: int) -> bool:
    """The past verb words[k] is in a time clause ("as soon as the quay opened") whose main clause
    speaks of the future ("were likely to buy", "would resume"): sequence of tenses, not the past."""
    opener = next((j for j in range(k - 1, max(-1, k - 5), -1) if words[j].lower() in _SUBORDINATE), None)
    if opener is None:
        return False
    if words[opener].lower() == "as":
        if opener < 2 or [w.lower() for w in words[opener - 2 : opener]] != ["as", "soon"]:
            return False
        opener -= 2
    for j in range(opener - 1, max(-1, opener - 10), -1):
        if words[j] in _HARD_STOP:
            break
        cue = _cue(words, j)
        if cue:
            return cue == 1
    return False


_ASIDE_OPENS = {",", "—", "–", "--"}
_WHO = {"who", "which", "whose"}


def _aside_end(words: list[str], k: int) -> int | None:
    """Where a relative clause set off at words[k] (a comma or a dash before "who") closes, when it does
    with the same mark before the clause's end; else None."""
    if words[k] not in _ASIDE_OPENS or k + 1 >= len(words) or words[k + 1].lower() not in _WHO:
        return None
    mark = {"–": "—", "--": "—"}.get(words[k], words[k])
    for j in range(k + 2, min(len(words), k + 30)):
        if {"–": "—", "--": "—"}.get(words[j], words[j]) == mark:
            return j
        if words[j] in (";", ":", "(", ")"):
            return None
    return None


def _arranged(words: list[str], k: int, last_before: int) -> bool:
    """The progressive at words[k] governs the day after words[last_before]: only its object and a named
    place stand between ("are staging a march in Upper Tarrow on Saturday", "is heading to Brell on Monday"). A
    phrase of another noun between dates that noun's occasion, maybe a past one: "are holding a suspect in
    the shooting at the rally on Saturday", "is holding talks with managers after the strike on Monday"."""
    between = words[k + 1 : last_before + 1]
    for j, w in enumerate(between):
        low = w.lower()
        if low in ("on", "at"):
            if j == len(between) - 1:
                continue  # the day's own preposition: "on Friday"
            if not between[j + 1][:1].isupper():
                return False
        elif low in ("in", "to", "for"):
            if j + 1 < len(between) and not between[j + 1][:1].isupper():
                return False  # "in the shooting", "to the talks": another noun's phrase
        elif low in _ARRANGED_BREAKS or w in _HARD_STOP or w == ",":
            return False
        elif j and (low.endswith("ed") or low in _IRREGULAR_PAST or low in _PARTICIPLES_EN):
            return False  # "is releasing the hostages taken on Friday": the day of another act, maybe past
    return len(between) <= 10


_HOUR_OR_AT = _HOUR_WORDS | {"on", "at"}  # "by noon on Friday", "by 5 p.m. on Friday"


def _owed_by(words: list[str], last_before: int) -> bool:
    """The day after words[last_before] is a limit: "by Friday", "by noon on Friday", "no later than March 9".
    Only so does a "must" before it point ahead: in "must explain why it shut the plant on Friday", "must account
    for the spill on Friday", the day is the past act's or the thing's, not the duty's."""
    k = last_before
    while k >= 0 and (words[k].lower() in _HOUR_OR_AT or words[k][:1].isdigit()):
        k -= 1
    limit = [w.lower() for w in words[max(0, k - 1) : k + 1]]
    return limit[-1:] == ["by"] or limit == ["later", "than"]


# Participles in -en that date an act of their own after a noun: "the hostages taken on Friday".
_PARTICIPLES_EN = frozenset("taken given seen stolen driven written broken chosen shaken beaten eaten fallen".split())
# Words after an arranged act's object that open another phrase or clause ("about the explosion", "after the strike").
_ARRANGED_BREAKS = frozenset(
    "about after before into with without over against during since following amid despite of from by".split()
    + "who which that where when and or but".split()
)


def _direction(
    words: list[str], last_before: int, first_after: int, present: bool = True, own_day: bool = False
) -> int:
    """See direction(); `present`: whether "is" next to the expression makes it a schedule; `own_day`: the
    expression names the article's own day, so a past act's infinitive before it is no schedule (_done_then)."""
    if last_before >= 0 and words[last_before].lower() in ("since", "last", "previous"):
        return -1
    if first_after < len(words) and words[first_after].lower() in ("ago", "earlier"):
        return -1
    moved = [w.lower() for w in words[max(0, last_before - 2) : last_before + 1]]
    if moved and moved[-1] in ("to", "until", "till", "for") and MOVE_WORDS & set(moved[:-1]):
        return 1  # "was postponed to Friday", "has been moved back to next week": the new day is ahead
    if last_before >= 0 and moved_across(words, last_before) is not None:
        return 1  # "postponed its vote on the tolls until Friday": the same, the moved occasion its object
    left = next((k for k in range(last_before, max(-1, last_before - 4), -1) if words[k].lower() == "until"), None)
    if (
        left is not None
        and left > 0
        and words[left - 1].lower() in ("has", "have")
        and all(w.lower() in _HOUR_WORDS or w[:1].isdigit() for w in words[left + 1 : last_before + 1])
    ):
        return 1  # "has until midnight Friday to answer", "have until 5 p.m. Thursday": a time left, ahead
    setting = [w.lower() for w in words[max(0, last_before - 8) : last_before]]  # "has set a vote on the tolls for"
    if (
        last_before >= 0
        and words[last_before].lower() == "for"
        and any(
            (w in ("calls", "sets") or (w in _SETS_FOR and j > 0 and setting[j - 1] in ("has", "have")))
            and j < len(setting) - 1
            for j, w in enumerate(setting)
        )
    ):
        # "has called a news conference for Friday": a day something is set for, told in the present
        # perfect or the present, is after its setting (a simple past "called … for Friday" may be told of
        # last week, and keeps its tense). Only with the thing set between the verb and "for": "has called
        # for Monday's shooting to be investigated" asks for something, it sets no day.
        return 1
    best: tuple[float, int] | None = None
    distance, order, past_at = 0, 0, -1
    for k in range(last_before, -1, -1):
        if words[k] in _HARD_STOP or distance >= 14:
            break
        if words[k] == ",":
            continue
        distance += 1
        cue = _cue(words, k)
        if cue == 1 and own_day and _done_then(words, k):
            cue = -1
        if cue == 4:
            cue = 1 if _arranged(words, k, last_before) else 0
        elif cue == 5:
            cue = 1 if _owed_by(words, last_before) else 0
        if cue == 3 and not order:
            order = distance  # "ordered Varg to appear": only a future order ("will order") points ahead
            continue
        if cue:
            if cue < 0 and _follows_main_clause(words, k):
                cue = 1  # "meant to sail as soon as the quay opened Monday": the tense of a plan
            past_at = k
            best = (order or distance, 1 if cue == 1 else 3) if order else (distance, cue)
            break
    if order and best is None:
        best = (order, 3)
    distance, comma, other_clause = 0, False, False
    # a day that opens the sentence with its comma: "On Monday, …", "Late on Friday, …" (not "Monday's walkout",
    # "the strike on Monday", the subject of what is said of it)
    fronted = (
        first_after < len(words)
        and words[first_after] == ","
        and all(w.lower() in _FRONTING for w in words[: last_before + 1])
    )
    k = first_after - 1
    while k + 1 < len(words):
        k += 1
        closing = _aside_end(words, k) if best is None else None
        if closing is not None:
            # "On Monday, the warden — who had run the trust — will open it": the aside's verb is not the day's
            k = closing
            continue
        if words[k] in _HARD_STOP or distance >= 14 or (best and 2 * (distance + 1) >= best[0]):
            break
        if words[k] == ",":
            # A comma ends the expression's clause when it has a verb already ("the envoys, who
            # met on Saturday, will report") or when a new clause starts ("on Friday, which").
            if best or (k + 1 < len(words) and words[k + 1].lower() in _CLAUSE):
                break
            comma = True
            continue
        distance += 1
        cue = _cue(words, k)
        if cue == 1 and _told_intent(words, k):
            cue = -1  # "a militant group on Monday threatened to retaliate": the day dates the threat
        if cue == 2 and fronted and not other_clause and _future_after_is(words, k):
            # "On Monday, the council is expected to vote", "is due to", "is to": the "is" of a future, in
            # the clause an opening day sets (not "follows Tuesday's move by Orr that he is ready to bid")
            cue = 1
        other_clause = other_clause or words[k].lower() in _OTHER_CLAUSE
        if cue == 1 and best is not None and best[1] == -1 and _purpose_of(words, k, first_after, past_at):
            break  # "took a detour on Wednesday to meet the minister": the past verb's purpose, its day the verb's
        if cue:
            # "wards in play this spring, six are ...": a present form past a comma is another clause's.
            best = (2 * distance, 0 if cue == 2 and comma else cue)
            break
    if best and best[1] == 2:
        return 1 if best[0] <= 2 and present else 0
    if best and best[1] == 3:
        return 0  # an order's infinitive: see _cue
    return best[1] if best else 0


# ---------------------------------------------------------------------------------------------
# Expressions


def _n(text: str) -> int:
    text = " ".join(text.lower().split())
    return int(text) if text.isdigit() else _COUNTS[text]


def _weekday_near(ref: date, weekday: int, way: int) -> date:
    """The weekday in that direction from `ref`, `ref` itself included."""
    if way < 0:
        return ref - timedelta(days=(ref.weekday() - weekday) % 7)
    return ref + timedelta(days=(weekday - ref.weekday()) % 7)


def _year_for(month: int, day: int, ref: date, way: int, on: bool = False) -> date | None:
    """A month and day without a year: the nearest such date, unless the tense reaches further.

    `on`: the expression says when the verb's event happens ("was approved on March 3", "will
    open on Christmas Day"), so the day cannot lie on the other side of the article; a verb
    elsewhere ("extended the offer to Nov. 20") allows a deadline a few months away."""
    return _yearly(lambda year: date(year, month, day), ref, way, on)


def _yearly(day_in: Callable[[int], date], ref: date, way: int, on: bool) -> date | None:
    """The occurrence of a yearly day (`day_in(year)`) an expression means: see _year_for."""
    candidates = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidates.append(day_in(year))
        except ValueError:
            continue
    if not candidates:
        return None
    nearest = min(candidates, key=lambda d: (abs((d - ref).days), d < ref))
    delta = (nearest - ref).days
    if way > 0 and delta < (0 if on else -90):
        later = [d for d in candidates if d > nearest]
        return later[0] if later else nearest
    if way < 0 and delta > (0 if on else 90):
        earlier = [d for d in candidates if d < nearest]
        return earlier[-1] if earlier else nearest
    return nearest


def _month_year(month: int, ref: date, way: int) -> int:
    """The year of a month named alone ("in April"): nearest, or the way the tense points."""
    delta = month - ref.month
    if way > 0:
        return ref.year + (1 if delta < 0 else 0)
    if way < 0:
        return ref.year - (1 if delta > 0 else 0)
    if delta > 6:
        return ref.year - 1
    if delta < -5:
        return ref.year + 1
    return ref.year


Handler = Callable[[dict[str, str | None], date, int], str | None]


def _g(g: dict[str, str | None], key: str) -> str:
    return (g.get(key) or "").lower()


def _explicit(g: dict[str, str | None], ref: date, way: int) -> str | None:
    month = _MONTHS[_g(g, "month").rstrip(".")]
    raw = _g(g, "day")
    day = _ORDINALS[raw] if raw in _ORDINALS else int(re.sub(r"\D", "", raw))
    if g.get("year"):
        return date(int(_g(g, "year")), month, day).isoformat()
    found = _year_for(month, day, ref, way, on=bool(g.get("on")))
    return found.isoformat() if found else None


def _range(g: dict[str, str | None], ref: date, way: int) -> str | None:
    """ "Nov. 17-18", "from July 8 to July 11", "14 to 16 July", "between July 3 and 6": first/last day.

    "postponed from March 3 to March 10" moves an event: the day it moved to. Two days joined by
    "and" are a span only after "between" or when they follow each other ("November 17 and 18");
    otherwise ("on March 3 and 5") the first names the event."""
    first = _explicit({**g, "day": g.get("day"), "year": g.get("year") or g.get("year_end")}, ref, way)
    if first is None:
        return None
    start = date.fromisoformat(first)
    raw = _g(g, "day_end")
    last_day = _ORDINALS[raw] if raw in _ORDINALS else int(re.sub(r"\D", "", raw))
    last_month = _MONTHS[_g(g, "month_end").rstrip(".")] if g.get("month_end") else start.month
    year = int(_g(g, "year_end")) if g.get("year_end") else start.year + (1 if last_month < start.month else 0)
    end = date(year, last_month, last_day)
    joint = " ".join(_g(g, "joint").split())
    if g.get("moved"):
        # Where it moved to is no day the verb happened on: the nearest such day.
        moved = {**g, "month": g.get("month_end") or g.get("month"), "day": raw, "year": g.get("year_end"), "on": None}
        return _explicit(moved, ref, way)
    apart = joint == "and" and not g.get("between") and end != start + timedelta(days=1)
    if end <= start or (end - start).days > 62 or apart:
        return first
    return f"{first}/{end.isoformat()}"


def _iso(g: dict[str, str | None], ref: date, way: int) -> str | None:
    return date.fromisoformat(_g(g, "iso")).isoformat()


def _month_and_year(g: dict[str, str | None], ref: date, way: int) -> str | None:
    return _month(int(_g(g, "year")), _MONTHS[_g(g, "month").rstrip(".")])


def _named_month(g: dict[str, str | None], ref: date, way: int) -> str | None:
    month = _MONTHS[_g(g, "month").rstrip(".")]
    which = _g(g, "which")
    if which == "next":
        year = ref.year + (1 if month <= ref.month else 0)
    elif which.startswith("this") and which.endswith("coming"):
        # "this coming August": the next one to begin, or the month under way ("this coming March" in March)
        year = ref.year + (1 if month < ref.month else 0)
    elif which.startswith("this") and which.endswith("past"):
        year = ref.year - (1 if month > ref.month else 0)  # "this past August": the last one, or this month
    elif which in ("last", "past"):
        year = ref.year - (1 if month >= ref.month else 0)
    elif which == "this":
        year = ref.year
    else:
        year = _month_year(month, ref, -1 if which == "since" else way)
    return _month(year, month)


def _end_of(g: dict[str, str | None], ref: date, way: int) -> str | None:
    unit, which = _g(g, "unit"), _g(g, "which")
    shift = {"next": 1, "last": -1, "past": -1, "previous": -1}.get(which, 0)
    if unit in ("year", "the year", "year's"):
        year = ref.year + shift
        if not which and way < 0 and ref.month < 12 and _g(g, "prep") in ("", "at"):
            year -= 1  # "since year-end", "had $5bn at year-end": the year-end already passed
        return date(year, 12, 31).isoformat()
    if unit == "week":
        return iso_week(ref + timedelta(weeks=shift))
    if unit == "month":
        return _month_end(ref.year, ref.month + shift).isoformat()
    month = _MONTHS[unit.rstrip(".")]
    year = int(_g(g, "year")) if g.get("year") else _month_year(month, ref, way or 1)
    return _month_end(year, month).isoformat()


_RELATIVE_DAYS = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "earlier today": 0,
    "later today": 0,
    "late today": 0,
    "earlier in the day": 0,
    "later in the day": 0,
    "later that day": 0,
    "yesterday": -1,
    "last night": -1,
    "late yesterday": -1,
    "earlier yesterday": -1,
    "the day before yesterday": -2,
    "tomorrow": 1,
    "the day after tomorrow": 2,
}


def _relative_day(g: dict[str, str | None], ref: date, way: int) -> str | None:
    key = " ".join(_g(g, "rel").split())
    key = (
        re.sub(r"\s+(?:morning|afternoon|evening|night)$", "", key)
        if key.split()[0] in ("yesterday", "tomorrow")
        else key
    )
    return (ref + timedelta(days=_RELATIVE_DAYS[key])).isoformat()


def _shift(ref: date, n: int, unit: str) -> date:
    unit = unit.lower().rstrip("s")
    if unit == "hour":  # "in a few hours": the same day; "within 72 hours": three days on
        return ref + timedelta(days=math.ceil(n / 24) if n >= 24 else 0)
    if unit == "day":
        return ref + timedelta(days=n)
    if unit == "week":
        return ref + timedelta(weeks=n)
    if unit == "fortnight":
        return ref + timedelta(weeks=2 * n)
    if unit == "month":
        return _add_months(ref, n)
    return _add_months(ref, 12 * n)


def _ago(g: dict[str, str | None], ref: date, way: int) -> str | None:
    return _shift(ref, -_n(_g(g, "n")), _g(g, "unit")).isoformat()


def _within(g: dict[str, str | None], ref: date, way: int) -> str | None:
    unit = _g(g, "unit").rstrip("s")
    target = _shift(ref, _n(_g(g, "n")), unit)
    if unit == "month":
        return _month(target.year, target.month)
    if unit == "year":
        return str(target.year)
    return target.isoformat()


_QUARTERS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "final": 4,
    "last": 4,
}


def _quarter(g: dict[str, str | None], ref: date, way: int) -> str | None:
    """ "the fourth quarter", "Q3 2026", "the second quarter of next year": 2025-Q4."""
    number = int(_g(g, "qn")) if g.get("qn") else _QUARTERS[_g(g, "q")]
    start_month = 3 * number - 2
    return _quarter_or_season(f"Q{number}", start_month, g, ref, way)


def _season(g: dict[str, str | None], ref: date, way: int) -> str | None:
    name = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}[_g(g, "season")]
    return _quarter_or_season(name, _SEASONS[name], g, ref, way)


def _quarter_or_season(name: str, start_month: int, g: dict[str, str | None], ref: date, way: int) -> str:
    """The year of a quarter or season: given; "next" the first to start after the article, "last"
    the last to end before it; else the one the article falls in, or the tense's way: the coming
    one ("will open in the summer"), the past one ("sales fell in the fourth quarter"), this year's."""
    which, year_text = _g(g, "which"), _g(g, "year")
    if year_text.isdigit():
        return f"{year_text}-{name}"
    if year_text.startswith(("next", "last")):
        return f"{ref.year + (1 if year_text.startswith('next') else -1)}-{name}"
    spans = [(y, date(y, start_month, 1), _month_end(y, start_month + 2)) for y in range(ref.year - 1, ref.year + 2)]
    if which == "next":
        return f"{next(y for y, start, _ in spans if start > ref)}-{name}"
    if which in ("last", "past", "this past"):
        return f"{max(y for y, _, end in spans if end < ref)}-{name}"
    current = [y for y, start, end in spans if start <= ref <= end]
    if current:
        return f"{current[0]}-{name}"
    if way > 0 and which != "this":
        return f"{min(y for y, _, end in spans if end >= ref)}-{name}"
    if way < 0 and which != "this":
        return f"{max(y for y, start, _ in spans if start <= ref)}-{name}"
    return f"{ref.year}-{name}"


def _quarter_parts(g: dict[str, str | None], ref: date, way: int) -> str | None:
    """The quarter pattern's two spellings brought to one: "the fourth quarter of next year", "Q3 2026"."""
    year = g.get("year_b") or g.get("year") or ""
    which = _g(g, "which")
    if not g.get("q") and not g.get("qn"):
        if which not in ("next", "last", "this"):
            return None  # "the quarter" alone: which one is the reader's guess
        current = (ref.month - 1) // 3  # "next quarter": the one after the article's
        number = (current + {"next": 1, "last": -1, "this": 0}[which]) % 4 + 1
        shift = (current + {"next": 1, "last": -1, "this": 0}[which]) // 4
        return f"{ref.year + shift}-Q{number}"
    year_text = year.lower()
    if year_text.endswith("year") and not year_text.startswith(("next", "last")):
        year_text = ""
    return _quarter({**g, "year": year_text, "which": which if which in ("next", "last") else ""}, ref, way)


def _granted(g: dict[str, str | None], ref: date, way: int) -> str | None:
    """An ultimatum: "gave Russia 50 days to agree" ends that many days after the article."""
    return _shift(ref, _n(_g(g, "n")), _g(g, "unit")).isoformat()


def _week_of(g: dict[str, str | None], ref: date, way: int) -> str | None:
    """ "the first week of January", "the last week of March", "the week of March 17"."""
    month = _MONTHS[_g(g, "month").rstrip(".")]
    year = int(_g(g, "year")) if g.get("year") else _month_year(month, ref, way)
    if g.get("day"):
        return iso_week(date(year, month, int(re.sub(r"\D", "", _g(g, "day")))))
    nth = _g(g, "nth")
    if nth == "last":
        return iso_week(_month_end(year, month))
    return iso_week(date(year, month, 1) + timedelta(weeks=_ORDINALS[nth] - 1))


def _from_day(g: dict[str, str | None], ref: date, way: int) -> str | None:
    anchor = _g(g, "anchor")
    if anchor in ("now", "today"):
        base = ref
    elif anchor == "tomorrow":
        base = ref + timedelta(days=1)
    else:
        base = _weekday_near(ref, _WEEKDAYS[anchor.rstrip(".")], 1)
    return _shift(base, _n(_g(g, "n")), _g(g, "unit")).isoformat()


_NEXT_WEEKDAY = re.compile(r"^next\s+(?P<weekday>[a-z]+)\b", re.IGNORECASE)


def next_weekday_unsure(expression: str, ref: date) -> bool:
    """Whether `expression` is "next <weekday>" for a weekday still to come in `ref`'s week ("next
    Saturday" on a Thursday): this week's (in two days, as `resolve_date` reads it) or the next
    week's (in nine)? Writers and readers split. Which of the two is past a later day is not in
    doubt; which day an event to come falls on is."""
    found = _NEXT_WEEKDAY.match(expression.strip())
    weekday = _WEEKDAYS.get(found.group("weekday").lower().rstrip(".")) if found else None
    return weekday is not None and weekday > ref.weekday()


def _weekday(g: dict[str, str | None], ref: date, way: int) -> str | None:
    weekday = _WEEKDAYS[_g(g, "weekday").rstrip(".")]
    which = " ".join(_g(g, "which").split())
    if which in ("last", "past", "previous", "this past"):
        return (ref - timedelta(days=(ref.weekday() - weekday - 1) % 7 + 1)).isoformat()
    if which in ("next", "this coming", "coming", "following"):
        return (ref + timedelta(days=(weekday - ref.weekday() - 1) % 7 + 1)).isoformat()
    if g.get("prep"):
        way = 1  # "until Friday", "gave them until Saturday to leave": a deadline is still to come
    if which == "this" and way == 0:
        way = 1  # "this Saturday"
    if g.get("possessive") and way == 0:
        way = -1  # "Friday's trading", "Tuesday's declaration": news reports what happened
    return _weekday_near(ref, weekday, way or -1).isoformat()


def _weekday_range(g: dict[str, str | None], ref: date, way: int) -> str | None:
    """ "on Thursday and Friday", "Monday to Wednesday", "Thursday-Friday": the first day read like a
    weekday, the last the next such weekday after it. Two days joined by "and" are a span only
    after "between" or when they follow each other ("Monday and Thursday" names the Monday)."""
    first = date.fromisoformat(_weekday({**g, "prep": None, "possessive": None}, ref, way) or "")
    gap = (_WEEKDAYS[_g(g, "weekday_end").rstrip(".")] - first.weekday()) % 7
    joint = " ".join(_g(g, "joint").split())
    if gap == 0 or (joint == "and" and not g.get("between") and gap != 1):
        return first.isoformat()
    return f"{first.isoformat()}/{(first + timedelta(days=gap)).isoformat()}"


_WEEK_SHIFT = {
    "this": 0,
    # "later in the month": the current one, like "later this month"
    "later in the": 0,
    "earlier in the": 0,
    "early in the": 0,
    "late in the": 0,
    "later this": 0,
    "earlier this": 0,
    "early this": 0,
    "late this": 0,
    "next": 1,
    "early next": 1,
    "late next": 1,
    "later next": 1,
    "the coming": 1,
    "the following": 1,
    "the next": 1,
    "last": -1,
    "late last": -1,
    "early last": -1,
    "the past": -1,
    "this past": -1,
    "this coming": 1,
    "the previous": -1,
    "the last": -1,
    "the": 0,
    "over the": 0,
    "coming": 1,
}


def _week(g: dict[str, str | None], ref: date, way: int) -> str | None:
    which = " ".join(_g(g, "which").split())
    return iso_week(ref + timedelta(weeks=_WEEK_SHIFT[which]))


def _weekend(g: dict[str, str | None], ref: date, way: int) -> str | None:
    which = " ".join(_g(g, "which").split())
    if which in ("the", "over the"):
        # The weekend in the tense's direction; a weekend day itself is in its own weekend.
        saturday = ref - timedelta(days=(ref.weekday() - 5) % 7) if way < 0 or ref.weekday() >= 5 else ref
        return iso_week(saturday) + "-WE"
    return iso_week(ref + timedelta(weeks=_WEEK_SHIFT[which])) + "-WE"


def _after_next(g: dict[str, str | None], ref: date, way: int) -> str | None:
    """ "the week after next", "the month after next"."""
    if _g(g, "unit") == "week":
        return iso_week(ref + timedelta(weeks=2))
    return _month(ref.year, ref.month + 2)


def _new_year(g: dict[str, str | None], ref: date, way: int) -> str | None:
    """ "in the new year": the coming one in the second half of a year, the one begun in the first."""
    return str(ref.year + (1 if ref.month >= 7 else 0))


def _month_rel(g: dict[str, str | None], ref: date, way: int) -> str | None:
    which = " ".join(_g(g, "which").split())
    return _month(ref.year, ref.month + _WEEK_SHIFT[which])


def _year_rel(g: dict[str, str | None], ref: date, way: int) -> str | None:
    which = " ".join(_g(g, "which").split())
    return str(ref.year + _WEEK_SHIFT[which])


def _year(g: dict[str, str | None], ref: date, way: int) -> str | None:
    return _g(g, "year")


def _day_of_month(g: dict[str, str | None], ref: date, way: int) -> str | None:
    day = int(re.sub(r"\D", "", _g(g, "day")))
    candidates = []
    for shift in (-1, 0, 1):
        end = _month_end(ref.year, ref.month + shift)
        if day <= end.day:
            candidates.append(end.replace(day=day))
    if way > 0:
        chosen = min((d for d in candidates if d >= ref), default=None)
    elif way < 0:
        chosen = max((d for d in candidates if d <= ref), default=None)
    else:
        chosen = min(candidates, key=lambda d: abs((d - ref).days), default=None)
    return chosen.isoformat() if chosen else None


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l_) // 433
    month = (h + l_ - 7 * m + 90) // 25
    return date(year, month, (h + l_ - 7 * m + 33 * month + 19) % 32)


def _nth(weekday: int, month: int, n: int) -> Callable[[int], date]:
    """The n-th (or with -1 the last) such weekday of a month, as a function of the year."""

    def day_in(year: int) -> date:
        if n < 0:
            last = _month_end(year, month)
            return last - timedelta(days=(last.weekday() - weekday) % 7)
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))

    return day_in


def _fixed(month: int, day: int) -> Callable[[int], date]:
    return lambda year: date(year, month, day)


_HOLIDAYS: dict[str, Callable[[int], date]] = {
    "christmas": _fixed(12, 25),
    "christmas day": _fixed(12, 25),
    "christmas eve": _fixed(12, 24),
    "boxing day": _fixed(12, 26),
    "new year's": _fixed(1, 1),
    "new year's day": _fixed(1, 1),
    "new year's eve": _fixed(12, 31),
    "valentine's day": _fixed(2, 14),
    "st. patrick's day": _fixed(3, 17),
    "st patrick's day": _fixed(3, 17),
    "independence day": _fixed(7, 4),
    "the fourth of july": _fixed(7, 4),
    "bastille day": _fixed(7, 14),
    "halloween": _fixed(10, 31),
    "veterans day": _fixed(11, 11),
    "armistice day": _fixed(11, 11),
    "martin luther king day": _nth(0, 1, 3),
    "martin luther king jr. day": _nth(0, 1, 3),
    "presidents' day": _nth(0, 2, 3),
    "presidents day": _nth(0, 2, 3),
    "memorial day": _nth(0, 5, -1),
    "labor day": _nth(0, 9, 1),
    "thanksgiving": _nth(3, 11, 4),
    "thanksgiving day": _nth(3, 11, 4),
    "election day": lambda year: _nth(0, 11, 1)(year) + timedelta(days=1),
    "easter": _easter,
    "easter sunday": _easter,
    "easter monday": lambda year: _easter(year) + timedelta(days=1),
    "good friday": lambda year: _easter(year) - timedelta(days=2),
}


def _holiday(g: dict[str, str | None], ref: date, way: int) -> str | None:
    day_in = _HOLIDAYS[" ".join(_g(g, "holiday").replace("’", "'").split())]
    if g.get("year"):
        return day_in(int(_g(g, "year"))).isoformat()
    found = _yearly(day_in, ref, way, on=bool(g.get("on")))
    return found.isoformat() if found else None


# Ranges of days. A verb that moves an event ("postponed from March 3 to March 10") makes "from …
# to …" a move, not a span: `moved` is read by _range.
_MOVED = r"(?P<moved>(?i:" + move_pattern(bases=True, changes=True) + r")\s+(?:[\w’'-]+\s+){0,4}?)?"
_JOINT = r"(?P<joint>\s*[-–]\s*|,?\s+(?i:to|through|thru|until|till|and)\s+)"
_RANGE_PREFIX = (
    _MOVED + r"(?:(?P<on>(?i:on))\s+)?(?:(?i:from|(?P<between>between))\s+)?(?:(?i:" + _alt(_WEEKDAYS) + r")\.?,?\s+)?"
)
_DAY_END = r"(?P<day_end>\d{1,2}(?:st|nd|rd|th)?(?!\d|[.,:]\d|\s*(?:%|percent|a\.m|p\.m)))"
_RANGE_MONTH_FIRST = re.compile(
    r"\b"
    + _RANGE_PREFIX
    + _MONTH
    + r"\s+"
    + _DAY
    + _JOINT
    + r"(?:(?:(?i:"
    + _alt(_WEEKDAYS)
    + r")\.?,?\s+)?"
    + _MONTH.replace("(?P<month>", "(?P<month_end>")
    + r"\s+)?"
    + _DAY_END
    + _YEAR.replace("(?P<year>", "(?P<year_end>")
)
_RANGE_DAY_FIRST = re.compile(
    r"\b"
    + _RANGE_PREFIX
    + r"(?P<day>\d{1,2}(?:st|nd|rd|th)?)"
    + _JOINT
    + _DAY_END
    + r"\s+(?:(?i:of)\s+)?"
    + _MONTH
    + _YEAR.replace("(?P<year>", "(?P<year_end>")
)

_WHICH = (
    r"(?:later|earlier|early|late)\s+in\s+the|later\s+this|earlier\s+this|early\s+this|late\s+this|this\s+past|this\s+coming|this|early\s+next|late\s+next|later\s+next"
    r"|next|late\s+last|early\s+last|last|the\s+coming|the\s+following|the\s+next|the\s+past|the\s+previous"
    r"|the\s+last"
)
_WHICH_WEEK = r"(?P<which>" + _WHICH + r")"
# (explicit, pattern, handler). Explicit dates beat anything they overlap; otherwise the
# longest expression wins ("by the end of April" over "April").
_PATTERNS: list[tuple[bool, re.Pattern[str], Handler]] = [
    (True, re.compile(r"\b(?P<iso>\d{4}-\d{2}-\d{2})\b"), _iso),
    (True, _RANGE_MONTH_FIRST, _range),
    (True, _RANGE_DAY_FIRST, _range),
    (
        True,
        re.compile(
            r"\b(?:(?P<on>(?i:on))\s+)?(?:(?i:"
            + _alt(_WEEKDAYS)
            + r")\.?,?\s+)?(?:(?i:the)\s+)?"
            + _MONTH
            + r"\s+(?:(?i:the)\s+)?"
            + _DAY
            + _YEAR
        ),
        _explicit,
    ),
    (
        True,
        re.compile(
            r"\b(?:(?P<on>(?i:on))\s+)?(?:(?i:" + _alt(_WEEKDAYS) + r")\.?,?\s+)?(?:(?i:the)\s+)?"
            r"(?P<day>\d{1,2}(?:st|nd|rd|th)?(?!\d)|(?i:" + _alt(_ORDINALS) + r")(?=\s+of\b))"
            r"\s+(?:(?i:of)\s+)?" + _MONTH + _YEAR
        ),
        _explicit,
    ),
    (True, re.compile(r"\b" + _MONTH + r",?\s+(?P<year>(?:1[89]|20)\d\d)\b"), _month_and_year),
    (
        False,
        re.compile(
            r"\b(?:(?P<prep>at|by|before|until|till|through|to)\s+)?(?:the\s+)?(?:very\s+)?"
            r"(?:end\s+of\s+(?:(?P<which>this|next|last|the|the\s+past)\s+)?(?P<unit>year|month|week|"
            + _alt(_MONTHS)
            + r")\.?(?:,?\s+(?P<year>(?:1[89]|20)\d\d))?|(?P<unit2>year|month)(?:[-\s]end|'s\s+end)\b)",
            _I,
        ),
        lambda g, ref, way: _end_of({**g, "unit": g.get("unit") or g.get("unit2")}, ref, way),
    ),
    (
        False,
        re.compile(
            r"\b(?P<rel>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|(?:earlier|later|late)\s+today"
            r"|(?:earlier|later)\s+in\s+the\s+day|later\s+that\s+day|(?:late|earlier)\s+yesterday|last\s+night"
            r"|this\s+(?:morning|afternoon|evening)|today"
            + _NOT_A_COUNTRY_NOW
            + r"|tonight|yesterday"
            + _PART
            + r"|tomorrow"
            + _PART
            + r")\b",
            _I,
        ),
        _relative_day,
    ),
    (
        False,
        re.compile(
            _COUNT + r"\s+(?P<unit>hours?|days?|weeks?|months?|years?)(?:\s+or\s+so)?\s+(?:ago|earlier)\b"
            r"|\b(?:a|one)\s+(?P<unit_b>week|month|year)\s+(?:or\s+so\s+)?(?:ago|earlier)\b",
            _I,
        ),
        lambda g, ref, way: _ago({**g, "n": g.get("n") or "1", "unit": g.get("unit") or g.get("unit_b")}, ref, way),
    ),
    (
        False,
        re.compile(
            r"\b(?:in|within|inside|over)\s+(?:the\s+next\s+)?"
            + _COUNT
            + r"\s+(?P<unit>hours?|days?|weeks?|fortnights?|months?|years?)"
            r"(?:['’]s?\s+time)?\b(?!\s+(?:of|after|from|since|before)\b)",
            _I,
        ),
        _within,
    ),
    (
        False,
        re.compile(
            # (not "for six months from Monday": how long, from that day on; the day is the date)
            r"(?<!\bfor\s)"
            + _COUNT
            + r"\s+(?P<unit>days?|weeks?|months?)\s+from\s+(?P<anchor>now|today|tomorrow|"
            + _alt(_WEEKDAYS)
            + r")\b",
            _I,
        ),
        _from_day,
    ),
    (
        False,
        re.compile(
            r"\b(?:(?P<between>between)\s+|from\s+)?"
            r"(?:(?P<which>next|last|this\s+coming|this\s+past|this|coming|past|previous|following)\s+)?"
            + _NAMED_DAYS
            + _WEEKDAY
            + r"(?P<joint>\s*[-–]\s*|\s+(?:and|to|through|thru|until|till)\s+)"
            + _WEEKDAY.replace("(?P<weekday>", "(?P<weekday_end>")
            + r"(?!['’]s)",
            _I,
        ),
        _weekday_range,
    ),
    (
        False,
        re.compile(
            r"\b(?:(?P<prep>until|till|by)\s+)?"
            r"(?:(?P<which>next|last|this\s+coming|this\s+past|this|coming|past|previous|following)\s+)?"
            + _NAMED_DAYS
            + _WEEKDAY
            # (not a habit: "the debates are on Saturday nights", "rehearsals run Monday evenings")
            + r"(?!\s+(?:mornings|afternoons|evenings|nights)\b)"
            + r"(?P<possessive>['’]s)?"
            + _PART,
            _I,
        ),
        _weekday,
    ),
    (False, re.compile(r"\b" + _WHICH_WEEK + r"\s+week\b", _I), _week),
    (False, re.compile(r"\bthe\s+(?P<unit>week|month)\s+after\s+next\b", _I), _after_next),
    (False, re.compile(r"\b(?:in|into|after|by|until|till)\s+the\s+new\s+year\b(?!['’])", _I), _new_year),
    (
        False,
        re.compile(
            r"\b(?:(?P<which>next|last|this)\s+|the\s+)(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|final|last)?"
            r"\s*quarter\b(?!-)(?:\s+of\s+(?P<year>(?:19|20)\d\d|next\s+year|last\s+year|this\s+year|the\s+year))?"
            r"|\bQ(?P<qn>[1-4])\s+(?P<year_b>(?:19|20)\d\d)\b",
            _I,
        ),
        lambda g, ref, way: _quarter_parts(g, ref, way),
    ),
    (
        False,
        re.compile(
            r"\b(?:(?P<which>next|last|this|this\s+coming|this\s+past|early|late|mid|the|in|by|until|over)[-\s]+)"
            r"(?:(?:early|late|mid)[-\s]+)?(?P<season>spring|summer|autumn|fall|winter)\b"
            r"(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d\d))?",
            _I,
        ),
        _season,
    ),
    (
        True,  # beats the "March 17" inside "the week of March 17"
        re.compile(
            r"\b(?:the\s+)?(?:(?P<nth>first|second|third|fourth|last)\s+week\s+of\s+"
            + _MONTH
            + r"|week\s+of\s+"
            + _MONTH.replace("(?P<month>", "(?P<month_b>")
            + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?)"
            + _YEAR,
            _I,
        ),
        lambda g, ref, way: _week_of({**g, "month": g.get("month") or g.get("month_b")}, ref, way),
    ),
    (
        False,
        re.compile(
            r"\b(?:give|gives|gave|given|giving|grant|grants|granted|allow|allows|allowed)\s+(?:[\w’'-]+\s+){0,4}?"
            + _COUNT
            + r"\s+(?P<unit>hours?|days?|weeks?)\s+to\b",
            _I,
        ),
        _granted,
    ),
    (
        False,
        re.compile(r"\b(?P<which>" + _WHICH + r"|over\s+the|the)\s+weekend\b", _I),
        _weekend,
    ),
    (False, re.compile(r"\b" + _WHICH_WEEK + r"\s+month\b", _I), _month_rel),
    (False, re.compile(r"\b" + _WHICH_WEEK + r"\s+year\b", _I), _year_rel),
    (
        False,
        re.compile(
            r"\b(?:(?P<mod>early|mid|late)[-\s]+|(?P<which>in|by|until|till|since|from|during|through|before|after"
            r"|next|last|this\s+coming|this\s+past|this|past)\s+(?:(?:early|mid|late)[-\s]?)?|"
            + _SET_FOR
            + r")"
            + _MONTH
            + r"(?!\s*\d)",
            _I,
        ),
        lambda g, ref, way: _named_month({**g, "which": g.get("which") or ""}, ref, way),
    ),
    (
        False,
        re.compile(
            r"\b(?:(?:in|by|until|till|since|from|during|through|before|after|early|late|mid)\s+|(?:early|late|mid)-)"
            r"(?P<year>(?:19|20)\d\d)"
            r"\b(?!s|-|\s*(?:%|percent))",
            _I,
        ),
        _year,
    ),
    (
        False,
        re.compile(
            r"\b(?:on|by|until|till|from|before|after)\s+the\s+(?P<day>\d{1,2}(?:st|nd|rd|th))\b(?!\s+(?:of|century))",
            _I,
        ),
        _day_of_month,
    ),
    (
        False,
        re.compile(
            r"\b(?:(?P<on>on)\s+)?(?P<holiday>"
            + _alt(_HOLIDAYS).replace("'", "['’]").replace("\\ ", r"\s+")
            + r")\b"
            + _YEAR,
            _I,
        ),
        _holiday,
    ),
]


# A date after these is a limit or a reference point, not the day the verb's event happens.
_LOOSE = set("to until till through by for from since of before after effective than around between and or as".split())
_REPORTED = re.compile(r"\b(?:would|could|might)\b", re.I)
_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)\W*$")


def _attached(text: str, start: int) -> bool:
    """The date follows its verb directly, as "on" would join it ("the council meets March 3")."""
    previous = _PREVIOUS_WORD.search(text, max(0, start - 30), start)
    if previous is None or text[:start].rstrip().endswith(","):
        return False
    return previous.group(1).lower() not in _LOOSE


_NEXT_WORD = re.compile(r"\s+[\w’'-]+")
# Verbs right after a possessive day that stands for its occasion ("as Tuesday's did", "Monday's was the last").
_AUXILIARIES = frozenset("did was were had has is are will would does".split())
# What a reported clause opens after, a possessive day its subject ("said Saturday's parade will", "warned that
# Friday's"). (Not "told", "announced", "ruled", "noted": their object may be the day's occasion, "told Friday's
# meeting".)
_OPENS_REPORTED = re.compile(r"\b(?:said|says|say|insisted|warned|added|argued|stated|that)\s+$", re.I)
# Heads of a day's noun phrase that name an occasion someone sets (a subset of events.EVENT_NOUNS, which imports this
# module): a word before may qualify them ("Saturday's last hearing", "Friday's guild meeting", "Tuesday's ward
# ballots"), the phrase running on to them; and only they carry a reported clause's tense (see find_dates).
_OCCASION_HEADS = frozenset(
    "debate debates vote votes ballot ballots primary primaries caucus caucuses election elections signing ruling"
    " verdict decision result results meeting meetings hearing talks summit session sitting report speech rally race"
    " match game final announcement address parade march".split()
)


def _noun_end(text: str, end: int) -> int:
    """Where the noun phrase after a possessive day at text[:end] ends: past names and numbers ("Tuesday's Orlan
    Ward ballot", "Tuesday's three ballots") to its head, a word before an occasion's head qualifying it
    ("Saturday's last hearing"), so that a head that is also a verb ("debate", "vote") is not read as the clause's
    verb. A possessive standing for its occasion ("as Tuesday's did") ends at once."""
    position = end
    word = _NEXT_WORD.match(text, position)
    while word is not None:
        told = word.group(0).strip()
        if not (told[:1].isupper() or told[:1].isdigit() or told.lower() in _COUNTS):
            break
        position, word = word.end(), _NEXT_WORD.match(text, word.end())
    if word is None or (position == end and word.group(0).strip().lower() in _AUXILIARIES):
        return position  # "just as Tuesday's did": the day's own occasion, its verb right after it
    following = _NEXT_WORD.match(text, word.end())
    if following is not None and following.group(0).strip().lower() in _OCCASION_HEADS:
        return following.end()
    return word.end()


# Nouns of an outcome: what a day's occasion produced, which news names by that day once it is known ("Friday's
# ruling", "Tuesday's verdict", "the deal signing").
_OUTCOMES = frozenset(
    "ruling rulings verdict verdicts decision decisions vote votes result results announcement announcements"
    " signing judgment judgement outcome acquittal conviction approval rejection".split()
)
# Before the day, words that put its occasion ahead ("in the run-up to Sunday's tithe vote", "awaiting Friday's
# ruling").
_STILL_AHEAD = re.compile(
    r"\b(?:ahead\s+of|before|until|till|await(?:s|ing|ed)?|(?:eve|run-up|build-up|lead-up)\s+(?:of|to)|prepar\w+"
    r"\s+for|expect\w*|due)\s+(?:the\s+)?$",
    re.I,
)
# Before the day, the acts that make an outcome ("will hand down Friday's ruling"): the outcome is still to come.
_MAKES_OUTCOME = re.compile(
    r"\b(?:announce|deliver|hand\s+down|give|issue|read\s+out|read|make|release|publish|hold|cast|take|count"
    r"|certify)\s+(?:the\s+)?$",
    re.I,
)
# Before the day, an outcome of its occasion: "a tally of the results of Monday's count", "the fallout from Friday's
# vote".
_OUTCOME_OF = re.compile(r"\b(?:results?|outcome|aftermath|fallout)\s+(?:of|from)\s+$", re.I)
# After the occasion, a future of its coming about ("Friday's ruling will be handed down at noon", "is due", "will
# open at noon"), which is its own day still to come.
_COMES_ABOUT = re.compile(
    r"\s*(?:(?:will|'ll|’ll|is|are)\s+(?:be\s+(?:announced|held|given|delivered|handed|made|read|published"
    r"|released|known|issued|heard|taken|cast|counted|certified|declared|staged|run|shown|aired|broadcast)\b"
    r"|due|expected|scheduled|set|slated|to\b|going|come|take\s+place|go\s+ahead|get\s+under\s+way|kick\s+off"
    r"|(?:begin|start|open|close|end|finish|run)\s+(?!(?:a|an|the|its|their|his|her|this|that|new|way|door)\b)"
    r"[a-z0-9]))",
    re.I,
)
# After the outcome, a future of what it is held to settle ("will decide whether").
_SETTLES = re.compile(r"\s*(?:will|'ll|’ll)\s+(?:decide|determine|settle|resolve)\b", re.I)
_FUTURE_AFTER = re.compile(r"\s*(?:will|'ll|’ll)\b", re.I)


# What happened at an occasion named by its day: an incident ("the violence at Saturday's protest", "crowd trouble
# during Sunday's match") or a thing done there ("the shirts worn at Sunday's final", "remarks made at Friday's
# dinner"). The occasion is one gone by, whatever the sentence's verb says of what follows. (Not what is planned,
# expected or allowed there: those are not in the list; nor a passive to come: "will be shown at Saturday's fair".)
DONE_AT = re.compile(
    r"\b(?:violence|clash(?:es)?|crush|trouble|fighting|riot(?:ing|s)?|brawl|scuffles?|melee|stampede|injur(?:y|ies)"
    r"|arrests|deaths?|chaos|shooting|stabbing|crash|accident|incident|disorder|collapse|blaze|explosion|blast"
    r"|(?<!\bbe\s)(?<!\bbeen\s)(?:shown|worn|seized|caused|arrested|injured|hurt|killed|caught|photographed|filmed"
    r"|scored|sustained|suffered|committed|made|delivered|thrown|broken|stolen|lost|won|damaged|destroyed|spotted"
    r"|fired|struck))"
    r"\s+(?:at|during)\s+(?:the\s+)?$",
    re.I,
)


def _outcome_over(text: str, start: int, end: int, weekday: int, published: date) -> bool:
    """ "Friday's ruling will send the case back …" in a Monday paper: an occasion named by a bare weekday that is the
    paper's yesterday, or an outcome ("ruling", "verdict", "vote", "deal signing") two or three days back (nearer
    behind the paper than ahead), is over; a future verb tells what follows from it, not its day to come (a week
    on, news says "next Sunday's"). Not one still awaited ("in the run-up to Sunday's tithe vote", "will hand
    down Friday's ruling", "Friday's result is due at noon", "Wednesday's fair will open at nine"), nor, two or
    three days back, an outcome the verb has still to settle ("Friday's ruling will decide whether …")."""
    back = (published.weekday() - weekday) % 7
    # Three days back is four ahead: the words alone do not tell which ("Tuesday's vote will …" in a Friday paper).
    # Read as over, a coming outcome is left off the page; read as ahead, a past one would be listed as coming.
    if not 1 <= back <= 3:
        return False
    before = text[max(0, start - 30) : start]
    if _STILL_AHEAD.search(before) or _MAKES_OUTCOME.search(before):
        return False
    position, outcome = end, False
    if _OUTCOME_OF.search(before):
        # "will hinge on the outcome of Monday's ballot": the outcome named before the day
        position, outcome = _noun_end(text, end), True
    for _ in range(0 if outcome else 3):  # "Friday's ruling", "Wednesday's deal signing", "Friday's court ruling"
        word = _NEXT_WORD.match(text, position)
        if word is None or _FUTURE_AFTER.match(text, position):
            break
        position = word.end()
        if word.group(0).strip().lower() in _OUTCOMES:
            outcome = True
            break
    if _COMES_ABOUT.match(text, position):
        return False
    if back == 1:
        return position > end  # the paper's yesterday, an occasion's: "Sunday's regatta will go down as the wettest"
    return outcome and not _SETTLES.match(text, position)


_SUPERLATIVE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|highest|lowest|biggest|largest|smallest|worst|best|strongest|weakest"
    r"|fewest|longest|shortest|sharpest|steepest|fastest|slowest|deepest|heaviest)\b"
    r"(?:\s+(?!(?:will|would|is|are|was|were|be)\b)[\w’'-]+){0,7}\s*$",
    re.I,
)
_PAST_WORDING = re.compile(
    r"(?:on\s+)?(?:earlier|last|late\s+last|early\s+last|this\s+past|the\s+past|the\s+previous|previous|since"
    r"|yesterday)\b|.*\b(?:ago|earlier)\.?$",
    re.I | re.S,
)
_FUTURE_WORDING = re.compile(
    r"(?:on\s+)?(?:later|next|coming|this\s+coming|the\s+coming|the\s+following|early\s+next|late\s+next"
    r"|tomorrow|(?:in|within|inside)\s+(?:the\s+next\s+)?" + _COUNT + r"\s)\b|.*\bfrom\s+(?:now|today)\.?$",
    re.I | re.S,
)
_LAST_WORD = re.compile(r"([A-Za-z]+)\.$")
_ABBREVIATIONS = {w for w in _MONTHS | _WEEKDAYS if len(w) <= 5 and w not in ("march", "april", "june", "july")}


# Every expression has one of these words: a sentence without any is not searched further, which
# spares most sentences of a corpus the two dozen patterns. Word sets, not regular expressions:
# Python's re tries a long alternation word by word.
_LOWER_WORD = re.compile(r"[a-z]+")
_DAY_NAMES = frozenset(_MONTHS) | frozenset(_WEEKDAYS)
_HINT_WORDS = _DAY_NAMES | frozenset(
    "today tonight tomorrow yesterday morning afternoon evening night day days week weeks weekend fortnight"
    " month months year years hour hours christmas halloween thanksgiving easter quarter spring summer autumn fall"
    " winter".split()
)
_HINT_DIGITS = re.compile(r"\d{4}|\d(?:st|nd|rd|th)\b")
_FORWARD_WORDS = frozenset(_FUTURE_WORDS | _INTEND | _SCHEDULED) | frozenset(
    "takes next later coming until till by set penciled pencilled once when soon ll".split()
)
_IN_COUNT = re.compile(
    r"\b(?:in|within|inside)\s+(?:the\s+next\s+)?\S+\s+(?:hours?|days?|weeks?|fortnights?|months?|years?)\b", re.I
)
_BEFORE_NAME = re.compile(r"\b(?:from|this|is|are|am)\s+(?:on\s+)?(?:the\s+)?(\w+)", re.I)


def _words(text: str) -> frozenset[str]:
    return frozenset(_LOWER_WORD.findall(text.lower()))


def _hinted(text: str, words: frozenset[str]) -> bool:
    return not words.isdisjoint(_HINT_WORDS) or _HINT_DIGITS.search(text) is not None


def names_a_time(text: str) -> bool:
    """Cheap test: False means `find_dates` finds no expression in `text`, whatever day it is read
    against (no word or digit any date pattern needs is there): a caller that wants a sentence's
    date can stop before reading its verbs (most sentences of a story name no time at all)."""
    return _hinted(text, _words(text))


def may_point_forward(text: str) -> bool:
    """Cheap test: False means no expression of `text` can point to the future (it names no date
    to come and has no verb or word that could make one point forward)."""
    words = _words(text)
    if not _hinted(text, words):
        return False
    if not words.isdisjoint(_FORWARD_WORDS) or _IN_COUNT.search(text):
        return True
    # "is on Tuesday", "this Saturday", "two weeks from Friday", "is March 3"
    return any(
        m.group(1).lower() in _DAY_NAMES or m.group(1).lower() in ("now", "today", "tomorrow") or m.group(1).isdigit()
        for m in _BEFORE_NAME.finditer(text)
    )


_MONTH_WORDS, _WEEKDAY_WORDS = frozenset(_MONTHS), WEEKDAY_WORDS
_UNITS = frozenset("hour hours day days week weeks fortnight fortnights month months year years".split())
_HOLIDAY_WORDS = frozenset(w for name in _HOLIDAYS for w in _LOWER_WORD.findall(name)) - {
    "day",
    "eve",
    "the",
    "of",
    "s",
}
# The words a pattern cannot match without, in _PATTERNS' order (None: always tried): most
# patterns are skipped for most sentences.
_NEEDS: list[frozenset[str] | None] = [
    None,  # ISO date
    _MONTH_WORDS,  # Nov. 17-18
    _MONTH_WORDS,  # 17-18 November
    _MONTH_WORDS,
    _MONTH_WORDS,
    _MONTH_WORDS,  # month and year
    frozenset({"end"}),
    frozenset("today tonight tomorrow yesterday night morning afternoon evening day".split()),
    frozenset({"ago", "earlier"}),
    _UNITS,  # in two weeks
    frozenset({"from"}),
    _WEEKDAY_WORDS,  # Thursday and Friday
    _WEEKDAY_WORDS,
    frozenset({"week"}),
    frozenset({"after"}),  # the week after next
    frozenset({"new"}),  # in the new year
    frozenset({"quarter", "q"}),  # "Q3 2026" reads as q
    frozenset({"spring", "summer", "autumn", "fall", "winter"}),
    frozenset({"week"}),  # the first week of
    frozenset("give gives gave given giving grant grants granted allow allows allowed".split()),
    frozenset({"weekend"}),
    frozenset({"month"}),
    frozenset({"year"}),
    _MONTH_WORDS,  # in April
    None,  # in 2026
    None,  # on the 18th
    _HOLIDAY_WORDS,
]
assert len(_NEEDS) == len(_PATTERNS)


_Span = tuple[bool, int, int, re.Match[str], Handler]
_FULL_WEEKDAYS = frozenset(d.lower() for d in calendar.day_name)


def _lower_abbreviation(m: re.Match[str]) -> bool:
    """A weekday's short form in small letters is another word: "the board sat on Friday", "the sun will rise",
    "the couple wed in May" (news writes "Sat." and "Wed" with a capital, a full name in any case)."""
    groups = m.groupdict()
    return any(
        (day := groups.get(key)) is not None and day.islower() and day.rstrip(".") not in _FULL_WEEKDAYS
        for key in ("weekday", "weekday_end")
    )


# Where the patterns match depends on the words alone, what they resolve to on the day too: a
# wire sentence carried by articles of several days is searched once (most of the work).
@functools.lru_cache(maxsize=SENTENCE_MEMORY)
def _spans(text: str) -> tuple[_Span, ...]:
    """Every pattern's matches in `text`, explicit ones first, then the longest, then the first."""
    words_in = _words(text)
    if not _hinted(text, words_in):
        return ()
    spans: list[_Span] = []
    for (explicit, pattern, handler), needs in zip(_PATTERNS, _NEEDS, strict=True):
        if needs is not None and words_in.isdisjoint(needs):
            continue
        spans.extend(
            (explicit, m.start(), m.end(), m, handler)
            for m in pattern.finditer(text)
            if m.end() > m.start() and not _lower_abbreviation(m)
        )
    spans.sort(key=lambda s: (not s[0], s[1] - s[2], s[1]))
    return tuple(spans)


# A day named bare, which may be the article's own: "Thursday", "on Thursday", "today" (not "later Thursday", "this
# evening", "Thursday's vote": a time after the telling, or a noun's).
_OWN_DAY = re.compile(r"(?:on\s+)?(?:today|" + WEEKDAY_NAME + r")\.?", re.I)
_LATER = re.compile(r"\blater(?:\s+on)?\s+$", re.I)


def find_dates(text: str, published: date) -> list[Found]:
    """Every date expression of `text` that names a time, in reading order, resolved against `published`."""
    spans = _spans(text)
    if not spans:
        return []
    taken = bytearray(len(text) + 1)  # characters already inside an expression
    words = _Words(text)
    found: list[Found] = []
    for _, start, end, m, handler in spans:
        if any(taken[start:end]):
            continue
        if handler is _within and text[start] in "iI" and _SUPERLATIVE.search(text, max(0, start - 60), start):
            continue  # "its first loss in six years", "the highest in a decade": no date
        wording = text[start:end]
        if _PAST_WORDING.match(wording):
            way = -1  # "earlier this week", "last month", "three days ago" say so themselves
        elif _FUTURE_WORDING.match(wording):
            way = 1
        elif wording.endswith(("'s", "’s")):
            # "At Sunday's guild debate, the warden rounded on her rival": the noun is the event, the verb is later.
            noun_end = _noun_end(text, end)
            head = text[end:noun_end].split()[-1:]
            if _OPENS_REPORTED.search(text, max(0, start - 20), start) and head and head[0].lower() in _OCCASION_HEADS:
                # "The clerk said Thursday's ballot will open at eight": the day opens the reported clause, whose
                # own verb is its tense, not the saying's. Only for an occasion someone sets: an incident ("police
                # said Thursday's crash will be investigated") is over by the time it is reported, whatever follows.
                way = words.told_after(noun_end, present=False)
            else:
                way = words.direction(start, noun_end, present=False)
            if (
                way > 0
                and handler is _weekday
                and not m.group("which")
                and not m.group("prep")
                and _outcome_over(text, start, end, _WEEKDAYS[m.group("weekday").lower().rstrip(".")], published)
            ):
                way = -1  # "Friday's ruling will send the case back": the ruling is over, the verb tells what follows
            if way > 0 and handler is _weekday and not m.group("which") and DONE_AT.search(text, 0, start):
                # "will sell the shirts worn at Sunday's final": what happened there is told, so it is over
                way = -1
        else:
            way = words.direction(start, end)
        told_ahead = way > 0 and bool(_OWN_DAY.fullmatch(wording)) and not _LATER.search(text, max(0, start - 9), start)
        try:
            groups = m.groupdict()
            if "on" in groups:
                # "will meet March 3" reads as "will meet on March 3"; a reported plan ("said it
                # would hold an exercise on March 14") may lie on either side of the article.
                joined = bool(groups["on"]) or _attached(text, start)
                groups["on"] = "on" if joined and not _REPORTED.search(text, max(0, start - 60), start) else None
            value = handler(groups, published, way)
        except (ValueError, OverflowError, KeyError):
            value = None  # "February 30", "in 99999999 days": no date
        if told_ahead and value == published.isoformat():
            # the article's own day, which either way reads the same: "the assembly voted to open an inquiry on
            # Thursday", in Thursday's paper, dates the vote (see _done_then)
            way = words.direction(start, end, own_day=True)
        if value is not None:
            last = _LAST_WORD.search(text, start, end)
            if last and last.group(1).lower() not in _ABBREVIATIONS:
                end -= 1  # the sentence's full stop ("on Friday."), not an abbreviation's ("Sept.")
            taken[start:end] = b"\x01" * (end - start)
            found.append(Found(start, end, value, way))
    found.sort(key=lambda f: f.start)
    return found


_FUTURE_CLAUSE = re.compile(
    r"\b(?:will|shall|'ll|would|is\s+(?:due|set|scheduled|slated|expected|to)|are\s+(?:due|set|scheduled|slated"
    r"|expected|to)|plans?\s+to|planned|upcoming|scheduled|deadline|ultimatum)\b",
    re.I,
)


def future_clause(text: str) -> bool:
    """The text has a verb of the future or a plan ("will", "would", "is expected", "plans to", "scheduled")."""
    return _FUTURE_CLAUSE.search(text) is not None


_ASIDE = re.compile(r",\s*(?:who|which|whose|where)\b[^,;]*,")


def asides(text: str) -> list[tuple[int, int]]:
    """The relative clauses set off by commas ("the envoys, who met on Monday,"), as spans."""
    return [m.span() for m in _ASIDE.finditer(text)]


def in_aside(text: str, found: Found) -> bool:
    """The expression sits in a relative clause set off by commas ("the envoys, who met on Monday,")."""
    return any(start <= found.start < end for start, end in asides(text))


_COARSE = ("year", "quarter", "season")


def pick(text: str, found: list[Found]) -> Found | None:
    """The expression that dates the sentence's own event: outside a relative clause, after its
    future verb when it has one, not one hanging off a past verb when another is free; a year,
    quarter or season only when nothing finer is named ("the company, founded in 1987, said on
    Friday", "schools close for the summer in late July"); the first of those."""
    if not found:
        return None
    # A relative clause set off by commas ("the minister, who took office in July, faces a vote
    # next Wednesday") dates something else than the sentence's own event.
    pool = [f for f in found if not in_aside(text, f)] or found
    future = _FUTURE_CLAUSE.search(text)
    if future:
        pool = [f for f in pool if f.direction >= 0] or pool
        pool = [f for f in pool if f.start >= future.start()] or pool
    return next((f for f in pool if granularity(f.value) not in _COARSE), pool[0])


# A count from the article's day names the day it lands on (resolve_date gives it), but a reader is told no
# day: "in three weeks" is some time that month, "in a week" that week; "in the coming ten days", "over the next
# three days" are every day up to then (from the day after the article's). ("within" is a limit, read by the caller;
# "two weeks from Monday" counts from a named day and keeps it.)
_WINDOW = re.compile(
    r"(?:(?:in|over|during|for)\s+)?the\s+(?:next|coming)\s+(?:" + _COUNT + r"\s+)?(?P<unit>days|weeks?)", _I
)
_WINDOW_LEAD = re.compile(r"\b(?:in|over|during|for)\s+$", _I)
# The end of a month as the text tells it ("by the end of the month", "at the end of April", "by month's
# end"); a month's last day is read from it, which the text does not give as the day anything happens.
_END_OF_A_MONTH = re.compile(
    r"(?:(?P<by>by)|at|around|toward|towards|near)?\s*(?:the\s+)?(?:very\s+)?(?:end\s+of\s+(?:this\s+|next\s+|the\s+)?"
    r"(?:month|" + _alt(_MONTHS) + r")\.?(?:,?\s+(?:1[89]|20)\d\d)?|month(?:[-\s]end|['’]s\s+end))",
    _I,
)
_COUNTED = re.compile(
    r"(?:in\s+)?" + _COUNT + r"\s+(?P<unit>weeks?|fortnights?|months?)(?:['’]s?\s+time)?(?:\s+from\s+(?:now|today))?",
    _I,
)


def as_told(text: str, found: Found, published: date) -> str:
    """`found`'s value at the precision its words give when it counts from `published`: a month for a count
    of weeks or months ("in three weeks", "three months from now"), the week for "in a week", the days
    from the next one up to the end for a window ("over the next three days": 2025-03-18/2025-03-20); else its value."""
    words = text[found.start : found.end]
    window = _WINDOW.fullmatch(words)
    if window and (words[:1].lower() != "t" or _WINDOW_LEAD.search(text, max(0, found.start - 8), found.start)):
        n = _n(window.group("n")) if window.group("n") else 1
        last = _shift(published, n, window.group("unit"))
        return f"{(published + timedelta(days=1)).isoformat()}/{last.isoformat()}"
    end = _END_OF_A_MONTH.fullmatch(words)
    if end and len(found.value) == 10:
        # "by the end of the month" is a limit, some day up to the month's last ("By Tue 31 Mar");
        # "at the end of April" names the month's last days, not one of them: the month.
        return f"../{found.value}" if end.group("by") else found.value[:7]
    counted = _COUNTED.fullmatch(words)
    if counted and len(found.value) == 10:
        landed = date.fromisoformat(found.value)
        single_week = counted.group("unit").lower() == "week" and _n(counted.group("n")) == 1
        return iso_week(landed) if single_week else _month(landed.year, landed.month)
    return found.value


def resolve_date(text: str, published: date) -> str | None:
    """The date of the event `text` refers to, read against the article's publication date.

    Returns an ISO day ``2025-03-18``, an ISO week ``2025-W13`` (``2025-W13-WE`` for its
    weekend), a month ``2025-04``, a quarter ``2025-Q4``, a season ``2025-SU`` or a year
    ``2026`` — the finest the text gives — or None when the text names no time. Tense decides
    direction: "on Tuesday" after "will" is the coming Tuesday, after "said" the last one (the
    publication day itself when it is a Tuesday).
    """
    chosen = pick(text, find_dates(text, published))
    return chosen.value if chosen else None
