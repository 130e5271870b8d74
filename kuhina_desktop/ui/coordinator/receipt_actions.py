"""Receipts in the coordinator's window: Help → "Luettelon avain" (the catalogue key's
fingerprint and public key, to read out to an association), and making receipts for
chosen organisations (the organisations view's button, and after an import, one for each
imported package, all into one folder). The service audits each receipt. Texts are message
codes (resources/messages/receipt_ui.json)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from kuhina_desktop.messages import translate
from kuhina_desktop.services import catalogue_key
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from kuhina_desktop.services.receipt_making import make_receipt, receipt_file_name
from kuhina_desktop.services.signing_keys import fingerprint_display
from kuhina_desktop.ui.coordinator.dialogs import FileChooser
from kuhina_desktop.ui.errors import show_error
from kuhina_desktop.ui.i18n import current_language
from kuhina_desktop.ui.widgets.passphrase_dialog import PassphraseDialog


def t(code: str, **params: Any) -> str:
    return translate(code, current_language(), **params)


def key_text(workspace: CatalogueWorkspace) -> str:
    """The fingerprint line and the public key line, as `kuhina catalogue fingerprint`."""
    line = catalogue_key.public_key_line(workspace.folder)
    return t("catalogue_key_ui_text", fingerprint=fingerprint_display(line), key=line)


class CatalogueKeyBox:
    """The catalogue key's message box (a class method, so tests can replace it)."""

    @classmethod
    def show(cls, parent: QWidget | None, text: str) -> None:
        box = QMessageBox(parent)
        box.setWindowTitle(t("catalogue_key_ui_title"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(text)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()
        box.deleteLater()


class ReceiptNote:
    """Asks for the optional note of the receipts (None: cancelled)."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        text, ok = QInputDialog.getMultiLineText(
            parent, t("receipt_ui_make_title"), t("receipt_ui_note_question")
        )
        return text if ok else None


def make_receipts(
    parent: QWidget, workspace: CatalogueWorkspace, organisation_ids: list[str], actor: str
) -> list[Path]:
    """Ask for a folder, the note and (when the key is encrypted) the passphrase, then write
    one receipt per organisation; the written files (an error is shown, the rest stay)."""
    if not organisation_ids:
        return []
    try:
        catalogue_key.public_key_line(workspace.folder)
    except Exception as exc:
        show_error(parent, exc)
        return []
    folder = FileChooser.folder(parent, t("receipt_ui_folder_title"))
    if folder is None:
        return []
    note = ReceiptNote.ask(parent)
    if note is None:
        return []
    passphrase = None
    if catalogue_key.needs_passphrase(workspace.folder):
        passphrase = PassphraseDialog.ask(
            parent, t("catalogue_key_ui_title"), t("receipt_ui_passphrase")
        )
        if passphrase is None:
            return []
    written: list[Path] = []
    for organisation_id in organisation_ids:
        target = folder / receipt_file_name(workspace, organisation_id)
        try:
            result = make_receipt(
                workspace, organisation_id, target, passphrase=passphrase, note=note,
                actor=actor,
            )  # fmt: skip
        except Exception as exc:
            show_error(parent, exc)
            break
        written.append(result.path)
    return written


class CoordinatorReceiptPart:
    """Help → "Luettelon avain…" in the coordinator's window."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.key_action = QAction(window)
        self.key_action.triggered.connect(self.on_key_triggered)
        window.help_menu.insertAction(
            window.help_menu.actions()[0] if window.help_menu.actions() else None,
            self.key_action,
        )
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.key_action.setText(t("catalogue_key_ui_menu"))

    def on_key_triggered(self) -> None:
        try:
            text = key_text(self.window.workspace)
        except Exception as exc:
            show_error(self.window, exc)
            return
        CatalogueKeyBox.show(self.window, text)
