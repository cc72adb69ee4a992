"""The embedded SQLite store: where fetched articles, past briefs and mail deliveries live.

One file per user (platformdirs' data folder), or `--db PATH` / `BRIEFGEN_DB`. Its layout, version
and migrations are in schema.py; this module reads and writes articles, feed validators and what
each brief said (deliver.py keeps the mail ledger in the same file).
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from . import clock, corpus, schema
from .errors import InputError
from .models import Article
from .sources.base import Entry


def open_db(path: Path) -> sqlite3.Connection:
    """Open (creating) the store, migrated to the current layout; writes are transactions, readers
    never see half a run. InputError (one line naming the file) when it cannot be used."""
    if path.is_dir():
        raise InputError(f"{path}: is a folder; the store is a file (give --db or BRIEFGEN_DB a file name)")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(path, timeout=30.0)
    except (OSError, sqlite3.Error) as exc:
        raise InputError(f"{path}: the store cannot be opened ({exc})") from None
    try:
        connection.execute("PRAGMA busy_timeout=30000")
        schema.prepare(connection, path)  # first: a file that is not our store is left as it was
        _journal(connection)
        connection.execute("PRAGMA foreign_keys=ON")
    except InputError:
        connection.close()
        raise
    except sqlite3.Error as exc:
        connection.close()
        raise InputError(f"{path}: the store cannot be opened ({exc})") from None
    return connection


def _journal(connection: sqlite3.Connection) -> None:
    """WAL, so a reader never waits for a writer; a store that cannot switch (read-only) stays as it is."""
    try:
        connection.execute("PRAGMA journal_mode=WAL")
    except sqlite3.OperationalError as exc:
        if "readonly" not in str(exc) and "read-only" not in str(exc):
            raise


def failure(path: Path, exc: sqlite3.Error, doing: str = "used") -> InputError:
    """One line for an SQLite error met while using the store, saying what it means for the operator."""
    text = str(exc)
    if isinstance(exc, sqlite3.DatabaseError) and ("malformed" in text or "not a database" in text):
        return InputError(f"{path}: the store is damaged ({text}); move it aside or restore a backup")
    if "full" in text:
        return InputError(f"{path}: the store cannot be written: the disk is full ({text})")
    if "readonly" in text or "read-only" in text:
        return InputError(f"{path}: the store cannot be written: it is read-only ({text})")
    if "locked" in text or "busy" in text:
        return InputError(f"{path}: the store is busy (another briefgen run held it for 30 s); try again ({text})")
    return InputError(f"{path}: the store cannot be {doing} ({text})")


@contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A write transaction that takes the store's write lock at its start (BEGIN IMMEDIATE): what
    it read cannot change before it writes, so two runs at once never both insert one article."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|ocid|at_\w+)$", re.IGNORECASE)


def now_utc() -> datetime:
    return clock.now()


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")


def url_key(url: str | None) -> str | None:
    """The same address however it is written: lower-case host, no fragment, no tracking parameters."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        port = parts.port  # raises ValueError when out of range or not a number
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    query = urlencode(
        sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k))
    )
    host = parts.hostname.lower().removeprefix("www.")
    port_text = f":{port}" if port and port not in (80, 443) else ""
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("https", host + port_text, path, query, ""))


def content_hash(article: Article) -> str:
    """Two articles with the same words in the same order (case, spacing and punctuation aside)."""
    text = " ".join(article.paragraphs)
    return hashlib.sha256(corpus.sentence_key(text).encode("utf-8")).hexdigest()


def _sentence_hashes(article: Article) -> tuple[int, ...]:
    """The article's near-copy fingerprint (corpus.fingerprint), what `article_sentences` holds."""
    return corpus.fingerprint(corpus.sentence_key(text) for text, _, full in corpus.split_article(article) if full)


@dataclass(frozen=True, slots=True)
class Stored:
    """What became of one fetched article: new, updated (same URL, new text), duplicate, or near-copy."""

    outcome: str
    row: int


def add_article(
    connection: sqlite3.Connection, topic: str, entry: Entry, source: str, fetched_at: datetime | None = None
) -> Stored:
    """Store one article for a topic (inside the caller's transaction)."""
    article = entry.article
    fetched = _stamp(fetched_at or now_utc())
    key, digest = url_key(article.url), content_hash(article)
    row = None
    if key:
        row = connection.execute("SELECT id, content_hash FROM articles WHERE url_key = ?", (key,)).fetchone()
    if row is not None:
        outcome = "duplicate"
        if (
            row[1] != digest
            and not connection.execute("SELECT 1 FROM articles WHERE content_hash = ?", (digest,)).fetchone()
        ):
            # The outlet updated the story at the same address: keep one row, with the new text.
            connection.execute(
                "UPDATE articles SET content_hash = ?, title = ?, paragraphs = ?, key_points = ?, updated_at = ?,"
                " summary_only = ? WHERE id = ?",
                (
                    digest,
                    article.title,
                    json.dumps(article.paragraphs),
                    json.dumps(article.key_points),
                    fetched,
                    entry.summary_only,
                    row[0],
                ),
            )
            connection.execute("DELETE FROM article_sentences WHERE article = ?", (row[0],))
            connection.executemany(
                "INSERT INTO article_sentences (hash, article) VALUES (?, ?)",
                ((h, row[0]) for h in _sentence_hashes(article)),
            )
            outcome = "updated"
        stored = Stored(outcome, row[0])
    elif same := connection.execute("SELECT id FROM articles WHERE content_hash = ?", (digest,)).fetchone():
        stored = Stored("duplicate", same[0])
    else:
        hashes = _sentence_hashes(article)
        original = _near_copy_of(connection, hashes)
        cursor = connection.execute(
            "INSERT INTO articles (article_id, url, url_key, content_hash, copy_of, title, outlet, path, slug,"
            " published_day, published_at, key_points, paragraphs, source, fetched_at, summary_only)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id,
                article.url,
                key,
                digest,
                original,
                article.title,
                article.outlet,
                article.path,
                article.slug,
                article.published.isoformat() if article.published else None,
                _stamp(entry.published_at) if entry.published_at else None,
                json.dumps(article.key_points),
                json.dumps(article.paragraphs),
                source,
                fetched,
                entry.summary_only,
            ),
        )
        assert cursor.lastrowid is not None
        connection.executemany(
            "INSERT INTO article_sentences (hash, article) VALUES (?, ?)", ((h, cursor.lastrowid) for h in hashes)
        )
        stored = Stored("copy" if original else "new", cursor.lastrowid)
    connection.execute("INSERT OR IGNORE INTO article_topics (topic, article) VALUES (?, ?)", (topic, stored.row))
    return stored


def _near_copy_of(connection: sqlite3.Connection, hashes: Sequence[int]) -> int | None:
    """The stored article this one mostly repeats (corpus.copy_of: syndication), followed to its original."""
    if not hashes:
        return None
    marks = ",".join("?" * len(hashes))
    rows = connection.execute(
        f"SELECT article, COUNT(*) FROM article_sentences WHERE hash IN ({marks}) GROUP BY article", tuple(hashes)
    ).fetchall()
    best = corpus.copy_of(hashes, dict(rows))
    if best is None:
        return None
    origin = connection.execute("SELECT copy_of FROM articles WHERE id = ?", (best,)).fetchone()
    return int(origin[0] or best)


@dataclass(frozen=True, slots=True)
class StoredArticle:
    row: int
    article: Article
    copy_of: int | None
    version: str  # the text's hash: an article updated since a brief is news again (its new sentences)


def articles_for(
    connection: sqlite3.Connection, topic: str, since: datetime, until: datetime, tz: tzinfo | None = UTC
) -> list[StoredArticle]:
    """The topic's articles published (or, undated, fetched) in [since, until), oldest first.

    A near-copy is left out when its original is among them: syndication is linked, not repeated.
    An article dated by day only counts when that day, a day of the zone `tz` (None: the machine's
    local zone), overlaps the window.
    """
    start, end = _stamp(since), _stamp(until)
    first_day, last_day = (
        clock.local(since, tz).date().isoformat(),
        clock.local(until - timedelta(microseconds=1), tz).date().isoformat(),
    )
    rows = connection.execute(
        _SELECT_STORED + " WHERE t.topic = ? AND ("
        "  (a.published_at IS NOT NULL AND a.published_at >= ? AND a.published_at < ?)"
        "  OR (a.published_at IS NULL AND a.published_day BETWEEN ? AND ?)"
        "  OR (a.published_at IS NULL AND a.published_day IS NULL AND a.fetched_at >= ? AND a.fetched_at < ?))"
        + _STORED_ORDER,
        (topic, start, end, first_day, last_day, start, end),
    ).fetchall()
    return _stored_articles(rows)


_SELECT_STORED = (
    "SELECT a.id, a.copy_of, a.content_hash, a.article_id, a.title, a.path, a.outlet, a.published_day,"
    " a.key_points, a.paragraphs, a.slug, a.url FROM articles a JOIN article_topics t ON t.article = a.id"
)
_STORED_ORDER = " ORDER BY COALESCE(a.published_at, a.published_day, a.fetched_at), a.id"


def articles_of_last_brief(connection: sqlite3.Connection, topic: str, day: date) -> list[StoredArticle]:
    """The articles the topic's latest brief before `day` was built from, as far as they are still
    stored with that text: the context of a brief on a day when nothing was published."""
    row = connection.execute(
        "SELECT articles FROM briefs WHERE topic = ? AND date < ? ORDER BY date DESC LIMIT 1", (topic, day.isoformat())
    ).fetchone()
    versions = json.loads(row[0]) if row else []
    if not versions:
        return []
    marks = ",".join("?" * len(versions))
    rows = connection.execute(
        _SELECT_STORED + f" WHERE t.topic = ? AND a.content_hash IN ({marks})" + _STORED_ORDER, (topic, *versions)
    ).fetchall()
    return _stored_articles(rows)


def _stored_articles(rows: list[Any]) -> list[StoredArticle]:
    found: list[StoredArticle] = []
    seen_ids: set[str] = set()
    for row_id, copy_of, version, *fields in rows:
        article = _article(tuple(fields))
        if article.id in seen_ids:  # ids key citations: unique within a brief
            article = replace(article, id=f"{article.id}~{row_id}")
        seen_ids.add(article.id)
        found.append(StoredArticle(row_id, article, copy_of, version))
    rows_in = {f.row for f in found}
    return [f for f in found if f.copy_of is None or f.copy_of not in rows_in]


def stored_article(connection: sqlite3.Connection, url: str) -> Article | None:
    """The stored article at this address (however it is written) with its page's text, or None
    (also when only a feed's summary of it is stored: its page is still to be read)."""
    key = url_key(url)
    row = connection.execute(
        "SELECT article_id, title, path, outlet, published_day, key_points, paragraphs, slug, url"
        " FROM articles WHERE url_key = ? AND NOT summary_only",
        (key,),
    ).fetchone()
    return None if row is None else _article(row)


def _article(row: tuple[Any, ...]) -> Article:
    """An article from its row in `articles` (key points and paragraphs as JSON text)."""
    return article_from_fields((*row[:5], json.loads(row[5]), json.loads(row[6]), *row[7:]))


def article_from_fields(row: Sequence[Any]) -> Article:
    """An article from (id, title, path, outlet, published ISO day or None, key points, paragraphs,
    slug, url), as the store's rows and the analysis cache keep it."""
    article_id, title, path, outlet, day, key_points, paragraphs, slug, url = row
    return Article(
        id=article_id,
        title=title,
        path=path,
        outlet=outlet,
        published=date.fromisoformat(day) if day else None,
        key_points=tuple(key_points),
        paragraphs=tuple(paragraphs),
        slug=slug,
        url=url,
    )


def topic_has_articles(connection: sqlite3.Connection, topic: str) -> bool:
    return connection.execute("SELECT 1 FROM article_topics WHERE topic = ? LIMIT 1", (topic,)).fetchone() is not None


def http_state(connection: sqlite3.Connection, topic: str, url: str) -> tuple[str | None, str | None]:
    """The validators (ETag, Last-Modified) of the last good response from `url` for `topic`."""
    row = connection.execute(
        "SELECT etag, last_modified FROM http_cache WHERE topic = ? AND url = ?", (topic, url)
    ).fetchone()
    return (row[0], row[1]) if row else (None, None)


def save_http_state(
    connection: sqlite3.Connection, topic: str, url: str, etag: str | None, last_modified: str | None, status: int
) -> None:
    connection.execute(
        "INSERT INTO http_cache (topic, url, etag, last_modified, checked_at, status) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(topic, url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,"
        " checked_at = excluded.checked_at, status = excluded.status",
        (topic, url, etag, last_modified, _stamp(now_utc()), status),
    )


@dataclass(frozen=True, slots=True)
class PastBrief:
    """What an earlier brief of the topic said, and which stored articles it was built from."""

    date: date
    keys: frozenset[str]  # sentence keys of everything on the page
    articles: frozenset[str]  # versions (text hashes) of the articles it was built from


def remember_brief(
    connection: sqlite3.Connection,
    topic: str,
    day: date,
    items: list[tuple[str, str]],
    articles: list[str],
) -> None:
    """Record a brief (section, text) x N; building the same day again replaces the record."""
    payload = [{"section": section, "key": corpus.sentence_key(text), "text": text} for section, text in items]
    with transaction(connection):
        connection.execute(
            "INSERT INTO briefs (topic, date, built_at, articles, items) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(topic, date) DO UPDATE SET built_at = excluded.built_at, articles = excluded.articles,"
            " items = excluded.items",
            (topic, day.isoformat(), _stamp(now_utc()), json.dumps(sorted(articles)), json.dumps(payload)),
        )


def mailed(connection: sqlite3.Connection, topic: str, day: date) -> bool:
    """Whether the topic's brief of `day` went out (or is going out) to someone: deliver.py's
    ledger, in the same file. That brief, not a later rebuild, is what the next one compares with."""
    return (
        connection.execute(
            "SELECT 1 FROM mail_deliveries WHERE topic = ? AND brief_date = ? AND status != 'failed' LIMIT 1",
            (topic, day.isoformat()),
        ).fetchone()
        is not None
    )


def previous_brief(connection: sqlite3.Connection, topic: str, day: date, depth: int = 7) -> PastBrief | None:
    """What the topic's briefs dated before `day` said (the latest `depth` of them), dated by the
    latest; a rebuild of `day` compares with the same ones as the first build did."""
    rows = connection.execute(
        "SELECT date, articles, items FROM briefs WHERE topic = ? AND date < ? ORDER BY date DESC LIMIT ?",
        (topic, day.isoformat(), depth),
    ).fetchall()
    if not rows:
        return None
    return PastBrief(
        date=date.fromisoformat(rows[0][0]),
        keys=frozenset(item["key"] for row in rows for item in json.loads(row[2])),
        articles=frozenset(a for row in rows for a in json.loads(row[1])),
    )
