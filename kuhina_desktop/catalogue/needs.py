"""Which changes of a package need which (the rule is in dependencies.py).

An opportunity points at a coaching environment (`environment_id`) and at one of the
organisation's contact people (`contact_id`, from the organisation's `contacts` list, which
changes as a whole). A new opportunity, or one moved to another place or contact, needs
the new environment or contact list it points at; the removal of an environment (or a
contact list without a contact) needs the changes that take the catalogue's opportunities
away from it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from kuhina_desktop.catalogue.diff import (
    ADDED,
    CHANGED,
    ENVIRONMENT,
    OPPORTUNITY,
    ORGANISATION,
    REMOVED,
    PackageDiff,
    RecordDiff,
    change_id,
)

ENVIRONMENT_LINK, CONTACT_LINK = "environment", "contact"


@dataclass(frozen=True)
class Need:
    """`change` can only be accepted with `needed`; `link` says through what."""

    change: str
    needed: str
    link: str  # environment | contact


def contact_ids(record: Mapping[str, Any] | None) -> set[str]:
    contacts = (record or {}).get("contacts") or []
    return {str(c.get("id")) for c in contacts if isinstance(c, Mapping) and c.get("id")}


def needs_of(diff: PackageDiff) -> list[Need]:
    """Every need between the changes of one package's diff."""
    changes = {c.change_id for c in diff.changes()}
    environments = {r.record_id: r for r in diff.records if r.record_type == ENVIRONMENT}
    organisation = next((r for r in diff.records if r.record_type == ORGANISATION), None)
    contacts_change = (
        change_id(organisation.record_id, "contacts") if organisation is not None else ""
    )
    old_contacts = contact_ids(organisation.old if organisation else None)
    new_contacts = contact_ids(organisation.new if organisation else None)
    found: list[Need] = []

    def add(change: str, needed: str, link: str) -> None:
        if change in changes and needed in changes and change != needed:
            found.append(Need(change, needed, link))

    for record in diff.records:
        if record.record_type != OPPORTUNITY:
            continue
        _opportunity_needs(record, environments, add)
        # contacts: the same two directions over the organisation's contact list
        if contacts_change not in changes:
            continue
        old_ref = (record.old or {}).get("contact_id")
        new_ref = (record.new or {}).get("contact_id")
        brings = record.record_id if record.status == ADDED else None
        if record.status == CHANGED and old_ref != new_ref:
            brings = change_id(record.record_id, "contact_id")
        if brings and new_ref and new_ref not in old_contacts:
            add(brings, contacts_change, CONTACT_LINK)
        if old_ref and old_ref in old_contacts and old_ref not in new_contacts:
            leaves = record.record_id if record.status == REMOVED else None
            if record.status == CHANGED and old_ref != new_ref:
                leaves = change_id(record.record_id, "contact_id")
            if leaves:
                add(contacts_change, leaves, CONTACT_LINK)
    return found


def _opportunity_needs(
    record: RecordDiff, environments: Mapping[str, RecordDiff], add: Callable[[str, str, str], None]
) -> None:
    old_ref = (record.old or {}).get("environment_id")
    new_ref = (record.new or {}).get("environment_id")
    moved = record.status == CHANGED and old_ref != new_ref
    brings = record.record_id if record.status == ADDED else None
    if moved:
        brings = change_id(record.record_id, "environment_id")
    target = environments.get(str(new_ref)) if new_ref else None
    if brings and target is not None and target.status == ADDED:
        add(brings, target.record_id, ENVIRONMENT_LINK)
    left = environments.get(str(old_ref)) if old_ref else None
    if left is not None and left.status == REMOVED:
        leaves = record.record_id if record.status == REMOVED else None
        if moved:
            leaves = change_id(record.record_id, "environment_id")
        if leaves:
            add(left.record_id, leaves, ENVIRONMENT_LINK)
