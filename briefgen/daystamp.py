"""The day stamp beside a sentence: the calendar day its weekday word ("on Friday", "yesterday")
names, shown on the page when the sentence's article is days older than the brief (the
sentence stays verbatim; the stamp is page furniture)."""

from __future__ import annotations

import re
from datetime import date

from .dates import find_dates

# A day named relative to the article's date: wrong on the page once the article is days old.
_RELATIVE_DAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|tomorrow|"
    r"last night|this (?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)


def named_day(text: str, published: date) -> date | None:
    """The day a relative day word of the sentence names ("on Friday", "yesterday"), read against
    its article's date; None when it names none. The day of the verb goes before the day of a noun:
    in "After Friday night's fire at the pier, the crews stayed in port Sunday", Sunday."""
    days = [
        found
        for found in find_dates(text, published)
        if len(found.value) == 10 and _RELATIVE_DAY.search(text, found.start, found.end)
    ]
    of_verb = [f for f in days if not re.match(r"['’]s\b", text[f.end : f.end + 3])]
    return date.fromisoformat((of_verb or days)[0].value) if days else None


# An article this many days older than the brief has its weekday words dated on the page.
STALE_DAYS = 2


def day_stamp(text: str, published: date | None, brief_date: date | None) -> date | None:
    """The day to show beside a sentence of an article `published` on that day, in a brief of
    `brief_date`: what its relative day word names, when the article is days older than the brief."""
    if brief_date is None or published is None or (brief_date - published).days < STALE_DAYS:
        return None
    return named_day(text, published)
