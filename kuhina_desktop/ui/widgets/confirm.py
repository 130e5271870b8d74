"""A yes-or-no question, shown as plain text (it may quote package or user text)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


class Confirm:
    """Ask before an action; tests monkeypatch `Confirm.ask`."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, action: str | None = None) -> bool:
        """True when the user chose the action (named by `action`, or Yes)."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(text)
        if action is None:
            yes: QPushButton = box.addButton(QMessageBox.StandardButton.Yes)
            box.addButton(QMessageBox.StandardButton.No)
            box.setDefaultButton(QMessageBox.StandardButton.No)
        else:
            yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes
