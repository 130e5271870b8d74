"""Alembic migrations run from inside the program (also when frozen).

The migration scripts live in `resources/migrations/<org|catalogue>/`, found by the resource
resolver. Before any migration of an existing SQLite database, a copy of the file is
written beside it in `backups/`, so an upgrade can never cost the user their data.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from kuhina_desktop.atomic_write import private_file, private_folder
from kuhina_desktop.errors import WorkspaceError
from kuhina_desktop.resources import resource_path

if TYPE_CHECKING:
    from alembic.config import Config

# The newest revision of each kind of workspace. Opening an up-to-date workspace compares
# with this instead of loading Alembic and its scripts (a start-up cost); a test holds it
# equal to what the migration scripts say.
HEADS = {"org": "org0003", "catalogue": "cat0003"}


def alembic_config(kind: str) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resource_path("migrations", kind)))
    return cfg


def head_revision(kind: str) -> str | None:
    """The newest revision as the migration scripts say (loads Alembic)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(kind)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The database's revision, read from Alembic's version table (None when empty)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def backup_sqlite_file(db_path: Path, revision: str | None) -> Path:
    """A consistent copy of the database (SQLite's backup API, WAL included) in backups/."""
    folder = private_folder(db_path.parent / "backups")
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = folder / f"{db_path.stem}-{revision or 'empty'}-{stamp}{db_path.suffix}"
    source = sqlite3.connect(db_path)
    copy = sqlite3.connect(private_file(target))  # private data: 0600 before a byte is in it
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    return target


def upgrade(engine: Engine, kind: str, *, sqlite_file: Path | None = None) -> Path | None:
    """Bring the database to the newest revision; returns the backup made, if any."""
    current = current_revision(engine)
    if current == HEADS[kind]:
        return None
    from alembic import command
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    cfg = alembic_config(kind)
    if current is not None:
        try:
            known = ScriptDirectory.from_config(cfg).get_revision(current) is not None
        except CommandError:
            known = False
        if not known:  # made by a newer program: never touch it
            raise WorkspaceError("workspace_too_new", path=str(sqlite_file or kind))
    backup = None
    if sqlite_file is not None and current is not None and sqlite_file.exists():
        engine.dispose()
        backup = backup_sqlite_file(sqlite_file, current)
    with engine.connect() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")
        connection.commit()
    return backup
