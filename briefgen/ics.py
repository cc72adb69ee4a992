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
    pieces: list[str] = []
    current, size = "", 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > (_LIMIT if not pieces else _LIMIT - 1):
            pieces.append(current)
            current, size = "", 0
        current += ch
        size += width
    pieces.append(current)
    return "\r\n ".join(pieces)


def _days(value: str) -> tuple[date, date] | None:
    """First and last day of a date value worth a calendar entry: a day, a range of days, a week,
    weekend or month; None for a quarter, season or year (too long to be an event)."""
    if granularity(value) in ("day", "range", "week", "weekend", "month"):
        return period_start(value), period_end(value)
    return None


def _span(step: NextStep) -> tuple[date, date] | None:
    """First day and the day after the last (DTEND is exclusive for dates), or None to leave it out.

    When outlets give the event different days, the entry spans them all if they lie within a
    week of each other (the description says who gives which); further apart, nobody can say when
    it is, and it stays off the calendar."""
    values = [step.date.isoformat() if step.date else step.period or ""] + [v for v, _ in step.other_dates]
    spans = [_days(v) for v in values if v]
    if not spans or None in spans or len(spans) < len(values):
        return None
    first = min(s[0] for s in spans if s)
    last = max(s[1] for s in spans if s)
    if step.other_dates and (last - first).days > 7:
        return None
    return first, last + timedelta(days=1)


def _reference(article: Article) -> str:
    outlet = article.outlet or Path(article.path).name
    published = f", {article.published.isoformat()}" if article.published else ""
    # A web address helps the reader of the calendar; a path on the machine that built it does not.
    where = f" {article.path}" if article.path.startswith(("https://", "http://")) else ""
    return f"{outlet} — {article.title}{published}{where}"


def _value(step: NextStep) -> str:
    return step.date.isoformat() if step.date else step.period or ""


def uid(step: NextStep) -> str:
    """Stable across runs and briefs: the same sentence about the same date is the same event."""
    when = _value(step)
    return hashlib.sha256(f"{step.text}\x00{when}".encode()).hexdigest()[:32] + "@briefgen"


def to_ics(brief: Brief) -> bytes:
    articles = brief.corpus.articles
    stamp = f"{brief.date:%Y%m%d}T000000Z"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//briefgen//Next steps//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape(f'{brief.topic} — next steps')}",
    ]
    for step in brief.next_steps:
        span = _span(step)
        if span is None:
            continue
        sources = [_reference(articles[a]) for a in step.articles]
        also = [_reference(articles[a]) for a in step.also]
        description = step.text + "\n\nSources:\n" + "\n".join(sources)
        if also:
            description += "\nAlso reported by:\n" + "\n".join(also)
        if step.other_dates:
            given = [f"{_value(step)}: " + ", ".join(_reference(articles[a]) for a in step.articles)]
            given += [f"{value}: {_reference(articles[a])}" for value, a in step.other_dates]
            description += "\nSources differ on the date:\n" + "\n".join(given)
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid(step)}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{span[0]:%Y%m%d}",
            f"DTEND;VALUE=DATE:{span[1]:%Y%m%d}",
            f"SUMMARY:{escape(step.text)}",
            f"DESCRIPTION:{escape(description)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines).encode("utf-8")
