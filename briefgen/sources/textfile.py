"""Reader for article text files: the seed layout, plain text and Markdown.

Seed layout: a title line, an id line, a slug line, optional `Key: value` header lines
(`Date:`, `Outlet:`), an optional "Key Points:" list of bullets, then body paragraphs with
short heading lines, and trailing page furniture ("Advertisement") that is dropped.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

from ..errors import ArticleError
from ..models import EARLIEST, LATEST, Article
from ..text import MAX_SENTENCE_CHARS, MAX_WORD_CHARS, clean, is_boilerplate, is_heading, squash

_HEADER_FIELD = re.compile(
    r"^(date|published|dateline|outlet|source|publication|publisher|id|slug|url|author|by)\s*:\s*(.+)$",
    re.IGNORECASE,
)
_TOKEN_LINE = re.compile(r"^[\w][\w.:/#-]{0,80}$")
_KEY_POINTS = re.compile(r"^(key points|key takeaways|highlights|in brief|at a glance)\s*:?$", re.I)
_BULLET = re.compile(r"^(?:[•·▪◦‣*+–—-]|\d{1,2}[.)])\s+(.*)$")
_MD_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*$")
# Bounded, and no bracket inside: a line of 200,000 "[" took 100 s with `[^\]]*`.
_MD_LINK = re.compile(r"!?\[([^\[\]\n]{0,500})\]\([^()\n]{0,2000}\)")
# Bounded and without nested repetition: a line of "*a *a *a" must not take quadratic time.
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|`)(?=[^\s*_`])([^*_`\n]{1,300}?)(?<=\S)\1")
_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%B %d %Y", "%Y/%m/%d", "%d.%m.%Y")
_FIELD_NAMES = {
    "published": "date",
    "dateline": "date",
    "source": "outlet",
    "publication": "outlet",
    "publisher": "outlet",
    "by": "author",
}


def parse_date(value: str) -> date | None:
    value = value.strip().strip("\"'")
    parsed = None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        for fmt in _DATE_FORMATS:
            try:
                parsed = datetime.strptime(value, fmt).date()
                break
            except ValueError:
                continue
    return parsed if parsed and EARLIEST <= parsed <= LATEST else None


# A title or outlet name is shown whole in the Sources list: a longer one is a paragraph or a trap.
MAX_TITLE_CHARS, MAX_OUTLET_CHARS = 200, 80


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return (text[:cut] if cut > limit // 2 else text[: limit - 1]) + "…"


def _short(bullet: str) -> bool:
    """A key point a reader takes in at a glance (a longer "bullet" is read as a paragraph)."""
    return len(bullet) <= MAX_SENTENCE_CHARS and max(map(len, bullet.split()), default=0) <= MAX_WORD_CHARS


def _strip_markdown(line: str) -> str:
    line = _MD_LINK.sub(r"\1", line)
    return _MD_EMPHASIS.sub(r"\2", line)


def _front_matter(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    if not lines or lines[0] != "---":
        return {}, lines
    for end in range(1, min(len(lines), 60)):
        if lines[end] in ("---", "..."):
            fields = {}
            for line in lines[1:end]:
                key, sep, value = line.partition(":")
                if sep:
                    fields[key.strip().lower()] = value.strip().strip("\"'")
            return fields, lines[end + 1 :]
    return {}, lines


def _header_follows(lines: list[str], start: int) -> bool:
    """The lines from `start` open a header block: a `Key: value` field, or an id line followed
    by a slug or a field."""
    following = [line for line in lines[start : start + 8] if line][:2]
    if not following:
        return False
    if _HEADER_FIELD.match(following[0]):
        return True
    return (
        len(following) == 2
        and bool(_TOKEN_LINE.match(following[0]))
        and bool(_TOKEN_LINE.match(following[1]) or _HEADER_FIELD.match(following[1]))
    )


def _head(raw: str, path: str) -> tuple[list[str], int, str, dict[str, str], list[str]]:
    """The article's lines, where its body starts, its title, its header fields (`Date:`,
    `Outlet:`, front matter) and its bare id and slug lines."""
    markdown = path.lower().endswith((".md", ".markdown"))
    fields, lines = _front_matter(clean(raw).split("\n"))
    fields = {_FIELD_NAMES.get(k, k): v for k, v in fields.items()}
    if markdown:
        lines = [_strip_markdown(line) for line in lines]

    i = 0
    while i < len(lines) and not lines[i]:
        i += 1
    title = fields.get("title", "")
    first = lines[i] if i < len(lines) else ""
    heading = _MD_HEADING.match(first)
    short = bool(first) and len(first.split()) <= 25
    headline = short and not re.search(r"[:.,;][\"'”’)]*$", first)
    # The first line is the title when it is a headline, not the opening paragraph; a header block
    # after it (id, slug, `Date:`) makes it one even when it ends like a sentence, in a quotation.
    if not title and (
        heading
        or (headline and (i + 1 >= len(lines) or not lines[i + 1] or is_heading(first)))
        or (short and _header_follows(lines, i + 1))
    ):
        title = heading.group(1) if heading else first
        i += 1

    # Header block: bare id and slug lines, `Key: value` fields.
    tokens: list[str] = []
    while i < len(lines):
        line = lines[i]
        field = _HEADER_FIELD.match(line)
        if not line:
            pass
        elif field and (field.group(1).lower() != "by" or len(line.split()) <= 6):
            key = field.group(1).lower()
            fields.setdefault(_FIELD_NAMES.get(key, key), field.group(2).strip())
        elif _TOKEN_LINE.match(line) and len(tokens) < 2 and not _KEY_POINTS.match(line):
            tokens.append(line)
        else:
            break
        i += 1
    return lines, i, title, fields, tokens


def published_in(head: str, path: str) -> date | None:
    """The date the header of an article's text gives (its first few kilobytes are enough), or
    None: what orders articles by recency before they are read whole."""
    fields = _head(head, path)[3]
    return parse_date(fields["date"]) if "date" in fields else None


def parse_article(raw: str, path: str, fallback_id: str) -> Article:
    """Read one article's text; raises ArticleError when nothing usable is in it."""
    markdown = path.lower().endswith((".md", ".markdown"))
    lines, i, title, fields, tokens = _head(raw, path)

    key_points: list[str] = []
    paragraphs: list[str] = []
    block: list[str] = []

    def flush() -> None:
        # A block of long lines holds one paragraph a line; short lines are a wrapped paragraph.
        if not block:
            return
        if any(len(line) > 120 for line in block):
            paragraphs.extend(block)
        else:
            paragraphs.append(" ".join(block))
        block.clear()

    def starts_sentence(index: int) -> bool:
        following = lines[index + 1] if index + 1 < len(lines) else ""
        return not following or following.lstrip("\"'“‘([")[:1].isupper()

    in_key_points = False
    for index in range(i, len(lines)):
        line = lines[index]
        if not line:
            flush()
            continue
        if _KEY_POINTS.match(line):
            flush()
            in_key_points = True
            continue
        bullet = _BULLET.match(line)
        if in_key_points:
            if bullet and _short(bullet.group(1)):
                key_points.append(squash(bullet.group(1)))
                continue
            in_key_points = False
        if is_boilerplate(line):
            flush()
            continue
        md_heading = _MD_HEADING.match(line) if markdown else None
        # A heading: a short capitalised line between finished sentences, not a wrapped line.
        if md_heading or (
            is_heading(line)
            and line[:1].isupper()
            and (not block or block[-1][-1:] in ".!?”\"'’")
            and starts_sentence(index)
        ):
            flush()
            continue
        if bullet:
            flush()
            paragraphs.append(bullet.group(1))
            continue
        block.append(line)
    flush()

    if not paragraphs and not key_points:
        raise ArticleError(path, "no article text in it (empty, or only headings and boilerplate)")

    published = None
    if "date" in fields:
        published = parse_date(fields["date"])
        if published is None:
            raise ArticleError(
                path, f"the date {fields['date'][:40]!r} is not a date between 1900 and 2199 (use YYYY-MM-DD)"
            )
    article_id = fields.get("id") or (tokens[0] if tokens else fallback_id)
    slug = fields.get("slug") or (tokens[1] if len(tokens) > 1 else None)
    return Article(
        id=article_id[:80],
        title=_shorten(squash(title) or Path(path).stem, MAX_TITLE_CHARS),
        path=path,
        outlet=_shorten(squash(fields["outlet"]), MAX_OUTLET_CHARS) if fields.get("outlet") else None,
        published=published,
        key_points=tuple(key_points),
        paragraphs=tuple(squash(p) for p in paragraphs),
        slug=slug,
    )
