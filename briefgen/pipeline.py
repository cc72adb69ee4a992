"""build(): the stages wired together — read (or take from the store) the articles, analyse each
once, rank, fit one page, write the file. Each stage lives in its own module; this one only
connects them."""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Sequence
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from . import archive, novelty, output, store
from . import config as config_module
from .briefing import from_store, make_brief
from .config import Config, Flags
from .errors import InputError, UsageError
from .gather import Gatherer, remembering
from .models import FORMATS, Brief
from .options import BuildRequest
from .render import Renderer, encode

__all__ = ["FORMATS", "BuildResult", "build", "run"]

log = logging.getLogger("briefgen.pipeline")


@dataclass(frozen=True, slots=True)
class BuildResult:
    path: Path
    brief: Brief
    warnings: tuple[str, ...]
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage: read, analyse, rank, fit, write


def build(
    topic: str | None = None,
    sources: Sequence[Path] = (),
    brief_date: date | None = None,
    fmt: str = "pdf",
    out: Path | None = None,
    config: Path | None = None,
    templates: Path | None = None,
    *,
    since: str | None = None,
    until: str | None = None,
    db: Path | None = None,
) -> BuildResult:
    """Build one brief (the Python API): `build("ukraine", brief_date=date(2025, 3, 18), fmt="json")`.

    `sources` given here replace the topic's and are all used (no keyword filter); `config`,
    `templates` and `db` are read as the command line's --config, --templates and --db are."""
    request = BuildRequest(
        topic=topic,
        sources=tuple(sources),
        date=brief_date,
        format=fmt,  # type: ignore[arg-type]  # checked by BuildRequest
        out=out,
        since=since,
        until=until,
        config=config,
        flags=Flags(db=db, templates=templates),
    )
    return run(request, config_module.load(request.config, request.flags))


def run(request: BuildRequest, settings: Config, *, record: bool = True) -> BuildResult:
    """The brief a request asks for, written where it asks.

    A topic with a feed or page among its sources, or any `since`/`until`, is built from the store
    (what `briefgen fetch` put there) within the window, and leads with what is new since its
    previous brief; otherwise the files are read directly (the store remembers what they held). With
    `record`, the brief and the file written are recorded in the store for `briefgen site` (a store
    that cannot be written is a warning: the brief is on disk)."""
    name = request.name
    day = request.date or date.today()
    chosen = settings.topic(name)
    log.info("%s %s: config %s", name, day, ", ".join(map(str, settings.files)) or "(none: defaults)")
    renderer = Renderer.create(settings.templates)
    warnings: list[str] = []
    target = request.out or settings.output / name / f"{day.isoformat()}.{request.format}"
    if request.sources or not (request.since or request.until or chosen.fetched):
        # Files, folders, feed files and dumps, read as they are now on disk.
        origin = "files"
        sources = list(request.sources) or [Path(s.location) for s in chosen.specs] or list(chosen.sources)
        keywords = () if request.sources else chosen.keywords
        kinds = {} if request.sources else {Path(s.location): s.kind for s in chosen.specs}
        with remembering(settings.db, day, settings.workers) as gatherer:
            fitted = make_brief(chosen.title, sources, day, keywords, renderer, warnings, kinds, gatherer)
            path = _write(gatherer, encode(fitted.brief, request.format, renderer, fitted.layout), target)
    else:
        origin = "fetched"
        span = window(request.since, request.until, request.date)
        log.info("%s: articles of the store %s published %s to %s", name, settings.db, *span)
        try:
            with closing(store.open_db(settings.db)) as connection:
                gatherer = Gatherer(connection, day, settings.workers)
                quiet_ok = request.since is None and request.until is None  # the default window: see from_store
                fitted, versions = from_store(connection, chosen, day, span, renderer, gatherer, warnings, quiet_ok)
                path = _write(gatherer, encode(fitted.brief, request.format, renderer, fitted.layout), target)
                # Remembered once the file is there: a failed build is not what the next one compares
                # with; nor is a rebuild of a day whose brief was mailed (its readers got that one).
                if not store.mailed(connection, name, day):
                    store.remember_brief(connection, name, day, novelty.said(fitted.brief), versions)
        except sqlite3.Error as exc:
            raise InputError(f"{settings.db}: the store cannot be used ({exc})") from None
    if record:
        # After the file is there: the record lists what a reader can open (nothing for standard output).
        written = [] if path == output.STDOUT else [(path, request.format)]
        problem = archive.record_build(settings.db, name, fitted.brief, origin, written)
        warnings += [problem] if problem else []
    return BuildResult(path, fitted.brief, tuple(warnings), gatherer.timings)


def _write(gatherer: Gatherer, data: bytes, target: Path) -> Path:
    with gatherer.stage("write"):
        log.info("writing %s (%d bytes)", "standard output" if target == output.STDOUT else target, len(data))
        output.write(target, data)
    return target


_DURATION = re.compile(r"^\s*(\d{1,5})\s*([mhdw])\s*$", re.IGNORECASE)
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def _moment(value: str, option: str, end_of_day: bool) -> datetime:
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(
            f"{option} {value!r} is neither a duration (24h, 3d, 90m, 1w) nor a date (YYYY-MM-DD[THH:MM])"
        ) from None
    if len(value.strip()) <= 10 and end_of_day:  # --until 2025-03-18 includes that day
        moment += timedelta(days=1)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def window(
    since: str | None, until: str | None, brief_date: date | None, now: datetime | None = None
) -> tuple[datetime, datetime]:
    """[start, end) in UTC. `until` defaults to now, or to the end of an explicit past brief date;
    `since` is a duration back from the end or a date/time.

    Without either, a brief of day D holds the articles of the day before D and of D (up to now
    when D is today; days in UTC): a morning run sees the whole of yesterday, its evening
    included, at whatever hour it runs, and a past day built later gets the same window at any
    hour. Consecutive briefs overlap by a day; what the earlier one reported is not repeated
    (novelty.py). A future date, or `--until` alone, gets the 24 hours back from the end."""
    now = now or datetime.now(UTC)
    if until:
        match = _DURATION.match(until)
        end = (
            now - timedelta(**{_UNITS[match.group(2).lower()]: int(match.group(1))})
            if match
            else _moment(until, "--until", True)
        )
    elif brief_date and brief_date < now.date():
        end = datetime.combine(brief_date + timedelta(days=1), time(), UTC)
    else:
        end = now
    if since is None and until is None:
        day = brief_date or now.date()
        return min(datetime.combine(day - timedelta(days=1), time(), UTC), end - timedelta(hours=24)), end
    match = _DURATION.match(since or "24h")
    if match:
        start = end - timedelta(**{_UNITS[match.group(2).lower()]: int(match.group(1))})
    else:
        start = _moment(since or "", "--since", False)
    if start >= end:
        raise UsageError(f"--since {since!r} is not before --until ({end:%Y-%m-%d %H:%M} UTC)")
    return start, end
