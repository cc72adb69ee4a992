"""The command line: parse options, call the library, print paths and one-line errors."""

from __future__ import annotations

import json
import logging
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from .config import load as load_config
from .errors import BriefgenError, UsageError
from .fetch import SourceReport, fetch
from .pipeline import FORMATS, build
from .selection import METHODS, summarize
from .sources import collect
from .sources.textfile import EARLIEST, LATEST
from .store import db_path

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
    since: Annotated[
        str | None,
        typer.Option(
            help="Build from the store: articles of the last 24h, 3d, 90m, 1w, or since a date (default 24h)."
        ),
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="End of the store window: a date, a time, or a duration ago (default now).")
    ] = None,
    db: Annotated[Path | None, typer.Option(help="The store (default: $BRIEFGEN_DB or the user data folder).")] = None,
) -> None:
    """Build a one-page brief and print its path."""
    try:
        if not topic and not sources:
            raise UsageError("give --topic NAME, or --sources PATH to brief on given articles")
        result = build(
            topic,
            sources or [],
            _parse_date(brief_date),
            fmt,
            out,
            config,
            templates,
            since=since,
            until=until,
            db=db,
        )
    except BriefgenError as error:
        _fail(error)
        return
    if not quiet:
        for warning in result.warnings:
            typer.echo(f"briefgen: warning: skipped {warning}", err=True)
    typer.echo(str(result.path))


@app.command("fetch")
def fetch_command(
    topic: Annotated[str | None, typer.Option(help="Fetch this topic's sources.")] = None,
    all_topics: Annotated[bool, typer.Option("--all", help="Fetch every topic of briefgen.toml.")] = False,
    db: Annotated[Path | None, typer.Option(help="The store (default: $BRIEFGEN_DB or the user data folder).")] = None,
    config: Annotated[
        Path | None, typer.Option(help="Config file (default: $BRIEFGEN_CONFIG or ./briefgen.toml).")
    ] = None,
    timeout: Annotated[
        float | None,
        typer.Option(min=0.1, max=600, help="Seconds per request (default: the config's fetch timeout, else 20)."),
    ] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log every request and what it brought.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only failures.")] = False,
) -> None:
    """Store the articles of a topic's feeds, pages, dumps and files; one line per source."""
    try:
        if bool(topic) == all_topics:
            raise UsageError("give --topic NAME or --all")
        settings = load_config(config)
        if all_topics and not settings.topics:
            raise UsageError(f"{settings.path or 'no briefgen.toml'}: no [topics] to fetch")
        topics = list(settings.topics.values()) if all_topics else [settings.topic(topic or "")]
        path = db_path(db)
    except BriefgenError as error:
        _fail(error)
        return
    if verbose:
        logging.basicConfig(level=logging.INFO, format="briefgen: %(message)s", stream=sys.stderr)
    sources = sum(len(t.specs or t.sources) for t in topics)
    bar = None
    if sys.stderr.isatty() and not quiet and not verbose:
        bar = typer.progressbar(length=sources, label="fetching", file=sys.stderr)
        bar.__enter__()

    def progress(report: SourceReport) -> None:
        if bar is not None:
            bar.update(1)
        where = report.source.location
        if report.error:
            typer.echo(f"briefgen: error: {report.topic}: {report.error.replace(where, _shown(where), 1)}", err=True)
        elif not quiet:
            typer.echo(f"{report.topic}: {_shown(where)}: {report.summary()}")
            for warning in report.warnings:
                typer.echo(f"briefgen: warning: skipped {warning.replace(where, _shown(where), 1)}", err=True)

    try:
        result = fetch(topics, path, timeout or settings.fetch_timeout, progress, settings.fetch_contact)
    except BriefgenError as error:
        _fail(error)
        return
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    failed = len(result.failed)
    if not quiet or failed:
        noun = "topic" if len(topics) == 1 else "topics"
        new, sources = result.count("new"), len(result.reports)
        line = f"{len(topics)} {noun}, {sources} source{'s' * (sources != 1)}: {new} new article{'s' * (new != 1)}"
        line += f", {result.count('updated')} updated" if result.count("updated") else ""
        line += f"; {failed} source{'s' if failed != 1 else ''} failed" if failed else ""
        typer.echo(f"{line} (store: {path})", err=bool(failed and quiet))
    if failed:
        raise typer.Exit(1)


def _shown(location: str) -> str:
    """A path relative to the working folder when it is inside it; URLs as they are."""
    try:
        return str(Path(location).relative_to(Path.cwd()))
    except ValueError:
        return location


@app.command("summarize")
def summarize_command(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders.")],
    words: Annotated[int, typer.Option(min=1, help="Word budget of the summary.")] = 100,
    method: Annotated[str, typer.Option(help=f"Selection method: {', '.join(METHODS)}.")] = "coverage",
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON list of sentences.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
) -> None:
    """Print the multi-article extractive summary of the articles."""
    collected = collect(paths)
    if not quiet:
        for warning in collected.warnings:
            typer.echo(f"briefgen: warning: skipped {warning}", err=True)
    if not collected.articles:
        _fail(BriefgenError(f"{', '.join(map(str, paths))}: no readable article"))
    texts = ["\n\n".join((a.title, *a.paragraphs)) for a in collected.articles]
    try:
        sentences = summarize(texts, words, method)
    except BriefgenError as error:
        _fail(error)
    typer.echo(json.dumps(sentences, ensure_ascii=False, indent=2) if as_json else "\n".join(sentences))


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
