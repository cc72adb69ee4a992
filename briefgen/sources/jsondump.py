"""Reader for JSON and JSONL article dumps: objects with `title`, `text`, `url`, `published`, `source`.

A `.jsonl` file has one object a line; a `.json` file holds a list of objects (or one object,
or `{"articles": [...]}`). A bad line or object is reported with its number and the rest count.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from ..errors import ArticleError
from ..models import EARLIEST, LATEST
from .base import (
    Entry,
    bounded_raw,
    html_paragraphs,
    looks_like_html,
    make_article,
    parse_time,
    read_bytes,
    short_id,
    text_paragraphs,
)

MAX_DUMP_BYTES = 200_000_000


def _iso(value: object) -> bool:
    try:
        datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _article(obj: Any, where: str, label: str, fallback: str, notes: list[str]) -> Entry:
    name = f"{where}: {label}"
    if not isinstance(obj, dict):
        raise ArticleError(where, f"{label} is not an object with title and text")
    text = obj.get("text", obj.get("content", obj.get("body")))
    if not isinstance(text, str) or not text.strip():
        raise ArticleError(where, f"{label} has no 'text'")
    fields = {k: obj.get(k) for k in ("title", "url", "source", "id")}
    for key, value in fields.items():
        if value is not None and not isinstance(value, (str, int)):
            raise ArticleError(where, f"{label}: '{key}' must be a string")
    url = str(fields["url"]) if fields["url"] else None
    if url and not url.lower().startswith(("http://", "https://")):
        url = None
    published = obj.get("published", obj.get("date"))
    day, exact = parse_time(published)
    if published not in (None, "") and day is None:
        shown = f"{label}: 'published' {str(published)[:40]!r}"
        if _iso(published):  # a real date, but a typo or a trap: out of the range news has
            raise ArticleError(where, f"{shown} is not a date between {EARLIEST.year} and {LATEST.year}")
        raise ArticleError(where, f"{shown} is not a date (use ISO 8601)")
    source = fields["source"]
    text = bounded_raw(text)
    paragraphs = html_paragraphs(text) if looks_like_html(text) else text_paragraphs(text)
    article = make_article(
        name,
        article_id=str(fields["id"]) if fields["id"] not in (None, "") else short_id(url or fallback),
        title=str(fields["title"] or ""),
        paragraphs=paragraphs,
        outlet=str(source) if source else None,
        published=day,
        url=url,
        notes=notes,
    )
    return Entry(article, exact)


def parse_dump(raw: str, where: str, *, lines: bool) -> tuple[list[Entry], list[str]]:
    """Entries of a dump, and one warning line per bad line or object (the others still count)."""
    entries: list[Entry] = []
    warnings: list[str] = []
    if lines:
        items: list[tuple[str, Any]] = []
        for number, line in enumerate(raw.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                items.append((f"line {number}", json.loads(line)))
            except json.JSONDecodeError as exc:
                warnings.append(f"{where}: line {number} is not valid JSON ({exc.msg})")
            except RecursionError:
                warnings.append(f"{where}: line {number} is nested too deeply")
    else:
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ArticleError(where, f"line {exc.lineno} is not valid JSON ({exc.msg})") from None
        except RecursionError:
            raise ArticleError(where, "nested too deeply to be an article dump") from None
        if isinstance(data, dict) and isinstance(data.get("articles"), list):
            data = data["articles"]
        if isinstance(data, dict):
            data = [data]
        if not isinstance(data, list):
            raise ArticleError(where, "not a list of articles (objects with title and text)")
        items = [(f"item {n}", obj) for n, obj in enumerate(data, start=1)]
    for label, obj in items:
        try:
            entries.append(_article(obj, where, label, f"{where}#{label}", warnings))
        except ArticleError as exc:
            warnings.append(exc.message)
    if not entries and not warnings:
        warnings.append(f"{where}: no articles in it")
    return entries, warnings


def read_dump(path: Path) -> tuple[list[Entry], list[str]]:
    from . import decode  # the text readers' decoding (BOMs, UTF-8, cp1252); imported late: a cycle

    where = str(path)
    data = read_bytes(path, MAX_DUMP_BYTES)
    return parse_dump(decode(data, where), where, lines=path.suffix.lower() in (".jsonl", ".ndjson"))
