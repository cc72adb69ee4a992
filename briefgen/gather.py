"""Sources -> the articles of a brief and their analyses, each file read and each article analysed
once: what the store remembers (briefgen.cache) is taken from it, the rest is read and analysed
in worker processes (briefgen.parallel) and remembered.

Whatever the store holds and however many processes work, a build sees the same values: an
analysis is always used as the store keeps it (encoded, then decoded), fresh or not.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from . import analysis, cache
from .analysis import Analysis
from .compose import Counts
from .errors import ArticleError
from .models import Article, Corpus
from .parallel import ordered_map
from .sources import MAX_FILE_BYTES, Collected, Read, SourceFile, collect, matches, read_file
from .sources.base import MAX_ARTICLE_CHARS, read_bytes
from .text import printable

# Reading a file runs these modules: a change in any of them makes the files be read again.
READER_MODULES = (
    "errors",
    "models",
    "sources",
    "sources.base",
    "sources.feed",
    "sources.jsondump",
    "sources.textfile",
    "text",
)
READER_VERSION = analysis.source_version(READER_MODULES, str(MAX_ARTICLE_CHARS))


@dataclass
class Gatherer:
    """Reads and analyses for one run, with the store's memory when there is one (`connection`)."""

    connection: sqlite3.Connection | None
    today: date
    processes: int | None = None
    keywords: tuple[str, ...] = ()  # articles that mention none are not analysed while reading
    # Analyses made in this run (article key -> encoded): what reading a file analysed already.
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
        self.keywords = tuple(keywords)
        with self.stage("read"):
            return collect(paths, self.keywords, kinds, reader=self.read)

    def read(self, files: Sequence[SourceFile]) -> list[Read]:
        """What each file holds, in order: remembered when its bytes are unchanged, else read (and
        its articles analysed) by the workers."""
        names = [f"{f.kind}:{printable(str(f.path))}" for f in files]
        known = cache.files(self.connection, names, READER_VERSION, self.today) if self.connection else {}
        results: list[Read | None] = []
        digests: list[str | None] = []
        todo: list[int] = []
        for i, (file, name) in enumerate(zip(files, names, strict=True)):
            try:
                digest = cache.digest(read_bytes(file.path, MAX_FILE_BYTES))
            except ArticleError:
                digest = None  # read_file says why, in a worker
            stored = known.get(name)
            if digest is not None and stored is not None and stored[0] == digest:
                results.append(Read(*cache.file_articles(stored)))
            else:
                results.append(None)
                todo.append(i)
            digests.append(digest)
        jobs = [(files[i], self.keywords) for i in todo]
        keep: list[tuple[str, str, Sequence[Article], Sequence[str]]] = []
        made: dict[str, str] = {}
        for i, (read, encoded) in zip(todo, ordered_map(_read_and_analyse, jobs, self.processes), strict=True):
            results[i] = read
            made.update(encoded)
            digest = digests[i]
            if digest is not None and read.articles:  # a failed read is tried again next time
                keep.append((names[i], digest, read.articles, read.notes))
        self.fresh.update(made)
        self.keep_analyses(made.items())
        if self.connection is not None and keep:
            cache.keep_files(self.connection, keep, READER_VERSION, self.today)
        return [r for r in results if r is not None]

    def analyses(self, articles: Sequence[Article]) -> list[Analysis]:
        """Each article's analysis, in order: remembered, made while reading, or made now."""
        keys = [analysis.article_key(a) for a in articles]
        missing = [k for k in keys if k not in self.fresh]
        if self.connection is not None and missing:
            self.fresh.update(cache.analyses(self.connection, missing, analysis.VERSION, self.today))
        todo = {k: a for k, a in zip(keys, articles, strict=True) if k not in self.fresh}
        made = dict(zip(todo, ordered_map(_analysed, list(todo.values()), self.processes), strict=True))
        self.fresh.update(made)
        if made:
            self.keep_analyses(made.items())
        return [analysis.decode(self.fresh[k], a) for k, a in zip(keys, articles, strict=True)]

    def corpus(self, articles: Sequence[Article]) -> Corpus:
        with self.stage("analyse"):
            return analysis.make_corpus(articles, self.analyses(articles))

    def last_fit(self, topic: str) -> Counts | None:
        """The counts the topic's last brief fitted one page with: where the fit starts looking."""
        return cache.last_fit(self.connection, topic) if self.connection else None

    def keep_fit(self, topic: str, counts: Counts) -> None:
        if self.connection is not None:
            cache.keep_fit(self.connection, topic, counts)

    def keep_analyses(self, rows: Iterable[tuple[str, str]]) -> None:
        rows = list(rows)
        if self.connection is not None and rows:
            cache.keep_analyses(self.connection, list(rows), analysis.VERSION, self.today)


def _analysed(article: Article) -> str:
    return analysis.encode(analysis.analyse(article), article)


def _read_and_analyse(job: tuple[SourceFile, tuple[str, ...]]) -> tuple[Read, dict[str, str]]:
    """A worker's job: read one file and analyse those of its articles that mention a keyword."""
    file, keywords = job
    read = read_file(file)
    return read, {analysis.article_key(a): _analysed(a) for a in read.articles if matches(a, keywords)}
