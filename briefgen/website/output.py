"""Putting a site on disk so that a reader never sees half of it.

Each file is written atomically (a temporary file renamed over the old one), and in stages: what
a page links to is written before the page, the home page last, so every link on a page already
served leads somewhere. Files with the same bytes are left alone; files an earlier run wrote and
this one does not make any more are removed at the end. The folder keeps a manifest of what
briefgen wrote there: a folder holding anything else is never written into.
"""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ..errors import OutputError, SiteError
from ..output import write_atomically

MANIFEST = ".briefgen-site.json"
LOCK = ".briefgen-site.lock"  # two runs at once take turns

# Writing order: the files pages link to, then the pages, then the pages that list pages.
ASSETS, LEAVES, PAGES, INDEXES, ENTRY, HOME = range(6)


@dataclass(frozen=True, slots=True)
class SiteFile:
    """One file of the site: its bytes, or a file on disk to copy (a brief's PDF)."""

    path: str  # relative to the site folder, with '/'
    data: bytes | None = None
    copy: Path | None = None
    stage: int = PAGES
    tag: str | None = None  # kept in the manifest: what the file was made from (a PDF's brief)

    def content(self) -> bytes:
        if self.data is not None:
            return self.data
        assert self.copy is not None
        try:
            return self.copy.read_bytes()
        except OSError as exc:
            raise OutputError(f"{self.copy}: cannot be read ({exc.strerror or exc})") from None


@dataclass(frozen=True, slots=True)
class Previous:
    """What the last run wrote into the folder (nothing for a new one)."""

    files: dict[str, str | None] = field(default_factory=dict)  # path -> tag

    def tag(self, path: str) -> str | None:
        return self.files.get(path)


@dataclass(frozen=True, slots=True)
class Written:
    folder: Path
    written: tuple[str, ...]  # paths whose bytes changed (or are new)
    unchanged: int
    removed: tuple[str, ...]


def previous(folder: Path) -> Previous:
    """The manifest of the site in `folder`; a folder with other things in it is refused."""
    if folder.exists() and not folder.is_dir():
        raise SiteError(f"{folder}: is a file, not a folder for the site")
    manifest = folder / MANIFEST
    if not manifest.is_file():
        if folder.is_dir() and any(p.name != LOCK for p in folder.iterdir()):
            raise SiteError(
                f"{folder}: not empty and not a site briefgen made (no {MANIFEST}); give a new or empty folder"
            )
        return Previous()
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
        files = data["files"]
        if not isinstance(files, dict):
            raise TypeError
    except (OSError, ValueError, KeyError, TypeError):
        raise SiteError(f"{manifest}: unreadable; remove the folder's contents and make the site again") from None
    return Previous({str(k): (str(v) if v is not None else None) for k, v in files.items() if _safe(str(k))})


@contextmanager
def locked(folder: Path) -> Iterator[Previous]:
    """The folder for this run alone (another run writing it finishes first), and what the last
    run wrote there; a folder that is not a briefgen site is refused before anything is written."""
    previous(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(folder / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise OutputError(f"{folder}: cannot be written ({exc.strerror or exc})") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield previous(folder)
    finally:
        os.close(fd)  # releases the lock


def _safe(path: str) -> bool:
    """A path inside the folder: relative, no '..', no empty parts (a manifest is read, not trusted)."""
    parts = PurePosixPath(path).parts
    return bool(parts) and not path.startswith("/") and all(p not in ("", ".", "..") for p in parts)


def write_site(folder: Path, files: Iterable[SiteFile], before: Previous) -> Written:
    """Write `files` into `folder` (see the module's doc), then the manifest, then remove what the
    last run wrote that this one did not."""
    ordered = sorted(files, key=lambda f: (f.stage, f.path))
    paths = [f.path for f in ordered]
    if len(set(paths)) != len(paths) or not all(_safe(p) for p in paths) or MANIFEST in paths:
        raise SiteError("internal: the site's file list has a duplicate or unsafe path")
    written: list[str] = []
    unchanged = 0
    for item in ordered:
        target = folder.joinpath(*PurePosixPath(item.path).parts)
        data = item.content()
        if _same(target, data):
            unchanged += 1
            continue
        write_atomically(target, data)
        written.append(item.path)
    manifest = {"generator": "briefgen", "files": {f.path: f.tag for f in ordered}}
    text = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    write_atomically(folder / MANIFEST, text.encode("utf-8"))
    removed = _remove(folder, sorted(set(before.files) - set(paths)))
    return Written(folder, tuple(written), unchanged, tuple(removed))


def _same(target: Path, data: bytes) -> bool:
    try:
        return (
            target.is_file()
            and not target.is_symlink()
            and target.stat().st_size == len(data)
            and (target.read_bytes() == data)
        )
    except OSError:
        return False


def _remove(folder: Path, stale: list[str]) -> list[str]:
    root = folder.resolve()
    removed = []
    for path in stale:
        target = folder.joinpath(*PurePosixPath(path).parts)
        if not target.resolve().is_relative_to(root) or not target.is_file():
            continue
        try:
            target.unlink()
        except OSError:
            continue
        removed.append(path)
        # Folders the site no longer uses go with their last file.
        parent = target.parent
        while parent != folder and parent.resolve().is_relative_to(root):
            try:
                os.rmdir(parent)
            except OSError:
                break
            parent = parent.parent
    return removed
