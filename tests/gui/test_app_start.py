"""Starting the program: the workspace given, the one used last or the first start; the
crash handler writes the log and says where it is; `kuhina --smoke` shows the window."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kuhina_desktop.domain.model import Opportunity, Text
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.ui import crash
from kuhina_desktop.ui.app import Launcher
from kuhina_desktop.ui.association.first_start import DEMO, FirstStartWizard
from kuhina_desktop.ui.association.window import MainWindow
from kuhina_desktop.ui.i18n import Translations
from kuhina_desktop.ui.settings import UserSettings
from kuhina_desktop.ui.widgets.background import ImmediateExecutor


@pytest.fixture
def launcher(qapp: QApplication, tmp_path: Path, translations: Translations) -> Launcher:
    return Launcher(qapp, UserSettings(tmp_path / "s.ini"), translations, ImmediateExecutor())


def opened(qtbot: QtBot, launcher: Launcher) -> MainWindow:
    """The launcher's window once its workspace is shown (it opens after the first paint)."""
    qtbot.waitUntil(
        lambda: isinstance(launcher.window, MainWindow) and not launcher.window.is_loading()
    )
    assert isinstance(launcher.window, MainWindow)
    return launcher.window


def start_on_a_new_workspace(launcher: Launcher, tmp_path: Path) -> MainWindow:
    """Start on a fresh organisation workspace; its window, shown but not yet opened."""
    OrgWorkspace.create(tmp_path / "org", "Kierrätys ry").close()
    launcher.start(str(tmp_path / "org"))
    window = launcher.window
    assert isinstance(window, MainWindow)
    return window


def close(qtbot: QtBot, launcher: Launcher) -> None:
    for widget in (launcher.window, launcher.wizard):
        if widget is not None:
            qtbot.addWidget(widget)
            widget.close()


def test_workspace_given_opens_directly_and_is_remembered(
    qtbot: QtBot, launcher: Launcher, tmp_path: Path
) -> None:
    OrgWorkspace.create(tmp_path / "org", "Kierrätys ry").close()
    launcher.start(str(tmp_path / "org"))
    window = opened(qtbot, launcher)
    assert window.windowTitle() == "Kuhina – Kierrätys ry"
    assert launcher.settings.last_workspace == (tmp_path / "org").absolute()
    close(qtbot, launcher)


def test_window_appears_before_the_workspace_opens(
    qtbot: QtBot, launcher: Launcher, tmp_path: Path
) -> None:
    """The window is shown at once, empty and saying it is opening; the workspace and the
    first page come after its first paint, and the other pages when first shown."""
    window = start_on_a_new_workspace(launcher, tmp_path)
    assert window.isVisible() and window.is_loading()
    assert window.pages == {}
    assert window.loading_label is not None
    assert window.loading_label.text() == "Opening the workspace…"
    assert not window.send_action.isEnabled()
    assert launcher.settings.last_workspace is None  # not before it really opened
    window = opened(qtbot, launcher)
    assert set(window.pages) == {"opportunities"}
    assert window.stack.currentWidget() is window.pages["opportunities"]
    assert window.send_action.isEnabled()
    window.show_page("bin")
    assert set(window.pages) == {"opportunities", "bin"}
    assert window.stack.currentWidget() is window.pages["bin"]
    close(qtbot, launcher)


def test_workspace_that_fails_to_open_after_the_window_appeared(
    qtbot: QtBot, launcher: Launcher, tmp_path: Path, shown_messages: object
) -> None:
    """A workspace that cannot be opened (here: another program holds it) is reported, its
    window closes and the first start is shown; nothing is remembered."""
    held = OrgWorkspace.create(tmp_path / "org", "Kierrätys ry")
    try:
        launcher.start(str(tmp_path / "org"))
        shown_first = launcher.window
        assert isinstance(shown_first, MainWindow)
        qtbot.waitUntil(lambda: launcher.wizard is not None)
        assert launcher.window is None
        errors = shown_messages.errors  # type: ignore[attr-defined]
        assert len(errors) == 1
        errors.clear()
        assert launcher.settings.last_workspace is None
    finally:
        held.close()
    close(qtbot, launcher)


def test_last_workspace_that_fails_goes_quietly_to_the_first_start(
    qtbot: QtBot, launcher: Launcher, tmp_path: Path, shown_messages: object
) -> None:
    held = OrgWorkspace.create(tmp_path / "org", "Kierrätys ry")
    try:
        launcher.settings.last_workspace = tmp_path / "org"
        launcher.start(None)
        qtbot.waitUntil(lambda: launcher.wizard is not None)
        assert launcher.window is None
        assert not shown_messages.errors  # type: ignore[attr-defined]
    finally:
        held.close()
    close(qtbot, launcher)


def test_last_workspace_opens_next_time(qtbot: QtBot, launcher: Launcher, tmp_path: Path) -> None:
    OrgWorkspace.create(tmp_path / "org", "Kierrätys ry").close()
    launcher.settings.last_workspace = tmp_path / "org"
    launcher.start(None)
    assert opened(qtbot, launcher).workspace.folder == tmp_path / "org"
    assert launcher.wizard is None
    close(qtbot, launcher)


def test_first_start_when_nothing_to_open(
    qtbot: QtBot, launcher: Launcher, tmp_path: Path, shown_messages: object
) -> None:
    launcher.start(str(tmp_path / "missing"))
    assert launcher.window is None
    assert isinstance(launcher.wizard, FirstStartWizard)
    assert shown_messages.errors  # type: ignore[attr-defined]  # said why, in words
    close(qtbot, launcher)


def test_demo_from_the_first_start(qtbot: QtBot, launcher: Launcher) -> None:
    launcher.show_first_start()
    wizard = launcher.wizard
    assert wizard is not None
    wizard.next()
    wizard.start_page.options[DEMO].setChecked(True)
    wizard.next()  # makes the demo workspace and accepts
    window = launcher.window
    assert isinstance(window, MainWindow)
    assert window.pages["opportunities"].model.rowCount() > 5
    assert window.workspace.folder.name == "demo"
    close(qtbot, launcher)


def test_crash_handler_logs_and_says_where(
    qtbot: QtBot, tmp_path: Path, shown_messages: object, caplog: pytest.LogCaptureFixture
) -> None:
    log_file = tmp_path / "kuhina.log"
    try:
        crash.install(log_file)
        try:
            raise RuntimeError("rikki")
        except RuntimeError as error:
            with caplog.at_level(logging.CRITICAL):
                sys.excepthook(type(error), error, error.__traceback__)
    finally:
        crash.uninstall()
    assert crash.log_file() is None
    crashes = shown_messages.crashes  # type: ignore[attr-defined]
    assert [str(c) for c in crashes] == ["rikki"]
    crashes.clear()
    assert "rikki" in caplog.text
    assert str(log_file) in crash.CrashDialog.text(log_file)
    assert "saved work is safe" in crash.CrashDialog.text(log_file)


@pytest.mark.slow
def test_smoke_start_of_the_program(tmp_path: Path) -> None:
    """`kuhina --smoke --workspace DIR` starts, shows the window and quits by itself."""
    OrgWorkspace.create(tmp_path / "org", "Savutesti ry").close()
    env = dict(os.environ, KUHINA_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "kuhina_desktop",
            "--smoke",
            "--language",
            "fi",
            "--workspace",
            str(tmp_path / "org"),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    log = (tmp_path / "home" / "logs" / "kuhina.log").read_text(encoding="utf-8")
    assert "starting" in log and "closing (0)" in log


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: no raise()
def test_opening_the_workspace_already_open_keeps_its_window(
    qtbot: QtBot, launcher: Launcher, tmp_path: Path, shown_messages: object
) -> None:
    OrgWorkspace.create(tmp_path / "org", "Kierrätys ry").close()
    launcher.start(str(tmp_path / "org"))
    first = opened(qtbot, launcher)
    assert launcher.open_folder(tmp_path / "org") is True
    assert launcher.window is first
    assert not shown_messages.errors  # type: ignore[attr-defined]  # no "locked" message
    close(qtbot, launcher)


def test_log_is_rotated_at_start_once_it_is_big(tmp_path: Path) -> None:
    """kuhina.log over the limit becomes kuhina.log.1, older ones move up, the oldest goes."""
    from kuhina_desktop.ui import app

    log = tmp_path / "kuhina.log"
    log.write_text("small")
    app._rotate(log)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kuhina.log"]
    log.write_bytes(b"x" * app.LOG_MAX_BYTES)
    for n in (1, 2, 3):
        (tmp_path / f"kuhina.log.{n}").write_text(f"old {n}")
    app._rotate(log)
    assert not log.exists()
    assert (tmp_path / "kuhina.log.1").read_bytes() == b"x" * app.LOG_MAX_BYTES
    assert (tmp_path / "kuhina.log.2").read_text() == "old 1"
    assert (tmp_path / "kuhina.log.3").read_text() == "old 2"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "kuhina.log.1",
        "kuhina.log.2",
        "kuhina.log.3",
    ]


def test_window_closed_before_it_painted_opens_nothing(
    qtbot: QtBot, launcher: Launcher, tmp_path: Path
) -> None:
    """Quit before the first paint: the workspace is not opened (so not left locked)."""
    window = start_on_a_new_workspace(launcher, tmp_path)
    window.close()
    qtbot.wait(700)  # past the first paint and the at-the-latest timer
    assert window.pages == {}
    OrgWorkspace.open(tmp_path / "org").close()  # not locked
    assert launcher.settings.last_workspace is None


def test_window_that_does_not_paint_opens_its_workspace_anyway(
    qtbot: QtBot, launcher: Launcher, tmp_path: Path
) -> None:
    """A window that gets no paint (started minimized, say) still opens its workspace."""
    window = start_on_a_new_workspace(launcher, tmp_path)
    window.hide()  # no paint from here on
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=3000)
    assert set(window.pages) == {"opportunities"}
    close(qtbot, launcher)


def test_an_edit_right_after_the_start_is_saved(
    qtbot: QtBot, launcher: Launcher, tmp_path: Path
) -> None:
    """The first thing done once the rows are shown (a title changed and Enter pressed)
    is in the workspace at once, as it is later on (issue 19: a faster start must not
    change when an edit is saved)."""
    ws = OrgWorkspace.create(tmp_path / "org", "Kierrätys ry")
    ws.save_opportunity(Opportunity(title=Text(fi="Alku")))
    ws.close()
    launcher.start(str(tmp_path / "org"))
    window = opened(qtbot, launcher)
    page = window.pages["opportunities"]
    assert page.model.rowCount() == 1
    page.table.selectRow(0)
    editor = page.form.title.editors["fi"]
    editor.setFocus()
    editor.end(False)
    qtbot.keyClicks(editor, " heti")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.workspace.snapshot().opportunities[0].title.fi == "Alku heti"
    close(qtbot, launcher)
    reopened = OrgWorkspace.open(tmp_path / "org")  # closed with its window: on disk
    try:
        assert reopened.snapshot().opportunities[0].title.fi == "Alku heti"
    finally:
        reopened.close()
