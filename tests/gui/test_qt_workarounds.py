"""The workarounds for PySide6 6.12's reference-count bugs (see kuhina_desktop/ui/__init__.py
and ui/signals.py) stay in place."""

from __future__ import annotations

import importlib
import subprocess
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


def test_modules_imported_after_pyside_are_not_read_for_the_feature_hook() -> None:
    """PySide6's `__feature__` hook read the source of every module imported after it
    (issue 19: ~15 ms of the window's start); the cheaper check reads no file."""
    script = (
        "import inspect, sys\n"
        "import kuhina_desktop.ui\n"
        "read = []\n"
        "original = inspect.getsource\n"
        "inspect.getsource = lambda obj: read.append(obj) or original(obj)\n"
        "import colorsys\n"
        "from kuhina_desktop.domain import vocab\n"
        "from kuhina_desktop.ui.widgets import plain_text\n"
        "feature = sys.modules['PySide6.support.feature'].pyside_feature_dict\n"
        "print(len(read), feature['colorsys'])\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["0", "-1"]


def test_the_cheaper_check_agrees_where_the_hook_s_answer_could_matter() -> None:
    """For this program's modules it answers as the source check does wherever the source
    names PySide6, and nothing selects a feature (the only case where the answer would
    change anything: every module's entry stays "none" or "leave as is")."""
    import inspect
    import pkgutil

    from kuhina_desktop.ui import _uses_pyside

    for info in pkgutil.walk_packages(kuhina_desktop.__path__, "kuhina_desktop."):
        module = importlib.import_module(info.name)
        try:
            source = inspect.getsource(module)
        except OSError:  # an empty package's __init__: the hook's check says False
            source = ""
        if "PySide6" in source:
            assert _uses_pyside(module), info.name
        elif not info.name.startswith("kuhina_desktop.ui"):
            assert not _uses_pyside(module), info.name
    feature = sys.modules["PySide6.support.feature"]
    assert set(feature.pyside_feature_dict.values()) <= {0, -1}
