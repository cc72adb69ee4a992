"""The days a sentence names, read against its article's date: the stamp beside it on the page
(the calendar day its weekday word, "on Friday" or "yesterday", names when the article is days
older than the brief; the sentence stays verbatim, the stamp is page furniture), and whether
it dates what it tells as the article's news."""

from __future__ import annotations

import re
from datetime import date

from .dates import find_dates, period_end, period_start

# A day named relative to the article's date: wrong on the page once the article is days old.
_RELATIVE_DAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|tomorrow|"
    r"last night|this (?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)


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
    of_verb = [f for f in days if not re.match(r"['’]s\b", text[f.end : f.end + 3])]
    named = {f.value for f in of_verb or days}
    return date.fromisoformat(named.pop()) if len(named) == 1 else None


# A time named within this many days of its article's date is the article's news, not history.
NEWS_DAYS = 14


def tells_news(text: str, published: date | None) -> bool:
    """The sentence dates what it tells close to its article's date ("said Sunday", "on Thursday",
    "last week unveiled"): the news of the day, not a description ("The offer was simple enough")
    or history ("in the 1980s")."""
    if published is None:
        return False
    for found in find_dates(text, published):
        try:
            first, last = period_start(found.value), period_end(found.value)
        except ValueError:
            continue
        if (published - last).days <= NEWS_DAYS and (first - published).days <= NEWS_DAYS:
            return True
    return False


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
# Quotation marks, straight, curly or typed as two apostrophes: a speaker's words, not the article's.
_QUOTATION = re.compile(r"[“\"][^”\"]*[”\"]|''(?:(?!'').)*''")


def undatable(text: str, published: date | None, brief_date: date | None) -> bool:
    """The sentence names a stretch of time relative to an article days older than the brief
    ("Last week, the storm …" in a story three weeks old): on the page it would read as the
    brief's last week, and a stamp can only date a day. Or it tells, in such an article, of
    something still to come with no date at all ("The summit is expected to draw both mayors"):
    on the page it reads as still to come, and by the brief's day it may be over."""
    if brief_date is None or published is None or (brief_date - published).days < STALE_DAYS:
        return False
    if _RELATIVE_PERIOD.search(text):
        return True
    return bool(_FUTURE.search(_QUOTATION.sub("", text))) and not find_dates(text, published)


def day_stamp(text: str, published: date | None, brief_date: date | None) -> date | None:
    """The day to show beside a sentence of an article `published` on that day, in a brief of
    `brief_date`: what its relative day word names, when the article is days older than the brief."""
    if brief_date is None or published is None or (brief_date - published).days < STALE_DAYS:
        return None
    return named_day(text, published)
