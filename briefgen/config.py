"""Settings and topics from TOML: `--config` > `BRIEFGEN_CONFIG` > ./briefgen.toml > built-in defaults."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError, UsageError
from .text import clean, squash

CONFIG_NAME = "briefgen.toml"
_TOPIC_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


@dataclass(frozen=True, slots=True)
class Topic:
    name: str
    title: str
    keywords: tuple[str, ...]
    sources: tuple[Path, ...]


@dataclass(frozen=True, slots=True)
class Config:
    path: Path | None  # the file read, None when running on defaults
    base: Path  # relative paths in the config are relative to this folder
    topics: dict[str, Topic] = field(default_factory=dict)
    sources: tuple[Path, ...] = ()  # where an unconfigured topic looks
    output: Path = Path("output")
    templates: Path | None = None

    def topic(self, name: str) -> Topic:
        """A configured topic, or one that matches its own name in the default sources."""
        check_topic_name(name)
        if name in self.topics:
            return self.topics[name]
        words = tuple(w for w in re.split(r"[-_.]+", name) if w)
        return Topic(name, _title(name), (" ".join(words),), self.sources)


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
            title=squash(clean(str(spec.get("title", _title(name))))),  # shown on the page and in mail
            keywords=_strings(spec.get("keywords", [name]), f"{where} [topics.{name}]", "keywords"),
            sources=_paths(spec.get("sources", []), base, f"{where} [topics.{name}]") or default_sources,
        )
    templates = data.get("templates")
    return Config(
        path=candidate,
        base=base,
        topics=topics,
        sources=default_sources,
        output=base / str(data.get("output", "output")),
        templates=(base / str(templates)) if templates else None,
    )
