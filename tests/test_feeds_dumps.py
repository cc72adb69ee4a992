"""Feed, page and dump readers on their own: hostile XML is refused unparsed, bad JSON lines are reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.errors import ArticleError
from briefgen.sources import collect
from briefgen.sources.feed import parse_feed, read_feed_file
from briefgen.sources.jsondump import parse_dump, read_dump

from . import stories
from .conftest import Runner
from .stories import MEDIATOR, SHIPPERS, STRIKE
from .webserver import Route, serve

SECRET = "TOP-SECRET-7731-do-not-leak"

LAUGHS = "".join(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10))
BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">' + LAUGHS + "]>"
    '<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title>'
    "<description>Dockworkers at Port Alder walked off the job on Monday.</description></item></channel></rss>"
)


def external_entity(secret: Path) -> str:
    return (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY leak SYSTEM "file://{secret}">]>'
        '<rss version="2.0"><channel><title>Leak</title><item><title>Leak &leak;</title>'
        "<description>The secret is &leak; here, in a sentence about Port Alder.</description></item></channel></rss>"
    )


def parameter_entity(secret: Path) -> str:
    return (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY % ext SYSTEM "file://{secret}"> %ext;]>'
        '<rss version="2.0"><channel><title>PE</title></channel></rss>'
    )


REFUSED = "refused: XML entity declarations (a feed never needs them)"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_billion_laughs_is_refused_without_expanding(encoding: str) -> None:
    data = BILLION_LAUGHS.encode(encoding)
    if encoding == "utf-16":
        data = data.replace('encoding="utf-8"'.encode(encoding), b"")
    with pytest.raises(ArticleError) as caught:
        parse_feed(data, "bomb.xml")
    assert caught.value.message == f"bomb.xml: {REFUSED}"


@pytest.mark.parametrize("make", [external_entity, parameter_entity])
def test_external_entities_never_read_the_file(tmp_path: Path, make: object) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    assert callable(make)
    with pytest.raises(ArticleError) as caught:
        parse_feed(make(secret).encode(), "leak.xml")
    assert caught.value.message == f"leak.xml: {REFUSED}"
    assert SECRET not in caught.value.message


def test_entity_declaration_in_broken_xml_is_still_refused() -> None:
    # Not well-formed (an unclosed tag before the DTD), so only feedparser's lenient parser would read it.
    data = b'<rss version="2.0"><channel><title>x<!DOCTYPE r [<!ENTITY a "aaaa">]><item><title>&a;</title></item>'
    with pytest.raises(ArticleError, match="refused: XML entity declarations"):
        parse_feed(data, "broken.xml")


def test_external_dtd_without_entities_is_not_fetched(tmp_path: Path) -> None:
    secret = tmp_path / "secret.dtd"
    secret.write_text(f'<!ENTITY title "{SECRET}">')
    data = (
        f'<?xml version="1.0"?><!DOCTYPE rss SYSTEM "file://{secret}">'
        '<rss version="2.0"><channel><title>Port news</title><item><title>Strike &title;</title>'
        "<description>Dockworkers at Port Alder walked off the job on Monday over automation plans.</description>"
        "</item></channel></rss>"
    ).encode()
    try:
        entries, _ = parse_feed(data, "dtd.xml")
    except ArticleError as error:
        assert SECRET not in error.message
        return
    assert all(SECRET not in repr(e.article) for e in entries)


def test_hostile_feeds_through_fetch_leave_no_secret_anywhere(tmp_path: Path, run_cli: Runner) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    (tmp_path / "leak.xml").write_text(external_entity(secret))
    with serve() as site:
        site.routes["/bomb.xml"] = Route(BILLION_LAUGHS.encode())
        site.routes["/leak.xml"] = Route(external_entity(secret).encode())
        site.routes["/good.xml"] = Route(stories.rss(site.base, [STRIKE]))
        sources = (
            f'["{site.url("/bomb.xml")}", "{site.url("/leak.xml")}", {{feed = "leak.xml"}}, "{site.url("/good.xml")}"]'
        )
        (tmp_path / "briefgen.toml").write_text(stories.CONFIG.format(timeout=5, sources=sources))
        db = tmp_path / "store.sqlite3"
        result = run_cli("fetch", "--topic", "port", "--db", str(db))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"briefgen: error: port: {site.url('/bomb.xml')}: {REFUSED}",
        f"briefgen: error: port: {site.url('/leak.xml')}: {REFUSED}",
        f"briefgen: error: port: leak.xml: {REFUSED}",
    ]
    assert result.stdout.splitlines()[-1].startswith("1 topic, 4 sources: 1 new article; 3 sources failed")
    everything = (
        result.stdout + result.stderr + "".join(p.read_bytes().decode("latin-1") for p in tmp_path.glob("store*"))
    )
    assert SECRET not in everything


def test_feed_file_and_atom() -> None:
    entries, warnings = parse_feed(stories.atom("https://h.example", [MEDIATOR, SHIPPERS]), "atom.xml")
    assert warnings == []
    assert [e.article.title for e in entries] == [MEDIATOR.title, SHIPPERS.title]
    assert entries[0].article.paragraphs == MEDIATOR.paragraphs
    assert entries[0].article.published is not None and entries[0].article.published.isoformat() == "2025-03-18"


def test_feed_entry_without_text_is_skipped_with_a_warning() -> None:
    data = stories.rss("https://h.example", [STRIKE]).replace(
        b"</channel>", b"<item><title>Empty</title></item></channel>"
    )
    entries, warnings = parse_feed(data, "f.xml")
    assert len(entries) == 1 and warnings == ["f.xml entry 2: no article text in it"]


def test_feed_html_is_text_only() -> None:
    html = (
        "<p>Officials at Port Alder said <b>talks</b> would resume.</p><script>alert('x')</script>"
        "<p>A second round is planned &amp; expected on Friday.</p>"
    )
    data = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Talks</title>'
        f"<description><![CDATA[{html}]]></description></item></channel></rss>"
    ).encode()
    (entry,), _ = parse_feed(data, "f.xml")
    assert entry.article.paragraphs == (
        "Officials at Port Alder said talks would resume.",
        "A second round is planned & expected on Friday.",
    )


def test_read_feed_file_missing(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match=r"nowhere\.xml: no such file"):
        read_feed_file(tmp_path / "nowhere.xml")


def test_jsonl_with_a_malformed_line_keeps_the_good_ones(tmp_path: Path) -> None:
    lines = stories.jsonl([STRIKE, SHIPPERS]).split("\n")
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join([lines[0], "", '{"title": "Half" "text": "no comma"}', lines[1], "[1, 2]"]) + "\n")
    entries, warnings = read_dump(dump)
    assert [e.article.title for e in entries] == [STRIKE.title, SHIPPERS.title]
    assert warnings == [
        f"{dump}: line 3 is not valid JSON (Expecting ',' delimiter)",
        f"{dump}: line 5 is not an object with title and text",
    ]
    first = entries[0]
    assert first.article.url == "https://dump.example/news/walkout" and first.article.outlet == "Harbour Herald"
    assert first.published_at is not None and first.published_at.isoformat() == "2025-03-17T07:30:00+00:00"


def test_json_list_checks_each_object() -> None:
    data = json.dumps(
        [
            {"title": "No text"},
            {"title": "Bad date", "text": "Port Alder is shut for a second day.", "published": "soon"},
            {"title": "Bad url", "text": "Port Alder is shut for a second day.", "url": "javascript:alert(1)"},
            {"title": 5, "text": "Ships wait outside Port Alder.", "source": ["x"]},
        ]
    )
    entries, warnings = parse_dump(data, "d.json", lines=False)
    assert warnings == [
        "d.json: item 1 has no 'text'",
        "d.json: item 2: 'published' 'soon' is not a date (use ISO 8601)",
        "d.json: item 4: 'source' must be a string",
    ]
    (entry,) = entries
    assert entry.article.url is None  # only http(s) links are kept


def test_broken_json_file_and_deep_nesting() -> None:
    with pytest.raises(ArticleError, match=r"^d.json: line 2 is not valid JSON \(Expecting value\)$"):
        parse_dump('[\n{"title": ,}]', "d.json", lines=False)
    _, warnings = parse_dump("[" * 100_000 + "]" * 100_000, "deep.jsonl", lines=True)
    assert warnings == ["deep.jsonl: line 1 is nested too deeply"]


def test_dump_named_in_sources_is_read_directly(tmp_path: Path, run_cli: Runner) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text(stories.jsonl([STRIKE, SHIPPERS, MEDIATOR]) + "\n{oops\n")
    collected = collect([dump])
    assert len(collected.articles) == 3
    result = run_cli("build", "--sources", str(dump), "--topic", "port", "--date", "2025-03-18", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert (
        result.stderr
        == f"briefgen: warning: skipped {dump}: line 4 is not valid JSON (Expecting property name enclosed in double quotes)\n"
    )
    brief = json.loads((tmp_path / result.stdout.strip()).read_text())
    assert {s["path"] for s in brief["sources"]} <= {
        f"https://dump.example/news/{s.slug}" for s in (STRIKE, SHIPPERS, MEDIATOR)
    }
    source_text = " ".join(p for s in (STRIKE, SHIPPERS, MEDIATOR) for p in s.paragraphs)
    said = [i["text"] for i in brief["situation"] + brief["key_points"]]
    said += [s["text"] for p in brief["positions"] for s in p["statements"]]
    assert len(said) >= 5 and all(text in source_text for text in said)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_any_jsonl_text_gives_entries_or_warnings_never_a_crash(raw: str) -> None:
    entries, warnings = parse_dump(raw, "d.jsonl", lines=True)
    assert all(w.startswith("d.jsonl: ") for w in warnings)
    assert all(e.article.paragraphs for e in entries)


@settings(max_examples=150, deadline=None)
@given(
    st.binary(max_size=400)
    | st.text(max_size=300).map(lambda t: f"<rss><channel><item>{t}</item></channel></rss>".encode())
)
def test_any_feed_bytes_give_entries_or_one_line_error(data: bytes) -> None:
    try:
        entries, _ = parse_feed(data, "f.xml")
    except ArticleError as error:
        assert error.message.startswith("f.xml: ") and "\n" not in error.message
        return
    assert all(e.article.paragraphs for e in entries)


def test_http_charset_is_honoured_for_feeds_and_pages() -> None:
    from briefgen.sources.page import parse_page

    rss = (
        '<rss version="2.0"><channel><title>Café Wire</title><item><title>Crème brûlée talks</title>'
        "<description>Officials in Zürich said talks on the café dispute would resume soon.</description>"
        "</item></channel></rss>"
    ).encode("cp1252")
    (entry,), _ = parse_feed(rss, "f.xml", content_type="application/rss+xml; charset=windows-1252")
    assert (entry.article.title, entry.article.outlet) == ("Crème brûlée talks", "Café Wire")
    html = (
        "<html><body><article><p>Officials in Zürich said talks on the café dispute would resume on Friday.</p>"
        "<p>A second round of talks is planned for next week in Genève, the ministry said.</p></article></body></html>"
    ).encode("latin-1")
    page = parse_page(html, "https://x.example/a", "text/html; charset=iso-8859-1")
    assert (
        page.article.paragraphs[1] == "A second round of talks is planned for next week in Genève, the ministry said."
    )
