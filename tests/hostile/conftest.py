"""Shared parts of the hostile-input suite: a secret file that must never show, samples of every
invisible character, a brief rendered in every output format at once, the CLI run in-process.
(The local HTTP server that must receive no request is tests/conftest.py's `http_server`.)"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefgen.briefing import make_brief
from briefgen.models import Brief
from briefgen.render import Renderer, to_json, to_markdown
from briefgen.text import INVISIBLE

from ..conftest import squash

BRIEF_DATE = date(2025, 3, 18)
FORMATS = ("pdf", "html", "md", "json")
SECRET = "TOP-SECRET-7f3a9c"
# Every character class `clean` removes, as one string of samples: C0 and C1 controls, soft
# hyphen, zero-width characters, bidi marks, embeddings, overrides and isolates, BOM, tags. (NUL
# is not among them: a file holding one is binary data, skipped; `clean` removes it too.)
INVISIBLES = (
    "\x01\x07\x08\x1b\x7f\x80\x9b\xad\u034f\u061c\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\u206f\u3164\ufeff\ufff9"
    "\U000e0001\U000e0041\U000e007f"
)


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "secret" / "credentials.txt"
    path.parent.mkdir()
    path.write_text(f"{SECRET}\n", encoding="utf-8")
    return path


@dataclass(frozen=True)
class Rendered:
    brief: Brief
    data: dict[str, bytes]  # format -> the file's bytes
    text: dict[str, str]  # format -> its text (the PDF's as pypdf reads it back, squashed)
    pages: int


def render_all(brief: Brief, tmp_path: Path) -> Rendered:
    """One fitted brief in every output format, as `build` writes them."""
    renderer = Renderer.create()
    data = {
        "pdf": renderer.pdf(brief),
        "html": renderer.html(brief).encode("utf-8"),
        "md": to_markdown(brief).encode("utf-8"),
        "json": to_json(brief).encode("utf-8"),
    }
    pdf = tmp_path / "rendered.pdf"
    pdf.write_bytes(data["pdf"])
    reader = PdfReader(pdf)
    text = {fmt: data[fmt].decode("utf-8") for fmt in FORMATS if fmt != "pdf"}
    text["pdf"] = squash(" ".join(page.extract_text() for page in reader.pages))
    return Rendered(brief, data, text, len(reader.pages))


def brief_of(folder: Path, tmp_path: Path, warnings: list[str] | None = None) -> Rendered:
    """The brief of every article under `folder`, fitted to one page and rendered four ways."""
    brief = make_brief("Hostile", [folder], BRIEF_DATE, renderer=Renderer.create(), warnings=warnings).brief
    return render_all(brief, tmp_path)


def texts(brief: Brief) -> list[str]:
    """Every sentence the brief shows, section by section."""
    found = [i.text for i in brief.situation + brief.key_points]
    found += [s.text for p in brief.positions for s in p.statements]
    return found + [s.text for s in brief.next_steps]


def invisible_in(text: str) -> set[str]:
    import re

    return set(re.findall(f"[{INVISIBLE}\u2028\u2029]", text))


def article(folder: Path, name: str, title: str, *paragraphs: str, extra: str = "", encoding: str = "utf-8") -> Path:
    """An article in the seed layout (title, id, slug, date, outlet, body)."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = name.rsplit(".", 1)[0]
    body = "\n\n".join(paragraphs)
    text = f"{title}\n\n{stem}\n{stem}-slug\nDate: 2025-03-17\nOutlet: Outlet {stem}\n{extra}\n{body}\n"
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


@dataclass(frozen=True)
class Ran:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def run_main(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Callable[..., Ran]:
    """`briefgen ARGS` in this process, through `cli.main` (what the console script runs): as the
    subprocess runner sees it, without the second of start-up per run."""
    from briefgen.cli import main

    def run(*args: str) -> Ran:
        monkeypatch.setattr(sys, "argv", ["briefgen", *args])
        capsys.readouterr()
        with pytest.raises(SystemExit) as exited:
            main()
        captured = capsys.readouterr()
        code = exited.value.code
        return Ran(code if isinstance(code, int) else 1, captured.out, captured.err)

    return run
