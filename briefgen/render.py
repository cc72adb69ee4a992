"""Where a brief is laid out: Brief -> HTML (Jinja2) -> PDF (WeasyPrint), Markdown or JSON.

Article text is untrusted: the templates autoescape it, and WeasyPrint's URL fetcher serves
only files inside the template folders, so no article can make the renderer read a file or
open a URL.
"""

from __future__ import annotations

import functools
import json
import logging
import mimetypes
import os
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import jinja2
from weasyprint import HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

from . import typesetter
from .compose import MAX_CITATIONS
from .corpus import independent, news_day
from .dates import granularity, names_a_time, period_end, period_start
from .errors import RenderError
from .ics import to_ics
from .models import Brief, Item, NextStep, Statement, stands_alone, unmarked
from .text import INVISIBLE

# WeasyPrint logs layout notes (font subsetting, refused URLs) that are not the user's business;
# a handler of our own keeps Python's last-resort handler from printing them.
logging.getLogger("weasyprint").addHandler(logging.NullHandler())
logging.getLogger("fontTools").addHandler(logging.NullHandler())

# Inside JSON strings only (the structure is ASCII), written as \\u escapes; the newlines of the
# indentation are not strings' and stay.
_UNSHOWABLE = re.compile(f"[{INVISIBLE}\u2028\u2029]")


def package_templates() -> Path:
    """The shipped templates: inside the installed package, or the repository's templates/."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "templates", here.parent / "templates"):
        if (candidate / "brief.html.j2").is_file():
            return candidate
    raise RenderError("the brief templates are missing from the installation (templates/brief.html.j2)")


class AssetFetcher(URLFetcher):  # type: ignore[misc]
    """Serves files of the template folders, the first folder that has one winning (so an override
    folder need only hold what it changes); refuses every other URL: http, data, files elsewhere."""

    def __init__(self, roots: Sequence[Path]) -> None:
        super().__init__(allowed_protocols=("file",))
        self.roots = [root.resolve() for root in roots]

    def _asset(self, url: str) -> Path | None:
        parts = urlsplit(url)
        if parts.scheme != "file" or parts.netloc:
            return None
        path = Path(unquote(parts.path)).resolve()
        relative = next((path.relative_to(root) for root in self.roots if path.is_relative_to(root)), None)
        if relative is None:
            return None
        for root in self.roots:
            candidate = (root / relative).resolve()  # a link inside a folder may not lead out of it
            if candidate.is_relative_to(root) and candidate.is_file():
                return candidate
        return None

    def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
        asset = self._asset(url)
        if asset is None:
            raise ValueError(f"briefgen renders only its own assets, not {url[:80]!r}")
        kind = mimetypes.guess_type(asset.name)[0] or "application/octet-stream"
        return URLFetcherResponse(url, asset.read_bytes(), {"Content-Type": kind}, status=200)


@dataclass(frozen=True, slots=True)
class Renderer:
    """Jinja2 environment and asset roots: the user's override folder first, then the shipped one."""

    folders: tuple[Path, ...]

    @classmethod
    def create(cls, override: Path | None = None) -> Renderer:
        folders = ((override,) if override else ()) + (package_templates(),)
        if override and not override.is_dir():
            raise RenderError(f"{override}: templates folder not found")
        return cls(folders)

    def environment(self) -> jinja2.Environment:
        """One environment per set of folders, kept: each layout of the one-page fit renders the
        template, and compiling it again for each was a tenth of a layout's time. (Jinja2 reads a
        template again when its file changes.)"""
        return _environment(self.folders)

    def html(self, brief: Brief) -> str:
        try:
            return self.environment().get_template("brief.html.j2").render(**view(brief))
        except jinja2.TemplateError as exc:
            raise RenderError(f"template brief.html.j2: {exc}") from None

    def document(self, brief: Brief) -> Any:
        """The laid-out pages: `len(document.pages)` is what "one page" is decided by."""
        return self.laid_out(self.html(brief))

    def laid_out(self, html: str) -> Any:
        """The pages of the brief whose HTML (`html`) is given."""
        base = self.folders[0]
        page = HTML(string=html, base_url=base.as_uri() + "/", url_fetcher=AssetFetcher(self.folders))
        return page.render(font_config=FontConfiguration())

    def pdf(self, brief: Brief, document: Any = None) -> bytes:
        """The PDF bytes of `brief` (laid out again unless its `document` is given); the same brief
        gives the same bytes (timestamps are the brief's date)."""
        with _source_date(brief.date):
            return bytes((document or self.document(brief)).write_pdf())

    def fingerprint(self) -> str:
        """What a layout depends on besides the HTML (`typesetter`): the same HTML under the same
        fingerprint lays out on as many pages. (Read each time it is asked: a template edited or a
        font installed between two builds makes another one.)"""
        return typesetter.fingerprint(self.folders, Path(__file__))


@functools.cache
def _environment(folders: tuple[Path, ...]) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(f)) for f in folders]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@contextmanager
def _source_date(day: date) -> Iterator[None]:
    # fontTools stamps subset fonts with "now" unless SOURCE_DATE_EPOCH (the reproducible-builds
    # convention) says otherwise; a user's own setting wins.
    if "SOURCE_DATE_EPOCH" in os.environ:
        yield
        return
    epoch = int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp())
    os.environ["SOURCE_DATE_EPOCH"] = str(max(0, epoch))
    try:
        yield
    finally:
        os.environ.pop("SOURCE_DATE_EPOCH", None)


def day_label(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b}"


def long_date(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def step_label(step: NextStep, today: date) -> str:
    if step.date:
        return day_label(step.date)
    return when_label(step.period, today)


def when_label(period: str | None, today: date) -> str:
    """How the page shows a date value: "Tue 18 Mar", "17–18 Nov", "By Mon 7 Apr", "Week of 17 Mar",
    "Later in March"."""
    if period and granularity(period) == "day":
        return day_label(date.fromisoformat(period))
    if period:
        start = period_start(period)
        kind = granularity(period)
        if kind == "by":
            return f"By {day_label(start)}"
        if kind == "range":
            end = period_end(period)
            if (start.year, start.month) == (end.year, end.month):
                return f"{start.day}–{end.day} {end:%b}"
            return f"{start.day} {start:%b} – {end.day} {end:%b}"
        if kind == "weekend":
            return f"Weekend of {start.day} {start:%b}"
        if kind == "week":
            return f"Week of {start.day} {start:%b}"
        if kind == "year":
            return f"In {period}"
        if kind == "quarter":
            return f"{period[5:]} {period[:4]}"
        if kind == "season":
            season = {"SP": "Spring", "SU": "Summer", "FA": "Autumn", "WI": "Winter"}[period[5:]]
            return f"{season} {period[:4]}"
        return f"Later in {start:%B}" if (start.year, start.month) == (today.year, today.month) else f"{start:%B %Y}"
    return "Date not given"


@dataclass(frozen=True, slots=True)
class Numbering:
    """Source numbers [n] in order of first citation, and which articles each item shows."""

    order: list[int]  # article indexes; source n is order[n-1]
    number: dict[int, int]

    @classmethod
    def of(cls, brief: Brief) -> Numbering:
        order: list[int] = []
        number: dict[int, int] = {}
        for articles in _cited(brief):
            for a in articles:
                if a not in number:
                    number[a] = len(order) + 1
                    order.append(a)
        return cls(order, number)

    def refs(self, brief: Brief, articles: Sequence[int]) -> list[int]:
        return sorted(self.number[a] for a in shown(brief, articles))


def shown(brief: Brief, articles: Sequence[int]) -> list[int]:
    """The articles an item cites on the page: one per independent source, at most MAX_CITATIONS."""
    picked: list[int] = []
    origins: set[int] = set()
    for a in articles:
        origin = brief.corpus.copies.get(a, a)
        if origin not in origins:
            origins.add(origin)
            picked.append(a)
    return picked[:MAX_CITATIONS]


def _cited(brief: Brief) -> list[list[int]]:
    lists = [shown(brief, i.articles) for i in brief.situation]
    lists += [shown(brief, i.articles) for i in brief.key_points]
    lists += [shown(brief, s.cites) for p in brief.positions for s in p.statements]
    for s in brief.next_steps:
        lists += [shown(brief, s.articles), shown(brief, s.also), [a for _, a in s.other_dates]]
    return lists


def provenance(brief: Brief) -> str:
    """The header's "From 14 articles, 9 outlets, 16–17 March 2025"."""
    articles = brief.corpus.articles
    outlets = {a.outlet or a.path for a in articles}
    days = sorted(a.published for a in articles if a.published)
    text = f"From {len(articles)} article{'s' * (len(articles) != 1)}"
    independent_count = independent(brief.corpus, range(len(articles)))
    if independent_count != len(articles):
        text += f" ({independent_count} independent)"
    text += f", {len(outlets)} outlet{'s' * (len(outlets) != 1)}"
    if days:
        first, last = days[0], days[-1]
        if first == last:
            text += f", {long_date(first)}"
        elif (first.year, first.month) == (last.year, last.month):
            text += f", {first.day}–{last.day} {last:%B %Y}"
        else:
            text += f", {first.day} {first:%b} – {long_date(last)}"
    return text


# What ends a headline but reads wrong before the list's ", <date>": "Ryan calls it racist;," or
# "Vell resigns.," ("?" and "!" stay; so does the stop of an ellipsis or of what may be an
# abbreviation: "… in the U.S.", "… Jr.", "… Ida Vell.").
_TITLE_END = re.compile(r"(?:[\s;:,]|(?:(?<=[a-z]{3})|(?<=[0-9\"”’)]))\.)+$")


def listed_title(title: str) -> str:
    """An article's title as the Sources list prints it, before a comma and the date: without the
    end stop or semicolon its headline had."""
    return _TITLE_END.sub("", title) or title


def display_quote(text: str, quote: str | None) -> str:
    """A statement in the actor's own words: the quoted words when they stand alone, else the
    sentence; either without a list marker or dash it opens on ("- ", "— ")."""
    if quote and stands_alone(quote):
        return "“" + unmarked(quote.strip(' “”"')) + "”"
    return unmarked(text)


def view(brief: Brief) -> dict[str, Any]:
    """What the templates see: plain values, source numbers already assigned; the Situation also
    as `paragraphs` (the newest day's news, then the context)."""
    values = _values(brief)
    values["paragraphs"] = situation_paragraphs(values["situation"])
    return values


def _values(brief: Brief) -> dict[str, Any]:
    numbering = Numbering.of(brief)
    articles = brief.corpus.articles
    # The day the Situation's news is of (the newest, unless that day's pieces date no news)
    latest = news_day(brief.corpus, brief.situation[0].articles if brief.situation else ())
    return {
        "topic": brief.topic,
        "date": brief.date.isoformat(),
        "date_long": f"{brief.date:%A} {long_date(brief.date)}",
        "provenance": provenance(brief),
        "note": brief.note,
        "situation": [
            {
                "text": i.text,
                "refs": numbering.refs(brief, i.articles),
                "new": i.is_new,
                "day": day_label(i.day) if i.day else None,
                # The newest day's news: a paragraph of its own, before the context.
                "latest": not latest.isdisjoint(i.articles),
                # The day it was first reported: where a stamped day's lines end in the context
                "told": min((d for a in i.articles if (d := articles[a].published) is not None), default=None),
            }
            for i in brief.situation
        ],
        "key_points": [
            {
                "text": i.text,
                "refs": numbering.refs(brief, i.articles),
                # "1 source" on every line tells nothing: a point is badged when outlets confirm it.
                "support": i.support if i.support > 1 else None,
                "new": i.is_new,
                "day": day_label(i.day) if i.day else None,
            }
            for i in brief.key_points
        ],
        "positions": [
            {
                "actor": p.actor[:1].upper() + p.actor[1:],  # a heading: "City ambulance service"
                "role": p.role,
                "statements": [
                    {"text": display_quote(s.text, s.quote), "refs": numbering.refs(brief, s.cites), "new": s.is_new}
                    for s in p.statements
                ],
            }
            for p in brief.positions
        ],
        "next_steps": [
            {
                "label": step_label(s, brief.date),
                "dated": bool(s.date or s.period),
                "text": s.shown,
                "refs": numbering.refs(brief, s.articles),
                "new": s.is_new,
                "also": numbering.refs(brief, s.also),
                # Another outlet gives the same event another day: shown, not listed twice.
                "differ": [
                    {"label": when_label(value, brief.date), "refs": numbering.refs(brief, [a])}
                    for value, a in s.other_dates
                ],
            }
            for s in brief.next_steps
        ],
        "sources": [
            {
                "n": n,
                "title": listed_title(article.title),
                "outlet": article.outlet or Path(article.path).name,  # the design: "outlet or file"
                "date": long_date(article.published) if article.published else "undated",
            }
            for n, article in enumerate((articles[a] for a in numbering.order), start=1)
        ],
    }


def situation_paragraphs(items: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The Situation as paragraphs: what the newest day brought, then the context (one paragraph
    when the story has no newest day to set apart)."""
    latest = [i for i in items if i["latest"]]
    context = [i for i in items if not i["latest"]]
    return [group for group in (latest, *_stamped_days(context)) if group] or [[]]


def _stamped_days(context: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The context, in a new paragraph after a day stamp's lines where a line first reported on
    another day, with no time of its own, follows: run on after "Fri 19 Aug …" it would read as that
    day's news. A stamp dates its own line; a line with its own stamp or its own time ("in 1975")
    dates itself, and lines of the stamped article's day may follow it (one paragraph when no line
    is stamped)."""
    groups: list[list[dict[str, Any]]] = [[]]
    stamped = None  # the day first reported of the stamped line the paragraph runs on from
    for item in context:
        if item["day"]:
            stamped = item.get("told")
        elif stamped is not None and item.get("told") != stamped and not names_a_time(item["text"]):
            groups.append([])
            stamped = None
        groups[-1].append(item)
    return groups


def encode(brief: Brief, fmt: str, renderer: Renderer, layout: Any = None) -> bytes:
    """The brief in a format (pdf, html, md, json, ics); a PDF from its one-page `layout` when given."""
    if fmt == "pdf":
        return renderer.pdf(brief, layout)
    if fmt == "html":
        return renderer.html(brief).encode("utf-8")
    if fmt == "md":
        return to_markdown(brief).encode("utf-8")
    if fmt == "ics":
        return to_ics(brief)
    return to_json(brief).encode("utf-8")


def to_json(brief: Brief) -> str:
    """The JSON shape other tools rely on (see docs/usage.md): keys and nesting never change."""
    numbering = Numbering.of(brief)
    articles = brief.corpus.articles

    def iso(day: date | None) -> str | None:
        return day.isoformat() if day else None

    def new(item: Item | Statement | NextStep) -> dict[str, bool]:
        # Only a brief compared with an earlier one says what is new: the shape is otherwise unchanged.
        return {} if brief.note is None else {"new": bool(item.is_new)}

    data: dict[str, Any] = {
        "topic": brief.topic,
        "date": brief.date.isoformat(),
        "situation": [
            {"text": i.text, "sources": numbering.refs(brief, i.articles), "day": iso(i.day), **new(i)}
            for i in brief.situation
        ],
        "key_points": [
            {
                "text": i.text,
                "sources": numbering.refs(brief, i.articles),
                "support": i.support,
                "day": iso(i.day),
                **new(i),
            }
            for i in brief.key_points
        ],
        "positions": [
            {
                "actor": p.actor,
                # The actor's title or office as the text gives it ("Kremlin spokesman"), null when none.
                "role": p.role,
                "statements": [
                    {
                        "text": s.text,
                        "quote": s.quote,
                        # `sources` carry `text`; `quote_sources`, only the same quoted words.
                        "sources": numbering.refs(brief, [a for a in shown(brief, s.cites) if a in s.articles]),
                        "quote_sources": numbering.refs(brief, [a for a in shown(brief, s.cites) if a in s.quoted_in]),
                        **new(s),
                    }
                    for s in p.statements
                ],
            }
            for p in brief.positions
        ],
        "next_steps": [
            {
                "text": s.shown,
                "date": _first_day(s),
                "when": s.date.isoformat() if s.date else s.period,
                "sources": numbering.refs(brief, s.articles),
                **new(s),
                "also": numbering.refs(brief, s.also),
                **(
                    {
                        "other_dates": [
                            {"when": value, "sources": numbering.refs(brief, [a])} for value, a in s.other_dates
                        ]
                    }
                    if s.other_dates
                    else {}
                ),
            }
            for s in brief.next_steps
        ],
        "sources": [
            {
                "n": n,
                "id": article.id,
                "title": article.title,
                "path": article.path,
                "published": article.published.isoformat() if article.published else None,
            }
            for n, article in enumerate((articles[a] for a in numbering.order), start=1)
        ],
    }
    if brief.note is not None:
        data["note"] = brief.note
    # Text is cleaned on reading; names that are not (paths) keep their characters, escaped.
    return _UNSHOWABLE.sub(lambda m: json.dumps(m.group())[1:-1], json.dumps(data, ensure_ascii=False, indent=2)) + "\n"


def _first_day(step: NextStep) -> str | None:
    """The day the text names: the step's day, or the first of a range ("Nov. 17-18")."""
    if step.date:
        return step.date.isoformat()
    if step.period and granularity(step.period) == "range":
        return period_start(step.period).isoformat()
    return None


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_{}[]<>()#+-!|~"} | {"&": "&amp;"})


def md_escape(text: str) -> str:
    """Article text in Markdown shows as text: no emphasis, links, HTML or headings from it."""
    return text.translate(_MD_SPECIAL)


def to_markdown(brief: Brief) -> str:
    v = view(brief)

    def refs(ns: list[int]) -> str:
        return " " + "".join(f"\\[{n}\\]" for n in ns) if ns else ""

    def new(item: dict[str, Any]) -> str:
        return "**NEW** " if item["new"] else ""

    lines = [
        f"# {md_escape(v['topic'])} brief — {v['date']}",
        "",
        f"_{md_escape(v['provenance'])}_",
        "",
        "## Situation",
        "",
    ]
    if v["note"]:
        lines += [f"**{md_escape(v['note'])}**", ""]

    def day(item: dict[str, Any]) -> str:
        return f"_{item['day']}:_ " if item["day"] else ""

    if not v["situation"] and not v["note"]:
        lines += ["_No sentence in these sources stands on its own as a summary._", ""]
    for group in filter(None, v["paragraphs"]):
        lines += [" ".join(new(i) + day(i) + md_escape(i["text"]) + refs(i["refs"]) for i in group), ""]
    lines.pop()

    def section(title: str, items: list[Any], none: str) -> None:
        """A section's heading, or its line saying it is empty; since an earlier brief (a note), a
        section with nothing new is left out, as on the page."""
        if items or not v["note"]:
            lines.extend(["", f"## {title}", ""] + ([] if items else [f"_{none}_"]))

    section("Key points", v["key_points"], "No point beyond the Situation in these sources.")
    for i in v["key_points"]:
        count = f" ({i['support']} sources)" if i["support"] else ""
        lines.append(f"- {new(i)}{day(i)}{md_escape(i['text'])}{refs(i['refs'])}{count}")
    section("Positions", v["positions"], "No statement in these sources has a speaker certain enough to show.")
    for p in v["positions"]:
        role = f" ({md_escape(p['role'])})" if p["role"] else ""
        for s in p["statements"]:
            lines.append(f"- **{md_escape(p['actor'])}**{role}: {new(s)}{md_escape(s['text'])}{refs(s['refs'])}")
    section("Next steps", v["next_steps"], "No dated event to come in these sources.")
    for s in v["next_steps"]:
        also = f" (also{refs(s['also'])})" if s["also"] else ""
        differ = "".join(f" (or {d['label']}{refs(d['refs'])})" for d in s["differ"])
        lines.append(f"- **{s['label']}**{differ}: {new(s)}{md_escape(s['text'])}{refs(s['refs'])}{also}")
    lines += ["", "## Sources", ""]
    for s in v["sources"]:
        lines.append(f"{s['n']}. {md_escape(s['outlet'])} — {md_escape(s['title'])}, {s['date']}")
    lines += ["", "_Every sentence above is quoted from the sources listed; nothing is paraphrased._", ""]
    return "\n".join(lines)
