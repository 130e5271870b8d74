"""A `.kuhina-receipt` opened from the file manager: `kuhina FILE.kuhina-receipt` starts the
windows (not the command parser) and, once the workspace used last is open, opens the
receipt in the association's window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kuhina_desktop.cli import _gui_arguments
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.ui.app import Launcher
from kuhina_desktop.ui.association.receipt_window import ReceiptWindowPart
from kuhina_desktop.ui.association.window import MainWindow
from kuhina_desktop.ui.i18n import Translations
from kuhina_desktop.ui.settings import UserSettings
from kuhina_desktop.ui.widgets.background import ImmediateExecutor


def test_a_receipt_argument_starts_the_windows() -> None:
    args = _gui_arguments(["C:\\Users\\a\\Downloads\\vastaus.kuhina-receipt"])
    assert args is not None and args.command is None
    assert args.open_file.endswith("vastaus.kuhina-receipt")
    assert _gui_arguments(["something-else.txt"]) is None
    assert _gui_arguments([]).open_file is None  # type: ignore[union-attr]


def test_the_receipt_opens_once_the_workspace_is_open(
    qtbot: QtBot,
    qapp: QApplication,
    tmp_path: Path,
    translations: Translations,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(ReceiptWindowPart, "open_receipt", lambda self, path: opened.append(path))
    OrgWorkspace.create(tmp_path / "org", "Kierrätys ry").close()
    launcher = Launcher(qapp, UserSettings(tmp_path / "s.ini"), translations, ImmediateExecutor())
    launcher.open_file = tmp_path / "vastaus.kuhina-receipt"
    launcher.start(str(tmp_path / "org"))
    qtbot.waitUntil(lambda: bool(opened))
    assert opened == [tmp_path / "vastaus.kuhina-receipt"]
    window: Any = launcher.window
    assert isinstance(window, MainWindow) and launcher.open_file is None
    qtbot.addWidget(window)
    window.close()
