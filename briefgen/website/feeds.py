"""A topic followed from elsewhere: an Atom feed (RFC 4287) with one entry per brief, and a
calendar (RFC 5545) of the dated next steps of its recent briefs that a calendar app subscribes to.

Both are reproducible: ids and UIDs are derived from the topic, the day and the event, dates are
the briefs' own, so the same briefs give the same bytes and a reader or calendar app sees an
updated brief or event replace the old one rather than a duplicate.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from urllib.parse import urljoin

from .. import ics
from ..render import long_date
from .plan import TopicBriefs, brief_path, first_line, topic_path

FEED_ENTRIES = 30  # the newest briefs in a topic's feed
CALENDAR_DAYS = 30  # the briefs of this many days before a topic's newest one feed its calendar
_NAMESPACE = uuid.UUID("6f0f3b8e-5d7a-4c53-9a51-0b6f1c1e7a10")  # briefgen's: ids are ours alone
# Characters XML 1.0 does not allow, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(text: str) -> str:
    text = _NOT_XML.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def entry_id(topic: str, day: date) -> str:
    """The same topic and day is the same entry, however often the site is made."""
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, f'brief/{topic}/{day.isoformat()}')}"


def _stamp(day: date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def atom(topic: TopicBriefs, content: Callable[[int], str], base_url: str | None) -> bytes:
    """The topic's feed; `content(i)` is the HTML of its i-th brief (newest first).

    Links are relative to the feed (topics/<name>/feed.atom) unless `base_url` makes them absolute."""
    here = urljoin(base_url, topic_path(topic.name)) if base_url else ""

    def link(path: str) -> str:
        return xml_text(urljoin(here, path.rsplit("/", 1)[-1]) if here else path.rsplit("/", 1)[-1])

    newest = topic.records[0].date
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"  <id>urn:uuid:{uuid.uuid5(_NAMESPACE, f'topic/{topic.name}')}</id>",
        f"  <title>{xml_text(topic.title)} — briefs</title>",
        f"  <updated>{_stamp(newest)}</updated>",
        f'  <link rel="self" type="application/atom+xml" href="{link(topic_path(topic.name, "feed.atom"))}"/>',
        f'  <link rel="alternate" type="text/html" href="{link(topic_path(topic.name))}"/>',
        "  <author><name>briefgen</name></author>",
        "  <generator>briefgen</generator>",
    ]
    for i, record in enumerate(topic.records[:FEED_ENTRIES]):
        page = brief_path(topic.name, record.date, "html")
        pdf = brief_path(topic.name, record.date, "pdf")
        lines += [
            "  <entry>",
            f"    <id>{entry_id(topic.name, record.date)}</id>",
            f"    <title>{xml_text(record.brief.topic)} — {long_date(record.date)}</title>",
            f"    <published>{_stamp(record.date)}</published>",
            f"    <updated>{_stamp(record.date)}</updated>",
            f'    <link rel="alternate" type="text/html" href="{link(page)}"/>',
            f'    <link rel="enclosure" type="application/pdf" href="{link(pdf)}"/>',
            f"    <summary>{xml_text(first_line(record))}</summary>",
            f'    <content type="html">{xml_text(content(i))}</content>',
            "  </entry>",
        ]
    lines.append("</feed>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def calendar(topic: TopicBriefs, base_url: str | None) -> bytes:
    """The dated next steps still to come as the newest brief gives them, and those of the briefs of
    the last CALENDAR_DAYS days that are over by its day (what was on the calendar stays as a
    record). An event an earlier brief announced that the newest one no longer carries (held,
    postponed, dropped) leaves subscribers' calendars: only the newest brief speaks for what is
    to come. An event that several briefs carry (the same sentence and date, the same UID) is
    there once, as the newest brief gives it; its DTSTAMP, that brief's date, tells a calendar app
    which version is newer."""
    newest = topic.records[0].date
    since = newest - timedelta(days=CALENDAR_DAYS)
    events: dict[str, tuple[date, list[str]]] = {}
    for i, record in enumerate(topic.records):  # newest first: the first version of an event seen wins
        if record.date < since:
            break
        url = urljoin(base_url, brief_path(topic.name, record.date, "html")) if base_url else None
        for step in record.brief.next_steps:
            lines, when, uid = ics.event(record.brief, step, url), ics.span(step), ics.uid(step)
            if when is not None and i > 0 and when[1] > newest:
                continue  # still to come by the newest brief's day: that brief alone says so
            if lines is not None and when is not None and uid not in events:
                events[uid] = (when[0], lines)
    ordered = [lines for uid, (_, lines) in sorted(events.items(), key=lambda kv: (kv[1][0], kv[0]))]
    return ics.calendar(f"{topic.title} — next steps", ordered, refresh_hours=6)
