"""Defects found by running the merged product as a hostile operator would (review-ops)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from briefgen.config import load as load_config
from briefgen.errors import ArticleError, InputError
from briefgen.sources import MAX_ARTICLE_CHARS, collect, read_source
from briefgen.sources.feed import MAX_ENTRIES, parse_feed
from briefgen.sources.jsondump import parse_dump

LONG = "Kyiv said the talks in Geneva went well on Monday, officials said. "


def test_a_dump_article_is_read_up_to_the_article_limit(tmp_path: Path) -> None:
    # A 5 MB `text` field in a dump was read whole (a text file stops at 1,000,000 characters):
    # the brief then took minutes in the later stages.
    dump = tmp_path / "wire.json"
    text = "\n\n".join(LONG * 20 for _ in range(4000))  # 5.4 MB
    dump.write_text(json.dumps([{"title": "Huge", "text": text}, {"title": "Small", "text": LONG}]))
    collected = collect([dump])
    huge, small = collected.articles
    body = sum(map(len, huge.paragraphs))
    assert MAX_ARTICLE_CHARS * 0.9 < body <= MAX_ARTICLE_CHARS
    assert huge.paragraphs[-1].endswith("officials said.")  # cut at a paragraph end
    assert small.paragraphs == (LONG.strip(),)
    assert collected.warnings == (
        f"{dump}: item 1: the text after its first {MAX_ARTICLE_CHARS:,} characters (the limit per article)",
    )


def test_a_feed_entry_is_read_up_to_the_article_limit() -> None:
    paragraph = f"<p>{LONG * 20}</p>"
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Huge</title>'
        f"<description><![CDATA[{paragraph * 1500}]]></description></item></channel></rss>"
    ).encode()
    entries, warnings = parse_feed(feed, "feed.xml")
    body = sum(map(len, entries[0].article.paragraphs))
    assert MAX_ARTICLE_CHARS * 0.9 < body <= MAX_ARTICLE_CHARS
    assert warnings == [
        f"feed.xml entry 1: the text after its first {MAX_ARTICLE_CHARS:,} characters (the limit per article)"
    ]


@pytest.mark.parametrize("kind", ["feed", "json"])
def test_a_feed_or_dump_source_that_is_a_device_is_refused(tmp_path: Path, kind: str) -> None:
    # `{feed = "/dev/zero"}` (or a link to it) was read with read_bytes(): the fetch grew until the
    # kernel killed it, and no source was reported. /dev/null shows the check without the wait.
    link = tmp_path / f"wire.{'xml' if kind == 'feed' else 'json'}"
    link.symlink_to("/dev/null")
    with pytest.raises(ArticleError, match=rf"^{re.escape(str(link))}: not a regular file$"):
        read_source(kind, str(link))
    good = tmp_path / "good.json"
    good.write_text(json.dumps([{"title": "Talks", "text": LONG}]))
    collected = collect([link, good])
    assert [a.title for a in collected.articles] == ["Talks"]
    assert collected.warnings == (f"{link}: not a regular file",)


def test_a_config_that_is_a_folder_or_device_is_named_as_such(tmp_path: Path) -> None:
    # `--config /tmp` and `--config /dev/null` said "config file not found": the operator then looks
    # for a typo in a name that is right.
    with pytest.raises(InputError, match=rf"^{re.escape(str(tmp_path))}: the config is a folder, not a file$"):
        load_config(tmp_path)
    with pytest.raises(InputError, match=r"^/dev/null: the config is not a regular file$"):
        load_config(Path("/dev/null"))
    with pytest.raises(InputError, match=r"nope\.toml: config file not found$"):
        load_config(tmp_path / "nope.toml")


def test_a_dump_date_out_of_range_is_called_that() -> None:
    # '9999-12-31' is ISO 8601: "is not a date (use ISO 8601)" sent the operator the wrong way.
    raw = json.dumps([{"title": "Far", "text": LONG, "published": "9999-12-31"}, {"title": "Ok", "text": LONG}])
    entries, warnings = parse_dump(raw, "wire.json", lines=False)
    assert [e.article.title for e in entries] == ["Ok"]
    assert warnings == ["wire.json: item 1: 'published' '9999-12-31' is not a date between 1900 and 2199"]


def test_a_feed_with_more_entries_than_the_limit_says_so() -> None:
    # A feed of 10,000 items gave its first 1,000 with no word about the rest.
    items = "".join(
        f"<item><title>Item {n}</title><link>https://news.example/{n}</link>"
        f"<description>Kyiv said item {n} of the talks went well on Monday.</description></item>"
        for n in range(MAX_ENTRIES + 5)
    )
    feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{items}</channel></rss>'.encode()
    entries, warnings = parse_feed(feed, "feed.xml")
    assert len(entries) == MAX_ENTRIES
    assert warnings == [f"feed.xml: the 5 entries after its first {MAX_ENTRIES:,} (the limit per feed)"]
