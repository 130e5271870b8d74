"""The signing key's fingerprint with a plain explanation, for the first start and the
organisation page: the coordinator may phone and ask for it to be read aloud.

The code to read aloud is six groups of five digits (`keys.spoken_fingerprint`: no letters
that sound or look alike); the `SHA256:...` form `ssh-keygen -l` prints is shown below it,
smaller, for whoever checks with ssh-keygen. The coordinator's trust dialog shows both the
same way.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kuhina_desktop.services.signing_keys import spoken_fingerprint
from kuhina_desktop.ui.i18n import Retranslatable


def spoken_or_empty(fingerprint: str) -> str:
    """The digit groups of `fingerprint`, or "" when it is not a SHA-256 fingerprint."""
    try:
        return spoken_fingerprint(fingerprint)
    except ValueError:
        return ""


class KeyInfo(Retranslatable, QWidget):
    """Shows the key's code to read aloud (digit groups) and `SHA256:...`, with a copy
    button that never takes Enter (Enter goes to the page's own default button)."""

    def __init__(self, fingerprint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fingerprint = fingerprint
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.spoken_caption = QLabel(self)
        self.spoken = QLabel(self)
        big = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        big.setPointSizeF(QFont(self.font()).pointSizeF() * 1.6)
        big.setBold(True)
        self.spoken.setFont(big)
        self.spoken.setWordWrap(True)
        self.spoken_caption.setBuddy(self.spoken)
        self.value_caption = QLabel(self)
        self.value = QLabel(self)
        small = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.value.setFont(small)
        self.value.setWordWrap(True)
        self.value_caption.setBuddy(self.value)
        flags = self.value.textInteractionFlags()
        for label in (self.spoken, self.value):
            label.setTextInteractionFlags(
                flags.TextSelectableByMouse | flags.TextSelectableByKeyboard
            )
        self.copy_button = QPushButton(self)
        self.copy_button.setAutoDefault(False)
        self.copy_button.setDefault(False)
        self.copy_button.clicked.connect(self.on_copy_clicked)
        row = QHBoxLayout()
        row.addWidget(self.spoken, 1)
        row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.explanation)
        layout.addSpacing(8)
        layout.addWidget(self.spoken_caption)
        layout.addLayout(row)
        layout.addSpacing(4)
        layout.addWidget(self.value_caption)
        layout.addWidget(self.value)
        self.set_fingerprint(fingerprint)
        self.retranslate_ui()

    def set_fingerprint(self, fingerprint: str) -> None:
        self._fingerprint = fingerprint
        self.spoken.setText(spoken_or_empty(fingerprint))
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
        self.spoken_caption.setText(self.tr("Code to read aloud (only digits):"))
        self.spoken.setAccessibleName(self.tr("Key code to read aloud"))
        self.value_caption.setText(self.tr("The same key as ssh-keygen shows it:"))
        self.value.setAccessibleName(self.tr("Key fingerprint"))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the key fingerprint"))

    def on_copy_clicked(self) -> None:
        spoken = spoken_or_empty(self._fingerprint)
        text = f"{spoken}\n{self._fingerprint}" if spoken else self._fingerprint
        QGuiApplication.clipboard().setText(text)
