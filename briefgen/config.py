"""Settings and topics: briefgen.toml files checked whole against one schema, then layered.

Precedence, highest first: command-line flags (`--db`, `--templates`, `--timeout`) > `BRIEFGEN_*`
variables > the project file (`--config`, else `$BRIEFGEN_CONFIG`, else ./briefgen.toml) > the
user file (briefgen.toml in the user config folder, e.g. ~/.config/briefgen/) > built-in defaults.
Tables merge key by key ([smtp] host in the user file, port in the project file); a topic is
taken whole from the last file that defines it. Paths are relative to the file that names them.

Every file is checked against the schema below (pydantic): a wrong type, an unknown key (with
the nearest known one: "did you mean 'keywords'?") or a bad value is a ConfigError naming the
file, the line and the key, and the run stops with exit 2 before anything is read or written.

A new setting is a field on its table's model (FileSchema, TopicTable, FetchTable, SmtpTable, SiteTable),
then a field of the dataclass the rest of briefgen reads, filled in `_merge`. It is then checked
in every file, settable by a BRIEFGEN_* variable (scalars of the top level, [fetch], [smtp]), and
the tests ask for it in starter.STARTER and in docs/usage.md.
"""

from __future__ import annotations

import difflib
import email.utils
import os
import re
import tomllib
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta, tzinfo
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

import platformdirs
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    ValidationError,
    model_validator,
)

from . import clock
from .errors import ConfigError
from .sources.web import redact
from .text import clean, printable, squash
from .topics import check_topic_name, is_topic_name

CONFIG_NAME = "briefgen.toml"
DB_NAME = "briefgen.sqlite3"
ENV_PREFIX = "BRIEFGEN_"

SOURCE_KINDS = ("path", "feed", "page", "json")
SECURITY = ("none", "starttls", "ssl")
_DEFAULT_PORT = {"none": 25, "starttls": 587, "ssl": 465}


# --- What the rest of briefgen sees --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Source:
    """One configured source: a file or folder (`path`), an RSS/Atom `feed` (URL or file), a web
    `page` (URL), or a JSON/JSONL `json` dump (file). `location` is a URL or an absolute path."""

    kind: str
    location: str
    full_text: bool = False  # a feed whose entries are summaries: fetch each entry's page for its text

    @property
    def remote(self) -> bool:
        """Only `briefgen fetch` can read it (over the network); build then reads the store."""
        return self.location.lower().startswith(("http://", "https://"))

    @property
    def label(self) -> str:
        """The location as it may be shown, logged and stored: a password in a URL is `***`."""
        return redact(self.location)

    def __str__(self) -> str:
        return self.label


@dataclass(frozen=True, slots=True)
class Topic:
    name: str
    title: str
    keywords: tuple[str, ...]
    sources: tuple[Path, ...]  # the files and folders among `specs` (read directly by build)
    specs: tuple[Source, ...] = ()  # every configured source, in order
    recipients: tuple[str, ...] = ()  # who the brief is mailed to: "a@b.org" or "Name <a@b.org>"

    @property
    def fetched(self) -> bool:
        """Its briefs come from the store: some source is on the network."""
        return any(s.remote for s in self.specs)


@dataclass(frozen=True, slots=True)
class Smtp:
    """The [smtp] table. User and password never live here: only in the environment."""

    host: str | None
    port: int
    security: str  # none | starttls | ssl
    sender: str  # "briefs@example.org" or "Briefs <briefs@example.org>"
    timeout: float = 20.0  # seconds per SMTP command; retries are bounded separately
    ca_file: Path | None = None  # a private CA for the relay's certificate (else the system's)
    # Seconds to wait for the relay's answer to the end of a message (RFC 5321 4.5.3.2.6: ten
    # minutes): the relay has the whole message then, and giving up makes the outcome unknown.
    data_timeout: float = 600.0
    # An unknown outcome is not sent again by a run before this much time has passed (None: never).
    resend_unknown_after: timedelta | None = timedelta(hours=12)
    catch_up_days: int = 3  # a run also mails the briefs of the last N days to those still owed them


@dataclass(frozen=True, slots=True)
class Fetching:
    """The [fetch] table: how long and how much one request, and one source, may take."""

    timeout: float = 20.0  # seconds to connect and for each read; a request ends after 3x
    contact: str | None = None  # added to the User-Agent
    source_seconds: float = 120.0  # a whole source (a feed and its full_text pages)
    source_megabytes: float = 50.0  # bytes read for one source, pages included


@dataclass(frozen=True, slots=True)
class SiteSettings:
    """The [site] table: the website of every brief (`briefgen site`; `build --all` updates it)."""

    folder: Path
    base_url: str | None = None  # where it is published: absolute links in its feeds and calendars


@dataclass(frozen=True, slots=True)
class Flags:
    """The settings a command line gives: they override every file and variable."""

    db: Path | None = None
    templates: Path | None = None
    fetch_timeout: float | None = None


@dataclass(frozen=True, slots=True)
class Config:
    path: Path | None  # the project file read (else the user file), None when running on defaults
    base: Path  # the project file's folder (else the working folder): where defaults live
    topics: dict[str, Topic] = field(default_factory=dict)
    sources: tuple[Path, ...] = ()  # where an unconfigured topic looks
    specs: tuple[Source, ...] = ()  # the same, every kind
    fetch: Fetching = field(default_factory=Fetching)  # the [fetch] table
    output: Path = Path("output")
    templates: Path | None = None
    smtp: Smtp | None = None  # the [smtp] table, None when no layer has one
    db: Path = Path(DB_NAME)  # the store
    workers: int | None = None  # processes that read and analyse articles (None: one per core)
    files: tuple[Path, ...] = ()  # every file read, lowest precedence first
    timezone: str | None = None  # IANA name: the zone whose days name briefs (None: the machine's)
    site: SiteSettings | None = None  # the [site] table, None when no layer has one

    @property
    def zone(self) -> tzinfo | None:
        """The zone of the day (see clock.py); None is the machine's local zone."""
        return clock.zone(self.timezone)

    @property
    def fetch_timeout(self) -> float:
        return self.fetch.timeout

    @property
    def fetch_contact(self) -> str | None:
        return self.fetch.contact

    @property
    def site_folder(self) -> Path:
        """Where `briefgen site` writes: [site] folder, else site/ next to the config."""
        return self.site.folder if self.site else self.base / "site"

    @property
    def name(self) -> str:
        """How messages name the configuration: its file, or briefgen.toml when there is none."""
        return str(self.path or CONFIG_NAME)

    def selected(self, name: str | None, every: bool) -> list[Topic]:
        """The topics a run asks for: every configured one (`--all`), or the one named."""
        if not every:
            return [self.topic(name or "")]
        if not self.topics:
            raise ConfigError(f"{self.name}: no [topics.NAME] configured")
        return list(self.topics.values())

    def topic(self, name: str) -> Topic:
        """A configured topic, or one that matches its own name in the default sources."""
        check_topic_name(name)
        if name in self.topics:
            return self.topics[name]
        words = tuple(w for w in re.split(r"[-_.]+", name) if w)
        return Topic(name, _title(name), (" ".join(words),), self.sources, self.specs)


def user_config_path() -> Path:
    """briefgen.toml in the user config folder (~/.config/briefgen/ on Linux, $XDG_CONFIG_HOME honoured)."""
    return platformdirs.user_config_path("briefgen", appauthor=False) / CONFIG_NAME


def default_db() -> Path:
    """The store when nothing names one: briefgen.sqlite3 in the user data folder."""
    return platformdirs.user_data_path("briefgen", appauthor=False) / DB_NAME


# --- Addresses (also used for recipients given elsewhere) --------------------------------------

# An addr-spec as people write it: no quoting, comments or routes; ASCII only (SMTPUTF8 is not
# assumed of the relay). The domain may be a single label (root@localhost on a local relay).
_LOCAL = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_ADDR_SPEC = re.compile(rf"{_LOCAL}@{_LABEL}(?:\.{_LABEL})*")


def address_problem(value: str) -> str | None:
    """Why `value` is not "a@b.org" or "Name <a@b.org>"; None when it is one."""
    if any(unicodedata.category(c) in ("Cc", "Zl", "Zp") for c in value):
        return f"{value!r} contains a line break or control character"
    pairs = email.utils.getaddresses([value])
    if len(pairs) != 1 or not _ADDR_SPEC.fullmatch(pairs[0][1]) or len(pairs[0][1]) > 254:
        hint = " (one address per string)" if "," in value or ";" in value else ""
        if not value.rpartition("<")[2].isascii():
            hint = " (non-ASCII addresses are not supported; write the domain in its xn-- form)"
        return f"{value!r} is not an email address{hint}"
    return None


def parse_address(value: object, where: str) -> tuple[str, str]:
    """(display name, addr-spec) of "a@b.org" or "Name <a@b.org>"; a clear error naming `where` otherwise."""
    if not isinstance(value, str):
        raise ConfigError(f"{where}: {value!r} is not an email address (a string like 'name@example.org')")
    problem = address_problem(value)
    if problem:
        raise ConfigError(f"{where}: {problem}")
    name, addr = email.utils.getaddresses([value])[0]
    return " ".join(name.split()), addr


# --- The schema: what a briefgen.toml may hold ----------------------------------------------------


def _is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def _check(rule: Callable[[Any], str | None]) -> AfterValidator:
    """A validator from a rule that returns what is wrong (None when nothing is)."""

    def validate(value: Any) -> Any:
        problem = rule(value)
        if problem:
            raise ValueError(problem)
        return value

    return AfterValidator(validate)


def _one_or_many(value: object) -> object:
    """`keywords = "chip"` is `keywords = ["chip"]`; likewise one recipient."""
    return [value] if isinstance(value, str) else value


def _one_source_or_many(value: object) -> object:
    """`sources = "clips"` and `sources = {feed = ...}` are lists of one."""
    return [value] if isinstance(value, str | dict) else value


def _bare_source(value: str) -> str | None:
    if not value.strip():
        return "a source cannot be empty"
    if "://" in value and not _is_url(value):
        return f"{value!r}: only http and https addresses can be fetched"
    return None


class _Table(BaseModel):
    # Strict: TOML already has types, so "25" is not a port and 1 is not true.
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class SourceTable(_Table):
    """{feed = ...}, {page = ...}, {json = ...} or {path = ...}; `full_text` on a feed URL."""

    feed: str | None = None
    page: str | None = None
    json_: str | None = Field(None, alias="json")
    path: str | None = None
    full_text: bool | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> SourceTable:
        given = {kind: getattr(self, kind if kind != "json" else "json_") for kind in SOURCE_KINDS}
        kinds = [k for k, v in given.items() if v is not None]
        if len(kinds) != 1:
            raise ValueError("give exactly one of feed, page, json or path in a source table")
        kind = kinds[0]
        location = given[kind] or ""
        if not location.strip():
            raise ValueError(f"{{{kind} = ...}} must be a path or URL")
        if self.full_text is not None and kind != "feed":
            raise ValueError(f"{{{kind} = {location!r}}}: full_text = true|false goes on a feed")
        if self.full_text and not _is_url(location):
            raise ValueError("full_text needs a feed URL (its entries' pages are fetched)")
        if _is_url(location) and kind in ("path", "json"):
            raise ValueError(f"{{{kind} = {location!r}}} must be a file or folder; a URL is a feed or page")
        if not _is_url(location) and kind == "page":
            raise ValueError(f"{{page = {location!r}}} must be an http(s) URL")
        if "://" in location and not _is_url(location):
            raise ValueError(f"{location!r}: only http and https addresses can be fetched")
        return self

    @property
    def kind(self) -> str:
        return next(k for k in SOURCE_KINDS if getattr(self, k if k != "json" else "json_") is not None)

    @property
    def location(self) -> str:
        return str(getattr(self, self.kind if self.kind != "json" else "json_"))


_TAGS = ("text", "table")  # a source given as a string, or as a table (they appear in error locations)


def _entry_kind(value: object) -> str | None:
    return "text" if isinstance(value, str) else "table" if isinstance(value, dict) else None


SourceEntry = Annotated[
    Annotated[Annotated[str, _check(_bare_source)], Tag("text")] | Annotated[SourceTable, Tag("table")],
    Discriminator(
        _entry_kind,
        custom_error_type="source",
        custom_error_message="a source is a path, a feed URL, or a table {feed|page|json|path = ...}",
    ),
]
Sources = Annotated[list[SourceEntry], BeforeValidator(_one_source_or_many)]
Address = Annotated[str, _check(address_problem)]
TopicName = Annotated[
    str,
    _check(
        lambda name: (
            None
            if is_topic_name(name)
            else f"{name!r} is not a topic name (letters, digits, '-', '_', '.'; at most 64)"
        )
    ),
]


def _host_problem(host: str) -> str | None:
    return None if host.strip() and not any(c.isspace() for c in host) else f"{host!r} is not a host name"


def _contact_problem(contact: str) -> str | None:
    ok = re.fullmatch(r"[\x21-\x7e ]{1,120}", contact)
    return None if ok else "must be a short ASCII string (an e-mail address or URL)"


class TopicTable(_Table):
    """[topics.NAME]"""

    title: str | None = None  # shown on the page and in the mail (default: the name, capitalised)
    keywords: Annotated[list[str], BeforeValidator(_one_or_many)] | None = None  # default: the name
    sources: Sources | None = None  # default: the top-level sources
    recipients: Annotated[list[Address], BeforeValidator(_one_or_many)] = []


def _zone_problem(name: str) -> str | None:
    try:
        clock.zone(name)
    except Exception:
        return f"{name!r} is not a time zone (an IANA name like 'Europe/Paris' or 'UTC')"
    return None


def _duration_problem(value: str) -> str | None:
    if value == "never" or clock.duration(value) is not None:
        return None
    return f'{value!r} must be a duration (90m, 12h, 2d) or "never"'


class FetchTable(_Table):
    """[fetch]"""

    timeout: float | None = Field(None, gt=0, le=600)  # seconds to connect and per read; a request ends after 3x
    contact: Annotated[str, _check(_contact_problem)] | None = None  # added to the User-Agent
    source_seconds: float | None = Field(None, gt=0, le=3600)  # a whole source, full_text pages included
    source_megabytes: float | None = Field(None, gt=0, le=1000)  # bytes of one source, full_text pages included


class SmtpTable(_Table):
    """[smtp]"""

    host: Annotated[str, _check(_host_problem)] | None = None
    port: int | None = Field(None, ge=1, le=65535)
    security: Literal["none", "starttls", "ssl"] | None = None
    sender: Address | None = None
    timeout: float | None = Field(None, gt=0, le=300)  # seconds per SMTP command
    data_timeout: float | None = Field(None, gt=0, le=3600)  # seconds for the answer to a message's end
    resend_unknown_after: Annotated[str, _check(_duration_problem)] | None = None  # "12h", or "never"
    catch_up_days: int | None = Field(None, ge=0, le=31)  # earlier days' briefs still owed, mailed by a run
    ca_file: str | None = None  # a private CA for the relay's certificate


def base_url_problem(url: str) -> str | None:
    """Why `url` cannot be where a site is published (the base of its absolute links): an http(s)
    address with a host and no query, fragment or space. One rule for [site] base_url and --base-url."""
    try:
        parts = urlsplit(url)
    except ValueError:  # a bracketed host that is not one: http://[::1
        parts = urlsplit("")
    spaced = any(c.isspace() for c in url)
    if parts.scheme in ("http", "https") and parts.netloc and not (parts.query or parts.fragment or spaced):
        return None
    return f"{url!r} is not an http(s) address like https://briefs.example.org/"


class SiteTable(_Table):
    """[site]"""

    folder: str | None = None  # where `briefgen site` writes (default: site/ next to the config)
    base_url: Annotated[str, _check(base_url_problem)] | None = None  # where it is published


class FileSchema(_Table):
    """A whole briefgen.toml."""

    sources: Sources | None = None  # where a topic that is not configured looks
    output: str | None = None  # briefs go to <output>/<topic>/<date>.<format>
    templates: str | None = None  # a folder whose templates override the shipped ones
    db: str | None = None  # the store
    workers: int | None = Field(None, ge=1, le=512)  # processes that read and analyse (default: one per core)
    timezone: Annotated[str, _check(_zone_problem)] | None = None  # the zone of the day (default: the machine's)
    fetch: FetchTable | None = None
    smtp: SmtpTable | None = None
    site: SiteTable | None = None
    topics: dict[TopicName, TopicTable] = {}


TABLES: dict[str, type[_Table]] = {"": FileSchema, "fetch": FetchTable, "smtp": SmtpTable, "site": SiteTable}

# The settings a variable can give: BRIEFGEN_<KEY> for the top level, BRIEFGEN_<TABLE>_<KEY>.
ENV_SETTINGS: dict[str, tuple[str, ...]] = {
    f"{ENV_PREFIX}{'_'.join(path).upper()}": path
    for path in [
        ("output",),
        ("templates",),
        ("db",),
        ("workers",),
        ("timezone",),
        *(("fetch", key) for key in FetchTable.model_fields),
        *(("smtp", key) for key in SmtpTable.model_fields),
        *(("site", key) for key in SiteTable.model_fields),
    ]
}


# --- Reading and layering ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Layer:
    """One validated file (or the environment) and the folder its relative paths start from."""

    name: str  # the file, or "environment"
    data: FileSchema
    base: Path


def load(path: Path | None = None, flags: Flags | None = None) -> Config:
    """The settings of this run: every layer read and checked once, merged by precedence.

    A project file named explicitly (`path` or $BRIEFGEN_CONFIG) must exist; ./briefgen.toml and
    the user file are read when they are there."""
    flags = flags or Flags()
    explicit = path or (Path(os.environ["BRIEFGEN_CONFIG"]) if os.environ.get("BRIEFGEN_CONFIG") else None)
    project = explicit or Path(CONFIG_NAME)
    if explicit is not None and not explicit.is_file():
        if explicit.is_dir():
            raise ConfigError(f"{explicit}: the config is a folder, not a file")
        if explicit.exists():  # a device or FIFO: reading it would block or never end
            raise ConfigError(f"{explicit}: the config is not a regular file")
        raise ConfigError(f"{explicit}: config file not found")
    layers: list[_Layer] = []
    user = user_config_path()
    if user.is_file() and not (project.is_file() and _same_file(user, project)):
        layers.append(_read_file(user))
    if project.is_file():
        layers.append(_read_file(project))
    environment = _read_environment(os.environ)
    files = tuple(Path(layer.name) for layer in layers)
    base = project.resolve().parent if project.is_file() else Path.cwd()
    if environment is not None:
        layers.append(environment)
    return _merge(layers, flags, base, files[-1] if files else None, files)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return False


def _read_file(path: Path) -> _Layer:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: config cannot be read ({exc})") from None
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    try:
        data = FileSchema.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(_describe(exc, str(path), text)) from None
    return _Layer(str(path), data, path.resolve().parent)


def _read_environment(environ: Mapping[str, str]) -> _Layer | None:
    """BRIEFGEN_OUTPUT, BRIEFGEN_SMTP_HOST, ...: read as the schema reads a file (from strings)."""
    nested: dict[str, Any] = {}
    for name, key_path in ENV_SETTINGS.items():
        if name in environ:
            table = nested
            for part in key_path[:-1]:
                table = table.setdefault(part, {})
            table[key_path[-1]] = environ[name]
    if not nested:
        return None
    try:
        data = FileSchema.model_validate_strings(nested)
    except ValidationError as exc:
        error = exc.errors(include_url=False)[0]
        name = ENV_PREFIX + "_".join(str(p) for p in error["loc"]).upper()
        raise ConfigError(f"{name}={error.get('input')!r}: {_problem(error, show_value=False)}") from None
    return _Layer("environment", data, Path.cwd())


def _merge(layers: Sequence[_Layer], flags: Flags, base: Path, path: Path | None, files: tuple[Path, ...]) -> Config:
    def last(key_path: tuple[str, ...]) -> tuple[Any, _Layer] | tuple[None, None]:
        """The value of the layer with the highest precedence that sets it."""
        for layer in reversed(layers):
            value: Any = layer.data
            for part in key_path:
                if value is None or part not in value.model_fields_set:
                    break
                value = getattr(value, part)
            else:
                if value is not None:
                    return value, layer
        return None, None

    def file_path(key_path: tuple[str, ...]) -> Path | None:
        value, layer = last(key_path)
        return layer.base / Path(str(value)).expanduser() if layer else None

    raw_sources, named_by = last(("sources",))
    default_specs = _specs(raw_sources, named_by.base) if named_by else ()
    default_specs = default_specs or (Source("path", str(base / "seeds")),)
    topics: dict[str, Topic] = {}
    for layer in layers:
        for name, table in layer.data.topics.items():
            topics.pop(name, None)  # a later file's topic replaces an earlier one, and comes after
            topics[name] = _topic(name, table, layer.base, default_specs)
    smtp = None
    resend = last(("smtp", "resend_unknown_after"))[0] or "12h"
    if any(layer.data.smtp is not None for layer in layers):
        security = last(("smtp", "security"))[0] or "starttls"
        sender = last(("smtp", "sender"))[0]
        if sender is None:
            where = next(layer.name for layer in reversed(layers) if layer.data.smtp is not None)
            raise ConfigError(f'{where}: [smtp] needs sender = "name@example.org" (the From of every brief)')
        smtp = Smtp(
            host=last(("smtp", "host"))[0],
            port=last(("smtp", "port"))[0] or _DEFAULT_PORT[security],
            security=security,
            sender=sender,
            timeout=float(last(("smtp", "timeout"))[0] or 20.0),
            ca_file=file_path(("smtp", "ca_file")),
            data_timeout=float(last(("smtp", "data_timeout"))[0] or 600.0),
            resend_unknown_after=clock.duration(resend) if resend != "never" else None,
            catch_up_days=_first(last(("smtp", "catch_up_days"))[0], 3),
        )
    site = None
    if any(layer.data.site is not None for layer in layers):
        site = SiteSettings(file_path(("site", "folder")) or base / "site", last(("site", "base_url"))[0])
    timeout = flags.fetch_timeout or last(("fetch", "timeout"))[0] or 20.0
    return Config(
        path=path,
        base=base,
        topics=topics,
        sources=tuple(Path(s.location) for s in default_specs if s.kind == "path"),
        specs=default_specs,
        fetch=Fetching(
            timeout=float(timeout),
            contact=last(("fetch", "contact"))[0],
            source_seconds=float(last(("fetch", "source_seconds"))[0] or 120.0),
            source_megabytes=float(last(("fetch", "source_megabytes"))[0] or 50.0),
        ),
        output=file_path(("output",)) or base / "output",
        templates=flags.templates or file_path(("templates",)),
        smtp=smtp,
        db=(flags.db.expanduser() if flags.db else None) or file_path(("db",)) or default_db(),
        workers=last(("workers",))[0],
        files=files,
        timezone=last(("timezone",))[0],
        site=site,
    )


def _first(value: int | None, default: int) -> int:
    """A whole-number setting where 0 means something (catch_up_days = 0: none)."""
    return default if value is None else value


def _topic(name: str, table: TopicTable, base: Path, default_specs: tuple[Source, ...]) -> Topic:
    specs = _specs(table.sources, base) or default_specs
    seen: dict[str, str] = {}
    for item in table.recipients:
        # The same person listed twice still gets one mail.
        seen.setdefault(email.utils.getaddresses([item])[0][1].lower(), item.strip())
    return Topic(
        name=name,
        title=squash(clean(table.title if table.title is not None else _title(name))),
        keywords=tuple(table.keywords) if table.keywords is not None else (name,),
        sources=tuple(Path(s.location) for s in specs if s.kind == "path"),
        specs=specs,
        recipients=tuple(seen.values()),
    )


def _specs(entries: Iterable[str | SourceTable] | None, base: Path) -> tuple[Source, ...]:
    """Checked entries as Sources: a bare string is a path, or a feed when it is an http(s) URL."""
    specs = []
    for entry in entries or ():
        if isinstance(entry, str):
            kind, location, full_text = ("feed" if _is_url(entry) else "path"), entry, False
        else:
            kind, location, full_text = entry.kind, entry.location, bool(entry.full_text)
        specs.append(
            Source(kind, location if _is_url(location) else str(base / Path(location).expanduser()), full_text)
        )
    return tuple(specs)


def _title(name: str) -> str:
    return " ".join(w.capitalize() if w.islower() else w for w in re.split(r"[-_]+", name) if w)


# --- Messages ------------------------------------------------------------------------------------


def _describe(error: ValidationError, where: str, text: str) -> str:
    """One line for what is wrong in a file: the first problem, with its line; how many more."""
    problems = error.errors(include_url=False)
    first = problems[0]
    # The union's tags follow a list index: ('sources', 2, 'table', 'feeed') is item 3's key 'feeed'.
    loc = tuple(
        p for i, p in enumerate(first["loc"]) if not (p in _TAGS and i and isinstance(first["loc"][i - 1], int))
    )
    # A line is found for keys, not list items: ['topics', 't', 'sources'] for sources' item 3.
    keys = [str(p) for p in (loc[: next((i for i, p in enumerate(loc) if isinstance(p, int)), len(loc))])]
    keys = [k for k in keys if k != "[key]"]
    line = _line(text, keys)
    place = f"{where}:{line}" if line else where
    more = f" (and {len(problems) - 1} more problem{'s' * (len(problems) > 2)})" if len(problems) > 1 else ""
    unknown = first["type"] == "extra_forbidden"  # the key is named in the problem
    return f"{place}: {_key(loc[:-1] if unknown else loc)}{_problem(first, loc)}{more}"


def _key(loc: tuple[Any, ...]) -> str:
    """`[topics.ukraine] keywords: `, `[smtp] port: `, `output: `, `[topics.t] sources, item 2: `."""
    if loc and loc[-1] == "[key]":  # the table's own name is wrong: [topics."a b"]
        return f"[{'.'.join(str(p) for p in loc[:-2])}] "
    table, rest = [], list(loc)
    if rest[:1] == ["topics"] and len(rest) >= 2:
        table, rest = rest[:2], rest[2:]
    elif rest[:1] in (["fetch"], ["smtp"], ["site"]):
        table, rest = rest[:1], rest[1:]
    head = f"[{'.'.join(str(p) for p in table)}] " if table else ""
    words = [f"item {p + 1}" if isinstance(p, int) else str(p) for p in rest]
    return f"{head}{', '.join(words)}: " if words else head


def _problem(error: Mapping[str, Any], loc: tuple[Any, ...] = (), show_value: bool = True) -> str:
    kind, ctx, value = error["type"], error.get("ctx") or {}, error.get("input")
    shown = str(value).lower() if isinstance(value, bool) else repr(value)  # as TOML writes it
    got = f" (got {printable(shown)[:60]})" if show_value else ""
    if kind == "extra_forbidden":
        return _unknown(loc)
    messages = {
        "missing": "is required",
        "string_type": "must be a string" + got,
        "int_type": "must be a whole number" + got,
        "int_parsing": "must be a whole number" + got,
        "int_from_float": "must be a whole number" + got,
        "float_type": "must be a number" + got,
        "float_parsing": "must be a number" + got,
        "bool_type": "must be true or false" + got,
        "bool_parsing": "must be true or false" + got,
        "list_type": "must be a list" + got,
        "dict_type": "must be a table" + got,
        "model_type": "must be a table" + got,
        "model_attributes_type": "must be a table" + got,
        "literal_error": f"must be one of {ctx.get('expected', '')}" + got,
        "greater_than": f"must be more than {ctx.get('gt', 0):g}" + got,
        "greater_than_equal": f"must be at least {ctx.get('ge', 0):g}" + got,
        "less_than": f"must be less than {ctx.get('lt', 0):g}" + got,
        "less_than_equal": f"must be at most {ctx.get('le', 0):g}" + got,
        "source": str(error["msg"]) + got,
    }
    if kind in messages:
        return messages[kind]
    message = str(error["msg"]).removeprefix("Value error, ")
    return message[:1].lower() + message[1:]


def _unknown(loc: tuple[Any, ...]) -> str:
    key = str(loc[-1])
    known = list(_known_keys(loc[:-1]))
    near = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    hint = f"did you mean {near[0]!r}?" if near else f"known: {', '.join(known)}"
    return f"unknown key {key!r} ({hint})"


def _known_keys(table: tuple[Any, ...]) -> Iterable[str]:
    names = [p for p in table if isinstance(p, str)]
    if names[:1] == ["topics"] and len(names) == 2:
        return TopicTable.model_fields
    if "sources" in names:
        return (*SOURCE_KINDS, "full_text")
    model = TABLES.get(names[0] if names else "", FileSchema)
    return (f.alias or name for name, f in model.model_fields.items())


_HEADER = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
_NAME = re.compile(r"\"([^\"]*)\"|'([^']*)'|([A-Za-z0-9_-]+)")


def _line(text: str, keys: list[str]) -> int | None:
    """The line of `keys` (['topics', 'ukraine', 'keywrods']) in a TOML text, when it can be found:
    a table header naming it, or its `key =` line in its table. Best effort: None otherwise."""
    lines = text.splitlines()
    section: tuple[str, ...] = ()
    wanted_table = tuple(keys[:-1])
    key_line = re.compile(rf"^\s*(?:\"{re.escape(keys[-1])}\"|'{re.escape(keys[-1])}'|{re.escape(keys[-1])})\s*[=.]")
    for number, line in enumerate(lines, 1):
        header = _HEADER.match(line)
        if header:
            section = tuple(next(g for g in m.groups() if g is not None) for m in _NAME.finditer(header.group(1)))
            if section[: len(keys)] == tuple(keys):
                return number
        elif section == wanted_table and key_line.match(line):
            return number
    return None
