"""What a newcomer meets first: --version, bare `briefgen`, --help listing choices, shell
completion, and -v logging the steps of every command."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

import briefgen
from briefgen.cli import app

from .conftest import CHIPS, ROOT, UKRAINE, Runner


def test_version_has_one_source(run_cli: Runner) -> None:
    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout == f"briefgen {briefgen.__version__}\n"
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "version" not in project["project"] and project["project"]["dynamic"] == ["version"]
    assert project["tool"]["hatch"]["version"]["path"] == "briefgen/__init__.py"


def test_bare_briefgen_prints_help_and_no_error(run_cli: Runner) -> None:
    result = run_cli()
    assert result.returncode == 0
    assert "Usage:" in result.stdout and "init" in result.stdout and "build" in result.stdout
    assert result.stderr == ""


@pytest.mark.parametrize(
    ("command", "choices"),
    [("build", "pdf|html|md|json|ics"), ("summarize", "coverage|lexrank|textrank|lsa|luhn|sumbasic|kl")],
)
def test_help_lists_the_choices(command: str, choices: str, run_cli: Runner) -> None:
    result = run_cli(command, "--help", env={"TERMINAL_WIDTH": "200"})
    assert result.returncode == 0
    assert choices in result.stdout


def _complete(words: str) -> list[str]:
    """What bash completion offers after `words` (the way the installed completion script asks)."""
    parts = words.split(" ")
    env = {"_BRIEFGEN_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(len(parts) - 1)}
    result = CliRunner().invoke(app, [], prog_name="briefgen", env=env)
    return result.output.split()


def test_shell_completion_is_on_and_completes_choices() -> None:
    assert "--install-completion" in CliRunner().invoke(app, ["--help"]).output
    assert _complete("briefgen build --format ") == ["pdf", "html", "md", "json", "ics"]
    assert _complete("briefgen summarize --method l") == ["lexrank", "lsa", "luhn"]
    assert {"build", "init", "fetch", "send"} <= set(_complete("briefgen "))


def test_verbose_logs_the_steps_of_a_plain_build(tmp_path: Path, run_cli: Runner) -> None:
    out = tmp_path / "brief.md"
    result = run_cli(
        "build", "--sources", str(UKRAINE), "--date", "2025-03-18", "--format", "md", "--out", str(out), "-v"
    )
    assert result.returncode == 0, result.stderr
    steps = [line.split(" ", 2)[2] for line in result.stderr.splitlines()]
    assert steps[0] == "briefgen.pipeline: brief 2025-03-18: config (none: defaults)"
    assert any(s.startswith("briefgen.pipeline: 11 article(s)") for s in steps)
    assert any(s.startswith("briefgen.pipeline: ranking") for s in steps)
    assert any(s.startswith("briefgen.pipeline: laid out: 1 page(s)") for s in steps)
    assert steps[-1].startswith(f"briefgen.pipeline: writing {out}")


def test_verbose_on_init_and_summarize(tmp_path: Path, run_cli: Runner) -> None:
    result = run_cli("init", "here", "-v")
    assert result.returncode == 0 and "briefgen.starter: wrote here/briefgen.toml" in result.stderr
    result = run_cli("summarize", str(UKRAINE), "--words", "40", "-v")
    assert result.returncode == 0 and "11 article(s) read" in result.stderr


def test_a_daily_run_reads_the_config_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # `build --all --send` read briefgen.toml 1 + 2N times (the run, then each topic's mailing and build).
    from briefgen import config

    (tmp_path / "briefgen.toml").write_text(
        '[smtp]\nhost = "127.0.0.1"\nsender = "briefs@example.org"\n'
        + "".join(
            f'[topics.{name}]\nkeywords = ["chip"]\nsources = ["{CHIPS}"]\nrecipients = ["desk@example.org"]\n'
            for name in ("chips", "chips-again")
        )
    )
    monkeypatch.chdir(tmp_path)
    read: list[Path] = []
    real = config._read_file
    monkeypatch.setattr(config, "_read_file", lambda path: read.append(path) or real(path))
    result = CliRunner().invoke(app, ["build", "--all", "--send", "--dry-run", "mails", "--date", "2025-01-20"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "mails").iterdir()) == [
        "chips-2025-01-20-desk@example.org.eml",
        "chips-again-2025-01-20-desk@example.org.eml",
    ]
    assert read == [Path("briefgen.toml")]


def test_verbose_leaves_logging_as_it_found_it(tmp_path: Path) -> None:
    # In one process (CliRunner, a program calling the CLI), -v kept its handler on the ended
    # command's stderr: later commands printed "--- Logging error ---" tracebacks, or logged twice.
    runner = CliRunner()
    first = runner.invoke(app, ["init", str(tmp_path / "a"), "-v"])
    assert first.exit_code == 0 and "briefgen.starter: wrote " in first.stderr
    second = runner.invoke(app, ["init", str(tmp_path / "b")])
    assert second.exit_code == 0 and second.stderr == ""
    third = runner.invoke(app, ["init", str(tmp_path / "c"), "-v"])
    assert third.stderr.count("briefgen.starter: wrote 11 sample articles") == 1
