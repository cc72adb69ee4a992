"""Shared fixtures: the repository's seeds, a subprocess runner for the real CLI, PDF reading."""

from __future__ import annotations

import http.server
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

import pytest
from pypdf import PdfReader

from .webserver import Site, serve

# The day is the machine's local day unless the config names a zone: the tests run in UTC wherever
# they run (subprocesses inherit it), and the tests of other zones say theirs.
os.environ["TZ"] = "UTC"
time.tzset()
# Fixtures shared by a module build before any test's own data folder is set (private_data_folder,
# below): they too never touch the default store of whoever runs the tests.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="briefgen-tests-data-")
if TYPE_CHECKING:
    from .sitedata import Recorded

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
UKRAINE = SEEDS / "ukraine"
CHIPS = SEEDS / "chips-export-controls"


def squash(text: str) -> str:
    return " ".join(text.split())


def pdf_text(path: Path) -> tuple[int, str]:
    """(page count, text of all pages with whitespace squashed)."""
    reader = PdfReader(path)
    return len(reader.pages), squash(" ".join(page.extract_text() for page in reader.pages))


Runner = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture(autouse=True)
def no_user_config(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The user config folder (~/.config/briefgen) of whoever runs the tests is not read: an empty
    one stands in, here and in the subprocesses the tests start; nor is the default store in the
    user data folder (a build of --sources remembers what it read there) theirs."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("xdg-config")))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg-data")))


@pytest.fixture(autouse=True)
def private_data_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every build records its brief in the default store (the user data folder): each test gets a
    data folder of its own, in-process and in the subprocesses it starts, never the user's."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    return folder


@pytest.fixture
def run_cli(tmp_path: Path) -> Runner:
    """Run `python -m briefgen ARGS` in a subprocess, from `cwd` (default: a temp folder)."""

    def run(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        environment = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFGEN_")}
        environment.update(env or {})
        return subprocess.run(
            [sys.executable, "-m", "briefgen", *args],
            cwd=cwd or tmp_path,
            env=environment,
            capture_output=True,
            text=True,
            timeout=300,
        )

    return run


def write_article(
    folder: Path,
    name: str,
    title: str,
    paragraphs: list[str],
    *,
    article_id: str | None = None,
    published: str | None = "2025-03-17",
    outlet: str | None = None,
    key_points: list[str] | None = None,
    tail: str = "Advertisement\nShare this article\n",
) -> Path:
    """An article in the seed layout."""
    lines = [title, "", article_id or name.split(".")[0], name.split(".")[0].replace("_", "-")]
    if published:
        lines.append(f"Date: {published}")
    if outlet:
        lines.append(f"Outlet: {outlet}")
    lines.append("")
    if key_points:
        lines += ["Key Points:", ""] + [f"  • {k}" for k in key_points] + [""]
    for paragraph in paragraphs:
        lines += [paragraph, ""]
    path = folder / name
    path.write_text("\n".join(lines) + tail, encoding="utf-8")
    return path


class Recorder(http.server.BaseHTTPRequestHandler):
    """Records every request; tests that render hostile articles assert it got none."""

    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        Recorder.requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/css")
        self.end_headers()
        self.wfile.write(b"body { color: red }")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def site() -> Iterator[Site]:
    """A feed and page server on 127.0.0.1 (tests/webserver.py): set its routes."""
    with serve() as running:
        yield running


@pytest.fixture
def http_server() -> Iterator[str]:
    """A server on 127.0.0.1 (a free port) that records every request; its base URL."""
    Recorder.requests = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def recorded_briefs(tmp_path_factory: pytest.TempPathFactory) -> Recorded:
    """Briefs built for real and recorded in a store, once per session (the website's tests)."""
    from .sitedata import record_briefs

    return record_briefs(tmp_path_factory.mktemp("recorded"))
