"""build(): read the sources, choose the sentences, fit one page, write the file atomically."""

from __future__ import annotations

import dataclasses
import glob
import logging
import os
import re
import sqlite3
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from . import compose, novelty, store
from . import config as config_module
from .config import Topic
from .corpus import sentence_key, stems_of
from .errors import InputError, OutputError, UsageError
from .gather import Gatherer
from .ics import to_ics
from .models import Article, Brief, Corpus
from .positions import positions
from .render import Renderer, to_json, to_markdown
from .selection import Selector
from .sources import matches, newest_within
from .timeline import next_steps

FORMATS = ("pdf", "html", "md", "json", "ics")
log = logging.getLogger("briefgen.pipeline")


@dataclass(frozen=True, slots=True)
class BuildResult:
    path: Path
    brief: Brief
    warnings: tuple[str, ...]
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage: read, analyse, rank, fit, write


def make_brief(
    topic: str,
    sources: Sequence[Path],
    brief_date: date,
    keywords: Sequence[str] = (),
    renderer: Renderer | None = None,
    warnings: list[str] | None = None,
    kinds: dict[Path, str] | None = None,
    gatherer: Gatherer | None = None,
) -> compose.Fitted:
    """The brief's content, fitted to one page with `renderer` (unfitted when None), with its
    layout. `gatherer` reads and analyses (with the store's memory)."""
    gatherer = gatherer or Gatherer(None, brief_date)
    collected = gatherer.collect(sources, keywords, kinds)
    if warnings is not None:
        warnings.extend(collected.warnings)
    if not collected.articles:
        where = ", ".join(str(s) for s in sources) or "(no sources)"
        reason = "no readable article" if not keywords else f"no readable article mentions {', '.join(keywords)!r}"
        raise InputError(f"{where}: {reason}", collected.warnings)
    return brief_of(topic, collected.articles, brief_date, renderer, gatherer=gatherer)


def brief_of(
    topic: str,
    articles: Sequence[Article],
    brief_date: date,
    renderer: Renderer | None = None,
    since: Callable[[compose.Ranked, Corpus], tuple[compose.Ranked, str]] | None = None,
    gatherer: Gatherer | None = None,
) -> compose.Fitted:
    """The brief of these articles; `since` cuts the ranked material to what is new (and says so)."""
    gatherer = gatherer or Gatherer(None, brief_date)
    corpus = gatherer.corpus(articles)
    with gatherer.stage("rank"):
        if since is None:
            ranked, note = rank(corpus, brief_date), None
        else:
            # The cut to what is new drops Situation sentences the earlier brief reported; a future
            # event among them would vanish from the page with them (ranked there, it was kept out
            # of the Next steps). So the schedule is ranked over every sentence, and what the cut
            # leaves on the page elsewhere is then kept out of it.
            ranked, note = since(rank(corpus, brief_date, schedule_all=True), corpus)
            shown = {sentence_key(t) for _, t in novelty.said_ranked(ranked)}
            steps = tuple(s for s in ranked.next_steps if sentence_key(s.text) not in shown)
            ranked = dataclasses.replace(ranked, next_steps=steps[:NEXT_STEPS])
    base = Brief(topic, brief_date, corpus, (), (), (), (), note=note)
    with gatherer.stage("fit"):
        fitted = compose.fit(base, ranked, renderer.document if renderer else None, gatherer.last_fit(topic))
    if renderer:
        gatherer.keep_fit(topic, fitted.counts)
    return fitted


NEXT_STEPS = 8  # candidates for the Next steps; the one-page fit may show fewer


def rank(corpus: Corpus, brief_date: date, schedule_all: bool = False) -> compose.Ranked:
    """Each section's candidates, best first; no sentence appears in two sections (with
    `schedule_all`, next steps may repeat the other sections: the caller sorts that out)."""
    selector = Selector(corpus)
    upcoming = [
        step
        for step in next_steps(corpus, selector.topical, brief_date, limit=NEXT_STEPS * (5 if schedule_all else 3))
        # With no date to anchor it, a next step must be about the story itself: one article's
        # aside on something else ("temperatures will remain mild in the Northwest") is not.
        if step.date or step.period or selector.shares_a_phrase(step.text)
    ]
    # What is set for a given day reads best under Next steps, with its date; the Situation says
    # what is happening. (A week or a month is vaguer: such a sentence may still lead the Situation.)
    dated = [s.text for s in upcoming if s.date is not None]
    scheduled = {sentence_key(t) for t in dated}
    situation = selector.situation(limit=7, skip=scheduled)
    # A bullet that announces a dated next step ("talks start on Sunday") is left to Next steps.
    dated_terms = [frozenset(stems_of(corpus, t)) for t in dated]

    def announced(text: str) -> bool:
        own = frozenset(stems_of(corpus, text))
        return sentence_key(text) in scheduled or any(len(own & t) >= 0.6 * len(own) for t in dated_terms if own)

    key_points = [k for k in selector.key_points(situation, limit=8) if not announced(k.text)][:7]
    # Later sections skip what earlier ones already quote.
    taken = [i.text for i in situation] + [i.text for i in key_points]
    actors = positions(corpus, selector.relevance, taken)[:8]
    taken += [s.text for p in actors for s in p.statements]
    # With `schedule_all` the caller sorts out repeats after its own cut.
    used = set() if schedule_all else {sentence_key(t) for t in taken}
    return compose.Ranked(
        situation=tuple(situation),
        key_points=tuple(key_points),
        positions=tuple(actors),
        next_steps=tuple(
            [s for s in upcoming if sentence_key(s.text) not in used][: len(upcoming) if schedule_all else NEXT_STEPS]
        ),
    )


def write_atomically(path: Path, data: bytes) -> None:
    """Write next to the target and rename: a reader never sees half a file, a failure keeps the old one.

    The temporary file is `.<name>.<pid>.<random>.tmp`; one left by a run that was killed (its
    process is gone) is removed by the next run that writes the same file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_dir():
            raise OutputError(f"{path}: is a folder; give --out a file name")
        remove_stale_temporaries(path)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"{path}: cannot be written ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes the file private; a brief gets the permissions any new file would.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot be written ({exc.strerror or exc})") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def remove_stale_temporaries(path: Path) -> list[Path]:
    """Remove the temporary files of `path` whose writer no longer runs (killed mid-write)."""
    removed = []
    prefix = f".{path.name}."
    for candidate in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        pid = candidate.name[len(prefix) :].split(".", 1)[0]
        if pid.isdigit() and not _running(int(pid)):
            candidate.unlink(missing_ok=True)
            removed.append(candidate)
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    except OverflowError:
        return False
    return True


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
    """Build one brief. `sources` given here override the topic's and are all used (no keyword filter).

    A topic with a feed or page among its sources, or any `since`/`until`, is built from the store
    (what `briefgen fetch` put there) within the window, and leads with what is new since its
    previous brief; otherwise the files are read directly."""
    if fmt not in FORMATS:
        raise UsageError(f"--format {fmt!r} is not one of {', '.join(FORMATS)}")
    settings = config_module.load(config)
    name = topic or "brief"
    config_module.check_topic_name(name)
    day = brief_date or date.today()
    chosen = settings.topic(name)
    if sources and (since or until):
        raise UsageError("--since and --until choose articles from the store; --sources reads files directly")
    renderer = Renderer.create(templates or settings.templates)
    warnings: list[str] = []
    # Every format carries the same one-page brief, so the fit is laid out even for JSON.
    if sources:
        with _cache(db) as connection:
            gatherer = Gatherer(connection, day)
            fitted = make_brief(chosen.title, list(sources), day, (), renderer, warnings, gatherer=gatherer)
    elif since or until or chosen.fetched:
        start, end = window(since, until, brief_date)
        where = store.db_path(db)
        try:
            with closing(store.open_db(where)) as connection:
                quiet_ok = since is None and until is None  # the default window: see _from_store
                gatherer = Gatherer(connection, day)
                fitted, versions = _from_store(
                    connection, chosen, day, start, end, renderer, quiet_ok, gatherer, warnings
                )
                target = out or settings.output / name / f"{day.isoformat()}.{fmt}"
                with gatherer.stage("write"):
                    path = _write(fitted, fmt, target, renderer)
                # Remembered once the file is there: a failed build is not what the next one compares
                # with; nor is a rebuild of a day whose brief was mailed (its readers got that one).
                if not store.mailed(connection, name, day):
                    store.remember_brief(connection, name, day, novelty.said(fitted.brief), versions)
        except sqlite3.Error as exc:
            raise InputError(f"{where}: the store cannot be used ({exc})") from None
        return BuildResult(path, fitted.brief, tuple(warnings), gatherer.timings)
    else:
        # Files, folders, feed files and dumps: read as they are now on disk.
        local = [Path(s.location) for s in chosen.specs] or list(chosen.sources)
        kinds = {Path(s.location): s.kind for s in chosen.specs}
        with _cache(db) as connection:
            gatherer = Gatherer(connection, day)
            fitted = make_brief(chosen.title, local, day, chosen.keywords, renderer, warnings, kinds, gatherer)
    with gatherer.stage("write"):
        path = _write(fitted, fmt, out or settings.output / name / f"{day.isoformat()}.{fmt}", renderer)
    return BuildResult(path, fitted.brief, tuple(warnings), gatherer.timings)


@contextmanager
def _cache(db: Path | None) -> Iterator[sqlite3.Connection | None]:
    """The store, for what it remembers of articles read before; None when it cannot be opened
    (a read-only home folder): the brief is then made without it."""
    try:
        connection = store.open_db(store.db_path(db))
    except InputError as exc:
        log.info("building without the store's memory: %s", exc.message)
        yield None
        return
    try:
        yield connection
    finally:
        connection.close()


def _write(fitted: compose.Fitted, fmt: str, target: Path, renderer: Renderer) -> Path:
    brief = fitted.brief
    if fmt == "pdf":
        data = renderer.pdf(brief, fitted.layout)
    elif fmt == "html":
        data = renderer.html(brief).encode("utf-8")
    elif fmt == "md":
        data = to_markdown(brief).encode("utf-8")
    elif fmt == "ics":
        data = to_ics(brief)
    else:
        data = to_json(brief).encode("utf-8")
    write_atomically(target, data)
    return target


def _stored(connection: sqlite3.Connection, topic: Topic, start: datetime, end: datetime) -> list[store.StoredArticle]:
    found = store.articles_for(connection, topic.name, start, end)
    return [f for f in found if matches(f.article, topic.keywords)]


def _from_store(
    connection: sqlite3.Connection,
    topic: Topic,
    day: date,
    start: datetime,
    end: datetime,
    renderer: Renderer,
    quiet_ok: bool = False,
    gatherer: Gatherer | None = None,
    warnings: list[str] | None = None,
) -> tuple[compose.Fitted, list[str]]:
    """The brief of the stored articles in [start, end), and the versions of those articles.

    With `quiet_ok` (the default window), a window without articles after an earlier brief is a
    quiet day: the brief is built from that earlier brief's articles, and so says "No significant
    change since ..." with its context and the events still ahead, rather than failing."""
    found = _stored(connection, topic, start, end)
    if not found and quiet_ok:
        found = [
            f for f in store.articles_of_last_brief(connection, topic.name, day) if matches(f.article, topic.keywords)
        ]
    if not found:
        span = f"{start:%Y-%m-%d %H:%M} to {end:%Y-%m-%d %H:%M} UTC"
        hint = (
            "" if store.topic_has_articles(connection, topic.name) else f"; run `briefgen fetch --topic {topic.name}`"
        )
        raise InputError(f"the store has no article for {topic.name!r} from {span}{hint}")
    kept, over = newest_within([f.article for f in found])
    if over and warnings is not None:
        warnings.append(over)
    found = [found[i] for i in kept]
    versions = [f.version for f in found]
    previous = store.previous_brief(connection, topic.name, day)

    def since(ranked: compose.Ranked, corpus: Corpus) -> tuple[compose.Ranked, str]:
        assert previous is not None
        return novelty.mark(ranked, versions, previous)

    articles = [f.article for f in found]
    return brief_of(topic.title, articles, day, renderer, since if previous else None, gatherer), versions


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
