"""The association's window's texts about receipts, as message codes.

They live in `resources/messages/receipt_ui.json` (Finnish, Swedish, English) and are
translated with the window's current language, like the core's problem codes.
"""

from __future__ import annotations

from typing import Any

from kuhina_desktop.messages import translate
from kuhina_desktop.services.receipt_standing import RecordStanding
from kuhina_desktop.ui.i18n import current_language

STANDING_CODES = {
    "published": "receipt_standing_published",
    "rejected": "receipt_standing_rejected",
    "hidden": "receipt_standing_hidden",
    "pending": "receipt_standing_pending",
}


def t(code: str, **params: Any) -> str:
    return translate(code, current_language(), **params)


def standing_header() -> str:
    return t("receipt_column_standing")


def standing_label(standing: RecordStanding | None) -> str:
    """ "Julkaistu", "Hylätty", "Piilotettu" or "Odottaa käsittelyä"; "" without one."""
    return t(STANDING_CODES[standing.state]) if standing else ""


def rejection_note(reason: str) -> str:
    """A rejected field's line in the form: the coordinator's reason."""
    return t("receipt_field_rejected", reason=reason)


def record_notes(standing: RecordStanding | None) -> list[str]:
    """The lines about the whole record: hidden (why), a rejected addition (why)."""
    if standing is None:
        return []
    code = {
        "hidden": "receipt_record_hidden",
        "rejected": "receipt_record_rejected",
    }.get(standing.state, "receipt_record_earlier")
    return [t(code, reason=reason) for reason in standing.reasons]
