"""Briefs recorded by real builds, for the website's tests: the seeds from folders, the port story
fetched from a feed on 127.0.0.1 over two days (so the second brief marks what is new), and a
brief of hostile articles whose text carries markup and a link to an address no page may load."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from briefgen.config import load
from briefgen.fetch import fetch
from briefgen.models import Brief
from briefgen.pipeline import build

from . import stories
from .conftest import CHIPS, UKRAINE, write_article
from .stories import MEDIATOR, PAUSE, SHIPPERS, STRIKE
from .webserver import Route, serve

# Where the hostile text points: nothing in the site may ever ask for it.
TRAP = "http://127.0.0.1:9/trap"
HOSTILE = [
    f'The ministry said <img src="{TRAP}/img.png" onerror="alert(1)"> the ferry talks would resume on Monday.',
    f'Officials said <link rel="stylesheet" href="{TRAP}/evil.css"> the ferry talks would resume in Oslo.',
    "“We will <script>alert(2)</script> return to the ferry talks,” said Transport Minister Anna Example.",
    "The envoy said {{ 7*7 }} and <b>bold</b> were on the agenda for the ferry talks in Oslo.",
]
# Each article's title carries one of the payloads too: four one-sentence articles on one story make
# a brief of few sentences (what repeats another is not chosen), and a cited article's title is listed.
IN_TITLES = [f'<img src="{TRAP}/img.png" onerror="alert(1)">', "{{ 7*7 }}", "<script>alert(2)</script>", "<b>bold</b>"]


@dataclass(frozen=True)
class Recorded:
    db: Path
    files: Path  # where the builds wrote their briefs
    pdfs: dict[tuple[str, date], Path]
    briefs: dict[tuple[str, date], Brief]  # as the builds made them


def record_briefs(folder: Path) -> Recorded:
    db = folder / "store.sqlite3"
    out = folder / "output"
    pdfs: dict[tuple[str, date], Path] = {}
    briefs: dict[tuple[str, date], Brief] = {}

    def pdf(topic: str, day: date, sources: list[Path], config: Path | None = None) -> None:
        target = out / topic / f"{day.isoformat()}.pdf"
        result = build(topic, sources, day, "pdf", target, config, db=db)
        assert not [w for w in result.warnings if "recording" in w], result.warnings
        pdfs[(topic, day)] = result.path
        briefs[(topic, day)] = result.brief

    pdf("ukraine", date(2025, 3, 17), [UKRAINE])
    pdf("ukraine", date(2025, 3, 18), [UKRAINE])
    pdf("chips-export-controls", date(2025, 3, 18), [CHIPS])

    # The port story, fetched: the brief of the 18th is new since the one of the 17th.
    config = folder / "briefgen.toml"
    with serve() as site:
        site.routes["/feed.xml"] = Route(stories.rss(site.base, [STRIKE, SHIPPERS]))
        config.write_text(stories.CONFIG.format(timeout=5, sources=f'["{site.url("/feed.xml")}"]'))
        fetch(list(load(config).topics.values()), db)
        pdf("port", date(2025, 3, 17), [], config)
        site.routes["/feed.xml"] = Route(stories.rss(site.base, [STRIKE, SHIPPERS, MEDIATOR, PAUSE]))
        fetch(list(load(config).topics.values()), db)
    pdf("port", date(2025, 3, 18), [], config)

    clips = folder / "hostile"
    clips.mkdir()
    for n, text in enumerate(HOSTILE):
        write_article(
            clips,
            f"{n}.txt",
            f"Ferry talks <i>{n}</i> {IN_TITLES[n]}",
            [text, "Talks on the ferry dispute will resume in Oslo on Monday, officials said."],
            outlet=f"Outlet <b>{n}</b>",
        )
    pdf("hostile", date(2025, 3, 17), [clips])
    return Recorded(db, out, pdfs, briefs)
