"""Starting on an organisation workspace: the first page is shown from a read through
`sqlite3` before the workspace is open for writing (issue 19). What it shows equals what
the window shows through the ORM, nothing can be edited until the workspace is open, an
edit right after is saved as always, and a workspace that fails to open then is reported
once."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from window_helpers import type_text

from kuhina_desktop.demo.content import generate_demo
from kuhina_desktop.domain import model
from kuhina_desktop.errors import WorkspaceError
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.ui.app import Launcher
from kuhina_desktop.ui.association.first_start import FirstStartWizard
from kuhina_desktop.ui.association.window import MainWindow
from kuhina_desktop.ui.i18n import Translations
from kuhina_desktop.ui.roles import WindowContext
from kuhina_desktop.ui.settings import UserSettings
from kuhina_desktop.ui.widgets.background import ImmediateExecutor

ODD_TITLES = [
    "Äidinkielen työpaja – ääni & öljy",
    "Åbo språkcafé för nyanlända",
    "Anára sámegiella: Čuđiid ŋ",
    "Perhe 👩‍👩‍👧 ja 🧑🏽‍🍳 keittiö",
    "\u200fعربي\u200f kielikahvila",
    "",
]


class HeldExecutor:
    """Keeps the jobs until the test runs them (the store's import "still running")."""

    def __init__(self) -> None:
        self.jobs: list[Callable[[], None]] = []

    def submit(self, job: Callable[[], None]) -> None:
        self.jobs.append(job)

    def run_all(self) -> None:
        jobs, self.jobs = self.jobs, []
        for job in jobs:
            job()


def make_workspace(folder: Path, opportunities: int) -> None:
    demo = generate_demo(1, opportunities, seed=5)[0]
    ws = OrgWorkspace.create(
        folder, demo.snapshot.organisation.name.fi, organisation=demo.snapshot.organisation
    )
    try:
        ws.load(demo.snapshot, demo.attachments)
        for n, title in enumerate(ODD_TITLES):
            ws.save_opportunity(
                model.Opportunity(
                    title=model.Text(fi=title, sv=f"På svenska {n}"),
                    status=("draft", "published", "paused")[n % 3],
                    places=n or None,
                )
            )
        ws.delete("opportunity", demo.snapshot.opportunities[0].id)
    finally:
        ws.close()


def launcher_with(
    qapp: QApplication, tmp_path: Path, translations: Translations, executor: object
) -> Launcher:
    return Launcher(qapp, UserSettings(tmp_path / "s.ini"), translations, executor)  # type: ignore[arg-type]


def rows_shown(qtbot: QtBot, launcher: Launcher) -> MainWindow:
    qtbot.waitUntil(
        lambda: isinstance(launcher.window, MainWindow) and launcher.window.rows_shown()
    )
    assert isinstance(launcher.window, MainWindow)
    return launcher.window


def cells(window: MainWindow) -> list[list[str]]:
    """Every cell of the opportunities list as shown (sorted as shown), headers first."""
    proxy = window.pages["opportunities"].proxy
    columns = proxy.columnCount()
    header = [
        str(proxy.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
        for c in range(columns)
    ]
    return [header] + [
        [str(proxy.data(proxy.index(r, c), Qt.ItemDataRole.DisplayRole)) for c in range(columns)]
        for r in range(proxy.rowCount())
    ]


def close(qtbot: QtBot, launcher: Launcher) -> None:
    for widget in (launcher.window, launcher.wizard):
        if widget is not None:
            qtbot.addWidget(widget)
            widget.close()


def test_rows_come_first_and_nothing_can_be_edited_until_the_workspace_is_open(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, translations: Translations
) -> None:
    make_workspace(tmp_path / "org", 30)
    executor = HeldExecutor()
    launcher = launcher_with(qapp, tmp_path, translations, executor)
    launcher.start(str(tmp_path / "org"))
    window = rows_shown(qtbot, launcher)
    page = window.pages["opportunities"]
    assert window.is_loading()
    assert not window.workspace.is_open()  # shown from the first read
    assert page.model.rowCount() == 29 + len(ODD_TITLES)
    assert window.windowTitle().startswith("Kuhina – ")
    assert not page.buttons.isEnabled() and not page.new_button.isEnabled()
    assert not page.stack.isEnabled() and not page.delete_action.isEnabled()
    assert not any(action.isEnabled() for action in window.workspace_actions)
    assert page.table.isEnabled() and page.search.isEnabled()  # reading works
    page.table.selectRow(0)
    assert not page.form.isEnabled()  # the chosen record's form takes no typing yet
    window.new_opportunity_action.trigger()
    page.delete_action.trigger()
    assert page.model.rowCount() == 29 + len(ODD_TITLES)
    assert launcher.settings.last_workspace is None  # not before it really opened

    assert len(executor.jobs) == 1
    executor.run_all()
    qtbot.waitUntil(lambda: not window.is_loading())
    assert window.workspace.is_open()
    assert page.buttons.isEnabled() and page.stack.isEnabled() and page.form.isEnabled()
    assert page.delete_action.isEnabled()
    assert all(action.isEnabled() for action in window.workspace_actions)
    assert launcher.settings.last_workspace == (tmp_path / "org").absolute()
    close(qtbot, launcher)


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_first_read_shows_what_the_orm_shows(
    qtbot: QtBot,
    qapp: QApplication,
    tmp_path: Path,
    translations: Translations,
    context: WindowContext,
    language: str,
) -> None:
    """Titles, order and every column, on generated data with non-ASCII text and many
    records, in each interface language."""
    translations.apply(language)
    make_workspace(tmp_path / "org", 250)
    executor = HeldExecutor()
    launcher = launcher_with(qapp, tmp_path, translations, executor)
    launcher.start(str(tmp_path / "org"))
    window = rows_shown(qtbot, launcher)
    assert not window.workspace.is_open()
    fast = cells(window)
    executor.run_all()
    qtbot.waitUntil(lambda: not window.is_loading())
    assert cells(window) == fast  # nothing changes when the workspace opens
    close(qtbot, launcher)

    with OrgWorkspace.open(tmp_path / "org") as workspace:
        through_orm = MainWindow(workspace, context)
        qtbot.addWidget(through_orm)
        through_orm.show()
        assert not through_orm.is_loading()
        assert cells(through_orm) == fast
        through_orm.close()
    assert len(fast) == 1 + 249 + len(ODD_TITLES)
    odd = (
        {f"På svenska {n}" for n in range(len(ODD_TITLES))}
        if language == "sv"
        else {t for t in ODD_TITLES if t}
    )
    assert {row[0] for row in fast[1:]} >= odd


def test_an_edit_right_after_the_start_is_saved(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, translations: Translations
) -> None:
    """As soon as the window takes edits, an edit is saved when the field is left, as
    always (read back from the database file while the window still has it open)."""
    make_workspace(tmp_path / "org", 5)
    launcher = launcher_with(qapp, tmp_path, translations, ImmediateExecutor())
    launcher.start(str(tmp_path / "org"))
    qtbot.waitUntil(
        lambda: isinstance(launcher.window, MainWindow) and not launcher.window.is_loading()
    )
    window = launcher.window
    assert isinstance(window, MainWindow)
    page = window.pages["opportunities"]
    page.table.selectRow(0)
    record = page.selected_records()[0]
    type_text(page.form.title, "Heti muokattu – ääkköset 👩‍👩‍👧")
    with sqlite3.connect(tmp_path / "org" / "kuhina.sqlite") as db:
        (title,) = db.execute(
            "SELECT title_fi FROM opportunity WHERE id = ?", (record.id,)
        ).fetchone()
    assert title == "Heti muokattu – ääkköset 👩‍👩‍👧"
    assert window.statusBar().currentMessage() == "Saved."
    close(qtbot, launcher)
    with OrgWorkspace.open(tmp_path / "org") as workspace:
        saved = next(o for o in workspace.snapshot().opportunities if o.id == record.id)
    assert saved.title.fi == "Heti muokattu – ääkköset 👩‍👩‍👧"


def test_a_workspace_that_fails_to_open_after_its_rows_were_shown(
    qtbot: QtBot,
    qapp: QApplication,
    tmp_path: Path,
    translations: Translations,
    shown_messages: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One message in words; the window closes, the lock is let go, the first start
    follows and nothing is remembered."""
    make_workspace(tmp_path / "org", 3)

    def fails(self: OrgWorkspace) -> None:
        raise WorkspaceError("workspace_too_new", path=str(self.folder))

    monkeypatch.setattr(OrgWorkspace, "finish_opening", fails)
    executor = HeldExecutor()
    launcher = launcher_with(qapp, tmp_path, translations, executor)
    launcher.start(str(tmp_path / "org"))
    rows_shown(qtbot, launcher)
    executor.run_all()
    qtbot.waitUntil(lambda: launcher.wizard is not None)
    assert isinstance(launcher.wizard, FirstStartWizard)
    assert launcher.window is None
    errors = shown_messages.errors  # type: ignore[attr-defined]
    assert len(errors) == 1
    assert "org" in errors[0] and "newer" in errors[0].lower()
    errors.clear()
    assert launcher.settings.last_workspace is None
    monkeypatch.undo()
    OrgWorkspace.open(tmp_path / "org").close()  # not left locked
    close(qtbot, launcher)


def test_closing_while_it_opens(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, translations: Translations
) -> None:
    """Closed before the store had loaded: the lock is let go, and the late end of the
    import opens nothing."""
    make_workspace(tmp_path / "org", 3)
    executor = HeldExecutor()
    launcher = launcher_with(qapp, tmp_path, translations, executor)
    launcher.start(str(tmp_path / "org"))
    window = rows_shown(qtbot, launcher)
    workspace = window.workspace
    qtbot.addWidget(window)
    window.close()
    OrgWorkspace.open(tmp_path / "org").close()
    executor.run_all()
    qtbot.wait(10)
    assert not workspace.is_open()
