"""The store's tables, every one of them, in one place: one SQLite file (store.py opens it and
creates what is missing) holds

- the fetched articles and their near-copy hashes, the feeds' cache state, what each brief said
  and every brief recorded for the site (store.py, fetch.py, archive.py);
- what is remembered so that nothing is read or analysed twice: files' articles, articles'
  analyses, each topic's last one-page fit (cache.py, gather.py);
- the mail ledger: what was mailed for a (topic, date) and one row per recipient (deliver.py).

Tables are only added (`CREATE TABLE IF NOT EXISTS`): a store made by an older briefgen is used
as it is. docs/beyond-one-machine.md says what of this would change on PostgreSQL.
"""

from __future__ import annotations

import sqlite3

# --- fetched articles, feed cache state, what each brief said, briefs recorded for the site --

ARTICLES_AND_BRIEFS = """
CREATE TABLE IF NOT EXISTS articles (
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
    updated_at TEXT
);
CREATE TABLE IF NOT EXISTS article_topics (
    topic TEXT NOT NULL,
    article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (topic, article)
);
CREATE TABLE IF NOT EXISTS article_sentences (  -- sentence hashes, to find near-copies
    hash INTEGER NOT NULL,
    article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS article_sentences_hash ON article_sentences(hash);
CREATE TABLE IF NOT EXISTS http_cache (  -- per topic: a topic added later still gets the whole feed
    topic TEXT NOT NULL,
    url TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    checked_at TEXT NOT NULL,
    status INTEGER NOT NULL,
    PRIMARY KEY (topic, url)
);
CREATE TABLE IF NOT EXISTS briefs (
    topic TEXT NOT NULL,
    date TEXT NOT NULL,
    built_at TEXT NOT NULL,
    articles TEXT NOT NULL,                -- JSON list of articles.content_hash the brief was built from
    items TEXT NOT NULL,                   -- JSON list of {"section", "key", "text"}
    PRIMARY KEY (topic, date)
);
CREATE TABLE IF NOT EXISTS brief_records (  -- every brief built, from files or fetched: `briefgen site`
    topic TEXT NOT NULL,                   -- the topic's name: its folder under output/ and on the site
    date TEXT NOT NULL,
    origin TEXT NOT NULL,                  -- 'files' (folders, files) or 'fetched' (the store's articles)
    built_at TEXT NOT NULL,
    digest TEXT NOT NULL,                  -- sha256 of `brief`
    brief TEXT NOT NULL,                   -- the Brief model as JSON, article texts left out (archive.py)
    PRIMARY KEY (topic, date)
);
CREATE TABLE IF NOT EXISTS brief_files (   -- the files written of each recorded brief
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
"""

# --- what the store remembers: each file's articles, each article's analysis, the last fit ---

MEMORY = """
CREATE TABLE IF NOT EXISTS analyses (
    article_key TEXT PRIMARY KEY,          -- analysis.article_key: hash of date, key points, paragraphs
    version TEXT NOT NULL,                 -- analysis.version() that made it
    data TEXT NOT NULL,                    -- analysis.encode
    used_on TEXT NOT NULL                  -- YYYY-MM-DD: the last day a build or fetch needed it
);
CREATE TABLE IF NOT EXISTS page_fits (
    topic TEXT PRIMARY KEY,                -- the brief's title
    counts TEXT NOT NULL                   -- JSON: items per section of its last one-page fit
);
CREATE TABLE IF NOT EXISTS article_files (
    name TEXT PRIMARY KEY,                 -- the file as the sources named it, after its kind: "path:a.txt"
    digest TEXT NOT NULL,                  -- hash of its bytes
    version TEXT NOT NULL,                 -- gather.reader_version() that read it
    articles TEXT NOT NULL,                -- JSON: the articles read from it
    notes TEXT NOT NULL,                   -- JSON: what reading it said (a cut, a skipped part)
    used_on TEXT NOT NULL
);
"""

# --- the mail ledger (deliver.py) -----------------------------------------------------------

MAIL = """
CREATE TABLE IF NOT EXISTS mail_briefs (
    topic TEXT NOT NULL,
    brief_date TEXT NOT NULL,
    subject TEXT NOT NULL,
    html TEXT NOT NULL,
    text TEXT NOT NULL,
    filename TEXT NOT NULL,
    pdf BLOB NOT NULL,
    pdf_sha256 TEXT NOT NULL,
    created TEXT NOT NULL,
    PRIMARY KEY (topic, brief_date)
);
CREATE TABLE IF NOT EXISTS mail_deliveries (
    topic TEXT NOT NULL,
    brief_date TEXT NOT NULL,
    recipient TEXT NOT NULL,          -- the address, lower-cased: one row per person
    status TEXT NOT NULL CHECK (status IN ('sending', 'sent', 'failed')),
    message_id TEXT NOT NULL,
    pdf_sha256 TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    detail TEXT,                      -- the relay's answer to the last attempt
    updated TEXT NOT NULL,
    PRIMARY KEY (topic, brief_date, recipient)
);
"""

SCHEMA = ARTICLES_AND_BRIEFS + MEMORY + MAIL


def create(connection: sqlite3.Connection) -> None:
    """Create the tables a store lacks (all of them in a new file)."""
    with connection:
        connection.executescript(SCHEMA)
