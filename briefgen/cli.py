"""The command line: flags become one request per command, the library does the work, and this
module prints what came of it (paths, one line per topic or source, one-line errors, exit codes).

Options that several commands share are declared once, below, and reused. The stages are
imported inside the commands that use them: `--help`, `--version` and shell completion (which runs
briefgen at every Tab) start without WeasyPrint and NLTK.
"""

from __future__ import annotations

import contextlib
import json
import logging
import shlex
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from . import __version__
from .config import Flags
from .config import load as load_config
from .errors import BriefgenError, BusyError
from .models import Format, Method
from .options import DEFAULT_WAIT, BuildRequest, FetchRequest, InitRequest, LedgerRequest, ReadRequest, SiteRequest
from .options import parse_day as _day
from .output import is_stdout

if TYPE_CHECKING:
    from .daily import TopicRun
    from .models import Article
    from .website import SiteResult

app = typer.Typer(
    pretty_exceptions_enable=False,
    help="One-page cited briefs from news articles. Start with `briefgen init`.",
)

# --- Options shared by several commands ----------------------------------------------------------

TopicOption = Annotated[
    str | None,
    typer.Option("--topic", metavar="NAME", help="Topic name (configured in briefgen.toml, or matched by its name)."),
]
DateOption = Annotated[
    str | None, typer.Option("--date", metavar="YYYY-MM-DD", help="The brief's date (default: today).")
]
ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        metavar="FILE",
        help="Config file (default: $BRIEFGEN_CONFIG, else ./briefgen.toml; over the user config file).",
    ),
]
DbOption = Annotated[
    Path | None,
    typer.Option(
        "--db",
        metavar="FILE",
        help="The store (default: $BRIEFGEN_DB, else the config's db, else the user data folder).",
    ),
]
TemplatesOption = Annotated[
    Path | None, typer.Option("--templates", metavar="DIR", help="Folder whose templates override the shipped ones.")
]
DryRunOption = Annotated[
    Path | None, typer.Option("--dry-run", metavar="DIR", help="With --send: write .eml files to this folder instead.")
]
WaitOption = Annotated[
    float,
    typer.Option(
        "--wait", metavar="SECONDS", min=0, help="Seconds to wait for an overlapping mailing run (then exit 75)."
    ),
]
QuietOption = Annotated[
    bool, typer.Option("--quiet", "-q", help="Print errors only: no warnings about skipped files, no summaries.")
]
VerboseOption = Annotated[bool, typer.Option("--verbose", "-v", help="Log each step to stderr.")]
ResendUnknownOption = Annotated[
    bool,
    typer.Option(
        "--resend-unknown",
        help="Also mail the recipients whose outcome is unknown (the relay had the whole message; no answer came).",
    ),
]
PathsArgument = Annotated[list[Path], typer.Argument(help="Article files or folders.")]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"briefgen {__version__}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def _main(
    context: typer.Context,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """One-page cited briefs from news articles. Start with `briefgen init`."""
    if context.invoked_subcommand is None:  # bare `briefgen`: the help is the answer, not an error
        shown = context.get_help()  # Typer's rich help prints itself and returns ""
        if shown:
            typer.echo(shown)
        raise typer.Exit()


# --- Reporting -----------------------------------------------------------------------------------


@contextlib.contextmanager
def _reporting(verbose: bool, quiet: bool = False) -> Iterator[None]:
    """Logging for -v (briefgen's own steps only: WeasyPrint's and fontTools' chatter is not the
    user's business); a BriefgenError becomes one line on stderr and its exit code. The logger is
    left as it was found: a program that runs commands in-process (tests, CliRunner) does not keep
    logging to the stderr of a command that has ended."""
    logger = logging.getLogger("briefgen")
    handler, level = None, logger.level
    if verbose:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    try:
        yield
    except BusyError as error:  # a clean exit: the other run does the work
        typer.echo(f"briefgen: {error.message}", err=True)
        raise typer.Exit(error.exit_code) from None
    except BriefgenError as error:
        _warn(() if quiet else error.warnings)  # why no article was left
        typer.echo(f"briefgen: error: {error.message}", err=True)
        raise typer.Exit(error.exit_code) from None
    finally:
        if handler is not None:
            logger.removeHandler(handler)
            logger.setLevel(level)


def _warn(warnings: tuple[str, ...]) -> None:
    for warning in warnings:
        typer.echo(f"briefgen: warning: skipped {warning}", err=True)


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


def _print_run(run: TopicRun, send: bool, quiet: bool, status: _Status, errors: bool) -> None:
    """A topic's outcome: one line on stdout (none with --quiet), errors on stderr."""
    status.clear()
    if run.error:
        message = run.error.message
        typer.echo(
            f"briefgen: error: {'' if message.startswith(run.topic + ' ') else run.topic + ': '}{message}", err=True
        )
    if run.built:
        if not quiet:
            _warn(run.built.warnings)
            note = f"{run.topic}: built, no recipients configured: " if send else ""
            typer.echo(f"{note}{run.built.path}")
        return
    for sent in ([run.sent] if run.sent else []) + list(run.owed):
        if not quiet:
            _warn(sent.warnings)
            for path in sent.eml:
                typer.echo(str(path))
            if not sent.eml:
                typer.echo(sent.summary())
        problems = sent.errors()
        if not errors and sent is run.sent:
            problems = problems[:-1]  # the last is what daily.run raises
        for problem in problems:
            typer.echo(f"briefgen: error: {problem.message}", err=True)
    if run.owed_error:
        typer.echo(f"briefgen: error: {run.topic}: earlier briefs still owed: {run.owed_error.message}", err=True)


def _print_site(result: SiteResult, quiet: bool, prefix: str = "") -> None:
    """What `briefgen site` (or the site step of `build --all`) did, and the recorded briefs it left out."""
    if not quiet:
        for warning in result.warnings:
            typer.echo(f"briefgen: warning: left out {warning}", err=True)
        typer.echo(f"{prefix}{result.summary()}")


def _unattended(request: BuildRequest, quiet: bool, verbose: bool) -> None:
    """build --send, build --all [--send], send: the runs cron makes."""
    status = _Status(enabled=sys.stderr.isatty() and not quiet and not verbose)
    try:
        from .daily import run

        run(
            request,
            load_config(request.config, request.flags),
            progress=status.show,
            on_result=lambda done: _print_run(done, request.send, quiet, status, errors=request.all_topics),
            on_site=lambda published: _print_site(published, quiet, "site: "),
        )
    finally:
        status.clear()


# --- Commands ------------------------------------------------------------------------------------


@app.command("init")
def init_command(
    folder: Annotated[Path, typer.Argument(help="The folder to set up (made when missing).")] = Path("."),
    force: Annotated[bool, typer.Option("--force", help="Replace an existing briefgen.toml and samples.")] = False,
    verbose: VerboseOption = False,
) -> None:
    """Start here: write a commented briefgen.toml and sample articles, and print what to type next."""
    from . import starter

    with _reporting(verbose):
        started = starter.init(InitRequest(folder, force))
        where = "" if started.folder.resolve() == Path.cwd() else started.folder
        typer.echo(
            f"Wrote {started.config} and {len(started.samples)} sample articles "
            f"in {started.folder / starter.SAMPLES / starter.SAMPLE_TOPIC}."
        )
        commands = [f"cd {shlex.quote(str(where))}"] if where else []
        commands += [
            "briefgen build --topic ukraine                   # a one-page PDF, output/ukraine/<today>.pdf",
            "briefgen build --topic ukraine --date 2025-03-18 # as of the sample's own day, with what comes next",
            "briefgen build --topic ukraine --format md --out -  # the brief as text, here",
        ]
        typer.echo("Next:\n" + "".join(f"  {command}\n" for command in commands[:3]), nl=False)
        typer.echo("Then add a topic of your own to briefgen.toml: its comments show folders, feeds, pages and")
        typer.echo("mail. Or brief any articles: briefgen build --topic NAME --sources FOLDER")


@app.command("build")
def build_command(
    topic: TopicOption = None,
    sources: Annotated[
        list[Path] | None,
        typer.Option(
            "--sources", metavar="PATH", help="Article file or folder; repeatable. Overrides the topic's sources."
        ),
    ] = None,
    brief_date: DateOption = None,
    fmt: Annotated[Format, typer.Option("--format", help="Output format.")] = "pdf",
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            metavar="FILE",
            help="Output file, or - for standard output (default: output/<topic>/<date>.<format>).",
        ),
    ] = None,
    config: ConfigOption = None,
    templates: TemplatesOption = None,
    since: Annotated[
        str | None,
        typer.Option(
            "--since",
            metavar="DURATION|DATE",
            help="Build from the store: articles of the last 24h, 3d, 90m, 1w, or since a date.",
        ),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option(
            "--until",
            metavar="DATE|DURATION",
            help="End of the store window: a date, a time, or a duration ago (default now).",
        ),
    ] = None,
    all_topics: Annotated[
        bool, typer.Option("--all", help="Every topic of briefgen.toml; one failing does not stop the others.")
    ] = False,
    send: Annotated[bool, typer.Option("--send", help="Mail the brief to the topic's recipients (once each).")] = False,
    dry_run: DryRunOption = None,
    db: DbOption = None,
    wait: WaitOption = DEFAULT_WAIT,
    resend_unknown: ResendUnknownOption = False,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Build a one-page brief and print its path; with --send, mail it; with --all, every topic."""
    global _built
    _built = True  # the process may end without freeing what the build made: see entry()
    with _reporting(verbose, quiet):
        request = BuildRequest(
            topic=topic,
            sources=tuple(sources or ()),
            date=_day(brief_date),
            format=fmt,
            out=out,
            since=since,
            until=until,
            all_topics=all_topics,
            send=send,
            dry_run=dry_run,
            wait=wait,
            resend_unknown=resend_unknown,
            config=config,
            flags=Flags(db=db, templates=templates),
        )
        if request.unattended:
            _unattended(request, quiet, verbose)
            return
        from .pipeline import run

        result = run(request, load_config(request.config, request.flags))
        _warn(() if quiet else result.warnings)
        if not is_stdout(result.path):  # the brief itself went there: nothing else is printed
            typer.echo(str(result.path))


@app.command("send")
def send_command(
    topic: Annotated[
        str, typer.Option("--topic", metavar="NAME", help="A topic of briefgen.toml with recipients = [...].")
    ],
    brief_date: DateOption = None,
    config: ConfigOption = None,
    db: DbOption = None,
    dry_run: Annotated[
        Path | None,
        typer.Option("--dry-run", metavar="DIR", help="Write .eml files to this folder instead of sending."),
    ] = None,
    templates: TemplatesOption = None,
    wait: WaitOption = DEFAULT_WAIT,
    resend_unknown: ResendUnknownOption = False,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Mail the topic's brief (output/<topic>/<date>.pdf, built if missing) to recipients not yet served."""
    with _reporting(verbose, quiet):
        request = BuildRequest(
            topic=topic,
            date=_day(brief_date),
            send=True,
            rebuild=False,
            dry_run=dry_run,
            wait=wait,
            resend_unknown=resend_unknown,
            config=config,
            flags=Flags(db=db, templates=templates),
        )
        _unattended(request, quiet, verbose)


@app.command("deliveries")
def deliveries_command(
    topic: Annotated[str | None, typer.Option("--topic", metavar="NAME", help="Only this topic.")] = None,
    brief_date: Annotated[
        str | None, typer.Option("--date", metavar="YYYY-MM-DD", help="Only the briefs of this day.")
    ] = None,
    config: ConfigOption = None,
    db: DbOption = None,
    verbose: VerboseOption = False,
) -> None:
    """What the delivery ledger says: one tab-separated line per brief and recipient."""
    from .deliver import history

    with _reporting(verbose):
        request = LedgerRequest(topic, _day(brief_date), config, Flags(db=db))
        rows = history(load_config(request.config, request.flags).db, request.topic, request.date)
    for day, name, recipient, status, attempts, updated, detail in rows:
        typer.echo(
            "\t".join((day, name, recipient, status, f"{attempts} attempt{'s' * (attempts != 1)}", updated, detail))
        )


@app.command("site")
def site_command(
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", metavar="DIR", help="The site's folder (default: the site folder of the config, else ./site)."
        ),
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option(
            "--base-url",
            metavar="URL",
            help="Where the site is published (https://...): absolute links in feeds, calendars.",
        ),
    ] = None,
    config: ConfigOption = None,
    db: DbOption = None,
    templates: TemplatesOption = None,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Make the website of every recorded brief (pages, feeds, calendars, search) and print what changed."""
    with _reporting(verbose, quiet):
        from .website import site

        request = SiteRequest(out, base_url, config, Flags(db=db, templates=templates))
        result = site(request, load_config(request.config, request.flags))
    _print_site(result, quiet)


@app.command("fetch")
def fetch_command(
    topic: Annotated[str | None, typer.Option("--topic", metavar="NAME", help="Fetch this topic's sources.")] = None,
    all_topics: Annotated[bool, typer.Option("--all", help="Fetch every topic of briefgen.toml.")] = False,
    db: DbOption = None,
    config: ConfigOption = None,
    timeout: Annotated[
        float | None,
        typer.Option(
            "--timeout",
            metavar="SECONDS",
            min=0.1,
            max=600,
            help="Seconds per request (default: the config's fetch timeout, else 20).",
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only failures.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log every request and what it brought.")] = False,
) -> None:
    """Store the articles of a topic's feeds, pages, dumps and files; one line per source."""
    with _reporting(verbose, quiet):
        request = FetchRequest(topic, all_topics, config, Flags(db=db, fetch_timeout=timeout))
        settings = load_config(request.config, request.flags)
        topics = settings.selected(request.topic, request.all_topics)
        sources = sum(len(t.specs or t.sources) for t in topics)
        bar = None
        if sys.stderr.isatty() and not quiet and not verbose:
            bar = typer.progressbar(length=sources, label="fetching", file=sys.stderr)
            bar.__enter__()

        from .fetch import SourceReport, fetch

        def progress(report: SourceReport) -> None:
            if bar is not None:
                bar.update(1)
            where = report.source.label
            if report.error:
                typer.echo(
                    f"briefgen: error: {report.topic}: {report.error.replace(where, _shown(where), 1)}", err=True
                )
            elif not quiet:
                typer.echo(f"{report.topic}: {_shown(where)}: {report.summary()}")
                for warning in report.warnings:
                    typer.echo(f"briefgen: warning: skipped {warning.replace(where, _shown(where), 1)}", err=True)

        try:
            result = fetch(topics, settings.db, progress=progress, limits=settings.fetch, workers=settings.workers)
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
        typer.echo(f"{line} (store: {settings.db})", err=bool(failed and quiet))
    if failed:
        raise typer.Exit(1)


def _shown(location: str) -> str:
    """A path relative to the working folder when it is inside it; URLs as they are."""
    try:
        return str(Path(location).relative_to(Path.cwd()))
    except ValueError:
        return location


def _articles(request: ReadRequest, quiet: bool) -> tuple[Article, ...]:
    """The readable articles of the request; skipped files are reported, none at all is an error."""
    from .sources import collect

    collected = collect(request.paths)
    _warn(() if quiet else collected.warnings)
    logging.getLogger("briefgen.cli").info("%d article(s) read", len(collected.articles))
    if not collected.articles:
        raise BriefgenError(f"{', '.join(map(str, request.paths))}: no readable article")
    return collected.articles


@app.command("summarize")
def summarize_command(
    paths: PathsArgument,
    words: Annotated[int, typer.Option("--words", metavar="N", min=1, help="Word budget of the summary.")] = 100,
    method: Annotated[Method, typer.Option("--method", help="How sentences are chosen.")] = "coverage",
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON list of sentences.")] = False,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Print the multi-article extractive summary of the articles."""
    with _reporting(verbose, quiet):
        request = ReadRequest(tuple(paths), words, method)
        texts = ["\n\n".join((a.title, *a.paragraphs)) for a in _articles(request, quiet)]
        from .selection import summarize

        sentences = summarize(texts, request.words, request.method)
    typer.echo(json.dumps(sentences, ensure_ascii=False, indent=2) if as_json else "\n".join(sentences))


@app.command("quotes")
def quotes_command(
    paths: PathsArgument,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON list of statements.")] = False,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Print who said what: one line per statement (article id, speaker, kind, quote)."""
    with _reporting(verbose, quiet):
        from .attribution import article_quotes

        found = article_quotes(_articles(ReadRequest(tuple(paths)), quiet))
    if as_json:
        typer.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    for item in found:
        typer.echo("\t".join(str(item[key]) for key in ("article", "speaker", "kind", "quote")))


# A build command ran in this process (entry() then ends it without tear-down).
_built = False


def entry() -> None:
    """The console script and `python -m briefgen`: `main()`; after a build, the process ends as soon
    as all it wrote is out, without freeing the build's million objects one by one (finish.py). The
    exit status and everything printed are the same. `main()` itself, which tests and other code
    run in-process, ends with SystemExit as ever."""
    try:
        main()
    except SystemExit as ended:
        if _built and isinstance(ended.code, int):
            from .finish import now

            now(ended.code)  # returns when a normal exit is needed
        raise


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
            message = " ".join(str(format_message()).split()).replace("Value error, ", "")
            typer.echo(f"briefgen: error: {message}", err=True)
            sys.exit(error.exit_code)  # type: ignore[attr-defined]
        # Anything else is a bug of ours: one line for the user, not a traceback.
        typer.echo(f"briefgen: internal error: {type(error).__name__}: {error} (please report it)", err=True)
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)
