"""The receipts an association's workspace has applied, as it keeps them (one setting).

Apart from `receipt_apply`, which verifies and applies a receipt (and imports the
signature code to do so), so the window can read the standings at start-up without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kuhina_desktop.services.org_workspace import OrgWorkspace

STATE_SETTING = "receipts"


def receipt_state(ws: OrgWorkspace) -> dict[str, Any]:
    """{"coordinator_key": {...} | None, "receipts": [...]} as the workspace keeps it."""
    stored = ws.setting(STATE_SETTING, None)
    if not isinstance(stored, dict):
        return {"coordinator_key": None, "receipts": []}
    receipts = [r for r in stored.get("receipts") or [] if isinstance(r, dict)]
    key = stored.get("coordinator_key")
    return {"coordinator_key": key if isinstance(key, dict) else None, "receipts": receipts}


def pinned_key(ws: OrgWorkspace) -> str | None:
    key = receipt_state(ws)["coordinator_key"]
    return str(key["public_key"]) if key else None


def applied_receipts(ws: OrgWorkspace) -> list[dict[str, Any]]:
    """The applied receipts, oldest first: sha256, applied_at, note_seen, content."""
    return list(receipt_state(ws)["receipts"])


def latest_receipt(ws: OrgWorkspace) -> dict[str, Any] | None:
    receipts = applied_receipts(ws)
    return receipts[-1] if receipts else None
