"""Readers: turn files and folders into `Article`s, skipping (and reporting) what cannot be read."""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import ArticleError
from ..models import Article
from ..text import bounded, printable
from .base import MAX_ARTICLE_CHARS, Entry, read_bytes
from .textfile import parse_article

ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".markdown")
# Read only when a file is named (in --sources or the config), never picked up from a folder.
DUMP_SUFFIXES = (".json", ".jsonl", ".ndjson")
FEED_SUFFIXES = (".xml", ".rss", ".atom")
MAX_FILE_BYTES = 50_000_000
# An article is read up to MAX_ARTICLE_CHARS (base.py: the same for feeds, pages and dumps), and a
# brief reads articles until they hold MAX_BRIEF_CHARS (a thousand long articles). Both keep a
# run's time and memory bounded whatever lands in a sources folder (benchmarks/hostile.py).
MAX_BRIEF_CHARS = 5_000_000


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
    """Article files under a folder, in a stable order. Links to folders are not followed (no
    loops), nor links to files outside the folder; `skipped` gets a line for each such link."""
    if not path.is_dir():
        yield path
        return
    root = path.resolve()
    for child in sorted(path.rglob("*")):
        if any(part.startswith(".") for part in child.relative_to(path).parts):
            continue
        reason = None
        if child.is_symlink() and child.is_dir():
            reason = "a link to a folder, not followed"
        elif child.suffix.lower() not in ARTICLE_SUFFIXES:
            continue
        elif not child.is_file():
            if not child.is_symlink():
                continue  # a folder, FIFO or device with an article's name: not an article
            reason = "a broken link (or a loop of links)"
        elif not child.resolve().is_relative_to(root):
            reason = "a link to a file outside the folder, not followed"
        if reason is None:
            yield child
        elif skipped is not None:
            skipped.append(f"{printable(str(child))}: {reason}")


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
    if kind != "path" or (root.is_file() and root.suffix.lower() in DUMP_SUFFIXES + FEED_SUFFIXES):
        try:
            entries, problems = read_entries(root, kind)
        except ArticleError as exc:
            warnings.append(exc.message)
            return
        warnings.extend(problems)
        yield from ((root, e.article) for e in entries)
        return
    for path in _files(root, warnings):
        try:
            yield path, read_article(path, warnings)
        except ArticleError as exc:
            warnings.append(exc.message)


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


def collect(paths: Iterable[Path], keywords: Iterable[str] = (), kinds: Mapping[Path, str] | None = None) -> Collected:
    """Read every article under `paths`; with keywords, keep those that mention one of them.

    `kinds` says which of the paths are a `feed` file or a `json` dump whatever their suffix."""
    patterns = [re.compile(rf"(?<!\w){re.escape(k)}", re.IGNORECASE) for k in keywords if k.strip()]
    articles: list[Article] = []
    warnings: list[str] = []
    seen_ids: set[str] = set()
    total = 0
    for root in paths:
        if not root.exists():
            warnings.append(f"{printable(str(root))}: no such file or folder")
            continue
        if total > MAX_BRIEF_CHARS:
            warnings.append(f"{printable(str(root))}: not read: the brief already holds {MAX_BRIEF_CHARS:,} characters")
            continue
        for path, article in _read(root, warnings, (kinds or {}).get(root, "path")):
            if total > MAX_BRIEF_CHARS:
                rest = list(_files(root)) if root.is_dir() else []
                more = len(rest) - rest.index(path) - 1 if path in rest else 0
                warnings.append(
                    f"{printable(str(path))}{f' and {more:,} more files' if more else ''}: the articles read "
                    f"already hold over {MAX_BRIEF_CHARS:,} characters (the limit per brief)"
                )
                break
            if patterns and not _matches(article, patterns):
                continue
            total += sum(map(len, article.paragraphs)) + sum(map(len, article.key_points))
            if article.id in seen_ids:  # ids must stay unique: they key citations
                unique, n = f"{article.id}~{path.stem}", 2
                while unique in seen_ids:
                    unique, n = f"{article.id}~{path.stem}-{n}", n + 1
                article = replace(article, id=unique)
            seen_ids.add(article.id)
            articles.append(article)
    return Collected(tuple(articles), tuple(warnings))
