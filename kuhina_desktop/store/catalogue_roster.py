"""Every organisation of the catalogue in brief (id, name, business ID, key fingerprints):
what an arriving package is compared with before its key is trusted. Two light queries,
no record data."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kuhina_desktop.store.catalogue_tables import OrganisationRow, PublisherKeyRow, table_of

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
