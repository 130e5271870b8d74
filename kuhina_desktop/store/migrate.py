"""Alembic migrations run from inside the program (also when frozen).

The migration scripts live in `resources/migrations/<org|catalogue>/`, found by the resource
resolver. Before any migration of an existing SQLite database, a copy of the file is
written beside it in `backups/`, so an upgrade can never cost the user their data.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from kuhina_desktop.resources import resource_path


def alembic_config(kind: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(resource_path("migrations", kind)))
    return cfg


def head_revision(kind: str) -> str | None:
    return ScriptDirectory.from_config(alembic_config(kind)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def backup_sqlite_file(db_path: Path, revision: str | None) -> Path:
    """A consistent copy of the database (SQLite's backup API, WAL included) in backups/."""
    folder = db_path.parent / "backups"
    folder.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = folder / f"{db_path.stem}-{revision or 'empty'}-{stamp}{db_path.suffix}"
    source = sqlite3.connect(db_path)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    return target


def upgrade(engine: Engine, kind: str, *, sqlite_file: Path | None = None) -> Path | None:
    """Bring the database to the newest revision; returns the backup made, if any."""
    head = head_revision(kind)
    current = current_revision(engine)
    if current == head:
        return None
    backup = None
    if sqlite_file is not None and current is not None and sqlite_file.exists():
        engine.dispose()
        backup = backup_sqlite_file(sqlite_file, current)
    cfg = alembic_config(kind)
    with engine.connect() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")
        connection.commit()
    return backup
