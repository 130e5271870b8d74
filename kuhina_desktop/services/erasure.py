"""Erasing a contact person from the catalogue (GDPR Art. 17; docs/catalogue.md, "Erasing a
person"), for the coordinator's window and `kuhina catalogue erase-person`.

`find_person(ws, query)` says what an erasure would do, changing nothing: the matching
contacts (organisation, name, role, e-mail, phone), how many audit entries and moderation
reasons name them, which waiting packages carry them, and which files in the workspace
folder still hold their values. `erase_person(ws, query)` does it in one transaction:

- the contacts leave their organisation's record, and opportunities that named one of them
  as their contact lose that link, so the next publish of every output leaves them out;
- in every audit entry and moderation reason, each of their values (name, e-mail, phone,
  however the phone was written) becomes a token, `erased:` and 16 hex digits of an
  HMAC-SHA-256 keyed with the catalogue's erasure secret (why keyed: `catalogue.erasure`).
  No entry is removed;
- waiting packages (signed, so they cannot be edited) that carry them are dropped: one
  would otherwise bring the person back when its key is confirmed;
- one audit entry `erase_person` with counts only: that an erasure happened, not whom.

The spare copies of the sites published from the workspace, which the web catalogue keeps
beside their state to republish only what changed (`site-state/*.spare`,
exports/site_reuse), are removed (the next publish writes every file once): they hold the
pages as published before, with the person's name where they agreed to it.

Files in the workspace folder (migration backups of the database, package or review
files the coordinator saved there) are reported, not changed: a backup is only worth
keeping whole, and the coordinator decides. Outputs already published elsewhere are the
coordinator's to publish again.

The secret is 32 random bytes in `erasure.key` in the workspace folder (0600), made on the
first erasure; it is never in the database, so a copy of the database or an exported audit
log is not enough to test guesses against the tokens.
"""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from kuhina_desktop.atomic_write import write_file_atomic
from kuhina_desktop.catalogue.erasure import (
    PersonQuery,
    Pseudonymiser,
    checked_query,
    contact_versions,
    matching_contacts,
    personal_values,
    without_contacts,
)
from kuhina_desktop.errors import KnownError
from kuhina_desktop.packages import limits
from kuhina_desktop.packages.errors import PackageError
from kuhina_desktop.packages.reader import check_integrity
from kuhina_desktop.store import catalogue_erasure as rows
from kuhina_desktop.store import catalogue_store as registry
from kuhina_desktop.store.engine import scrub_sqlite

SECRET_FILE = "erasure.key"
SECRET_BYTES = 32
ACTION = "erase_person"
_SKIPPED = {"kuhina.sqlite", "kuhina.sqlite-wal", "kuhina.sqlite-shm", ".lock", SECRET_FILE}

__all__ = ["ACTION", "ErasurePlan", "FoundContact", "checked_query", "erase_person", "find_person"]


@dataclass(frozen=True)
class FoundContact:
    organisation_id: str
    organisation: str  # the organisation's Finnish (or first) name
    contact_id: str
    name: str
    role: str
    email: str
    phone: str


@dataclass
class ErasurePlan:
    """What `erase_person` does for a query, or did (`done`)."""

    query: PersonQuery
    contacts: list[FoundContact] = field(default_factory=list)
    audit_entries: int = 0
    moderation_reasons: int = 0
    pending_packages: list[str] = field(default_factory=list)  # their SHA-256
    files: list[Path] = field(default_factory=list)  # workspace files that hold the values
    opportunities: list[str] = field(default_factory=list)
    done: bool = False

    @property
    def empty(self) -> bool:
        return not self.contacts and not self.pending_packages


def _name_of(data: dict[str, Any] | None, fallback: str) -> str:
    name = (data or {}).get("name") or {}
    if isinstance(name, dict):
        return str(name.get("fi") or next(iter(name.values()), "") or fallback)
    return fallback


def _role_of(contact: dict[str, Any]) -> str:
    role = contact.get("role")
    if isinstance(role, dict):
        return str(role.get("fi") or next(iter(role.values()), "") or "")
    return ""


def erasure_secret(folder: Path) -> bytes:
    path = Path(folder) / SECRET_FILE
    try:
        value = path.read_bytes()
        if len(value) == SECRET_BYTES:
            return value
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise KnownError("erasure_secret_unreadable", path=str(path)) from exc
    value = secrets.token_bytes(SECRET_BYTES)
    write_file_atomic(path, value)
    return value


def _package_contacts(content: bytes) -> list[dict[str, Any]]:
    try:
        data = json.loads(bytes(check_integrity(content).contents[limits.DATA]))
    except (PackageError, KeyError, ValueError):
        return []
    contacts = ((data or {}).get("organisation") or {}).get("contacts") or []
    return [c for c in contacts if isinstance(c, dict)]


def _files_holding(folder: Path, values: list[str]) -> list[Path]:
    """Files in the workspace folder (two levels) whose bytes, or a package's data, hold
    one of the values."""
    from kuhina_desktop.exports.site_reuse import is_spare

    needles = [v.encode("utf-8") for v in values if v]
    found = []
    paths = []
    for where, folders, files in os.walk(folder):
        here = Path(where)
        # Not the keys, nor a spare copy of a published site (removed by an erasure).
        folders[:] = [
            name for name in folders
            if not (here == Path(folder) and name == "keys") and not is_spare(here / name)
        ]  # fmt: skip
        paths += [here / name for name in files]
    for path in sorted(paths):
        if not path.is_file() or path.is_symlink() or path.name in _SKIPPED:
            continue
        try:
            data = path.read_bytes()
        except OSError:
            continue
        texts = [data.lower()]
        if path.suffix == ".kuhina":
            texts += [json.dumps(_package_contacts(data), ensure_ascii=False).encode().lower()]
        if any(n.lower() in t for n in needles for t in texts):
            found.append(path)
    return found


def _plan(s: Session, folder: Path, query: PersonQuery, secret: bytes, write: bool) -> ErasurePlan:
    plan = ErasurePlan(query)
    for org in rows.organisations(s):
        for contact in matching_contacts(org.data, query):
            plan.contacts.append(
                FoundContact(
                    organisation_id=org.id,
                    organisation=_name_of(org.data, org.id),
                    contact_id=str(contact.get("id") or ""),
                    name=str(contact.get("name") or ""),
                    role=_role_of(contact),
                    email=str(contact.get("email") or ""),
                    phone=str(contact.get("phone") or ""),
                )
            )
    people = [{"name": c.name, "email": c.email, "phone": c.phone} for c in plan.contacts]
    for sha, _org, _seq, content in rows.pending(s):
        carried = [c for c in _package_contacts(content) if query.matches(c)]
        if carried:
            plan.pending_packages.append(sha)
            people += carried
    ids = {c.contact_id for c in plan.contacts if c.contact_id}
    ids |= {str(c["id"]) for c in people if isinstance(c.get("id"), str)}
    if ids:  # the contacts' earlier versions in the change lists, with older values
        for details in rows.audit_details(s):
            people += contact_versions(details, ids)
    pseudo = Pseudonymiser(secret, people)
    plan.audit_entries = rows.rewrite_audit(s, pseudo.json, write) if people else 0
    plan.moderation_reasons = rows.rewrite_moderation(s, pseudo.text, write) if people else 0
    values = sorted({v for p in people for v in personal_values(p)})
    plan.files = _files_holding(folder, values) if values else []
    return plan


def find_person(ws: Any, query: PersonQuery) -> ErasurePlan:
    """What erasing `query` would do; changes nothing."""
    secret = bytes(SECRET_BYTES)  # only counting: no token is written
    return ws.store.run(lambda s: _plan(s, ws.folder, query, secret, write=False))


def erase_person(ws: Any, query: PersonQuery, actor: str | None = None) -> ErasurePlan:
    """Erase every contact `query` names; KnownError `erasure_no_match` when none."""
    from kuhina_desktop.services.catalogue_workspace import default_actor

    if find_person(ws, query).empty:
        raise KnownError("erasure_no_match", value=query.value)
    secret = erasure_secret(ws.folder)

    def work(s: Session) -> ErasurePlan:
        plan = _plan(s, ws.folder, query, secret, write=True)
        by_org: dict[str, set[str]] = {}
        for c in plan.contacts:
            by_org.setdefault(c.organisation_id, set()).add(c.contact_id)
        for org in list(rows.organisations(s)):
            ids = by_org.get(org.id)
            if ids and org.data is not None:
                rows.set_organisation_data(s, org.id, without_contacts(org.data, ids))
                plan.opportunities += rows.drop_contact_links(s, org.id, ids)
        rows.drop_pending_packages(s, plan.pending_packages)
        registry.add_audit(
            s,
            at=datetime.now(UTC),
            actor=actor or default_actor(),
            action=ACTION,
            details={
                "contacts": len(plan.contacts),
                "organisations": len(by_org),
                "audit_entries": plan.audit_entries,
                "moderation_reasons": plan.moderation_reasons,
                "pending_packages": len(plan.pending_packages),
                "files_reported": len(plan.files),
            },
        )
        plan.done = True
        return plan

    plan = ws.store.run(work)
    scrub_sqlite(ws.engine)  # the old values out of the file's free pages and its WAL
    from kuhina_desktop.exports.site_reuse import remove_spares
    from kuhina_desktop.services.outputs import SITE_STATE_FOLDER

    remove_spares(Path(ws.folder) / SITE_STATE_FOLDER)
    return plan
