"""`briefgen site`: pages, feeds, calendars and actors from the record of briefs; escaping,
reproducibility and safe writing. The same site opened in Chromium: test_site_browser.py."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from contextlib import closing
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

import feedparser
import icalendar
import markupsafe
import pytest
from typer.testing import CliRunner

from briefgen import archive, store
from briefgen.cli import app
from briefgen.errors import InputError, SiteError, UsageError
from briefgen.render import Renderer
from briefgen.website import make_site, output
from briefgen.website.feeds import entry_id
from briefgen.website.pages import Pages
from briefgen.website.plan import plan, slug

from .conftest import CHIPS, write_article
from .sitedata import TRAP, Recorded

ATOM = "{http://www.w3.org/2005/Atom}"


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def read(folder: Path, path: str) -> str:
    return (folder / path).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def site(recorded_briefs: Recorded, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("site") / "site"
    result = make_site(folder, recorded_briefs.db)
    assert (result.briefs, result.topics, result.warnings) == (6, 4, ())
    return folder


def test_home_and_topic_pages_list_every_brief_newest_first(site: Path, recorded_briefs: Recorded) -> None:
    home = read(site, "index.html")
    titles = ["Chip export controls", "Port Alder strike", "Ukraine ceasefire talks", "Hostile"]
    positions = [home.index(f">{t}</a>") for t in titles]
    assert positions == sorted(positions)  # the newest brief first, then by name
    assert 'href="topics/ukraine/2025-03-18.html">Tuesday 18 March 2025</a>' in home
    topic = read(site, "topics/ukraine/index.html")
    assert topic.index('href="2025-03-18.html"') < topic.index('href="2025-03-17.html"')
    with sqlite3.connect(recorded_briefs.db) as connection:
        (text,) = connection.execute(
            "SELECT brief FROM brief_records WHERE topic = 'ukraine' AND date = '2025-03-18'"
        ).fetchone()
    first = archive.loads(text).situation[0].text
    assert f'<p class="first-line">{markupsafe.escape(first)}</p>' in topic


def test_a_brief_page_is_the_pdf_template_with_its_links(site: Path, recorded_briefs: Recorded) -> None:
    with sqlite3.connect(recorded_briefs.db) as connection:
        records = archive.records(connection)
    ukraine = next(t for t in plan(records).topics if t.name == "ukraine")
    page = read(site, "topics/ukraine/2025-03-17.html")
    # The brief itself, exactly as the PDF's template lays it out.
    assert Pages.create(Renderer.create()).content(ukraine, 1) in page
    assert 'href="2025-03-17.pdf"' in page and 'href="2025-03-17.ics"' in page
    assert 'rel="next" href="2025-03-18.html"' in page and 'rel="prev"' not in page
    assert 'rel="prev" href="2025-03-17.html"' in read(site, "topics/ukraine/2025-03-18.html")
    # The PDF on the site is the one the build wrote.
    for (topic, day), pdf in recorded_briefs.pdfs.items():
        assert (site / "topics" / topic / f"{day.isoformat()}.pdf").read_bytes() == pdf.read_bytes()


def test_new_since_the_last_brief_is_marked_as_on_the_page(site: Path) -> None:
    page = read(site, "topics/port/2025-03-18.html")
    assert "New since the brief of 17 March 2025" in page and '<span class="new">New</span>' in page
    assert "No brief" not in page and '<span class="count-new">' in read(site, "topics/port/index.html")
    assert '<span class="new">' not in read(site, "topics/ukraine/2025-03-18.html")  # from folders: no comparison


def test_atom_feed_has_stable_ids_and_the_brief_as_content(
    site: Path, tmp_path: Path, recorded_briefs: Recorded
) -> None:
    raw = (site / "topics/port/feed.atom").read_bytes()
    root = ElementTree.fromstring(raw)  # well-formed XML
    assert root.tag == f"{ATOM}feed"
    feed = feedparser.parse(raw)
    assert not feed.bozo and feed.feed.title == "Port Alder strike — briefs"
    assert [e.id for e in feed.entries] == [entry_id("port", date(2025, 3, 18)), entry_id("port", date(2025, 3, 17))]
    newest = feed.entries[0]
    assert newest.link == "2025-03-18.html" and newest.title == "Port Alder strike — 18 March 2025"
    assert "New since the brief of 17 March 2025" in newest.content[0].value and "Situation" in newest.content[0].value
    assert any(link.rel == "enclosure" and link.href == "2025-03-18.pdf" for link in newest.links)
    # Published somewhere: absolute links, the same ids.
    absolute = make_site(tmp_path / "abs", recorded_briefs.db, base_url="https://briefs.example.org/desk")
    assert absolute.briefs == 6
    feed = feedparser.parse((tmp_path / "abs/topics/port/feed.atom").read_bytes())
    assert feed.entries[0].link == "https://briefs.example.org/desk/topics/port/2025-03-18.html"
    assert feed.entries[0].id == entry_id("port", date(2025, 3, 18))
    with pytest.raises(UsageError, match="--base-url 'ftp://x' is not an http"):
        make_site(tmp_path / "bad", recorded_briefs.db, base_url="ftp://x")


def test_topic_calendar_holds_each_event_once_with_the_uid_of_the_brief_calendars(site: Path) -> None:
    topic = icalendar.Calendar.from_ical((site / "topics/port/calendar.ics").read_bytes())
    events = [c for c in topic.walk("VEVENT")]
    uids = [str(e["UID"]) for e in events]
    assert events and len(uids) == len(set(uids))

    def brief_events(day: str) -> list[icalendar.Event]:
        return list(icalendar.Calendar.from_ical((site / f"topics/port/{day}.ics").read_bytes()).walk("VEVENT"))

    # What is to come is what the newest brief says; of an earlier brief only what is over by then
    # stays (an event it announced that the newest one dropped or moved leaves the calendar).
    newest = {str(e["UID"]) for e in brief_events("2025-03-18")}
    earlier = brief_events("2025-03-17")
    over = {str(e["UID"]) for e in earlier if e.decoded("DTEND") <= date(2025, 3, 18)}
    dropped = {str(e["UID"]) for e in earlier} - newest - over
    assert set(uids) == newest | over and not dropped & set(uids)
    starts = [e.decoded("DTSTART") for e in events]
    assert starts == sorted(starts)
    assert str(topic["X-WR-CALNAME"]) == "Port Alder strike — next steps" and "REFRESH-INTERVAL" in topic


def test_an_actor_page_lists_statements_across_briefs_newest_first(site: Path) -> None:
    index = read(site, "actors/index.html")
    assert 'href="vladimir-putin.html">Vladimir Putin</a>' in index
    page = read(site, "actors/vladimir-putin.html")
    assert page.index("../topics/ukraine/2025-03-18.html") < page.index("../topics/ukraine/2025-03-17.html")
    assert "Russian President" in page and "<blockquote>" in page
    assert slug("Volodymyr Zelenskyy") == "volodymyr-zelenskyy" and slug("Зеленський") == ""


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.urls += [v or "" for k, v in attrs if k in ("href", "src", "action", "srcset", "style")]


def test_hostile_text_is_text_everywhere(site: Path) -> None:
    for path, data in files_of(site).items():
        if path.endswith(".html"):
            parser = Links()
            parser.feed(data.decode("utf-8"))
            assert not [u for u in parser.urls if "127.0.0.1" in u], path
            assert "b" not in parser.tags and "img" not in parser.tags, path
            assert parser.tags.count("script") == (2 if path == "search.html" else 0), path
    page = read(site, "topics/hostile/2025-03-17.html")
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page and "{{ 7*7 }}" in page
    assert f"&lt;img src=&#34;{TRAP}/img.png&#34;" in page
    feed = feedparser.parse((site / "topics/hostile/feed.atom").read_bytes())
    content = feed.entries[0].content[0].value  # the HTML a feed reader shows: still text
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in content and "<script" not in content
    assert "<img" not in content
    anna = next(p for p in files_of(site) if p.startswith("actors/anna-example"))
    assert "&lt;script&gt;" in read(site, anna)


def test_same_briefs_same_bytes_and_a_second_run_writes_nothing(
    site: Path, recorded_briefs: Recorded, tmp_path: Path
) -> None:
    again = make_site(tmp_path / "again", recorded_briefs.db)
    assert files_of(tmp_path / "again") == files_of(site)
    rerun = make_site(tmp_path / "again", recorded_briefs.db)
    assert (rerun.written, rerun.removed) == (0, 0) and rerun.unchanged == again.written


def test_a_brief_gone_from_the_store_leaves_the_site_and_a_foreign_folder_is_refused(
    recorded_briefs: Recorded, tmp_path: Path
) -> None:
    db = tmp_path / "store.sqlite3"
    shutil.copy(recorded_briefs.db, db)
    folder = tmp_path / "site"
    make_site(folder, db)
    assert (folder / "topics/hostile/2025-03-17.html").is_file()
    with sqlite3.connect(db) as connection:
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute("DELETE FROM brief_records WHERE topic = 'hostile'")
    result = make_site(folder, db)
    assert result.removed >= 5 and not (folder / "topics/hostile").exists()
    assert not [p for p in files_of(folder) if p.startswith("actors/anna-example")]
    assert not list(folder.rglob("*.tmp"))  # nothing half-written left

    foreign = tmp_path / "home"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("mine")
    with pytest.raises(SiteError, match="not empty and not a site briefgen made"):
        make_site(foreign, db)
    assert [p.name for p in foreign.iterdir()] == ["notes.txt"]
    with pytest.raises(InputError, match="no store yet"):
        make_site(tmp_path / "new", tmp_path / "missing.sqlite3")


def test_a_pdf_gone_from_disk_is_laid_out_again_from_the_record(recorded_briefs: Recorded, tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite3"
    shutil.copy(recorded_briefs.db, db)
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE brief_files SET path = path || '.gone' WHERE topic = 'chips-export-controls'")
    # And a file the store calls the PDF but that is not one (a store edited by hand) is not published.
    secret = tmp_path / "secret.txt"
    secret.write_bytes(b"not for the website")
    with sqlite3.connect(db) as connection:
        connection.execute(
            "UPDATE brief_files SET path = ?, sha256 = ?, size = ? WHERE topic = 'port' AND date = '2025-03-18'",
            (str(secret), hashlib.sha256(secret.read_bytes()).hexdigest(), secret.stat().st_size),
        )
    make_site(tmp_path / "site", db)
    for topic, day in (("chips-export-controls", date(2025, 3, 18)), ("port", date(2025, 3, 18))):
        original = recorded_briefs.pdfs[(topic, day)]
        assert (tmp_path / f"site/topics/{topic}/{day}.pdf").read_bytes() == original.read_bytes()


def test_pages_are_written_after_what_they_link_to(
    recorded_briefs: Recorded, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    order: list[str] = []
    real = output.write_atomically

    def spy(path: Path, data: bytes) -> None:
        order.append(path.relative_to(tmp_path / "site").as_posix())
        real(path, data)

    monkeypatch.setattr(output, "write_atomically", spy)
    make_site(tmp_path / "site", recorded_briefs.db)
    at = {path: i for i, path in enumerate(order)}
    assert order[-2:] == ["index.html", output.MANIFEST]
    assert at["topics/port/2025-03-18.pdf"] < at["topics/port/2025-03-18.html"] < at["topics/port/index.html"]
    assert at["assets/site.css"] < at["topics/port/2025-03-18.html"] < at["pagefind/pagefind-entry.json"]
    fragments = [i for p, i in at.items() if p.startswith("pagefind/fragment/")]
    assert fragments and max(fragments) < at["pagefind/pagefind-entry.json"]


def test_cli_site_and_the_site_step_of_build_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "store.sqlite3"
    (tmp_path / "briefgen.toml").write_text(
        f'[topics.chips]\ntitle = "Chips"\nsources = ["{CHIPS}"]\nkeywords = ["chip"]\n\n[site]\nfolder = "web"\n'
    )
    runner = CliRunner()
    built = runner.invoke(app, ["build", "--all", "--date", "2025-03-18", "--db", str(db)])
    assert built.exit_code == 0, built.output
    lines = built.stdout.splitlines()
    assert lines[0].endswith("output/chips/2025-03-18.pdf")
    assert lines[1].startswith(f"site: {tmp_path / 'web'}: 1 brief, 1 topic, ")
    assert (tmp_path / "web/topics/chips/2025-03-18.html").is_file()
    again = runner.invoke(app, ["site", "--db", str(db), "-v"])
    assert again.exit_code == 0
    assert again.stdout.startswith(f"{tmp_path / 'web'}: 1 brief, 1 topic, ") and "(0 files written" in again.stdout
    steps = [line.split(" ", 2)[2] for line in again.stderr.splitlines()]  # -v: each step, as every command logs
    assert steps[0] == f"briefgen.website: 1 recorded brief(s) in {db}, 0 left out"
    assert steps[-1] == f"briefgen.website: {tmp_path / 'web'}: 0 file(s) written, 0 removed"
    other = runner.invoke(app, ["site", "--db", str(db), "--out", str(tmp_path / "elsewhere")])
    assert other.exit_code == 0 and (tmp_path / "elsewhere/index.html").is_file()
    (tmp_path / "briefgen.toml").write_text("[site]\nfodler = 'web'\n")
    bad = runner.invoke(app, ["site", "--db", str(db)])
    assert bad.exit_code == 2 and "[site] unknown key 'fodler' (did you mean 'folder'?)" in bad.output


@pytest.mark.parametrize(
    "address", ["https://", "https://briefs.example.org/?from=feed", "https://briefs example.org/"]
)
def test_a_base_url_the_site_cannot_use_is_a_config_error_naming_the_file(
    address: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # It passed the schema, and `briefgen site` (or the site step of `build --all`, after every
    # topic was built) then blamed a --base-url flag the user never gave.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "briefgen.toml").write_text(f'[site]\nfolder = "web"\nbase_url = "{address}"\n')
    result = CliRunner().invoke(app, ["site", "--db", str(tmp_path / "store.sqlite3")])
    assert result.exit_code == 2
    assert result.output.startswith(f"briefgen: error: briefgen.toml:3: [site] base_url: {address!r} is not an http")
    assert "--base-url" not in result.output and not (tmp_path / "web").exists()


def test_an_actor_called_index_does_not_take_the_list_of_actors(recorded_briefs: Recorded, tmp_path: Path) -> None:
    # Speakers come from article text: one named "Index" (a firm, a newspaper) gave actors/index.html
    # twice, and `briefgen site` refused to write any of the site.
    db = tmp_path / "store.sqlite3"
    shutil.copy(recorded_briefs.db, db)
    with sqlite3.connect(db) as connection:
        changed = connection.execute(
            'UPDATE brief_records SET brief = replace(brief, \'"actor":"Vladimir Putin"\', \'"actor":"INDEX"\')'
        ).rowcount
    assert changed
    with sqlite3.connect(db) as connection:
        actors = plan(archive.records(connection)).actors
    index = next(a for a in actors if a.name == "INDEX")
    assert index.path.startswith("actors/index-") and index.path.endswith(".html")
    assert "actors/index.html" not in {a.path for a in actors}


def test_the_site_step_of_build_all_names_the_briefs_it_leaves_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `briefgen site` named them, the daily run (what cron mails) did not: a brief left the site unsaid.
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "store.sqlite3"
    with closing(store.open_db(db)) as connection, connection:  # recorded by another version
        connection.execute(
            "INSERT INTO brief_records (topic, date, origin, built_at, digest, brief)"
            " VALUES ('old', '2025-03-18', 'files', '2025-03-18T06:00:00', 'x', '{\"topic\": 1}')"
        )
    clips = tmp_path / "clips"
    clips.mkdir()
    write_article(clips, "a.txt", "Port strike ends", ["Dockers at the port ended their strike on Monday after talks."])
    (tmp_path / "briefgen.toml").write_text('[topics.port]\nsources = ["clips"]\n\n[site]\nfolder = "web"\n')
    built = CliRunner().invoke(app, ["build", "--all", "--date", "2025-03-18", "--db", str(db)])
    assert built.exit_code == 0, built.output
    assert built.stderr == (
        "briefgen: warning: left out the brief of old 2025-03-18.topic: 1 is not of type str; build it again to list it\n"
    )
    assert built.stdout.splitlines()[1].startswith(f"site: {tmp_path / 'web'}: 1 brief, 1 topic")


def test_the_topic_calendar_drops_what_the_newest_brief_no_longer_announces() -> None:
    from briefgen.corpus import make_corpus
    from briefgen.models import Article, Brief, NextStep
    from briefgen.website.feeds import calendar
    from briefgen.website.plan import TopicBriefs

    day = date(2025, 3, 17)
    articles = [Article("a0", "Talks", "https://news.example/a0", "The Daily Example", day, (), ("x",))]
    corpus = make_corpus(articles)
    met = NextStep("The envoys met on Monday.", day, None, (0,))
    moved = NextStep("The envoys will meet on Thursday.", date(2025, 3, 20), None, (0,))
    kept = NextStep("The council votes on Friday.", date(2025, 3, 21), None, (0,))
    moved_to = NextStep("The envoys will now meet next Monday.", date(2025, 3, 24), None, (0,))

    def record(on: date, *steps: NextStep) -> archive.Record:
        brief = Brief("Talks", on, corpus, (), (), (), steps)
        return archive.Record("talks", on, "build", "0" * 64, brief, ())

    older = record(day - timedelta(days=1), met, moved, kept)
    newest = record(day + timedelta(days=1), kept, moved_to)
    events = icalendar.Calendar.from_ical(calendar(TopicBriefs("talks", "Talks", (newest, older)), None)).walk("VEVENT")
    summaries = sorted(str(e["SUMMARY"]) for e in events)
    # Monday's meeting is over and stays as a record; Thursday's, moved by the newest brief, is gone.
    assert summaries == sorted([met.text, kept.text, moved_to.text])
