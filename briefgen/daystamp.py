"""The days a sentence names, read against its article's date: the stamp beside it on the page
(the calendar day its weekday word, "on Friday" or "yesterday", names when the article is days
older than the brief; the sentence stays verbatim, the stamp is page furniture), and whether
it dates what it tells as the article's news."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from .dates import Found, find_dates, period_end, period_start

# A day named relative to the article's date: wrong on the page once the article is days old.
_RELATIVE_DAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|tomorrow|"
    r"last night|this (?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)


# A day as a noun's, the possessive in the expression or after it: "Friday's", "Friday night's".
_NOUNS_DAY = re.compile(r"\w+\.?(?:\s+(?:night|morning|afternoon|evening))?['’]s\b")
# An infinitive's occasion: "… to sail in Friday's regatta", "… to vote at Sunday's meeting".
_MEANT_FOR = re.compile(r"\bto\s+[a-z]+\s+(?:(?:in|at|for|on|into|from|before|after)\s+)?(?:the\s+)?$", re.IGNORECASE)


def named_day(text: str, published: date) -> date | None:
    """The day the sentence's relative day words ("on Friday", "yesterday") name, read against its
    article's date; None when it names none, or names two different days for its verbs: one stamp
    before "Officials said on Friday that the talks would resume on Monday" would date one
    event and leave the other's weekday to the reader, as if it were the same day. The day of a
    verb goes before the day of a noun: in "After Friday night's fire at the pier, the crews
    stayed in port Sunday", Sunday."""
    days = [
        found
        for found in find_dates(text, published)
        if len(found.value) == 10 and _RELATIVE_DAY.search(text, found.start, found.end)
    ]
    of_verb = [f for f in days if not _NOUNS_DAY.match(text, f.start, f.end + 12)]
    # A noun's day ("Friday's vote") names an occasion news tells of both before and after it: it
    # dates the sentence only when a verb puts it plainly in the past ("Friday's vote was close",
    # "who lost Friday's vote"), not when the tense says nothing ("Turnout in Friday's vote is
    # expected to be low"), nor when the occasion is what someone meant to do ("pilots who hoped to
    # sail in Friday's regatta": ahead of their hoping, and maybe of the article).
    of_noun = [f for f in days if f.direction < 0 and not _MEANT_FOR.search(text, 0, f.start)]
    named = {f.value for f in of_verb or of_noun}
    return date.fromisoformat(named.pop()) if len(named) == 1 else None


# A time named within this many days of its article's date is the article's news, not history.
NEWS_DAYS = 14
# A day a sentence describes, as what it is ("Midsummer Day is the lantern makers' feast", "Friday
# was a holiday"), dates nothing that happened: the day is the sentence's subject, opening it (an
# event's day is not: "The vote on Friday was the first in years" dates the vote).
_DAY_DESCRIBED = re.compile(r"\s+(?:is|was|has\s+long\s+been|remains)\s+(?:an?|the|one)\b")
# … when it is a day, a week or a month at most: a year or a season the article falls in ("has led
# every poll this year") frames a trend or a tally, not the day's news ("collapsed earlier this
# month" still dates an event).
NEWS_SPAN = 31


def _periods(text: str, published: date) -> Iterator[tuple[Found, date, date]]:
    """Each time the sentence names, with the first and last day it spans (none it cannot place)."""
    for found in find_dates(text, published):
        try:
            yield found, period_start(found.value), period_end(found.value)
        except ValueError:
            continue


def tells_news(text: str, published: date | None) -> bool:
    """The sentence dates what it tells close to its article's date ("said Sunday", "on Thursday",
    "last week unveiled"): the news of the day, not a description ("The offer was simple enough"),
    history ("in the 1980s") or a tally of the year ("has won every race this year")."""
    if published is None:
        return False
    for found, first, last in _periods(text, published):
        if (last - first).days > NEWS_SPAN or (
            not text[: found.start].strip() and _DAY_DESCRIBED.match(text, found.end)
        ):
            continue
        if (published - last).days <= NEWS_DAYS and (first - published).days <= NEWS_DAYS:
            return True
    return False


# A time set at the head of the sentence frames all it tells ("In June, the guild …", "Last year,
# …", "Back in 1911 …", "Two years ago, …"); an occasion's own time after "was" or "were" ("The
# great flood was in 1911") dates the occasion itself. (A time inside a clause dates only that
# clause: "Orr, who struck in 1987, voted on …" tells today's vote.) find_dates takes the
# preposition into the time ("In 2019", "From 1998", "The early winter"), so the head is read with
# it: a time frames only as an adverb of time, a preposition of time, "last", a month or a year
# opening it or "ago" closing it, not as a noun ("The early winter weather killed …", "From 1998
# until now …").
_FRAMING_TIME = re.compile(r"^(?:(?:back|early|late|even)\s+)?(?:in|during|by|on)?\s*$", re.IGNORECASE)
_FRAMING_WORDS = re.compile(
    r"(?:(?:back|even)\s+)?(?:(?:in|during|by|on|until|till|last|early|late|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s|\d{4}\b)|.*\bago$",
    re.IGNORECASE,
)
# … and it frames a clause: a comma or the clause's subject follows it, not a noun it measures by
# ("In 1990 dollars, …", "By 1999 standards, …": a year as a yardstick, not a time).
_CLAUSE_AFTER = re.compile(
    r",|\s+(?:(?:the|a|an|this|that|these|those|his|her|its|their|our|he|she|it|they|we|there)\b|[A-Z])"
)
_OCCASION_TIME = re.compile(r"\b(?:was|were)\s+(?:in\s+|on\s+)?$", re.IGNORECASE)
_SINCE = re.compile(r"(?:ever\s+)?since\b", re.IGNORECASE)
# "The past year", "over the last few months": the span up to now, whatever year find_dates gives it.
_SPAN_TO_NOW = re.compile(r"\bthe\s+(?:past|last)\b", re.IGNORECASE)
# … or a span from an old time on to now, said after it: "from 2009 to the present", "… until now".
_ON_TO_NOW = re.compile(r"\s*(?:to|through|until|till)\s+(?:the\s+present|now|today|date)\b", re.IGNORECASE)
# … over a month before its article: "last month" or three weeks back is the story's recent past.
HISTORY_DAYS = 31
# A month's, a quarter's or a year's tally (a rate, a sum, a count in thousands) is published
# weeks after it ends: "Last year, the yard earned $4 million" in February is that day's news.
_TALLY = re.compile(
    r"\d(?:[\d,.]*\d)?\s*(?:%|percent\b|per\s+cent\b|million\b|billion\b|trillion\b)|[$£€]\s?\d|\b\d{1,3}(?:,\d{3})+\b",
    re.IGNORECASE,
)
TALLY_DAYS = 92
PERIOD_DAYS = 27  # a month or longer: a tally's period, not a day's event


def _is_tally(text: str, start: int, end: int, first: date, last: date, published: date) -> bool:
    """A period's figure, published within `TALLY_DAYS` of the period's end."""
    return (
        (last - first).days >= PERIOD_DAYS
        and (published - last).days <= TALLY_DAYS
        and bool(_TALLY.search(text[:start] + " " + text[end:]))
    )


def _frames(text: str, start: int, end: int) -> bool:
    """The time at `start:end` is the head of the sentence and frames the clause after it."""
    before = text[:start]
    return bool(
        _FRAMING_TIME.match(before)
        and _FRAMING_WORDS.match(before + text[start:end])
        and _CLAUSE_AFTER.match(text, end)
    )


def _old_times(text: str, published: date) -> list[Found] | None:
    """The times the sentence names that end over `HISTORY_DAYS` before its article (not a span
    up to now, "Since June", "the past year", nor a tally's period); None when it names a time
    near its article (the news of then, or set against now: "Last year, two barges sank; this
    week three did")."""
    old = []
    for found, first, last in _periods(text, published):
        if (published - last).days <= NEWS_DAYS:
            return None
        said = text[found.start : found.end]
        if (
            (published - last).days <= HISTORY_DAYS
            or _SINCE.match(said)  # "Since June, …": from then to now
            or _SPAN_TO_NOW.search(said)
            or _ON_TO_NOW.match(text, found.end)
            or text[found.end : found.end + 1].isalpha()  # a misread inside a word ("After dec|lining")
            or _is_tally(text, found.start, found.end, first, last, published)
        ):
            continue
        old.append(found)
    return old


def tells_history(text: str, published: date | None) -> bool:
    """The sentence tells what happened months or years before its article: a time framing it from
    its head, or its occasion's time after "was", ends over `HISTORY_DAYS` before the article, and it
    names no time near the article ("Last year, two barges sank; this week three did" is news).
    History is the story's background, not a point of the day's news."""
    if published is None:
        return False
    return any(
        _frames(text, f.start, f.end) or _OCCASION_TIME.search(text[: f.start])
        for f in _old_times(text, published) or ()
    )


# A year as a word of its own after a determiner or a possessor, the way news names an old occasion
# by it: "a 1996 survey", "the 1977 flood", "its 1974 charter", "Orn's 1911 pier" (find_dates reads
# a year as a time only where it dates a clause). Not a count or a sum ("sent 2000 troops", "2,010
# boats", "$1,990"), a number as a name ("Flight 1952", "Room 2010"), nor a span ("1990-94").
_DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "this", "that", "whose"})
_YEAR = re.compile(
    r"\b(?:" + "|".join(sorted(_DETERMINERS)) + r"|\w+['’]s)\s+"
    r"(1[89]\d\d|20\d\d)\b(?![,.]?\d|\s*(?:%|percent\b)|[-–]\d)",
    re.IGNORECASE,
)


_YEARS_BACK = re.compile(r"\d|\bago\b|\byears?\b", re.IGNORECASE)


def names_old_time(text: str, published: date | None) -> bool:
    """A time anywhere in the sentence ends months or years before its article ("a 1996 survey", "the
    pier built in 1911", "in the 1980s"), and it names none near it: the story's history told in
    the sentence, framing it or not (`tells_history` is the clear case, where it frames it)."""
    if published is None:
        return False
    old = _old_times(text, published)
    if old is None:
        return False
    # (a season or a month alone may be a noun's: "the winter crossings", "the May fair"; a year,
    # a decade or "… ago" names a time gone by)
    if any(_YEARS_BACK.search(text, f.start, f.end) for f in old):
        return True
    # (a year find_dates read as a time is judged above: "Since 2019" runs up to now)
    # (a year naming a thing counts only when the thing heads the sentence and acts: "A 2009 survey
    # found …", "Orn's 1987 charter gave …" tell the story's history; what today's act is done to,
    # "voted to repeal the 1998 charter", "The 1974 charter was torn up", "charged over the 2022
    # bombing", is the day's news)
    if _PASSIVE.search(text):
        return False
    read = [(found.start, found.end) for found in find_dates(text, published)]
    return any(
        (published - date(int(y.group(1)), 12, 31)).days > HISTORY_DAYS
        and not any(start <= y.start(1) < end for start, end in read)
        for y in _YEAR.finditer(text, 0, _subject_end(text))
    )


# A passive main verb: "was torn up", "were sworn in", "has been repealed".
_PASSIVE = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|rn|ne|t)\b", re.IGNORECASE)


def _subject_end(text: str) -> int:
    """Where the noun phrase the sentence opens with has its head: past its determiners, possessors
    and a year ("A 2009 survey", "Orn's 1987 charter", "The guild's 1974 charter"), at its first
    other lower-case word (the head noun, or the verb when the subject is a name: "Police reopened")."""
    for word in re.finditer(r"\S+", text):
        token = word.group(0)
        if token[:1].isupper() or token[:1].isdigit() or token.lower() in _DETERMINERS or token.endswith(("'s", "’s")):
            continue
        return word.end()
    return len(text)


# An article this many days older than the brief has its weekday words dated on the page.
STALE_DAYS = 2


# A stretch of time named relative to the article's date, which no single day stamp can date:
# "last week", "earlier this month", "two weeks ago".
_RELATIVE_PERIOD = re.compile(
    r"\b(?:(?:last|this|next|past) (?:week|month|weekend)|(?:earlier|later) this (?:week|month)|"
    r"(?:a|one|two|three|several|few) (?:days?|weeks?|months?) ago|in recent (?:days|weeks)|"
    # … or ahead of it: "in the next few days", "over the coming weeks" (from a story two weeks old,
    # days that may be over)
    r"the (?:next|coming) (?:few |several |couple of )?(?:days|weeks|months))\b",
    re.IGNORECASE,
)


# The future, in the article's own words: "will host", "is expected to sign", "are due to meet";
# not the noun ("the will of the crews", "their will prevailed") nor a name ("Will Quell").
_FUTURE = re.compile(
    r"(?<!\bthe )(?<!\ba )(?<!\bits )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bour )(?<!\bmy )(?<!\bgood )"
    r"\b(?-i:will|shall)\s+(?:[a-z]+ly\s+|not\s+|also\s+|still\s+|soon\s+|never\s+)?"
    r"(?!(?:of|to|and|or|that|is|was|has|had)\b)(?-i:[a-z])"
    r"|\b(?:is|are)\s+(?:expected|scheduled|set|due|slated|poised|about|to be)\s+to\b",
    re.IGNORECASE,
)
# … or reported, the future of the past: "wardens said the ferry would sail", "the guild warned
# that fares would double" (said then of a time after it). The "would" is the reported clause's
# own, its subject a few words right after the verb of saying: not a "would" of another clause
# further on ("…, said Orla, who would give only her first name", "… said the pilots argued over
# who would steer"). Not "would have" (what did not happen), a refusal ("said it would not pay": a
# stance, not an event to come), a wish ("would like"), nor a judgement ("said a toll would be
# unfair": "would be" with no participle after it), however hedged ("would probably not have").
_CLAUSE_WORD = (
    r"who|whom|whose|which|what|where|when|whether|if|how|why|but|because|before|after|until|while|although|"
    r"though|once|as|than"
)
_PARTICIPLE = (
    r"[a-z]+(?:ed|en)|held|sent|built|sold|shut|cut|put|set|made|paid|kept|told|left|met|won|hit|found|brought|"
    r"bought|led|run|freed|tried"
)
_REPORTED_FUTURE = re.compile(
    r"\b(?:said|say|says|told|warned|predicted|forecast|estimated|expected|announced|promised|pledged|vowed|added)"
    # (whom it was told: "told the board that the pier would reopen")
    rf"(?:\s+(?!(?:{_CLAUSE_WORD}|that)\b)[\w'’.-]+){{0,2}}?(?:\s+that)?"
    rf"(?:\s+(?!(?:{_CLAUSE_WORD}|that)\b)[\w'’.-]+){{1,6}}\s+would\s+"
    r"(?!(?:(?:[a-z]+ly|also|soon|still)\s+)?(?:have|not|never|like|love|rather|prefer)\b)"
    r"(?:(?:[a-z]+ly|also|soon|still)\s+)?"
    rf"(?!be\s+(?!(?:{_PARTICIPLE})\b))(?-i:[a-z])",
    re.IGNORECASE,
)
# The article's present told as such, with no date: "the ban has now been lifted", "the pier is
# now shut" (now as of an article days old: on the page it reads as the brief's now, and it may
# have changed).
_NOW = re.compile(r"(?:(?<![\w-])now|^[\"“‘']?Now)(?![\w-])(?!\s+and\s+(?:then|again)\b)")
# … in the sentence's own clause: a relative clause or an aside describing someone or something
# by what they now are ("Quarle, who now leads the guild, …", "the guild, now ten years old, …",
# "the toll — now abolished — …") tells a standing fact beside the news, not the news.
_NOW_ASIDE = re.compile(r"(?:\b(?:who|which|that)(?:\s+(?:is|are|was|were|has|have|had))?|[,(_—–]|--)\s*$")
# Quotation marks, straight, curly or typed as two apostrophes: a speaker's words, not the article's.
_QUOTATION = re.compile(r"[“\"][^”\"]*[”\"]|''(?:(?!'').)*''")


def undatable(text: str, published: date | None, brief_date: date | None) -> bool:
    """The sentence names a stretch of time relative to an article days older than the brief
    ("Last week, the storm …" in a story three weeks old, or its "now"): on the page it would read
    as the brief's last week, and a stamp can only date a day. Or it tells, in such an article, of
    something still to come with no date at all ("The summit is expected to draw both mayors",
    "Wardens said the ferry would sail"): on the page it reads as still to come, and by the
    brief's day it may be over."""
    if brief_date is None or published is None or (brief_date - published).days < STALE_DAYS:
        return False
    if _RELATIVE_PERIOD.search(text):
        return True
    # (a sentence dating what it tells is read in its own frame: "met on Thursday, and now say …")
    told = _QUOTATION.sub("", text)
    return bool(_FUTURE.search(told) or _REPORTED_FUTURE.search(told) or _now_told(told)) and not find_dates(
        text, published
    )


def _now_told(text: str) -> bool:
    """The sentence's own clause says "now" (`_NOW`, not in an aside: `_NOW_ASIDE`)."""
    return any(not _NOW_ASIDE.search(text, 0, m.start()) for m in _NOW.finditer(text))


def day_stamp(text: str, published: date | None, brief_date: date | None) -> date | None:
    """The day to show beside a sentence of an article `published` on that day, in a brief of
    `brief_date`: what its relative day word names, when the article is days older than the brief."""
    if brief_date is None or published is None or (brief_date - published).days < STALE_DAYS:
        return None
    return named_day(text, published)
