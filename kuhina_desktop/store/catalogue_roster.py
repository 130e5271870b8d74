"""Every organisation of the catalogue in brief (id, name, business ID, key fingerprints):
what an arriving package is compared with before its key is trusted. Two light queries,
no record data."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kuhina_desktop.store.catalogue_tables import (
    EnvironmentRow,
    OpportunityRow,
    OrganisationRow,
    PublisherKeyRow,
    table_of,
)

_org = table_of(OrganisationRow)
_key = table_of(PublisherKeyRow)


@dataclass(frozen=True)
class RosterEntry:
    organisation_id: str
    name: dict[str, Any]
    business_id: str | None
    fingerprints: tuple[str, ...]


def roster(s: Session) -> list[RosterEntry]:
    """All organisations (waiting ones too), ordered by Finnish name and id."""
    fingerprints: dict[str, list[str]] = {}
    for organisation_id, fingerprint in s.execute(
        select(_key.c.organisation_id, _key.c.fingerprint).order_by(_key.c.id)
    ):
        fingerprints.setdefault(organisation_id, []).append(fingerprint)
    rows = s.execute(
        select(_org.c.id, _org.c.name, _org.c.business_id).order_by(_org.c.name_fi, _org.c.id)
    )
    return [
        RosterEntry(
            organisation_id,
            dict(name) if isinstance(name, dict) else {},
            business_id,
            tuple(fingerprints.get(organisation_id, ())),
        )
        for organisation_id, name, business_id in rows
    ]


def record_label(s: Session, record_type: str, record_id: str) -> str:
    """The Finnish name or title of a record, for the audit log ('' when unknown)."""
    if record_type == "organisation":
        column = _org.c.name_fi
        key = _org.c.id
    elif record_type == "environment":
        env = table_of(EnvironmentRow)
        column, key = env.c.name_fi, env.c.id
    else:
        opp = table_of(OpportunityRow)
        column, key = opp.c.title_fi, opp.c.id
    value = s.execute(select(column).where(key == record_id)).scalar()
    return str(value or "")
