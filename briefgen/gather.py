"""Sources -> the articles of a brief and their analyses, each file read and each article analysed
once: what the store remembers (briefgen.cache) is taken from it, the rest is read and analysed
in worker processes (briefgen.parallel) and remembered.

Whatever the store holds and however many processes work, a build sees the same values: an
analysis is always used as the store keeps it (encoded, then decoded), fresh or not.
"""

from __future__ import annotations

import functools
import logging
import os
import sqlite3
import stat
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from . import analysis, cache, store
from .analysis import Analysis
from .cache import PageFit
from .corpus import assemble
from .errors import ArticleError, InputError
from .models import Article, Corpus
from .parallel import ordered_map
from .sources import MAX_FILE_BYTES, Collected, Read, SourceFile, collect, read_file
from .sources.base import MAX_ARTICLE_CHARS, read_bytes
from .text import printable

# Reading a file runs these modules: a change in any of them makes the files be read again.
READER_MODULES = (
    "deadline",
    "errors",
    "models",
    "sources",
    "sources.base",
    "sources.feed",
    "sources.jsondump",
    "sources.textfile",
    "sources.web",
    "text",
)


@functools.cache
def reader_version() -> str:
    return analysis.source_version(READER_MODULES, str(MAX_ARTICLE_CHARS))


BATCH = 500  # files or analyses looked up in the store at a time

log = logging.getLogger("briefgen.gather")


@dataclass
class Gatherer:
    """Reads and analyses for one run, with the store's memory when there is one (`connection`)."""

    connection: sqlite3.Connection | None
    today: date
    processes: int | None = None
    # Analyses made in this run without a store (article key -> encoded).
    fresh: dict[str, str] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage of the run

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        """Time a stage of the run (added up when it runs more than once)."""
        start = time.perf_counter()
        try:
            yield
        finally:
            self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - start

    def collect(
        self, paths: Iterable[Path], keywords: Iterable[str] = (), kinds: Mapping[Path, str] | None = None
    ) -> Collected:
        """`sources.collect`, reading through the store and the workers."""
        with self.stage("read"):
            return collect(paths, tuple(keywords), kinds, reader=self.read)

    def read(self, files: Sequence[SourceFile]) -> list[Read]:
        """What each file holds, in order: remembered when its status (size, times, inode) or else
        its bytes are unchanged, else read by the workers."""
        names = [f"{f.kind}:{printable(str(f.path))}" for f in files]
        results: list[Read | None] = []
        digests: list[tuple[str, str | None] | None] = []  # (digest, status to keep with it)
        todo: list[int] = []
        statuses: list[tuple[str, str | None]] = []  # files found unchanged by their digest
        for start in range(0, len(files), BATCH):  # a batch at a time: the stored text is not held twice
            batch = names[start : start + BATCH]
            known = cache.files(self.connection, batch, reader_version(), self.today) if self.connection else {}
            for i, name in enumerate(batch, start):
                stored = known.pop(name, None)
                status = file_status(files[i].path)
                if stored is not None and status is not None and stored.status == status:
                    results.append(Read(*cache.file_articles(stored)))
                    digests.append(None)
                    continue
                trusted = status if status is not None and settled(status, time.time_ns()) else None
                try:
                    digest = cache.digest(read_bytes(files[i].path, MAX_FILE_BYTES))
                except ArticleError:
                    digest = None  # read_file says why, in a worker
                if digest is not None and stored is not None and stored.digest == digest:
                    results.append(Read(*cache.file_articles(stored)))
                    if trusted is not None or stored.status is not None:
                        statuses.append((name, trusted))
                else:
                    results.append(None)
                    todo.append(i)
                digests.append(None if digest is None else (digest, trusted))
        # Only read here: the articles are analysed when the corpus needs them, those the store
        # has no analysis of (a file read again under another name, or changed but for a few
        # articles, costs a read, not an analysis of every article in it).
        keep: list[tuple[str, str, str | None, Sequence[Article], Sequence[str]]] = []
        with closing(ordered_map(read_file, [files[i] for i in todo], self.processes)) as reads:
            for i, read in zip(todo, reads, strict=True):
                results[i] = read
                hashed = digests[i]
                if hashed is not None and read.articles:  # a failed read is tried again next time
                    keep.append((names[i], hashed[0], hashed[1], read.articles, read.notes))
        if self.connection is not None:
            cache.keep_statuses(self.connection, statuses)
            if keep:
                cache.keep_files(self.connection, keep, reader_version(), self.today)
        return [r for r in results if r is not None]

    def analyses(self, articles: Sequence[Article]) -> Iterator[Analysis]:
        """Each article's analysis, in order: remembered, made while reading, or made now.
        Always decoded from its stored form, so a fresh one and a remembered one are equal.

        One at a time, as the corpus takes them: each is decoded only when the one before is in
        the corpus, whose sentences are then all that is kept of it (10,000 analyses decoded at
        once were 200 MB, most of a build's peak memory). What is missing is made first, on every
        core."""
        return self._analyses(articles, [analysis.article_key(a) for a in articles])

    def _analyses(self, articles: Sequence[Article], keys: Sequence[str]) -> Iterator[Analysis]:
        """`analyses`, of articles whose keys (`analysis.article_key`) are known."""
        self._make_missing(articles, keys)
        shared = analysis.Shared()  # equal values of many analyses, one object (for this build only)
        for start in range(0, len(keys), BATCH):
            batch = keys[start : start + BATCH]
            missing = [k for k in batch if k not in self.fresh]
            known = (
                cache.analyses(self.connection, missing, analysis.version(), self.today)
                if missing and self.connection
                else {}
            )
            for i, key in enumerate(batch, start):
                # An article twice over without a store: its fresh analysis went to the first.
                data = self.fresh.pop(key, None) or known.get(key) or _analysed(articles[i])
                try:
                    read = analysis.decode(data, shared)
                except analysis.Unreadable as exc:
                    read = analysis.decode(self._again(articles[i], key, exc), shared)
                yield read

    def _again(self, article: Article, key: str, exc: analysis.Unreadable) -> str:
        """An article whose stored analysis is damaged: said in one line, analysed again and
        stored anew (nothing is lost; the next build finds it whole)."""
        where = "the store"
        if self.connection is not None:
            where = next((f for _, name, f in self.connection.execute("PRAGMA database_list") if name == "main"), where)
        log.warning("%s: the stored analysis of %s is unreadable (%s): analysed again", where, article.path, exc)
        data = _analysed(article)
        if self.connection is not None:
            cache.keep_analyses(self.connection, [(key, data)], analysis.version(), self.today)
        return data

    def prepare(self, articles: Sequence[Article]) -> None:
        """Analyse (on every core) and store the analyses the store does not have yet."""
        if self.connection is not None:
            self._make_missing(articles, [analysis.article_key(a) for a in articles])

    def _make_missing(self, articles: Sequence[Article], keys: Sequence[str]) -> None:
        """Analyse, on every core, the articles (of these keys) that neither this run nor the
        store has an analysis of: into the store, or kept here without one."""
        first: dict[str, int] = {}  # each key, at the first article that has it
        for i, key in enumerate(keys):
            first.setdefault(key, i)
        have = set(self.fresh)
        if self.connection is not None:
            have |= cache.known(self.connection, [k for k in first if k not in have], analysis.version())
        todo = [(key, i) for key, i in first.items() if key not in have]
        # One set of workers for them all: a worker remembers the sentences it has read (a wire
        # sentence in many articles is read once per worker), and only the last of its chunks leaves
        # a core waiting for the other. (Closed however the loop ends: a failed store leaves no
        # workers analysing the rest.)
        with closing(ordered_map(_analysed, [articles[i] for _, i in todo], self.processes)) as analysed:
            made = zip(todo, analysed, strict=True)
            if self.connection is None:
                self.fresh.update((key, data) for (key, _), data in made)
                return
            # Stored as they come, BATCH at a time (each in a short transaction): a whole batch's
            # encoded analyses held at once were 80 MB of a cold 10,000-article build's peak.
            rows: list[tuple[str, str]] = []
            for (key, _), data in made:
                rows.append((key, data))
                if len(rows) == BATCH:
                    cache.keep_analyses(self.connection, rows, analysis.version(), self.today)
                    rows = []
            if rows:
                cache.keep_analyses(self.connection, rows, analysis.version(), self.today)

    def corpus(self, articles: Sequence[Article]) -> Corpus:
        """The corpus of `articles` from their analyses; which are near-copies of which as the store
        remembers it for the same analyses in the same order (finding them again was 0.7 s of a
        rebuild of 10,000 articles), else found now and remembered."""
        with self.stage("analyse"):
            keys = [analysis.article_key(a) for a in articles]
            if self.connection is None:
                return assemble(articles, self._analyses(articles, keys))
            inputs, version = cache.inputs_key(keys), analysis.version()
            known = cache.copies(self.connection, inputs, version, self.today, len(articles))
            corpus = assemble(articles, self._analyses(articles, keys), known)
            if known is None:
                cache.keep_copies(self.connection, inputs, corpus.copies, version, self.today)
            return corpus

    def last_fit(self, topic: str) -> PageFit | None:
        """The topic's last one-page fit: where the next starts looking, and what it found too long."""
        return cache.last_fit(self.connection, topic) if self.connection else None

    def keep_fit(self, topic: str, fit: PageFit) -> None:
        if self.connection is not None:
            cache.keep_fit(self.connection, topic, fit)


# A file's status is trusted for what its bytes were only when it was last changed this long
# before they were read: a change in the same tick of a coarse clock (a second on some file
# systems, two on FAT) would leave the status as it was.
SETTLED_NS = 3_000_000_000


def file_status(path: Path) -> str | None:
    """A regular file's size, modification and change times (ns), inode and device: when all are
    as they were, so are its bytes (a write changes the times, even one that sets the
    modification time back, since nothing can set the change time). None: not a regular file."""
    try:
        found = os.stat(path)
    except (OSError, ValueError):
        return None
    if not stat.S_ISREG(found.st_mode):
        return None
    return f"{found.st_size}:{found.st_mtime_ns}:{found.st_ctime_ns}:{found.st_ino}:{found.st_dev}"


def settled(status: str, now_ns: int) -> bool:
    """The file of this status last changed SETTLED_NS before `now_ns` (a time taken before reading it)."""
    _, modified, changed, _, _ = status.split(":")
    return max(int(modified), int(changed)) < now_ns - SETTLED_NS


@contextmanager
def remembering(db: Path, today: date, processes: int | None = None) -> Iterator[Gatherer]:
    """A gatherer with the store at `db` for its memory; without one when the store cannot be
    opened (a read-only home folder): the brief is then made all the same, from scratch."""
    try:
        connection = store.open_db(db)
    except InputError as exc:
        log.info("reading without the store's memory: %s", exc.message)
        yield Gatherer(None, today, processes)
        return
    try:
        yield Gatherer(connection, today, processes)
    finally:
        connection.close()


def _analysed(article: Article) -> str:
    return analysis.encode(analysis.analyse(article))
