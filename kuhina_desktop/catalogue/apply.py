"""Merging the accepted changes of one package (docs/catalogue.md, merging step 4), without I/O.

`merge` turns the catalogue's current records, the diff and the decisions into the records
the catalogue holds afterwards, and into what must be written: records to insert or update
and records to delete. A rejected change keeps the catalogue's value: a rejected field
keeps its old value inside an otherwise updated record, a rejected new record is not
added, a rejected removal keeps the record. The caller writes the plan, the organisation's
new sequence and the audit entry in one transaction.

With every change accepted the result is exactly the package's snapshot, which is what
makes the catalogue independent of the order packages arrive in: the newest sequence wins.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from kuhina_desktop.catalogue.dependencies import settle
from kuhina_desktop.catalogue.diff import (
    ADDED,
    CHANGED,
    ENVIRONMENT,
    OPPORTUNITY,
    ORGANISATION,
    REMOVED,
    Change,
    CurrentRecords,
    JSONDict,
    PackageDiff,
    RecordDiff,
    same_json,
)
from kuhina_desktop.catalogue.review import Decision, Decisions, ReviewError


@dataclass
class MergePlan:
    """The records after the merge, and the writes that get there."""

    organisation: JSONDict
    organisation_changed: bool
    upserts: dict[str, dict[str, JSONDict]] = field(
        default_factory=lambda: {ENVIRONMENT: {}, OPPORTUNITY: {}}
    )
    deletes: dict[str, list[str]] = field(
        default_factory=lambda: {ENVIRONMENT: [], OPPORTUNITY: []}
    )
    decided: list[tuple[Change, Decision]] = field(default_factory=list)

    @property
    def applied(self) -> list[Change]:
        return [c for c, d in self.decided if d.accepted]

    @property
    def rejected(self) -> list[tuple[Change, Decision]]:
        return [(c, d) for c, d in self.decided if not d.accepted]

    @property
    def writes(self) -> bool:
        return self.organisation_changed or any(self.upserts.values()) or any(self.deletes.values())

    def audit_changes(self) -> list[dict[str, Any]]:
        """The change list for the audit entry: every decided change with its decision."""
        entries = []
        for change, decision in self.decided:
            entry: dict[str, Any] = {
                "id": change.change_id,
                "record_type": change.record_type,
                "record_id": change.record_id,
                "change": change.kind,
                "label": change.label,
                "decision": decision.decision,
            }
            if change.kind == CHANGED:
                entry.update(field=change.path, old=change.old, new=change.new)
            elif change.kind == REMOVED:
                entry["old"] = change.old
            if decision.reason:
                entry["reason"] = decision.reason
            if decision.forced_by:
                entry["rejected_with"] = decision.forced_by
            if change.hidden:
                entry["hidden"] = True
            entries.append(entry)
        return entries


def set_path(record: JSONDict, path: str, value: Any) -> None:
    """Set `a.b.c` inside nested objects (the diff only descends where both sides had one)."""
    parts = path.split(".")
    target = record
    for part in parts[:-1]:
        inner = target.get(part)
        if not isinstance(inner, dict):
            inner = {}
            target[part] = inner
        target = inner
    target[parts[-1]] = copy.deepcopy(value)


def _merge_record(
    record: RecordDiff, decisions: Decisions, decided: list[tuple[Change, Decision]]
) -> JSONDict | None:
    """The record after the merge (None: not in the catalogue)."""
    changes = record.changes()
    if record.status == ADDED:
        decision = decisions.decide(changes[0])
        decided.append((changes[0], decision))
        return record.new if decision.accepted else None
    if record.status == REMOVED:
        decision = decisions.decide(changes[0])
        decided.append((changes[0], decision))
        return None if decision.accepted else record.old
    if record.status != CHANGED or record.old is None:
        return record.old
    merged = copy.deepcopy(record.old)
    confirmations_from = merged  # the photos the merged confirmations are positioned by
    for change in changes:
        decision = decisions.decide(change)
        decided.append((change, decision))
        if change.path == CONFIRMED and not decision.accepted:
            confirmations_from = record.old
        if decision.accepted and change.path:
            set_path(merged, change.path, change.new)
            if change.path == CONFIRMED:
                confirmations_from = record.new or merged
    if record.record_type == ENVIRONMENT:
        _keep_confirmations_with_photos(merged, confirmations_from)
    return merged


CONFIRMED = "photo_confirmed_on"


def _keep_confirmations_with_photos(merged: JSONDict, source: JSONDict) -> None:
    """Each photo keeps the confirmation given to that photo, whatever was accepted.

    The confirmations are by position in `photos`; with the package's photos accepted and
    its confirmations rejected (or the other way round) the positions of one list would
    meet the photos of the other, and an unconfirmed photo could come out confirmed. So
    the confirmations are matched to the merged photos by the photo itself (its ref, which
    is its content's hash): a photo is confirmed only where the side its confirmations
    came from confirmed that very photo."""
    photos, confirmed = source.get("photos"), source.get(CONFIRMED)
    merged_photos = merged.get("photos")
    if same_json(photos, merged_photos) and same_json(confirmed, merged.get(CONFIRMED)):
        return  # one side's photos with that side's confirmations: as they came
    if not isinstance(photos, list) or not isinstance(confirmed, list):
        photos, confirmed = [], []
    by_photo = {ref: day for ref, day in zip(photos, confirmed, strict=False) if day}
    refs = merged_photos if isinstance(merged_photos, list) else []
    merged[CONFIRMED] = [by_photo.get(ref) if isinstance(ref, str) else None for ref in refs]


def merge(current: CurrentRecords, diff: PackageDiff, decisions: Decisions) -> MergePlan:
    """The plan of the decisions, with dependent changes kept whole (`settle`: a change
    whose need was rejected is rejected too)."""
    decisions = settle(diff, decisions)
    decided: list[tuple[Change, Decision]] = []
    organisation: JSONDict | None = current.organisation
    organisation_changed = False
    upserts: dict[str, dict[str, JSONDict]] = {ENVIRONMENT: {}, OPPORTUNITY: {}}
    deletes: dict[str, list[str]] = {ENVIRONMENT: [], OPPORTUNITY: []}
    for record in diff.records:
        result = _merge_record(record, decisions, decided)
        if record.record_type == ORGANISATION:
            if result is None:
                raise ReviewError(
                    "catalogue_review_rejects_organisation", organisation=record.label
                )
            organisation_changed = current.organisation is None or not same_json(
                result, current.organisation
            )
            organisation = result
            continue
        existing = current.records(record.record_type).get(record.record_id)
        if result is None:
            if existing is not None:
                deletes[record.record_type].append(record.record_id)
        elif existing is None or not same_json(result, existing):
            upserts[record.record_type][record.record_id] = result
    assert organisation is not None
    return MergePlan(organisation, organisation_changed, upserts, deletes, decided)
