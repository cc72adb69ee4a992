"""Building from the store: the --since/--until window, and "new since the last brief" across builds."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from briefgen.clock import window
from briefgen.config import load
from briefgen.errors import InputError, UsageError
from briefgen.fetch import fetch
from briefgen.pipeline import build

from . import stories
from .conftest import Runner, pdf_text
from .stories import MEDIATOR, PAUSE, SHIPPERS, STRIKE, SYNDICATED
from .webserver import Route, serve

NOW = datetime(2025, 3, 20, 12, 0, tzinfo=UTC)


def test_window_durations_dates_and_defaults() -> None:
    # By default the day before the brief's date and that date (see test_daily_e2e for more).
    assert window(None, None, None, UTC, NOW) == (datetime(2025, 3, 19, tzinfo=UTC), NOW)
    assert window("3d", None, None, UTC, NOW)[0] == datetime(2025, 3, 17, 12, tzinfo=UTC)
    assert window("90m", "1h", None, UTC, NOW) == (
        datetime(2025, 3, 20, 9, 30, tzinfo=UTC),
        datetime(2025, 3, 20, 11, tzinfo=UTC),
    )
    # A past brief date ends its window at the end of that day; a date for --until includes the day.
    assert window(None, None, date(2025, 3, 18), UTC, NOW) == (
        datetime(2025, 3, 17, tzinfo=UTC),
        datetime(2025, 3, 19, tzinfo=UTC),
    )
    assert window("2025-03-17", "2025-03-18", None, UTC, NOW) == (
        datetime(2025, 3, 17, tzinfo=UTC),
        datetime(2025, 3, 19, tzinfo=UTC),
    )
    assert window("2025-03-17T06:00+01:00", None, None, UTC, NOW)[0] == datetime(2025, 3, 17, 5, tzinfo=UTC)
    with pytest.raises(UsageError, match="--since 'yesterday' is neither a duration"):
        window("yesterday", None, None, UTC, NOW)
    with pytest.raises(UsageError, match="is not before --until"):
        window("2025-03-21", None, None, UTC, NOW)


def write_config(folder: Path, sources: str) -> Path:
    config = folder / "briefgen.toml"
    config.write_text(stories.CONFIG.format(timeout=5, sources=sources))
    return config


def sources_of(path: Path) -> list[str]:
    return [s["title"] for s in json.loads(path.read_text())["sources"]]


def test_build_reads_the_store_within_the_window(tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite3"
    with serve() as site:
        site.routes["/feed.xml"] = Route(stories.rss(site.base, [STRIKE, SHIPPERS, SYNDICATED, MEDIATOR, PAUSE]))
        config = write_config(tmp_path, f'["{site.url("/feed.xml")}"]')
        assert fetch(list(load(config).topics.values()), db).reports[0].counts == {"new": 4, "copy": 1}

    def titles(**options: str) -> set[str]:
        result = build("port", (), date(2025, 3, 18), "json", tmp_path / "b.json", config, db=db, **options)
        assert result.brief.note is None  # JSON builds are remembered too, but none came before these
        return set(sources_of(result.path)) | {a.title for a in result.brief.corpus.articles}

    # The topic has a feed, so build reads the store: by default the brief's day and the day before.
    assert titles() == {STRIKE.title, SHIPPERS.title, MEDIATOR.title, PAUSE.title}
    assert titles(since="24h") == {MEDIATOR.title, PAUSE.title}
    # Three days back: everything, with the wire's near-copy left out (it is linked to the original).
    assert titles(since="3d") == {STRIKE.title, SHIPPERS.title, MEDIATOR.title, PAUSE.title}
    assert titles(since="2025-03-17", until="2025-03-17") == {STRIKE.title, SHIPPERS.title}
    assert titles(since="2025-03-17T12:00Z", until="2025-03-18T12:00Z") == {SHIPPERS.title, MEDIATOR.title}
    with pytest.raises(
        InputError, match=r"the store has no article for 'port' from 2025-03-09 00:00 to 2025-03-11 00:00 UTC$"
    ):
        build("port", (), date(2025, 3, 10), "json", tmp_path / "b.json", config, db=db)
    with pytest.raises(InputError, match=r"run `briefgen fetch --topic port`"):
        build("port", (), date(2025, 3, 18), "json", tmp_path / "b.json", config, db=tmp_path / "empty.sqlite3")


def test_since_is_for_the_store_not_for_files(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="--since and --until choose articles from the store"):
        build("port", [tmp_path], date(2025, 3, 18), "json", since="3d")


def test_folder_topic_is_read_directly_unless_a_window_is_given(tmp_path: Path) -> None:
    clips = tmp_path / "clips"
    clips.mkdir()
    (clips / "dump.jsonl").write_text(stories.jsonl([STRIKE, MEDIATOR]))
    config = write_config(tmp_path, '[{json = "clips/dump.jsonl"}]')
    db = tmp_path / "store.sqlite3"
    direct = build("port", (), date(2025, 3, 18), "json", tmp_path / "d.json", config, db=db)
    assert set(sources_of(direct.path)) <= {STRIKE.title, MEDIATOR.title}
    with sqlite3.connect(db) as connection:  # the brief is recorded there (for `briefgen site`); no article is
        assert connection.execute("SELECT COUNT(*) FROM articles").fetchone() == (0,)
        assert connection.execute("SELECT origin FROM brief_records").fetchall() == [("files",)]
        # The store remembers what the files held (read once).
        assert connection.execute("SELECT COUNT(*) FROM article_files").fetchone() == (1,)
    fetch(list(load(config).topics.values()), db)
    stored = build("port", (), date(2025, 3, 18), "json", tmp_path / "s.json", config, since="24h", db=db)
    assert {a.title for a in stored.brief.corpus.articles} == {MEDIATOR.title}


def test_new_since_the_last_brief_across_builds(tmp_path: Path, run_cli: Runner) -> None:
    db = tmp_path / "store.sqlite3"
    with serve() as site:
        site.routes["/feed.xml"] = Route(stories.rss(site.base, [STRIKE, SHIPPERS]), etag='"day1"')
        write_config(tmp_path, f'["{site.url("/feed.xml")}"]')

        def day(n: int, fmt: str = "pdf") -> Path:
            result = run_cli(
                "build", "--topic", "port", "--date", f"2025-03-{n}", "--since", "3d", "--db", str(db), "--format", fmt
            )
            assert result.returncode == 0, result.stderr
            return tmp_path / result.stdout.strip()

        assert run_cli("fetch", "--topic", "port", "--db", str(db)).returncode == 0
        pages, first = pdf_text(day(17))
        assert pages == 1 and "NEW" not in first and "since the brief" not in first

        # Day 2: two new stories arrive; the brief leads with them, marked, and old news is left out.
        site.routes["/feed.xml"] = Route(stories.rss(site.base, [STRIKE, SHIPPERS, MEDIATOR, PAUSE]), etag='"day2"')
        fetched = run_cli("fetch", "--topic", "port", "--db", str(db))
        assert fetched.stdout.startswith(f"port: {site.url('/feed.xml')}: 4 articles: 2 new, 2 already stored\n")
    pages, second = pdf_text(day(18))
    assert pages == 1
    assert "New since the brief of 17 March 2025" in second and "NEW" in second
    brief = json.loads(day(18, "json").read_text())  # a rebuild of the 18th compares with the 17th again
    assert brief["note"] == "New since the brief of 17 March 2025: marked NEW; earlier material is left out."
    old_lines = [i["text"] for i in brief["situation"] if not i["new"]]
    assert len(old_lines) <= 1 and all(i["new"] for i in brief["key_points"])
    assert all(s["new"] for p in brief["positions"] for s in p["statements"])
    new_lines = [i["text"] for i in brief["situation"] if i["new"]]
    later = " ".join(MEDIATOR.paragraphs + PAUSE.paragraphs)
    assert new_lines and all(text in later for text in new_lines)
    assert not old_lines or not brief["situation"][-1]["new"]  # the line of context follows what is new
    assert brief["situation"][0]["new"]

    # Day 3: nothing arrived. The brief says so plainly.
    pages, third = pdf_text(day(19))
    assert pages == 1
    assert "No significant change since the brief of 18 March 2025." in third
    with sqlite3.connect(db) as connection:
        dates = [row[0] for row in connection.execute("SELECT date FROM briefs WHERE topic = 'port' ORDER BY date")]
    assert dates == ["2025-03-17", "2025-03-18", "2025-03-19"]


def test_a_file_that_is_not_a_store_is_one_line_error(tmp_path: Path, run_cli: Runner) -> None:
    bogus = tmp_path / "store.sqlite3"
    bogus.write_bytes(b"this is not a database" * 100)
    (tmp_path / "briefgen.toml").write_text(stories.CONFIG.format(timeout=1, sources='["https://ex.org/rss"]'))
    for command in (["fetch", "--all"], ["build", "--topic", "port"]):
        result = run_cli(*command, "--db", str(bogus))
        assert result.returncode == 1
        assert result.stderr == f"briefgen: error: {bogus}: the store cannot be opened (file is not a database)\n"
    assert bogus.read_bytes() == b"this is not a database" * 100  # never overwritten


def test_mark_new_old_and_updated_articles() -> None:
    from briefgen.compose import Ranked
    from briefgen.models import Item, NextStep, Position, Statement
    from briefgen.novelty import mark
    from briefgen.store import PastBrief

    reported = "The port has been shut since Monday."
    previous = PastBrief(
        date(2025, 3, 17), frozenset({"theporthasbeenshutsincemonday"}), frozenset({"v-old", "v-live1"})
    )
    # Articles: 0 seen before, 1 new, 2 a live story whose text changed since (v-live1 -> v-live2).
    versions = ["v-old", "v-new", "v-live2"]
    ranked = Ranked(
        situation=(
            Item(reported, (0, 1)),  # carried before: old, even from a new article
            Item("Ships were diverted to Kestrel Bay.", (0,)),  # not carried, but only in a seen article
            Item("A mediator was named.", (1,)),
            Item("Talks moved to Friday.", (2,)),  # the live story's new sentence
            Item("Freight rates doubled.", (0,)),
        ),
        key_points=(Item(reported, (0,)), Item("A mediator was named on Tuesday.", (1,))),
        positions=(
            Position("Quist", None, (Statement("Quist said the strike goes on.", None, (0,)),)),
            Position("Varga", None, (Statement("Varga said a deal is possible.", "a deal", (1,)),)),
        ),
        next_steps=(NextStep("Talks resume on Thursday.", date(2025, 3, 20), None, (0,)),),
    )
    cut, note = mark(ranked, versions, previous)
    assert [(i.text, i.is_new) for i in cut.situation] == [
        ("A mediator was named.", True),
        ("Talks moved to Friday.", True),
        (reported, False),  # one line of context, no more
    ]
    assert [i.text for i in cut.key_points] == ["A mediator was named on Tuesday."]
    assert [p.actor for p in cut.positions] == ["Varga"]
    assert [(s.text, s.is_new) for s in cut.next_steps] == [("Talks resume on Thursday.", False)]
    assert note == "New since the brief of 17 March 2025: marked NEW; earlier material is left out."
    nothing, note = mark(ranked, ["v-old", "v-old", "v-live1"], previous)
    assert note == "No significant change since the brief of 17 March 2025."
    assert [i.is_new for i in nothing.situation] == [False] and nothing.key_points == () and nothing.positions == ()
