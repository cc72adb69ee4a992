"""build(): read the sources, choose the sentences, fit one page, write the file atomically."""

from __future__ import annotations

import dataclasses
import logging
import sqlite3
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any

from . import archive, clock, compose, novelty, output, store
from . import config as config_module
from .config import Config, Flags, Topic
from .corpus import make_corpus, sentence_key
from .errors import InputError
from .ics import to_ics
from .models import FORMATS, Article, Brief, Corpus
from .options import BuildRequest
from .positions import positions
from .render import Renderer, to_json, to_markdown
from .selection import Selector
from .sources import collect, matches
from .text import terms
from .timeline import names_a_day, next_steps

__all__ = ["FORMATS", "BuildResult", "build", "run"]

log = logging.getLogger("briefgen.pipeline")


@dataclass(frozen=True, slots=True)
class BuildResult:
    path: Path
    brief: Brief
    warnings: tuple[str, ...]


def make_brief(
    topic: str,
    sources: Sequence[Path],
    brief_date: date,
    keywords: Sequence[str] = (),
    renderer: Renderer | None = None,
    warnings: list[str] | None = None,
    layouts: dict[int, tuple[Brief, Any]] | None = None,
    kinds: dict[Path, str] | None = None,
) -> Brief:
    """The brief's content, fitted to one page with `renderer` (unfitted when None).

    `layouts`, when given, receives the one-page layouts the fit made (by id of their brief), so
    the PDF need not be laid out once more."""
    log.info("reading %s", ", ".join(map(str, sources)) or "(no sources)")
    collected = collect(sources, keywords, kinds)
    log.info(
        "%d article(s)%s, %d file(s) skipped",
        len(collected.articles),
        f" mentioning {', '.join(keywords)}" if keywords else "",
        len(collected.warnings),
    )
    if warnings is not None:
        warnings.extend(collected.warnings)
    if not collected.articles:
        where = ", ".join(str(s) for s in sources) or "(no sources)"
        reason = "no readable article" if not keywords else f"no readable article mentions {', '.join(keywords)!r}"
        raise InputError(f"{where}: {reason}", collected.warnings)
    return brief_of(topic, collected.articles, brief_date, renderer, layouts)


def brief_of(
    topic: str,
    articles: Sequence[Article],
    brief_date: date,
    renderer: Renderer | None = None,
    layouts: dict[int, tuple[Brief, Any]] | None = None,
    since: Callable[[compose.Ranked, Corpus], tuple[compose.Ranked, str]] | None = None,
) -> Brief:
    """The brief of these articles; `since` cuts the ranked material to what is new (and says so)."""
    corpus = make_corpus(articles)
    log.info("ranking %d sentences of %d articles", len(corpus.sentences), len(corpus.articles))

    def pages(brief: Brief) -> int:
        assert renderer is not None
        document = renderer.document(brief)
        log.info("laid out: %d page(s)", len(document.pages))
        if layouts is not None and len(document.pages) == 1:
            layouts[id(brief)] = (brief, document)
        return len(document.pages)

    if since is None:
        ranked, note = rank(corpus, brief_date), None
    else:
        # The cut to what is new drops Situation sentences the earlier brief reported; a future
        # event among them would vanish from the page with them (ranked there, it was kept out of
        # the Next steps). So the schedule is ranked over every sentence, and what the cut leaves
        # on the page elsewhere is then kept out of it.
        ranked, note = since(rank(corpus, brief_date, schedule_all=True), corpus)
        shown = {sentence_key(t) for _, t in novelty.said_ranked(ranked)}
        steps = tuple(s for s in ranked.next_steps if sentence_key(s.text) not in shown)
        ranked = dataclasses.replace(ranked, next_steps=steps[:NEXT_STEPS])
    base = Brief(topic, brief_date, corpus, (), (), (), (), note=note)
    return compose.fit(base, ranked, pages if renderer else None)


NEXT_STEPS = 8  # candidates for the Next steps; the one-page fit may show fewer


def rank(corpus: Corpus, brief_date: date, schedule_all: bool = False) -> compose.Ranked:
    """Each section's candidates, best first; no sentence appears in two sections (with
    `schedule_all`, next steps may repeat the other sections: the caller sorts that out)."""
    selector = Selector(corpus)
    upcoming = [
        step
        for step in next_steps(corpus, selector.relevance, brief_date, limit=NEXT_STEPS * (5 if schedule_all else 3))
        # With no date to anchor it, a next step must be about the story itself: one article's
        # aside on something else ("temperatures will remain mild in the Northwest") is not.
        if step.date or step.period or selector.shares_a_phrase(step.text)
    ]
    # What is set for a given day reads best under Next steps, with its date; the Situation says
    # what is happening. (A week or a month is vaguer: such a sentence may still lead the Situation.)
    dated = [s.text for s in upcoming if names_a_day(s)]
    scheduled = {sentence_key(t) for t in dated}
    situation = selector.situation(limit=7, skip=scheduled)
    # A bullet that announces a dated next step ("talks start on Sunday") is left to Next steps.
    dated_terms = [frozenset(terms(t)) for t in dated]

    def announced(text: str) -> bool:
        own = frozenset(terms(text))
        return sentence_key(text) in scheduled or any(len(own & t) >= 0.6 * len(own) for t in dated_terms if own)

    key_points = [k for k in selector.key_points(situation, limit=8) if not announced(k.text)][:7]
    # Later sections skip what earlier ones already quote.
    taken = [i.text for i in situation] + [i.text for i in key_points]
    # A statement that sets a day ("will exchange prisoners on Wednesday, the Kremlin said") is a
    # next step first.
    actors = positions(corpus, selector.relevance, taken + dated)[:8]
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
    previous brief; otherwise the files are read directly. With `record`, the brief and the file
    written are recorded in the store for `briefgen site` (a store that cannot be written is a
    warning: the brief is on disk)."""
    name = request.name
    day = request.date or clock.today(settings.zone)
    chosen = settings.topic(name)
    log.info("%s %s: config %s", name, day, ", ".join(map(str, settings.files)) or "(none: defaults)")
    renderer = Renderer.create(settings.templates)
    warnings: list[str] = []
    # Every format carries the same one-page brief, so the fit is laid out even for JSON.
    layouts: dict[int, tuple[Brief, Any]] = {}
    target = request.out or settings.output / name / f"{day.isoformat()}.{request.format}"
    origin = "files"
    if request.sources:
        brief = make_brief(chosen.title, list(request.sources), day, (), renderer, warnings, layouts)
    elif request.since or request.until or chosen.fetched:
        start, end = clock.window(request.since, request.until, request.date, settings.zone)
        log.info("%s: articles of the store %s published %s to %s", name, settings.db, start, end)
        try:
            with closing(store.open_db(settings.db)) as connection:
                quiet_ok = request.since is None and request.until is None  # the default window: see _from_store
                brief, versions = _from_store(
                    connection, chosen, day, (start, end, settings.zone), renderer, layouts, quiet_ok
                )
                path = _write(brief, request.format, target, renderer, layouts)
                # Remembered once the file is there: a failed build is not what the next one compares
                # with; nor is a rebuild of a day whose brief was mailed (its readers got that one).
                if not store.mailed(connection, name, day):
                    store.remember_brief(connection, name, day, novelty.said(brief), versions)
        except sqlite3.Error as exc:
            raise store.failure(settings.db, exc) from None
        origin = "fetched"
    else:
        # Files, folders, feed files and dumps: read as they are now on disk.
        local = [Path(s.location) for s in chosen.specs] or list(chosen.sources)
        kinds = {Path(s.location): s.kind for s in chosen.specs}
        brief = make_brief(chosen.title, local, day, chosen.keywords, renderer, warnings, layouts, kinds)
    if origin == "files":
        path = _write(brief, request.format, target, renderer, layouts)
    if record:
        # After the file is there: the record lists what a reader can open (nothing for standard output).
        written = [] if path == output.STDOUT else [(path, request.format)]
        problem = archive.record_build(settings.db, name, brief, origin, written)
        warnings += [problem] if problem else []
    return BuildResult(path, brief, tuple(warnings))


def _write(brief: Brief, fmt: str, target: Path, renderer: Renderer, layouts: dict[int, tuple[Brief, Any]]) -> Path:
    if fmt == "pdf":
        laid_out, document = layouts.get(id(brief), (None, None))
        data = renderer.pdf(brief, document if laid_out is brief else None)
    elif fmt == "html":
        data = renderer.html(brief).encode("utf-8")
    elif fmt == "md":
        data = to_markdown(brief).encode("utf-8")
    elif fmt == "ics":
        data = to_ics(brief)
    else:
        data = to_json(brief).encode("utf-8")
    log.info("writing %s (%d bytes)", "standard output" if target == output.STDOUT else target, len(data))
    output.write(target, data)
    return target


def _stored(
    connection: sqlite3.Connection, topic: Topic, start: datetime, end: datetime, tz: tzinfo | None
) -> list[store.StoredArticle]:
    found = store.articles_for(connection, topic.name, start, end, tz)
    return [f for f in found if matches(f.article, topic.keywords)]


def _from_store(
    connection: sqlite3.Connection,
    topic: Topic,
    day: date,
    span: tuple[datetime, datetime, tzinfo | None],
    renderer: Renderer,
    layouts: dict[int, tuple[Brief, Any]],
    quiet_ok: bool = False,
) -> tuple[Brief, list[str]]:
    """The brief of the stored articles in `span` ([start, end) and the zone of its days), and the
    versions of those articles.

    With `quiet_ok` (the default window), a window without articles after an earlier brief is a
    quiet day: the brief is built from that earlier brief's articles, and so says "No significant
    change since ..." with its context and the events still ahead, rather than failing."""
    start, end, tz = span
    found = _stored(connection, topic, start, end, tz)
    if not found and quiet_ok:
        found = [
            f for f in store.articles_of_last_brief(connection, topic.name, day) if matches(f.article, topic.keywords)
        ]
    if not found:
        hint = (
            "" if store.topic_has_articles(connection, topic.name) else f"; run `briefgen fetch --topic {topic.name}`"
        )
        raise InputError(f"the store has no article for {topic.name!r} from {clock.span(start, end, tz)}{hint}")
    versions = [f.version for f in found]
    previous = store.previous_brief(connection, topic.name, day)

    def since(ranked: compose.Ranked, corpus: Corpus) -> tuple[compose.Ranked, str]:
        assert previous is not None
        return novelty.mark(ranked, versions, previous)

    brief = brief_of(topic.title, [f.article for f in found], day, renderer, layouts, since if previous else None)
    return brief, versions
