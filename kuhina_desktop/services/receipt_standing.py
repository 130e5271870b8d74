"""What the association's window shows of the receipts it applied.

`standings(ws)` gives each record's standing in the regional catalogue, from the newest
receipt and the packages sent since:

- `hidden` ("Piilotettu"): the coordinator hid it (with the reason);
- `rejected` ("Hylätty"): a change of it was rejected (with the reasons, per field);
- `published` ("Julkaistu"): job seekers see it;
- `pending` ("Odottaa käsittelyä"): it went in a package that has no receipt yet.

`rejected_items(ws)` lists the rejected changes of the newest receipt for the checklist
before the next send, each saying whether the record has been changed since (compared with
what that package carried). Nothing here writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kuhina_desktop.domain.serialize import snapshot_to_json
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.services.receipt_state import applied_receipts

PUBLISHED, REJECTED, HIDDEN, PENDING = "published", "rejected", "hidden", "pending"


@dataclass(frozen=True)
class RecordStanding:
    state: str
    reasons: tuple[str, ...] = ()  # about the whole record (hidden, a rejected addition)
    field_reasons: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Standings:
    by_record: dict[str, RecordStanding]
    receipt: dict[str, Any] | None  # the newest applied receipt (as receipt_apply keeps it)
    pending_sequence: int | None  # the newest package sent after it, if any

    def of(self, record_id: str) -> RecordStanding | None:
        return self.by_record.get(record_id)


@dataclass(frozen=True)
class RejectedItem:
    record_type: str
    record_id: str
    field: str | None
    label: str
    reason: str
    changed_since: bool


def _records(snapshot_json: dict[str, Any] | None) -> dict[str, dict[str, Any]]:
    if not snapshot_json:
        return {}
    found: dict[str, dict[str, Any]] = {}
    org = snapshot_json.get("organisation")
    if isinstance(org, dict):
        found[str(org.get("id"))] = org
    for table in ("environments", "opportunities"):
        for record in snapshot_json.get(table) or []:
            if isinstance(record, dict):
                found[str(record.get("id"))] = record
    return found


_MISSING = object()


def _at(record: dict[str, Any] | None, path: str | None) -> Any:
    if record is None:
        return _MISSING
    value: Any = record
    for part in (path or "").split(".") if path else []:
        if not isinstance(value, dict) or part not in value:
            return _MISSING
        value = value[part]
    return value


def standings(ws: OrgWorkspace) -> Standings:
    receipts = applied_receipts(ws)
    latest = receipts[-1] if receipts else None
    last_export = ws.last_export()
    answered = int(latest["content"]["package"]["sequence"]) if latest else 0
    by_record: dict[str, RecordStanding] = {}
    if latest is not None:
        content = latest["content"]
        published = {p["record_id"] for p in content["published"]}
        reasons: dict[str, list[str]] = {}
        fields: dict[str, dict[str, list[str]]] = {}
        for decision in content["decisions"]:
            if decision["decision"] != "reject":
                continue
            record_id = decision["record_id"]
            if decision["field"]:
                fields.setdefault(record_id, {}).setdefault(decision["field"], []).append(
                    decision["reason"]
                )
            else:
                reasons.setdefault(record_id, []).append(decision["reason"])
        for record_id in published | set(reasons) | set(fields):
            state = REJECTED if record_id in reasons or record_id in fields else PUBLISHED
            by_record[record_id] = RecordStanding(
                state,
                tuple(reasons.get(record_id, ())),
                {k: tuple(v) for k, v in fields.get(record_id, {}).items()},
            )
        for hidden in content["hidden"]:
            before = by_record.get(hidden["record_id"])
            by_record[hidden["record_id"]] = RecordStanding(
                HIDDEN, (hidden["reason"],), before.field_reasons if before else {}
            )
    pending_sequence = None
    if last_export is not None and last_export.sequence > answered:
        pending_sequence = last_export.sequence
        for record_id in _records(last_export.snapshot):
            before = by_record.get(record_id)
            by_record[record_id] = RecordStanding(
                PENDING, before.reasons if before else (), before.field_reasons if before else {}
            )
    return Standings(by_record, latest, pending_sequence)


def rejected_items(ws: OrgWorkspace) -> list[RejectedItem]:
    """The newest receipt's rejected changes, and whether each record changed since."""
    receipts = applied_receipts(ws)
    if not receipts:
        return []
    content = receipts[-1]["content"]
    sequence = int(content["package"]["sequence"])
    sent = next((e for e in ws.store.list_exports() if e.sequence == sequence), None)
    before = _records(sent.snapshot if sent else None)
    now = _records(snapshot_to_json(ws.snapshot()))
    items = []
    for decision in content["decisions"]:
        if decision["decision"] != "reject":
            continue
        record_id, path = decision["record_id"], decision["field"]
        changed = _at(now.get(record_id), path) != _at(before.get(record_id), path)
        items.append(
            RejectedItem(
                decision["record_type"], record_id, path, decision["label"],
                decision["reason"], changed,
            )
        )  # fmt: skip
    return items


def receipt_for_sequence(ws: OrgWorkspace) -> dict[int, dict[str, Any]]:
    """The newest applied receipt of each package sequence (for the sent-packages page)."""
    found: dict[int, dict[str, Any]] = {}
    for record in applied_receipts(ws):
        found[int(record["content"]["package"]["sequence"])] = record
    return found
