"""The workarounds for PySide6 6.12's reference-count bugs (see kuhina_desktop/ui/__init__.py
and ui/signals.py) stay in place."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QLabel
from pytestqt.qtbot import QtBot

import kuhina_desktop.ui

UI = Path(kuhina_desktop.ui.__file__).parent


def test_many_void_calls_and_signals_do_not_exhaust_the_singletons(qtbot: QtBot) -> None:
    label = QLabel()
    box = QCheckBox()
    qtbot.addWidget(label)
    qtbot.addWidget(box)
    box.toggled.connect(lambda _checked: None)
    for n in range(20_000):  # far more than their natural reference counts on Python 3.11
        label.setText(str(n % 10))
        box.setChecked(n % 2 == 0)
    assert min(sys.getrefcount(x) for x in (None, True, False)) > 1000


def test_no_qsignalblocker_in_the_windows() -> None:
    offenders = [
        p.name
        for p in UI.rglob("*.py")
        if p.name != "signals.py" and "QSignalBlocker" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []
