"""`briefgen site`: a static website of every brief recorded in the store — a home page, a page
per topic and per brief, Atom feeds, calendars, search and a page per actor — that any web server
(or a folder opened in a browser, search aside) can serve.

The stages: the store's record of briefs (archive.py) -> what the site holds (plan.py) -> pages,
feeds, calendars and the search index (pages.py, feeds.py, search.py) -> files on disk, written
so that a reader never sees half a site (output.py).
"""

from __future__ import annotations

import logging
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from .. import archive, store
from ..config import Config
from ..errors import InputError
from ..ics import to_ics
from ..options import SiteRequest, site_address
from ..render import Renderer
from . import feeds, search
from .output import ASSETS, ENTRY, HOME, INDEXES, LEAVES, PAGES, Previous, SiteFile, locked, previous, write_site
from .pages import Pages
from .plan import ACTORS_INDEX, Site, TopicBriefs, brief_path, plan, topic_path

__all__ = ["SiteResult", "make_site", "site"]

log = logging.getLogger("briefgen.website")


@dataclass(frozen=True, slots=True)
class SiteResult:
    folder: Path
    topics: int
    briefs: int
    actors: int
    written: int  # files new or changed
    unchanged: int
    removed: int  # files of an earlier run no longer made
    warnings: tuple[str, ...]  # recorded briefs left out (recorded by another version)

    def summary(self) -> str:
        counts = f"{self.briefs} brief{'s' * (self.briefs != 1)}, {self.topics} topic{'s' * (self.topics != 1)}"
        counts += f", {self.actors} actor{'s' * (self.actors != 1)}"
        changes = f"{self.written} file{'s' * (self.written != 1)} written, {self.unchanged} unchanged"
        changes += f", {self.removed} removed" if self.removed else ""
        return f"{self.folder}: {counts} ({changes})"


def site(request: SiteRequest, settings: Config) -> SiteResult:
    """`briefgen site`: the request's folder and address, else the config's [site] folder (default
    site/ next to the config) and base_url; the config's store and templates."""
    base_url = request.base_url or (settings.site.base_url if settings.site else None)
    return make_site(request.out or settings.site_folder, settings.db, settings.templates, base_url)


def make_site(out: Path, db: Path, templates: Path | None = None, base_url: str | None = None) -> SiteResult:
    """Make (or bring up to date) the site in `out` from the record of briefs in the store `db`."""
    base_url = site_address(base_url) if base_url else None  # absolute links in feeds and calendars
    previous(out)  # a folder that is not a briefgen site is refused before any work
    where = db
    if not where.is_file():
        raise InputError(f"{where}: no store yet; every `briefgen build` records its brief there")
    warnings: list[str] = []
    with closing(store.open_db(where)) as connection:
        records = archive.records(connection, warnings)
    log.info("%d recorded brief(s) in %s, %d left out", len(records), where, len(warnings))
    site = plan(records)
    renderer = Renderer.create(templates)
    pages = Pages.create(renderer)
    with locked(out) as before:
        files = _assets(renderer, pages)
        brief_pages: dict[str, bytes] = {}
        for topic in site.topics:
            files += _topic_files(topic, pages, renderer, before, out, base_url, brief_pages)
        files += [SiteFile(path, data, stage=PAGES) for path, data in brief_pages.items()]
        log.info("laid out %d brief page(s) of %d topic(s)", len(brief_pages), len(site.topics))
        files += _actor_files(site, pages)
        files += [
            SiteFile("search.html", pages.search(), stage=INDEXES),
            SiteFile("index.html", pages.home(site), stage=HOME),
        ]
        index = search.index(brief_pages)
        log.info("search index: %d file(s); %d actor page(s)", len(index), len(site.actors))
        for path, data in index.items():
            files.append(SiteFile(path, data, stage=ENTRY if path.endswith("pagefind-entry.json") else ASSETS))
        written = write_site(out, files, before)
        log.info("%s: %d file(s) written, %d removed", out, len(written.written), len(written.removed))
    return SiteResult(
        folder=out,
        topics=len(site.topics),
        briefs=sum(len(t.records) for t in site.topics),
        actors=len(site.actors),
        written=len(written.written),
        unchanged=written.unchanged,
        removed=len(written.removed),
        warnings=tuple(warnings),
    )


def _assets(renderer: Renderer, pages: Pages) -> list[SiteFile]:
    """Styles, fonts and scripts: the site's own copies, so no page loads anything from elsewhere."""
    files = [
        SiteFile("assets/brief.css", pages.stylesheet(), stage=ASSETS),
        SiteFile("assets/site.css", pages.asset("site/site.css"), stage=ASSETS),
        SiteFile("assets/search.js", pages.asset("site/search.js"), stage=ASSETS),
        SiteFile("assets/favicon.svg", pages.asset("site/favicon.svg"), stage=ASSETS),
    ]
    fonts: dict[str, Path] = {}
    for folder in reversed(renderer.folders):  # an override folder's font wins
        for font in sorted((folder / "fonts").glob("*")) if (folder / "fonts").is_dir() else ():
            if font.is_file() and not font.name.startswith("."):
                fonts[font.name] = font
    files += [SiteFile(f"assets/fonts/{name}", copy=path, stage=ASSETS) for name, path in sorted(fonts.items())]
    return files


def _topic_files(
    topic: TopicBriefs,
    pages: Pages,
    renderer: Renderer,
    before: Previous,
    out: Path,
    base_url: str | None,
    brief_pages: dict[str, bytes],
) -> list[SiteFile]:
    files = []
    for index, record in enumerate(topic.records):
        brief_pages[brief_path(topic.name, record.date, "html")] = pages.brief(topic, index)
        files.append(SiteFile(brief_path(topic.name, record.date, "ics"), to_ics(record.brief), stage=LEAVES))
        files.append(_pdf(record, brief_path(topic.name, record.date, "pdf"), renderer, before, out))
    files += [
        SiteFile(topic_path(topic.name), pages.topic(topic), stage=INDEXES),
        SiteFile(
            topic_path(topic.name, "feed.atom"),
            feeds.atom(topic, lambda i: pages.content(topic, i), base_url),
            stage=INDEXES,
        ),
        SiteFile(topic_path(topic.name, "calendar.ics"), feeds.calendar(topic, base_url), stage=INDEXES),
    ]
    return files


def _pdf(record: archive.Record, path: str, renderer: Renderer, before: Previous, out: Path) -> SiteFile:
    """The brief's PDF: the file its build wrote when it is still that brief's, else the copy an
    earlier run put on the site, else laid out again from the record (the same bytes)."""
    recorded = record.file("pdf")
    if recorded is not None and _is_pdf(recorded.path):
        return SiteFile(path, copy=recorded.path, stage=LEAVES, tag=record.digest)
    existing = out.joinpath(*path.split("/"))
    if before.tag(path) == record.digest and existing.is_file() and not existing.is_symlink():
        return SiteFile(path, copy=existing, stage=LEAVES, tag=record.digest)
    return SiteFile(path, renderer.pdf(record.brief), stage=LEAVES, tag=record.digest)


def _is_pdf(path: Path) -> bool:
    """Only a PDF is published as one, whatever the store says the file is."""
    try:
        with path.open("rb") as handle:
            return handle.read(5) == b"%PDF-"
    except OSError:
        return False


def _actor_files(site: Site, pages: Pages) -> list[SiteFile]:
    files = [SiteFile(actor.path, pages.actor(actor), stage=PAGES) for actor in site.actors]
    files.append(SiteFile(f"actors/{ACTORS_INDEX}.html", pages.actors(site.actors), stage=INDEXES))
    return files
