"""The first read of an organisation workspace, through the standard library's `sqlite3`.

The association's window shows its first page from this read, and opens the workspace
for writing (`org_store`, also through `sqlite3`) after its rows are on the screen.

It reads, in one read-only transaction, what the first page shows: the organisation, the
coaching environments and opportunities not in the bin (in `org_store`'s order), the
settings and the newest export. Rows come out as the same domain records `org_store`
gives (the contract's JSON through `domain.serialize`). Nothing here writes, and the
records are kept as their JSON and made into fresh records at each call (as each read
through `org_store` gives new ones, which a caller may change). The schema revision is
checked with the rows: a database that is not at the revision this
program knows is read by the ordinary path (which migrates it), never here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kuhina_desktop.domain import model
from kuhina_desktop.domain.serialize import from_json
from kuhina_desktop.store.sqlite_read import connect_read_only, revision


@dataclass(frozen=True)
class ExportSummary:
    """The newest export as the receipts' standings read it (its sequence and snapshot)."""

    sequence: int
    snapshot: dict[str, Any]


@dataclass(frozen=True)
class FirstRead:
    """What the first page needs, read in one transaction (records as their JSON)."""

    organisation_json: dict[str, Any] | None
    environments_json: list[dict[str, Any]]
    opportunities_json: list[dict[str, Any]]
    settings_text: dict[str, str | None]  # as stored: decoded at each call
    last_export_text: tuple[int, str | None] | None

    def setting(self, key: str, default: Any = None) -> Any:
        if key not in self.settings_text:
            return default
        return _json(self.settings_text[key])

    def last_export(self) -> ExportSummary | None:
        if self.last_export_text is None:
            return None
        sequence, snapshot = self.last_export_text
        return ExportSummary(sequence, _json(snapshot) or {})

    def organisation(self) -> model.Organisation | None:
        data = self.organisation_json
        return from_json(model.Organisation, data) if data is not None else None

    def environments(self) -> list[model.Environment]:
        return [from_json(model.Environment, data) for data in self.environments_json]

    def opportunities(self) -> list[model.Opportunity]:
        return [from_json(model.Opportunity, data) for data in self.opportunities_json]


def _json(value: Any) -> Any:
    """A JSON column's value as SQLAlchemy's JSON type gives it (stored as text)."""
    return None if value is None else json.loads(value)


def read_first(database_file: Path, expected_revision: str) -> FirstRead | None:
    """The first page's records, or None when the database is not at `expected_revision`
    (or missing): the caller then opens it the ordinary way."""
    if not database_file.is_file():
        return None
    connection = connect_read_only(database_file)
    try:
        connection.execute("BEGIN")  # one snapshot of the database for every query below
        current = revision(connection)
        if current != expected_revision:
            return None
        org_row = connection.execute("SELECT data FROM organisation LIMIT 1").fetchone()
        environments = [
            _json(data)
            for (data,) in connection.execute(
                "SELECT data FROM environment WHERE deleted_at IS NULL ORDER BY position, name_fi"
            )
        ]
        opportunities = [
            _json(data)
            for (data,) in connection.execute(
                "SELECT data FROM opportunity WHERE deleted_at IS NULL ORDER BY position, title_fi"
            )
        ]
        settings = {
            str(key): value for key, value in connection.execute("SELECT key, value FROM setting")
        }
        export_row = connection.execute(
            "SELECT sequence, snapshot FROM export ORDER BY sequence DESC LIMIT 1"
        ).fetchone()
        connection.execute("COMMIT")
    finally:
        connection.close()
    return FirstRead(
        organisation_json=_json(org_row[0]) if org_row else None,
        environments_json=environments,
        opportunities_json=opportunities,
        settings_text=settings,
        last_export_text=(int(export_row[0]), export_row[1]) if export_row else None,
    )
