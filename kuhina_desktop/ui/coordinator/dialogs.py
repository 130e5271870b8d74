"""The small questions the coordinator's window asks: a reason, a yes or no, a file or folder.

Each is a class method, so tests replace it with monkeypatch instead of driving a modal
dialog (TECH-NOTES: "Modal dialog tricks"); opening a folder in the file manager goes
through `FolderOpener.open` for the same reason.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.ui.widgets.confirm import Confirm

MAX_REASON = 2000


class ReasonDialog(QDialog):
    """Asks why (a rejected change, a hidden record); OK stays disabled until there is text."""

    def __init__(self, parent: QWidget | None, title: str, question: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.question = QLabel(question, self)
        self.question.setTextFormat(Qt.TextFormat.PlainText)  # may hold package text
        self.question.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(question)
        self.question.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self.on_reason_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.resize(480, 220)
        self.on_reason_changed()

    def on_reason_changed(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text()))

    def text(self) -> str:
        return self.reason.toPlainText().strip()[:MAX_REASON]

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, question: str) -> str | None:
        dialog = cls(parent, title, question)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.text():
                return dialog.text()
            return None
        finally:
            dialog.deleteLater()


class FileChooser:
    """File dialogs; a cancelled dialog gives None or an empty list."""

    @classmethod
    def packages(cls, parent: QWidget | None, title: str, filter_text: str) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(parent, title, "", filter_text)
        return [Path(name) for name in names]

    @classmethod
    def folder(cls, parent: QWidget | None, title: str, start: Path | None = None) -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, title, str(start or ""))
        return Path(name) if name else None

    @classmethod
    def save(
        cls, parent: QWidget | None, title: str, suggested: Path, filter_text: str
    ) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filter_text)
        return Path(name) if name else None


class FolderOpener:
    """Shows a folder in the system's file manager (a local file URL, never the network)."""

    @classmethod
    def open(cls, folder: Path) -> bool:
        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))


__all__ = ["Confirm", "FileChooser", "FolderOpener", "ReasonDialog"]
