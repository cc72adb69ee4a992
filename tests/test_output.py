"""Where a brief's bytes go: a special file is written through, never replaced; `-` is standard
output; a regular file is replaced atomically, a link to one keeps being a link.

Every special file here lives in the test's own folder (a FIFO, a device node made with mknod, a
link to /dev/null or to /proc/self/fd/N): were the fix undone, only those would be replaced,
never a device of the machine.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from briefgen.errors import OutputError
from briefgen.output import write

from .conftest import UKRAINE, Runner


def _reader(fifo: Path, got: list[bytes]) -> threading.Thread:
    def read() -> None:
        with open(fifo, "rb") as handle:
            got.append(handle.read())

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    return thread


def test_a_fifo_is_written_through_and_stays_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    thread = _reader(fifo, got)
    write(fifo, b"the brief")
    thread.join(timeout=10)
    assert got == [b"the brief"]
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_link_to_a_device_stays_a_link_and_the_device_stays_a_device(tmp_path: Path) -> None:
    link = tmp_path / "null.pdf"
    link.symlink_to("/dev/null")
    write(link, b"the brief")
    assert link.is_symlink() and os.readlink(link) == "/dev/null"
    assert stat.S_ISCHR(Path("/dev/null").stat().st_mode)


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
def test_a_device_node_is_written_through(tmp_path: Path) -> None:
    # The report: as root, --out /dev/stdout was renamed over. A /dev/null of the test's own.
    node = tmp_path / "null"
    os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    write(node, b"the brief")
    assert stat.S_ISCHR(node.lstat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["null"]  # no temporary left either


def test_a_process_file_descriptor_is_written_through(tmp_path: Path) -> None:
    # /dev/stdout and /dev/fd/N lead to /proc/self/fd/N; here through a link of the test's own.
    read_end, write_end = os.pipe()
    link = tmp_path / "stdout"
    link.symlink_to(f"/proc/self/fd/{write_end}")
    try:
        write(link, b"through the pipe")
        os.close(write_end)
        assert os.read(read_end, 100) == b"through the pipe"
    finally:
        os.close(read_end)
    assert link.is_symlink()


def test_a_process_file_descriptor_on_a_regular_file_appends_and_keeps_the_file(tmp_path: Path) -> None:
    # `briefgen build --out /dev/stdout >> log`: the shell's file gets the brief after what it held.
    target = tmp_path / "log"
    target.write_bytes(b"earlier\n")
    with open(target, "ab") as handle:
        write(Path(f"/proc/self/fd/{handle.fileno()}"), b"the brief")
    assert target.read_bytes() == b"earlier\nthe brief"


def test_a_link_to_a_regular_file_is_kept_and_its_file_replaced(tmp_path: Path) -> None:
    real = tmp_path / "briefs" / "today.pdf"
    real.parent.mkdir()
    real.write_bytes(b"yesterday")
    link = tmp_path / "latest.pdf"
    link.symlink_to(real)
    write(link, b"today")
    assert link.is_symlink() and real.read_bytes() == b"today"


def test_a_missing_device_is_an_error_not_a_new_file(tmp_path: Path) -> None:
    link = tmp_path / "gone"
    link.symlink_to("/proc/self/fd/987654")
    with pytest.raises(OutputError, match="no such device or file"):
        write(link, b"x")


def test_out_dash_writes_to_standard_output(run_cli: Runner) -> None:
    result = run_cli("build", "--sources", str(UKRAINE), "--date", "2025-03-18", "--format", "md", "--out", "-")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# ") and "## Situation" in result.stdout
    assert result.stderr == ""


@pytest.mark.parametrize("redirect", ["pipe", "file"])
def test_out_dev_stdout_gets_the_brief_and_nothing_else(redirect: str, tmp_path: Path) -> None:
    # The CLI end to end, with a link in the test's folder standing for /dev/stdout. Redirected to a
    # file, a second descriptor would start at offset 0 and the printed path overwrite the brief.
    link = tmp_path / "stdout.json"
    link.symlink_to("/proc/self/fd/1")
    command = [sys.executable, "-m", "briefgen", "build", "--sources", str(UKRAINE), "--date", "2025-03-18"]
    command += ["--format", "json", "--out", str(link)]
    captured = tmp_path / "captured.json"
    with open(captured, "wb") as file:
        stdout = file if redirect == "file" else subprocess.PIPE
        result = subprocess.run(command, stdout=stdout, stderr=subprocess.PIPE, timeout=300, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = captured.read_bytes() if redirect == "file" else result.stdout
    brief = json.loads(out)  # the whole of it is the brief
    assert brief["topic"] == "Brief" and brief["date"] == "2025-03-18"
    assert link.is_symlink()
