"""Diff of a package's snapshot against the catalogue (docs/catalogue.md, merging step 2).

Both sides are the JSON of the data contract. A record is added, removed, unchanged or
changed; a changed record lists its changes field by field, old → new. Nested objects are
compared member by member, so a translated text changes per language (`title.sv`) and an
address per part (`address.street`); lists (codes, contacts, opening hours, photos) change
as a whole. Each change has a stable id, the unit the coordinator accepts or rejects:
`<record id>:<field path>` for a field, `<record id>` for a whole added or removed record.

Changes to records the coordinator has hidden are marked, so the review shows them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

ADDED, CHANGED, REMOVED, UNCHANGED = "added", "changed", "removed", "unchanged"
ORGANISATION, ENVIRONMENT, OPPORTUNITY = "organisation", "environment", "opportunity"
RECORD_TYPES = (ORGANISATION, ENVIRONMENT, OPPORTUNITY)

JSONDict = dict[str, Any]


@dataclass(frozen=True)
class CurrentRecords:
    """One organisation's records in the catalogue (contract JSON) and the hidden ids."""

    organisation: JSONDict | None = None
    environments: Mapping[str, JSONDict] = field(default_factory=dict)
    opportunities: Mapping[str, JSONDict] = field(default_factory=dict)
    hidden: frozenset[str] = frozenset()

    def records(self, record_type: str) -> Mapping[str, JSONDict]:
        if record_type == ENVIRONMENT:
            return self.environments
        if record_type == OPPORTUNITY:
            return self.opportunities
        org = self.organisation
        return {org["id"]: org} if org is not None else {}


@dataclass(frozen=True)
class FieldChange:
    path: str
    old: Any
    new: Any


@dataclass(frozen=True)
class Change:
    """One reviewable change: a field of a record, or a whole added or removed record."""

    change_id: str
    record_type: str
    record_id: str
    kind: str  # added | changed | removed
    path: str | None
    old: Any
    new: Any
    label: str
    hidden: bool


@dataclass(frozen=True)
class RecordDiff:
    record_type: str
    record_id: str
    status: str  # added | changed | removed | unchanged
    label: str
    hidden: bool
    old: JSONDict | None
    new: JSONDict | None
    fields: tuple[FieldChange, ...] = ()

    def changes(self) -> list[Change]:
        if self.status == UNCHANGED:
            return []
        if self.status in (ADDED, REMOVED):
            return [
                Change(
                    self.record_id,
                    self.record_type,
                    self.record_id,
                    self.status,
                    None,
                    self.old,
                    self.new,
                    self.label,
                    self.hidden,
                )
            ]
        return [
            Change(
                change_id(self.record_id, f.path),
                self.record_type,
                self.record_id,
                CHANGED,
                f.path,
                f.old,
                f.new,
                self.label,
                self.hidden,
            )
            for f in self.fields
        ]


@dataclass(frozen=True)
class PackageDiff:
    organisation_id: str
    records: tuple[RecordDiff, ...]

    def changes(self) -> list[Change]:
        return [change for record in self.records for change in record.changes()]

    def by_status(self, status: str) -> list[RecordDiff]:
        return [r for r in self.records if r.status == status]

    def counts(self) -> dict[str, int]:
        """Records added, changed, removed and unchanged, and changes to hidden records."""
        result = {status: 0 for status in (ADDED, CHANGED, REMOVED, UNCHANGED)}
        for record in self.records:
            result[record.status] += 1
        result["hidden_changes"] = sum(
            1 for r in self.records if r.hidden and r.status != UNCHANGED
        )
        return result

    @property
    def empty(self) -> bool:
        return all(r.status == UNCHANGED for r in self.records)


def change_id(record_id: str, path: str | None) -> str:
    return f"{record_id}:{path}" if path else record_id


def record_label(record_type: str, data: Mapping[str, Any] | None) -> str:
    """A short human label: the Finnish name or title, else any language, else ''."""
    if not data:
        return ""
    text = data.get("title" if record_type == OPPORTUNITY else "name")
    if isinstance(text, Mapping):
        for language in ("fi", "sv", "en"):
            value = text.get(language)
            if isinstance(value, str) and value:
                return value
    return ""


def field_changes(old: Any, new: Any, path: str = "") -> list[FieldChange]:
    """The differences between two JSON values, descending into objects present on both sides."""
    out: list[FieldChange] = []
    _collect(old, new, path, out)
    return out


def _collect(old: Any, new: Any, path: str, out: list[FieldChange]) -> None:
    if same_json(old, new):
        return
    if isinstance(old, dict) and isinstance(new, dict):
        keys = list(new) + [k for k in old if k not in new]
        for key in keys:
            _collect(old.get(key), new.get(key), f"{path}.{key}" if path else key, out)
        return
    out.append(FieldChange(path, old, new))


def same_json(a: Any, b: Any) -> bool:
    """JSON equality that keeps true apart from 1 (Python's == does not)."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same_json(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same_json(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def _diff_records(
    record_type: str,
    current: Mapping[str, JSONDict],
    incoming: Iterable[JSONDict],
    hidden: frozenset[str],
) -> list[RecordDiff]:
    result: list[RecordDiff] = []
    seen: set[str] = set()
    for new in incoming:
        record_id = str(new["id"])
        seen.add(record_id)
        old = current.get(record_id)
        label = record_label(record_type, new)
        is_hidden = record_id in hidden
        if old is None:
            result.append(RecordDiff(record_type, record_id, ADDED, label, is_hidden, None, new))
            continue
        changes = tuple(field_changes(old, new))
        status = CHANGED if changes else UNCHANGED
        result.append(
            RecordDiff(record_type, record_id, status, label, is_hidden, old, new, changes)
        )
    for record_id in sorted(set(current) - seen):
        old = current[record_id]
        result.append(
            RecordDiff(
                record_type,
                record_id,
                REMOVED,
                record_label(record_type, old),
                record_id in hidden,
                old,
                None,
            )
        )
    return result


def diff_snapshot(current: CurrentRecords, snapshot: Mapping[str, Any]) -> PackageDiff:
    """Compare a package's data.json (`organisation`, `environments`, `opportunities`)."""
    organisation: JSONDict = snapshot["organisation"]
    records: list[RecordDiff] = []
    org_current = current.records(ORGANISATION)
    records += _diff_records(ORGANISATION, org_current, [organisation], current.hidden)
    # An organisation is never "removed" by its own package: drop that artefact if the id
    # differs (the caller refuses such a package before diffing).
    records = [r for r in records if r.status != REMOVED]
    records += _diff_records(
        ENVIRONMENT, current.environments, snapshot["environments"], current.hidden
    )
    records += _diff_records(
        OPPORTUNITY, current.opportunities, snapshot["opportunities"], current.hidden
    )
    return PackageDiff(str(organisation["id"]), tuple(records))
