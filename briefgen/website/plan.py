"""What the website holds, before any page is laid out: the topics with their briefs newest
first, each brief's neighbours, and every actor's statements across briefs.

Addresses are relative to the site's root and never depend on where it is served from.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..archive import Record
from ..render import display_quote, shown

ACTORS_INDEX = "index"  # actors/index.html lists the actors; no actor's page may take its name


def brief_path(topic: str, day: date, ext: str) -> str:
    """topics/<name>/<date>.<ext>: a topic's name is a safe file name (topics.check_topic_name)."""
    return f"topics/{topic}/{day.isoformat()}.{ext}"


def topic_path(topic: str, name: str = "index.html") -> str:
    return f"topics/{topic}/{name}"


@dataclass(frozen=True, slots=True)
class TopicBriefs:
    name: str
    title: str  # as the newest brief shows it
    records: tuple[Record, ...]  # newest first

    def neighbours(self, index: int) -> tuple[Record | None, Record | None]:
        """(the brief before, the brief after) the one at `index`."""
        older = self.records[index + 1] if index + 1 < len(self.records) else None
        newer = self.records[index - 1] if index > 0 else None
        return older, newer


@dataclass(frozen=True, slots=True)
class Said:
    """One statement of an actor, on one brief."""

    text: str  # as the brief shows it: the quoted words when they stand alone, else the sentence
    role: str | None
    topic: str
    title: str
    date: date
    url: str  # the brief's page
    outlets: tuple[str, ...]  # the sources it is cited to
    is_new: bool | None


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    path: str  # actors/<slug>.html
    statements: tuple[Said, ...]  # newest first

    @property
    def roles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.role for s in self.statements if s.role))


@dataclass(frozen=True, slots=True)
class Site:
    topics: tuple[TopicBriefs, ...]  # the topic with the newest brief first
    actors: tuple[Actor, ...]  # by name


def plan(records: Sequence[Record]) -> Site:
    by_topic: dict[str, list[Record]] = {}
    for record in records:
        by_topic.setdefault(record.topic, []).append(record)
    topics = []
    for name, found in by_topic.items():
        newest_first = tuple(sorted(found, key=lambda r: r.date, reverse=True))
        topics.append(TopicBriefs(name, newest_first[0].brief.topic, newest_first))
    topics.sort(key=lambda t: (-t.records[0].date.toordinal(), t.name))
    return Site(tuple(topics), actors(records))


def _heading(name: str) -> str:
    return name[:1].upper() + name[1:]  # as the page shows it (render.view)


def actors(records: Sequence[Record]) -> tuple[Actor, ...]:
    """Every actor on any brief, with what they said there. The same name (case and spacing
    aside) is the same actor; nothing cleverer, since a wrong merge puts words in someone's mouth."""
    said: dict[str, list[Said]] = {}
    names: dict[str, str] = {}
    for record in records:
        brief = record.brief
        articles = brief.corpus.articles
        for position in brief.positions:
            name = _heading(" ".join(position.actor.split()))
            key = name.casefold()
            names.setdefault(key, name)
            for statement in position.statements:
                cited = shown(brief, statement.articles)
                outlets = tuple(dict.fromkeys(articles[a].outlet or Path(articles[a].path).name for a in cited))
                said.setdefault(key, []).append(
                    Said(
                        text=display_quote(statement.text, statement.quote),
                        role=position.role,
                        topic=record.topic,
                        title=brief.topic,
                        date=record.date,
                        url=brief_path(record.topic, record.date, "html"),
                        outlets=outlets,
                        is_new=statement.is_new,
                    )
                )
    slugs = _slugs(sorted(said))
    found = []
    for key, statements in said.items():
        newest_first = sorted(statements, key=lambda s: (-s.date.toordinal(), s.topic))
        found.append(Actor(names[key], f"actors/{slugs[key]}.html", tuple(newest_first)))
    return tuple(sorted(found, key=lambda a: (a.name.casefold(), a.path)))


def _slugs(keys: Sequence[str]) -> dict[str, str]:
    """A file name per actor: the name in ASCII, and a short hash when that is empty, shared, or
    the name of the list of actors (an actor called "Index" must not replace actors/index.html)."""
    plain = {key: slug(key) for key in keys}
    counts: dict[str, int] = {}
    for value in plain.values():
        counts[value] = counts.get(value, 0) + 1
    result = {}
    for key, value in plain.items():
        if not value or counts[value] > 1 or value == ACTORS_INDEX:
            digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:8]
            value = f"{value}-{digest}" if value else digest
        result[key] = value
    return result


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60].strip("-")


def first_line(record: Record) -> str:
    """What a list of briefs shows for one: its first Situation sentence (or its note)."""
    brief = record.brief
    if brief.situation:
        return brief.situation[0].text
    return brief.note or ""


def new_count(record: Record) -> int | None:
    """How many items the brief marks as new since the last brief (None: no earlier brief to compare)."""
    brief = record.brief
    if brief.note is None:
        return None
    flags = [i.is_new for i in (*brief.situation, *brief.key_points)] + [s.is_new for s in brief.next_steps]
    flags += [s.is_new for p in brief.positions for s in p.statements]
    return sum(1 for flag in flags if flag)
