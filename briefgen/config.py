"""Settings and topics from TOML: `--config` > `BRIEFGEN_CONFIG` > ./briefgen.toml > built-in defaults."""

from __future__ import annotations

import email.utils
import os
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from datetime import timedelta, tzinfo
from pathlib import Path

from . import clock
from .errors import InputError, UsageError
from .sources.web import redact
from .text import clean, squash

CONFIG_NAME = "briefgen.toml"
_TOPIC_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


SOURCE_KINDS = ("path", "feed", "page", "json")


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
class Config:
    path: Path | None  # the file read, None when running on defaults
    base: Path  # relative paths in the config are relative to this folder
    topics: dict[str, Topic] = field(default_factory=dict)
    sources: tuple[Path, ...] = ()  # where an unconfigured topic looks
    specs: tuple[Source, ...] = ()  # the same, every kind
    fetch: Fetching = field(default_factory=lambda: Fetching())  # the [fetch] table
    timezone: str | None = None  # IANA name: the zone whose days name briefs (None: the machine's)
    output: Path = Path("output")
    templates: Path | None = None
    smtp: Smtp | None = None  # the [smtp] table, None when the config has none

    @property
    def zone(self) -> tzinfo | None:
        return clock.zone(self.timezone)

    @property
    def fetch_timeout(self) -> float:
        return self.fetch.timeout

    @property
    def fetch_contact(self) -> str | None:
        return self.fetch.contact

    def topic(self, name: str) -> Topic:
        """A configured topic, or one that matches its own name in the default sources."""
        check_topic_name(name)
        if name in self.topics:
            return self.topics[name]
        words = tuple(w for w in re.split(r"[-_.]+", name) if w)
        return Topic(name, _title(name), (" ".join(words),), self.sources, self.specs)


@dataclass(frozen=True, slots=True)
class Fetching:
    """The [fetch] table: how long and how much one request, and one source, may take."""

    timeout: float = 20.0  # seconds to connect and for each read; a request ends after 3x
    contact: str | None = None  # added to the User-Agent
    source_seconds: float = 120.0  # a whole source (a feed and its full_text pages)
    source_megabytes: float = 50.0  # bytes read for one source, pages included


SECURITY = ("none", "starttls", "ssl")
_DEFAULT_PORT = {"none": 25, "starttls": 587, "ssl": 465}
_SMTP_KEYS = (
    "host",
    "port",
    "security",
    "sender",
    "timeout",
    "data_timeout",
    "resend_unknown_after",
    "catch_up_days",
    "ca_file",
)
# An addr-spec as people write it: no quoting, comments or routes; ASCII only (SMTPUTF8 is not
# assumed of the relay). The domain may be a single label (root@localhost on a local relay).
_LOCAL = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_ADDR_SPEC = re.compile(rf"{_LOCAL}@{_LABEL}(?:\.{_LABEL})*")


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


def parse_address(value: object, where: str) -> tuple[str, str]:
    """(display name, addr-spec) of "a@b.org" or "Name <a@b.org>"; a clear error naming `where` otherwise."""
    if not isinstance(value, str):
        raise InputError(f"{where}: {value!r} is not an email address (a string like 'name@example.org')")
    if any(unicodedata.category(c) in ("Cc", "Zl", "Zp") for c in value):
        raise InputError(f"{where}: {value!r} contains a line break or control character")
    pairs = email.utils.getaddresses([value])
    if len(pairs) != 1 or not _ADDR_SPEC.fullmatch(pairs[0][1]) or len(pairs[0][1]) > 254:
        hint = " (one address per string)" if "," in value or ";" in value else ""
        if not value.rpartition("<")[2].isascii():
            hint = " (non-ASCII addresses are not supported; write the domain in its xn-- form)"
        raise InputError(f"{where}: {value!r} is not an email address{hint}")
    name, addr = pairs[0]
    return " ".join(name.split()), addr


def _smtp(data: object, base: Path, where: str) -> Smtp:
    if not isinstance(data, dict):
        raise InputError(f"{where}: [smtp] must be a table")
    unknown = sorted(set(data) - set(_SMTP_KEYS))
    if unknown:
        raise InputError(f"{where}: unknown key {unknown[0]!r} in [smtp] (known: {', '.join(_SMTP_KEYS)})")
    security = data.get("security", "starttls")
    if security not in SECURITY:
        raise InputError(f"{where}: [smtp] security = {security!r} is not one of {', '.join(SECURITY)}")
    host = data.get("host")
    if host is not None and (not isinstance(host, str) or not host.strip() or any(c.isspace() for c in host)):
        raise InputError(f"{where}: [smtp] host = {host!r} is not a host name")
    port = data.get("port", _DEFAULT_PORT[security])
    if not isinstance(port, int) or isinstance(port, bool) or not 0 < port < 65536:
        raise InputError(f"{where}: [smtp] port = {port!r} is not a port number (1-65535)")
    timeout = _number(data, "timeout", 20.0, 300, f"{where}: [smtp]")
    data_timeout = _number(data, "data_timeout", 600.0, 3600, f"{where}: [smtp]")
    catch_up = data.get("catch_up_days", 3)
    if not isinstance(catch_up, int) or isinstance(catch_up, bool) or not 0 <= catch_up <= 31:
        raise InputError(f"{where}: [smtp] catch_up_days = {catch_up!r} must be a whole number of days (0-31)")
    resend = data.get("resend_unknown_after", "12h")
    resend_after = clock.duration(resend) if isinstance(resend, str) else None
    if resend != "never" and resend_after is None:
        raise InputError(
            f'{where}: [smtp] resend_unknown_after = {resend!r} must be a duration (90m, 12h, 2d) or "never"'
        )
    if "sender" not in data:
        raise InputError(f'{where}: [smtp] needs sender = "name@example.org" (the From of every brief)')
    parse_address(data["sender"], f"{where} [smtp] sender")
    ca_file = data.get("ca_file")
    if ca_file is not None and not isinstance(ca_file, str):
        raise InputError(f"{where}: [smtp] ca_file must be a path")
    return Smtp(
        host=host,
        port=port,
        security=security,
        sender=data["sender"],
        timeout=timeout,
        ca_file=base / Path(ca_file).expanduser() if ca_file else None,
        data_timeout=data_timeout,
        resend_unknown_after=resend_after,
        catch_up_days=catch_up,
    )


def _number(data: dict[str, object], key: str, default: float, most: float, where: str, unit: str = "seconds") -> float:
    """A positive number of seconds (or megabytes) up to `most`; InputError naming the key otherwise."""
    value = data.get(key, default)
    if not isinstance(value, int | float) or isinstance(value, bool) or not 0 < value <= most:
        raise InputError(f"{where} {key} = {value!r} must be a number of {unit} (0-{most:g})")
    return float(value)


def _fetching(data: object, where: str) -> Fetching:
    if not isinstance(data, dict):
        raise InputError(f"{where}: [fetch] must be a table")
    known = ("timeout", "contact", "source_seconds", "source_megabytes")
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise InputError(f"{where}: unknown key {unknown[0]!r} in [fetch] (known: {', '.join(known)})")
    contact = data.get("contact")
    if contact is not None and (not isinstance(contact, str) or not re.fullmatch(r"[\x21-\x7e ]{1,120}", contact)):
        raise InputError(f"{where}: [fetch] contact must be a short ASCII string (an e-mail address or URL)")
    table = f"{where}: [fetch]"
    return Fetching(
        timeout=_number(data, "timeout", 20.0, 600, table),
        contact=contact,
        source_seconds=_number(data, "source_seconds", 120.0, 3600, table),
        source_megabytes=_number(data, "source_megabytes", 50.0, 1000, table, "megabytes"),
    )


def _recipients(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise InputError(f"{where}: 'recipients' must be a list of email addresses")
    seen: dict[str, str] = {}
    for item in value:
        _, addr = parse_address(item, f"{where} recipients")
        # The same person listed twice still gets one mail.
        seen.setdefault(addr.lower(), item.strip())
    return tuple(seen.values())


def check_topic_name(name: str) -> None:
    if not _TOPIC_NAME.fullmatch(name) or ".." in name:
        raise UsageError(f"--topic {name!r} is not a topic name: use letters, digits, '-', '_' or '.' (no paths)")


def _title(name: str) -> str:
    return " ".join(w.capitalize() if w.islower() else w for w in re.split(r"[-_]+", name) if w)


def _paths(value: object, base: Path, where: str) -> tuple[Path, ...]:
    return tuple(Path(s.location) for s in _specs(value, base, where) if s.kind == "path")


def _spec(value: object, base: Path, where: str) -> Source:
    """A bare string is a path, or a feed when it is an http(s) URL; a table names its kind."""
    if isinstance(value, str):
        kind, location = ("feed" if _is_url(value) else "path"), value
    elif isinstance(value, dict) and len(kinds := [k for k in value if k in SOURCE_KINDS]) == 1:
        kind = kinds[0]
        location = value[kind]
        if not isinstance(location, str) or not location.strip():
            raise InputError(f"{where}: source {{{kind} = ...}} must be a path or URL string")
        options = {k: v for k, v in value.items() if k != kind}
        if options:
            if kind != "feed" or set(options) != {"full_text"} or not isinstance(options["full_text"], bool):
                raise InputError(
                    f"{where}: {{{kind} = {location!r}}}: the only option is full_text = true|false, on a feed"
                )
            if options["full_text"] and not _is_url(location):
                raise InputError(f"{where}: full_text needs a feed URL (its entries' pages are fetched)")
            return Source(kind, location, full_text=options["full_text"])
    else:
        raise InputError(
            f"{where}: a source is a path, a feed URL, or one of {{feed = ...}}, {{page = ...}}, {{json = ...}},"
            f" {{path = ...}}; got {str(value)[:60]!r}"
        )
    if _is_url(location):
        if kind in ("path", "json"):
            raise InputError(f"{where}: {{{kind} = {location!r}}} must be a file or folder; a URL is a feed or page")
        return Source(kind, location)
    if kind == "page":
        raise InputError(f"{where}: {{page = {location!r}}} must be an http(s) URL")
    if "://" in location:
        raise InputError(f"{where}: {location!r}: only http and https addresses can be fetched")
    return Source(kind, str(base / Path(location).expanduser()))


def _is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def _specs(value: object, base: Path, where: str) -> tuple[Source, ...]:
    if isinstance(value, (str, dict)):
        value = [value]
    if not isinstance(value, list):
        raise InputError(f"{where}: 'sources' must be a list of paths, URLs and {{feed|page|json = ...}} tables")
    return tuple(_spec(v, base, where) for v in value)


def _strings(value: object, where: str, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f"{where}: '{key}' must be a list of strings")
    return tuple(value)


def load(path: Path | None = None) -> Config:
    """Read the config; an explicitly named file that is missing or broken is an error."""
    explicit = path or (Path(os.environ["BRIEFGEN_CONFIG"]) if os.environ.get("BRIEFGEN_CONFIG") else None)
    candidate = explicit or Path(CONFIG_NAME)
    if not candidate.is_file():
        if explicit and explicit.is_dir():
            raise InputError(f"{explicit}: the config is a folder, not a file")
        if explicit and explicit.exists():  # a device or FIFO: reading it would block or never end
            raise InputError(f"{explicit}: the config is not a regular file")
        if explicit:
            raise InputError(f"{explicit}: config file not found")
        return Config(None, Path.cwd(), sources=(Path("seeds"),), specs=(Source("path", "seeds"),))
    try:
        data = tomllib.loads(candidate.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{candidate}: config cannot be read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{candidate}: not valid TOML ({exc})") from None
    base = candidate.resolve().parent
    where = str(candidate)
    topics = {}
    raw_topics = data.get("topics", {})
    if not isinstance(raw_topics, dict):
        raise InputError(f"{where}: [topics] must be a table")
    default_specs = _specs(data.get("sources", []), base, where) or (Source("path", str(base / "seeds")),)
    default_sources = tuple(Path(s.location) for s in default_specs if s.kind == "path")
    for name, spec in raw_topics.items():
        if not isinstance(spec, dict):
            raise InputError(f"{where}: [topics.{name}] must be a table")
        if not _TOPIC_NAME.fullmatch(name) or ".." in name:
            raise InputError(f"{where}: [topics.{name}] is not a topic name (letters, digits, '-', '_', '.')")
        specs = _specs(spec.get("sources", []), base, f"{where} [topics.{name}]") or default_specs
        topics[name] = Topic(
            name=name,
            title=squash(clean(str(spec.get("title", _title(name))))),  # shown on the page and in mail
            keywords=_strings(spec.get("keywords", [name]), f"{where} [topics.{name}]", "keywords"),
            sources=tuple(Path(s.location) for s in specs if s.kind == "path"),
            specs=specs,
            recipients=_recipients(spec.get("recipients", []), f"{where} [topics.{name}]"),
        )
    templates = data.get("templates")
    timezone = data.get("timezone")
    if timezone is not None:
        if not isinstance(timezone, str):
            raise InputError(f"{where}: timezone must be a string (an IANA name like 'Europe/Paris')")
        clock.zone(timezone, f"{where}: timezone")
    return Config(
        path=candidate,
        base=base,
        topics=topics,
        sources=default_sources,
        specs=default_specs,
        fetch=_fetching(data.get("fetch", {}), where),
        timezone=timezone,
        output=base / str(data.get("output", "output")),
        templates=(base / str(templates)) if templates else None,
        smtp=_smtp(data["smtp"], base, where) if "smtp" in data else None,
    )
