"""build(): the stages wired together — read (or take from the store) the articles, analyse each
once, rank, fit one page, write the file. Each stage lives in its own module; this one only
connects them."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from . import archive, clock, collector, novelty, output, store
from . import config as config_module
from .briefing import from_store, make_brief
from .config import Config, Flags
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
    """The brief a request asks for, written where it asks (`_run`); what the build keeps is left
    out of the collector's walks to its end (collector.frozen)."""
    with collector.frozen():
        return _run(request, settings, record)


def _run(request: BuildRequest, settings: Config, record: bool) -> BuildResult:
    """A topic with a feed or page among its sources, or any `since`/`until`, is built from the store
    (what `briefgen fetch` put there) within the window, and leads with what is new since its
    previous brief; otherwise the files are read directly (the store remembers what they held). With
    `record`, the brief and the file written are recorded in the store for `briefgen site` (a store
    that cannot be written is a warning: the brief is on disk)."""
    name = request.name
    day = request.date or clock.today(settings.zone)
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
        start, end = clock.window(request.since, request.until, request.date, settings.zone)
        log.info("%s: articles of the store %s published %s to %s", name, settings.db, start, end)
        try:
            with closing(store.open_db(settings.db)) as connection:
                gatherer = Gatherer(connection, day, settings.workers)
                quiet_ok = request.since is None and request.until is None  # the default window: see from_store
                fitted, versions = from_store(
                    connection, chosen, day, (start, end, settings.zone), renderer, gatherer, warnings, quiet_ok
                )
                path = _write(gatherer, encode(fitted.brief, request.format, renderer, fitted.layout), target)
                # Remembered once the file is there: a failed build is not what the next one compares
                # with; nor is a rebuild of a day whose brief was mailed (its readers got that one).
                if not store.mailed(connection, name, day):
                    store.remember_brief(connection, name, day, novelty.said(fitted.brief), versions)
        except sqlite3.Error as exc:
            raise store.failure(settings.db, exc) from None
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
