"""Read-only connections to a workspace's SQLite file through the standard library's
`sqlite3`, without SQLAlchemy: the windows' first rows are read this way before SQLAlchemy
is imported (`org_reader`, `catalogue_first_rows`)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

BUSY_TIMEOUT_MS = 5000  # as store.engine: wait for a writer rather than fail


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
