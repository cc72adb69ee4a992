"""Encodings: every way a text file is saved is read right; binary data posing as text is skipped.

Decision: UTF-16 without a BOM is read when the text is mostly Latin letters (a NUL in every
other byte, on one side only); other BOM-less UTF-16 has NULs everywhere and is refused as binary.
"""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest

from briefgen.errors import ArticleError
from briefgen.sources import collect, decode, read_article

from ..conftest import Runner, pdf_text
from .conftest import article

TEXT = (
    "Talks resume in Kyiv\n\nkyiv-1\nslug\nDate: 2025-03-17\nOutlet: Café Wire\n\n"
    "“We are ready,” said Foreign Minister Anna Müller in Kyiv’s café district on Monday.\n\n"
    "The delegation — led by Ms. Žofia Ševčík — will return to Kraków on March 24.\n"
)
PARAGRAPHS = (
    "“We are ready,” said Foreign Minister Anna Müller in Kyiv’s café district on Monday.",
    "The delegation — led by Ms. Žofia Ševčík — will return to Kraków on March 24.",
)
LATIN_1 = "Talks resume\n\nThe minister in Zürich said the café near the Genève station would reopen.\n"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("utf-8", TEXT.encode("utf-8")),
        ("utf-8 with BOM", TEXT.encode("utf-8-sig")),
        ("utf-16 LE with BOM", codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le")),
        ("utf-16 BE with BOM", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be")),
        ("utf-16 LE without BOM", TEXT.encode("utf-16-le")),
        ("utf-16 BE without BOM", TEXT.encode("utf-16-be")),
        ("utf-32 LE with BOM", codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le")),
        ("utf-32 BE with BOM", codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be")),
        ("Windows line ends", TEXT.replace("\n", "\r\n").encode("utf-8")),
        ("old Mac line ends", TEXT.replace("\n", "\r").encode("utf-8")),
    ],
)
def test_unicode_files_are_read_the_same(name: str, data: bytes, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    parsed = read_article(path)
    assert (parsed.title, parsed.outlet, parsed.paragraphs) == ("Talks resume in Kyiv", "Café Wire", PARAGRAPHS), name
    assert str(parsed.published) == "2025-03-17"


def test_windows_1252_smart_quotes_and_dashes(tmp_path: Path) -> None:
    text = TEXT.replace("Žofia Ševčík", "Zofia Sevcik").replace("Kraków", "Krakow")
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("cp1252"))
    parsed = read_article(path)
    assert parsed.paragraphs[0] == PARAGRAPHS[0]  # 0x93/0x94 are curly quotes, 0x92 an apostrophe
    assert "—" in parsed.paragraphs[1]


def test_latin_1_is_read(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(LATIN_1.encode("latin-1"))
    assert read_article(path).paragraphs == (
        "The minister in Zürich said the café near the Genève station would reopen.",
    )


def _png() -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00" + bytes(200)


BINARIES = {
    "png.txt": _png(),
    "random.txt": random.Random(7).randbytes(20_000),
    "nul-laden.txt": b"The minister said\x00\x00\x00 talks \x00would resume on Monday.\n" * 50,
    "text-then-binary.md": TEXT.encode() * 20 + bytes(range(256)) * 40,  # the NUL is past the first 8 KB
    "pdf.txt": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 200 /Filter /FlateDecode >>\nstream\n"
    + random.Random(3).randbytes(3000),
    "utf16-cyrillic-no-bom.txt": ("Переговоры возобновятся в понедельник. " * 40).encode("utf-16-le"),
    "controls.txt": bytes(range(1, 32)) * 200,
    "utf16-bom-odd-length.txt": codecs.BOM_UTF16_LE + b"T\x00a\x00l\x00k",
    "utf16-bom-binary.txt": codecs.BOM_UTF16_LE + bytes(400),
    "utf8-bom-then-latin1.txt": codecs.BOM_UTF8 + "café".encode("latin-1"),
    "bad-surrogate.txt": codecs.BOM_UTF16_LE + b"\x00\xd8a\x00",
}
REASONS = {
    "utf16-bom-odd-length.txt": "not valid utf-16 text",
    "utf16-bom-binary.txt": "binary data, not text",
    "utf8-bom-then-latin1.txt": "not valid utf-8-sig text",
    "bad-surrogate.txt": "not valid utf-16 text",
}


@pytest.mark.parametrize("name", sorted(BINARIES))
def test_binary_posing_as_text_is_refused_with_its_name(name: str, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_bytes(BINARIES[name])
    with pytest.raises(ArticleError) as caught:
        read_article(path)
    assert caught.value.message.startswith(f"{path}: {REASONS.get(name, 'binary data, not text')}")
    assert "\n" not in caught.value.message


def test_a_few_stray_controls_are_text_not_binary() -> None:
    assert decode(b"The minister\x07 said\x1b the talks\x08 would resume.", "x.txt").startswith("The minister")


def test_bad_files_are_skipped_and_the_rest_make_the_brief(tmp_path: Path, run_cli: Runner) -> None:
    folder = tmp_path / "articles"
    article(folder, "good.txt", "Talks resume", "Negotiators resumed talks in Riyadh on Monday, officials said.")
    (folder / "cp1252.txt").write_bytes(
        "Talks in Riyadh\n\nThe envoy said “the talks will go on” in Riyadh on Tuesday, officials said.\n".encode(
            "cp1252"
        )
    )
    (folder / "utf16.txt").write_bytes(
        "Talks again\n\nThe delegations will meet again in Riyadh on Thursday, officials said.\n".encode("utf-16")
    )
    for name, data in BINARIES.items():
        (folder / name).write_bytes(data)
    out = tmp_path / "brief.pdf"
    result = run_cli("build", "--sources", str(folder), "--date", "2025-03-18", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    warnings = result.stderr.strip().splitlines()
    assert len(warnings) == len(BINARIES)
    for name in BINARIES:
        assert any(w.startswith(f"briefgen: warning: skipped {folder / name}: ") for w in warnings), name
    pages, text = pdf_text(out)
    assert pages == 1
    assert "The delegations will meet again in Riyadh on Thursday" in text  # the UTF-16 article
    # The cp1252 and the UTF-8 article say the same about the talks: the brief quotes one of them.
    assert "Negotiators resumed talks in Riyadh on Monday, officials said." in text or "“the talks will go on”" in text
    collected = collect([folder])
    assert collected.warnings and len(collected.articles) == 3
    cp1252 = next(a for a in collected.articles if a.path.endswith("cp1252.txt"))
    assert "The envoy said “the talks will go on” in Riyadh on Tuesday, officials said." in cp1252.paragraphs
