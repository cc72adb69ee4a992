"""Settings and topics from TOML: `--config` > `BRIEFGEN_CONFIG` > ./briefgen.toml > built-in defaults."""

from __future__ import annotations

import email.utils
import os
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError, UsageError

CONFIG_NAME = "briefgen.toml"
_TOPIC_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


@dataclass(frozen=True, slots=True)
class Topic:
    name: str
    title: str
    keywords: tuple[str, ...]
    sources: tuple[Path, ...]
    recipients: tuple[str, ...] = ()  # who the brief is mailed to: "a@b.org" or "Name <a@b.org>"


@dataclass(frozen=True, slots=True)
class Config:
    path: Path | None  # the file read, None when running on defaults
    base: Path  # relative paths in the config are relative to this folder
    topics: dict[str, Topic] = field(default_factory=dict)
    sources: tuple[Path, ...] = ()  # where an unconfigured topic looks
    output: Path = Path("output")
    templates: Path | None = None
    smtp: Smtp | None = None  # the [smtp] table, None when the config has none

    def topic(self, name: str) -> Topic:
        """A configured topic, or one that matches its own name in the default sources."""
        check_topic_name(name)
        if name in self.topics:
            return self.topics[name]
        words = tuple(w for w in re.split(r"[-_.]+", name) if w)
        return Topic(name, _title(name), (" ".join(words),), self.sources)


SECURITY = ("none", "starttls", "ssl")
_DEFAULT_PORT = {"none": 25, "starttls": 587, "ssl": 465}
_SMTP_KEYS = ("host", "port", "security", "sender", "timeout", "ca_file")
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
    timeout = data.get("timeout", 20.0)
    if not isinstance(timeout, int | float) or isinstance(timeout, bool) or not 0 < timeout <= 300:
        raise InputError(f"{where}: [smtp] timeout = {timeout!r} must be a number of seconds (0-300)")
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
        timeout=float(timeout),
        ca_file=base / Path(ca_file).expanduser() if ca_file else None,
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
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f"{where}: 'sources' must be a path or a list of paths")
    return tuple((base / Path(v).expanduser()) for v in value)


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
        if explicit:
            raise InputError(f"{explicit}: config file not found")
        return Config(None, Path.cwd(), sources=(Path("seeds"),))
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
    default_sources = _paths(data.get("sources", []), base, where) or (base / "seeds",)
    for name, spec in raw_topics.items():
        if not isinstance(spec, dict):
            raise InputError(f"{where}: [topics.{name}] must be a table")
        if not _TOPIC_NAME.fullmatch(name) or ".." in name:
            raise InputError(f"{where}: [topics.{name}] is not a topic name (letters, digits, '-', '_', '.')")
        topics[name] = Topic(
            name=name,
            title=str(spec.get("title", _title(name))),
            keywords=_strings(spec.get("keywords", [name]), f"{where} [topics.{name}]", "keywords"),
            sources=_paths(spec.get("sources", []), base, f"{where} [topics.{name}]") or default_sources,
            recipients=_recipients(spec.get("recipients", []), f"{where} [topics.{name}]"),
        )
    templates = data.get("templates")
    return Config(
        path=candidate,
        base=base,
        topics=topics,
        sources=default_sources,
        output=base / str(data.get("output", "output")),
        templates=(base / str(templates)) if templates else None,
        smtp=_smtp(data["smtp"], base, where) if "smtp" in data else None,
    )
