"""The command line: parse options, call the library, print paths and one-line errors."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from .errors import BriefgenError, UsageError
from .models import Article
from .pipeline import FORMATS, build
from .quotes import article_quotes
from .selection import METHODS, summarize
from .sources import collect
from .sources.textfile import EARLIEST, LATEST

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="One-page cited briefs from news articles.",
)


def _fail(error: BriefgenError) -> None:
    typer.echo(f"briefgen: error: {error.message}", err=True)
    raise typer.Exit(error.exit_code)


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--date {value!r} is not a date in the form YYYY-MM-DD") from None
    if not EARLIEST <= day <= LATEST:
        raise UsageError(f"--date {value!r} is not between {EARLIEST.year} and {LATEST.year}")
    return day


@app.command("build")
def build_command(
    topic: Annotated[
        str | None, typer.Option(help="Topic name (configured in briefgen.toml, or matched by its name).")
    ] = None,
    sources: Annotated[
        list[Path] | None,
        typer.Option("--sources", help="Article file or folder; repeatable. Overrides the topic's sources."),
    ] = None,
    brief_date: Annotated[
        str | None, typer.Option("--date", help="The brief's date, YYYY-MM-DD (default: today).")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help=f"Output format: {', '.join(FORMATS)}.")] = "pdf",
    out: Annotated[Path | None, typer.Option(help="Output file (default: output/<topic>/<date>.<format>).")] = None,
    config: Annotated[
        Path | None, typer.Option(help="Config file (default: $BRIEFGEN_CONFIG or ./briefgen.toml).")
    ] = None,
    templates: Annotated[Path | None, typer.Option(help="Folder whose templates override the shipped ones.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Do not print warnings about skipped files.")] = False,
) -> None:
    """Build a one-page brief and print its path."""
    try:
        if not topic and not sources:
            raise UsageError("give --topic NAME, or --sources PATH to brief on given articles")
        result = build(topic, sources or [], _parse_date(brief_date), fmt, out, config, templates)
    except BriefgenError as error:
        _fail(error)
        return
    if not quiet:
        for warning in result.warnings:
            typer.echo(f"briefgen: warning: skipped {warning}", err=True)
    typer.echo(str(result.path))


def _articles(paths: list[Path], quiet: bool) -> tuple[Article, ...]:
    """The readable articles under `paths`; skipped files are reported, none at all is an error."""
    collected = collect(paths)
    if not quiet:
        for warning in collected.warnings:
            typer.echo(f"briefgen: warning: skipped {warning}", err=True)
    if not collected.articles:
        _fail(BriefgenError(f"{', '.join(map(str, paths))}: no readable article"))
    return collected.articles


@app.command("summarize")
def summarize_command(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders.")],
    words: Annotated[int, typer.Option(min=1, help="Word budget of the summary.")] = 100,
    method: Annotated[str, typer.Option(help=f"Selection method: {', '.join(METHODS)}.")] = "coverage",
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON list of sentences.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
) -> None:
    """Print the multi-article extractive summary of the articles."""
    texts = ["\n\n".join((a.title, *a.paragraphs)) for a in _articles(paths, quiet)]
    try:
        sentences = summarize(texts, words, method)
    except BriefgenError as error:
        _fail(error)
    typer.echo(json.dumps(sentences, ensure_ascii=False, indent=2) if as_json else "\n".join(sentences))


@app.command("quotes")
def quotes_command(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON list of statements.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
) -> None:
    """Print who said what: one line per statement (article id, speaker, kind, quote)."""
    found = article_quotes(_articles(paths, quiet))
    if as_json:
        typer.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    for item in found:
        typer.echo("\t".join(str(item[key]) for key in ("article", "speaker", "kind", "quote")))


def main() -> None:
    """Run the CLI: every failure ends as one line on stderr and an exit code, never a traceback."""
    try:
        code = app(standalone_mode=False)
    except (KeyboardInterrupt, typer.Abort):
        typer.echo("briefgen: interrupted", err=True)
        sys.exit(130)
    except Exception as error:
        # Typer's own parse errors (unknown option, missing value) carry a message and an exit
        # code; shown as is they would be drawn in a box.
        format_message = getattr(error, "format_message", None)
        if callable(format_message) and isinstance(getattr(error, "exit_code", None), int):
            typer.echo(f"briefgen: error: {' '.join(str(format_message()).split())}", err=True)
            sys.exit(error.exit_code)  # type: ignore[attr-defined]
        # Anything else is a bug of ours: one line for the user, not a traceback.
        typer.echo(f"briefgen: internal error: {type(error).__name__}: {error} (please report it)", err=True)
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)
