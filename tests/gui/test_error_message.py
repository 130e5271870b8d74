"""The message box of a known failure shows hostile text as text."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from kuhina_desktop.ui.errors import ErrorMessage

SHOW = ErrorMessage.show  # before the autouse fixture replaces it
HOSTILE = 'Refused: <a href="https://example.invalid/">open</a><img src="file:///etc/x.png">'


def test_a_known_failure_is_shown_as_plain_text(qtbot: QtBot) -> None:
    seen: list[tuple[str, bool]] = []

    def inspect() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        label = next(w for w in box.findChildren(QLabel) if w.objectName() == "qt_msgbox_label")
        seen.append((label.text(), label.textFormat() == Qt.TextFormat.PlainText))
        box.accept()

    QTimer.singleShot(0, inspect)
    SHOW.__func__(ErrorMessage, None, HOSTILE)  # type: ignore[attr-defined]
    assert seen == [(HOSTILE, True)]
