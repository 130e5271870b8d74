"""The coordinator's words for the catalogue's codes: verdicts, trust states, flags, actions.

The catalogue layer reports in codes (`imported`, `pending_trust`, `trusted`,
`possible_key_compromise`, `import`...); refusal reasons carry message codes that
`messages.translate` turns into sentences. Everything here is plain language for a
coordinator, never colour alone: each state has words.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt

from kuhina_desktop.messages import translate
from kuhina_desktop.ui.i18n import current_language
from kuhina_desktop.ui.noop import QT_TRANSLATE_NOOP

C = "CoordinatorTexts"

TRUST_STATES = {
    "trusted": QT_TRANSLATE_NOOP("CoordinatorTexts", "Trusted"),
    "pending": QT_TRANSLATE_NOOP("CoordinatorTexts", "Waiting for confirmation"),
    "revoked": QT_TRANSLATE_NOOP("CoordinatorTexts", "Revoked"),
    "retired": QT_TRANSLATE_NOOP("CoordinatorTexts", "Replaced by a newer key"),
    "rotation": QT_TRANSLATE_NOOP("CoordinatorTexts", "New key vouched for by the trusted one"),
    "unknown": QT_TRANSLATE_NOOP("CoordinatorTexts", "Not known yet"),
}

KEY_SOURCES = {
    "first_sight": QT_TRANSLATE_NOOP("CoordinatorTexts", "seen in a package"),
    "first_use": QT_TRANSLATE_NOOP("CoordinatorTexts", "trusted on first use"),
    "confirmed": QT_TRANSLATE_NOOP("CoordinatorTexts", "confirmed by the coordinator"),
    "rotation": QT_TRANSLATE_NOOP("CoordinatorTexts", "key rotation signed by the previous key"),
}

FLAGS = {
    "possible_key_compromise": QT_TRANSLATE_NOOP(
        "CoordinatorTexts", "Possible key compromise: two different packages with one number"
    ),
    "new_key_without_rotation": QT_TRANSLATE_NOOP(
        "CoordinatorTexts", "A new key that the trusted key did not vouch for"
    ),
    "duplicate_business_id": QT_TRANSLATE_NOOP(
        "CoordinatorTexts", "Another organisation uses the same business ID"
    ),
    "similar_name": QT_TRANSLATE_NOOP(
        "CoordinatorTexts", "The name looks like another organisation's name"
    ),
    "key_of_other_organisation": QT_TRANSLATE_NOOP(
        "CoordinatorTexts", "Signed with the key of another organisation"
    ),
    "retention_due": QT_TRANSLATE_NOOP(
        "CoordinatorTexts",
        "Due for removal: key revoked or nothing sent within the retention time",
    ),
}

# How a newcomer resembles an organisation already in the catalogue (impostor checks).
FINDINGS = {
    "duplicate_business_id": QT_TRANSLATE_NOOP(
        "CoordinatorTexts",
        "Same business ID ({detail}) as {other}, already in the catalogue.",
    ),
    "similar_name.same": QT_TRANSLATE_NOOP(
        "CoordinatorTexts", "Same name as {other}, already in the catalogue."
    ),
    "similar_name.confusable": QT_TRANSLATE_NOOP(
        "CoordinatorTexts",
        "The name looks exactly like {other}, already in the catalogue, but is written with "
        "other characters (for example a Cyrillic letter in place of a Latin one).",
    ),
    "similar_name.close": QT_TRANSLATE_NOOP(
        "CoordinatorTexts", "The name is almost the same as {other}, already in the catalogue."
    ),
    "key_of_other_organisation": QT_TRANSLATE_NOOP(
        "CoordinatorTexts",
        "Signed with the key of {other}: that key belongs to another organisation.",
    ),
}

ACTIONS = {
    "import": QT_TRANSLATE_NOOP("CoordinatorTexts", "Package imported"),
    "pending": QT_TRANSLATE_NOOP("CoordinatorTexts", "Package waiting for trust"),
    "refused": QT_TRANSLATE_NOOP("CoordinatorTexts", "Package refused"),
    "trust": QT_TRANSLATE_NOOP("CoordinatorTexts", "Key trusted"),
    "revoke": QT_TRANSLATE_NOOP("CoordinatorTexts", "Trust revoked"),
    "hide": QT_TRANSLATE_NOOP("CoordinatorTexts", "Record hidden"),
    "unhide": QT_TRANSLATE_NOOP("CoordinatorTexts", "Record shown again"),
    "publish": QT_TRANSLATE_NOOP("CoordinatorTexts", "Web catalogue published"),
    "excel": QT_TRANSLATE_NOOP("CoordinatorTexts", "Excel workbooks made"),
    "opendata": QT_TRANSLATE_NOOP("CoordinatorTexts", "Open data made"),
    "receipt": QT_TRANSLATE_NOOP("CoordinatorTexts", "Receipt made"),
}

RECORD_TYPES = {
    "organisation": QT_TRANSLATE_NOOP("CoordinatorTexts", "Organisation"),
    "environment": QT_TRANSLATE_NOOP("CoordinatorTexts", "Coaching environment"),
    "opportunity": QT_TRANSLATE_NOOP("CoordinatorTexts", "Opportunity"),
}

CHANGE_KINDS = {
    "added": QT_TRANSLATE_NOOP("CoordinatorTexts", "New"),
    "changed": QT_TRANSLATE_NOOP("CoordinatorTexts", "Changed"),
    "removed": QT_TRANSLATE_NOOP("CoordinatorTexts", "Removed"),
    "unchanged": QT_TRANSLATE_NOOP("CoordinatorTexts", "Unchanged"),
}

LANGUAGE_NAMES = {
    "fi": QT_TRANSLATE_NOOP("CoordinatorTexts", "Finnish"),
    "sv": QT_TRANSLATE_NOOP("CoordinatorTexts", "Swedish"),
    "en": QT_TRANSLATE_NOOP("CoordinatorTexts", "English"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate(C, source)


def _lookup(table: Mapping[str, str], code: str | None) -> str:
    if code is None:
        return ""
    source = table.get(code)
    return _tr(source) if source else code


def trust_state(code: str | None) -> str:
    return _lookup(TRUST_STATES, code or "unknown")


def key_source(code: str | None) -> str:
    return _lookup(KEY_SOURCES, code)


def flag(code: str) -> str:
    return _lookup(FLAGS, code)


def finding(found: Any) -> str:
    """One impostor finding (`catalogue.impostors.Finding`) as a sentence naming the other
    organisation."""
    key = found.code + (f".{found.how}" if found.how else "")
    source = FINDINGS.get(key) or FINDINGS.get(found.code)
    if source is None:
        return flag(found.code)
    return _tr(source).format(other=found.other_name or found.other_id, detail=found.detail)


def action(code: str) -> str:
    return _lookup(ACTIONS, code)


def record_type(code: str) -> str:
    return _lookup(RECORD_TYPES, code)


def change_kind(code: str) -> str:
    return _lookup(CHANGE_KINDS, code)


def language_name(code: str) -> str:
    return _lookup(LANGUAGE_NAMES, code)


def reason(code: str | None, params: Mapping[str, Any] | None = None) -> str:
    """A refusal or problem code as a sentence in the interface language."""
    if not code:
        return ""
    return translate(code, current_language(), **dict(params or {}))


def yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("CoordinatorTexts", "Yes")
    return QCoreApplication.translate("CoordinatorTexts", "No")


def timestamp(iso: str | None) -> str:
    """An ISO 8601 timestamp in local time, in the interface language's short format."""
    if not iso:
        return ""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)
