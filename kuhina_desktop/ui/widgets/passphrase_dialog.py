"""Asking for passphrases: the key's passphrase, a new one typed twice, a backup's.

Each question is a class method (`PassphraseDialog.ask`, `NewPassphraseDialog.ask`), so tests
replace the question instead of driving a modal dialog. Passphrases are never logged.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.ui.label_roles import set_role
from kuhina_desktop.ui.widgets.field_row import WARNING_SIGN

MIN_LENGTH = 8


def _secret(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class PassphraseDialog(QDialog):
    """One passphrase, e.g. to open the signing key for an export."""

    def __init__(self, parent: QWidget | None, title: str, text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QLabel(text, self)
        self.text.setWordWrap(True)
        self.edit = _secret(self)
        label = QLabel(self.tr("&Passphrase:"), self)
        label.setBuddy(self.edit)
        self.edit.setAccessibleName(self.tr("Passphrase"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str) -> str | None:
        dialog = cls(parent, title, text)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.edit.text()


class NewPassphraseFields(QWidget):
    """A new passphrase typed twice, with the problem said in words as the user types."""

    def __init__(self, parent: QWidget | None = None, *, optional: bool = True) -> None:
        super().__init__(parent)
        self.optional = optional
        self.first = _secret(self)
        self.second = _secret(self)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        set_role(self.problem, "problem")
        self.first_label = QLabel(self.tr("New &passphrase:"), self)
        self.first_label.setBuddy(self.first)
        self.second_label = QLabel(self.tr("&Again:"), self)
        self.second_label.setBuddy(self.second)
        self.first.setAccessibleName(self.tr("New passphrase"))
        self.second.setAccessibleName(self.tr("New passphrase again"))
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.first_label, self.first)
        layout.addRow(self.second_label, self.second)
        layout.addRow(self.problem)
        self.first.textChanged.connect(self.on_text_changed)
        self.second.textChanged.connect(self.on_text_changed)
        self.on_text_changed()

    def problem_text(self) -> str:
        first, second = self.first.text(), self.second.text()
        if not first and not second:
            return "" if self.optional else self.tr("Type a passphrase.")
        if len(first) < MIN_LENGTH:
            return self.tr("Use at least %1 characters.").replace("%1", str(MIN_LENGTH))
        if first != second:
            return self.tr("The two passphrases are not the same.")
        return ""

    def on_text_changed(self) -> None:
        problem = self.problem_text()
        shown = problem if self.second.text() or len(self.first.text()) >= MIN_LENGTH else ""
        self.problem.setText(f"{WARNING_SIGN} {shown}" if shown else "")
        self.problem.setVisible(bool(shown))

    def is_valid(self) -> bool:
        return not self.problem_text()

    def value(self) -> str | None:
        return self.first.text() or None


class NewPassphraseDialog(QDialog):
    """The current passphrase (if any) and a new one twice."""

    def __init__(
        self, parent: QWidget | None, title: str, text: str, *, ask_current: bool, optional: bool
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        self.current = _secret(self)
        self.current.setAccessibleName(self.tr("Current passphrase"))
        current_label = QLabel(self.tr("&Current passphrase (leave empty if there is none):"), self)
        current_label.setBuddy(self.current)
        self.fields = NewPassphraseFields(self, optional=optional)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.on_ok_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if ask_current:
            layout.addWidget(current_label)
            layout.addWidget(self.current)
        else:
            current_label.hide()
            self.current.hide()
        layout.addWidget(self.fields)
        layout.addWidget(self.buttons)

    def on_ok_clicked(self) -> None:
        if self.fields.is_valid():
            self.accept()
        else:
            self.fields.problem.setText(f"{WARNING_SIGN} {self.fields.problem_text()}")
            self.fields.problem.setVisible(True)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        text: str,
        *,
        ask_current: bool = True,
        optional: bool = True,
    ) -> tuple[str | None, str | None] | None:
        """(current, new) or None when cancelled; '' and None both mean "no passphrase"."""
        dialog = cls(parent, title, text, ask_current=ask_current, optional=optional)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.current.text() or None, dialog.fields.value()
