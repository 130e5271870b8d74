"""Keeping and removing organisations' records (docs/catalogue.md, "Keeping and removing").

The retention time is a catalogue setting (`retention.json` in the workspace folder, 24
months when not set). `catalogue status` flags an organisation `retention_due` when its
key is revoked or it has sent nothing for that long. `remove_organisation` removes its
records and erases its contact people the way `services.erasure` erases one person: the
values pseudonymised in the audit log and hiding reasons, waiting packages dropped, one
audit entry with counts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from kuhina_desktop.catalogue.erasure import Pseudonymiser, contact_versions
from kuhina_desktop.catalogue.retention import FLAG
from kuhina_desktop.errors import KnownError
from kuhina_desktop.services.erasure import SECRET_BYTES, erasure_secret
from kuhina_desktop.services.retention_setting import (
    load_retention_months,
    save_retention_months,
)
from kuhina_desktop.store import catalogue_erasure as rows
from kuhina_desktop.store import catalogue_store as registry
from kuhina_desktop.store.engine import scrub_sqlite

ACTION = "remove_organisation"

__all__ = [
    "ACTION",
    "FLAG",
    "Removal",
    "load_retention_months",
    "plan_removal",
    "remove_organisation",
    "save_retention_months",
]


@dataclass
class Removal:
    """What `remove_organisation` does, or did (`done`)."""

    organisation_id: str
    name: str
    contacts: list[str] = field(default_factory=list)  # the contact people's names
    environments: list[str] = field(default_factory=list)
    opportunities: list[str] = field(default_factory=list)
    audit_entries: int = 0
    pending_packages: list[str] = field(default_factory=list)
    done: bool = False


def _plan(s: Session, organisation_id: str, secret: bytes, write: bool) -> Removal:
    org = next((o for o in rows.organisations(s) if o.id == organisation_id), None)
    if org is None:
        raise KnownError("retention_unknown_organisation", organisation=organisation_id)
    data = org.data or {}
    people: list[dict[str, Any]] = [c for c in data.get("contacts") or [] if isinstance(c, dict)]
    plan = Removal(organisation_id, org.name_fi or organisation_id)
    plan.contacts = [str(c.get("name") or "") for c in people]
    plan.pending_packages = [sha for sha, owner, _seq, _c in rows.pending(s) if owner == org.id]
    stored = rows.load_records(s, org.id)
    plan.environments, plan.opportunities = (
        sorted(stored.environments),
        sorted(stored.opportunities),
    )
    ids = {str(c["id"]) for c in people if isinstance(c.get("id"), str)}
    if ids:
        for details in rows.audit_details(s):
            people += contact_versions(details, ids)
    if people:
        pseudo = Pseudonymiser(secret, people)
        plan.audit_entries = rows.rewrite_audit(s, pseudo.json, write)
        rows.rewrite_moderation(s, pseudo.text, write)
    return plan


def plan_removal(ws: Any, organisation_id: str) -> Removal:
    """What removing the organisation would do; changes nothing."""
    return ws.store.run(lambda s: _plan(s, organisation_id, bytes(SECRET_BYTES), write=False))


def remove_organisation(ws: Any, organisation_id: str, actor: str | None = None) -> Removal:
    from kuhina_desktop.services.catalogue_workspace import default_actor

    plan_removal(ws, organisation_id)  # an unknown id is refused before the key is made
    secret = erasure_secret(ws.folder)

    def work(s: Session) -> Removal:
        plan = _plan(s, organisation_id, secret, write=True)
        rows.remove_records(s, organisation_id)
        rows.drop_pending_packages(s, plan.pending_packages)
        registry.add_audit(
            s,
            at=datetime.now(UTC),
            actor=actor or default_actor(),
            action=ACTION,
            organisation_id=organisation_id,
            details={
                "organisation": plan.name,
                "contacts": len(plan.contacts),
                "environments": len(plan.environments),
                "opportunities": len(plan.opportunities),
                "audit_entries": plan.audit_entries,
                "pending_packages": len(plan.pending_packages),
            },
        )
        plan.done = True
        return plan

    plan = ws.store.run(work)
    scrub_sqlite(ws.engine)
    return plan
