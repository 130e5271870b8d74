"""The modules a window's opening needs first are imported on a thread of their own while
its frame paints (`import_beside`), and what they are named holds (issue 19)."""

from __future__ import annotations

import importlib.util
import logging
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.ui import app as app_module
from kuhina_desktop.ui.app import Launcher
from kuhina_desktop.ui.association.window import PAGE_CLASSES, MainWindow
from kuhina_desktop.ui.coordinator.window import CoordinatorWindow
from kuhina_desktop.ui.roles import WindowContext
from kuhina_desktop.ui.settings import UserSettings
from kuhina_desktop.ui.widgets.background import ImmediateExecutor
from kuhina_desktop.ui.widgets.background_import import import_beside


def module_file(folder: Path, name: str, body: str) -> str:
    (folder / f"{name}.py").write_text(body, encoding="utf-8")
    return name


@pytest.fixture
def modules_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "modules"
    folder.mkdir()
    monkeypatch.syspath_prepend(str(folder))
    yield folder
    for name in [n for n in sys.modules if n.startswith("ahead_")]:
        del sys.modules[name]


def test_the_modules_are_imported_in_order_on_the_thread_named(modules_folder: Path) -> None:
    record = "import threading\nTHREAD = threading.current_thread().name\n"
    first = module_file(modules_folder, "ahead_first", record)
    second = module_file(modules_folder, "ahead_second", "import ahead_first\n" + record)

    thread = import_beside([first, second], name="kuhina-test-import")
    thread.join()

    assert sys.modules[first].THREAD == sys.modules[second].THREAD == "kuhina-test-import"
    assert not thread.daemon  # quitting at once waits for the import to end


def test_a_module_that_fails_is_left_to_the_opening_and_the_rest_are_imported(
    modules_folder: Path, caplog: pytest.LogCaptureFixture
) -> None:
    broken = module_file(modules_folder, "ahead_broken", "raise RuntimeError('broken')\n")
    after = module_file(modules_folder, "ahead_after", "VALUE = 1\n")

    with caplog.at_level(logging.DEBUG, logger="kuhina_desktop.ui.widgets.background_import"):
        import_beside([broken, "ahead_missing", after], name="kuhina-test-import").join()

    assert sys.modules[after].VALUE == 1
    assert broken not in sys.modules  # the opening imports it again and reports it
    assert {r.getMessage() for r in caplog.records} == {
        "importing ahead_broken ahead failed",
        "importing ahead_missing ahead failed",
    }
    with pytest.raises(RuntimeError, match="broken"):
        importlib.import_module(broken)


def test_each_window_names_modules_that_exist(context: WindowContext, qtbot: QtBot) -> None:
    window = MainWindow(None, context)
    qtbot.addWidget(window)
    names = [*window.opening_modules(), *CoordinatorWindow.opening_modules()]
    assert all(importlib.util.find_spec(name) is not None for name in names), names
    page_module = PAGE_CLASSES[window.current_page_key()].split(":")[0]
    assert page_module in window.opening_modules()


def test_the_launcher_imports_the_opening_modules_before_it_shows_the_window(
    qtbot: QtBot, qapp, tmp_path: Path, translations, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[tuple[list[str], bool]] = []
    launcher = Launcher(qapp, UserSettings(tmp_path / "s.ini"), translations, ImmediateExecutor())

    def recording(modules: list[str], *, name: str) -> None:
        window = launcher.window
        started.append((list(modules), window is not None and window.isVisible()))

    monkeypatch.setattr(app_module, "import_beside", recording)
    OrgWorkspace.create(tmp_path / "org", "Kierrätys ry").close()
    launcher.start(str(tmp_path / "org"))
    window = launcher.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.is_loading())

    assert started == [([*window.opening_modules(), "kuhina_desktop.ui.widgets.text_guard"], False)]
