"""Every organisation of the catalogue in brief (id, name, business ID, key fingerprints):
what an arriving package is compared with before its key is trusted. Two light queries,
no record data. And the index of their name keys (`organisation_name_key`, cat0006), which
finds the few organisations an arriving package could resemble without reading them all."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, exists, func, or_, select
from sqlalchemy.orm import Session

from kuhina_desktop.store.catalogue_batches import chunks, insert_ignore
from kuhina_desktop.store.catalogue_tables import (
    EnvironmentRow,
    OpportunityRow,
    OrganisationNameKeyRow,
    OrganisationRow,
    PublisherKeyRow,
    table_of,
)

_org = table_of(OrganisationRow)
_key = table_of(PublisherKeyRow)
_name_key = table_of(OrganisationNameKeyRow)


@dataclass(frozen=True)
class RosterEntry:
    organisation_id: str
    name: dict[str, Any]
    business_id: str | None
    fingerprints: tuple[str, ...]


def roster(s: Session, only: Collection[str] | None = None) -> list[RosterEntry]:
    """All organisations (waiting ones too), or those of `only`, ordered by Finnish name
    and id."""
    keys = select(_key.c.organisation_id, _key.c.fingerprint).order_by(_key.c.id)
    organisations = select(_org.c.id, _org.c.name, _org.c.business_id)
    if only is not None:
        if not only:
            return []
        keys = keys.where(_key.c.organisation_id.in_(list(only)))
        organisations = organisations.where(_org.c.id.in_(list(only)))
    fingerprints: dict[str, list[str]] = {}
    for organisation_id, fingerprint in s.execute(keys):
        fingerprints.setdefault(organisation_id, []).append(fingerprint)
    rows = s.execute(organisations.order_by(_org.c.name_fi, _org.c.id))
    return [
        RosterEntry(
            organisation_id,
            dict(name) if isinstance(name, dict) else {},
            business_id,
            tuple(fingerprints.get(organisation_id, ())),
        )
        for organisation_id, name, business_id in rows
    ]


def all_marked(s: Session, marker: str, besides: str) -> bool:
    """Whether every organisation but `besides` has the name keys `marker` marks (markers
    belong to organisations that exist, so the counts say so: the whole tables' counts,
    which the databases answer from an index, and `besides` looked up)."""
    organisations = int(s.scalar(select(func.count()).select_from(_org)) or 0)
    marked = int(s.scalar(select(func.count()).where(_name_key.c.key == marker)) or 0)
    own_row = s.scalar(select(_org.c.id).where(_org.c.id == besides)) is not None
    own_marker = (
        s.scalar(
            select(_name_key.c.key).where(
                _name_key.c.key == marker, _name_key.c.organisation_id == besides
            )
        )
        is not None
    )
    return marked == organisations - (own_row and not own_marker)


def without_name_keys(s: Session, marker: str) -> list[tuple[str, dict[str, Any]]]:
    """(id, name) of the organisations whose name keys lack `marker` (the current version's
    marker key): new ones, renamed ones, all of them after the keys' version changed."""
    marked = exists().where(_name_key.c.organisation_id == _org.c.id, _name_key.c.key == marker)
    rows = s.execute(select(_org.c.id, _org.c.name).where(~marked).order_by(_org.c.id))
    return [(str(i), dict(name) if isinstance(name, dict) else {}) for i, name in rows]


def replace_name_keys(s: Session, keys: Mapping[str, Iterable[str]]) -> None:
    """Each organisation's name keys (marker included) instead of the ones it had."""
    delete_name_keys(s, list(keys))
    rows = [{"key": k, "organisation_id": i} for i, values in keys.items() for k in values]
    for part in chunks(rows):
        insert_ignore(s, _name_key, list(part), ["key", "organisation_id"])


def delete_name_keys(s: Session, organisation_ids: Collection[str]) -> None:
    """The organisations' name keys and markers (their names changed)."""
    for part in chunks(list(organisation_ids)):
        s.execute(delete(_name_key).where(_name_key.c.organisation_id.in_(part)))


def resembling(
    s: Session, keys: Collection[str], business_id: str | None, fingerprint: str | None
) -> set[str]:
    """The organisations that share a name key, the business ID or the signing key."""
    found: set[str] = set()
    for part in chunks(list(keys)):
        found.update(
            s.scalars(select(_name_key.c.organisation_id).where(_name_key.c.key.in_(part)))
        )
    conditions = []
    if business_id:
        conditions.append(_org.c.business_id == business_id)
    if fingerprint:
        signed = select(_key.c.organisation_id).where(_key.c.fingerprint == fingerprint)
        conditions.append(_org.c.id.in_(signed))
    if conditions:
        found.update(s.scalars(select(_org.c.id).where(or_(*conditions))))
    return found


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
