"""The brief's dated next steps as an iCalendar file (RFC 5545) to drop into a calendar.

One all-day VEVENT per dated step: a day is a one-day event; a range of days ("Nov. 17-18"), a
week, weekend or month ("next week", "later this month") is an all-day event spanning it, so the calendar shows when
it may happen without inventing a day; a quarter, season, year or no date at all is left out
(an event three months long only clutters a calendar). The summary is the brief's sentence, verbatim; the description is
the sentence and its sources. Reproducible: UIDs hash the text and the date, DTSTAMP is the
brief's date, so the same brief gives the same bytes.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date, timedelta
from pathlib import Path

from .dates import granularity, period_end, period_start
from .models import Article, Brief, NextStep

_LIMIT = 75  # octets per content line, CRLF excluded (RFC 5545 §3.1)
# Control characters have no place in a property value; line breaks are escaped, not kept.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def escape(text: str) -> str:
    """TEXT value escaping (§3.3.11): a comma, semicolon, backslash or line break in article text
    stays inside its property and can never start a property of its own."""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\n", "\\n").replace("\u2028", "\\n").replace("\u2029", "\\n")


def fold(line: str) -> str:
    """Split a content line into CRLF + space continued pieces of at most 75 octets, never inside
    a UTF-8 character."""
    data = line.encode("utf-8")
    pieces: list[str] = []
    start, limit = 0, _LIMIT
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and data[end] & 0xC0 == 0x80:  # a continuation byte: cut before its character
            end -= 1
        pieces.append(data[start:end].decode("utf-8"))
        start, limit = end, _LIMIT - 1
    return "\r\n ".join(pieces)


def _days(value: str) -> tuple[date, date] | None:
    """First and last day of a date value worth a calendar entry: a day, a range of days, a week,
    weekend or month; None for a quarter, season or year (too long to be an event)."""
    if granularity(value) in ("day", "range", "week", "weekend", "month"):
        return period_start(value), period_end(value)
    return None


def span(step: NextStep) -> tuple[date, date] | None:
    """First day and the day after the last (DTEND is exclusive for dates), or None to leave it out.

    When outlets give the event different days, the entry spans them all if they lie within a
    week of each other (the description says who gives which); further apart, nobody can say when
    it is, and it stays off the calendar."""
    values = [_value(step)] + [v for v, _ in step.other_dates]
    spans = [_days(v) for v in values if v]
    if len(spans) < len(values) or any(s is None for s in spans):
        return None
    first = min(s[0] for s in spans if s)
    last = max(s[1] for s in spans if s)
    if step.other_dates and (last - first).days > 7:
        return None
    return first, last + timedelta(days=1)


def _value(step: NextStep) -> str:
    return step.date.isoformat() if step.date else step.period or ""


def _reference(article: Article) -> str:
    outlet = article.outlet or Path(article.path).name
    published = f", {article.published.isoformat()}" if article.published else ""
    # A web address helps the reader of the calendar; a path on the machine that built it does not.
    where = f" {article.path}" if article.path.startswith(("https://", "http://")) else ""
    return f"{outlet} — {article.title}{published}{where}"


def uid(step: NextStep) -> str:
    """Stable across runs and briefs: the same sentence about the same date is the same event."""
    when = _value(step)
    return hashlib.sha256(f"{step.text}\x00{when}".encode()).hexdigest()[:32] + "@briefgen"


def to_ics(brief: Brief) -> bytes:
    return calendar(f"{brief.topic} — next steps", [e for step in brief.next_steps if (e := event(brief, step))])


def event(brief: Brief, step: NextStep, url: str | None = None) -> list[str] | None:
    """The VEVENT of one next step of `brief` (None when its time is too vague for a calendar);
    `url`, an absolute address of the brief, is linked from it."""
    days = span(step)
    if days is None:
        return None
    articles = brief.corpus.articles
    sources = [_reference(articles[a]) for a in step.articles]
    also = [_reference(articles[a]) for a in step.also]
    description = step.shown + "\n\nSources:\n" + "\n".join(sources)
    if also:
        description += "\nAlso reported by:\n" + "\n".join(also)
    if step.other_dates:
        given = [f"{_value(step)}: " + ", ".join(sources)]
        given += [f"{value}: {_reference(articles[a])}" for value, a in step.other_dates]
        description += "\nSources differ on the date:\n" + "\n".join(given)
    return [
        "BEGIN:VEVENT",
        f"UID:{uid(step)}",
        f"DTSTAMP:{brief.date:%Y%m%d}T000000Z",
        f"DTSTART;VALUE=DATE:{days[0]:%Y%m%d}",
        f"DTEND;VALUE=DATE:{days[1]:%Y%m%d}",
        f"SUMMARY:{escape(step.shown)}",
        f"DESCRIPTION:{escape(description)}",
        *([f"URL:{url}"] if url else []),
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]


def calendar(name: str, events: list[list[str]], refresh_hours: int | None = None) -> bytes:
    """A VCALENDAR of these events; `refresh_hours` tells a subscribing app how often to look again."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//briefgen//Next steps//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape(name)}",
    ]
    if refresh_hours:
        lines += [f"REFRESH-INTERVAL;VALUE=DURATION:PT{refresh_hours}H", f"X-PUBLISHED-TTL:PT{refresh_hours}H"]
    for lines_of_event in events:
        lines += lines_of_event
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines).encode("utf-8")
