"""`briefgen init`: the commented briefgen.toml shows every setting and passes the schema, the sample
articles are copied, nothing is overwritten unasked, and the next commands work as printed."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from briefgen.config import FetchTable, FileSchema, SiteTable, SmtpTable, TopicTable, load
from briefgen.errors import OutputError
from briefgen.options import InitRequest
from briefgen.starter import STARTER, init, sample_articles

from .conftest import UKRAINE, Runner, pdf_text

# A commented-out setting, table header or line of a commented-out list (not a sentence).
_COMMENTED_TOML = re.compile(r"^# (\[|[a-z_]+ = |  [\"{]|\])")


def _uncommented(text: str) -> str:
    return "\n".join(line[2:] if _COMMENTED_TOML.match(line) else line for line in text.splitlines())


def test_the_starter_passes_the_schema_with_every_option_switched_on() -> None:
    FileSchema.model_validate(tomllib.loads(STARTER))
    everything = tomllib.loads(_uncommented(STARTER))
    FileSchema.model_validate(everything)
    # Every key of every table is shown (so the file is the reference a user edits).
    assert set(everything) == set(FileSchema.model_fields)
    assert set(everything["fetch"]) == set(FetchTable.model_fields)
    assert set(everything["smtp"]) == set(SmtpTable.model_fields)
    assert set(everything["site"]) == set(SiteTable.model_fields)
    assert set(everything["topics"]["chips"]) == set(TopicTable.model_fields)
    kinds = {k for s in everything["topics"]["chips"]["sources"] if isinstance(s, dict) for k in s}
    assert kinds == {"feed", "page", "json", "path", "full_text"}


def test_init_writes_the_config_and_the_samples(tmp_path: Path) -> None:
    started = init(InitRequest(tmp_path / "briefs"))
    assert started.config.read_text(encoding="utf-8") == STARTER
    assert [p.name for p in started.samples] == sorted(p.name for p in UKRAINE.glob("*.txt"))
    assert all(p.read_bytes() == (UKRAINE / p.name).read_bytes() for p in started.samples)
    assert sample_articles() == tuple(sorted(UKRAINE.glob("*.txt")))
    settings = load(started.config)
    assert settings.topic("ukraine").sources == (tmp_path / "briefs" / "samples" / "ukraine",)


def test_init_keeps_what_is_there_unless_forced(tmp_path: Path) -> None:
    (tmp_path / "briefgen.toml").write_text("# mine\n")
    with pytest.raises(OutputError, match=r"briefgen\.toml: already there; keep it, or give --force"):
        init(InitRequest(tmp_path))
    assert (tmp_path / "briefgen.toml").read_text() == "# mine\n"
    assert not (tmp_path / "samples").exists()
    init(InitRequest(tmp_path, force=True))
    assert (tmp_path / "briefgen.toml").read_text() == STARTER


def test_init_then_the_printed_commands(tmp_path: Path, run_cli: Runner) -> None:
    result = run_cli("init", "briefs", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Wrote briefs/briefgen.toml and 11 sample articles in briefs/samples/ukraine."
    assert lines[1] == "Next:"
    commands = [line.split("#")[0].strip() for line in lines[2:5]]
    assert commands == [
        "cd briefs",
        "briefgen build --topic ukraine",
        "briefgen build --topic ukraine --date 2025-03-18",
    ]
    folder = tmp_path / "briefs"
    built = run_cli("build", "--topic", "ukraine", "--date", "2025-03-18", cwd=folder)
    assert built.returncode == 0, built.stderr
    pdf = Path(built.stdout.strip())
    assert pdf == folder / "output" / "ukraine" / "2025-03-18.pdf"
    pages, text = pdf_text(pdf)
    assert pages == 1 and "Ukraine ceasefire talks" in text and "NEXT STEPS" in text
    again = run_cli("init", "briefs", cwd=tmp_path)
    assert again.returncode == 1
    assert (
        again.stderr
        == "briefgen: error: briefs/briefgen.toml: already there; keep it, or give --force to write it anew\n"
    )
