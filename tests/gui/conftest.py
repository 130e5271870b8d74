"""Fixtures for the window tests: a fresh organisation workspace in tmp_path, the main
window on it with a synchronous executor, and the interface language reset after each test.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.ui.association.window import MainWindow
from kuhina_desktop.ui.crash import CrashDialog
from kuhina_desktop.ui.errors import ErrorMessage
from kuhina_desktop.ui.i18n import Translations
from kuhina_desktop.ui.roles import WindowContext
from kuhina_desktop.ui.settings import UserSettings
from kuhina_desktop.ui.widgets.background import ImmediateExecutor


@pytest.fixture(scope="session")
def translations(qapp: QApplication) -> Translations:
    return Translations(qapp)


@pytest.fixture(autouse=True)
def english_interface(translations: Translations) -> Iterator[None]:
    """Each test starts and ends in English (the language is application-wide)."""
    translations.apply("en")
    yield
    translations.apply("en")


@dataclass
class ShownMessages:
    """What would have appeared in message boxes during a test."""

    errors: list[str] = field(default_factory=list)
    crashes: list[BaseException] = field(default_factory=list)


@pytest.fixture(autouse=True)
def shown_messages(monkeypatch: pytest.MonkeyPatch) -> Iterator[ShownMessages]:
    """No modal error box ever blocks a test: known errors are recorded for the test to
    check, and an unexpected error (the crash dialog) fails the test with its traceback."""
    shown = ShownMessages()
    monkeypatch.setattr(
        ErrorMessage, "show", classmethod(lambda cls, parent, text: shown.errors.append(text))
    )
    monkeypatch.setattr(
        CrashDialog, "show_for", classmethod(lambda cls, parent, exc: shown.crashes.append(exc))
    )
    yield shown
    if shown.crashes:
        raise shown.crashes[0]


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[OrgWorkspace]:
    ws = OrgWorkspace.create(tmp_path / "workspace", "Testiyhdistys ry", "1234567-1")
    yield ws
    ws.close()


@pytest.fixture
def context(tmp_path: Path, translations: Translations) -> WindowContext:
    return WindowContext(
        UserSettings(tmp_path / "settings.ini"), translations.apply, ImmediateExecutor()
    )


@pytest.fixture
def window(qtbot: QtBot, workspace: OrgWorkspace, context: WindowContext) -> MainWindow:
    main = MainWindow(workspace, context)
    qtbot.addWidget(main)
    main.show()
    return main


# Qt's offscreen platform says this whenever a top-level window is shown; it is harmless.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if f"{Path('tests', 'gui')}" in str(item.path):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))
