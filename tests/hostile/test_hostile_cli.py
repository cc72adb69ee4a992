"""Everything at once, through the real command line: a folder holding every kind of hostile file
next to two good articles, built in every format. No traceback, one warning line per bad file
naming it, the good articles make a one-page brief, nothing fetched, nothing secret shown."""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pytest

from ..conftest import Recorder, Runner, pdf_text
from .conftest import BRIEF_DATE, FORMATS, INVISIBLES, SECRET, article, invisible_in

GOOD = [
    "Negotiators from both countries resumed talks in Riyadh on Monday, officials said.",
    "“We are ready to sign a deal this month,” said Foreign Minister Anna Example.",
    "The delegations will meet again on March 24 to finalise the text of the agreement.",
]


def _zoo(root: Path, url: str, secret: Path) -> tuple[Path, set[str]]:
    """The folder, and the names of the files that must be skipped with a warning."""
    folder = root / "zoo"
    article(folder, "good.txt", "Talks resume in Riyadh", *GOOD)
    article(
        folder,
        "markup.md",
        f"Talks <img src='{url}/t.png'> {{{{ 7*7 }}}}",
        f'Officials said <img src="file://{secret}"> <link rel="stylesheet" href="{url}/x.css"> the talks resume.',
        f"![chart]({url}/c.png) Negotiators from both sides will meet again in Riyadh on Tuesday, officials said.",
        extra=f"Key Points:\n  • Talks{INVISIBLES} resume in Riyadh on Monday.\n",
    )
    (folder / "utf16.txt").write_bytes(
        ("Talks in Riyadh\n\nThe talks in Riyadh will resume on Monday, the Saudi foreign ministry said.\n").encode(
            "utf-16"
        )
    )
    (folder / "cp1252.txt").write_bytes(
        "Riyadh\n\nThe envoy said “the talks will go on” in Riyadh next week, officials said.\n".encode("cp1252")
    )
    (folder / "long-line.txt").write_text("Long\n\n" + "“said " * 40_000 + "\n\n" + GOOD[0] + "\n")
    bad = {
        "png.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(100),
        "nul.md": b"Talks\x00resume\x00" * 20,
        "random.txt": bytes(range(256)) * 8,
        "empty.txt": b"",
        "furniture.txt": b"Advertisement\n\nShare this article\n",
        "bad-date.txt": b"Title\n\nid\nslug\nDate: 9999-99-99\n\nThe talks will resume in Riyadh on Monday.\n",
        "odd-utf16.txt": codecs.BOM_UTF16_LE + b"x\x00y",
        "esc\x1b[2Jname.txt": b"\x00",
    }
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    # Not files: passed over without a word when met in a folder (named in --sources, a FIFO is
    # reported: tests/test_cli.py).
    os.mkfifo(folder / "fifo.txt")
    (folder / "folder.txt").mkdir()
    os.symlink(secret, folder / "secret.txt")  # out of the folder: not followed
    os.symlink(folder, folder / "loop")
    os.symlink(folder / "nowhere.txt", folder / "dangling.txt")
    non_utf8 = os.fsencode(folder) + b"/caf\xe9.txt"  # a file name that is not UTF-8
    with open(non_utf8, "wb") as handle:
        handle.write(b"Cafe\n\nThe cafe owners in Riyadh said the talks resume on Monday, officials said.\n")
    return folder, {*bad, "secret.txt", "loop", "dangling.txt"}  # the links are reported, not followed


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_zoo_through_the_command_line(
    fmt: str, tmp_path: Path, http_server: str, secret: Path, run_cli: Runner
) -> None:
    folder, skipped = _zoo(tmp_path, http_server, secret)
    out = tmp_path / f"brief.{fmt}"
    result = run_cli("build", "--sources", str(folder), "--date", "2025-03-18", "--format", fmt, "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{out}\n"
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == len(skipped)
    for name in skipped:
        shown = name.replace("\x1b", "\\x1b")
        assert sum(line.startswith(f"briefgen: warning: skipped {folder}/{shown}: ") for line in lines) == 1, name
    assert all("\x1b" not in line for line in lines)
    assert Recorder.requests == []
    data = out.read_bytes()
    assert SECRET.encode() not in data
    if fmt == "pdf":
        pages, text = pdf_text(out)
        assert pages == 1 and GOOD[0] in text and SECRET not in text
    else:
        text = data.decode("utf-8")
        assert invisible_in(text) == set()
        assert "Negotiators from both countries resumed talks in Riyadh on Monday" in text
    if fmt == "json":
        paths = [s["path"] for s in json.loads(text)["sources"]]
        assert all(p.startswith(str(folder)) for p in paths)


def test_summarize_on_the_zoo(tmp_path: Path, http_server: str, secret: Path, run_cli: Runner) -> None:
    folder, skipped = _zoo(tmp_path, http_server, secret)
    result = run_cli("summarize", str(folder), "--words", "80", "--json")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == len(skipped)
    sentences = json.loads(result.stdout)
    assert sentences and all(invisible_in(s) == set() and SECRET not in s for s in sentences)


def test_a_file_name_that_is_not_utf8_is_read_and_shown_escaped(tmp_path: Path, http_server: str, secret: Path) -> None:
    from briefgen.pipeline import build

    folder, _ = _zoo(tmp_path, http_server, secret)
    for child in folder.iterdir():  # the cafe article alone
        if not child.name.startswith("caf") and (child.is_symlink() or not child.is_dir()):
            child.unlink()
    result = build("cafe", [folder], BRIEF_DATE, "json", tmp_path / "cafe.json")
    source = json.loads(result.path.read_text(encoding="utf-8"))["sources"][0]
    assert source["path"] == f"{folder}/caf\\xe9.txt" and source["title"] == "Cafe"
    # "resume on Monday": set for a day, so a next step rather than the Situation
    shown = [i.text for i in (*result.brief.situation, *result.brief.next_steps)]
    assert any(text.startswith("The cafe owners in Riyadh said") for text in shown)
