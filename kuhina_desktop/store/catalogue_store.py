"""The catalogue's registry rows: organisations, publisher keys, waiting packages,
moderation, the audit log and attachments (the SQL beside catalogue_records).

`CatalogueStore.run` runs a function in one transaction and retries it when the database
says to (SQLite busy, a PostgreSQL deadlock or serialisation failure, a unique key another
transaction took first): each attempt starts from scratch and sees what the other committed.
`lock_organisation_state` serialises everything done to one organisation: SQLite
transactions already begin with `BEGIN IMMEDIATE`; on PostgreSQL the organisation row is
locked. The statements that write many rows at once live in catalogue_batches.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Collection, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Engine, delete, select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from kuhina_desktop.store.catalogue_batches import (
    Writes,
    insert_ignore,
    insert_values,
    plan_every_time,
    send_now,
    update_values,
    upsert,
)
from kuhina_desktop.store.catalogue_roster import delete_name_keys
from kuhina_desktop.store.catalogue_tables import (
    AttachmentRow,
    AuditRow,
    ModerationRow,
    OrganisationRow,
    PendingPackageRow,
    PublisherKeyRow,
    table_of,
)
from kuhina_desktop.store.engine import make_sessionmaker

T = TypeVar("T")
ATTEMPTS = 6

_org = table_of(OrganisationRow)
_key = table_of(PublisherKeyRow)
_pending = table_of(PendingPackageRow)
_mod = table_of(ModerationRow)
_att = table_of(AttachmentRow)
_audit = table_of(AuditRow)


def _retryable(error: Exception) -> bool:
    if isinstance(error, IntegrityError):
        return True
    message = str(getattr(error, "orig", error)).lower()
    sqlstate = getattr(getattr(error, "orig", None), "sqlstate", None)
    return sqlstate in ("40001", "40P01", "55P03") or "locked" in message or "busy" in message


class CatalogueStore:
    """Sessions and transactions of one catalogue database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name
        self._sessions = make_sessionmaker(engine)
        plan_every_time(engine)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self._sessions.begin() as session:
            yield session

    def run(self, work: Callable[[Session], T], attempts: int = ATTEMPTS) -> T:
        """`work(session)` in one transaction, retried on transient conflicts."""
        for attempt in range(attempts):
            try:
                with self._sessions.begin() as session:
                    return work(session)
            except (OperationalError, IntegrityError) as error:
                if attempt == attempts - 1 or not _retryable(error):
                    raise
                time.sleep(0.02 * (2**attempt) * (1 + random.random()))
        raise AssertionError("unreachable")


# -- organisations ----------------------------------------------------------------------
def get_organisation(s: Session, organisation_id: str) -> OrganisationRow | None:
    return s.get(OrganisationRow, organisation_id)


@dataclass(frozen=True)
class OrganisationState:
    """What an import needs of an organisation's row (read with Core, not the ORM)."""

    id: str
    data: dict[str, Any] | None
    business_id: str | None
    last_sequence: int | None
    last_package_sha256: str | None


_STATE_COLUMNS = ("id", "data", "business_id", "last_sequence", "last_package_sha256")


def organisation_state(s: Session, organisation_id: str) -> OrganisationState | None:
    columns = [_org.c[name] for name in _STATE_COLUMNS]
    row = s.execute(select(*columns).where(_org.c.id == organisation_id)).first()
    return OrganisationState(*row) if row is not None else None


def lock_organisation_state(
    s: Session, organisation_id: str, name: Mapping[str, Any], now: datetime
) -> OrganisationState:
    """The organisation's row, created on first sight, locked until the transaction ends.

    One statement: an insert that, when the row exists, "updates" it to itself, which
    takes the row's lock and returns it (SQLite transactions hold the database's write
    lock from BEGIN IMMEDIATE already)."""
    first_sight: dict[str, Any] = {
        "id": organisation_id,
        "name": dict(name),
        "name_fi": str(name.get("fi") or "")[:200],
        "business_id": None,
        "data": None,
        "first_seen_at": now,
        "hidden": False,
        "flags": [],
    }
    row = upsert(s, _org, first_sight, ("id",), (), returning=_STATE_COLUMNS)
    assert row is not None
    return OrganisationState(**row._asdict())


def lock_organisation(
    s: Session, organisation_id: str, name: Mapping[str, Any], now: datetime
) -> OrganisationRow:
    """`lock_organisation_state` as the ORM row, for callers that set its attributes."""
    lock_organisation_state(s, organisation_id, name, now)
    row = s.get(OrganisationRow, organisation_id)
    assert row is not None
    return row


def update_organisation(
    s: Session,
    organisation_id: str,
    writes: Writes | None = None,
    *,
    name_keys_replaced: bool = False,
    **changes: Any,
) -> None:
    """Set columns of the organisation's row (with `writes`, when they are sent). A new
    name drops the organisation's name keys, made again when a package next arrives,
    unless the caller puts the new name's keys in their place in the same transaction
    (`name_keys_replaced`: an import, `impostor_checks.index_name`)."""
    if "name" in changes and not name_keys_replaced:
        delete_name_keys(s, [organisation_id])
    shape, params = (_org, "id", tuple(changes)), {"id": organisation_id, **changes}
    if writes is None:
        send_now(s, update_values, shape, params)
    else:
        writes.add(update_values, shape, params)


def list_organisations(s: Session) -> list[OrganisationRow]:
    return list(
        s.scalars(select(OrganisationRow).order_by(OrganisationRow.name_fi, OrganisationRow.id))
    )


def organisation_names(s: Session) -> dict[str, str]:
    """Each organisation's Finnish name by its id (the names alone, not the rows)."""
    return {str(i): str(n) for i, n in s.execute(select(_org.c.id, _org.c.name_fi))}


def organisations_with_business_id(s: Session, business_id: str, besides: str) -> list[str]:
    return list(
        s.scalars(
            select(_org.c.id)
            .where(_org.c.business_id == business_id, _org.c.id != besides)
            .order_by(_org.c.id)
        )
    )


def add_flag(s: Session, organisation_id: str, flag: str) -> None:
    row = s.get(OrganisationRow, organisation_id)
    if row is not None and flag not in (row.flags or []):
        row.flags = [*(row.flags or []), flag]


# -- publisher keys -----------------------------------------------------------------------
@dataclass(frozen=True)
class KeyRecord:
    organisation_id: str
    public_key: str
    fingerprint: str
    state: str
    source: str
    added_at: datetime
    confirmed_by: str | None
    confirmed_at: datetime | None


def keys_of(s: Session, organisation_id: str | None = None) -> list[KeyRecord]:
    stmt = select(PublisherKeyRow).order_by(PublisherKeyRow.organisation_id, PublisherKeyRow.id)
    if organisation_id is not None:
        stmt = stmt.where(PublisherKeyRow.organisation_id == organisation_id)
    return [
        KeyRecord(
            k.organisation_id,
            k.public_key,
            k.fingerprint,
            k.state,
            k.source,
            k.added_at,
            k.confirmed_by,
            k.confirmed_at,
        )
        for k in s.scalars(stmt)
    ]


def put_key(
    s: Session,
    organisation_id: str,
    public_key: str,
    fingerprint: str,
    *,
    state: str,
    source: str,
    now: datetime,
    actor: str | None = None,
    writes: Writes | None = None,
) -> None:
    """Add the key, or move an existing one to `state` (recording who confirmed or revoked):
    one INSERT ... ON CONFLICT DO UPDATE (with `writes`, when they are sent)."""
    changes: dict[str, Any] = {"state": state}
    if state == "trusted":
        changes["source"] = source
        if actor:
            changes.update(confirmed_by=actor, confirmed_at=now)
    if state == "revoked":
        changes.update(revoked_by=actor, revoked_at=now)
    row = {
        "organisation_id": organisation_id,
        "public_key": public_key,
        "fingerprint": fingerprint,
        "source": source,
        "added_at": now,
        **changes,
    }
    upsert(s, _key, row, ("organisation_id", "fingerprint"), tuple(changes), writes=writes)


def set_key_states(
    s: Session,
    organisation_id: str,
    fingerprints: list[str],
    state: str,
    *,
    now: datetime,
    actor: str | None = None,
) -> None:
    if not fingerprints:
        return
    values: dict[str, Any] = {"state": state}
    if state == "revoked":
        values.update(revoked_by=actor, revoked_at=now)
    s.execute(
        update(_key)
        .where(_key.c.organisation_id == organisation_id, _key.c.fingerprint.in_(fingerprints))
        .values(**values)
    )


# -- packages waiting for trust -------------------------------------------------------------
def put_pending(
    s: Session,
    *,
    sha256: str,
    organisation_id: str,
    sequence: int,
    public_key: str,
    fingerprint: str,
    content: bytes,
    now: datetime,
) -> None:
    insert_ignore(
        s,
        _pending,
        [
            {
                "sha256": sha256,
                "organisation_id": organisation_id,
                "sequence": sequence,
                "public_key": public_key,
                "fingerprint": fingerprint,
                "content": content,
                "size": len(content),
                "received_at": now,
            }
        ],
        ["sha256"],
    )


@dataclass(frozen=True)
class PendingRecord:
    sha256: str
    organisation_id: str
    sequence: int
    fingerprint: str
    size: int
    received_at: datetime


def pending_packages(s: Session, organisation_id: str | None = None) -> list[PendingRecord]:
    stmt = select(
        _pending.c.sha256,
        _pending.c.organisation_id,
        _pending.c.sequence,
        _pending.c.fingerprint,
        _pending.c.size,
        _pending.c.received_at,
    )
    if organisation_id is not None:
        stmt = stmt.where(_pending.c.organisation_id == organisation_id)
    stmt = stmt.order_by(_pending.c.organisation_id, _pending.c.sequence.desc())
    return [PendingRecord(*r) for r in s.execute(stmt)]


def pending_content(s: Session, sha256: str) -> bytes | None:
    value = s.execute(select(_pending.c.content).where(_pending.c.sha256 == sha256)).scalar()
    return bytes(value) if value is not None else None


def drop_pending(s: Session, organisation_id: str, up_to_sequence: int) -> None:
    """Forget waiting packages that can no longer be imported (not newer than the last)."""
    s.execute(
        delete(_pending).where(
            _pending.c.organisation_id == organisation_id, _pending.c.sequence <= up_to_sequence
        )
    )


# -- moderation -------------------------------------------------------------------------------
def get_moderation(s: Session, record_id: str) -> ModerationRow | None:
    return s.get(ModerationRow, record_id)


def put_moderation(
    s: Session,
    *,
    record_id: str,
    record_type: str,
    organisation_id: str,
    reason: str,
    actor: str,
    now: datetime,
) -> None:
    row = s.get(ModerationRow, record_id)
    if row is None:
        s.add(
            ModerationRow(
                record_id=record_id,
                record_type=record_type,
                organisation_id=organisation_id,
                reason=reason,
                hidden_by=actor,
                hidden_at=now,
            )
        )
    else:
        row.reason, row.hidden_by, row.hidden_at = reason, actor, now
    s.flush()


def drop_moderation(s: Session, record_id: str) -> bool:
    row = s.get(ModerationRow, record_id)
    if row is None:
        return False
    s.delete(row)
    s.flush()
    return True


def list_moderation(s: Session) -> list[ModerationRow]:
    return list(s.scalars(select(ModerationRow).order_by(ModerationRow.hidden_at)))


# -- audit log ----------------------------------------------------------------------------------
def add_audit(
    s: Session,
    *,
    at: datetime,
    actor: str,
    action: str,
    organisation_id: str | None = None,
    record_id: str | None = None,
    package_sha256: str | None = None,
    sequence: int | None = None,
    details: Mapping[str, Any] | None = None,
    writes: Writes | None = None,
) -> None:
    """An entry in the audit log (with `writes`, when they are sent)."""
    row = {
        "at": at,
        "actor": actor[:200],
        "action": action,
        "organisation_id": organisation_id,
        "record_id": record_id,
        "package_sha256": package_sha256,
        "sequence": sequence,
        "details": dict(details or {}),
    }
    if writes is None:
        send_now(s, insert_values, (_audit, tuple(row)), row)
    else:
        writes.add(insert_values, (_audit, tuple(row)), row)


def list_audit(
    s: Session,
    *,
    organisation_id: str | None = None,
    action: str | None = None,
    since: datetime | None = None,
    limit: int | None = None,
) -> list[AuditRow]:
    stmt = select(AuditRow)
    if organisation_id is not None:
        stmt = stmt.where(AuditRow.organisation_id == organisation_id)
    if action is not None:
        stmt = stmt.where(AuditRow.action == action)
    if since is not None:
        stmt = stmt.where(AuditRow.at >= since)
    stmt = stmt.order_by(AuditRow.id.desc())
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(s.scalars(stmt))


# -- attachments --------------------------------------------------------------------------------
def split_ref(ref: str) -> tuple[str, str]:
    """`attachments/<sha256>.<ext>` → (sha256, ext)."""
    name = ref.rsplit("/", 1)[-1]
    sha, _, ext = name.partition(".")
    return sha, ext


def attachment_hashes(attachments: Mapping[str, bytes]) -> list[str]:
    return [split_ref(ref)[0] for ref in attachments]


def put_attachments(
    s: Session,
    attachments: Mapping[str, bytes],
    now: datetime,
    present: Collection[str] | None = None,
) -> int:
    """Store the images not stored yet (in hash order, so concurrent imports cannot
    deadlock on them); returns how many were new. `present`: the hashes among them known
    to be stored already (looked up when not given)."""
    wanted = {split_ref(ref): content for ref, content in attachments.items()}
    if not wanted:
        return 0
    if present is None:
        present = set(
            s.scalars(select(_att.c.sha256).where(_att.c.sha256.in_([sha for sha, _ext in wanted])))
        )
    rows = [
        {
            "sha256": sha,
            "extension": ext[:4],
            "content": content,
            "size": len(content),
            "first_seen_at": now,
        }
        for (sha, ext), content in sorted(wanted.items())
        if sha not in present
    ]
    insert_ignore(s, _att, rows, ["sha256"])
    return len(rows)


def get_attachment(s: Session, ref: str) -> bytes | None:
    sha, _ext = split_ref(ref)
    value = s.execute(select(_att.c.content).where(_att.c.sha256 == sha)).scalar()
    return bytes(value) if value is not None else None
