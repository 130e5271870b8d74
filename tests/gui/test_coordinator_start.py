"""Starting on a regional catalogue: the coordinator's window is shown at once and opens
the catalogue after its first paint, as the association's window does (issue 19)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from kuhina_desktop.ui.app import Launcher
from kuhina_desktop.ui.association.first_start import FirstStartWizard
from kuhina_desktop.ui.coordinator.window import PAGES, CoordinatorWindow
from kuhina_desktop.ui.i18n import Translations
from kuhina_desktop.ui.settings import UserSettings
from kuhina_desktop.ui.widgets.background import ImmediateExecutor


@pytest.fixture
def launcher(qapp: QApplication, tmp_path: Path, translations: Translations) -> Launcher:
    return Launcher(qapp, UserSettings(tmp_path / "s.ini"), translations, ImmediateExecutor())


def close(qtbot: QtBot, launcher: Launcher) -> None:
    for widget in (launcher.window, launcher.wizard):
        if widget is not None:
            qtbot.addWidget(widget)
            widget.close()


def test_window_appears_before_the_catalogue_opens(
    qtbot: QtBot, launcher: Launcher, tmp_path: Path
) -> None:
    """Shown at once with its menus and page list, every action that needs the catalogue
    disabled and no page built; the catalogue opens after the first paint."""
    CatalogueWorkspace.create(tmp_path / "cat").close()
    launcher.start(str(tmp_path / "cat"))
    window = launcher.window
    assert isinstance(window, CoordinatorWindow)
    assert window.isVisible() and window.is_loading()
    assert window.pages == {}
    assert window.windowTitle() == "Kuhina"
    assert window.navigation.count() == len(PAGES)
    assert window.workspace_actions
    assert not any(action.isEnabled() for action in window.workspace_actions)
    assert window.language_actions["fi"].isEnabled()  # what needs no catalogue works
    assert launcher.settings.last_workspace is None  # not before it really opened

    qtbot.waitUntil(lambda: not window.is_loading())
    assert set(window.pages) == set(PAGES)
    assert window.stack.currentWidget() is window.pages["inbox"]
    assert all(action.isEnabled() for action in window.workspace_actions)
    assert window.windowTitle() == "Kuhina – regional catalogue (cat)"
    qtbot.waitUntil(lambda: not window.data_pending())
    assert launcher.settings.last_workspace == (tmp_path / "cat").absolute()
    close(qtbot, launcher)


def test_catalogue_that_fails_to_open_after_the_window_appeared(
    qtbot: QtBot, launcher: Launcher, tmp_path: Path, shown_messages: object
) -> None:
    """A catalogue another program holds open is reported in words once the window is up;
    the window closes, the first start is shown and nothing is remembered."""
    held = CatalogueWorkspace.create(tmp_path / "cat")
    try:
        launcher.start(str(tmp_path / "cat"))
        assert isinstance(launcher.window, CoordinatorWindow)
        assert launcher.window.isVisible()
        qtbot.waitUntil(lambda: launcher.wizard is not None)
        assert isinstance(launcher.wizard, FirstStartWizard)
        assert launcher.window is None
        errors = shown_messages.errors  # type: ignore[attr-defined]
        assert len(errors) == 1
        assert "cat" in errors[0] and "open" in errors[0].lower()
        errors.clear()
        assert launcher.settings.last_workspace is None
    finally:
        held.close()
    close(qtbot, launcher)


def test_window_closed_before_the_catalogue_opened_opens_nothing(
    qtbot: QtBot, launcher: Launcher, tmp_path: Path
) -> None:
    CatalogueWorkspace.create(tmp_path / "cat").close()
    launcher.start(str(tmp_path / "cat"))
    window = launcher.window
    assert isinstance(window, CoordinatorWindow)
    window.close()
    qtbot.wait(50)
    assert window.pages == {} and not window.is_loading()
    assert launcher.settings.last_workspace is None
    CatalogueWorkspace.open(tmp_path / "cat").close()  # not left locked
