"""The record of briefs: every build keeps its brief and files in the store, read back exactly."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from briefgen import archive, store
from briefgen.config import DB_NAME
from briefgen.errors import RecordError
from briefgen.models import Article, Brief, Corpus, Item, NextStep, Position, Statement
from briefgen.pipeline import build
from briefgen.render import Renderer

from .conftest import CHIPS, write_article
from .sitedata import Recorded


def _records(db: Path) -> list[archive.Record]:
    with closing(store.open_db(db)) as connection:
        return archive.records(connection)


def test_the_recorded_brief_is_the_brief_the_page_shows(recorded_briefs: Recorded) -> None:
    key = ("ukraine", date(2025, 3, 18))
    built, pdf_path = recorded_briefs.briefs[key], recorded_briefs.pdfs[key]
    record = next(r for r in _records(recorded_briefs.db) if (r.topic, r.date) == key)
    assert record.origin == "files"
    assert next(r for r in _records(recorded_briefs.db) if r.topic == "port").origin == "fetched"
    # Everything on the page comes back, to the last field; article texts are left out.
    assert record.brief == archive.slim(built)
    assert all(a.paragraphs == () for a in record.brief.corpus.articles)
    assert [a.title for a in record.brief.corpus.articles] == [a.title for a in built.corpus.articles]
    renderer = Renderer.create()
    assert renderer.html(record.brief) == renderer.html(built)
    # Laid out again from the record, the PDF is the very file the build wrote.
    assert renderer.pdf(record.brief) == pdf_path.read_bytes()
    (pdf,) = record.files
    assert (pdf.path, pdf.format) == (pdf_path.resolve(), "pdf") and record.file("pdf") == pdf


def test_more_formats_of_one_brief_are_kept_and_a_changed_brief_forgets_old_files(tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite3"
    folder = tmp_path / "clips"
    folder.mkdir()
    write_article(
        folder, "a.txt", "Port strike ends", ["Dockers at the port ended their strike on Monday after talks."]
    )
    build("port", [folder], date(2025, 3, 18), "pdf", tmp_path / "p.pdf", db=db)
    build("port", [folder], date(2025, 3, 18), "json", tmp_path / "p.json", db=db)
    (record,) = _records(db)
    assert sorted(f.format for f in record.files) == ["json", "pdf"]
    # The PDF edited since is no longer this brief's file.
    (tmp_path / "p.pdf").write_bytes(b"%PDF-1.7 something else")
    assert record.file("pdf") is None and record.file("json") is not None
    # Another day's news: the brief of that day changes, its earlier files are forgotten.
    write_article(folder, "b.txt", "Cranes back", ["The first cranes moved again at dawn on Tuesday, the port said."])
    build("port", [folder], date(2025, 3, 18), "md", tmp_path / "p.md", db=db)
    (record,) = _records(db)
    assert [f.format for f in record.files] == ["md"]


def test_a_store_that_cannot_be_written_is_a_warning_not_a_failed_build(tmp_path: Path) -> None:
    not_a_store = tmp_path / "folder.sqlite3"
    not_a_store.mkdir()
    result = build("chips", [CHIPS], date(2025, 3, 18), "json", tmp_path / "c.json", db=not_a_store)
    assert result.path.is_file()
    (warning,) = result.warnings
    assert warning.startswith(f"recording the brief in the store {not_a_store} (")
    assert warning.endswith("`briefgen site` will not list it")


def test_a_build_through_the_cli_records_in_the_default_store(tmp_path: Path, private_data_folder: Path) -> None:
    from typer.testing import CliRunner

    from briefgen.cli import app

    out = str(tmp_path / "c.pdf")
    done = CliRunner().invoke(
        app, ["build", "--sources", str(CHIPS), "--topic", "chips", "--date", "2025-03-18", "--out", out]
    )
    assert done.exit_code == 0, done.output
    (record,) = _records(private_data_folder / "briefgen" / DB_NAME)
    assert record.topic == "chips" and record.brief.topic == "Chips"


def _brief() -> Brief:
    article = Article("a1", "Title", "a.txt", "Outlet", date(2025, 3, 17), ("kp",), ("Text.",), url="https://x.test/a")
    return Brief(
        "Topic",
        date(2025, 3, 18),
        Corpus((article,), (), {0: 0}, {}),
        (Item("A sentence.", (0,), support=2, score=0.5, is_new=True),),
        (),
        (Position("Anna Example", None, (Statement("She said it.", None, (0,), is_new=False),)),),
        (NextStep("It will happen.", None, "2025-W13", (0,), also=(0,)),),
        note="New since the brief of 17 March 2025",
    )


def test_codec_round_trip_and_what_it_refuses() -> None:
    brief = _brief()
    text = archive.dumps(brief)
    assert archive.loads(text) == archive.slim(brief)
    assert archive.dumps(archive.loads(text)) == text  # stable bytes: the digest names the brief
    data = json.loads(text)
    # A field this version does not know (recorded by a newer one) is ignored; one it needs is required.
    data["extra"] = 1
    assert archive.loads(json.dumps(data)) == archive.slim(brief)
    del data["date"]
    with pytest.raises(RecordError, match="no 'date'"):
        archive.loads(json.dumps(data))
    data = json.loads(text)
    data["situation"][0]["articles"] = ["zero"]
    with pytest.raises(RecordError, match=r"brief\.situation\[0\]\.articles\[0\]: 'zero' is not of type int"):
        archive.loads(json.dumps(data))
    with pytest.raises(RecordError, match="not JSON"):
        archive.loads("{")
    # A field added to the model later, with a default, is filled in for an older record (one
    # recorded before the field existed has no key for it).
    data = json.loads(text)
    del data["note"], data["situation"][0]["is_new"]
    older = archive.loads(json.dumps(data))
    assert older.note is None and older.situation[0].is_new is None
    assert older == dataclasses.replace(
        archive.slim(brief), note=None, situation=(dataclasses.replace(brief.situation[0], is_new=None),)
    )


def test_an_unreadable_record_is_left_out_and_named(tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite3"
    with closing(store.open_db(db)) as connection:
        archive.record(connection, "good", _brief(), "files", [])
        archive.record(connection, "bad", dataclasses.replace(_brief(), date=date(2025, 3, 19)), "fetched", [])
        archive.record(connection, "worse", _brief(), "files", [])
        with connection:
            connection.execute("UPDATE brief_records SET brief = '{\"topic\": 1}' WHERE topic = 'bad'")
            connection.execute("UPDATE brief_records SET topic = '../../etc' WHERE topic = 'worse'")
        warnings: list[str] = []
        found = archive.records(connection, warnings)
    assert [r.topic for r in found] == ["good"]
    assert warnings == [
        "the brief of '../../etc' '2025-03-18': not a topic name and a date; build it again to list it",
        "the brief of bad 2025-03-19.topic: 1 is not of type str; build it again to list it",
    ]


def test_the_record_tables_are_created_in_an_older_store(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite3"
    with sqlite3.connect(db) as connection:  # a store from before the record of briefs
        connection.execute("CREATE TABLE briefs (topic TEXT, date TEXT, built_at TEXT, articles TEXT, items TEXT)")
    build("chips", [CHIPS], date(2025, 3, 18), "json", tmp_path / "c.json", db=db)
    assert [r.topic for r in _records(db)] == ["chips"]
