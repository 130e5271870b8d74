"""The signing key's fingerprint with a plain explanation, for the first start and the
organisation page: the coordinator may phone and ask for it to be read aloud.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kuhina_desktop.ui.i18n import Retranslatable


class KeyInfo(Retranslatable, QWidget):
    """Shows `SHA256:...` large enough to read aloud, with a copy button."""

    def __init__(self, fingerprint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fingerprint = fingerprint
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.value = QLabel(fingerprint, self)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(QFont(self.font()).pointSizeF() * 1.2)
        self.value.setFont(font)
        self.value.setWordWrap(True)
        self.value.setTextInteractionFlags(
            self.value.textInteractionFlags().TextSelectableByMouse
            | self.value.textInteractionFlags().TextSelectableByKeyboard
        )
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self.on_copy_clicked)
        row = QHBoxLayout()
        row.addWidget(self.value, 1)
        row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.explanation)
        layout.addLayout(row)
        self.retranslate_ui()

    def set_fingerprint(self, fingerprint: str) -> None:
        self._fingerprint = fingerprint
        self.value.setText(fingerprint)

    def retranslate_ui(self) -> None:
        self.explanation.setText(
            self.tr(
                "Your packages are signed with this program's key, so the coordinator can be "
                "sure they really come from your association and nobody changed them on the "
                "way. When your first package arrives, the coordinator may phone you and ask "
                "you to read this code aloud. Nobody needs it for anything else, and it is "
                "not a password: it is safe to read out."
            )
        )
        self.value.setAccessibleName(self.tr("Key fingerprint"))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the key fingerprint"))

    def on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self._fingerprint)
