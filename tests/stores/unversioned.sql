-- The store's layout before it had a version (as released up to commit f816007): the tables
-- store.py and deliver.py each created. tests/test_misbehaving_store.py migrates a store made so.
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
