"""The command line: parse options, call the library, print paths and one-line errors."""

from __future__ import annotations

import contextlib
import json
import logging
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from . import daily, store
from .config import load as load_config
from .errors import BriefgenError, BusyError, UsageError
from .fetch import SourceReport, fetch
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


RESEND_HELP = (
    "Also mail the recipients whose outcome is unknown (the relay had the whole message but its answer never came)."
)


def _fail(error: BriefgenError) -> None:
    typer.echo(f"briefgen: error: {error.message}", err=True)
    raise typer.Exit(error.exit_code)


def _warn(warnings: tuple[str, ...]) -> None:
    for warning in warnings:
        typer.echo(f"briefgen: warning: skipped {warning}", err=True)


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
    quiet: Annotated[
        bool,
        typer.Option(
            "--quiet", "-q", help="Do not print warnings about skipped files; with --send/--all, errors only."
        ),
    ] = False,
    since: Annotated[
        str | None,
        typer.Option(
            help="Build from the store: articles of the last 24h, 3d, 90m, 1w, or since a date (default 24h)."
        ),
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="End of the store window: a date, a time, or a duration ago (default now).")
    ] = None,
    all_topics: Annotated[
        bool, typer.Option("--all", help="Every topic of briefgen.toml; one failing does not stop the others.")
    ] = False,
    send: Annotated[bool, typer.Option("--send", help="Mail the brief to the topic's recipients (once each).")] = False,
    dry_run: Annotated[Path | None, typer.Option(help="With --send: write .eml files to this folder instead.")] = None,
    db: Annotated[Path | None, typer.Option(help="The store (default: $BRIEFGEN_DB or the user data folder).")] = None,
    wait: Annotated[
        float, typer.Option(min=0, help="Seconds to wait for an overlapping run (then exit 75).")
    ] = daily.DEFAULT_WAIT,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log each step to stderr.")] = False,
    resend_unknown: Annotated[bool, typer.Option("--resend-unknown", help=RESEND_HELP)] = False,
) -> None:
    """Build a one-page brief and print its path; with --send, mail it; with --all, every topic."""
    if all_topics or send or dry_run:
        _mail_run(
            topic=topic,
            sources=sources,
            brief_date=brief_date,
            fmt=fmt,
            out=out,
            config=config,
            templates=templates,
            quiet=quiet,
            all_topics=all_topics,
            send=send,
            dry_run=dry_run,
            db=db,
            wait=wait,
            verbose=verbose,
            rebuild=True,
            since=since,
            until=until,
            resend_unknown=resend_unknown,
        )
        return
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
        _warn(() if quiet else error.warnings)  # why no article was left
        _fail(error)
        return
    _warn(() if quiet else result.warnings)
    typer.echo(str(result.path))


@app.command("send")
def send_command(
    topic: Annotated[str, typer.Option(help="A topic of briefgen.toml with recipients = [...].")],
    brief_date: Annotated[
        str | None, typer.Option("--date", help="The brief's date, YYYY-MM-DD (default: today).")
    ] = None,
    config: Annotated[
        Path | None, typer.Option(help="Config file (default: $BRIEFGEN_CONFIG or ./briefgen.toml).")
    ] = None,
    db: Annotated[Path | None, typer.Option(help="The store (default: $BRIEFGEN_DB or the user data folder).")] = None,
    dry_run: Annotated[Path | None, typer.Option(help="Write .eml files to this folder instead of sending.")] = None,
    templates: Annotated[Path | None, typer.Option(help="Folder whose templates override the shipped ones.")] = None,
    wait: Annotated[
        float, typer.Option(min=0, help="Seconds to wait for an overlapping run (then exit 75).")
    ] = daily.DEFAULT_WAIT,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print errors only.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log each step to stderr.")] = False,
    resend_unknown: Annotated[bool, typer.Option("--resend-unknown", help=RESEND_HELP)] = False,
) -> None:
    """Mail the topic's brief (output/<topic>/<date>.pdf, built if missing) to recipients not yet served."""
    _mail_run(
        topic=topic,
        sources=None,
        brief_date=brief_date,
        fmt="pdf",
        out=None,
        config=config,
        templates=templates,
        quiet=quiet,
        all_topics=False,
        send=True,
        dry_run=dry_run,
        db=db,
        wait=wait,
        verbose=verbose,
        rebuild=False,
        resend_unknown=resend_unknown,
    )


@app.command("deliveries")
def deliveries_command(
    topic: Annotated[str | None, typer.Option(help="Only this topic.")] = None,
    brief_date: Annotated[str | None, typer.Option("--date", help="Only the briefs of this day, YYYY-MM-DD.")] = None,
    db: Annotated[Path | None, typer.Option(help="The store (default: $BRIEFGEN_DB or the user data folder).")] = None,
) -> None:
    """What the delivery ledger says: one tab-separated line per brief and recipient."""
    from .deliver import Ledger

    try:
        path = store.db_path(db)
        if not path.is_file():
            raise BriefgenError(f"{path}: no store yet (nothing was ever mailed with it)")
        ledger = Ledger.open(path)
        try:
            rows = ledger.history(topic, _parse_date(brief_date))
        finally:
            ledger.close()
    except BriefgenError as error:
        _fail(error)
        return
    for day, name, recipient, status, attempts, updated, detail in rows:
        typer.echo(
            "\t".join((day, name, recipient, status, f"{attempts} attempt{'s' * (attempts != 1)}", updated, detail))
        )


def _mail_run(
    *,
    topic: str | None,
    sources: list[Path] | None,
    brief_date: str | None,
    fmt: str,
    out: Path | None,
    config: Path | None,
    templates: Path | None,
    quiet: bool,
    all_topics: bool,
    send: bool,
    dry_run: Path | None,
    db: Path | None,
    wait: float,
    verbose: bool,
    rebuild: bool,
    since: str | None = None,
    until: str | None = None,
    resend_unknown: bool = False,
) -> None:
    """build --send, build --all [--send], send: the unattended runs."""
    if verbose:
        # briefgen's own steps only: WeasyPrint's and fontTools' chatter is not the operator's business.
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s: %(message)s"))
        logging.getLogger("briefgen").addHandler(handler)
        logging.getLogger("briefgen").setLevel(logging.INFO)
    status = _Status(enabled=sys.stderr.isatty() and not quiet and not verbose)
    try:
        day = _parse_date(brief_date)  # None: today in the config's time zone
        if dry_run and not send:
            raise UsageError("--dry-run goes with --send: it writes the mails instead of sending them")
        if send and fmt != "pdf":
            raise UsageError("--send mails the PDF brief: leave out --format")
        if all_topics and (topic or sources or out):
            raise UsageError("--all builds every configured topic: leave out --topic, --sources and --out")
        if not all_topics and not topic:
            raise UsageError("give --topic NAME (a topic of briefgen.toml with recipients), or --all")
        with contextlib.ExitStack() as stack:
            stack.enter_context(daily.stop_on_sigterm())
            if send and not dry_run:
                stack.enter_context(daily.run_lock(store.db_path(db), wait))
            if all_topics:
                runs = daily.run_all(
                    day,
                    send=send,
                    config=config,
                    db=db,
                    templates=templates,
                    dry_run=dry_run,
                    progress=status.show,
                    on_result=lambda run: _print_run(run, send, quiet, status, errors=True),
                    since=since,
                    until=until,
                    resend_unknown=resend_unknown,
                )
                stopped = [run.topic for run in runs if isinstance(run.error, daily.Stopped)]
                if stopped:
                    raise daily.Stopped(
                        f"stopped by SIGTERM; not finished: {', '.join(stopped)} (a rerun completes them)"
                    )
                failed = [run.topic for run in runs if run.failed]
                if failed:
                    raise BriefgenError(f"{len(failed)} of {len(runs)} topics failed: {', '.join(failed)}")
                return
            assert topic is not None
            sent = daily.mail_topic(
                topic,
                day,
                config=config,
                db=db,
                rebuild=rebuild,
                sources=sources or [],
                out=out,
                templates=templates,
                dry_run=dry_run,
                progress=status.show,
                since=since,
                until=until,
                resend_unknown=resend_unknown,
            )
            _print_run(daily.TopicRun(topic, sent=sent), send, quiet, status)
            errors = sent.errors()
            for error in errors[:-1]:
                typer.echo(f"briefgen: error: {error.message}", err=True)
            if errors:
                raise errors[-1]
    except BusyError as error:
        status.clear()  # a clean exit: the other run does the work
        typer.echo(f"briefgen: {error.message}", err=True)
        raise typer.Exit(error.exit_code) from None
    except BriefgenError as error:
        status.clear()
        _fail(error)


class _Status:
    """A one-line progress display on stderr, for people at a terminal only (never in cron mail)."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.shown = False

    def show(self, text: str) -> None:
        if self.enabled:
            sys.stderr.write(f"\r\x1b[K{text}…")
            sys.stderr.flush()
            self.shown = True

    def clear(self) -> None:
        if self.shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()
            self.shown = False


def _print_run(run: daily.TopicRun, send: bool, quiet: bool, status: _Status, errors: bool = False) -> None:
    """A topic's outcome: one line on stdout (none with --quiet), errors on stderr."""
    status.clear()
    if run.error:
        message = run.error.message
        typer.echo(
            f"briefgen: error: {'' if message.startswith(run.topic + ' ') else run.topic + ': '}{message}", err=True
        )
    if run.built:
        if not quiet:
            for warning in run.built.warnings:
                typer.echo(f"briefgen: warning: skipped {warning}", err=True)
            note = f"{run.topic}: built, no recipients configured: " if send else ""
            typer.echo(f"{note}{run.built.path}")
        return
    for sent in ([run.sent] if run.sent else []) + list(run.owed):
        if not quiet:
            for warning in sent.warnings:
                typer.echo(f"briefgen: warning: skipped {warning}", err=True)
            for path in sent.eml:
                typer.echo(str(path))
            if not sent.eml:
                typer.echo(sent.summary())
        if errors or sent is not run.sent:
            for error in sent.errors():
                typer.echo(f"briefgen: error: {error.message}", err=True)
    if run.owed_error:
        typer.echo(f"briefgen: error: {run.topic}: earlier briefs still owed: {run.owed_error.message}", err=True)


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
        path = store.db_path(db)
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
        where = report.source.label
        if report.error:
            typer.echo(f"briefgen: error: {report.topic}: {report.error.replace(where, _shown(where), 1)}", err=True)
        elif not quiet:
            typer.echo(f"{report.topic}: {_shown(where)}: {report.summary()}")
            for warning in report.warnings:
                typer.echo(f"briefgen: warning: skipped {warning.replace(where, _shown(where), 1)}", err=True)

    try:
        result = fetch(topics, path, timeout, progress, limits=settings.fetch)
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
