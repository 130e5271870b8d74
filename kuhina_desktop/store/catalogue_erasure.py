"""The rows an erasure reads and rewrites (docs/catalogue.md, "Erasing a person").

Plain session functions; `services.erasure` decides what to do and calls them in one
transaction: the organisation records without the person, the opportunities that named
them as their contact, the audit log and moderation reasons with their values replaced by
tokens, and the waiting (signed, unchangeable) packages that carry them dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from kuhina_desktop.store.catalogue_records import load_records, write_records
from kuhina_desktop.store.catalogue_tables import (
    AuditRow,
    ModerationRow,
    OpportunityDocumentRow,
    OpportunityRow,
    OrganisationRow,
    PendingPackageRow,
)


def organisations(s: Session) -> Iterator[OrganisationRow]:
    yield from s.scalars(select(OrganisationRow).order_by(OrganisationRow.name_fi))


def set_organisation_data(s: Session, organisation_id: str, data: dict[str, Any]) -> None:
    s.execute(
        update(OrganisationRow).where(OrganisationRow.id == organisation_id).values(data=data)
    )


def drop_contact_links(s: Session, organisation_id: str, contact_ids: set[str]) -> list[str]:
    """Opportunities of the organisation that named one of the contacts lose that link;
    the ids of the opportunities changed."""
    rows = s.execute(
        select(OpportunityRow.id, OpportunityDocumentRow.num, OpportunityDocumentRow.data)
        .join(OpportunityDocumentRow, OpportunityDocumentRow.num == OpportunityRow.num)
        .where(OpportunityRow.organisation_id == organisation_id)
    ).all()
    changed = []
    for record_id, num, data in rows:
        if isinstance(data, dict) and data.get("contact_id") in contact_ids:
            s.execute(
                update(OpportunityDocumentRow)
                .where(OpportunityDocumentRow.num == num)
                .values(data={**data, "contact_id": None})
            )
            changed.append(record_id)
    return changed


def audit_details(s: Session) -> Iterator[Any]:
    for (details,) in s.execute(select(AuditRow.details)):
        yield details


def rewrite_audit(s: Session, rewrite: Callable[[Any], Any], write: bool = True) -> int:
    """Every audit entry's details through `rewrite`; how many entries change (with
    `write` False they are only counted)."""
    count = 0
    for entry_id, details in s.execute(select(AuditRow.id, AuditRow.details)).all():
        new = rewrite(details)
        if new != details:
            if write:
                s.execute(update(AuditRow).where(AuditRow.id == entry_id).values(details=new))
            count += 1
    return count


def rewrite_moderation(s: Session, rewrite: Callable[[str], str], write: bool = True) -> int:
    count = 0
    for record_id, reason in s.execute(select(ModerationRow.record_id, ModerationRow.reason)).all():
        new = rewrite(reason)
        if new != reason:
            if write:
                s.execute(
                    update(ModerationRow)
                    .where(ModerationRow.record_id == record_id)
                    .values(reason=new)
                )
            count += 1
    return count


def pending(s: Session) -> list[tuple[str, str, int, bytes]]:
    """(sha256, organisation id, sequence, content) of every waiting package."""
    rows = s.execute(
        select(
            PendingPackageRow.sha256,
            PendingPackageRow.organisation_id,
            PendingPackageRow.sequence,
            PendingPackageRow.content,
        )
    )
    return [(r[0], r[1], r[2], bytes(r[3])) for r in rows]


def drop_pending_packages(s: Session, hashes: list[str]) -> None:
    if hashes:
        s.execute(delete(PendingPackageRow).where(PendingPackageRow.sha256.in_(hashes)))


def audit_count(s: Session) -> int:
    return len(s.execute(select(AuditRow.id)).all())


def remove_records(s: Session, organisation_id: str) -> tuple[list[str], list[str]]:
    """Every coaching environment and opportunity of the organisation deleted (their search
    texts and links with them) and its record emptied, as before its first import; the ids
    of the environments and of the opportunities removed. Its keys stay in the trust
    registry, so a revoked key stays refused."""
    stored = load_records(s, organisation_id)
    write_records(
        s,
        organisation_id,
        stored,
        organisation=stored.organisation or {},
        environments={},
        opportunities={},
        upserts={},
        deletes={
            "environment": list(stored.environments),
            "opportunity": list(stored.opportunities),
        },
    )
    s.execute(
        update(OrganisationRow).where(OrganisationRow.id == organisation_id).values(data=None)
    )
    return sorted(stored.environments), sorted(stored.opportunities)
