"""The embedded SQLite store: where fetched articles, past briefs and mail deliveries live.

One file per user (platformdirs' data folder), or `--db PATH` / `BRIEFGEN_DB`. Every module that
keeps state in it creates its own tables with `CREATE TABLE IF NOT EXISTS` on `open_db`.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import platformdirs

from .errors import InputError

DB_NAME = "briefgen.sqlite3"


def db_path(explicit: Path | None = None) -> Path:
    """The store's file: `--db` > `BRIEFGEN_DB` > the user data folder."""
    if explicit is not None:
        return explicit
    if os.environ.get("BRIEFGEN_DB"):
        return Path(os.environ["BRIEFGEN_DB"])
    return Path(platformdirs.user_data_dir("briefgen", appauthor=False)) / DB_NAME


def open_db(path: Path) -> sqlite3.Connection:
    """Open (creating) the store; writes are transactions, readers never see half a run."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(path, timeout=30.0)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute("PRAGMA busy_timeout=30000")
    except (OSError, sqlite3.Error) as exc:
        raise InputError(f"{path}: the store cannot be opened ({exc})") from None
    return connection
