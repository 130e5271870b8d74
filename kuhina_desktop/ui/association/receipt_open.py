"""Opening a receipt from the coordinator in the association's window.

File → "Avaa kuittaus…", a `.kuhina-receipt` dropped on the window, or one given on the
command line (the file manager opens it so) all come here. The receipt is checked and kept
by `services.receipt_apply`; the first one is accepted only after the volunteer confirmed
the coordinator's key fingerprint (read over the phone), as asked in `Confirm.ask`. A
refusal is shown with its translated reason and changes nothing. Afterwards a summary says
what the coordinator decided, with the note, which is then marked as seen (shown once; it
stays readable on the sent-packages page).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kuhina_desktop.services.changes import Changes
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.services.receipt_apply import (
    ALREADY_APPLIED,
    ReceiptApplied,
    apply_receipt,
    mark_note_seen,
    read_receipt_file,
)
from kuhina_desktop.services.receipt_apply import (
    RECEIPT_SUFFIX as SUFFIX,
)
from kuhina_desktop.ui.association.receipt_history import receipt_details
from kuhina_desktop.ui.association.receipt_texts import t
from kuhina_desktop.ui.errors import is_known, show_error
from kuhina_desktop.ui.widgets.confirm import Confirm


def is_receipt_file(path: str | Path) -> bool:
    return str(path).lower().endswith(SUFFIX)


def summary_text(outcome: ReceiptApplied) -> str:
    """What the coordinator decided, in a few lines (the note last)."""
    if outcome.status == ALREADY_APPLIED:
        return t("receipt_ui_already", sequence=outcome.receipt.sequence)
    return receipt_details({"content": outcome.receipt.content}).replace("\n", "\n\n", 0)


class ReceiptSummary:
    """The message after a receipt was applied (a class method, so tests can replace it)."""

    @classmethod
    def show(cls, parent: QWidget | None, text: str) -> None:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(t("receipt_ui_title"))
        box.setTextFormat(Qt.TextFormat.PlainText)  # the reasons and the note are not ours
        box.setText(text)
        box.exec()
        box.deleteLater()


class ReceiptChooser:
    @classmethod
    def choose(cls, parent: QWidget | None) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            parent, t("receipt_ui_open_title"), "", t("receipt_ui_filter") + f" (*{SUFFIX})"
        )
        return Path(name) if name else None


class ReceiptOpener(QObject):
    """Signals: changes_made(object): the `Changes` of an applied receipt."""

    changes_made = Signal(object)

    def __init__(self, workspace: OrgWorkspace, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.workspace = workspace
        self.parent_widget = parent_widget

    def choose_and_open(self) -> ReceiptApplied | None:
        path = ReceiptChooser.choose(self.parent_widget)
        return self.open_file(path) if path else None

    def open_file(self, path: Path) -> ReceiptApplied | None:
        """Check and keep the receipt at `path`; None when it was refused or not confirmed."""
        try:
            data = read_receipt_file(path)
            outcome = self._apply(data)
        except Exception as exc:
            show_error(self.parent_widget, exc)
            return None
        if outcome is None:
            return None
        ReceiptSummary.show(self.parent_widget, summary_text(outcome))
        changes = Changes(lists=set(outcome.changes.lists))
        if outcome.receipt.content["note"]:
            changes.merge(mark_note_seen(self.workspace, outcome.receipt.sha256))
        self.changes_made.emit(changes)
        return outcome

    def _apply(self, data: bytes) -> ReceiptApplied | None:
        try:
            return apply_receipt(self.workspace, data)
        except Exception as exc:
            if not (is_known(exc) and getattr(exc, "code", "") == "receipt_key_unconfirmed"):
                raise
            fingerprint: Any = exc.params["fingerprint"]  # type: ignore[attr-defined]
        if not Confirm.ask(
            self.parent_widget,
            t("receipt_ui_confirm_title"),
            t("receipt_ui_confirm_text", fingerprint=fingerprint),
            t("receipt_ui_confirm_action"),
        ):
            return None
        return apply_receipt(self.workspace, data, confirmed_fingerprint=str(fingerprint))
