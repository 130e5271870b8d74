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
    # The side whose photos each by-photo list of the merged record is positioned by: the
    # package's where its change was accepted, the catalogue's where it was rejected, and
    # the merged photos' own where the package did not change it.
    sources: dict[str, JSONDict] = dict.fromkeys(BY_PHOTO, merged)
    for change in changes:
        decision = decisions.decide(change)
        decided.append((change, decision))
        if change.path in sources:
            side = record.new if decision.accepted else record.old
            sources[change.path] = side if side is not None else merged
        if decision.accepted and change.path:
            set_path(merged, change.path, change.new)
    if record.record_type == ENVIRONMENT:
        _keep_confirmations_with_photos(merged, sources[CONFIRMED])
        _keep_descriptions_with_photos(merged, sources[DESCRIBED], record.new or {})
    return merged


CONFIRMED = "photo_confirmed_on"
DESCRIBED = "photo_descriptions"
BY_PHOTO = (CONFIRMED, DESCRIBED)  # the lists that are by position in `photos`


def _by_photo(record: JSONDict, name: str) -> dict[str, Any]:
    """The list `name` of `record` keyed by the photo at the same position (its ref, which
    is its content's hash); positions past either list's end, and nulls, are left out."""
    photos, values = record.get("photos"), record.get(name)
    if not isinstance(photos, list) or not isinstance(values, list):
        return {}
    return {
        ref: value
        for ref, value in zip(photos, values, strict=False)
        if isinstance(ref, str) and value is not None
    }


def _as_they_came(merged: JSONDict, source: JSONDict, name: str) -> bool:
    """Whether the merged photos and list `name` are one side's own, unchanged."""
    return same_json(source.get("photos"), merged.get("photos")) and same_json(
        source.get(name), merged.get(name)
    )


def _merged_refs(merged: JSONDict) -> list[Any]:
    photos = merged.get("photos")
    return photos if isinstance(photos, list) else []


def _keep_confirmations_with_photos(merged: JSONDict, source: JSONDict) -> None:
    """Each photo keeps the confirmation given to that photo, whatever was accepted.

    The confirmations are by position in `photos`; with the package's photos accepted and
    its confirmations rejected (or the other way round) the positions of one list would
    meet the photos of the other, and an unconfirmed photo could come out confirmed. So
    the confirmations are matched to the merged photos by the photo itself: a photo is
    confirmed only where the side its confirmations came from confirmed that very photo."""
    if _as_they_came(merged, source, CONFIRMED):
        return
    days = _by_photo(source, CONFIRMED)
    merged[CONFIRMED] = [
        days.get(ref) if isinstance(ref, str) else None for ref in _merged_refs(merged)
    ]


def _keep_descriptions_with_photos(merged: JSONDict, source: JSONDict, package: JSONDict) -> None:
    """Each photo keeps the description written for that photo, whatever was accepted.

    As with the confirmations, the descriptions (each photo's alt text on the web) are by
    position in `photos`, so accepting the package's photos but not its descriptions would
    give a photo another photo's words. They are matched by the photo instead, from the
    side whose descriptions were accepted; a photo that side never described (a new photo
    whose package descriptions were rejected) has only the package's own words for it,
    which it keeps, since every photo needs a description."""
    if _as_they_came(merged, source, DESCRIBED):
        return
    words, fallback = _by_photo(source, DESCRIBED), _by_photo(package, DESCRIBED)
    merged[DESCRIBED] = [
        words.get(ref, fallback.get(ref, {})) if isinstance(ref, str) else {}
        for ref in _merged_refs(merged)
    ]


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
