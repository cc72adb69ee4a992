"""Readers: turn files and folders into `Article`s, skipping (and reporting) what cannot be read."""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from ..errors import ArticleError
from ..models import Article
from ..text import bounded, printable
from .base import MAX_ARTICLE_CHARS, Entry, read_bytes
from .textfile import parse_article, published_in

ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".markdown")
# Read only when a file is named (in --sources or the config), never picked up from a folder.
DUMP_SUFFIXES = (".json", ".jsonl", ".ndjson")
FEED_SUFFIXES = (".xml", ".rss", ".atom")
MAX_FILE_BYTES = 50_000_000
MAX_BRIEF_CHARS = 60_000_000  # ten thousand long articles


@dataclass(frozen=True, slots=True)
class Collected:
    articles: tuple[Article, ...]
    warnings: tuple[str, ...]  # one line each: "path: reason"


# Characters no text file holds outside a line end or a tab: many of them mean binary data.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x7f]")


def decode(data: bytes, path: str) -> str:
    """Decode article bytes: BOMs first (UTF-32, UTF-16, UTF-8), then UTF-8, UTF-16 without a BOM,
    then cp1252 (which reads Latin-1 as well); binary data posing as text is refused."""
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: its BOM starts the same way
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return _text_or_binary(data.decode(encoding), path)
            except UnicodeDecodeError as exc:
                if encoding == "utf-32":  # FF FE 00 00 may as well be UTF-16 starting with a NUL
                    continue
                raise ArticleError(path, f"not valid {encoding} text ({exc.reason})") from None
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return _text_or_binary(utf16, path)
    if b"\x00" in data:
        raise ArticleError(path, "binary data, not text")
    try:
        return _text_or_binary(data.decode("utf-8"), path)
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise ArticleError(path, "binary data, not text (neither UTF-8 nor Windows-1252)") from None
    return _text_or_binary(text, path)


def _text_or_binary(text: str, path: str) -> str:
    # A NUL never is in text (git and grep judge so too). Other controls are a typo or a trap, and
    # are removed on reading; when one character in ten is one, the file is binary data.
    if "\x00" in text or len(_CONTROLS.findall(text, 0, 65536)) > max(8, min(len(text), 65536) // 10):
        raise ArticleError(path, "binary data, not text")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a BOM: mostly-ASCII text has a NUL in every other byte, on one side
    only (binary files have NULs on both). Text in other scripts without a BOM is not guessed."""
    sample = data[:8192]
    if len(data) % 2 or len(sample) < 32:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    for zeros, others, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros >= half * 0.5 and others == 0:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _files(path: Path, skipped: list[str] | None = None) -> Iterable[Path]:
    """Article files under a folder, in a stable order (as `sorted(path.rglob("*"))` sorts them: by
    their names folder by folder). Hidden files and folders (a name starting with ".") are left
    out, and nothing under a hidden folder is listed. Links to folders are not followed (no loops),
    nor links to files outside the folder; `skipped` gets a line for each such link."""
    if not path.is_dir():
        yield path
        return
    root = path.resolve()
    for child, is_link, is_regular in sorted(_entries(path), key=_by_names):
        # A folder listing says what each entry is (no system call per file): only a link is looked into.
        if not is_link:
            if is_regular and child.suffix.lower() in ARTICLE_SUFFIXES:
                yield child
            continue
        reason = None
        if child.is_dir():
            reason = "a link to a folder, not followed"
        elif child.suffix.lower() not in ARTICLE_SUFFIXES:
            continue
        elif not child.is_file():
            reason = "a broken link (or a loop of links)"
        # A link to a folder is not descended into: only a link to a file can lead outside.
        elif not child.resolve().is_relative_to(root):
            reason = "a link to a file outside the folder, not followed"
        if reason is None:
            yield child
        elif skipped is not None:
            skipped.append(f"{printable(str(child))}: {reason}")


def _entries(folder: Path) -> Iterator[tuple[Path, bool, bool]]:
    """Every entry under `folder` but the hidden ones, with whether it is a link and whether a
    regular file (from the listing: `os.scandir` reads the kind of most entries with their names);
    folders are descended into, not links to them. A folder that may not be read is skipped, as
    `Path.rglob` skips it."""
    try:
        with os.scandir(folder) as listing:
            entries = list(listing)
    except PermissionError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        child = folder / entry.name
        is_link = entry.is_symlink()
        yield child, is_link, not is_link and entry.is_file(follow_symlinks=False)
        if not is_link and entry.is_dir(follow_symlinks=False):
            yield from _entries(child)


def _by_names(entry: tuple[Path, bool, bool]) -> tuple[str, ...]:
    """The order of `sorted(paths)`: the paths' parts compared one by one."""
    return entry[0].parts


def read_article(path: Path, notes: list[str] | None = None) -> Article:
    """One article file. A text longer than MAX_ARTICLE_CHARS is read up to there; `notes` gets a
    line saying so."""
    name = printable(str(path))
    data = read_bytes(path, MAX_FILE_BYTES)
    text, cut = bounded(decode(data, name), MAX_ARTICLE_CHARS)
    if cut and notes is not None:
        notes.append(f"{name}: the text after its first {MAX_ARTICLE_CHARS:,} characters (the limit per article)")
    return parse_article(text, name, printable(path.stem))


def read_entries(path: Path, kind: str = "path") -> tuple[list[Entry], list[str]]:
    """The articles of a file named as a source: a JSON dump or feed file by kind or suffix, else text."""
    suffix = path.suffix.lower()
    if not path.is_dir() and (kind == "json" or (kind == "path" and suffix in DUMP_SUFFIXES)):
        from .jsondump import read_dump

        return read_dump(path)
    if not path.is_dir() and (kind == "feed" or (kind == "path" and suffix in FEED_SUFFIXES)):
        from .feed import read_feed_file

        return read_feed_file(path)
    if path.is_dir():
        raise ArticleError(str(path), f"is a folder; a {{{kind} = ...}} source is one file")
    raise ValueError(f"{path}: not a feed or dump file")


def _read(root: Path, warnings: list[str], kind: str = "path") -> Iterable[tuple[Path, Article]]:
    """(file, article) for every article under `root`; what cannot be read goes to `warnings`."""
    files, problems = source_files([root], {root: kind})
    warnings.extend(problems)
    for file in files:
        read = read_file(file)
        warnings.extend(read.notes)
        yield from ((file.path, a) for a in read.articles)


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A file to read: an article file (`kind` "path"), or a feed file or JSON dump of many."""

    path: Path
    kind: str = "path"


def source_files(paths: Iterable[Path], kinds: Mapping[Path, str] | None = None) -> tuple[list[SourceFile], list[str]]:
    """The files under `paths`, in a stable order, and a line for each path that is missing or
    each link not followed. A feed file or dump is one file of many articles."""
    found: list[SourceFile] = []
    warnings: list[str] = []
    for root in paths:
        if not root.exists():
            warnings.append(f"{printable(str(root))}: no such file or folder")
            continue
        kind = (kinds or {}).get(root, "path")
        if kind != "path" or (root.is_file() and root.suffix.lower() in DUMP_SUFFIXES + FEED_SUFFIXES):
            found.append(SourceFile(root, kind))
        else:
            found.extend(SourceFile(path) for path in _files(root, warnings))
    return found, warnings


@dataclass(frozen=True, slots=True)
class Read:
    """What one source file held: its articles, and a line for each thing skipped or cut in it."""

    articles: tuple[Article, ...]
    notes: tuple[str, ...]


def read_file(file: SourceFile) -> Read:
    """Every article of one source file; a file that cannot be read gives none and a note why."""
    notes: list[str] = []
    try:
        if file.kind == "path" and file.path.suffix.lower() not in DUMP_SUFFIXES + FEED_SUFFIXES:
            return Read((read_article(file.path, notes),), tuple(notes))
        entries, problems = read_entries(file.path, file.kind)
    except ArticleError as exc:
        return Read((), (*notes, exc.message))
    return Read(tuple(e.article for e in entries), tuple(problems))


# What a brief reads at most. An article is read up to MAX_ARTICLE_CHARS (base.py: the same for
# feeds, pages and dumps); past MAX_BRIEF_CHARS of articles, the newest count and the rest are
# left out, named. Both keep a run's time and memory bounded whatever lands in a sources folder
# (benchmarks/hostile.py, benchmarks/scale.py).
_HEAD_BYTES = 8192  # an article's header (its date) is in its first lines


def _recency(file: SourceFile) -> tuple[date, int]:
    """How new an article file is, to keep the newest: the date its header gives (undated files
    count as the oldest), then the file's modification time."""
    try:
        status = file.path.stat()
        with file.path.open("rb") as handle:
            head = decode(handle.read(_HEAD_BYTES), printable(str(file.path)))
        published = published_in(head, str(file.path))
    except (OSError, ArticleError):
        return date.min, 0
    return published or date.min, status.st_mtime_ns


def within_budget(files: Sequence[SourceFile], budget: int | None = None) -> tuple[list[SourceFile], str | None]:
    """The files a brief reads, in their order: all of them when together they are not larger than
    `budget` (bytes; MAX_BRIEF_CHARS by default), else the newest that fit. A warning names the
    rest. File names never decide: a tie of date and time is broken by the name only so that the
    same folder always gives the same brief."""
    sizes = []
    for file in files:
        try:
            sizes.append(file.path.stat().st_size)
        except OSError:
            sizes.append(0)  # read_file says what is wrong with it
    if sum(sizes) <= _budget(budget):
        return list(files), None
    recency = [_recency(file) for file in files]
    kept, left, total = _newest(
        sizes, sorted(range(len(files)), key=lambda i: (recency[i], str(files[i].path))), budget
    )
    return [files[i] for i in kept], _left_out(
        [printable(str(files[i].path)) for i in left],
        [recency[i][0] for i in left],
        f"the {len(kept):,} newest files hold {total:,} bytes; the limit per brief is {_budget(budget):,}",
    )


def newest_within(articles: Sequence[Article], budget: int | None = None) -> tuple[list[int], str | None]:
    """Which of `articles` a brief holds (their indexes, in order): all when their text is within
    `budget` characters (MAX_BRIEF_CHARS by default), else the newest that fit (undated count as
    the oldest; on a tie of dates, the later in the list); a warning names the rest."""
    sizes = [sum(map(len, a.paragraphs)) + sum(map(len, a.key_points)) for a in articles]
    if sum(sizes) <= _budget(budget):
        return list(range(len(articles))), None
    kept, left, total = _newest(
        sizes, sorted(range(len(articles)), key=lambda i: (articles[i].published or date.min, i)), budget
    )
    return kept, _left_out(
        [articles[i].path for i in left],
        [articles[i].published or date.min for i in left],
        f"the {len(kept):,} newest hold {total:,} characters; the limit per brief is {_budget(budget):,}",
    )


def _budget(budget: int | None) -> int:
    return MAX_BRIEF_CHARS if budget is None else budget


def _newest(sizes: Sequence[int], oldest_first: Sequence[int], budget: int | None) -> tuple[list[int], list[int], int]:
    """Items taken newest first while they fit the budget (the newest always): those kept (in their
    order), those left out (newest first), and the total size kept."""
    kept: set[int] = set()
    total = 0
    for i in reversed(oldest_first):
        if total + sizes[i] > _budget(budget) and kept:
            break
        kept.add(i)
        total += sizes[i]
    return sorted(kept), [i for i in reversed(oldest_first) if i not in kept], total


def _left_out(names: Sequence[str], dates: Sequence[date], why: str, shown: int = 10) -> str:
    """One line: how many articles were left out, how old, which (the first `shown`), and why."""
    dated = sorted(d for d in dates if d != date.min)
    if not dated:
        when = "undated"
    else:
        span = dated[0].isoformat() if dated[0] == dated[-1] else f"{dated[0]} to {dated[-1]}"
        when = f"published {span}" + (", and undated ones" if len(dated) < len(dates) else "")
    listed = ", ".join(names[:shown]) + (f" and {len(names) - shown:,} more" if len(names) > shown else "")
    noun = "article" if len(names) == 1 else "articles"
    return f"left out {len(names):,} older {noun} ({when}): {listed}: {why}"


def read_source(kind: str, location: str) -> tuple[list[Entry], list[str]]:
    """Every article of one configured on-disk source (`path`, `feed` file or `json` dump)."""
    path = Path(location)
    if kind in ("feed", "json"):
        return read_entries(path, kind)
    if not path.exists():
        raise ArticleError(location, "no such file or folder")
    warnings: list[str] = []
    return [Entry(article) for _, article in _read(path, warnings)], warnings


def _patterns(keywords: Iterable[str]) -> list[re.Pattern[str]]:
    return [re.compile(rf"(?<!\w){re.escape(k)}", re.IGNORECASE) for k in keywords if k.strip()]


def _matches(article: Article, patterns: list[re.Pattern[str]]) -> bool:
    text = " ".join((article.title, *article.key_points, *article.paragraphs))
    return any(p.search(text) for p in patterns)


def matches(article: Article, keywords: Iterable[str]) -> bool:
    """The article mentions one of the keywords (every article does when there are none)."""
    patterns = _patterns(keywords)
    return not patterns or _matches(article, patterns)


def collect(
    paths: Iterable[Path],
    keywords: Iterable[str] = (),
    kinds: Mapping[Path, str] | None = None,
    reader: Callable[[Sequence[SourceFile]], Iterable[Read]] | None = None,
) -> Collected:
    """Read every article under `paths`; with keywords, keep those that mention one of them.

    `kinds` says which of the paths are a `feed` file or a `json` dump whatever their suffix;
    `reader` reads a list of files (by default one by one with `read_file`; the pipeline's reads
    them in parallel and remembers them). Past the limit of a brief, the newest articles count."""
    patterns = _patterns(keywords)
    files, warnings = source_files(paths, kinds)
    files, cut = within_budget(files)
    articles: list[Article] = []
    origins: list[Path] = []
    for file, read in zip(files, (reader or _read_each)(files), strict=True):
        warnings.extend(read.notes)
        for article in read.articles:
            if not patterns or _matches(article, patterns):
                articles.append(article)
                origins.append(file.path)
    kept, over = newest_within(articles)
    warnings.extend(w for w in (cut, over) if w)
    seen_ids: set[str] = set()
    unique: list[Article] = []
    for i in kept:
        article, path = articles[i], origins[i]
        if article.id in seen_ids:  # ids must stay unique: they key citations
            fresh, n = f"{article.id}~{path.stem}", 2
            while fresh in seen_ids:
                fresh, n = f"{article.id}~{path.stem}-{n}", n + 1
            article = replace(article, id=fresh)
        seen_ids.add(article.id)
        unique.append(article)
    return Collected(tuple(unique), tuple(warnings))


def _read_each(files: Sequence[SourceFile]) -> Iterator[Read]:
    return map(read_file, files)
