"""The eval data is for measurement only: no run of eight words of its text is in the repository.

The labelled real news in ../shared/eval/dev (DUC-2003, TimeBank dates, PolNeAR) may be named by
ids, offsets and hashes, never copied: not in tests, seeds, docs, comments or benchmark data. This
reads every tracked text file and fails on any eight-word run it shares with that text, naming the
file, the run and the document it comes from. Where the eval folder is not there (a clone on its
own) the test is skipped and says so.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WIDTH = 8
_WORD = re.compile(r"[A-Za-z0-9']+")
# Fields of our label files that hold ids: a document's id is a slug of its title, not its text.
_ID_KEYS = {"doc", "doc_id", "id", "cluster"}
# Phrases common to any news text that our own stories use too (checked by hand, not copied).
_COMMON = {
    "i think we have a very good chance",
}


def _eval_dir() -> Path | None:
    for parent in ROOT.parents:
        folder = parent / "shared" / "eval" / "dev"
        if folder.is_dir():
            return folder
    return None


def _runs(text: str) -> Iterator[str]:
    words = [w.lower() for w in _WORD.findall(text)]
    for i in range(len(words) - WIDTH + 1):
        yield " ".join(words[i : i + WIDTH])


def _eval_texts(folder: Path) -> Iterator[tuple[str, str]]:
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            name = str(record.get("doc_id") or record.get("doc") or record.get("id") or path.name)
            for doc in record.get("docs", []):
                yield name, doc["text"] if isinstance(doc, dict) else str(doc)
            for ref in record.get("refs", []):
                yield name, ref if isinstance(ref, str) else json.dumps(ref)
            for key in ("text", "sentence"):
                if isinstance(record.get(key), str):
                    yield name, record[key]


def _tracked_text(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    if path.suffix != ".jsonl":
        return text
    kept = []
    for line in text.splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            kept.append(line)
            continue
        if isinstance(record, dict):
            record = {k: v for k, v in record.items() if k not in _ID_KEYS}
        kept.append(json.dumps(record, ensure_ascii=False))
    return "\n".join(kept)


def test_no_eval_text_in_the_repository() -> None:
    folder = _eval_dir()
    if folder is None:
        pytest.skip("no shared/eval/dev beside the repository: nothing to compare with")
    seen: dict[str, str] = {}
    for name, text in _eval_texts(folder):
        for run in _runs(text):
            seen.setdefault(run, name)
    files = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True, text=True
    ).stdout.split("\0")
    found = []
    for name in files:
        path = ROOT / name
        if not name or not path.is_file():
            continue
        try:
            text = _tracked_text(path)
        except (UnicodeDecodeError, OSError):
            continue  # images, fonts, the wheel's binaries
        for run in _runs(text):
            if run in seen and run not in _COMMON:
                found.append(f"{name}: '{run}' (from {seen[run]})")
    assert not found, "eval text in the repository:\n" + "\n".join(found)
