"""Hint, problem and notice labels are styled by their own style sheet (issue 19: one style
sheet for the whole application made every widget go through Qt's style sheet style, a
visible part of the start-up) and look exactly as under the application's sheet before."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

import kuhina_desktop.ui
from kuhina_desktop.ui.label_roles import ROLE_RULES, STYLE_SHEET, set_role

UI = Path(kuhina_desktop.ui.__file__).parent
TEXT = "⚠ Y-tunnus 1234567-8 ei ole oikea – ääkköset ja Åbo"


def _picture(qtbot: QtBot, role: str | None, styled_by: str) -> QImage:
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    plain, label = QLabel("Tavallinen teksti", box), QLabel(TEXT, box)
    label.setWordWrap(True)
    layout.addWidget(plain)
    layout.addWidget(label)
    if role is not None and styled_by == "own":
        set_role(label, role)
    elif role is not None:
        label.setProperty("role", role)
    box.resize(420, 120)
    box.show()
    qtbot.waitExposed(box)
    return box.grab().toImage()


@pytest.mark.parametrize("role", sorted(ROLE_RULES))
def test_a_role_label_looks_as_under_the_application_style_sheet(
    qtbot: QtBot, qapp: QApplication, role: str
) -> None:
    own = _picture(qtbot, role, "own")
    qapp.setStyleSheet(STYLE_SHEET)
    try:
        before = _picture(qtbot, role, "application")
    finally:
        qapp.setStyleSheet("")
    assert own == before
    assert own != _picture(qtbot, None, "own")  # and it is styled


def test_nothing_sets_a_style_sheet_for_the_whole_application() -> None:
    offenders = [
        str(p.relative_to(UI))
        for p in UI.rglob("*.py")
        if p.name != "label_roles.py" and ".setStyleSheet(" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_a_label_changing_role_takes_the_new_look(qtbot: QtBot) -> None:
    label = QLabel(TEXT)
    qtbot.addWidget(label)
    set_role(label, "hint")
    set_role(label, "notice")
    assert label.property("role") == "notice"
    assert ROLE_RULES["notice"] in label.styleSheet()
