"""Applying a receipt in an association's workspace (docs/receipt-format.md).

`apply_receipt` verifies the receipt (`packages.receipt.reader`), then checks it against
this workspace, refusing with a translated reason and changing nothing when it is:

- for another organisation (`receipt_other_organisation`);
- for a package this workspace never made (`receipt_package_unknown`), or for a package of
  that sequence with other bytes (`receipt_package_mismatch`);
- signed by a key other than the pinned coordinator's key or one that key vouched for by a
  rotation (`receipt_key_not_pinned`); the first receipt is accepted only when the
  volunteer confirmed its fingerprint (`receipt_key_unconfirmed` asks for that);
- older than a receipt already applied (`receipt_older`).

Applying the same receipt again changes nothing (`ALREADY_APPLIED`). The pinned key and the
applied receipts are one setting of the workspace, written in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, NoReturn

from kuhina_desktop.packages import keys
from kuhina_desktop.packages.manifest import utc_timestamp
from kuhina_desktop.packages.receipt.format import SUFFIX, ReceiptRefused
from kuhina_desktop.services.changes import Changes
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.services.receipt_state import (  # noqa: F401 (kept here for callers)
    STATE_SETTING,
    applied_receipts,
    latest_receipt,
    pinned_key,
    receipt_state,
)

if TYPE_CHECKING:
    from kuhina_desktop.packages.receipt.reader import VerifiedReceipt

RECEIPT_SUFFIX = SUFFIX  # `.kuhina-receipt`, for the windows' file dialogs and drops
APPLIED, ALREADY_APPLIED = "applied", "already_applied"
MAX_RECEIPT_FILE = 6 * 1024 * 1024


@dataclass(frozen=True)
class ReceiptApplied:
    status: str  # applied | already_applied
    receipt: VerifiedReceipt
    pinned_now: bool  # the coordinator's key was pinned (first receipt) or moved (rotation)
    changes: Changes


def _refuse(code: str, **params: object) -> NoReturn:
    raise ReceiptRefused(code, params)


def _order(content: dict[str, Any]) -> tuple[int, str]:
    return int(content["package"]["sequence"]), str(content["created_at"])


def _check_key(receipt: VerifiedReceipt, pinned: str | None, confirmed: str | None) -> bool:
    """Whether the key is pinned (or moved) by this receipt; refuses an untrusted signer."""
    if confirmed is not None and confirmed.strip() != receipt.fingerprint:
        _refuse("receipt_key_not_pinned", signer=receipt.fingerprint, expected=confirmed.strip())
    if pinned is None:
        if confirmed is None:
            _refuse("receipt_key_unconfirmed", fingerprint=receipt.fingerprint)
        return True
    if receipt.public_key == pinned:
        return False
    if receipt.previous_public_key == pinned:
        return True  # a rotation the pinned key signed
    _refuse("receipt_key_not_pinned", signer=receipt.fingerprint, expected=keys.fingerprint(pinned))


def _check_package(ws: OrgWorkspace, receipt: VerifiedReceipt) -> None:
    if receipt.organisation_id != ws.organisation.id:
        _refuse("receipt_other_organisation", organisation=receipt.organisation_id)
    exports = {e.sequence: e for e in ws.store.list_exports()}
    sent = exports.get(receipt.sequence)
    if sent is None:
        _refuse("receipt_package_unknown", sequence=receipt.sequence)
    if sent.sha256 != receipt.package_sha256:
        _refuse("receipt_package_mismatch", sequence=receipt.sequence)


def apply_receipt(
    ws: OrgWorkspace,
    data: bytes,
    *,
    confirmed_fingerprint: str | None = None,
    now: datetime | None = None,
) -> ReceiptApplied:
    """Verify `data` as a receipt for this workspace and keep it; see the module docstring.

    `confirmed_fingerprint` is the coordinator's fingerprint as the volunteer confirmed it
    (`--fingerprint`, or the dialog); needed for the first receipt only.
    """
    # The reader (its schema checks) loads here: the windows read the receipts kept (the
    # standings) at start-up, long before anyone applies a new receipt.
    from kuhina_desktop.packages.receipt.reader import read_receipt

    receipt = read_receipt(data)
    _check_package(ws, receipt)
    state = receipt_state(ws)
    pinned = state["coordinator_key"]
    moved = _check_key(receipt, str(pinned["public_key"]) if pinned else None,
                       confirmed_fingerprint)  # fmt: skip
    receipts = state["receipts"]
    if any(r.get("sha256") == receipt.sha256 for r in receipts):
        return ReceiptApplied(ALREADY_APPLIED, receipt, False, Changes())
    if receipts:
        newest = max(_order(r["content"]) for r in receipts)
        if _order(receipt.content) < newest:  # another made in the same second: taken
            _refuse("receipt_older", sequence=receipt.sequence, applied=newest[0])
    stamp = utc_timestamp(now or datetime.now(UTC))
    key = pinned
    if moved:
        key = {
            "public_key": receipt.public_key,
            "fingerprint": receipt.fingerprint,
            "pinned_at": stamp,
        }
    record = {
        "sha256": receipt.sha256,
        "applied_at": stamp,
        "note_seen": receipt.content["note"] is None,
        "content": receipt.content,
    }
    ws.set_setting(STATE_SETTING, {"coordinator_key": key, "receipts": [*receipts, record]})
    return ReceiptApplied(
        APPLIED, receipt, moved, Changes(lists={"receipts", "environments", "opportunities"})
    )


def mark_note_seen(ws: OrgWorkspace, sha256: str) -> Changes:
    """The volunteer has read the coordinator's note of receipt `sha256` (shown once)."""
    state = receipt_state(ws)
    changed = False
    for record in state["receipts"]:
        if record.get("sha256") == sha256 and not record.get("note_seen"):
            record["note_seen"] = True
            changed = True
    if changed:
        ws.set_setting(STATE_SETTING, state)
    return Changes(lists={"receipts"}) if changed else Changes()


def read_receipt_file(path: Any) -> bytes:
    """The bytes of a receipt file, bounded; ReceiptRefused(receipt_file_unreadable)."""
    from pathlib import Path

    target = Path(path)
    try:
        with target.open("rb") as handle:
            data = handle.read(MAX_RECEIPT_FILE + 1)
    except OSError as error:
        _refuse(
            "receipt_file_unreadable",
            path=str(target),
            detail=error.strerror or type(error).__name__,
        )
    return data
