"""Invisible, control, bidi and look-alike characters: removed on reading, so no output has them.

The list of characters `clean` removes is checked against the running Python's Unicode database,
then a corpus salted with every class is built into every output format."""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

import pytest

from briefgen.errors import ArticleError, BriefgenError
from briefgen.sources import read_article
from briefgen.sources.textfile import parse_article
from briefgen.text import INVISIBLE, clean, printable

from .conftest import BRIEF_DATE, FORMATS, INVISIBLES, article, brief_of, invisible_in, texts

_REMOVED = re.compile(f"[{INVISIBLE}]")


def test_every_control_format_and_surrogate_character_is_in_the_removed_set() -> None:
    missing = [
        f"U+{cp:04X}"
        for cp in range(sys.maxunicode + 1)
        if unicodedata.category(chr(cp)) in ("Cc", "Cf", "Cs") and chr(cp) not in "\t\n" and not _REMOVED.match(chr(cp))
    ]
    assert missing == []


@pytest.mark.parametrize("char", ["\x00", *INVISIBLES], ids=lambda c: f"U+{ord(c):04X}")
def test_clean_removes_each_invisible_character(char: str) -> None:
    assert clean(f"Kyiv{char} said{char}{char} so") == "Kyiv said so"


def test_line_and_paragraph_separators_stay_breaks_not_glued_words() -> None:
    assert clean("one\u2028two\x0bthree\x0cfour\x85five\x1csix\r\nseven\rEIGHT") == (
        "one\ntwo\nthree\nfour\nfive\nsix\nseven\nEIGHT"
    )
    assert clean("first paragraph.\u2029Second paragraph.") == "first paragraph.\n\nSecond paragraph."


def test_lone_surrogates_and_noncharacters_go() -> None:
    assert clean("a\ud800b\udfffc\ufffed\uffff") == "abcd"
    clean("x\udcff").encode("utf-8")  # encodable: nothing left that UTF-8 refuses


def test_a_pile_of_combining_marks_is_cut_to_four() -> None:
    zalgo = "Kyiv" + "\u0301\u0302\u0303\u0304" * 50 + " talks"
    cleaned = clean(zalgo)
    assert len(cleaned) < 20 and cleaned.endswith(" talks")
    assert clean("Việt Nam café") == "Việt Nam café"  # ordinary accents untouched


def test_ordinary_text_in_many_scripts_is_untouched() -> None:
    for text in (
        "Zelenskyy’s “peace plan” — €3.5bn",
        "Зеленський заявив",
        "習近平が発言",
        "مرحبا بالعالم",
        "שלום",
        "नमस्ते",
    ):
        assert clean(text) == text


def test_printable_escapes_names_instead_of_dropping_them() -> None:
    assert printable("evil\x1b[31m\u202etxt.txt") == "evil\\x1b[31m\\u202etxt.txt"
    assert printable("bad\udcff\udcfename") == "bad\\xff\\xfename"  # bytes of a non-UTF-8 file name
    assert printable("two\nlines\tand tab") == "two\\x0alines\\x09and tab"
    assert printable("Kyiv café.txt") == "Kyiv café.txt"


def test_error_messages_are_one_line_without_escape_sequences() -> None:
    error = ArticleError("evil\x1b[2J\n.txt", "binary data, not text")
    assert error.message == "evil\\x1b[2J\\x0a.txt: binary data, not text"
    assert "\n" not in BriefgenError("a\nb\u2028c\x1bd").message


def test_every_field_of_a_parsed_article_is_clean() -> None:
    raw = (
        f"Talks{INVISIBLES} resume\n\nid{INVISIBLES}\nslug\nDate: 2025-03-17\nOutlet: The\u202e Wire{INVISIBLES}\n\n"
        f"Key Points:\n  • Negotiators\u200b will meet\u2066 again on Monday.\n\n"
        f"KYIV\u202e (Wire) — Talks{INVISIBLES} between the two countries will resume on Monday, officials said.\n"
    )
    parsed = parse_article(raw, "x.txt", "x")
    for value in (parsed.id, parsed.title, parsed.outlet or "", *parsed.key_points, *parsed.paragraphs):
        assert invisible_in(value) == set(), value
    assert parsed.title == "Talks resume" and parsed.outlet == "The Wire" and parsed.id == "id"


def _salted(folder: Path) -> Path:
    """Articles whose every sentence, title and outlet carries invisible characters."""
    s = INVISIBLES
    article(
        folder,
        "a.txt",
        f"Talks{s} resume in Riyadh",
        f"Negotiators{s} from both countries resumed talks in Riyadh on Monday,{s} officials said.",
        f"“We are{s} ready to sign a deal this month,” said Foreign Minister Anna{s} Example.",
        f"The delegations will meet again on March 24{s} to finalise the text.",
        extra=f"Key Points:\n  • Talks{s} resume in Riyadh on Monday after a pause.\n",
    )
    article(
        folder,
        "b.txt",
        f"Riyadh talks\u202e set\u2067 for Monday{s}",
        f"Talks between the two countries will resume\u2028in Riyadh on Monday after a pause of two weeks.{s}",
        f"The negotiators plan\x1b[31m to discuss a prisoner exchange\u200b and the reopening of the border.{s}",
    )
    return folder


def test_no_invisible_character_reaches_any_output_format(tmp_path: Path) -> None:
    rendered = brief_of(_salted(tmp_path / "articles"), tmp_path)
    assert rendered.pages == 1
    shown = texts(rendered.brief)
    assert "Negotiators from both countries resumed talks in Riyadh on Monday, officials said." in shown
    assert "“We are ready to sign a deal this month,” said Foreign Minister Anna Example." in shown
    for fmt in FORMATS:
        assert invisible_in(rendered.text[fmt]) == set(), fmt
    assert "Negotiators from both countries resumed talks in Riyadh" in rendered.text["pdf"]
    assert "Anna Example" in rendered.text["pdf"] and "Outlet a" in rendered.text["pdf"]


def test_file_names_with_controls_and_overrides_are_shown_escaped(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    name = "c\x01\x1b[2J\u202efdp.txt"  # ESC [2J clears a terminal; U+202E shows "txt.pdf"
    (folder / name).write_text(
        "Ceasefire\n\nThe ceasefire proposal was discussed at length by both delegations on Sunday evening.\n",
        encoding="utf-8",
    )
    (folder / "bad\x1b]0;owned\x07.txt").write_bytes(b"\x00binary")
    warnings: list[str] = []
    rendered = brief_of(folder, tmp_path, warnings)
    escaped = "c\\x01\\x1b[2J\\u202efdp"
    assert warnings == [f"{folder}/bad\\x1b]0;owned\\x07.txt: binary data, not text"]
    source = json.loads(rendered.text["json"])["sources"][0]
    assert source["id"] == escaped and source["path"] == f"{folder}/{escaped}.txt"
    assert f"{escaped}.txt" in rendered.text["pdf"]  # the outlet column names the file
    for fmt in FORMATS:
        assert invisible_in(rendered.text[fmt]) == set(), fmt


def test_invisible_characters_read_from_a_file_are_gone(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text(
        "Title\u200b here\n\nThe\u00ad minis\u200dter said\u2066 talks would\x07 resume on Monday.\n", encoding="utf-8"
    )
    parsed = read_article(path)
    assert parsed.paragraphs == ("The minister said talks would resume on Monday.",)
    assert parsed.title == "Title here"


def test_a_topic_title_from_the_config_is_cleaned_too(tmp_path: Path) -> None:
    from briefgen.pipeline import build

    folder = _salted(tmp_path / "articles")
    config = tmp_path / "briefgen.toml"
    config.write_text(
        '[topics.talks]\ntitle = "Talks\\u202e <script>x</script> {{ 7*7 }}\\u0007\\nsecond line"\n'
        f'sources = ["{folder}"]\n',
        encoding="utf-8",
    )
    for fmt in FORMATS:
        result = build("talks", brief_date=BRIEF_DATE, fmt=fmt, out=tmp_path / f"b.{fmt}", config=config)
        assert result.brief.topic == "Talks <script>x</script> {{ 7*7 }} second line"
        if fmt == "pdf":
            continue
        text = result.path.read_text(encoding="utf-8")
        assert invisible_in(text) == set()
        if fmt == "json":  # data: the consumer escapes it
            assert json.loads(text)["topic"] == result.brief.topic
        else:
            assert "<script>" not in text and "script&gt;" in text.replace("\\>", "&gt;")
