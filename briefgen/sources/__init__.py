"""Readers: turn files and folders into `Article`s, skipping (and reporting) what cannot be read."""

from __future__ import annotations

import codecs
import re
import stat
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import ArticleError
from ..models import Article
from .base import Entry
from .textfile import parse_article

ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".markdown")
# Read only when a file is named (in --sources or the config), never picked up from a folder.
DUMP_SUFFIXES = (".json", ".jsonl", ".ndjson")
FEED_SUFFIXES = (".xml", ".rss", ".atom")
MAX_FILE_BYTES = 50_000_000


@dataclass(frozen=True, slots=True)
class Collected:
    articles: tuple[Article, ...]
    warnings: tuple[str, ...]  # one line each: "path: reason"


def decode(data: bytes, path: str) -> str:
    """Decode article bytes: BOMs first, then UTF-8, then cp1252; binary is refused."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise ArticleError(path, f"not valid {encoding} text ({exc.reason})") from None
    if b"\x00" in data[:8192]:
        raise ArticleError(path, "binary data, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise ArticleError(path, "neither UTF-8 nor Windows-1252 text") from None
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t")
    if controls > 8:
        raise ArticleError(path, "binary data, not text")
    return text


def _files(path: Path) -> Iterable[Path]:
    """Article files under a folder, in a stable order; links leading out of it are not followed."""
    if not path.is_dir():
        yield path
        return
    root = path.resolve()
    for child in sorted(path.rglob("*")):
        if any(part.startswith(".") for part in child.relative_to(path).parts):
            continue
        if child.suffix.lower() not in ARTICLE_SUFFIXES or not child.is_file():
            continue
        if not child.resolve().is_relative_to(root):
            continue
        yield child


def read_article(path: Path) -> Article:
    name = str(path)
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):  # a FIFO or a device would block or never end
            raise ArticleError(name, "not a regular file")
        size = status.st_size
        if size > MAX_FILE_BYTES:
            raise ArticleError(name, f"too large ({size // 1_000_000} MB; the limit is 50 MB)")
        data = path.read_bytes()
    except FileNotFoundError:
        raise ArticleError(name, "no such file") from None
    except IsADirectoryError:
        raise ArticleError(name, "is a folder") from None
    except OSError as exc:
        raise ArticleError(name, f"cannot be read ({exc.strerror or exc})") from None
    return parse_article(decode(data, name), name, path.stem)


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
    for path in _files(root):
        try:
            yield path, read_article(path)
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
    for root in paths:
        if not root.exists():
            warnings.append(f"{root}: no such file or folder")
            continue
        for path, article in _read(root, warnings, (kinds or {}).get(root, "path")):
            if patterns and not _matches(article, patterns):
                continue
            if article.id in seen_ids:  # ids must stay unique: they key citations
                unique, n = f"{article.id}~{path.stem}", 2
                while unique in seen_ids:
                    unique, n = f"{article.id}~{path.stem}-{n}", n + 1
                article = replace(article, id=unique)
            seen_ids.add(article.id)
            articles.append(article)
    return Collected(tuple(articles), tuple(warnings))
