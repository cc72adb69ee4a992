"""Search across every brief with no server: a Pagefind index, made from the brief pages.

Pagefind (on PyPI, a single binary in the `pagefind-bin` wheel) splits the index into small
chunks that the browser fetches for the words searched, so a desk with years of briefs still
searches quickly over a slow link, and it stems English words. Its output is the same bytes for
the same pages. It runs over a copy of the brief pages in a temporary folder; the index files are
returned to be written with the rest of the site.
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Mapping
from pathlib import Path, PurePosixPath

from ..errors import SiteError

FOLDER = "pagefind"
TIMEOUT = 600  # seconds: Pagefind indexes thousands of pages a second
IGNORED = ("header.band", "body > footer", "div[data-pagefind-body] > footer", ".cite", ".support")


def executable() -> Path:
    try:
        import pagefind_bin
    except ImportError:
        raise SiteError("Pagefind is not installed: pip install 'pagefind[bin]' (briefgen's dependency)") from None
    try:
        return Path(pagefind_bin.get_executable())
    except FileNotFoundError as exc:
        raise SiteError(f"Pagefind's program is missing from its package ({exc})") from None


def index(pages: Mapping[str, bytes]) -> dict[str, bytes]:
    """The files of the search index (paths under pagefind/) of these pages (path -> HTML).

    Only the part of a page marked `data-pagefind-body` is indexed."""
    with tempfile.TemporaryDirectory(prefix="briefgen-search-") as folder:
        root = Path(folder) / "site"
        for path, data in pages.items():
            target = root.joinpath(*PurePosixPath(path).parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        root.mkdir(exist_ok=True)
        output = root / FOLDER
        try:
            done = subprocess.run(
                [str(executable()), "--site", str(root), "--output-path", str(output), "--silent"]
                # The brief's header band and footer repeat on every brief: results quote the brief itself.
                + [arg for selector in IGNORED for arg in ("--exclude-selectors", selector)],
                capture_output=True,
                text=True,
                timeout=TIMEOUT,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise SiteError(f"the search index could not be made (Pagefind: {exc})") from None
        if done.returncode != 0:
            why = " ".join((done.stderr or done.stdout).split())[:300]
            raise SiteError(f"the search index could not be made (Pagefind exit {done.returncode}: {why})")
        return {
            f"{FOLDER}/{path.relative_to(output).as_posix()}": path.read_bytes()
            for path in sorted(output.rglob("*"))
            if path.is_file()
        }
