"""Connections to a workspace's SQLite file through the standard library's `sqlite3`,
without SQLAlchemy: the windows' first rows are read this way before SQLAlchemy is imported
(`org_reader`, `catalogue_first_rows`), and the organisation store reads and writes this
way. `set_pragmas` is what every writing connection gets, SQLAlchemy's (`store.engine`)
and the organisation store's alike."""

from __future__ import annotations

import sqlite3
from pathlib import Path

BUSY_TIMEOUT_MS = 5000  # wait for a writer rather than fail
# 64 MiB of pages per connection instead of SQLite's 2 MiB: a search of a national
# catalogue reads tens of MiB of indexes, which then stay at hand (memory is only taken as
# pages are read).
CACHE_SIZE_KIB = 65536


def set_pragmas(connection: sqlite3.Connection) -> None:
    """A writing connection's settings: WAL, synchronous=FULL, foreign keys enforced, a
    busy timeout and a larger page cache."""
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    connection.execute(f"PRAGMA cache_size=-{CACHE_SIZE_KIB}")


def connect_read_only(database_file: Path) -> sqlite3.Connection:
    """A read-only connection in autocommit mode (the caller opens its own transaction).
    The file is named by URI, so spaces, `#`, `?` and non-ASCII letters in a folder's name
    are escaped."""
    uri = database_file.absolute().as_uri() + "?mode=ro"
    connection = sqlite3.connect(uri, uri=True, isolation_level=None)
    connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    return connection


def revision(connection: sqlite3.Connection) -> str | None:
    """The database's Alembic revision (None when it has none)."""
    found = connection.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).fetchone()
    if found is None:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None
