"""A warm build trusts a file by its status (size, times, inode) and reads it again, and analyses
what it now holds, when any of them changed (issue 15: a `--sources` folder kept by path, size,
mtime and hash). Each kind of change on its own, with the other files left as they were."""

from __future__ import annotations

import os
import sqlite3
import sys
from datetime import date
from pathlib import Path

import pytest

from briefgen import analysis, gather
from briefgen.pipeline import build

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from generate import generate

DAY = date(2025, 3, 18)
ADDED = "\n\nAn invented line: the Varnholt ferry guild voted to keep its tolls for a second winter.\n"


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("status") / "articles"
    generate(folder, 6, seed=5)
    return folder


def _build(folder: Path, out: Path, db: Path | None) -> bytes:
    build("bench", [folder], DAY, "json", out, db=db)
    return out.read_bytes()


def _grown(path: Path) -> None:
    """A paragraph added at the end, the modification time set back as it was."""
    before = path.stat()
    path.write_text(path.read_text() + ADDED)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def _retimed(path: Path) -> None:
    """The same bytes, a later modification time (a copy that kept its text, a `touch`)."""
    before = path.stat()
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns + 5_000_000_000))


def _same_bytes_again(path: Path) -> None:
    """The same bytes written again, the modification time set back: only the change time moved."""
    before = path.stat()
    path.write_bytes(path.read_bytes())
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def _word_changed(text: bytes) -> bytes:
    """A word in the middle of the body (which the analysis reads) spelled otherwise, same size."""
    at = text.index(b" the ", len(text) // 2)
    return text[:at] + b" thE " + text[at + 5 :]


def _rewritten(path: Path) -> None:
    """Other bytes of the same size, the modification time set back: only the change time tells."""
    before = path.stat()
    path.write_bytes(_word_changed(path.read_bytes()))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def _replaced(path: Path) -> None:
    """Another file of the same size and modification time moved over it (a new inode)."""
    before = path.stat()
    other = path.with_name(".incoming")
    other.write_bytes(_word_changed(path.read_bytes()))
    os.utime(other, ns=(before.st_atime_ns, before.st_mtime_ns))
    os.replace(other, path)


@pytest.mark.parametrize(
    ("change", "new_text"),
    [(_grown, True), (_retimed, False), (_same_bytes_again, False), (_rewritten, True), (_replaced, True)],
)
def test_a_file_whose_status_changed_is_hashed_and_read_and_analysed_only_when_its_bytes_did(
    source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: object, new_text: bool
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in sorted(source.iterdir()):
        (folder / path.name).write_bytes(path.read_bytes())
    db = tmp_path / "store.sqlite3"
    monkeypatch.setattr(gather, "SETTLED_NS", -60_000_000_000)  # files written just now are trusted
    first = _build(folder, tmp_path / "first.json", db)
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT COUNT(stat) FROM article_files").fetchone() == (6,)

    opened: list[str] = []
    read: list[str] = []
    analysed: list[str] = []
    original_bytes, original_read, original_analyse = gather.read_bytes, gather.read_file, analysis.analyse
    monkeypatch.setattr(gather, "read_bytes", lambda p, limit: opened.append(p.name) or original_bytes(p, limit))
    monkeypatch.setattr(gather, "read_file", lambda f: read.append(f.path.name) or original_read(f))
    monkeypatch.setattr(analysis, "analyse", lambda a: analysed.append(a.path) or original_analyse(a))

    target = sorted(folder.iterdir())[2]
    assert callable(change)
    change(target)
    second = _build(folder, tmp_path / "second.json", db)
    assert opened == [target.name]  # only the changed file is hashed: the others are trusted by status
    if new_text:
        assert read == [target.name]
        assert [Path(p).name for p in analysed] == [target.name]
    else:
        assert read == analysed == []  # the same bytes: what the store holds is used
        assert second == first
    # The same brief as a build without a store, and the new status is kept: nothing is opened next time.
    assert second == _build(folder, tmp_path / "fresh.json", None)
    opened.clear()
    read.clear()
    analysed.clear()
    assert _build(folder, tmp_path / "third.json", db) == second
    assert opened == read == analysed == []


def test_a_file_removed_or_added_leaves_the_others_unread(
    source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    names = sorted(p.name for p in source.iterdir())
    for name in names[:5]:
        (folder / name).write_bytes((source / name).read_bytes())
    db = tmp_path / "store.sqlite3"
    monkeypatch.setattr(gather, "SETTLED_NS", -60_000_000_000)
    _build(folder, tmp_path / "first.json", db)
    opened: list[str] = []
    original_bytes = gather.read_bytes
    monkeypatch.setattr(gather, "read_bytes", lambda p, limit: opened.append(p.name) or original_bytes(p, limit))
    (folder / names[1]).unlink()
    (folder / names[5]).write_bytes((source / names[5]).read_bytes())
    again = _build(folder, tmp_path / "second.json", db)
    assert opened == [names[5]]
    assert again == _build(folder, tmp_path / "fresh.json", None)
