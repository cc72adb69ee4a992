"""Paths and crashes: links never lead out of a sources folder, a topic is a name, output goes only
where it should, and a run killed at any point leaves the previous brief as it was."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from briefgen.errors import OutputError
from briefgen.output import remove_stale_temporaries, write_atomically
from briefgen.sources import collect

from ..conftest import Runner, pdf_text
from .conftest import SECRET, Ran, article

TALKS = "Negotiators from both countries resumed talks in Riyadh on Monday, officials said."


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "sources"
    article(folder, "a.txt", "Talks resume", TALKS)
    return folder


def test_links_out_of_the_folder_are_not_followed(tmp_path: Path, secret: Path) -> None:
    folder = _folder(tmp_path)
    secret_article = secret.parent / "plan.txt"
    secret_article.write_text(f"Plan\n\nThe secret plan {SECRET} was never meant to be read by anyone.\n")
    os.symlink(secret, folder / "passwd.txt")  # like a link to /etc/passwd
    os.symlink(secret_article, folder / "plan.txt")
    os.symlink(secret.parent, folder / "outside")  # a folder outside
    os.symlink("/etc/passwd", folder / "etc-passwd.txt")
    os.symlink(folder, folder / "loop")  # a folder that contains itself
    os.symlink("..", folder / "parent")
    os.symlink(folder / "self.txt", folder / "self.txt")  # a link to itself
    os.symlink(tmp_path / "missing.txt", folder / "dangling.txt")
    (folder / "sub").mkdir()
    os.symlink(folder / "a.txt", folder / "sub" / "inside.txt")  # inside the folder: followed
    collected = collect([folder])
    assert sorted(a.path for a in collected.articles) == [str(folder / "a.txt"), str(folder / "sub" / "inside.txt")]
    reasons = {
        "passwd.txt": "a link to a file outside the folder, not followed",
        "plan.txt": "a link to a file outside the folder, not followed",
        "etc-passwd.txt": "a link to a file outside the folder, not followed",
        "outside": "a link to a folder, not followed",
        "loop": "a link to a folder, not followed",
        "parent": "a link to a folder, not followed",
        "self.txt": "a broken link (or a loop of links)",
        "dangling.txt": "a broken link (or a loop of links)",
    }
    assert sorted(collected.warnings) == sorted(f"{folder / name}: {reason}" for name, reason in reasons.items())
    assert all(SECRET not in p for a in collected.articles for p in a.paragraphs)


def test_secret_behind_a_link_never_reaches_the_pdf(tmp_path: Path, secret: Path, run_cli: Runner) -> None:
    folder = _folder(tmp_path)
    (secret.parent / "plan.txt").write_text(f"Plan\n\nThe minister said the secret plan {SECRET} would go ahead.\n")
    os.symlink(secret.parent / "plan.txt", folder / "plan.txt")
    os.symlink(secret.parent, folder / "outside")
    out = tmp_path / "brief.pdf"
    result = run_cli("build", "--sources", str(folder), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert SECRET not in pdf_text(out)[1] and SECRET.encode() not in out.read_bytes()


@pytest.mark.parametrize(
    "topic", ["../x", "/etc", "/etc/passwd", "..", ".", "a/b", "a\\b", "~root", ".hidden", "x\ny", "ü", "a" * 65, " "]
)
def test_a_topic_is_a_name_never_a_path(
    topic: str, tmp_path: Path, run_main: Callable[..., Ran], monkeypatch: pytest.MonkeyPatch
) -> None:
    _folder(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = run_main("build", "--topic", topic, "--sources", str(tmp_path / "sources"))
    assert result.returncode == 2, result.stderr
    assert "is not a topic name" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sources"]  # nothing written anywhere


def _tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


def test_output_goes_only_under_the_output_folder_or_to_out(
    tmp_path: Path, run_main: Callable[..., Ran], monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "project"
    article(project / "clips", "a.txt", "Talks resume", TALKS)
    (project / "briefgen.toml").write_text(
        'sources = ["clips"]\noutput = "briefs"\n[topics.talks]\nsources = ["clips"]\n'
    )
    monkeypatch.chdir(project)
    before = _tree(tmp_path)
    result = run_main("build", "--topic", "talks", "--date", "2025-03-18", "--format", "md")
    assert result.returncode == 0, result.stderr
    assert _tree(tmp_path) - before == {"project/briefs", "project/briefs/talks", "project/briefs/talks/2025-03-18.md"}
    before = _tree(tmp_path)
    out = tmp_path / "elsewhere" / "b.json"
    result = run_main("build", "--topic", "talks", "--format", "json", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert _tree(tmp_path) - before == {"elsewhere", "elsewhere/b.json"}
    (tmp_path / "file").write_text("x")
    result = run_main("build", "--topic", "talks", "--out", str(tmp_path / "file" / "b.pdf"))
    assert result.returncode == 1
    assert result.stderr.startswith(f"briefgen: error: {tmp_path / 'file' / 'b.pdf'}: cannot be written")


def _big_corpus(folder: Path) -> Path:
    """Enough text that a build takes a couple of seconds: time to be killed at several points."""
    article(folder, "a.txt", "Talks resume", TALKS)
    paragraph = " ".join(
        f"The council of district {n} met the delegation number {n} on Monday, officials said." for n in range(8)
    )
    (folder / "big.txt").write_text(
        "Report\n\n" + "\n\n".join(paragraph.replace("district", f"d{k}") for k in range(500))
    )
    return folder


def _leftovers(folder: Path, name: str) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(f".{name}."))


def test_a_run_killed_at_any_point_keeps_the_previous_brief(tmp_path: Path, run_cli: Runner) -> None:
    folder = _big_corpus(tmp_path / "sources")
    out = tmp_path / "briefs" / "brief.pdf"
    out.parent.mkdir()
    out.write_bytes(b"%PDF previous brief")
    command = [sys.executable, "-m", "briefgen", "build", "--sources", str(folder), "--out", str(out)]
    for delay in (0.2, 0.8, 1.5, 2.5):  # importing, reading, choosing, laying out
        child = subprocess.Popen(command, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert out.read_bytes() == b"%PDF previous brief" or pdf_text(out)[0] == 1  # the old one or a whole new one
        assert [p.name for p in out.parent.iterdir() if not p.name.startswith(".")] == ["brief.pdf"]
    result = run_cli("build", "--sources", str(folder), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert pdf_text(out)[0] == 1 and _leftovers(out.parent, "brief.pdf") == []


def test_a_run_killed_while_writing_leaves_a_temporary_the_next_run_removes(tmp_path: Path, run_cli: Runner) -> None:
    folder = _folder(tmp_path)
    out = tmp_path / "brief.md"
    out.write_text("previous brief")
    # A writer stopped between writing and renaming (its fsync never returns), then killed.
    script = textwrap.dedent(
        f"""
        import os, sys, time
        from pathlib import Path
        import briefgen.output as output
        os.fsync = lambda fd: (sys.stdout.write("written\\n"), sys.stdout.flush(), time.sleep(60))
        output.write_atomically(Path({str(out)!r}), b"half of a new brief" * 1000)
        """
    )
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline() == "written\n"
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()
    assert out.read_text() == "previous brief"
    stale = _leftovers(tmp_path, "brief.md")
    assert len(stale) == 1 and stale[0].startswith(f".brief.md.{child.pid}.")
    result = run_cli("build", "--sources", str(folder), "--format", "md", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert TALKS in out.read_text() and _leftovers(tmp_path, "brief.md") == []


def test_temporaries_of_running_writers_and_other_files_are_kept(tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        names = {
            f".brief.pdf.{dead.stdout.strip()}.abc123.tmp": False,  # its writer is gone
            f".brief.pdf.{alive.pid}.def456.tmp": True,  # still writing
            f".brief.pdf.{os.getpid()}.ghi789.tmp": True,
            ".brief.pdf.notapid.tmp": True,
            ".other.pdf.1.x.tmp": True,
            "brief.pdf.1.x.tmp": True,
        }
        for name in names:
            (tmp_path / name).write_text("x")
        removed = remove_stale_temporaries(target)
        assert [p.name for p in removed] == [n for n, keep in names.items() if not keep]
        assert {p.name for p in tmp_path.iterdir()} == {n for n, keep in names.items() if keep}
    finally:
        alive.kill()
        alive.wait()


def test_a_failed_or_interrupted_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "brief.json"
    target.write_text("old")

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OutputError, match=r"brief\.json: cannot be written \(No space left on device\)"):
        write_atomically(target, b"new")

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(target, b"new")
    assert target.read_text() == "old" and sorted(p.name for p in tmp_path.iterdir()) == ["brief.json"]
