"""Articles -> a one-page Brief: their corpus (each article analysed once, gather.py), each
section's candidates ranked (ranking.py), as many as fit one page by the real layout (compose.py).
The articles come from files and folders, or from the store within a window."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from pathlib import Path

from . import cache, clock, collector, compose, store
from .cache import PageFit
from .compose import Fitted
from .config import Topic
from .errors import InputError
from .gather import Gatherer
from .models import Article, Brief
from .ranking import rank, rank_since
from .render import Renderer
from .sources import matches, newest_within

log = logging.getLogger("briefgen.pipeline")


def make_brief(
    topic: str,
    sources: Sequence[Path],
    brief_date: date,
    keywords: Sequence[str] = (),
    renderer: Renderer | None = None,
    warnings: list[str] | None = None,
    kinds: dict[Path, str] | None = None,
    gatherer: Gatherer | None = None,
) -> Fitted:
    """The brief of the articles in `sources` (those mentioning a keyword, when there are any),
    fitted to one page with `renderer` (everything ranked when None). `gatherer` reads and analyses,
    with the store's memory when it has one; `warnings` gets a line for each thing skipped."""
    gatherer = gatherer or Gatherer(None, brief_date)
    log.info("reading %s", ", ".join(map(str, sources)) or "(no sources)")
    collected = gatherer.collect(sources, keywords, kinds)
    log.info(
        "%d article(s)%s, %d warning(s)",
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
    return brief_of(topic, collected.articles, brief_date, renderer, gatherer)


def brief_of(
    topic: str,
    articles: Sequence[Article],
    brief_date: date,
    renderer: Renderer | None = None,
    gatherer: Gatherer | None = None,
    previous: tuple[list[str], store.PastBrief] | None = None,
) -> Fitted:
    """The brief of these articles. With `previous` (each article's text hash, and what the
    topic's earlier briefs said), it leads with what is new since them."""
    gatherer = gatherer or Gatherer(None, brief_date)
    with ExitStack() as kept:
        with collector.paused():  # a million objects, all kept to the end: see collector.py
            corpus = gatherer.corpus(articles)
            collector.give_back()
            log.info("ranking %d sentences of %d articles", len(corpus.sentences), len(corpus.articles))
            with gatherer.stage("rank"):
                if previous is None:
                    ranked, note = rank(corpus, brief_date), None
                else:  # ranks it all itself: once is enough
                    ranked, note = rank_since(corpus, brief_date, *previous)
            kept.enter_context(collector.frozen())  # and no collection walks them while laying out
        base = Brief(topic, brief_date, corpus, (), (), (), (), note=note)
        with gatherer.stage("fit"):
            last = gatherer.last_fit(topic)
            pager = Pager(renderer, last.overflowing if last else frozenset()) if renderer else None
            fitted = compose.fit(base, ranked, pager.lay_out if pager else None, last.counts if last else None)
    if pager is not None:
        log.info("fitted to one page: %s", fitted.counts)
        gatherer.keep_fit(topic, PageFit(fitted.counts, pager.found_too_long()))
    return fitted


@dataclass(frozen=True, slots=True)
class Overflowing:
    """A brief known to take more than one page without laying it out again (`Pager`)."""

    pages: tuple[None, None] = (None, None)


class Pager:
    """Lays briefs out for the one-page fit, but for those the topic's last fit found too long:
    a candidate with the HTML of one that took two pages, under the same `typesetter.fingerprint`
    (templates, fonts, text libraries), takes two now, so the search's answer is the same without
    that layout. (A rebuild of the same articles lays out only the page it keeps: the last fit's
    counts are the first guess, and the fuller candidate next to it is remembered as too long.)"""

    def __init__(self, renderer: Renderer, overflowed: frozenset[str]) -> None:
        self.renderer = renderer
        self.remembered = overflowed
        self.fingerprint = renderer.fingerprint()
        self.overflowing: set[str] = set()  # this search's, laid out or remembered: kept for the next

    def lay_out(self, brief: Brief) -> compose.Layout:
        html = self.renderer.html(brief)
        digest = cache.digest(f"{self.fingerprint}\n{html}".encode())
        if digest in self.remembered:
            self.overflowing.add(digest)
            log.info("laid out before: more than one page")
            return Overflowing()
        layout: compose.Layout = self.renderer.laid_out(html)
        log.info("laid out: %d page(s)", len(layout.pages))
        if len(layout.pages) > 1:
            self.overflowing.add(digest)
        return layout

    def found_too_long(self) -> frozenset[str]:
        """What to remember for the next fit: this search's too-long candidates, unless a template
        or font changed while it laid out (then a count may belong to either fingerprint)."""
        if self.renderer.fingerprint() != self.fingerprint:
            return frozenset()
        return frozenset(self.overflowing)


def from_store(
    connection: sqlite3.Connection,
    topic: Topic,
    day: date,
    span: tuple[datetime, datetime, tzinfo | None],
    renderer: Renderer,
    gatherer: Gatherer,
    warnings: list[str],
    quiet_ok: bool = False,
) -> tuple[Fitted, list[str]]:
    """The brief of the topic's stored articles published in `span` ([start, end) and the zone of
    its days), and the versions (text hashes) of those articles.

    With `quiet_ok` (the default window), a window without articles after an earlier brief is a
    quiet day: the brief is built from that earlier brief's articles, and so says "No significant
    change since ..." with its context and the events still ahead, rather than failing."""
    start, end, tz = span
    found = [
        f for f in store.articles_for(connection, topic.name, start, end, tz) if matches(f.article, topic.keywords)
    ]
    if not found and quiet_ok:
        found = [
            f for f in store.articles_of_last_brief(connection, topic.name, day) if matches(f.article, topic.keywords)
        ]
    if not found:
        hint = (
            "" if store.topic_has_articles(connection, topic.name) else f"; run `briefgen fetch --topic {topic.name}`"
        )
        raise InputError(f"the store has no article for {topic.name!r} from {clock.span(start, end, tz)}{hint}")
    kept, over = newest_within([f.article for f in found])
    if over:
        warnings.append(over)
    found = [found[i] for i in kept]
    versions = [f.version for f in found]
    earlier = store.previous_brief(connection, topic.name, day)
    previous = (versions, earlier) if earlier is not None else None
    return brief_of(topic.title, [f.article for f in found], day, renderer, gatherer, previous), versions
