"""Reading and writing an organisation workspace's records (the only SQL for them).

Every public method is one transaction. Records go in and out as domain dataclasses;
deletion sets `deleted_at` (the bin) and `restore` clears it.

The store talks to the SQLite file through the standard library's `sqlite3`, not through
SQLAlchemy: importing SQLAlchemy and the ORM's tables costs more than the whole bare window's
start (docs/performance.md), and an organisation's few tables need no ORM. The tables
themselves are still defined (and migrated) through SQLAlchemy and Alembic
(`org_tables`, `resources/migrations/org/`), which are loaded only when a workspace is
created or its database is not at this program's revision.

What is written is what the ORM wrote before (`tests/unit/test_org_store.py` compares them
column by column): JSON columns as `json.dumps` gives them (None as `null`), times as
SQLAlchemy's SQLite `DATETIME` stores them (`YYYY-MM-DD HH:MM:SS.ffffff` in UTC, read back
as naive datetimes), and the connections get the pragmas of `store.engine`: WAL,
synchronous=FULL, foreign keys on, a busy timeout, and each transaction starts with
`BEGIN IMMEDIATE`.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kuhina_desktop.atomic_write import private_database
from kuhina_desktop.domain import model
from kuhina_desktop.domain.serialize import from_json, to_json
from kuhina_desktop.store.sqlite_read import set_pragmas

Session = sqlite3.Connection  # what `transaction()` gives: one connection in a transaction

TABLES = {"environment": "environment", "opportunity": "opportunity"}
ORDER = {"environment": "position, name_fi", "opportunity": "position, title_fi"}


@dataclass(frozen=True)
class ExportRow:
    """One exported package: its sequence, time (naive, UTC), file hash and the snapshot
    it carried."""

    sequence: int
    created_at: datetime
    sha256: str
    path: str
    counts: dict[str, Any]
    snapshot: dict[str, Any]
    fingerprint: str | None


def _now() -> str:
    return _stored_time(datetime.now(UTC))


def _stored_time(moment: datetime) -> str:
    """A time as SQLAlchemy's SQLite DATETIME stores it (its time zone left out)."""
    return (
        f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d} "
        f"{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}.{moment.microsecond:06d}"
    )


def _read_time(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _dumps(value: Any) -> str:
    """A JSON column's value as SQLAlchemy's JSON type wrote it."""
    return json.dumps(value)


def _loads(value: str | None) -> Any:
    return None if value is None else json.loads(value)


class OrgStore:
    """Data access for one organisation workspace database (the SQLite file at `path`).

    Connections are kept for reuse, one per transaction at a time, and may be used from
    any thread (a background export and the window do not share one at the same time)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        private_database(self.path)
        self._idle: list[sqlite3.Connection] = []
        self._guard = threading.Lock()
        self._closed = False

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
        set_pragmas(connection)
        return connection

    def close(self) -> None:
        """Close the connections kept for reuse (one in use is closed when its transaction
        ends)."""
        with self._guard:
            idle, self._idle = self._idle, []
            self._closed = True
        for connection in idle:
            connection.close()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One connection in one transaction: committed at the end, rolled back if the
        block raises."""
        with self._guard:
            connection = self._idle.pop() if self._idle else None
        if connection is None:
            connection = self._connect()
        try:
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield connection
            except BaseException:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise
            try:
                connection.execute("COMMIT")
            except BaseException:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise
        except BaseException:
            connection.close()  # not reused after a failure
            raise
        with self._guard:
            keep = not self._closed
            if keep:
                self._idle.append(connection)
        if not keep:  # the store was closed meanwhile (a transaction on another thread)
            connection.close()

    @contextmanager
    def _maybe(self, session: Session | None) -> Iterator[Session]:
        if session is not None:
            yield session
        else:
            with self.transaction() as s:
                yield s

    # -- organisation ---------------------------------------------------------------
    def get_organisation(self, session: Session | None = None) -> model.Organisation | None:
        with self._maybe(session) as s:
            row = s.execute("SELECT data FROM organisation LIMIT 1").fetchone()
            return from_json(model.Organisation, _loads(row[0])) if row else None

    def put_organisation(self, org: model.Organisation, session: Session | None = None) -> None:
        with self._maybe(session) as s:
            data, now = _dumps(to_json(org)), _now()
            updated = s.execute(
                "UPDATE organisation SET data = ?, updated_at = ? WHERE id = ?",
                (data, now, org.id),
            )
            if updated.rowcount == 0:
                s.execute(
                    "INSERT INTO organisation (id, data, updated_at) VALUES (?, ?, ?)",
                    (org.id, data, now),
                )

    # -- environments and opportunities -----------------------------------------------
    def list_environments(
        self, *, deleted: bool = False, session: Session | None = None
    ) -> list[model.Environment]:
        return [
            from_json(model.Environment, data)
            for data in self._list("environment", deleted, session)
        ]

    def list_opportunities(
        self, *, deleted: bool = False, session: Session | None = None
    ) -> list[model.Opportunity]:
        return [
            from_json(model.Opportunity, data)
            for data in self._list("opportunity", deleted, session)
        ]

    def _list(self, table: str, deleted: bool, session: Session | None) -> list[Any]:
        where = "deleted_at IS NOT NULL" if deleted else "deleted_at IS NULL"
        with self._maybe(session) as s:
            rows = s.execute(
                f"SELECT data FROM {TABLES[table]} WHERE {where} ORDER BY {ORDER[table]}"
            ).fetchall()
        return [_loads(data) for (data,) in rows]

    def put_environment(self, env: model.Environment, session: Session | None = None) -> bool:
        """Insert or update; True when the record is new."""
        fields = {"data": _dumps(to_json(env)), "name_fi": env.name.fi[:200], "updated_at": _now()}
        return self._put("environment", env.id, fields, session)

    def put_opportunity(self, opp: model.Opportunity, session: Session | None = None) -> bool:
        fields = {
            "data": _dumps(to_json(opp)),
            "title_fi": opp.title.fi[:200],
            "status": opp.status,
            "updated_at": _now(),
        }
        return self._put("opportunity", opp.id, fields, session)

    def _put(
        self, table: str, record_id: str, fields: dict[str, Any], session: Session | None
    ) -> bool:
        name = TABLES[table]
        with self._maybe(session) as s:
            assignments = ", ".join(f"{column} = ?" for column in fields)
            updated = s.execute(
                f"UPDATE {name} SET {assignments} WHERE id = ?", (*fields.values(), record_id)
            )
            if updated.rowcount:
                return False
            (current,) = s.execute(f"SELECT max(position) FROM {name}").fetchone()
            columns = {"id": record_id, "position": int(current or 0) + 1, **fields}
            s.execute(
                f"INSERT INTO {name} ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' for _ in columns)})",
                tuple(columns.values()),
            )
            return True

    def set_deleted(self, table: str, record_id: str, deleted: bool) -> bool:
        """Move a record to the bin or back; False when there is no such record."""
        name = self._binnable(table)
        with self.transaction() as s:
            updated = s.execute(
                f"UPDATE {name} SET deleted_at = ? WHERE id = ?",
                (_now() if deleted else None, record_id),
            )
            return updated.rowcount > 0

    def purge(self, table: str, record_id: str) -> bool:
        """Remove a binned record for good."""
        name = self._binnable(table)
        with self.transaction() as s:
            removed = s.execute(
                f"DELETE FROM {name} WHERE id = ? AND deleted_at IS NOT NULL", (record_id,)
            )
            return removed.rowcount > 0

    def replace_all(self, snapshot: model.Snapshot, attachments: dict[str, bytes]) -> None:
        """Write a whole snapshot in one transaction (records not in it stay as they are)."""
        with self.transaction() as s:
            self.put_organisation(snapshot.organisation, s)
            for env in snapshot.environments:
                self.put_environment(env, s)
                s.execute("UPDATE environment SET deleted_at = NULL WHERE id = ?", (env.id,))
            for opp in snapshot.opportunities:
                self.put_opportunity(opp, s)
                s.execute("UPDATE opportunity SET deleted_at = NULL WHERE id = ?", (opp.id,))
            for ref, content in attachments.items():
                self._put_attachment(s, ref, content)

    # -- attachments ----------------------------------------------------------------
    def put_attachment(self, ref: str, content: bytes) -> None:
        with self.transaction() as s:
            self._put_attachment(s, ref, content)

    @staticmethod
    def _put_attachment(s: Session, ref: str, content: bytes) -> None:
        name = ref.rsplit("/", 1)[-1]
        sha, _, ext = name.partition(".")
        if s.execute("SELECT 1 FROM attachment WHERE sha256 = ?", (sha,)).fetchone() is None:
            s.execute(
                "INSERT INTO attachment (sha256, extension, content, created_at) "
                "VALUES (?, ?, ?, ?)",
                (sha, ext, content, _now()),
            )

    def get_attachment(self, ref: str) -> bytes | None:
        sha = ref.rsplit("/", 1)[-1].partition(".")[0]
        with self.transaction() as s:
            row = s.execute("SELECT content FROM attachment WHERE sha256 = ?", (sha,)).fetchone()
            return bytes(row[0]) if row else None

    # -- exports and settings -------------------------------------------------------
    _EXPORT_COLUMNS = "sequence, created_at, sha256, path, counts, snapshot, fingerprint"

    @staticmethod
    def _export(row: tuple[Any, ...]) -> ExportRow:
        sequence, created_at, sha256, path, counts, snapshot, fingerprint = row
        return ExportRow(
            sequence=int(sequence),
            created_at=_read_time(created_at),
            sha256=sha256,
            path=path,
            counts=_loads(counts),
            snapshot=_loads(snapshot),
            fingerprint=fingerprint,
        )

    def last_export(self) -> ExportRow | None:
        with self.transaction() as s:
            row = s.execute(
                f"SELECT {self._EXPORT_COLUMNS} FROM export ORDER BY sequence DESC LIMIT 1"
            ).fetchone()
        return self._export(row) if row else None

    def list_exports(self) -> list[ExportRow]:
        with self.transaction() as s:
            rows = s.execute(
                f"SELECT {self._EXPORT_COLUMNS} FROM export ORDER BY sequence DESC"
            ).fetchall()
        return [self._export(row) for row in rows]

    def add_export(
        self,
        sequence: int,
        sha256: str,
        path: str,
        counts: dict[str, int],
        snapshot: dict[str, Any],
        fingerprint: str | None = None,
    ) -> None:
        with self.transaction() as s:
            s.execute(
                f"INSERT INTO export ({self._EXPORT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (sequence, _now(), sha256, path, _dumps(counts), _dumps(snapshot), fingerprint),
            )

    def remove_export(self, sequence: int) -> None:
        """Forget the export `sequence`: its package never reached its path (see
        services.package_export), so the number may go to the next package."""
        with self.transaction() as s:
            s.execute("DELETE FROM export WHERE sequence = ?", (sequence,))

    def get_setting(self, key: str, default: Any = None) -> Any:
        with self.transaction() as s:
            row = s.execute('SELECT value FROM setting WHERE "key" = ?', (key,)).fetchone()
            return _loads(row[0]) if row else default

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction() as s:
            s.execute(
                'INSERT INTO setting ("key", value) VALUES (?, ?) '
                'ON CONFLICT ("key") DO UPDATE SET value = excluded.value',
                (key, _dumps(value)),
            )

    # -- helpers --------------------------------------------------------------------
    @staticmethod
    def _binnable(table: str) -> str:
        if table not in TABLES:
            raise ValueError(f"no bin for {table!r}")
        return TABLES[table]
