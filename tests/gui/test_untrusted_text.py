"""Package text shows as written in the coordinator's dialogs, never as rich text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kuhina_desktop.ui.coordinator.trust import KeyToConfirm, TrustDialog
from kuhina_desktop.ui.widgets.plain_text import tooltip

HOSTILE = '<img src="/etc/passwd"><a href="https://example.invalid">Soita</a> ry'


def test_trust_dialog_shows_a_hostile_name_literally(qtbot: QtBot) -> None:
    key = KeyToConfirm(
        organisation_id="00000000-0000-4000-8000-000000000001",
        organisation_name=HOSTILE,
        fingerprint="SHA256:AAAA",
        display="256 SHA256:AAAA no comment (ED25519)",
        details={"name": {"fi": HOSTILE}, "website": "javascript:alert(1)", "email": HOSTILE},
    )
    dialog = TrustDialog(key)
    qtbot.addWidget(dialog)
    labels = dialog.findChildren(QLabel)
    holding = [label for label in labels if "<img" in label.text()]
    assert holding, "the organisation's name should be shown"
    for label in holding:
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert all(label.textFormat() != Qt.TextFormat.AutoText for label in labels)


def test_tooltips_escape_markup() -> None:
    text = tooltip(HOSTILE + "\nrivi")
    assert "<img" not in text and "&lt;img" in text
    assert text.startswith("<qt>") and "<br>" in text
