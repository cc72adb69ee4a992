"""Readers: the seed layout, Markdown, encodings, and what is skipped (with a reason)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from briefgen.errors import ArticleError
from briefgen.sources import collect, decode, read_article
from briefgen.sources.textfile import parse_article

from .conftest import UKRAINE

SEED = UKRAINE / "000_78cb06b8d0c22452.txt"


def test_seed_layout_is_read_into_its_parts() -> None:
    article = read_article(SEED)
    assert article.title == "Trump and Putin to Discuss Ukraine Ceasefire as US Pushes for Truce Amid Rising Tensions"
    assert article.id == "0"
    assert article.slug == "trump-putin"
    assert article.published is None
    assert len(article.key_points) == 5
    assert (
        article.key_points[0] == "US proposes a 30-day ceasefire in Ukraine; Kyiv accepts, but Moscow remains hesitant."
    )
    body = " ".join(article.paragraphs)
    # Headings and trailing boilerplate are not body text.
    assert "Ceasefire Proposal and Reactions" not in body
    assert "Advertisement" not in body
    assert article.paragraphs[-1].startswith("As Trump prepares for his pivotal conversation")


def test_header_fields_date_and_outlet() -> None:
    article = read_article(UKRAINE / "003_white-house-tuesday-call.txt")
    assert article.published is not None and article.published.isoformat() == "2025-03-17"
    assert article.outlet == "Capitol Wire Service"


def test_markdown_front_matter_and_headings() -> None:
    text = (
        "---\ntitle: Talks resume\ndate: 2025-03-20\nsource: Example Wire\n---\n\n"
        "# Talks resume in Riyadh\n\n## Background\n\nDelegations met in **Riyadh** on Monday to resume talks.\n\n"
        "- A [second round](http://example.org) is planned for next week.\n"
    )
    article = parse_article(text, "talks.md", "talks")
    assert article.title == "Talks resume"
    assert article.outlet == "Example Wire"
    assert str(article.published) == "2025-03-20"
    assert article.paragraphs == (
        "Delegations met in Riyadh on Monday to resume talks.",
        "A second round is planned for next week.",
    )


def test_plain_text_without_header_keeps_first_paragraph() -> None:
    text = "Officials met on Monday to discuss the proposal in detail and agreed to meet again.\n"
    article = parse_article(text, "plain.txt", "plain")
    assert article.title == "plain"
    assert article.paragraphs == (
        "Officials met on Monday to discuss the proposal in detail and agreed to meet again.",
    )


def test_wrapped_plain_text_is_joined_into_paragraphs() -> None:
    text = "Title of the story\n\nThe first line of a paragraph that was\nwrapped at a narrow width by an editor.\n"
    article = parse_article(text, "wrapped.txt", "wrapped")
    assert article.paragraphs == ("The first line of a paragraph that was wrapped at a narrow width by an editor.",)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Kyiv’s café".encode("utf-8-sig"), "Kyiv’s café"),
        ("Kyiv’s café".encode("utf-16"), "Kyiv’s café"),
        ("Kyiv’s café".encode("cp1252"), "Kyiv’s café"),
        ("Kyiv’s café".encode(), "Kyiv’s café"),
    ],
)
def test_encodings(data: bytes, expected: str) -> None:
    assert decode(data, "x.txt").lstrip("\ufeff") == expected


def test_binary_is_refused_with_reason() -> None:
    with pytest.raises(ArticleError, match=r"x\.txt: binary data"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "x.txt")


def test_empty_and_boilerplate_only_files_are_errors(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "furniture.txt").write_text("Advertisement\n\nShare this article\nSubscribe to our newsletter today\n")
    for name in ("empty.txt", "furniture.txt"):
        with pytest.raises(ArticleError, match="no article text"):
            read_article(tmp_path / name)


def test_collect_skips_bad_files_and_keeps_the_rest(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(
        "Good story\n\nid-1\nslug\n\nThe ministry said the talks would resume on Monday.\n"
    )
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "notes.json").write_text("{}")  # not an article suffix: not read from a folder
    collected = collect([tmp_path])
    assert [a.id for a in collected.articles] == ["id-1"]
    assert collected.warnings == (f"{tmp_path / 'bad.txt'}: binary data, not text",)


def test_keywords_filter_topic_sources(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A\n\na\nslug\n\nUkraine and Russia held talks on a ceasefire this week.\n")
    (tmp_path / "b.txt").write_text("B\n\nb\nslug\n\nThe central bank raised interest rates again on Thursday.\n")
    assert [a.id for a in collect([tmp_path], ["ukraine"]).articles] == ["a"]


def test_duplicate_ids_are_made_unique(tmp_path: Path) -> None:
    for name in ("one.txt", "two.txt"):
        (tmp_path / name).write_text("T\n\nsame-id\nslug\n\nThe ministry said the talks would resume on Monday.\n")
    ids = [a.id for a in collect([tmp_path]).articles]
    assert len(set(ids)) == 2


def test_symlink_out_of_folder_is_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("S\n\nsecret\nslug\n\nThe secret plan was never meant to be read.\n")
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "ok.txt").write_text("T\n\nok\nslug\n\nThe ministry said the talks would resume on Monday.\n")
    os.symlink(outside / "secret.txt", folder / "link.txt")
    assert [a.id for a in collect([folder]).articles] == ["ok"]


def test_ids_stay_unique_across_same_named_files(tmp_path: Path) -> None:
    for folder in ("a", "b", "c"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text("T\n\nThe ministry said the talks would resume on Monday.\n")
    ids = [a.id for a in collect([tmp_path]).articles]
    assert len(set(ids)) == 3


def test_markdown_emphasis_on_a_hostile_line() -> None:
    # 30,000 unclosed emphasis markers: the old pattern backtracked quadratically (minutes).
    article = parse_article("Title\n\n" + "*a " * 30000 + "end.\n", "x.md", "x")
    assert article.paragraphs[0].endswith("*a end.")


def test_a_headline_ending_in_a_quotation_keeps_title_date_and_outlet() -> None:
    text = (
        "Harbor chief on the strike: “We will not reopen.”\n\n"
        "h-17\nharbor-strike\nDate: 2025-04-02\nOutlet: The Coastal Ledger\n\n"
        "The harbor chief said on Tuesday that the port would stay shut until the dockers' strike ended.\n"
    )
    article = parse_article(text, "harbor.txt", "harbor")
    assert article.title == "Harbor chief on the strike: “We will not reopen.”"
    assert (article.id, article.slug, str(article.published), article.outlet) == (
        "h-17",
        "harbor-strike",
        "2025-04-02",
        "The Coastal Ledger",
    )
    assert article.paragraphs == (
        "The harbor chief said on Tuesday that the port would stay shut until the dockers' strike ended.",
    )


def test_an_opening_paragraph_in_quotes_is_not_taken_for_a_title() -> None:
    text = "“We will not reopen,” the harbor chief said.\n\nThe port has been shut since Monday.\n"
    article = parse_article(text, "quote.txt", "quote")
    assert article.title == "quote"
    assert article.paragraphs[0] == "“We will not reopen,” the harbor chief said."


def test_an_untitled_wire_story_gets_its_first_sentence_as_title() -> None:
    from briefgen.sources.jsondump import parse_dump

    line = '{"text": "PORT ELLIS (AP) _ The harbor council voted to close the north pier. Dockers objected."}'
    entries, warnings = parse_dump(line, "wire.jsonl", lines=True)
    assert warnings == []
    assert entries[0].article.title == "The harbor council voted to close the north pier."


def test_a_headline_repeated_as_the_first_line_with_another_end_mark_is_not_body_text() -> None:
    from briefgen.sources.jsondump import parse_dump

    def body(title: str, text: str) -> tuple[str, ...]:
        entries, _ = parse_dump(json.dumps({"id": "x", "title": title, "text": text}), "dump", lines=True)
        return entries[0].article.paragraphs

    assert body("Ferry fares to double, board says;", "Ferry fares to double, board says.\n\nThe board voted.") == (
        "The board voted.",
    )
    # Near negative: a first paragraph that only opens with the headline's words is the story.
    assert body("Ferry fares to double", "Ferry fares to double in May, the board said.\n\nIt voted.") == (
        "Ferry fares to double in May, the board said.",
        "It voted.",
    )


def test_folder_walk_lists_what_a_sorted_rglob_lists(tmp_path: Path) -> None:
    """The walk reads each entry's kind from the folder listing: the same files, in the order of
    `sorted(folder.rglob("*"))` (their names compared folder by folder: "a/b.txt" before "a b.txt"),
    hidden ones and links to folders or outside left out, each link left out said in a note."""
    from briefgen.sources import source_files

    folder = tmp_path / "in"
    for rel in ("a.txt", "A.txt", "a b.txt", "a-b/x.txt", "a/b.txt", "a/c/d.TXT", "a.b/z.md", ".hid/y.txt",
                "a/.h.txt", "c.pdf", "z/.q/w.txt"):  # fmt: skip
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_text("x")
    (tmp_path / "out.txt").write_text("x")
    os.symlink(tmp_path / "out.txt", folder / "out.txt")
    os.symlink(folder / "a.txt", folder / "in.txt")
    os.symlink(folder / "a", folder / "linked")
    os.symlink(folder / "gone.txt", folder / "broken.txt")
    (folder / "dir.txt").mkdir()
    files, notes = source_files([folder])
    listed = [f.path.relative_to(folder).as_posix() for f in files]
    assert listed == ["A.txt", "a/b.txt", "a/c/d.TXT", "a b.txt", "a-b/x.txt", "a.b/z.md", "a.txt", "in.txt"]
    expected = sorted(p for p in folder.rglob("*") if p.relative_to(folder).as_posix() in listed)
    assert [f.path for f in files] == expected
    assert sorted(n.split(": ", 1)[1] for n in notes) == [
        "a broken link (or a loop of links)",
        "a link to a file outside the folder, not followed",
        "a link to a folder, not followed",
    ]
