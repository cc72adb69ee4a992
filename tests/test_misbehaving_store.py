"""The store and the command line when files and clocks misbehave (issue 13): stores of an older,
a newer, a foreign or a damaged layout; SIGTERM while waiting for another run's lock; dates at the
edge of the calendar; a store path with `~`. Each test failed on the code before the fix."""

from __future__ import annotations

import fcntl
import os
import select
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from briefgen import clock, schema, store
from briefgen.errors import InputError, UsageError

from .conftest import ROOT, Runner
from .test_daily import PEOPLE, SEND_ALL, write_config

UNVERSIONED = (Path(__file__).parent / "stores" / "unversioned.sql").read_text(encoding="utf-8")


def unversioned_store(path: Path) -> None:
    """A store as briefgen made it before the layout had a version, with a row in every table."""
    with sqlite3.connect(path) as db:
        db.executescript(UNVERSIONED)
        db.execute(
            "INSERT INTO articles (id, article_id, url, url_key, content_hash, title, path, published_day,"
            " key_points, paragraphs, source, fetched_at) VALUES (7, 'a7', 'https://ex.org/a', 'https://ex.org/a',"
            " 'hash-a7', 'Talks resume', 'https://ex.org/a', '2025-03-17', '[]', '[\"Talks resumed.\"]',"
            " 'https://ex.org/rss', '2025-03-17T08:00:00')"
        )
        db.execute("INSERT INTO article_topics VALUES ('chips', 7)")
        db.execute("INSERT INTO http_cache VALUES ('chips', 'https://ex.org/rss', '\"e1\"', NULL, '2025-03-17', 200)")
        # The first stores listed a brief's articles by row id; later ones by text hash.
        db.execute("INSERT INTO briefs VALUES ('chips', '2025-03-17', '2025-03-17', '[7]', '[]')")
        db.execute(
            "INSERT INTO mail_briefs VALUES ('chips', '2025-03-17', 's', 'h', 't', 'f.pdf', x'25504446', 'sha',"
            " '2025-03-17')"
        )
        for person, status in (("ana@example.org", "sent"), ("bo@example.org", "sending")):
            db.execute(
                "INSERT INTO mail_deliveries VALUES ('chips', '2025-03-17', ?, ?, '<m>', 'sha', 1, NULL,"
                " '2025-03-17T06:30:00+00:00')",
                (person, status),
            )


# --- 9. Older layouts are migrated; foreign, newer and damaged ones refused in one line ------------


def test_a_store_of_the_layout_before_versions_is_migrated_and_keeps_everything(
    tmp_path: Path, run_cli: Runner
) -> None:
    db = tmp_path / "store.sqlite3"
    unversioned_store(db)
    listed = run_cli("deliveries", "--db", str(db))
    assert listed.returncode == 0, listed.stderr
    assert [line.split("\t")[:4] for line in listed.stdout.splitlines()] == [
        ["2025-03-17", "chips", "ana@example.org", "sent"],
        ["2025-03-17", "chips", "bo@example.org", "sending"],
    ]
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA user_version").fetchone() == (schema.VERSION,)
        assert connection.execute("PRAGMA application_id").fetchone() == (schema.APPLICATION_ID,)
        assert connection.execute("SELECT articles FROM briefs").fetchone() == ('["hash-a7"]',)
        assert connection.execute("SELECT summary_only FROM articles").fetchone() == (0,)
        assert connection.execute("SELECT recipients FROM mail_briefs").fetchone() == (None,)
        connection.execute("UPDATE mail_deliveries SET status = 'unknown' WHERE recipient = 'bo@example.org'")
        assert connection.execute("SELECT COUNT(*) FROM http_cache").fetchone() == (1,)
    # The migrated store is the layout a new store has, table for table and column for column; so
    # is a store that had only some of the tables (fetch alone made no mail tables).
    partial = tmp_path / "partial.sqlite3"
    with sqlite3.connect(partial) as connection:
        connection.executescript(UNVERSIONED.split("CREATE TABLE IF NOT EXISTS briefs")[0])
    fresh = store.open_db(tmp_path / "fresh.sqlite3")
    for older in (store.open_db(db), store.open_db(partial)):
        assert layout(older) == layout(fresh)
        older.close()


def test_a_store_of_layout_1_gains_the_memory_of_what_was_read_and_keeps_its_rows(tmp_path: Path) -> None:
    db = tmp_path / "v1.sqlite3"
    with sqlite3.connect(db) as connection:  # layout 1: every table but the store's memory
        for statement in schema.statements(schema.TABLES):
            connection.execute(statement)
        connection.execute("INSERT INTO briefs VALUES ('chips', '2025-03-17', '2025-03-17', '[]', '[]')")
        connection.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
        connection.execute("PRAGMA user_version = 1")
    migrated = store.open_db(db)
    fresh = store.open_db(tmp_path / "fresh.sqlite3")
    assert migrated.execute("PRAGMA user_version").fetchone() == (schema.VERSION,) == (4,)
    assert {"analyses", "article_files", "page_fits"} <= set(layout(migrated))
    assert layout(migrated) == layout(fresh)
    assert migrated.execute("SELECT topic FROM briefs").fetchall() == [("chips",)]
    migrated.close()
    fresh.close()


def test_a_store_of_layout_2_gains_the_files_status_and_keeps_what_it_remembers(tmp_path: Path) -> None:
    db = tmp_path / "v2.sqlite3"
    memory = schema.MEMORY.replace("    used_on TEXT NOT NULL,\n    stat TEXT", "    used_on TEXT NOT NULL\n    --")
    memory = memory.split("CREATE TABLE near_copies")[0]  # (layout 4's)
    assert "stat TEXT" not in memory and "article_files" in memory
    with sqlite3.connect(db) as connection:  # layout 2: article_files without `stat`
        for statement in schema.statements(schema.TABLES + memory):
            connection.execute(statement)
        connection.execute("INSERT INTO article_files VALUES ('path:a.txt', 'd', 'v', '[]', '[]', '2025-03-17')")
        connection.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
        connection.execute("PRAGMA user_version = 2")
    migrated = store.open_db(db)
    fresh = store.open_db(tmp_path / "fresh.sqlite3")
    assert migrated.execute("PRAGMA user_version").fetchone() == (schema.VERSION,)
    assert layout(migrated) == layout(fresh)
    assert migrated.execute("SELECT name, digest, stat FROM article_files").fetchall() == [("path:a.txt", "d", None)]
    migrated.close()
    fresh.close()


def test_a_store_of_layout_3_gains_the_near_copies_and_keeps_what_it_remembers(tmp_path: Path) -> None:
    db = tmp_path / "v3.sqlite3"
    memory, near_copies = schema.MEMORY.split("CREATE TABLE near_copies")
    assert "near_copies" not in memory and near_copies
    with sqlite3.connect(db) as connection:  # layout 3: no near_copies
        for statement in schema.statements(schema.TABLES + memory):
            connection.execute(statement)
        connection.execute("INSERT INTO analyses VALUES ('k', 'v', 'data', '2025-03-17')")
        connection.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
        connection.execute("PRAGMA user_version = 3")
    migrated = store.open_db(db)
    fresh = store.open_db(tmp_path / "fresh.sqlite3")
    assert migrated.execute("PRAGMA user_version").fetchone() == (schema.VERSION,) == (4,)
    assert layout(migrated) == layout(fresh)
    assert migrated.execute("SELECT article_key, data FROM analyses").fetchall() == [("k", "data")]
    assert migrated.execute("SELECT COUNT(*) FROM near_copies").fetchone() == (0,)
    migrated.close()
    fresh.close()


def layout(connection: sqlite3.Connection) -> dict[str, list[tuple[str, str]]]:
    tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {t: [r[1:3] for r in connection.execute(f"PRAGMA table_info({t})")] for t in sorted(tables)}


@pytest.mark.parametrize(
    ("make", "why"),
    [
        (
            "CREATE TABLE customers (id INTEGER, name TEXT); CREATE TABLE orders (id INTEGER)",
            "not a briefgen store (it holds the tables customers, orders); give --db or BRIEFGEN_DB another file",
        ),
        (
            "CREATE TABLE mail_deliveries (topic TEXT, day TEXT, person TEXT, ok INTEGER)",
            "a store layout briefgen does not know (table mail_deliveries has other columns); nothing was changed"
            " — give --db or BRIEFGEN_DB another file",
        ),
        (
            "PRAGMA application_id = 1; CREATE TABLE t (x)",
            "not a briefgen store (another program's SQLite file, application id 0x1); give --db or BRIEFGEN_DB"
            " another file",
        ),
        (
            f"PRAGMA application_id = {schema.APPLICATION_ID}; PRAGMA user_version = 99",
            f"the store is of a newer briefgen (layout version 99; this one knows up to {schema.VERSION}): upgrade"
            " briefgen, or give --db another file",
        ),
    ],
    ids=["foreign", "foreign-ledger", "other-program", "newer"],
)
def test_a_store_briefgen_does_not_know_is_refused_in_one_line_and_left_alone(
    make: str, why: str, tmp_path: Path, run_cli: Runner
) -> None:
    # Before: "internal error" (a ledger of other columns, a damaged page) and every topic aborted.
    db = tmp_path / "store.sqlite3"
    with sqlite3.connect(db) as connection:
        connection.executescript(make)
    before = db.read_bytes()
    with pytest.raises(InputError) as refused:
        store.open_db(db)
    assert refused.value.message == f"{db}: {why}"
    if make.startswith("CREATE TABLE mail_deliveries"):  # the case, through every command
        write_config(tmp_path, 25, PEOPLE[:1])
        for command in (("deliveries",), SEND_ALL[:-2], ("fetch", "--all")):
            result = run_cli(*command, "--db", str(db))
            assert result.returncode == 1
            assert "internal error" not in result.stderr
            assert f"briefgen: error: {db}: {why}" in result.stderr.splitlines()[0].replace("chips: ", "")
    assert db.read_bytes() == before


def test_a_damaged_ledger_page_is_one_line_per_topic_and_the_others_still_run(tmp_path: Path, run_cli: Runner) -> None:
    db = tmp_path / "store.sqlite3"
    connection = store.open_db(db)
    with connection:
        for n in range(400):  # enough rows that the ledger has pages of its own
            connection.execute(
                "INSERT INTO mail_deliveries VALUES ('chips', '2025-03-18', ?, 'sent', '<m>', 'sha', 1, NULL, 'x')",
                (f"person{n}@example.org",),
            )
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'mail_deliveries'").fetchone()[0]
    size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    with db.open("r+b") as handle:  # the ledger's root page overwritten: a bad sector, say
        handle.seek((root - 1) * size)
        handle.write(b"\xa5" * size)
    write_config(tmp_path, 25, PEOPLE[:1])
    result = run_cli(*SEND_ALL)
    assert result.returncode == 1
    assert "internal error" not in result.stderr
    assert result.stderr.splitlines() == [
        "briefgen: error: chips: store.sqlite3: the store is damaged (database disk image is malformed); move it aside or"
        " restore a backup",
        "briefgen: error: 1 of 1 topics failed: chips",
    ]


# --- 11. SIGTERM while waiting for the lock --------------------------------------------------------


def test_sigterm_while_waiting_for_the_lock_stops_the_run(tmp_path: Path) -> None:
    # Before: SIGTERM was ignored while the run waited for the lock (`--wait inf` needed SIGKILL).
    write_config(tmp_path, 25, PEOPLE[:1])
    db = tmp_path / "store.sqlite3"
    holder = os.open(f"{db}.lock", os.O_RDWR | os.O_CREAT, 0o644)
    fcntl.flock(holder, fcntl.LOCK_EX)  # another run is mailing
    environment = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFGEN_")}
    run = subprocess.Popen(
        [sys.executable, "-m", "briefgen", *SEND_ALL, "--wait", "inf", "-v"],
        cwd=tmp_path,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert run.stderr is not None
        line = ""
        while "waiting up to inf s" not in line:  # it is waiting, its SIGTERM handler in place
            assert select.select([run.stderr], [], [], 120)[0], "the run never started waiting"
            line = run.stderr.readline()
            assert line, "the run ended before waiting"
        run.send_signal(signal.SIGTERM)
        out, err = run.communicate(timeout=30)
    finally:
        run.kill()
        os.close(holder)
    assert run.returncode == 143
    assert out == ""
    assert err.splitlines()[-1] == (
        "briefgen: error: stopped by SIGTERM while waiting for another run mailing with the store store.sqlite3;"
        " nothing done"
    )


# --- 12. Dates at the calendar's edge; `~` in the store's path ------------------------------------


def test_window_dates_out_of_range_are_a_usage_error(run_cli: Runner) -> None:
    # Before: --until 9999-12-31 was "internal error: OverflowError: date value out of range".
    result = run_cli("build", "--topic", "port", "--until", "9999-12-31", "--db", "s.sqlite3")
    assert (result.returncode, result.stderr) == (
        2,
        "briefgen: error: --until '9999-12-31' is not between 1900 and 2199\n",
    )
    for since, until, option, value in (
        ("0001-01-01", None, "--since", "0001-01-01"),
        (None, "0001-01-01T00:00", "--until", "0001-01-01T00:00"),
        ("2025-03-01", "10000-01-01", "--until", "10000-01-01"),
    ):
        with pytest.raises(UsageError) as caught:
            clock.window(since, until, None)
        assert caught.value.message.startswith(f"{option} {value!r} is ")


def test_a_store_path_with_a_tilde_is_in_the_home_folder(tmp_path: Path, run_cli: Runner) -> None:
    # Before: BRIEFGEN_DB='~/x.db' made a folder named "~" in the working folder.
    home = tmp_path / "home"
    home.mkdir()
    (tmp_path / "briefgen.toml").write_text(
        f'[topics.chips]\nsources = ["{ROOT / "seeds" / "chips-export-controls"}"]\n'
    )
    by_env = run_cli("fetch", "--all", env={"BRIEFGEN_DB": "~/x.db", "HOME": str(home)})
    by_flag = run_cli("fetch", "--all", "--db=~/y.db", env={"HOME": str(home)})
    assert by_env.returncode == 0, by_env.stderr
    assert by_env.stdout.splitlines()[-1].endswith(f"(store: {home / 'x.db'})")
    assert by_flag.returncode == 0 and by_flag.stdout.splitlines()[-1].endswith(f"(store: {home / 'y.db'})")
    assert not (tmp_path / "~").exists()
    assert (home / "x.db").is_file() and (home / "y.db").is_file()
    folder = run_cli("fetch", "--all", "--db", str(home))
    assert folder.returncode == 1
    assert folder.stderr == (
        f"briefgen: error: {home}: is a folder; the store is a file (give --db or BRIEFGEN_DB a file name)\n"
    )
