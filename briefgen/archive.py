"""The record of briefs: every build keeps its brief and the files it wrote in the store, so that
`briefgen site` can list every brief the desk has made and lay each out again.

A brief is kept as JSON of the `Brief` model itself (not of the JSON format, which leaves out what
the page shows: roles, periods, what is new), encoded field by field from the dataclasses' type
hints, so a field added to the model is kept without a change here. Article texts are left out
(they are in the folders or the store's articles); the page needs only the articles' names.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import sqlite3
import types
import typing
from collections.abc import Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from . import store
from .errors import BriefgenError, RecordError, UsageError
from .models import Brief, Corpus
from .topics import check_topic_name

ORIGINS = ("files", "fetched")  # articles read from folders and files, or fetched into the store


# --- the Brief as JSON and back -----------------------------------------------------------------


def encode(value: Any) -> Any:
    """A frozen-dataclass tree as JSON-ready values: dates as ISO strings, tuples as lists."""
    kind = type(value)
    if kind is str or kind is int or value is None or kind is bool or kind is float:
        return value  # most values, at once (half the time of recording a brief of 10,000 articles)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: encode(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, tuple | list | frozenset | set):
        items = [encode(v) for v in value]
        return sorted(items, key=json.dumps) if isinstance(value, frozenset | set) else items
    if isinstance(value, dict):
        return {str(k): encode(v) for k, v in value.items()}
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"cannot record a {type(value).__name__}")


@functools.cache
def _field_names(kind: type) -> tuple[str, ...]:
    """A dataclass's fields' names, read once per class (a brief of 10,000 articles records
    10,000 of them)."""
    return tuple(f.name for f in dataclasses.fields(kind))


def decode(hint: Any, data: Any, where: str = "brief") -> Any:
    """`data` (from `encode`) as a value of type `hint`; a RecordError names what does not fit."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        arms = typing.get_args(hint)
        if data is None and type(None) in arms:
            return None
        for arm in (a for a in arms if a is not type(None)):
            try:
                return decode(arm, data, where)
            except RecordError:
                continue
        raise RecordError(f"{where}: {data!r:.60} is not of type {hint}")
    if origin in (tuple, list, frozenset, set) and isinstance(data, list):
        args = typing.get_args(hint)
        if origin is tuple and args and args[-1] is not Ellipsis:
            if len(args) != len(data):
                raise RecordError(f"{where}: {len(data)} values for {hint}")
            return tuple(decode(a, d, f"{where}[{i}]") for i, (a, d) in enumerate(zip(args, data, strict=True)))
        item = args[0] if args else Any
        return origin(decode(item, d, f"{where}[{i}]") for i, d in enumerate(data))
    if origin is dict and isinstance(data, dict):
        key_type, value_type = typing.get_args(hint) or (Any, Any)
        return {
            decode(key_type, _key(key_type, k), where): decode(value_type, v, f"{where}.{k}") for k, v in data.items()
        }
    if hint is Any:
        return data
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        if not isinstance(data, dict):
            raise RecordError(f"{where}: not a {hint.__name__}")
        values = {}
        for name, field_hint, required in _fields(hint):
            if name in data:
                values[name] = decode(field_hint, data[name], f"{where}.{name}")
            elif required:
                raise RecordError(f"{where}: no {name!r} (recorded by another version of briefgen)")
        return hint(**values)
    if hint in (date, datetime) and isinstance(data, str):
        try:
            return hint.fromisoformat(data)
        except ValueError:
            raise RecordError(f"{where}: {data!r:.40} is not a date") from None
    if hint is float and isinstance(data, int | float) and not isinstance(data, bool):
        return float(data)
    if hint in (str, int, bool) and type(data) is hint:
        return data
    if hint is type(None) and data is None:
        return None
    raise RecordError(f"{where}: {data!r:.60} is not of type {getattr(hint, '__name__', hint)}")


@functools.cache
def _fields(cls: type) -> tuple[tuple[str, Any, bool], ...]:
    """(name, type, required) of a dataclass's fields, its string annotations resolved once."""
    from .analysis import Analysis  # models.Corpus names it for type checkers only (an import cycle)

    hints = typing.get_type_hints(cls, localns={"Analysis": Analysis})
    return tuple(
        (f.name, hints[f.name], f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING)
        for f in dataclasses.fields(cls)
    )


def _key(key_type: Any, key: str) -> Any:
    # JSON object keys are strings; an int-keyed dict (Corpus.copies) gets its ints back.
    if key_type is int:
        try:
            return int(key)
        except ValueError:
            raise RecordError(f"{key!r:.40} is not a number") from None
    return key


def slim(brief: Brief) -> Brief:
    """The brief as the page shows it: the articles' names without their texts, no sentence index."""
    corpus = brief.corpus
    articles = tuple(dataclasses.replace(a, paragraphs=(), key_points=()) for a in corpus.articles)
    return dataclasses.replace(brief, corpus=Corpus(articles, (), dict(corpus.copies), {}))


def dumps(brief: Brief) -> str:
    return json.dumps(encode(slim(brief)), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def loads(text: str, where: str = "brief") -> Brief:
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise RecordError(f"{where}: not JSON ({exc})") from None
    brief = decode(Brief, data, where)
    assert isinstance(brief, Brief)
    return brief


# --- the record in the store -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RecordedFile:
    path: Path
    format: str
    sha256: str  # of the bytes as written: a file changed since is not this brief's any more
    size: int


@dataclass(frozen=True, slots=True)
class Record:
    """One brief the desk made: a topic's brief of a day, as last built."""

    topic: str  # the topic's name (its folder under output/ and on the site)
    date: date
    origin: str  # one of ORIGINS
    digest: str  # sha256 of the recorded brief: which files show this very brief
    brief: Brief
    files: tuple[RecordedFile, ...]  # the files written of this brief, still showing it

    def file(self, fmt: str) -> RecordedFile | None:
        """A file of this brief in `fmt` still on disk with the bytes written, else None."""
        for f in self.files:
            if f.format == fmt and _unchanged(f):
                return f
        return None


def _unchanged(f: RecordedFile) -> bool:
    try:
        if f.path.stat().st_size != f.size:
            return False
        return hashlib.sha256(f.path.read_bytes()).hexdigest() == f.sha256
    except OSError:
        return False


def record(
    connection: sqlite3.Connection, topic: str, brief: Brief, origin: str, written: Sequence[tuple[Path, str]]
) -> None:
    """Keep the brief and the files just written of it (path, format); building the same topic and
    day again replaces the brief, and files of an earlier version of it are forgotten."""
    if origin not in ORIGINS:
        raise ValueError(origin)
    text = dumps(brief)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    day = brief.date.isoformat()
    stamp = store.now_utc().strftime("%Y-%m-%dT%H:%M:%S")
    with connection:
        connection.execute(
            "INSERT INTO brief_records (topic, date, origin, built_at, digest, brief) VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(topic, date) DO UPDATE SET origin = excluded.origin, built_at = excluded.built_at,"
            " digest = excluded.digest, brief = excluded.brief",
            (topic, day, origin, stamp, digest, text),
        )
        connection.execute("DELETE FROM brief_files WHERE topic = ? AND date = ? AND digest != ?", (topic, day, digest))
        for path, fmt in written:
            if not path.is_file():  # a device or pipe written through (--out /dev/stdout): nothing to link
                continue
            data = path.read_bytes()
            connection.execute(
                "INSERT INTO brief_files (topic, date, path, format, digest, sha256, size, written_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(topic, date, path) DO UPDATE SET"
                " format = excluded.format, digest = excluded.digest, sha256 = excluded.sha256,"
                " size = excluded.size, written_at = excluded.written_at",
                (topic, day, str(path.resolve()), fmt, digest, hashlib.sha256(data).hexdigest(), len(data), stamp),
            )


def record_build(db: Path, topic: str, brief: Brief, origin: str, written: Sequence[tuple[Path, str]]) -> str | None:
    """`record` in the store at `db`; a store that cannot be written is a warning, not a failed
    build (the brief is on disk): the text of that warning, else None."""
    try:
        with closing(store.open_db(db)) as connection:
            record(connection, topic, brief, origin, written)
    except (BriefgenError, sqlite3.Error, OSError) as exc:
        reason = exc.message if isinstance(exc, BriefgenError) else str(exc)
        return f"recording the brief in the store {db} ({reason}): `briefgen site` will not list it"
    return None


def records(connection: sqlite3.Connection, warnings: list[str] | None = None) -> list[Record]:
    """Every recorded brief, by topic then date. One this version cannot read back is left out
    and named in `warnings`."""
    files: dict[tuple[str, str], list[RecordedFile]] = {}
    for topic, day, path, fmt, sha, size in connection.execute(
        "SELECT f.topic, f.date, f.path, f.format, f.sha256, f.size FROM brief_files f"
        " JOIN brief_records r ON r.topic = f.topic AND r.date = f.date AND r.digest = f.digest"
        " ORDER BY f.topic, f.date, f.written_at DESC, f.path"
    ):
        files.setdefault((topic, day), []).append(RecordedFile(Path(path), fmt, sha, size))
    found = []
    for topic, day, origin, digest, text in connection.execute(
        "SELECT topic, date, origin, digest, brief FROM brief_records ORDER BY topic, date"
    ):
        try:
            found.append(_record(topic, day, origin, digest, text, tuple(files.get((topic, day), ()))))
        except RecordError as exc:
            if warnings is not None:
                warnings.append(f"{exc.message}; build it again to list it")
    return found


def _record(topic: Any, day: Any, origin: Any, digest: str, text: str, files: tuple[RecordedFile, ...]) -> Record:
    """A row read back; what a row says is checked, since its topic names a folder of the site."""
    try:
        check_topic_name(topic if isinstance(topic, str) else "")
        recorded_day = date.fromisoformat(day)
    except (UsageError, ValueError, TypeError):
        raise RecordError(f"the brief of {topic!r:.60} {day!r:.20}: not a topic name and a date") from None
    if origin not in ORIGINS:
        raise RecordError(f"the brief of {topic} {day}: origin {origin!r:.20} is not one of {', '.join(ORIGINS)}")
    return Record(topic, recorded_day, origin, digest, loads(text, f"the brief of {topic} {day}"), files)
