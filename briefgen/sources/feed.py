"""Reader for RSS and Atom feeds (feedparser): one Article per entry, from a URL's bytes or a file.

Feed XML is hostile: before feedparser sees it, defusedxml refuses entity declarations (the
billion-laughs bomb, external entities naming local files) and anything that declares them is
not parsed at all. feedparser is only ever given bytes, never a URL or a path it might open.
"""

from __future__ import annotations

import calendar
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError
from xml.sax import SAXParseException

import defusedxml
import defusedxml.ElementTree
import feedparser

from ..errors import ArticleError
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

MAX_FEED_BYTES = 20_000_000
MAX_ENTRIES = 1000


def check_xml(data: bytes, where: str) -> None:
    """Refuse XML that declares entities or a DTD with external parts; malformed XML is left to feedparser."""
    try:
        defusedxml.ElementTree.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except defusedxml.EntitiesForbidden:
        raise ArticleError(where, "refused: XML entity declarations (a feed never needs them)") from None
    except (defusedxml.ExternalReferenceForbidden, defusedxml.DTDForbidden):
        raise ArticleError(where, "refused: XML that refers to external files or addresses") from None
    except (ParseError, ValueError):
        # Broken XML: feedparser's lenient parser copes with much of it, and that parser does
        # not act on DTDs; but a declaration it cannot check is refused all the same.
        head = data[:65536].replace(b"\x00", b"").upper()
        if b"<!ENTITY" in head:
            raise ArticleError(where, "refused: XML entity declarations (a feed never needs them)") from None


def _time(entry: Any) -> tuple[Any, datetime | None]:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            try:
                moment = datetime.fromtimestamp(calendar.timegm(parsed), UTC)
            except (OverflowError, ValueError, OSError):
                continue
            day, exact = parse_time(moment.isoformat())
            if day:
                return day, exact
    for key in ("published", "updated"):
        day, exact = parse_time(entry.get(key))
        if day:
            return day, exact
    return None, None


def _paragraphs(entry: Any) -> list[str]:
    """The fullest text the entry carries: content:encoded / Atom content before the summary."""
    candidates = [c.get("value", "") for c in entry.get("content", []) or []]
    candidates.append(entry.get("summary", "") or "")
    text = bounded_raw(max(candidates, key=len))
    return html_paragraphs(text) if looks_like_html(text) else text_paragraphs(text)


def parse_feed(
    data: bytes, where: str, *, base_url: str | None = None, content_type: str | None = None
) -> tuple[list[Entry], list[str]]:
    """Entries of a feed's bytes, and one warning line per entry that has no usable text."""
    if len(data) > MAX_FEED_BYTES:
        raise ArticleError(where, f"larger than {MAX_FEED_BYTES // 1_000_000} MB; not read")
    check_xml(data, where)
    # The HTTP charset counts as feedparser's own fetching would count it; the URL is only a label.
    headers = {k: v for k, v in (("content-location", base_url), ("content-type", content_type)) if v}
    parsed = feedparser.parse(data, response_headers=headers, sanitize_html=True, resolve_relative_uris=False)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        if b"<html" in data[:4096].lower():
            reason = " but an HTML page (a web page is a {page = ...} source)"
        elif isinstance(problem, SAXParseException):
            reason = f" (XML error: {' '.join(str(problem.getMessage()).split())[:100]})"
        else:
            reason = ""
        raise ArticleError(where, f"not an RSS or Atom feed{reason}")
    outlet = parsed.feed.get("title") or None
    entries: list[Entry] = []
    warnings: list[str] = []
    if len(parsed.entries) > MAX_ENTRIES:  # a feed is a day's news: more is a dump, or a trap
        rest = len(parsed.entries) - MAX_ENTRIES
        warnings.append(f"{where}: the {rest:,} entries after its first {MAX_ENTRIES:,} (the limit per feed)")
    for n, entry in enumerate(parsed.entries[:MAX_ENTRIES], start=1):
        link = entry.get("link") or None
        if link and not link.lower().startswith(("http://", "https://")):
            link = None
        source = entry.get("source") or {}
        day, exact = _time(entry)
        name = f"{where} entry {n}"
        try:
            article = make_article(
                name,
                article_id=short_id(link or entry.get("id") or f"{where}#{n}"),
                title=entry.get("title", "") or "",
                paragraphs=_paragraphs(entry),
                outlet=source.get("title") or outlet,
                published=day,
                url=link,
                notes=warnings,
            )
        except ArticleError as exc:
            warnings.append(exc.message)
            continue
        entries.append(Entry(article, exact))
    return entries, warnings


def read_feed_file(path: Path) -> tuple[list[Entry], list[str]]:
    return parse_feed(read_bytes(path, MAX_FEED_BYTES), str(path))
