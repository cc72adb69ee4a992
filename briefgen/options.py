"""What a command is asked to do: one frozen request per command, its options checked together once.

The command line only maps flags onto these (cli.py), and Python callers can make them directly;
a request that exists is consistent, so no later stage checks an option again. Settings that a
config file can also give (the store, the templates, the fetch timeout) travel as `Flags`, which
config.load puts above every file and variable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .config import Flags, base_url_problem
from .errors import UsageError
from .models import EARLIEST, FORMATS, LATEST, METHODS, Format, Method
from .output import STDOUT
from .topics import check_topic_name

DEFAULT_WAIT = 60.0  # seconds a mailing run waits for an overlapping one before it gives up (exit 75)


def parse_day(value: str | None, option: str = "--date") -> date | None:
    """A `YYYY-MM-DD` option as a date (None when not given)."""
    if value is None:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option} {value!r} is not a date in the form YYYY-MM-DD") from None
    if not EARLIEST <= day <= LATEST:
        raise UsageError(f"{option} {value!r} is not between {EARLIEST.year} and {LATEST.year}")
    return day


@dataclass(frozen=True, slots=True)
class BuildRequest:
    """`briefgen build` and `briefgen send`: which brief(s), of which day, where to, and whether to mail.

    `send` is a build request that mails and, with `rebuild=False`, reuses the PDF already on disk."""

    topic: str | None = None
    sources: tuple[Path, ...] = ()  # files and folders that replace the topic's sources (no keyword filter)
    date: date | None = None  # None: today
    format: Format = "pdf"
    out: Path | None = None  # None: <output>/<topic>/<date>.<format>; STDOUT: standard output
    since: str | None = None  # a window of the store: 24h, 3d, a date ...
    until: str | None = None
    all_topics: bool = False  # every configured topic
    send: bool = False  # mail the PDF to the topic's recipients (each once)
    dry_run: Path | None = None  # with send: write .eml files here instead
    rebuild: bool = True  # False (`send`): mail the PDF already built for the day, when there is one
    wait: float = DEFAULT_WAIT  # seconds to wait for an overlapping mailing run
    resend_unknown: bool = False  # with send: also mail those whose outcome is unknown (see deliver.py)
    config: Path | None = None
    flags: Flags = field(default_factory=Flags)

    def __post_init__(self) -> None:
        if self.format not in FORMATS:
            raise UsageError(f"--format {self.format!r} is not one of {', '.join(FORMATS)}")
        if self.topic is not None:
            check_topic_name(self.topic)
        if self.dry_run and not self.send:
            raise UsageError("--dry-run goes with --send: it writes the mails instead of sending them")
        if self.send and self.format != "pdf":
            raise UsageError("--send mails the PDF brief: leave out --format")
        if self.all_topics and (self.topic or self.sources or self.out):
            raise UsageError("--all builds every configured topic: leave out --topic, --sources and --out")
        if self.out == STDOUT and self.send:
            raise UsageError("--out - writes the brief to standard output: not with --send")
        if self.sources and (self.since or self.until):
            raise UsageError("--since and --until choose articles from the store; --sources reads files directly")
        if self.unattended and not self.all_topics and not self.topic:
            raise UsageError("give --topic NAME (a topic of briefgen.toml with recipients), or --all")
        if not self.topic and not self.sources and not self.all_topics:
            raise UsageError("give --topic NAME, or --sources PATH to brief on given articles")
        if self.wait < 0:
            raise UsageError(f"--wait {self.wait:g}: a number of seconds, 0 or more")
        if self.resend_unknown and not self.send:
            raise UsageError("--resend-unknown goes with --send: it mails again those whose outcome is unknown")

    @property
    def unattended(self) -> bool:
        """A run for cron: mailing, or every topic (daily.run does it, topic by topic)."""
        return self.send or self.all_topics

    @property
    def name(self) -> str:
        """The brief's name: its topic, or `brief` for given sources."""
        return self.topic or "brief"


@dataclass(frozen=True, slots=True)
class FetchRequest:
    """`briefgen fetch`: the sources of one topic or of all, into the store."""

    topic: str | None = None
    all_topics: bool = False
    config: Path | None = None
    flags: Flags = field(default_factory=Flags)

    def __post_init__(self) -> None:
        if bool(self.topic) == self.all_topics:
            raise UsageError("give --topic NAME or --all")
        if self.topic is not None:
            check_topic_name(self.topic)


@dataclass(frozen=True, slots=True)
class ReadRequest:
    """`briefgen summarize` and `briefgen quotes`: articles named on the command line."""

    paths: tuple[Path, ...]
    words: int = 100  # summarize: the word budget
    method: Method = "coverage"  # summarize: how sentences are chosen

    def __post_init__(self) -> None:
        if not self.paths:
            raise UsageError("name at least one article file or folder")
        if self.words < 1:
            raise UsageError(f"--words {self.words}: at least 1")
        if self.method not in METHODS:
            raise UsageError(f"--method {self.method!r} is not one of {', '.join(METHODS)}")


@dataclass(frozen=True, slots=True)
class LedgerRequest:
    """`briefgen deliveries`: what the delivery ledger says, for a topic and/or a day."""

    topic: str | None = None
    date: date | None = None
    config: Path | None = None
    flags: Flags = field(default_factory=Flags)


def site_address(value: str) -> str:
    """Where a site is published, as a base for links: an http(s) address ending in '/'."""
    problem = base_url_problem(value)
    if problem:
        raise UsageError(f"--base-url {problem}")
    return value if value.endswith("/") else value + "/"


@dataclass(frozen=True, slots=True)
class SiteRequest:
    """`briefgen site`: the website of every recorded brief, where to put it and where it is published."""

    out: Path | None = None  # None: the config's [site] folder, else site/ next to the config
    base_url: str | None = None  # None: the config's [site] base_url, else links relative to each file
    config: Path | None = None
    flags: Flags = field(default_factory=Flags)

    def __post_init__(self) -> None:
        if self.base_url is not None:
            site_address(self.base_url)
        if self.out == STDOUT:
            raise UsageError("--out names the site's folder: a website is many files, not standard output")


@dataclass(frozen=True, slots=True)
class InitRequest:
    """`briefgen init`: a folder to start in."""

    folder: Path = Path(".")
    force: bool = False  # replace an existing briefgen.toml
