"""The `sources` syntax of briefgen.toml: paths, feed URLs and {feed|page|json|path = ...} tables."""

from __future__ import annotations

from pathlib import Path

import pytest

import briefgen
from briefgen.config import Source, load
from briefgen.errors import InputError


def config(tmp_path: Path, sources: str, extra: str = "") -> Path:
    path = tmp_path / "briefgen.toml"
    path.write_text(f"{extra}\n[topics.t]\nsources = {sources}\n")
    return path


def test_every_kind_of_source(tmp_path: Path) -> None:
    settings = load(
        config(
            tmp_path,
            '["clips", "https://ex.org/rss", {feed = "saved/feed.xml"}, {page = "https://ex.org/live"},'
            ' {json = "dumps/a.jsonl"}, {path = "more"}, {feed = "HTTP://EX.ORG/atom"}]',
        )
    )
    topic = settings.topic("t")
    assert topic.specs == (
        Source("path", str(tmp_path / "clips")),
        Source("feed", "https://ex.org/rss"),
        Source("feed", str(tmp_path / "saved/feed.xml")),
        Source("page", "https://ex.org/live"),
        Source("json", str(tmp_path / "dumps/a.jsonl")),
        Source("path", str(tmp_path / "more")),
        Source("feed", "HTTP://EX.ORG/atom"),
    )
    assert topic.sources == (tmp_path / "clips", tmp_path / "more")  # what build reads directly
    assert topic.fetched and [s.remote for s in topic.specs] == [False, True, False, True, False, False, True]


def test_files_only_topic_is_not_fetched(tmp_path: Path) -> None:
    topic = load(config(tmp_path, '["clips", {json = "a.jsonl"}, {feed = "f.xml"}]')).topic("t")
    assert not topic.fetched


def test_default_sources_may_be_feeds(tmp_path: Path) -> None:
    path = tmp_path / "briefgen.toml"
    path.write_text('sources = ["https://ex.org/world.xml", "archive"]\n')
    unconfigured = load(path).topic("brexit")
    assert unconfigured.specs == (Source("feed", "https://ex.org/world.xml"), Source("path", str(tmp_path / "archive")))
    assert unconfigured.fetched and unconfigured.keywords == ("brexit",)


@pytest.mark.parametrize(
    ("sources", "message"),
    [
        ("[{page = 'saved.html'}]", "{page = 'saved.html'} must be an http(s) URL"),
        ("[{json = 'https://ex.org/a.json'}]", "{json = 'https://ex.org/a.json'} must be a file or folder"),
        ("[{feed = 'ftp://ex.org/f.xml'}]", "'ftp://ex.org/f.xml': only http and https addresses can be fetched"),
        ("[{feed = 'a', page = 'b'}]", "sources, item 1: give exactly one of feed, page, json or path"),
        ("[{rss = 'a'}]", "sources, item 1: unknown key 'rss' (known: path, feed, page, json, full_text)"),
        ("[{feed = 3}]", "sources, item 1, feed: must be a string (got 3)"),
        ("[3]", "sources, item 1: a source is a path, a feed URL, or a table {feed|page|json|path = ...} (got 3)"),
        ("3", "sources: must be a list (got 3)"),
    ],
)
def test_bad_sources_are_named(tmp_path: Path, sources: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        load(config(tmp_path, sources))
    assert message in caught.value.message and "[topics.t]" in caught.value.message


@pytest.mark.parametrize(
    ("timeout", "problem"),
    [
        ("0", "must be more than 0 (got 0)"),
        ("-1", "must be more than 0 (got -1)"),
        ('"fast"', "must be a number (got 'fast')"),
        ("true", "must be a number (got true)"),
        ("601", "must be at most 600 (got 601)"),
    ],
)
def test_fetch_timeout_must_be_sensible(tmp_path: Path, timeout: str, problem: str) -> None:
    with pytest.raises(InputError) as caught:
        load(config(tmp_path, '["clips"]', f"[fetch]\ntimeout = {timeout}"))
    assert caught.value.message == f"{tmp_path / 'briefgen.toml'}:2: [fetch] timeout: {problem}"


def test_fetch_timeout(tmp_path: Path) -> None:
    assert load(config(tmp_path, '["clips"]', "[fetch]\ntimeout = 2.5")).fetch_timeout == 2.5
    assert load(config(tmp_path, '["clips"]')).fetch_timeout == 20.0


def test_fetch_contact_goes_into_the_user_agent(tmp_path: Path) -> None:
    from briefgen.sources.web import user_agent

    settings = load(config(tmp_path, '["clips"]', '[fetch]\ncontact = "desk@example.org"'))
    assert user_agent(settings.fetch_contact) == (
        f"briefgen/{briefgen.__version__} (+https://github.com/briefgen/briefgen; news brief builder; desk@example.org)"
    )
    with pytest.raises(InputError, match=r"\[fetch\] contact: must be a short ASCII string"):
        load(config(tmp_path, '["clips"]', '[fetch]\ncontact = "a\\r\\nX-Evil: 1"'))


def test_full_text_option(tmp_path: Path) -> None:
    topic = load(config(tmp_path, '[{feed = "https://ex.org/rss", full_text = true}]')).topic("t")
    assert topic.specs == (Source("feed", "https://ex.org/rss", full_text=True),)
    with pytest.raises(InputError, match=r"full_text = true\|false goes on a feed"):
        load(config(tmp_path, '[{page = "https://ex.org/p", full_text = true}]'))
    with pytest.raises(InputError, match=r"unknown key 'full' \(did you mean 'full_text'\?\)"):
        load(config(tmp_path, '[{feed = "https://ex.org/rss", full = 1}]'))
    with pytest.raises(InputError, match="full_text needs a feed URL"):
        load(config(tmp_path, '[{feed = "saved.xml", full_text = true}]'))
