"""The `sources` syntax of briefgen.toml: paths, feed URLs and {feed|page|json|path = ...} tables."""

from __future__ import annotations

from pathlib import Path

import pytest

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
        ("[{feed = 'a', page = 'b'}]", "a source is a path, a feed URL, or one of {feed = ...}"),
        ("[{rss = 'a'}]", "a source is a path, a feed URL, or one of {feed = ...}"),
        ("[{feed = 3}]", "source {feed = ...} must be a path or URL string"),
        ("3", "'sources' must be a list of paths, URLs and {feed|page|json = ...} tables"),
    ],
)
def test_bad_sources_are_named(tmp_path: Path, sources: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        load(config(tmp_path, sources))
    assert message in caught.value.message and "[topics.t]" in caught.value.message


@pytest.mark.parametrize("timeout", ["0", "-1", '"fast"', "true", "601"])
def test_fetch_timeout_must_be_sensible(tmp_path: Path, timeout: str) -> None:
    with pytest.raises(InputError, match=r"\[fetch\] timeout = .* must be a number of seconds \(0-600\)"):
        load(config(tmp_path, '["clips"]', f"[fetch]\ntimeout = {timeout}"))


def test_fetch_timeout(tmp_path: Path) -> None:
    assert load(config(tmp_path, '["clips"]', "[fetch]\ntimeout = 2.5")).fetch_timeout == 2.5
    assert load(config(tmp_path, '["clips"]')).fetch_timeout == 20.0


def test_fetch_contact_goes_into_the_user_agent(tmp_path: Path) -> None:
    from briefgen.sources.web import user_agent

    settings = load(config(tmp_path, '["clips"]', '[fetch]\ncontact = "desk@example.org"'))
    assert user_agent(settings.fetch_contact) == (
        "briefgen/0.1 (+https://github.com/briefgen/briefgen; news brief builder; desk@example.org)"
    )
    with pytest.raises(InputError, match="contact must be a short ASCII string"):
        load(config(tmp_path, '["clips"]', '[fetch]\ncontact = "a\\r\\nX-Evil: 1"'))


def test_full_text_option(tmp_path: Path) -> None:
    topic = load(config(tmp_path, '[{feed = "https://ex.org/rss", full_text = true}]')).topic("t")
    assert topic.specs == (Source("feed", "https://ex.org/rss", full_text=True),)
    for bad in ('[{page = "https://ex.org/p", full_text = true}]', '[{feed = "https://ex.org/rss", full = 1}]'):
        with pytest.raises(InputError, match="the only option is full_text"):
            load(config(tmp_path, bad))
    with pytest.raises(InputError, match="full_text needs a feed URL"):
        load(config(tmp_path, '[{feed = "saved.xml", full_text = true}]'))
