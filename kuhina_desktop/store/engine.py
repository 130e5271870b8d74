"""Engines and sessions, with the SQLite pragmas of TECH-NOTES.

SQLite: WAL, synchronous=FULL (a lost last commit matters: it may be a volunteer's
edit or a whole imported package), foreign keys on, a busy timeout, and transactions that
really are transactions (pysqlite's own BEGIN handling is turned off and we emit BEGIN
ourselves, or DDL and SAVEPOINT are not transactional before Python 3.12).

A SQLite file holds private data: it is created 0600 before SQLite opens it (SQLite gives
its -wal and -shm files the database file's mode), and an older one is made 0600 too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import sessionmaker

from kuhina_desktop.atomic_write import private_database
from kuhina_desktop.store.sqlite_read import set_pragmas


def sqlite_url(path: Path) -> str:
    """The address of the SQLite file at `path`, whatever its folder is called: a `?`, `#`
    or `%` in a folder name is escaped, not read as the address's query or an escape."""
    return URL.create("sqlite", database=str(path)).render_as_string(hide_password=False)


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for `url`; SQLite connections get the pragmas and real transactions."""
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        _private_database(engine.url.database)
        _configure_sqlite(engine)
    return engine


def scrub_sqlite(engine: Engine) -> None:
    """Leave no deleted or overwritten bytes in an SQLite catalogue's files: the WAL folded
    into the database and emptied, then VACUUM rewrites the file without its free pages,
    and the WAL it wrote is emptied too (an erasure must not stay readable there).
    Nothing to do on PostgreSQL, whose dead rows are not a file the coordinator keeps."""
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        raw.execute("VACUUM")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _private_database(database: str | None) -> None:
    """Leave the SQLite file and its -wal and -shm readable only by their user."""
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    private_database(Path(database))


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        set_pragmas(dbapi_connection)

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_sessionmaker(engine: Engine) -> sessionmaker[Any]:
    return sessionmaker(engine, expire_on_commit=False)
