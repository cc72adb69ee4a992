"""What WeasyPrint's layout of a brief depends on besides its HTML, as one hash: the one-page fit
trusts a page count it remembers only for the same HTML under the same hash (`briefing.Pager`).

A page count is safe to reuse only if nothing that sets a line's width can differ, so the hash
takes in, besides the template folders' files (the style sheet, the shipped fonts) and the code
that calls WeasyPrint (render.py: a store outlives an upgrade of briefgen):
- the fonts the system offers and fontconfig's own files: a character the shipped fonts lack is
  set in a system font, and installing or removing one moves every line that holds it;
- the text libraries loaded (Pango, HarfBuzz, fontconfig, FreeType, FriBidi), as files: a
  library upgraded under the same Pango version may shape a word to another width;
- the versions of WeasyPrint, Pango and the Python packages that read the style sheet.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Sequence
from importlib import metadata
from pathlib import Path

import weasyprint
from weasyprint.text.ffi import ffi, fontconfig, pango

# The Python packages WeasyPrint reads style sheets and hyphenates with.
_READERS = ("tinycss2", "cssselect2", "pyphen")
# The shared libraries a line's width passes through, by a part of their file names.
_TEXT_LIBRARIES = ("pango", "harfbuzz", "fontconfig", "freetype", "fribidi", "thai")


def fingerprint(folders: Sequence[Path], caller: Path) -> str:
    """The hash of everything but the HTML a layout with these template folders depends on;
    `caller` is the module that hands WeasyPrint the HTML (its options, its URL fetcher)."""
    found = hashlib.blake2b(digest_size=20)
    found.update(f"weasyprint {weasyprint.__version__}, pango {pango.pango_version()}".encode())
    found.update(hashlib.blake2b(caller.read_bytes(), digest_size=20).digest())
    for package in _READERS:
        found.update(f", {package} {_version(package)}".encode())
    for number, folder in enumerate(folders):
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            found.update(f"\n{number}:{path.relative_to(folder).as_posix()}:".encode())
            try:
                found.update(hashlib.blake2b(path.read_bytes(), digest_size=20).digest())
            except OSError as exc:  # unreadable: WeasyPrint cannot read it either
                found.update(f"unreadable {exc.errno}".encode())
    for kind, name in _system_files():
        found.update(f"\n{kind} {name} {_stamp(name)}".encode())
    return found.hexdigest()


def _system_files() -> Iterator[tuple[str, str]]:
    """fontconfig's configuration files and the system's font files, as a layout's fresh
    `FontConfiguration` finds them (it reads `FONTCONFIG_FILE` too), then the text libraries
    this process has loaded (where the system lists them: /proc/self/maps on Linux)."""
    config = fontconfig.FcInitLoadConfigAndFonts()
    try:
        files = fontconfig.FcConfigGetConfigFiles(config)
        while (name := fontconfig.FcStrListNext(files)) != ffi.NULL:
            yield "config", os.fsdecode(ffi.string(name))
        fonts = fontconfig.FcConfigGetFonts(config, 0)  # FcSetSystem
        found = ffi.new("FcChar8 **")
        paths = set()
        for index in range(fonts.nfont if fonts != ffi.NULL else 0):
            if fontconfig.FcPatternGetString(fonts.fonts[index], b"file", 0, found) == 0:  # FcResultMatch
                paths.add(os.fsdecode(ffi.string(found[0])))
        yield from (("font", path) for path in sorted(paths))
    finally:
        fontconfig.FcConfigDestroy(config)
    try:
        maps = Path("/proc/self/maps").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return
    loaded = {line.split(maxsplit=5)[-1] for line in maps.splitlines() if line.count(" ") >= 5 and "/" in line}
    for path in sorted(loaded):
        if any(part in Path(path).name for part in _TEXT_LIBRARIES):
            yield "library", path


def _stamp(path: str) -> str:
    """A file's size and time of change (a package upgrade changes them), or that it is missing."""
    try:
        status = os.stat(path)
    except OSError:
        return "missing"
    return f"{status.st_size} {status.st_mtime_ns}"


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "none"
