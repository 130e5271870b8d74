"""Asks the volunteer to confirm that a contact person agreed to be published.

The contact's name, role, e-mail and phone go on the public web catalogue and into the
Excel workbooks only with this consent (package format 3); the app records the day and
who recorded it. `ConsentDialog.ask` is a class method, so tests replace it with
monkeypatch instead of driving a modal dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

RECORDED_BY_MAX = 100  # as validation's limit for a name


class ConsentDialog(QDialog):
    """OK stays disabled until the confirmation is ticked and the recorder is named."""

    def __init__(self, parent: QWidget | None, person: str, recorded_by: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Permission to publish"))
        self.explanation = QLabel(self)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)  # the name is user text
        self.explanation.setWordWrap(True)
        self.explanation.setText(
            self.tr(
                "The name, role, e-mail and phone of {person} are shown in the public web "
                "catalogue and in the Excel workbooks only if the person has agreed. Without "
                "permission the catalogue shows the organisation's own e-mail and phone."
            ).replace("{person}", person)
        )
        self.confirmation = QCheckBox(
            self.tr("I asked the person for permission to publish their contact details"), self
        )
        self.recorder = QLineEdit(self)
        self.recorder.setMaxLength(RECORDED_BY_MAX)
        self.recorder.setText(recorded_by)
        self.recorder_label = QLabel(self.tr("Your name (who recorded the permission):"), self)
        self.recorder_label.setBuddy(self.recorder)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.addButton(
            self.tr("Record the permission"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.confirmation.toggled.connect(self.on_input_changed)
        self.recorder.textChanged.connect(self.on_input_changed)
        form = QFormLayout()
        form.addRow(self.recorder_label, self.recorder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.confirmation)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, 240)
        self.on_input_changed()

    def on_input_changed(self) -> None:
        self.ok.setEnabled(self.confirmation.isChecked() and bool(self.recorded_by()))

    def recorded_by(self) -> str:
        return " ".join(self.recorder.text().split())

    @classmethod
    def ask(cls, parent: QWidget | None, person: str, recorded_by: str = "") -> str | None:
        """Who recorded the permission, or None when the volunteer did not confirm."""
        dialog = cls(parent, person, recorded_by)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.recorded_by():
                return dialog.recorded_by()
            return None
        finally:
            dialog.deleteLater()
