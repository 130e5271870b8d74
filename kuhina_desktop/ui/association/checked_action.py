""" "Merkitse tarkistetuksi": the opportunities list's button that marks every selected offer
as checked today, and the reminder when the window opens about offers not checked for six
months. Texts are message codes (resources/messages/receipt_ui.json)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QPushButton

from kuhina_desktop.services.offer_checks import due_for_check, mark_checked
from kuhina_desktop.ui.association.receipt_texts import t
from kuhina_desktop.ui.errors import show_error


def checked_button(page: Any) -> QPushButton:
    button = QPushButton(page)
    button.clicked.connect(lambda _checked=False: on_mark_checked(page))
    retranslate_checked_button(button)
    return button


def retranslate_checked_button(button: QPushButton) -> None:
    button.setText(t("checked_ui_button"))
    button.setToolTip(t("checked_ui_button_tip"))


def on_mark_checked(page: Any) -> None:
    records = page.selected_records()
    if not records:
        page.status_message.emit(t("checked_ui_choose"))
        return
    page.flush()
    try:
        changes = mark_checked(page.workspace, [r.id for r in records])
    except Exception as exc:
        show_error(page, exc)
        return
    page.reload()
    if page.has_form() and page.form.record is not None:
        current = next((o for o in page.workspace.snapshot().opportunities
                        if o.id == page.form.record_id), None)  # fmt: skip
        if current is not None:
            page.form.load(current)
    page.changes_made.emit(changes)
    page.status_message.emit(t("checked_ui_done", count=len(records)))


def start_reminder(window: Any) -> str | None:
    """The status bar's note when offers are due for a check (None when none is)."""
    due = due_for_check(window.workspace)
    if not due:
        return None
    text = t("checked_ui_reminder", count=len(due))
    window.statusBar().showMessage(text)  # stays until another message replaces it
    return text
