"""Putting a brief's bytes where the user asked: a file (written atomically), a device, a FIFO, or
standard output (`--out -`).

A file is written to a temporary file beside it and renamed over it, so a reader never sees half
a brief and a failed run keeps the earlier one; a symbolic link stays and its file is replaced.
A special file (a terminal, /dev/null, a FIFO, /dev/stdout, a link to one) is written through:
renaming over it would replace the device with a regular file.
"""

from __future__ import annotations

import glob
import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import BinaryIO, TextIO

from .errors import OutputError

STDOUT = Path("-")  # `--out -`


def write(path: Path, data: bytes) -> None:
    """Write `data` to `path`: standard output for `-`, through a special file, else atomically."""
    stream = _own_stream(path)
    if stream is not None:
        _to_stream(stream, data)
    elif _special(path):
        _write_through(path, data)
    else:
        # A link is left in place: its target gets the new brief (atomically, beside the target).
        write_atomically(path.resolve() if path.is_symlink() else path, data)


def is_stdout(path: Path) -> bool:
    """`-`, or a name of this process's standard output (/dev/stdout, /dev/fd/1, its file or pipe)."""
    return path == STDOUT or _same_file(path, sys.stdout)


def _own_stream(path: Path) -> BinaryIO | None:
    """Our standard output or error when `path` names it. The brief goes through our own
    descriptor, so what is printed after it follows it instead of overwriting its start (a second
    descriptor of a redirected file would begin at offset 0)."""
    if is_stdout(path):
        return sys.stdout.buffer
    return sys.stderr.buffer if _same_file(path, sys.stderr) else None


def _same_file(path: Path, stream: TextIO) -> bool:
    try:
        target, ours = os.stat(path), os.fstat(stream.fileno())
    except (OSError, ValueError, AttributeError):  # not there; or the stream is not a file (captured)
        return False
    return (target.st_dev, target.st_ino) == (ours.st_dev, ours.st_ino)


def _special(path: Path) -> bool:
    """A device, FIFO or socket (also behind links), or a process's file under /proc, where
    /dev/stdout and /dev/fd/N lead even when the shell pointed them at a regular file."""
    hop = Path(os.path.abspath(path))
    for _ in range(40):  # the kernel's own limit on a chain of links
        parent = Path(os.path.realpath(hop.parent))
        if parent.parts[:2] == ("/", "proc"):
            return True
        if not hop.is_symlink():
            break
        hop = parent / os.readlink(hop)  # an absolute target replaces the parent
    try:
        mode = path.stat().st_mode
    except OSError:
        return False  # not there yet (or a dangling link): a new regular file
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _write_through(path: Path, data: bytes) -> None:
    # O_APPEND: /dev/stdout may be a file the shell opened with >> (or >, then empty); no O_CREAT:
    # a typo under /dev must not create a file there.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_NOCTTY)
    except FileNotFoundError:
        raise OutputError(f"{path}: no such device or file") from None
    except OSError as exc:
        raise OutputError(f"{path}: cannot be written ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
    except OSError as exc:
        raise OutputError(f"{path}: cannot be written ({exc.strerror or exc})") from None


def _to_stream(stream: BinaryIO, data: bytes) -> None:
    name = "standard output" if stream is sys.stdout.buffer else "standard error"
    try:
        stream.write(data)
        stream.flush()
    except BrokenPipeError:
        # The reader went away (`| head`): not our failure, and Python must not report it at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())
        raise OutputError(f"{name} was closed before the whole brief was written") from None
    except OSError as exc:
        raise OutputError(f"{name} cannot be written ({exc.strerror or exc})") from None


def write_atomically(path: Path, data: bytes) -> None:
    """Write next to the target and rename: a reader never sees half a file, a failure keeps the old one.

    The temporary file is `.<name>.<pid>.<random>.tmp`; one left by a run that was killed (its
    process is gone) is removed by the next run that writes the same file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_dir():
            raise OutputError(f"{path}: is a folder; give --out a file name")
        remove_stale_temporaries(path)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"{path}: cannot be written ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes the file private; a brief gets the permissions any new file would.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot be written ({exc.strerror or exc})") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def remove_stale_temporaries(path: Path) -> list[Path]:
    """Remove the temporary files of `path` whose writer no longer runs (killed mid-write)."""
    removed = []
    prefix = f".{path.name}."
    for candidate in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        pid = candidate.name[len(prefix) :].split(".", 1)[0]
        if pid.isdigit() and not _running(int(pid)):
            candidate.unlink(missing_ok=True)
            removed.append(candidate)
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    except OverflowError:
        return False
    return True
