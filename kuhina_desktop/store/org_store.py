"""Reading and writing an organisation workspace's records (the only SQL for them).

Every public method is one transaction. Records go in and out as domain dataclasses;
deletion sets `deleted_at` (the bin) and `restore` clears it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from kuhina_desktop.domain import model
from kuhina_desktop.domain.serialize import from_json, to_json
from kuhina_desktop.store.engine import make_sessionmaker
from kuhina_desktop.store.org_tables import (
    AttachmentRow,
    EnvironmentRow,
    ExportRow,
    OpportunityRow,
    OrganisationRow,
    SettingRow,
)


def _now() -> datetime:
    return datetime.now(UTC)


class OrgStore:
    """Data access for one organisation workspace database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = make_sessionmaker(engine)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self._sessions.begin() as session:
            yield session

    # -- organisation ---------------------------------------------------------------
    def get_organisation(self, session: Session | None = None) -> model.Organisation | None:
        with self._maybe(session) as s:
            row = s.scalars(select(OrganisationRow)).first()
            return from_json(model.Organisation, row.data) if row else None

    def put_organisation(self, org: model.Organisation, session: Session | None = None) -> None:
        with self._maybe(session) as s:
            row = s.get(OrganisationRow, org.id)
            if row is None:
                s.add(OrganisationRow(id=org.id, data=to_json(org), updated_at=_now()))
            else:
                row.data = to_json(org)
                row.updated_at = _now()

    # -- environments and opportunities -----------------------------------------------
    def list_environments(
        self, *, deleted: bool = False, session: Session | None = None
    ) -> list[model.Environment]:
        with self._maybe(session) as s:
            rows = s.scalars(
                select(EnvironmentRow)
                .where(
                    EnvironmentRow.deleted_at.is_not(None)
                    if deleted
                    else EnvironmentRow.deleted_at.is_(None)
                )
                .order_by(EnvironmentRow.position, EnvironmentRow.name_fi)
            )
            return [from_json(model.Environment, r.data) for r in rows]

    def list_opportunities(
        self, *, deleted: bool = False, session: Session | None = None
    ) -> list[model.Opportunity]:
        with self._maybe(session) as s:
            rows = s.scalars(
                select(OpportunityRow)
                .where(
                    OpportunityRow.deleted_at.is_not(None)
                    if deleted
                    else OpportunityRow.deleted_at.is_(None)
                )
                .order_by(OpportunityRow.position, OpportunityRow.title_fi)
            )
            return [from_json(model.Opportunity, r.data) for r in rows]

    def put_environment(self, env: model.Environment, session: Session | None = None) -> bool:
        """Insert or update; True when the record is new."""
        with self._maybe(session) as s:
            row = s.get(EnvironmentRow, env.id)
            fields = {"data": to_json(env), "name_fi": env.name.fi[:200], "updated_at": _now()}
            if row is None:
                s.add(
                    EnvironmentRow(
                        id=env.id, position=self._next_position(s, EnvironmentRow), **fields
                    )
                )
                return True
            for key, value in fields.items():
                setattr(row, key, value)
            return False

    def put_opportunity(self, opp: model.Opportunity, session: Session | None = None) -> bool:
        with self._maybe(session) as s:
            row = s.get(OpportunityRow, opp.id)
            fields = {
                "data": to_json(opp),
                "title_fi": opp.title.fi[:200],
                "status": opp.status,
                "updated_at": _now(),
            }
            if row is None:
                s.add(
                    OpportunityRow(
                        id=opp.id, position=self._next_position(s, OpportunityRow), **fields
                    )
                )
                return True
            for key, value in fields.items():
                setattr(row, key, value)
            return False

    def set_deleted(self, table: str, record_id: str, deleted: bool) -> bool:
        """Move a record to the bin or back; False when there is no such record."""
        with self.transaction() as s:
            row = self._binnable_row(s, table, record_id)
            if row is None:
                return False
            row.deleted_at = _now() if deleted else None
            return True

    def purge(self, table: str, record_id: str) -> bool:
        """Remove a binned record for good."""
        with self.transaction() as s:
            row = self._binnable_row(s, table, record_id)
            if row is None or row.deleted_at is None:
                return False
            s.delete(row)
            return True

    def replace_all(self, snapshot: model.Snapshot, attachments: dict[str, bytes]) -> None:
        """Write a whole snapshot in one transaction (records not in it stay as they are)."""
        with self.transaction() as s:
            self.put_organisation(snapshot.organisation, s)
            for env in snapshot.environments:
                self.put_environment(env, s)
                s.get_one(EnvironmentRow, env.id).deleted_at = None
            for opp in snapshot.opportunities:
                self.put_opportunity(opp, s)
                s.get_one(OpportunityRow, opp.id).deleted_at = None
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
        if s.get(AttachmentRow, sha) is None:
            s.add(AttachmentRow(sha256=sha, extension=ext, content=content, created_at=_now()))

    def get_attachment(self, ref: str) -> bytes | None:
        sha = ref.rsplit("/", 1)[-1].partition(".")[0]
        with self.transaction() as s:
            row = s.get(AttachmentRow, sha)
            return row.content if row else None

    # -- exports and settings -------------------------------------------------------
    def last_export(self) -> ExportRow | None:
        with self.transaction() as s:
            return s.scalars(select(ExportRow).order_by(ExportRow.sequence.desc())).first()

    def list_exports(self) -> list[ExportRow]:
        with self.transaction() as s:
            return list(s.scalars(select(ExportRow).order_by(ExportRow.sequence.desc())))

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
            s.add(
                ExportRow(
                    sequence=sequence,
                    created_at=_now(),
                    sha256=sha256,
                    path=path,
                    counts=counts,
                    snapshot=snapshot,
                    fingerprint=fingerprint,
                )
            )

    def remove_export(self, sequence: int) -> None:
        """Forget the export `sequence`: its package never reached its path (see
        services.package_export), so the number may go to the next package."""
        with self.transaction() as s:
            row = s.get(ExportRow, sequence)
            if row is not None:
                s.delete(row)

    def get_setting(self, key: str, default: Any = None) -> Any:
        with self.transaction() as s:
            row = s.get(SettingRow, key)
            return row.value if row else default

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction() as s:
            row = s.get(SettingRow, key)
            if row is None:
                s.add(SettingRow(key=key, value=value))
            else:
                row.value = value

    # -- helpers --------------------------------------------------------------------
    @staticmethod
    def _binnable_row(
        s: Session, table: str, record_id: str
    ) -> EnvironmentRow | OpportunityRow | None:
        if table == "environment":
            return s.get(EnvironmentRow, record_id)
        if table == "opportunity":
            return s.get(OpportunityRow, record_id)
        raise ValueError(f"no bin for {table!r}")

    @contextmanager
    def _maybe(self, session: Session | None) -> Iterator[Session]:
        if session is not None:
            yield session
        else:
            with self.transaction() as s:
                yield s

    @staticmethod
    def _next_position(s: Session, row_type: Any) -> int:
        from sqlalchemy import func

        current = s.scalar(select(func.max(row_type.position)))
        return int(current or 0) + 1
