"""The store's layout in one place: every table, the schema version, and the migrations that bring
an older store up to it.

A store carries `PRAGMA application_id` (briefgen's mark) and `PRAGMA user_version` (the layout's
version). Opening one that another program made, that a newer briefgen wrote, or whose layout is
not one briefgen ever wrote, is refused with one line naming the file, and nothing in it changes.
A new table or column is a new VERSION with a step in MIGRATIONS; every step runs in the same
write transaction as the version's update, so a store is never left half-migrated.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

from .errors import InputError

VERSION = 4
APPLICATION_ID = 0x62726766  # "brgf": a file briefgen made

TABLES = """
-- Fetched articles ----------------------------------------------------------------------------
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL,              -- the article's own id (cited in JSON briefs)
    url TEXT,                              -- as published
    url_key TEXT UNIQUE,                   -- normalised URL: the same article fetched twice
    content_hash TEXT NOT NULL UNIQUE,     -- normalised text: the same article at another URL
    copy_of INTEGER REFERENCES articles(id) ON DELETE SET NULL,  -- a syndicated near-copy of
    title TEXT NOT NULL,
    outlet TEXT,
    path TEXT NOT NULL,
    slug TEXT,
    published_day TEXT,                    -- YYYY-MM-DD
    published_at TEXT,                     -- YYYY-MM-DDTHH:MM:SS UTC, when the source gives a time
    key_points TEXT NOT NULL,              -- JSON list
    paragraphs TEXT NOT NULL,              -- JSON list
    source TEXT NOT NULL,                  -- the configured source that brought it first
    fetched_at TEXT NOT NULL,
    updated_at TEXT,
    summary_only INTEGER NOT NULL DEFAULT 0  -- a full_text feed's entry whose page was not read yet
);
CREATE TABLE article_topics (
    topic TEXT NOT NULL,
    article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (topic, article)
);
CREATE TABLE article_sentences (  -- sentence hashes, to find near-copies
    hash INTEGER NOT NULL,
    article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
);
CREATE INDEX article_sentences_hash ON article_sentences(hash);
CREATE TABLE http_cache (  -- per topic: a topic added later still gets the whole feed
    topic TEXT NOT NULL,
    url TEXT NOT NULL,                     -- as shown: a password in it is ***
    etag TEXT,
    last_modified TEXT,
    checked_at TEXT NOT NULL,
    status INTEGER NOT NULL,
    PRIMARY KEY (topic, url)
);
-- What each brief said (the next one leads with what is new) ------------------------------------
CREATE TABLE briefs (
    topic TEXT NOT NULL,
    date TEXT NOT NULL,
    built_at TEXT NOT NULL,
    articles TEXT NOT NULL,                -- JSON list of articles.content_hash the brief was built from
    items TEXT NOT NULL,                   -- JSON list of {"section", "key", "text"}
    PRIMARY KEY (topic, date)
);
-- The record of every brief built, from files or fetched, and of its files (archive.py; `briefgen site`)
CREATE TABLE brief_records (
    topic TEXT NOT NULL,                   -- the topic's name: its folder under output/ and on the site
    date TEXT NOT NULL,
    origin TEXT NOT NULL,                  -- 'files' (folders, files) or 'fetched' (the store's articles)
    built_at TEXT NOT NULL,
    digest TEXT NOT NULL,                  -- sha256 of `brief`
    brief TEXT NOT NULL,                   -- the Brief model as JSON, article texts left out (archive.py)
    PRIMARY KEY (topic, date)
);
CREATE TABLE brief_files (   -- the files written of each recorded brief
    topic TEXT NOT NULL,
    date TEXT NOT NULL,
    path TEXT NOT NULL,                    -- absolute
    format TEXT NOT NULL,                  -- pdf, html, md, json, ics
    digest TEXT NOT NULL,                  -- brief_records.digest of the brief it shows
    sha256 TEXT NOT NULL,                  -- of the bytes written: a file changed since is not that brief
    size INTEGER NOT NULL,
    written_at TEXT NOT NULL,
    PRIMARY KEY (topic, date, path),
    FOREIGN KEY (topic, date) REFERENCES brief_records (topic, date) ON DELETE CASCADE
);
-- Mail: what was mailed for a (topic, date), and one ledger row per recipient --------------------
CREATE TABLE mail_briefs (
    topic TEXT NOT NULL,
    brief_date TEXT NOT NULL,
    subject TEXT NOT NULL,
    html TEXT NOT NULL,
    text TEXT NOT NULL,
    filename TEXT NOT NULL,
    pdf BLOB NOT NULL,
    pdf_sha256 TEXT NOT NULL,
    created TEXT NOT NULL,
    recipients TEXT,                       -- JSON list of the addresses it was meant for (NULL: unknown)
    PRIMARY KEY (topic, brief_date)
);
CREATE TABLE mail_deliveries (
    topic TEXT NOT NULL,
    brief_date TEXT NOT NULL,
    recipient TEXT NOT NULL,               -- the address, lower-cased: one row per person
    -- sending: before the message's end was sent (a relay never keeps a message without it),
    -- unknown: its end was sent and no answer recorded, sent: the relay answered 250, failed: refused
    status TEXT NOT NULL CHECK (status IN ('sending', 'unknown', 'sent', 'failed')),
    message_id TEXT NOT NULL,
    pdf_sha256 TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    detail TEXT,                           -- the relay's answer to the last attempt
    updated TEXT NOT NULL,                 -- ISO 8601, UTC
    PRIMARY KEY (topic, brief_date, recipient)
);
"""

# What the store remembers so that no article is read or analysed twice (cache.py, gather.py): a
# cache, rebuilt as needed; version 2 (the files' `stat`: version 3; `near_copies`: version 4).
MEMORY = """
CREATE TABLE analyses (
    article_key TEXT PRIMARY KEY,          -- analysis.article_key: hash of date, key points, paragraphs
    version TEXT NOT NULL,                 -- analysis.version() that made it
    data TEXT NOT NULL,                    -- analysis.encode: a JSON line (numbers, small maps), then the strings
    used_on TEXT NOT NULL                  -- YYYY-MM-DD: the last day a build or fetch needed it
);
CREATE TABLE page_fits (
    topic TEXT PRIMARY KEY,                -- the brief's title
    counts TEXT NOT NULL                   -- JSON: items per section of its last one-page fit
);
CREATE TABLE article_files (
    name TEXT PRIMARY KEY,                 -- the file as the sources named it, after its kind: "path:a.txt"
    digest TEXT NOT NULL,                  -- hash of its bytes
    version TEXT NOT NULL,                 -- gather.reader_version() that read it
    articles TEXT NOT NULL,                -- JSON: the articles read from it
    notes TEXT NOT NULL,                   -- JSON: what reading it said (a cut, a skipped part)
    used_on TEXT NOT NULL,
    stat TEXT                              -- gather.file_status when `digest` was made; NULL: hash it
);
CREATE TABLE near_copies (
    inputs TEXT PRIMARY KEY,               -- cache.inputs_key: hash of the article keys, in order
    version TEXT NOT NULL,                 -- analysis.version() of the analyses (and rule) it was found by
    copies TEXT NOT NULL,                  -- JSON: [[article index, index of its original], ...]
    used_on TEXT NOT NULL
);
"""

# Stores made before the layout had a version (user_version 0): their tables and columns. Any
# subset of these tables was made (fetch alone made no mail tables; the brief records came last).
_UNVERSIONED = {
    "articles": (
        "id article_id url url_key content_hash copy_of title outlet path slug published_day published_at"
        " key_points paragraphs source fetched_at updated_at"
    ),
    "article_topics": "topic article",
    "article_sentences": "hash article",
    "http_cache": "topic url etag last_modified checked_at status",
    "briefs": "topic date built_at articles items",
    "brief_records": "topic date origin built_at digest brief",
    "brief_files": "topic date path format digest sha256 size written_at",
    "mail_briefs": "topic brief_date subject html text filename pdf pdf_sha256 created",
    "mail_deliveries": "topic brief_date recipient status message_id pdf_sha256 attempts detail updated",
}


def statements(script: str) -> list[str]:
    """The SQL statements of `script`, one by one (executescript would commit the caller's transaction)."""
    found, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            found.append(current.strip())
            current = ""
    return found


def _creates(statement: str) -> str:
    """The table a CREATE TABLE statement makes ("" for an index)."""
    code = " ".join(line for line in statement.splitlines() if not line.lstrip().startswith("--"))
    words = code.split("(", 1)[0].split()
    return words[2] if words[:2] == ["CREATE", "TABLE"] else ""


def _from_unversioned(connection: sqlite3.Connection) -> None:
    """0 -> 1: tables the store lacked; `summary_only` on articles, `recipients` on mail_briefs; the
    ledger's `unknown` status (a CHECK constraint: the table is rebuilt); briefs that listed their
    articles by row id (the first stores) list them by text hash."""
    present = _tables(connection)
    for statement in statements(TABLES):
        table = _creates(statement)
        if table and table not in present:
            connection.execute(statement)
        elif table == "mail_deliveries":
            connection.execute("ALTER TABLE mail_deliveries RENAME TO mail_deliveries_0")
            connection.execute(statement)
            connection.execute("INSERT INTO mail_deliveries SELECT * FROM mail_deliveries_0")
            connection.execute("DROP TABLE mail_deliveries_0")
    connection.execute("CREATE INDEX IF NOT EXISTS article_sentences_hash ON article_sentences(hash)")
    if "articles" in present:
        connection.execute("ALTER TABLE articles ADD COLUMN summary_only INTEGER NOT NULL DEFAULT 0")
    if "mail_briefs" in present:
        connection.execute("ALTER TABLE mail_briefs ADD COLUMN recipients TEXT")
    if "briefs" in present:
        articles = "SELECT id, content_hash FROM articles" if "articles" in present else "SELECT 1, 1 WHERE 0"
        hashes = dict(connection.execute(articles).fetchall())
        for topic, day, listed in connection.execute("SELECT topic, date, articles FROM briefs").fetchall():
            versions = json.loads(listed)
            if any(isinstance(v, int) for v in versions):
                known = {
                    hashes[v] if isinstance(v, int) else v for v in versions if not isinstance(v, int) or v in hashes
                }
                connection.execute(
                    "UPDATE briefs SET articles = ? WHERE topic = ? AND date = ?",
                    (json.dumps(sorted(known)), topic, day),
                )


def _add_memory(connection: sqlite3.Connection) -> None:
    """1 -> 2: the tables of what the store remembers (analyses, files read, the last fit)."""
    present = _tables(connection)
    for statement in statements(MEMORY):
        if _creates(statement) not in present:
            connection.execute(statement)


def _add_file_status(connection: sqlite3.Connection) -> None:
    """2 -> 3: `stat` on article_files (a file whose status is unchanged is not read again)."""
    if "stat" not in _columns(connection, "article_files"):  # 1 -> 2 made the table of version 3
        connection.execute("ALTER TABLE article_files ADD COLUMN stat TEXT")


def _add_near_copies(connection: sqlite3.Connection) -> None:
    """3 -> 4: `near_copies`, the near-copies found among a build's articles (1 -> 2 made it already)."""
    _add_memory(connection)


# MIGRATIONS[n] brings a store of version n to version n + 1.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    0: _from_unversioned,
    1: _add_memory,
    2: _add_file_status,
    3: _add_near_copies,
}


def _tables(connection: sqlite3.Connection) -> set[str]:
    rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {name for (name,) in rows if not name.startswith("sqlite_")}


def _columns(connection: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in connection.execute(f"PRAGMA table_info({table})").fetchall()}


def _check_unversioned(connection: sqlite3.Connection, path: Path) -> None:
    """Refuse a store without a version unless its tables are those briefgen made before versions."""
    present = _tables(connection)
    foreign = sorted(present - set(_UNVERSIONED))
    if foreign:
        shown = ", ".join(foreign[:5]) + (", ..." if len(foreign) > 5 else "")
        raise InputError(
            f"{path}: not a briefgen store (it holds the tables {shown}); give --db or BRIEFGEN_DB another file"
        )
    for table in sorted(present):
        if _columns(connection, table) != set(_UNVERSIONED[table].split()):
            raise InputError(
                f"{path}: a store layout briefgen does not know (table {table} has other columns); "
                "nothing was changed — give --db or BRIEFGEN_DB another file"
            )


def prepare(connection: sqlite3.Connection, path: Path) -> None:
    """Make the store at `connection` current: create it when empty, migrate a known older layout,
    refuse anything else (InputError, one line naming `path`). Reading the version first keeps a
    current store, even a read-only one, from needing a write."""
    application, version = _marks(connection)
    if application == APPLICATION_ID and version == VERSION:
        return
    _refuse_unknown(application, version, path)
    connection.execute("BEGIN IMMEDIATE")  # two runs opening a new store: one creates, the other waits
    try:
        application, version = _marks(connection)  # another run may have done it meanwhile
        _refuse_unknown(application, version, path)
        if version == 0:
            if not _tables(connection):
                for statement in statements(TABLES + MEMORY):
                    connection.execute(statement)
                version = VERSION
            else:
                _check_unversioned(connection, path)
        while version < VERSION:
            MIGRATIONS[version](connection)
            version += 1
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.execute(f"PRAGMA user_version = {VERSION}")
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise


def _marks(connection: sqlite3.Connection) -> tuple[int, int]:
    application = connection.execute("PRAGMA application_id").fetchone()[0]
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    return int(application), int(version)


def _refuse_unknown(application: int, version: int, path: Path) -> None:
    if application not in (0, APPLICATION_ID):
        raise InputError(
            f"{path}: not a briefgen store (another program's SQLite file, application id {application:#x}); "
            "give --db or BRIEFGEN_DB another file"
        )
    if version > VERSION:
        raise InputError(
            f"{path}: the store is of a newer briefgen (layout version {version}; this one knows up to "
            f"{VERSION}): upgrade briefgen, or give --db another file"
        )
    if application == 0 and version != 0:
        raise InputError(
            f"{path}: not a briefgen store (an SQLite file with user_version {version}); "
            "give --db or BRIEFGEN_DB another file"
        )
