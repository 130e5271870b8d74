"""Confirming an organisation's signing key by phone before its packages are trusted.

Trust on first use is only as good as the check behind it: the dialog shows the key's
fingerprint exactly as `ssh-keygen -l` prints it (and as the association's program shows
it), the organisation's details from the package, and what to do: phone the association
at a number already known, not one from the package, and have the fingerprint read out.
The "Trust" button stays disabled until the coordinator says they did; a fingerprint typed
while listening is compared character for character and the result said in words.

A key that replaces a trusted one without the old key's signature is shown with the key
it would replace, since that is what a stolen identity would look like.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.services.command_hints import trust_command
from kuhina_desktop.services.signing_keys import normalise_fingerprint, normalise_spoken
from kuhina_desktop.ui.coordinator import texts
from kuhina_desktop.ui.i18n import Retranslatable, current_language
from kuhina_desktop.ui.widgets.key_info import spoken_or_empty


@dataclass(frozen=True)
class KeyToConfirm:
    """What the dialog shows: the organisation, its details and the key."""

    organisation_id: str
    organisation_name: str
    fingerprint: str
    display: str  # as `ssh-keygen -l` prints it
    details: Mapping[str, Any] = field(default_factory=dict)  # the organisation's JSON
    trusted_fingerprint: str | None = None  # the key this one would replace
    flags: tuple[str, ...] = ()
    findings: tuple[Any, ...] = ()  # catalogue.impostors.Finding: whom it resembles
    workspace: str = ""  # the catalogue's folder, for the command-line hint


def _text(value: Any) -> str:
    if isinstance(value, Mapping):
        for lang in (current_language(), "fi", "sv", "en"):
            if value.get(lang):
                return str(value[lang])
        return ""
    return "" if value is None else str(value)


def _address(details: Mapping[str, Any]) -> str:
    address = details.get("address") or {}
    if not isinstance(address, Mapping):
        return ""
    parts = [
        address.get("street"),
        " ".join(str(p) for p in (address.get("postal_code"), address.get("post_office")) if p),
    ]
    return ", ".join(str(p) for p in parts if p)


class TrustDialog(Retranslatable, QDialog):
    """Signals:
    confirmed(str, str): organisation id and fingerprint the coordinator confirmed.
    """

    confirmed = Signal(str, str)

    def __init__(self, key: KeyToConfirm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.intro = QLabel(self)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)  # may hold package text
        self.intro.setWordWrap(True)
        self.details_box = QGroupBox(self)
        form = QFormLayout(self.details_box)
        self._detail_labels: dict[str, QLabel] = {}
        values = {
            "name": key.organisation_name,
            "business_id": _text(key.details.get("business_id")),
            "address": _address(key.details),
            "phone": _text(key.details.get("phone")),
            "email": _text(key.details.get("email")),
            "website": _text(key.details.get("website")),
            "id": key.organisation_id,
        }
        for name, value in values.items():
            caption = QLabel(self)
            caption.setTextFormat(Qt.TextFormat.PlainText)  # may hold package text
            shown = QLabel(value or "–", self)
            shown.setTextFormat(Qt.TextFormat.PlainText)  # may hold package text
            shown.setTextFormat(Qt.TextFormat.PlainText)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caption.setBuddy(shown)
            form.addRow(caption, shown)
            self._detail_labels[name] = caption
        self.fingerprint_caption = QLabel(self)
        self.fingerprint_caption.setTextFormat(Qt.TextFormat.PlainText)  # may hold package text
        self.fingerprint = QLabel(key.display, self)
        self.fingerprint.setTextFormat(Qt.TextFormat.PlainText)  # may hold package text
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(QFont(self.font()).pointSizeF() * 1.15)
        font.setBold(True)
        self.fingerprint.setFont(font)
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.fingerprint_caption.setBuddy(self.fingerprint)
        # The digit groups the association's program shows to read aloud (same SHA-256).
        self.spoken_caption = QLabel(self)
        self.spoken_caption.setTextFormat(Qt.TextFormat.PlainText)
        self.spoken = QLabel(spoken_or_empty(key.fingerprint), self)
        self.spoken.setTextFormat(Qt.TextFormat.PlainText)
        spoken_font = QFont(font)
        spoken_font.setPointSizeF(font.pointSizeF() * 1.3)
        self.spoken.setFont(spoken_font)
        self.spoken.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.spoken_caption.setBuddy(self.spoken)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self.on_copy_clicked)
        self.warning = QLabel(self)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)  # may hold package text
        self.warning.setWordWrap(True)
        self.guidance = QLabel(self)
        self.guidance.setTextFormat(Qt.TextFormat.PlainText)  # may hold package text
        self.guidance.setWordWrap(True)
        self.heard_caption = QLabel(self)
        self.heard_caption.setTextFormat(Qt.TextFormat.PlainText)  # may hold package text
        self.heard = QLineEdit(self)
        self.heard_caption.setBuddy(self.heard)
        self.match = QLabel(self)
        self.match.setTextFormat(Qt.TextFormat.PlainText)  # may hold package text
        self.heard.textChanged.connect(self.on_heard_changed)
        self.done_by_phone = QCheckBox(self)
        self.done_by_phone.toggled.connect(self.on_heard_changed)
        self.buttons = QDialogButtonBox(self)
        self.trust_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.on_trust_clicked)
        self.buttons.rejected.connect(self.reject)

        fingerprint_row = QHBoxLayout()
        fingerprint_row.addWidget(self.fingerprint, 1)
        fingerprint_row.addWidget(self.copy_button)
        # The texts scroll and the buttons stay put, so the dialog fits a 1280×720 screen
        # at 125 % (about 1024×576 to lay out in).
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addWidget(self.intro)
        self.impostor_box = QGroupBox(self)
        impostor_layout = QVBoxLayout(self.impostor_box)
        self.impostor_lines = QLabel(self.impostor_box)
        self.impostor_lines.setTextFormat(Qt.TextFormat.PlainText)  # holds package text
        self.impostor_lines.setWordWrap(True)
        impostor_layout.addWidget(self.impostor_lines)
        self.impostor_box.setVisible(bool(key.findings))
        layout.addWidget(self.impostor_box)
        layout.addWidget(self.details_box)
        layout.addWidget(self.spoken_caption)
        layout.addWidget(self.spoken)
        layout.addWidget(self.fingerprint_caption)
        layout.addLayout(fingerprint_row)
        layout.addWidget(self.warning)
        layout.addWidget(self.guidance)
        layout.addWidget(self.heard_caption)
        layout.addWidget(self.heard)
        layout.addWidget(self.match)
        layout.addWidget(self.done_by_phone)
        self.command = QLabel(self)
        self.command.setTextFormat(Qt.TextFormat.PlainText)  # holds package text
        self.command.setWordWrap(True)
        self.command.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.command.setVisible(bool(key.workspace))
        layout.addWidget(self.command)
        layout.addStretch(1)
        self.body_area = QScrollArea(self)
        self.body_area.setWidgetResizable(True)
        self.body_area.setFrameShape(QFrame.Shape.NoFrame)
        self.body_area.setWidget(body)
        outer = QVBoxLayout(self)
        outer.addWidget(self.body_area, 1)
        outer.addWidget(self.buttons)
        self.resize(self._fitting(720, 660))
        self.retranslate_ui()

    def _fitting(self, width: int, height: int) -> QSize:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return QSize(width, height)
        area = screen.availableGeometry()
        return QSize(min(width, area.width() - 16), min(height, area.height() - 40))

    def retranslate_ui(self) -> None:
        key = self.key
        self.setWindowTitle(self.tr("Confirm the key of {name}").format(name=key.organisation_name))
        self.intro.setText(
            self.tr(
                "This package is signed with a key the catalogue does not trust yet. Before its "
                "contents are imported, make sure the key really belongs to this organisation."
            )
        )
        self.details_box.setTitle(self.tr("The organisation, as the package describes it"))
        captions = {
            "name": self.tr("Name"),
            "business_id": self.tr("Business ID"),
            "address": self.tr("Address"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "website": self.tr("Website"),
            "id": self.tr("Organisation ID"),
        }
        for name, label in self._detail_labels.items():
            label.setText(captions[name] + ":")
        self.spoken_caption.setText(
            self.tr("Code read aloud (digits, as the association sees it):")
        )
        self.spoken.setAccessibleName(self.tr("Key code to read aloud"))
        self.fingerprint_caption.setText(self.tr("Key fingerprint (as ssh-keygen -l prints it):"))
        self.fingerprint.setAccessibleName(self.tr("Key fingerprint"))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the key fingerprint"))
        named = {f.code for f in key.findings}
        self.impostor_box.setTitle(
            self.tr("Warning: this may be an impostor. Check these before you trust the key")
        )
        self.impostor_box.setAccessibleName(self.impostor_box.title())
        self.impostor_lines.setText("\n".join("• " + texts.finding(f) for f in key.findings))
        warnings = [texts.flag(code) for code in key.flags if code not in named]
        if key.trusted_fingerprint:
            warnings.append(
                self.tr(
                    "Warning: this key would replace the trusted key {fingerprint}, and that key "
                    "did not sign for it. Confirm especially carefully: this is how a stolen "
                    "identity would look."
                ).format(fingerprint=key.trusted_fingerprint)
            )
        self.warning.setText("\n".join(warnings))
        self.warning.setVisible(bool(warnings))
        self.guidance.setText(
            self.tr(
                "Confirm by phone: call the association at a number you already know (not one "
                "from this package) and ask them to open Kuhina and read out the key fingerprint "
                "shown on their organisation page: six groups of five digits. Trust the key only "
                "if every digit matches."
            )
        )
        self.heard_caption.setText(self.tr("Fingerprint read out over the phone (optional):"))
        self.heard.setAccessibleName(self.tr("Fingerprint read out over the phone"))
        self.done_by_phone.setText(
            self.tr("I phoned the association and the fingerprint they read out matches")
        )
        self.trust_button.setText(self.tr("Trust this key"))
        self.command.setText(
            self.tr("The same on the command line: {command}").format(command=self.command_hint())
        )
        self.on_heard_changed()

    # -- state ----------------------------------------------------------------------------
    def heard_matches(self) -> bool | None:
        """None when nothing was typed; otherwise whether it is the key's fingerprint."""
        typed = self.heard.text().strip()
        if not typed:
            return None
        if typed.startswith("SHA256:") or any(ch.isalpha() for ch in typed):
            return normalise_fingerprint(typed) == self.key.fingerprint
        return normalise_spoken(typed) == spoken_or_empty(self.key.fingerprint)

    def on_heard_changed(self) -> None:
        matches = self.heard_matches()
        if matches is None:
            self.match.setText("")
        elif matches:
            self.match.setText(self.tr("✓ Matches the fingerprint of the package."))
        else:
            self.match.setText(self.tr("✗ Does not match. Do not trust this key."))
        self.trust_button.setEnabled(self.done_by_phone.isChecked() and matches is not False)

    def command_hint(self) -> str:
        """The same confirmation on the command line, ready to paste."""
        key = self.key
        return trust_command(key.workspace, key.organisation_id, key.fingerprint)

    def on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.key.fingerprint)

    def on_trust_clicked(self) -> None:
        if not self.trust_button.isEnabled():
            return
        self.confirmed.emit(self.key.organisation_id, self.key.fingerprint)
        self.accept()
