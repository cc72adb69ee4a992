"""What the store remembers so that no article is read or analysed twice: each article's analysis
(briefgen.analysis) by the hash of what it depends on, each article file's Article by the
file's name and the hash of its bytes, and which articles of a build are near-copies of which by
the hash of its articles' keys (a rebuild of the same articles does not compare them again).

An entry made by another version of the code is never used: it is made again and replaced, when
next needed. Entries no build has used for `KEEP_DAYS` are removed.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any, NamedTuple

from . import store
from .compose import Counts
from .models import Article

KEEP_DAYS = 60
KEPT_NEAR_COPIES = 16  # sets of articles whose near-copies are kept (`keep_copies`)
_BATCH = 500  # SQLite variables per statement, well under its limit


def digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=20).hexdigest()


def _batches(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), _BATCH):
        yield items[start : start + _BATCH]


def analyses(connection: sqlite3.Connection, keys: Sequence[str], version: str, today: date) -> dict[str, str]:
    """The stored analyses (encoded) of these article keys made by `version`; marks them used."""
    return {key: row[0] for key, row in _lookup(connection, "analyses", "article_key", ("data",), keys, version, today)}


def _lookup(
    connection: sqlite3.Connection,
    table: str,
    key: str,
    columns: tuple[str, ...],
    keys: Sequence[str],
    version: str,
    today: date,
) -> Iterator[tuple[str, tuple[Any, ...]]]:
    """(key, columns) of the rows of `table` with these keys made by `version`; they are marked used."""
    stale: list[str] = []
    for batch in _batches(sorted(set(keys))):
        marks = ",".join("?" * len(batch))
        rows = connection.execute(
            f"SELECT {key}, used_on, {', '.join(columns)} FROM {table} WHERE version = ? AND {key} IN ({marks})",
            (version, *batch),
        ).fetchall()
        for found, used_on, *values in rows:
            if used_on != today.isoformat():
                stale.append(found)
            yield found, tuple(values)
    _mark_used(connection, table, key, stale, today)


def known(connection: sqlite3.Connection, keys: Sequence[str], version: str) -> set[str]:
    """Which of these article keys have an analysis made by `version`."""
    found: set[str] = set()
    for batch in _batches(sorted(set(keys))):
        marks = ",".join("?" * len(batch))
        rows = connection.execute(
            f"SELECT article_key FROM analyses WHERE version = ? AND article_key IN ({marks})", (version, *batch)
        ).fetchall()
        found.update(key for (key,) in rows)
    return found


def keep_analyses(connection: sqlite3.Connection, rows: Iterable[tuple[str, str]], version: str, today: date) -> None:
    """Store (article key, encoded analysis) pairs, replacing those of other versions."""
    with connection:
        connection.executemany(
            "INSERT INTO analyses (article_key, version, data, used_on) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(article_key) DO UPDATE SET version = excluded.version, data = excluded.data,"
            " used_on = excluded.used_on",
            ((key, version, data, today.isoformat()) for key, data in rows),
        )


def inputs_key(article_keys: Sequence[str]) -> str:
    """What a corpus's near-copies depend on (with the analyser's version), hashed: its articles'
    keys (`analysis.article_key`), in order."""
    return hashlib.sha256("\n".join(article_keys).encode("ascii")).hexdigest()


def copies(connection: sqlite3.Connection, inputs: str, version: str, today: date, count: int) -> dict[int, int] | None:
    """The near-copies (article index -> its original's) stored for these inputs by `version`, for a
    corpus of `count` articles; marks them used. None: not stored, or not a valid answer (a damaged
    row: found again)."""
    for _, (data,) in _lookup(connection, "near_copies", "inputs", ("copies",), [inputs], version, today):
        try:
            pairs = json.loads(data)
            found = {a: b for a, b in pairs} if isinstance(pairs, list) else None
        except (TypeError, ValueError):
            return None
        if found is None:
            return None
        # An original comes before its copy and is no copy itself.
        valid = all(
            type(a) is int and type(b) is int and 0 <= b < a < count and b not in found for a, b in found.items()
        )
        return found if valid and len(found) == len(pairs) else None
    return None


def keep_copies(connection: sqlite3.Connection, inputs: str, found: dict[int, int], version: str, today: date) -> None:
    """Store the near-copies found among the articles of `inputs`, replacing those of another version."""
    with connection:
        connection.execute(
            "INSERT INTO near_copies (inputs, version, copies, used_on) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(inputs) DO UPDATE SET version = excluded.version, copies = excluded.copies,"
            " used_on = excluded.used_on",
            (inputs, version, dumps(list(found.items())), today.isoformat()),
        )
        # Only the last few sets of articles come back (a rebuild, another format): a set a build makes
        # each hour of a growing day is not kept for weeks.
        connection.execute(
            "DELETE FROM near_copies WHERE inputs NOT IN"
            " (SELECT inputs FROM near_copies ORDER BY used_on DESC, rowid DESC LIMIT ?)",
            (KEPT_NEAR_COPIES,),
        )


class StoredFile(NamedTuple):
    """A file as the store remembers it."""

    digest: str  # of its bytes
    articles: str  # JSON: the articles read from it
    notes: str  # JSON: what reading it said
    status: str | None  # its status (size, times, inode) when the digest was made; None: not to be trusted


def files(connection: sqlite3.Connection, names: Sequence[str], version: str, today: date) -> dict[str, StoredFile]:
    """name -> the file stored by `version`, for these names; marks them used."""
    columns = ("digest", "articles", "notes", "stat")
    return {
        name: StoredFile(*row)
        for name, row in _lookup(connection, "article_files", "name", columns, names, version, today)
    }


def keep_files(
    connection: sqlite3.Connection,
    rows: Iterable[tuple[str, str, str | None, Sequence[Article], Sequence[str]]],
    version: str,
    today: date,
) -> None:
    """Store (name, digest, status, articles, notes) of files read, replacing what was there."""
    with connection:
        connection.executemany(
            "INSERT INTO article_files (name, digest, stat, version, articles, notes, used_on)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(name) DO UPDATE SET digest = excluded.digest, stat = excluded.stat,"
            " version = excluded.version, articles = excluded.articles, notes = excluded.notes,"
            " used_on = excluded.used_on",
            (
                (
                    name,
                    file_digest,
                    status,
                    version,
                    dumps([article_json(a) for a in read]),
                    dumps(notes),
                    today.isoformat(),
                )
                for name, file_digest, status, read, notes in rows
            ),
        )


def keep_statuses(connection: sqlite3.Connection, rows: Sequence[tuple[str, str | None]]) -> None:
    """Store the (name, status) of files found unchanged by their digest: next time, by their status."""
    if rows:
        with connection:
            connection.executemany("UPDATE article_files SET stat = ? WHERE name = ?", [(s, n) for n, s in rows])


def _mark_used(connection: sqlite3.Connection, table: str, column: str, keys: Sequence[str], today: date) -> None:
    if not keys:
        return
    with connection:
        for batch in _batches(keys):
            marks = ",".join("?" * len(batch))
            connection.execute(
                f"UPDATE {table} SET used_on = ? WHERE {column} IN ({marks})", (today.isoformat(), *batch)
            )


def forget_unused(connection: sqlite3.Connection, today: date) -> None:
    """Remove what no build or fetch has needed for KEEP_DAYS."""
    before = (today - timedelta(days=KEEP_DAYS)).isoformat()
    with connection:
        connection.execute("DELETE FROM analyses WHERE used_on < ?", (before,))
        connection.execute("DELETE FROM article_files WHERE used_on < ?", (before,))
        connection.execute("DELETE FROM near_copies WHERE used_on < ?", (before,))


def file_articles(stored: StoredFile) -> tuple[tuple[Article, ...], tuple[str, ...]]:
    """The articles and notes of a file as `files` found them stored."""
    return tuple(store.article_from_fields(row) for row in json.loads(stored.articles)), tuple(json.loads(stored.notes))


@dataclass(frozen=True, slots=True)
class PageFit:
    """A topic's last one-page fit: how many items of each section its page held, and the hashes
    (`briefing.Pager`) of the candidates its search found to take more than one page."""

    counts: Counts
    overflowing: frozenset[str] = frozenset()


def last_fit(connection: sqlite3.Connection, topic: str) -> PageFit | None:
    """The topic's last fit, where the next one starts looking."""
    row = connection.execute("SELECT counts FROM page_fits WHERE topic = ?", (topic,)).fetchone()
    if row is None:
        return None
    try:
        kept = json.loads(row[0])
        if "counts" not in kept:  # as an earlier version kept it: the counts alone
            return PageFit(Counts(**kept))
        return PageFit(Counts(**kept["counts"]), frozenset(map(str, kept["overflowing"])))
    except (TypeError, ValueError, KeyError):  # written by another version: only a guess is lost
        return None


def keep_fit(connection: sqlite3.Connection, topic: str, fit: PageFit) -> None:
    kept = {"counts": asdict(fit.counts), "overflowing": sorted(fit.overflowing)}
    with connection:
        connection.execute(
            "INSERT INTO page_fits (topic, counts) VALUES (?, ?)"
            " ON CONFLICT(topic) DO UPDATE SET counts = excluded.counts",
            (topic, json.dumps(kept)),
        )


def article_json(article: Article) -> list[Any]:
    return [
        article.id,
        article.title,
        article.path,
        article.outlet,
        article.published.isoformat() if article.published else None,
        article.key_points,
        article.paragraphs,
        article.slug,
        article.url,
    ]


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
