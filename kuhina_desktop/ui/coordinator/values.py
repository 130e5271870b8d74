"""Showing the data contract's JSON values to a coordinator: codes as their labels, translated
texts per language, lists and nested objects as short lines, empty as "(empty)".

Used by the review (old → new of each field) and the catalogue's details pane. Package
text is untrusted: everything that becomes HTML goes through `html.escape`.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from kuhina_desktop.domain.vocab import Vocabulary
from kuhina_desktop.ui.coordinator import texts
from kuhina_desktop.ui.i18n import current_language
from kuhina_desktop.ui.noop import QT_TRANSLATE_NOOP
from kuhina_desktop.ui.widgets import field_texts
from kuhina_desktop.ui.widgets.record_models import short_date, status_label

C = "CoordinatorValues"

# Fields holding codes, by their last path part, and the code list that labels them.
CODE_FIELDS = {
    "kind": "kinds",
    "municipality": "municipalities",
    "municipalities": "municipalities",
    "target_groups": "target_groups",
    "languages": "languages",
    "work_areas": "work_areas",
    "accessibility": "accessibility",
}
TEXT_LANGUAGES = ("fi", "sv", "en")
WEEKDAYS = (
    "",
    QT_TRANSLATE_NOOP("CoordinatorValues", "Mon"),
    QT_TRANSLATE_NOOP("CoordinatorValues", "Tue"),
    QT_TRANSLATE_NOOP("CoordinatorValues", "Wed"),
    QT_TRANSLATE_NOOP("CoordinatorValues", "Thu"),
    QT_TRANSLATE_NOOP("CoordinatorValues", "Fri"),
    QT_TRANSLATE_NOOP("CoordinatorValues", "Sat"),
    QT_TRANSLATE_NOOP("CoordinatorValues", "Sun"),
)


def empty() -> str:
    return QCoreApplication.translate("CoordinatorValues", "(empty)")


def is_text(value: Any) -> bool:
    """A translated text: an object whose keys are languages only."""
    return isinstance(value, Mapping) and bool(value) and set(value) <= set(TEXT_LANGUAGES)


def field_label(record_type: str, path: str | None) -> str:
    """`title.sv` → "Title (Swedish)"; a whole record has no path."""
    if not path:
        return texts.record_type(record_type)
    label = field_texts.label(record_type, path)
    language = field_texts.language_of(path)
    if language:
        return f"{label} ({texts.language_name(language)})"
    return label


def _number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def format_value(
    vocab: Vocabulary,
    record_type: str,
    path: str | None,
    value: Any,
    references: Mapping[str, str] | None = None,
) -> str:
    """A JSON value of `record_type`'s field `path` as one or a few lines of plain text.

    `references` names records by id (coaching environments, contact people), so a
    reference shows a name instead of a UUID.
    """
    lang = current_language()
    last = (path or "").rsplit(".", 1)[-1]
    if value is None or value == "" or value == []:
        return empty()
    if isinstance(value, bool):
        return texts.yes_no(value)
    if last in ("environment_id", "contact_id") and isinstance(value, str):
        return (references or {}).get(value, value)
    if last == "status" and isinstance(value, str):
        return status_label(value)
    if last in ("updated_at", "created_at") and isinstance(value, str):
        return texts.timestamp(value)
    if last == "photo_confirmed_on" and isinstance(value, list):
        return photo_confirmations(value)
    if last.endswith("_on") and isinstance(value, str):
        return short_date(value) or value
    list_name = CODE_FIELDS.get(last)
    if list_name is not None and isinstance(value, str):
        return vocab.label(list_name, value, lang)
    if list_name is not None and isinstance(value, list):
        return ", ".join(vocab.label(list_name, str(code), lang) for code in value)
    if is_text(value):
        present = [code for code in TEXT_LANGUAGES if value.get(code)]
        if len(present) == 1:
            return str(value[present[0]])
        return "\n".join(f"{texts.language_name(code)}: {value[code]}" for code in present) or (
            empty()
        )
    if isinstance(value, Mapping) and set(value) <= {"min", "max"}:
        low, high = value.get("min"), value.get("max")
        if low is not None and high is not None and low != high:
            return f"{_number(low)}–{_number(high)}"
        return (
            _number(low if low is not None else high) if (low, high) != (None, None) else (empty())
        )
    if isinstance(value, Mapping):
        lines = []
        for key, inner in value.items():
            if inner in (None, "", []):
                continue
            inner_path = f"{path}.{key}" if path else key
            label = field_texts.label(record_type, inner_path)
            shown = format_value(vocab, record_type, inner_path, inner, references)
            lines.append(f"{label}: {shown}")
        return "\n".join(lines) or empty()
    if isinstance(value, list):
        return "\n".join(_item(vocab, record_type, path, item, references) for item in value)
    return _number(value)


def _item(
    vocab: Vocabulary,
    record_type: str,
    path: str | None,
    item: Any,
    references: Mapping[str, str] | None,
) -> str:
    if isinstance(item, Mapping) and {"day", "opens", "closes"} <= set(item):
        day = int(item["day"]) if str(item["day"]).isdigit() else 0
        name = QCoreApplication.translate(C, WEEKDAYS[day]) if 0 < day < 8 else str(item["day"])
        return f"{name} {item['opens']}–{item['closes']}"
    if isinstance(item, Mapping):
        parts = [
            format_value(vocab, record_type, f"{path}.{key}", inner, references).replace("\n", "; ")
            for key, inner in item.items()
            if key not in ("id", *CONSENT_KEYS) and inner not in (None, "", [])
        ]
        if CONSENT_KEYS[0] in item:
            parts.append(consent(item.get(CONSENT_KEYS[0]), item.get(CONSENT_KEYS[1])))
        return " · ".join(parts)
    return str(item)


CONSENT_KEYS = ("consent_given_on", "consent_recorded_by")


def consent(given_on: Any, recorded_by: Any) -> str:
    """A contact person's consent to publish, labelled: when it was given and who recorded
    it, or that it was not given (the person is then not published)."""
    if isinstance(given_on, str) and given_on:
        return (
            QCoreApplication.translate(
                "CoordinatorValues", "Permission to publish: given {date}, recorded by {person}"
            )
            .replace("{date}", short_date(given_on) or given_on)
            .replace("{person}", str(recorded_by or "").strip() or "?")
        )
    return QCoreApplication.translate("CoordinatorValues", "Permission to publish: not given")


def photo_confirmations(days: list[Any]) -> str:
    """Each photo's confirmation that it may be published, one line per photo by number."""
    lines = []
    for n, day in enumerate(days, start=1):
        if isinstance(day, str) and day:
            text = QCoreApplication.translate(
                "CoordinatorValues", "Photo {number}: may be published, confirmed {date}"
            )
            lines.append(text.replace("{number}", str(n)).replace("{date}", short_date(day) or day))
        else:
            text = QCoreApplication.translate(
                "CoordinatorValues", "Photo {number}: not confirmed, not published"
            )
            lines.append(text.replace("{number}", str(n)))
    return "\n".join(lines)


def record_html(
    vocab: Vocabulary,
    record_type: str,
    record: Mapping[str, Any],
    references: Mapping[str, str] | None = None,
    *,
    skip: tuple[str, ...] = ("id",),
) -> str:
    """A whole record (contract JSON) as HTML, each field's label above its value, escaped."""
    rows = []
    for key, value in record.items():
        if key in skip or value in (None, "", []):
            continue
        label = html.escape(field_label(record_type, key))
        shown = format_value(vocab, record_type, key, value, references)
        cell = html.escape(shown).replace("\n", "<br>")
        # Each label above its value: the pane beside the list is narrow, and in two
        # columns long Finnish words broke mid-word ("Valmennusympärist" / "ö").
        rows.append(
            f"<p style='margin-top: 8px; margin-bottom: 0px'><b>{label}</b></p>"
            f"<p style='margin-top: 0px; margin-bottom: 0px'>{cell}</p>"
        )
    return "".join(rows)
