"""fetch(): read every source of the chosen topics into the store, one transaction per source.

A source that fails (timeout, HTTP error, refused XML, missing file) is reported and the others
still go in; feeds and pages are asked for with the validators of the last response, so an
unchanged feed costs a 304 and nothing is parsed.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from . import store
from .config import Source, Topic
from .errors import ArticleError
from .gather import Gatherer
from .sources import read_source, web
from .sources.base import Entry

log = logging.getLogger("briefgen.fetch")


@dataclass(frozen=True, slots=True)
class SourceReport:
    """How one source of one topic went."""

    topic: str
    source: Source
    counts: dict[str, int] = field(default_factory=dict)  # new, updated, duplicate, copy
    not_modified: bool = False
    error: str | None = None  # one line, when the source failed as a whole
    warnings: tuple[str, ...] = ()  # entries or files inside it that were skipped

    @property
    def entries(self) -> int:
        return sum(self.counts.values())

    def summary(self) -> str:
        """`3 entries: 2 new, 1 duplicate` / `not modified` / the error."""
        if self.error:
            return f"failed: {self.error}"
        if self.not_modified:
            return "not modified since the last fetch"
        names = (("new", "new"), ("updated", "updated"), ("duplicate", "already stored"), ("copy", "near-copy linked"))
        parts = [f"{self.counts[key]} {label}" for key, label in names if self.counts.get(key)]
        noun = "article" if self.entries == 1 else "articles"
        return f"{self.entries} {noun}" + (f": {', '.join(parts)}" if parts else "")


@dataclass(frozen=True, slots=True)
class FetchResult:
    reports: tuple[SourceReport, ...]

    @property
    def failed(self) -> list[SourceReport]:
        return [r for r in self.reports if r.error]

    def count(self, outcome: str) -> int:
        return sum(r.counts.get(outcome, 0) for r in self.reports)


def _read(
    connection: sqlite3.Connection, topic: str, source: Source, timeout: float, agent: str
) -> tuple[list[Entry], list[str], web.Response | None]:
    """The entries of one source; the response too for a feed or page (None when on disk)."""
    if not source.remote:
        entries, warnings = read_source(source.kind, source.location)
        return entries, warnings, None
    etag, last_modified = store.http_state(connection, topic, source.location)
    accept = "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"
    response = web.get(
        source.location,
        timeout=timeout,
        user_agent=agent,
        etag=etag,
        last_modified=last_modified,
        accept=accept if source.kind == "feed" else "text/html, application/xhtml+xml;q=0.9, */*;q=0.5",
    )
    if response.status == 304:
        return [], [], response
    if source.kind == "feed":
        from .sources.feed import parse_feed

        entries, warnings = parse_feed(
            response.body, source.location, base_url=response.url, content_type=response.content_type
        )
        if source.full_text:
            entries = [_full_text(connection, entry, timeout, agent, warnings) for entry in entries]
        return entries, warnings, response
    from .sources.page import parse_page

    return [parse_page(response.body, response.url, response.content_type)], [], response


def _full_text(connection: sqlite3.Connection, entry: Entry, timeout: float, agent: str, warnings: list[str]) -> Entry:
    """The entry with the text of its page (feeds that carry only a summary); the summary when the
    page cannot be read. A page already stored is not fetched again."""
    if not entry.article.url:
        return entry
    stored = store.stored_article(connection, entry.article.url)
    if stored is not None:
        return Entry(stored, entry.published_at)
    from .sources.page import parse_page

    try:
        response = web.get(entry.article.url, timeout=timeout, user_agent=agent, accept="text/html, */*;q=0.5")
        page = parse_page(response.body, response.url, response.content_type).article
    except ArticleError as exc:
        warnings.append(f"{exc.message}; the feed's summary is used")
        return entry
    return Entry(replace(entry.article, paragraphs=page.paragraphs), entry.published_at)


def fetch_source(
    connection: sqlite3.Connection,
    topic: str,
    source: Source,
    timeout: float,
    agent: str = web.USER_AGENT,
    workers: int | None = None,
) -> SourceReport:
    """Read one source and store what it holds, all or nothing."""
    try:
        entries, warnings, response = _read(connection, topic, source, timeout, agent)
    except ArticleError as exc:
        return SourceReport(topic, source, error=exc.message)
    except sqlite3.Error as exc:
        return SourceReport(topic, source, error=f"{source.location}: the store cannot be read ({exc})")
    if response is not None and response.status == 304:
        return SourceReport(topic, source, not_modified=True)
    counts: dict[str, int] = {}
    try:
        with connection:
            for entry in entries:
                outcome = store.add_article(connection, topic, entry, source.location).outcome
                counts[outcome] = counts.get(outcome, 0) + 1
            if response is not None:
                # Saved with the articles: a run that dies before storing them asks again in full.
                store.save_http_state(
                    connection, topic, source.location, response.etag, response.last_modified, response.status
                )
    except sqlite3.Error as exc:
        return SourceReport(topic, source, error=f"{source.location}: not stored ({exc})")
    # Each new article is analysed now, once (on every core): a build then only ranks.
    try:
        Gatherer(connection, date.today(), workers).prepare([e.article for e in entries])
    except sqlite3.Error as exc:  # a build analyses what is missing: nothing is lost
        log.warning("%s: the analyses were not stored (%s)", source.location, exc)
    log.info("%s: %s: %s", topic, source.location, counts)
    return SourceReport(topic, source, counts, warnings=tuple(warnings))


def fetch(
    topics: Sequence[Topic],
    db: Path,
    timeout: float = web.TIMEOUT,
    progress: Callable[[SourceReport], None] | None = None,
    contact: str | None = None,
    workers: int | None = None,
) -> FetchResult:
    """Fetch every source of `topics` into the store at `db`; `progress` hears of each source as it ends."""
    connection = store.open_db(db)
    reports = []
    try:
        for topic in topics:
            specs = topic.specs or tuple(Source("path", str(p)) for p in topic.sources)
            for source in specs:
                report = fetch_source(connection, topic.name, source, timeout, web.user_agent(contact), workers)
                reports.append(report)
                if progress is not None:
                    progress(report)
    finally:
        connection.close()
    return FetchResult(tuple(reports))
