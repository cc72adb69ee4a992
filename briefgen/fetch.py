"""fetch(): read every source of the chosen topics into the store, one transaction per source.

A source that fails (timeout, HTTP error, refused XML, missing file) is reported and the others
still go in; an entry that cannot be stored (a link that is no address) is skipped and named, and
the rest of its source still goes in. Feeds and pages are asked for with the validators of the
last complete response, so an unchanged feed costs a 304 and nothing is parsed. Each source has a
budget of time and bytes, its full_text pages included: a source that spends it stores what it
has and says so; entries whose page was not read keep the feed's summary until a later fetch.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from . import store
from .config import Fetching, Source, Topic
from .errors import ArticleError
from .gather import Gatherer
from .sources import read_source, web
from .sources.base import Entry

log = logging.getLogger("briefgen.fetch")

PAGE_MAX_BYTES = 5_000_000  # a full_text entry's page: an article's page is rarely a tenth of this


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


@dataclass(frozen=True, slots=True)
class _Read:
    entries: list[Entry]
    warnings: list[str]
    response: web.Response | None = None  # for a feed or page (None when on disk)
    complete: bool = True  # every full_text page was read: the validators may be kept


def _read(
    connection: sqlite3.Connection, topic: str, source: Source, limits: Fetching, agent: str, budget: web.Budget
) -> _Read:
    """The entries of one source."""
    if not source.remote:
        entries, warnings = read_source(source.kind, source.location)
        return _Read(entries, warnings)
    etag, last_modified = store.http_state(connection, topic, source.label)
    accept = "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"
    response = web.get(
        source.location,
        timeout=limits.timeout,
        user_agent=agent,
        etag=etag,
        last_modified=last_modified,
        accept=accept if source.kind == "feed" else "text/html, application/xhtml+xml;q=0.9, */*;q=0.5",
        budget=budget,
    )
    if response.status == 304:
        return _Read([], [], response)
    if source.kind == "feed":
        from .sources.feed import parse_feed

        entries, warnings = parse_feed(
            response.body, source.label, base_url=response.url, content_type=response.content_type
        )
        if not source.full_text:
            return _Read(entries, warnings, response)
        full = [_full_text(connection, entry, limits.timeout, agent, warnings, budget) for entry in entries]
        left = [e for e in full if e.summary_only]
        if budget.spent() and left:
            warnings.append(
                f"{source.label}: {budget.spent()}: {len(left)} of {len(full)} entries keep the feed's summary "
                "(their pages are read by a later fetch)"
            )
        return _Read(full, warnings, response, complete=not left)
    from .sources.page import parse_page

    return _Read([parse_page(response.body, response.url, response.content_type)], [], response)


def _full_text(
    connection: sqlite3.Connection, entry: Entry, timeout: float, agent: str, warnings: list[str], budget: web.Budget
) -> Entry:
    """The entry with the text of its page (feeds that carry only a summary); the summary when the
    page cannot be read, marked to be tried again unless the page is gone (404, 410) or when the
    source's budget is spent. A page already stored is not fetched again."""
    if not entry.article.url:
        return entry
    stored = store.stored_article(connection, entry.article.url)
    if stored is not None:
        return Entry(stored, entry.published_at)
    summary = replace(entry, summary_only=True)
    if budget.spent():
        return summary
    from .sources.page import parse_page

    try:
        response = web.get(
            entry.article.url,
            timeout=timeout,
            user_agent=agent,
            accept="text/html, */*;q=0.5",
            max_bytes=PAGE_MAX_BYTES,
            budget=budget,
        )
        page = parse_page(response.body, response.url, response.content_type).article
    except ArticleError as exc:
        if not budget.spent():  # the budget is reported once, for all the entries it left
            warnings.append(f"{exc.message}; the feed's summary is used")
        # A page that is gone keeps the summary for good; any other failure is tried again later.
        return entry if isinstance(exc, web.HTTPStatusError) and exc.gone else summary
    return Entry(replace(entry.article, paragraphs=page.paragraphs), entry.published_at)


def fetch_source(
    connection: sqlite3.Connection,
    topic: str,
    source: Source,
    limits: Fetching | float | None = None,
    agent: str = web.USER_AGENT,
    db: Path | None = None,
    workers: int | None = None,
) -> SourceReport:
    """Read one source and store what it holds, all or nothing; never raises."""
    if not isinstance(limits, Fetching):
        limits = Fetching() if limits is None else Fetching(timeout=limits)
    where = db or Path("the store")
    budget = web.Budget(limits.source_seconds, int(limits.source_megabytes * 1_000_000))
    try:
        read = _read(connection, topic, source, limits, agent, budget)
    except ArticleError as exc:
        return SourceReport(topic, source, error=exc.message)
    except sqlite3.Error as exc:
        return SourceReport(topic, source, error=f"{source.label}: not read: {store.failure(where, exc).message}")
    except Exception as exc:  # a reader's bug must not cost the other sources their fetch
        log.exception("%s: %s", topic, source.label)
        return SourceReport(topic, source, error=f"{source.label}: failed unexpectedly ({type(exc).__name__}: {exc})")
    if read.response is not None and read.response.status == 304:
        return SourceReport(topic, source, not_modified=True)
    counts: dict[str, int] = {}
    warnings = list(read.warnings)
    try:
        with store.transaction(connection):
            for entry in read.entries:
                connection.execute("SAVEPOINT entry")
                try:
                    outcome = store.add_article(connection, topic, entry, source.label).outcome
                except (ValueError, OverflowError) as exc:  # a value the store cannot take: skip the entry
                    connection.execute("ROLLBACK TO entry")
                    warnings.append(f"{entry.article.path}: not stored ({exc})")
                    continue
                finally:
                    connection.execute("RELEASE entry")
                counts[outcome] = counts.get(outcome, 0) + 1
            if read.response is not None and read.complete:
                # Saved with the articles: a run that dies before storing them asks again in full;
                # a feed whose pages were not all read is asked for in full next time, to read them.
                store.save_http_state(
                    connection,
                    topic,
                    source.label,
                    read.response.etag,
                    read.response.last_modified,
                    read.response.status,
                )
    except sqlite3.Error as exc:
        return SourceReport(topic, source, error=f"{source.label}: not stored: {store.failure(where, exc).message}")
    # Each new article is analysed now, once (on every core): a build then only ranks.
    try:
        Gatherer(connection, date.today(), workers).prepare([e.article for e in read.entries])
    except sqlite3.Error as exc:  # a build analyses what is missing: nothing is lost
        log.warning("%s: the analyses were not stored (%s)", source.label, exc)
    log.info("%s: %s: %s", topic, source.label, counts)
    return SourceReport(topic, source, counts, warnings=tuple(warnings))


def fetch(
    topics: Sequence[Topic],
    db: Path,
    timeout: float | None = None,
    progress: Callable[[SourceReport], None] | None = None,
    contact: str | None = None,
    *,
    limits: Fetching | None = None,
    workers: int | None = None,
) -> FetchResult:
    """Fetch every source of `topics` into the store at `db`; `progress` hears of each source as it ends.

    `limits` is the config's [fetch] table; `timeout` and `contact`, when given, override it."""
    limits = limits or Fetching()
    limits = replace(limits, timeout=timeout or limits.timeout, contact=contact or limits.contact)
    connection = store.open_db(db)
    reports = []
    try:
        for topic in topics:
            specs = topic.specs or tuple(Source("path", str(p)) for p in topic.sources)
            for source in specs:
                report = fetch_source(
                    connection, topic.name, source, limits, web.user_agent(limits.contact), db, workers
                )
                reports.append(report)
                if progress is not None:
                    progress(report)
    finally:
        connection.close()
    return FetchResult(tuple(reports))
