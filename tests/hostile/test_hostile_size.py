"""Size: huge articles, endless lines, ten thousand files, empty ones. Time and memory are measured
by benchmarks/hostile.py (no timing here); these tests check what the brief holds and that every
limit is reported.

Limits: a file over 50 MB is skipped; an article is read up to 1,000,000 characters; past
60,000,000 characters a brief keeps the newest articles and names the rest; a sentence over 600 characters or with a word over 60 is not
quoted; a title is shown up to 200 characters, an outlet up to 80.
"""

from __future__ import annotations

import json
import os
from datetime import date, timedelta
from pathlib import Path

import pytest

import briefgen.sources as sources
from briefgen.briefing import make_brief
from briefgen.errors import ArticleError
from briefgen.models import Article
from briefgen.pipeline import build
from briefgen.positions import attribute
from briefgen.sources import MAX_ARTICLE_CHARS, collect, newest_within, read_article
from briefgen.sources.textfile import parse_article
from briefgen.text import MAX_SEGMENT_CHARS, split_sentences

from ..conftest import Runner, pdf_text
from .conftest import BRIEF_DATE, article, brief_of, texts

GOOD = (
    "Negotiators from both countries resumed talks in Riyadh on Monday, officials said.",
    "“We are ready to sign a deal this month,” said Foreign Minister Anna Example.",
    "The delegations will meet again on March 24 to finalise the text of the agreement.",
)


def _with_good(folder: Path) -> Path:
    article(folder, "good.txt", "Talks resume in Riyadh", *GOOD)
    return folder


def test_a_20_mb_article_is_read_up_to_the_limit(tmp_path: Path) -> None:
    folder = _with_good(tmp_path / "articles")
    path = folder / "huge.txt"
    paragraph = "The council in district {n} approved the budget for road number {n} on Monday, the mayor said. "
    with path.open("w", encoding="utf-8") as handle:
        handle.write("A very long report\n\nhuge\nslug\nDate: 2025-03-17\n\n")
        n = 0
        while handle.tell() < 20_000_000:
            handle.write("".join(paragraph.format(n=n + i) for i in range(8)) + "\n\n")
            n += 8
    notes: list[str] = []
    parsed = read_article(path, notes)
    assert notes == [f"{path}: the text after its first 1,000,000 characters (the limit per article)"]
    body = sum(map(len, parsed.paragraphs))
    assert MAX_ARTICLE_CHARS * 0.9 < body <= MAX_ARTICLE_CHARS
    assert parsed.paragraphs[-1].endswith("the mayor said.")  # cut at a paragraph end
    result = build("huge", [folder], BRIEF_DATE, "pdf", tmp_path / "huge.pdf")
    assert result.warnings == tuple(notes)
    pages, text = pdf_text(result.path)
    assert pages == 1
    assert GOOD[0] in text


def test_a_file_over_50_mb_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    with path.open("wb") as handle:
        handle.truncate(50_000_001)  # sparse: no 50 MB written
    with pytest.raises(ArticleError, match=r"x\.txt: too large \(50 MB; the limit is 50 MB\)"):
        read_article(path)


HOSTILE_LINES = {
    "no punctuation": "word " * 40_000,
    "one word": "x" * 200_000,
    "quotes": "“" * 200_000,
    "apostrophes": "a'" * 100_000,
    "quotes and said": "“We agree,” said Smith, " * 8_400,
    "digits and dates": "On March 3, 2025 and 12 May 2026, 1,234.5 " * 5_000,
    "abbreviations": "Mr. U.S. Gen. a.m. " * 10_600,
    "capitals": "Kyiv Moscow Washington Riyadh " * 7_000,
    "markdown brackets": "[" * 200_000,
    "markdown emphasis": "*a " * 70_000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE_LINES))
def test_a_200_000_character_line_keeps_out_of_the_brief(name: str, tmp_path: Path) -> None:
    line = HOSTILE_LINES[name]
    assert len(line) >= 200_000
    folder = _with_good(tmp_path / "articles")
    (folder / "long.md").write_text(f"Long\n\n{line}\n\n{GOOD[2]}\n", encoding="utf-8")
    brief = make_brief("Long", [folder], BRIEF_DATE).brief
    shown = texts(brief)
    assert shown and all(len(t) <= 600 for t in shown)
    assert GOOD[0] in shown


def test_sentences_are_split_the_same_way_in_long_paragraphs() -> None:
    sentences = [f"The minister number {n} said the talks would resume on Monday in Riyadh." for n in range(400)]
    paragraph = " ".join(sentences)
    assert len(paragraph) > 4 * MAX_SEGMENT_CHARS
    assert split_sentences(paragraph) == sentences
    tricky = " ".join(f"Mr. Smith met Gen. Jones at 9 a.m. in the U.S. capital, report {n} said." for n in range(300))
    assert split_sentences(tricky) == [
        f"Mr. Smith met Gen. Jones at 9 a.m. in the U.S. capital, report {n} said." for n in range(300)
    ]


def test_giant_words_titles_and_outlets_are_cut_or_left_out(tmp_path: Path) -> None:
    folder = _with_good(tmp_path / "articles")
    giant = " ".join(["Z" + "y" * 20_000] * 6) + "."
    (folder / "giant.txt").write_text(
        f"{'Kyiv' * 50_000}\n\nOutlet: {'Wire ' * 5_000}\n\nKey Points:\n  • {giant}\n\n{giant}\n\n{GOOD[2]}\n",
        encoding="utf-8",
    )
    parsed = read_article(folder / "giant.txt")
    assert len(parsed.title) <= 200 and parsed.title.endswith("…")
    assert parsed.outlet is not None and len(parsed.outlet) <= 80
    assert parsed.key_points == ()  # a 120,000-character "bullet" is body text
    rendered = brief_of(folder, tmp_path)
    assert rendered.pages == 1
    assert all(len(t) <= 600 for t in texts(rendered.brief))
    assert "yyyyyyyyyy" not in rendered.text["pdf"]


def test_ten_thousand_tiny_files(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(10_000):
        (folder / f"{n:05d}.txt").write_text(
            f"Vote {n}\n\nThe council of town {n} voted on Monday to approve a budget of {n} million euros.\n",
            encoding="utf-8",
        )
    result = build("many", [folder], BRIEF_DATE, "json", tmp_path / "many.json")
    assert len(result.brief.corpus.articles) == 10_000 and result.warnings == ()
    data = json.loads(result.path.read_text(encoding="utf-8"))
    assert data["situation"] and len(data["sources"]) <= 30
    for item in data["situation"]:
        assert item["text"].startswith("The council of town ")


def test_empty_and_boilerplate_only_files_are_skipped_with_a_reason(tmp_path: Path, run_cli: Runner) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    furniture = (
        "Advertisement\n\nShare this article\n\nSubscribe to our newsletter for daily updates\n\nFollow us on X\n"
    )
    files = {
        "empty.txt": "",
        "blank.txt": " \n\n\t\n   \n",
        "invisible.txt": "\u200b\u200b\n\ufeff\u202e\n",
        "furniture.txt": furniture * 50,
        "headings.md": "# Title\n\n## Heading\n\n### Another\n",
    }
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    result = run_cli("build", "--sources", str(folder), "--out", str(tmp_path / "b.pdf"))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines[-1] == f"briefgen: error: {folder}: no readable article"
    assert sorted(lines[:-1]) == sorted(
        f"briefgen: warning: skipped {folder / name}: no article text in it (empty, or only headings and boilerplate)"
        for name in files
    )
    assert not (tmp_path / "b.pdf").exists()
    _with_good(folder)
    result = run_cli("build", "--sources", str(folder), "--out", str(tmp_path / "b.pdf"))
    assert result.returncode == 0 and len(result.stderr.strip().splitlines()) == len(files)
    assert pdf_text(tmp_path / "b.pdf")[0] == 1


def test_past_its_limit_a_brief_keeps_the_newest_articles_whatever_their_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "articles"
    # Names run against the dates: a-00 is the newest, a-19 the oldest.
    for n in range(20):
        path = article(
            folder, f"a-{n:02d}.txt", f"Report {n}", f"The council of town {n} voted to approve the budget." * 4
        )
        day = date(2025, 3, 20) - timedelta(days=n)
        path.write_text(path.read_text().replace("Date: 2025-03-17", f"Date: {day}"))
    size = (folder / "a-00.txt").stat().st_size
    monkeypatch.setattr(sources, "MAX_BRIEF_CHARS", 6 * size + 10)
    collected = collect([folder])
    assert [a.id for a in collected.articles] == [f"a-{n:02d}" for n in range(6)]
    (warning,) = collected.warnings
    names = ", ".join(str(folder / f"a-{n:02d}.txt") for n in range(6, 16))
    assert warning == (
        f"left out 14 older articles (published 2025-03-01 to 2025-03-14): {names} and 4 more: "
        f"the 6 newest files hold {6 * size:,} bytes; the limit per brief is {6 * size + 10:,}"
    )


def test_undated_articles_are_the_first_left_out_then_the_oldest_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "articles"
    for n, stem in enumerate(["c", "a", "b", "d"]):
        path = article(folder, f"{stem}.txt", f"Report {stem}", "The council voted to approve the budget today." * 4)
        if stem in ("a", "d"):  # no date: they go first, the older file before the newer
            path.write_text(path.read_text().replace("Date: 2025-03-17\n", ""))
        os.utime(path, ns=(10**18 + n, 10**18 + n))
    monkeypatch.setattr(sources, "MAX_BRIEF_CHARS", 3 * (folder / "c.txt").stat().st_size)
    collected = collect([folder])
    assert [a.id for a in collected.articles] == ["b", "c", "d"]
    assert collected.warnings[0].startswith(f"left out 1 older article (undated): {folder / 'a.txt'}: ")


def test_articles_over_the_limit_from_the_store_or_a_dump_keep_the_newest() -> None:
    def dated(n: int, day: date | None) -> Article:
        return Article(f"s{n}", f"Story {n}", f"s{n}.txt", None, day, (), ("The board met. " * 10,))

    articles = [dated(0, date(2025, 3, 3)), dated(1, None), dated(2, date(2025, 3, 1)), dated(3, date(2025, 3, 3))]
    size = len(articles[0].paragraphs[0])
    kept, warning = newest_within(articles, 2 * size)
    assert kept == [0, 3]  # the two of 3 March; the undated one and 1 March are left out
    assert warning == (
        "left out 2 older articles (published 2025-03-01, and undated ones): s2.txt, s1.txt: "
        f"the 2 newest hold {2 * size:,} characters; the limit per brief is {2 * size:,}"
    )
    assert newest_within(articles, 4 * size) == ([0, 1, 2, 3], None)


def test_thousands_of_speakers_in_one_article_are_still_named_right() -> None:
    # Each speaker is named in full once, then by surname: the lookup of the full name is indexed.
    lines = []
    for n in range(3_000):
        name = "".join(chr(ord("a") + int(d)) for d in f"{n:04d}")
        lines.append(f"Minister Anna Q{name} arrived in Riyadh on Monday for the talks.")
        lines.append(f"“We agree on the plan for the border,” said Q{name}.")
    parsed = parse_article("Title\n\n" + "\n\n".join(lines) + "\n", "x.txt", "x")
    found = attribute(parsed, 0)
    assert len(found) == 3_000
    assert found[0].speaker == "Anna Qaaaa" and found[-1].speaker == "Anna Qcjjj"
