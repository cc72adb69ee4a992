"""What every non-file reader shares: an article with its exact publication time, and text from HTML.

Feeds, pages and dumps give their text as HTML or as loose paragraphs; both become the same
`Article` the text-file reader makes (clean text, no boilerplate lines), so later stages cannot
tell where an article came from.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from dataclasses import dataclass
from datetime import UTC, date, datetime
from html.parser import HTMLParser
from pathlib import Path

from ..errors import ArticleError
from ..models import EARLIEST, LATEST, Article
from ..text import bounded, clean, is_boilerplate, printable, squash, stand_in_title
from .textfile import parse_date
from .web import address_problem, redact

MAX_PARAGRAPHS = 2000  # an article longer than this is a dump of something else
# A long feature is 100,000 characters; a longer text is read up to here (the rest is reported),
# whether it came in a file, a feed, a page or a dump: later stages are not linear in it.
MAX_ARTICLE_CHARS = 1_000_000


@dataclass(frozen=True, slots=True)
class Entry:
    """An article and, when the source gives one, the exact time it was published (UTC)."""

    article: Article
    published_at: datetime | None = None
    summary_only: bool = False  # a full_text feed's entry whose page could not be read (yet)


def read_bytes(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; ArticleError (naming it) otherwise.

    Non-blocking, and the checks on the opened file itself: a FIFO or a device (a source named
    /dev/zero, a link to one) would block the run or never end, a file that grows after a check
    would be read whole."""
    name = printable(str(path))
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        with os.fdopen(fd, "rb") as handle:
            status = os.fstat(handle.fileno())
            if stat.S_ISDIR(status.st_mode):
                raise ArticleError(name, "is a folder")
            if not stat.S_ISREG(status.st_mode):
                raise ArticleError(name, "not a regular file")
            if status.st_size > limit:
                raise ArticleError(
                    name, f"too large ({status.st_size // 1_000_000} MB; the limit is {limit // 1_000_000} MB)"
                )
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise ArticleError(name, "no such file") from None
    except IsADirectoryError:
        raise ArticleError(name, "is a folder") from None
    except OSError as exc:
        raise ArticleError(name, f"cannot be read ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise ArticleError(name, f"too large (over {limit // 1_000_000} MB)")
    return data


# Elements whose text is never article text, and elements that end a paragraph.
_SKIP = frozenset("script style noscript template head title svg math iframe object embed form button select".split())
_BLOCK = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote pre section article header footer aside tr table "
    "figure figcaption dd dt hr".split()
)


class _TextOf(HTMLParser):
    """Text of an HTML fragment, a paragraph per block element. Never fetches or resolves anything."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[list[str]] = [[]]
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCK:
            self.blocks.append([])

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK:
            self.blocks.append([])

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.blocks[-1].append(data)


def html_paragraphs(html: str) -> list[str]:
    """The paragraphs of an HTML fragment as plain text (entities decoded, tags gone)."""
    parser = _TextOf()
    parser.feed(html)
    parser.close()
    return [text for block in parser.blocks if (text := squash(clean("".join(block))))]


def text_paragraphs(text: str) -> list[str]:
    """Paragraphs of plain text: blank lines separate them; wrapped lines are joined."""
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", clean(text)):
        lines = [line for line in block.split("\n") if line and not is_boilerplate(line)]
        if any(len(line) > 120 for line in lines):  # one paragraph a line
            paragraphs.extend(squash(line) for line in lines)
        elif lines:
            paragraphs.append(squash(" ".join(lines)))
    return paragraphs


def bounded_raw(text: str) -> str:
    """Raw text (HTML or plain) cut well past what `make_article` keeps, so that cleaning and
    splitting a 50 MB field costs no more than a long article; `make_article` cuts exactly."""
    return bounded(text, 3 * MAX_ARTICLE_CHARS)[0]


def looks_like_html(text: str) -> bool:
    return bool(re.search(r"</?(p|div|br|span|a|em|strong|b|i|li|ul|ol|h[1-6]|blockquote)\b[^>]*>", text, re.I))


def parse_time(value: object) -> tuple[date | None, datetime | None]:
    """A publication date, and the exact time when the value has one (as UTC). Bad values give (None, None)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            moment = datetime.fromtimestamp(value, UTC)
        except (OverflowError, OSError, ValueError):
            return None, None
        return (moment.date(), moment) if EARLIEST <= moment.date() <= LATEST else (None, None)
    if not isinstance(value, str) or not value.strip():
        return None, None
    text = value.strip()
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        day = parse_date(text)
        return day, None
    if not EARLIEST <= moment.date() <= LATEST:
        return None, None
    if len(text) <= 10:  # a bare date: no time of day to speak of
        return moment.date(), None
    moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return moment.date(), moment


def short_id(*parts: str) -> str:
    """A stable id for an article that has no id of its own (from its URL or its place in a file)."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


_HEADLINE_END = " .;:,!?"


def make_article(
    where: str,
    *,
    article_id: str,
    title: str,
    paragraphs: list[str],
    outlet: str | None,
    published: date | None,
    url: str | None,
    notes: list[str] | None = None,
) -> Article:
    """An Article from already-split paragraphs; ArticleError when no text is left. A text longer
    than MAX_ARTICLE_CHARS is kept up to there, and `notes` gets a line saying so."""
    if url and (problem := address_problem(url)):
        # The link is the article's address in the store and on the page: one that is no address
        # (a port out of range, spaces) marks a broken entry, skipped rather than stored half-right.
        raise ArticleError(where, f"its link {printable(redact(url))[:100]!r} is not a valid address ({problem})")
    # The headline repeated as the body's first line is no sentence of the story, whatever mark a
    # feed ends either with ("Fares to double;" over "Fares to double.").
    heading = squash(clean(title)).casefold().rstrip(_HEADLINE_END)
    body: list[str] = []
    size = 0
    for p in (squash(clean(p)) for p in paragraphs[: MAX_PARAGRAPHS * 2]):
        if not p or is_boilerplate(p) or (heading and p.casefold().rstrip(_HEADLINE_END) == heading):
            continue
        if size + len(p) > MAX_ARTICLE_CHARS:
            if not body:  # one paragraph longer than the limit: its head (else whole paragraphs only)
                body.append(bounded(p, MAX_ARTICLE_CHARS)[0].rstrip())
            if notes is not None:
                limit = f"{MAX_ARTICLE_CHARS:,}"
                notes.append(f"{where}: the text after its first {limit} characters (the limit per article)")
            break
        body.append(p)
        size += len(p) + 1
    if not body:
        raise ArticleError(where, "no article text in it")
    return Article(
        id=article_id[:80],
        title=squash(clean(title))[:300] or stand_in_title(body[0]),
        path=url or where,
        outlet=squash(clean(outlet))[:120] if outlet else None,
        published=published,
        key_points=(),
        paragraphs=tuple(body[:MAX_PARAGRAPHS]),
        url=url,
    )
