"""The console script ends a build without the interpreter's tear-down (finish.py), and nothing anyone
can see changes: the same exit status, the same stdout and stderr (the brief itself when it goes to
standard output), the files written, the exit handlers run. Real subprocesses: `cli.main` (a normal
exit) beside `cli.entry` (what `briefgen` and `python -m briefgen` run)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import pdf_text, write_article

# Runs briefgen's `main`, `entry` or the module (python -m) with the arguments after it, after registering an exit handler
# (it must still run, its output still reach the pipe) and leaving an object whose finaliser says
# when the interpreter frees it at exit (the tear-down a quick end skips).
DRIVER = """
import atexit, os, sys
atexit.register(lambda: print("exit handler ran", flush=True))
class Left:
    def __del__(self, write=os.write):
        write(2, b"freed at exit\\n")
left = Left()
function = sys.argv[1]
sys.argv = ["briefgen", *sys.argv[2:]]
if function == "module":  # python -m briefgen
    import runpy
    runpy.run_module("briefgen", run_name="__main__")
else:
    from briefgen import cli
    getattr(cli, function)()
"""


def _run(function: str, args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFGEN_")}
    env["BRIEFGEN_DB"] = str(cwd / "store.sqlite3")
    return subprocess.run(
        [sys.executable, "-c", DRIVER, function, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


def _articles(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    write_article(
        folder,
        "a.txt",
        "Ferry service to Lanholm resumes",
        [
            "The ferry between Port Ebbe and Lanholm will resume sailings on Thursday, the operator said.",
            "“We expect full timetables by the end of the month,” said harbour director Mira Tollan.",
        ],
        outlet="Coast Courier",
    )
    write_article(
        folder,
        "b.txt",
        "Lanholm ferry back on Thursday",
        [
            "Sailings between Port Ebbe and Lanholm restart on Thursday after storm repairs to the pier.",
            "Islanders had waited three weeks for the crossing to reopen.",
        ],
        outlet="Island Post",
    )
    return folder


@pytest.mark.parametrize("case", ["pdf", "stdout", "no article"])
def test_a_build_ends_as_a_normal_exit_would_but_for_freeing(tmp_path: Path, case: str) -> None:
    folder = _articles(tmp_path / "articles")
    if case == "no article":
        (bad := tmp_path / "bad").mkdir()
        (bad / "x.txt").write_bytes(b"\x00\x00\x00")
        folder = bad
    ran = {}
    for function in ("main", "entry"):
        out = "-" if case == "stdout" else str(tmp_path / f"{function}.pdf")
        fmt = "md" if case == "stdout" else "pdf"
        args = ["build", "--sources", str(folder), "--date", "2025-03-16", "--format", fmt, "--out", out]
        ran[function] = _run(function, args, tmp_path)
    normal, quick = ran["main"], ran["entry"]
    # A normal exit frees what is left; the quick end does not. Nothing else differs.
    assert normal.stderr.endswith("freed at exit\n")
    assert "freed at exit" not in quick.stderr
    assert quick.returncode == normal.returncode
    assert quick.stdout == normal.stdout.replace("main.pdf", "entry.pdf")
    assert quick.stderr == normal.stderr.removesuffix("freed at exit\n")
    assert quick.stdout.endswith("exit handler ran\n")
    if case == "pdf":
        assert quick.returncode == 0, quick.stderr
        assert quick.stdout == f"{tmp_path / 'entry.pdf'}\nexit handler ran\n"
        assert (tmp_path / "entry.pdf").read_bytes() == (tmp_path / "main.pdf").read_bytes()
        assert pdf_text(tmp_path / "entry.pdf")[0] == 1
    elif case == "stdout":
        assert quick.returncode == 0, quick.stderr
        assert "## Situation" in quick.stdout
        assert "Lanholm" in quick.stdout
    else:
        assert quick.returncode == 1
        assert quick.stderr.splitlines()[-1] == f"briefgen: error: {folder}: no readable article"
        assert not (tmp_path / "entry.pdf").exists()


def test_other_commands_and_in_process_runs_end_normally(tmp_path: Path) -> None:
    # Only a build ends early; `main()` in-process raises SystemExit as ever (tests run it so).
    done = _run("entry", ["--version"], tmp_path)
    assert done.returncode == 0
    assert done.stdout.startswith("briefgen ")
    assert done.stderr.endswith("freed at exit\n")


def test_python_dash_m_ends_a_build_quickly(tmp_path: Path) -> None:
    folder = _articles(tmp_path / "articles")
    out = tmp_path / "brief.pdf"
    done = _run("module", ["build", "--sources", str(folder), "--date", "2025-03-16", "--out", str(out)], tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"{out}\nexit handler ran\n"
    assert "freed at exit" not in done.stderr
    assert pdf_text(out)[0] == 1
