"""`briefgen fetch` against a real HTTP server on 127.0.0.1 and a real SQLite store in tmp_path."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

import briefgen
from briefgen import store
from briefgen.config import Source, Topic
from briefgen.fetch import fetch
from briefgen.sources.base import Entry
from briefgen.sources.feed import parse_feed

from . import stories
from .conftest import Runner
from .stories import MEDIATOR, PAUSE, SHIPPERS, STRIKE, SYNDICATED
from .webserver import Route, Site


def topic(*sources: Source, name: str = "port") -> Topic:
    return Topic(name, "Port Alder strike", ("Port Alder",), (), sources)


def feed(url: str) -> Source:
    return Source("feed", url)


def rows(db: Path, sql: str = "SELECT title FROM articles ORDER BY id") -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as connection:
        return connection.execute(sql).fetchall()


def test_etag_makes_the_second_fetch_a_304(site: Site, tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite3"
    site.routes["/feed.xml"] = Route(stories.rss(site.base, [STRIKE, SHIPPERS]), etag='"v1"')
    first = fetch([topic(feed(site.url("/feed.xml")))], db)
    assert first.reports[0].counts == {"new": 2}
    second = fetch([topic(feed(site.url("/feed.xml")))], db)
    assert second.reports[0].not_modified and second.reports[0].entries == 0
    assert site.conditional("/feed.xml") == 1 and site.not_modified == 1
    assert site.requests[-1][1]["if-none-match"] == '"v1"'
    assert site.requests[0][1]["user-agent"].startswith(f"briefgen/{briefgen.__version__} (+https://")
    assert rows(db) == [(STRIKE.title,), (SHIPPERS.title,)]

    # The feed changes: a new ETag, one new entry and two already stored.
    site.routes["/feed.xml"] = Route(stories.rss(site.base, [STRIKE, SHIPPERS, MEDIATOR]), etag='"v2"')
    third = fetch([topic(feed(site.url("/feed.xml")))], db)
    assert third.reports[0].counts == {"new": 1, "duplicate": 2}
    assert third.reports[0].summary() == "3 articles: 1 new, 2 already stored"
    assert len(rows(db)) == 3


def test_last_modified_is_sent_back(site: Site, tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite3"
    stamp = "Mon, 17 Mar 2025 16:00:00 GMT"
    site.routes["/atom"] = Route(stories.atom(site.base, [MEDIATOR]), last_modified=stamp)
    assert fetch([topic(feed(site.url("/atom")))], db).reports[0].counts == {"new": 1}
    again = fetch([topic(feed(site.url("/atom")))], db).reports[0]
    assert again.not_modified
    assert site.requests[-1][1]["if-modified-since"] == stamp and site.not_modified == 1
    # Another topic with the same feed still gets its entries: validators are kept per topic.
    other = fetch([topic(feed(site.url("/atom")), name="shipping")], db).reports[0]
    assert other.counts == {"duplicate": 1}
    assert rows(db, "SELECT topic FROM article_topics ORDER BY topic") == [("port",), ("shipping",)]


def test_a_server_that_never_answers_times_out_and_the_rest_is_stored(site: Site, tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite3"
    site.routes["/hang.xml"] = Route(b"", hang=True)
    site.routes["/feed.xml"] = Route(stories.rss(site.base, [STRIKE]))
    result = fetch([topic(feed(site.url("/hang.xml")), feed(site.url("/feed.xml")))], db, timeout=0.5)
    hung, good = result.reports
    assert hung.error == f"{site.url('/hang.xml')}: timed out after 0.5 s"
    assert good.counts == {"new": 1} and rows(db) == [(STRIKE.title,)]
    assert [r.source.location for r in result.failed] == [site.url("/hang.xml")]


def test_broken_feeds_beside_a_good_one_through_the_cli(site: Site, tmp_path: Path, run_cli: Runner) -> None:
    site.routes["/good.xml"] = Route(stories.rss(site.base, [STRIKE, SHIPPERS]), etag='"g"')
    site.routes["/html.xml"] = Route(b"<html><body><p>Not a feed at all.</p></body></html>", content_type="text/html")
    site.routes["/error.xml"] = Route(b"oops", status=500)
    site.routes["/hang.xml"] = Route(b"", hang=True)
    sources = [
        site.url("/error.xml"),
        site.url("/good.xml"),
        site.url("/missing.xml"),
        {"feed": site.url("/html.xml")},
        site.url("/hang.xml"),
    ]
    (tmp_path / "briefgen.toml").write_text(stories.CONFIG.format(timeout=0.5, sources=_toml(sources)))
    db = tmp_path / "store.sqlite3"
    result = run_cli("fetch", "--all", "--db", str(db))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"port: {site.url('/good.xml')}: 2 articles: 2 new",
        f"1 topic, 5 sources: 2 new articles; 4 sources failed (store: {db})",
    ]
    assert result.stderr.splitlines() == [
        f"briefgen: error: port: {site.url('/error.xml')}: HTTP 500 Internal Server Error",
        f"briefgen: error: port: {site.url('/missing.xml')}: HTTP 404 Not Found",
        f"briefgen: error: port: {site.url('/html.xml')}: not an RSS or Atom feed but an HTML page (a web page is a {{page = ...}} source)",
        f"briefgen: error: port: {site.url('/hang.xml')}: timed out after 0.5 s",
    ]
    assert rows(db) == [(STRIKE.title,), (SHIPPERS.title,)]
    # --quiet: only the failures and the summary line (on stderr, as they are failures).
    quiet = run_cli("fetch", "--topic", "port", "--db", str(db), "--quiet")
    assert quiet.returncode == 1 and quiet.stdout == ""
    assert "4 sources failed" in quiet.stderr and "good.xml" not in quiet.stderr
    # -v: every request and what it brought, on stderr; the good feed's ETag makes it a 304 now.
    verbose = run_cli("fetch", "--topic", "port", "--db", str(db), "-v")
    logged = [line.split(" ", 2)[2] for line in verbose.stderr.splitlines() if not line.startswith("briefgen: ")]
    assert f"briefgen.fetch: GET {site.url('/good.xml')}: 304 not modified" in logged
    assert f"port: {site.url('/good.xml')}: not modified since the last fetch" in verbose.stdout.splitlines()


def test_usage_errors(run_cli: Runner, tmp_path: Path) -> None:
    neither = run_cli("fetch", "--db", str(tmp_path / "s.db"))
    assert neither.returncode == 2 and neither.stderr == "briefgen: error: give --topic NAME or --all\n"
    both = run_cli("fetch", "--topic", "x", "--all")
    assert both.returncode == 2


def _toml(values: list[object]) -> str:
    """A TOML array of strings and one-key inline tables."""
    parts = []
    for value in values:
        if isinstance(value, dict):
            ((key, item),) = value.items()
            parts.append(f"{{{key} = {json.dumps(item)}}}")
        else:
            parts.append(json.dumps(value))
    return "[" + ", ".join(parts) + "]"


def test_dedup_by_url_and_by_content_across_runs(site: Site, tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite3"
    site.routes["/a.xml"] = Route(stories.rss(site.base, [STRIKE]))
    assert fetch([topic(feed(site.url("/a.xml")))], db).reports[0].counts == {"new": 1}
    # Run 2: the same story under a tracking-tagged URL (same address), and its text at a new address.
    same_url = stories.rss(site.base, [STRIKE]).replace(
        f"{site.base}/news/walkout</link>".encode(), f"{site.base}/news/walkout/?utm_source=rss#top</link>".encode()
    )
    assert b"utm_source" in same_url
    site.routes["/b.xml"] = Route(same_url)
    site.routes["/c.xml"] = Route(stories.rss("http://mirror.example", [STRIKE]))
    second = fetch([topic(feed(site.url("/b.xml")), feed(site.url("/c.xml")))], db)
    assert [r.counts for r in second.reports] == [{"duplicate": 1}, {"duplicate": 1}]
    assert rows(db, "SELECT COUNT(*) FROM articles") == [(1,)]


def test_updated_story_at_the_same_url_keeps_one_row(site: Site, tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite3"
    site.routes["/a.xml"] = Route(stories.rss(site.base, [STRIKE]))
    fetch([topic(feed(site.url("/a.xml")))], db)
    updated = stories.Story(
        **{**STRIKE.__dict__, "paragraphs": (*STRIKE.paragraphs, "Talks were later moved to Friday.")}
    )
    site.routes["/a.xml"] = Route(stories.rss(site.base, [updated]))
    assert fetch([topic(feed(site.url("/a.xml")))], db).reports[0].counts == {"updated": 1}
    ((paragraphs,),) = rows(db, "SELECT paragraphs FROM articles")
    assert json.loads(str(paragraphs))[-1] == "Talks were later moved to Friday."


def test_syndicated_near_copy_is_linked_not_repeated(site: Site, tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite3"
    site.routes["/herald.xml"] = Route(stories.rss(site.base, [STRIKE, SHIPPERS]))
    site.routes["/wire.xml"] = Route(stories.rss("http://wire.example", [SYNDICATED]))
    result = fetch([topic(feed(site.url("/herald.xml")), feed(site.url("/wire.xml")))], db)
    assert result.reports[1].counts == {"copy": 1}
    assert rows(db, "SELECT a.title, o.title FROM articles a JOIN articles o ON a.copy_of = o.id") == [
        (SYNDICATED.title, STRIKE.title)
    ]
    connection = store.open_db(db)
    since, until = store.datetime(2025, 3, 17, tzinfo=store.UTC), store.datetime(2025, 3, 18, tzinfo=store.UTC)
    titles = [s.article.title for s in store.articles_for(connection, "port", since, until)]
    connection.close()
    assert titles == [STRIKE.title, SHIPPERS.title]  # the wire copy adds nothing to a brief


def test_web_page_main_text_by_trafilatura(site: Site, tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite3"
    site.routes["/live"] = Route(stories.page(MEDIATOR), content_type="text/html; charset=utf-8", etag='"p1"')
    report = fetch([topic(Source("page", site.url("/live")))], db).reports[0]
    assert report.counts == {"new": 1}
    ((title, outlet, day, paragraphs, url),) = rows(
        db, "SELECT title, outlet, published_day, paragraphs, url FROM articles"
    )
    assert title == MEDIATOR.title and outlet == "Harbour Herald" and day == "2025-03-18"
    assert url == site.url("/live")
    assert json.loads(str(paragraphs)) == list(MEDIATOR.paragraphs)  # no menu, script, aside or footer
    assert fetch([topic(Source("page", site.url("/live")))], db).reports[0].not_modified


def test_local_sources_feed_file_dump_and_folder(tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite3"
    (tmp_path / "feed.xml").write_bytes(stories.rss("https://herald.example", [STRIKE]))
    (tmp_path / "dump.jsonl").write_text(stories.jsonl([SHIPPERS, MEDIATOR]) + "\n", encoding="utf-8")
    clips = tmp_path / "clips"
    clips.mkdir()
    (clips / "pause.txt").write_text(PAUSE.title + "\n\nDate: 2025-03-18\n\n" + "\n\n".join(PAUSE.paragraphs))
    result = fetch(
        [
            topic(
                Source("feed", str(tmp_path / "feed.xml")),
                Source("json", str(tmp_path / "dump.jsonl")),
                Source("path", str(clips)),
                Source("path", str(tmp_path / "nowhere")),
            )
        ],
        db,
    )
    assert [r.counts for r in result.reports[:3]] == [{"new": 1}, {"new": 2}, {"new": 1}]
    assert result.reports[3].error == f"{tmp_path / 'nowhere'}: no such file or folder"
    assert rows(db, "SELECT title, published_day FROM articles ORDER BY id") == [
        (STRIKE.title, "2025-03-17"),
        (SHIPPERS.title, "2025-03-17"),
        (MEDIATOR.title, "2025-03-18"),
        (PAUSE.title, "2025-03-18"),
    ]


def test_store_writes_are_all_or_nothing_per_source(tmp_path: Path) -> None:
    """A source whose storing fails leaves nothing half-written (one transaction per source)."""
    db = tmp_path / "store.sqlite3"
    connection = store.open_db(db)
    entries, _ = parse_feed(stories.rss("https://h.example", [STRIKE, SHIPPERS]), "feed.xml")
    with pytest.raises(RuntimeError), connection:
        store.add_article(connection, "port", entries[0], "feed.xml")
        raise RuntimeError("the run dies here")
    assert connection.execute("SELECT COUNT(*) FROM articles").fetchone() == (0,)
    connection.close()


def test_url_key_normalises_what_does_not_change_the_page() -> None:
    key = store.url_key
    assert key("https://www.Example.org/news/a/?utm_source=x&b=2&a=1#c") == key("http://example.org/news/a?a=1&b=2")
    assert key("https://example.org/news/a?id=1") != key("https://example.org/news/a?id=2")
    assert key("ftp://example.org/a") is None and key(None) is None


def test_entries_keep_their_exact_time() -> None:
    entries, warnings = parse_feed(stories.rss("https://h.example", [SHIPPERS]), "feed.xml")
    assert warnings == []
    (entry,) = entries
    assert isinstance(entry, Entry) and entry.published_at is not None
    assert entry.published_at.isoformat() == "2025-03-17T15:00:00+00:00"
    assert entry.article.outlet == "Freight Daily" and entry.article.url == "https://h.example/news/shippers"


def test_redirects_only_to_http(site: Site, tmp_path: Path) -> None:
    secret = tmp_path / "secret.xml"
    secret.write_bytes(stories.rss("https://secret.example", [STRIKE]))
    site.routes["/moved.xml"] = Route(b"", status=302, headers={"Location": "/feed.xml"})
    site.routes["/feed.xml"] = Route(stories.rss(site.base, [SHIPPERS]))
    site.routes["/sneaky.xml"] = Route(b"", status=302, headers={"Location": f"file://{secret}"})
    result = fetch([topic(feed(site.url("/moved.xml")), feed(site.url("/sneaky.xml")))], tmp_path / "s.sqlite3")
    moved, sneaky = result.reports
    assert moved.counts == {"new": 1}
    assert sneaky.error is not None and "redirect to a non-http address refused" in sneaky.error
    assert rows(tmp_path / "s.sqlite3") == [(SHIPPERS.title,)]


def test_hostile_page_markup_reads_nothing_local(site: Site, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("PAGE-SECRET-4410")
    html = (
        stories.page(MEDIATOR)
        .replace(b"<!DOCTYPE html>", f'<!DOCTYPE html [<!ENTITY s SYSTEM "file://{secret}">]>'.encode())
        .replace(b"<article>", b"<article><p>Leak: &s; and <iframe src='file:///etc/passwd'></iframe></p>")
    )
    site.routes["/page"] = Route(html, content_type="text/html")
    db = tmp_path / "s.sqlite3"
    report = fetch([topic(Source("page", site.url("/page")))], db).reports[0]
    assert report.counts == {"new": 1}
    assert b"PAGE-SECRET-4410" not in db.read_bytes() and b"root:" not in db.read_bytes()
    ((paragraphs,),) = rows(db, "SELECT paragraphs FROM articles")
    assert MEDIATOR.paragraphs[0] in json.loads(str(paragraphs))


def test_full_text_feed_fetches_each_new_entry_page_once(site: Site, tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite3"
    site.routes["/summaries.xml"] = Route(stories.rss(site.base, [STRIKE, SHIPPERS, MEDIATOR], summary_only=True))
    site.routes["/news/walkout"] = Route(stories.page(STRIKE), content_type="text/html")
    site.routes["/news/mediator"] = Route(stories.page(MEDIATOR), content_type="text/html")  # shippers: 404
    source = Source("feed", site.url("/summaries.xml"), full_text=True)
    report = fetch([topic(source)], db).reports[0]
    assert report.counts == {"new": 3}
    assert report.warnings == (f"{site.url('/news/shippers')}: HTTP 404 Not Found; the feed's summary is used",)
    stored = {str(t): json.loads(str(p)) for t, p in rows(db, "SELECT title, paragraphs FROM articles")}
    assert stored[STRIKE.title] == list(STRIKE.paragraphs) and stored[MEDIATOR.title] == list(MEDIATOR.paragraphs)
    assert stored[SHIPPERS.title] == [SHIPPERS.paragraphs[0]]  # the summary
    pages = [p for p, _ in site.requests if p.startswith("/news/")]
    again = fetch([topic(source)], db).reports[0]
    assert again.counts == {"duplicate": 3}
    # Stored entries are not fetched again (nor is a page that failed: its summary stays).
    assert [p for p, _ in site.requests if p.startswith("/news/")] == pages


def test_short_entries_sharing_a_stock_line_are_not_copies(tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite3"
    connection = store.open_db(db)
    stock = "Read the full story on our website today."
    data = stories.rss(
        "https://h.example",
        [
            stories.Story(
                "a", "Port Alder shut", "H", STRIKE.published, STRIKE.iso, ("Port Alder is shut again.", stock)
            ),
            stories.Story("b", "Kestrel Bay busy", "H", STRIKE.published, STRIKE.iso, ("Kestrel Bay is busy.", stock)),
        ],
    )
    entries, _ = parse_feed(data, "feed.xml")
    with connection:
        outcomes = [store.add_article(connection, "port", e, "feed.xml").outcome for e in entries]
    connection.close()
    assert outcomes == ["new", "new"]
