"""Starting on a regional catalogue: the coordinator's window is shown at once and opens
the catalogue after its first paint, as the association's window does (issue 19)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kuhina_desktop.domain.vocab import load_vocabulary
from kuhina_desktop.errors import WorkspaceError
from kuhina_desktop.services.catalogue_start import CatalogueStart, SearchFilters
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from kuhina_desktop.ui.app import Launcher
from kuhina_desktop.ui.association.first_start import FirstStartWizard
from kuhina_desktop.ui.coordinator.catalogue_filters import CatalogueFilterBar, CatalogueQuery
from kuhina_desktop.ui.coordinator.window import PAGES, CoordinatorWindow, create_window
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


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    """A catalogue of three organisations (one record hidden), closed."""
    from tests.catalogue_support.packages import publishers

    folder = tmp_path / "filled"
    with CatalogueWorkspace.create(folder) as ws:
        packs = publishers(3, opportunities=6, seed=13)
        for publisher in packs:
            assert ws.import_package(
                publisher.export(), trust_new=True, decisions="accept_all", actor="t"
            ).done
        ws.hide(packs[0].snapshot.opportunities[0].id, "Testi", "t")
    return folder


def shown_rows(window: CoordinatorWindow) -> list[object]:
    model = window.catalogue.model
    return [model.hit(row) for row in range(model.rowCount())]


def test_the_catalogue_table_has_its_rows_before_the_workspace_opens(
    qtbot: QtBot, launcher: Launcher, filled: Path
) -> None:
    """The catalogue page alone is built, on rows read without the ORM, while the folder is
    locked and nothing else is there; the workspace then opens with the same rows shown
    and the filters, details, other pages and actions come."""
    window = create_window(launcher.context)
    qtbot.addWidget(window)
    done: list[object] = []
    window.opening_done.connect(done.append)
    window.open_workspace(filled)
    assert set(window.pages) == {"catalogue"}
    assert window.rows_shown() and window.is_loading() and not window.opened
    first = shown_rows(window)
    assert len(first) == window.catalogue.model.total > 0
    assert not window.catalogue.filters.isEnabled()
    shown = next(hit for hit in first if not hit.hidden)  # type: ignore[attr-defined]
    assert window.catalogue.select(shown.id)  # type: ignore[attr-defined]
    assert not window.catalogue.hide_button.isEnabled()  # moderation waits for the open
    assert window.catalogue.details.toPlainText().startswith(shown.title_fi)  # type: ignore[attr-defined]
    assert not any(action.isEnabled() for action in window.workspace_actions)
    with pytest.raises(WorkspaceError):
        CatalogueWorkspace.open(filled)  # locked from the start

    qtbot.waitUntil(lambda: not window.is_loading())
    assert done == [None]
    assert set(window.pages) == set(PAGES)
    assert window.stack.currentWidget() is window.pages["inbox"]
    assert shown_rows(window) == first
    result = window.workspace.search("", SearchFilters(), "title", 0, 100)
    assert first == list(result.hits)
    assert window.catalogue.filters.isEnabled()
    assert window.catalogue.hide_button.isEnabled()  # the row chosen before is still chosen
    assert all(action.isEnabled() for action in window.workspace_actions)
    hidden = next(row for row, hit in enumerate(first) if hit.hidden)  # type: ignore[attr-defined]
    window.catalogue.select(first[hidden].id)  # type: ignore[attr-defined]
    assert window.catalogue.unhide_button.isEnabled()
    assert "Testi" in window.catalogue.details.toPlainText()
    window.close()
    CatalogueWorkspace.open(filled).close()  # unlocked with the window


def test_the_filters_start_as_the_first_rows_query(qapp: QApplication) -> None:
    """The first rows answer the unfiltered query, which is the filter bar's first state."""
    bar = CatalogueFilterBar(load_vocabulary())
    assert bar.query() == CatalogueQuery()
    assert bar.query().filters == SearchFilters()


def test_closed_between_the_first_rows_and_the_open(
    qtbot: QtBot, launcher: Launcher, filled: Path
) -> None:
    window = create_window(launcher.context)
    qtbot.addWidget(window)
    done: list[object] = []
    window.opening_done.connect(done.append)
    window.open_workspace(filled)
    assert window.rows_shown()
    window.close()
    qtbot.wait(50)
    assert not window.opened and set(window.pages) == {"catalogue"} and done == []
    CatalogueWorkspace.open(filled).close()  # not left locked


def test_a_first_read_that_fails_shows_the_rows_from_the_workspace(
    qtbot: QtBot,
    launcher: Launcher,
    filled: Path,
    shown_messages: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No message for the read the user did not ask for; the ORM's rows come instead."""

    def broken(*_args: object) -> object:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(CatalogueStart, "first_page", broken)
    window = create_window(launcher.context)
    qtbot.addWidget(window)
    window.open_workspace(filled)
    assert window.catalogue.model.total == 0
    qtbot.waitUntil(lambda: not window.is_loading())
    qtbot.waitUntil(lambda: not window.data_pending())
    assert window.catalogue.model.total == window.workspace.search().total > 0
    assert shown_messages.errors == []  # type: ignore[attr-defined]
    window.close()


def test_a_catalogue_that_fails_to_open_after_its_first_rows(
    qtbot: QtBot,
    launcher: Launcher,
    filled: Path,
    shown_messages: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One message in words, the first start, nothing remembered, nothing left locked."""

    def refuse(cls: object, folder: Path, lock: object, url: object) -> object:
        lock.release()  # type: ignore[attr-defined]
        raise WorkspaceError("workspace_too_new", path=str(folder))

    monkeypatch.setattr(CatalogueWorkspace, "open_locked", classmethod(refuse))
    launcher.start(str(filled))
    window = launcher.window
    assert isinstance(window, CoordinatorWindow)
    qtbot.waitUntil(lambda: launcher.wizard is not None)
    assert launcher.window is None and not window.isVisible()
    errors = shown_messages.errors  # type: ignore[attr-defined]
    assert len(errors) == 1 and "filled" in errors[0]
    errors.clear()
    assert launcher.settings.last_workspace is None
    monkeypatch.undo()
    CatalogueWorkspace.open(filled).close()
    close(qtbot, launcher)
