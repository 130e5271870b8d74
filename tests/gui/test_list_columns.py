"""The lists beside the forms (issue 15, item 12: "list columns cut at half width"): once
rows come, each column is as wide as what it shows, nothing runs off the list's right edge
at the half of a 1366x768 window, the columns that do not fit come back when the list is
widened, and the column titles' menu shows or hides any column but the name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QMenu, QTableView
from pytestqt.qtbot import QtBot

from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.ui.association.pages.records_page import RecordsPage
from kuhina_desktop.ui.association.window import MainWindow
from kuhina_desktop.ui.i18n import Translations
from kuhina_desktop.ui.widgets import column_fit
from tests.gui.window_helpers import choose, tick, type_text


def shown_columns(table: QTableView) -> list[int]:
    header = table.horizontalHeader()
    return [c for c in range(header.count()) if not header.isSectionHidden(c)]


def cut_columns(table: QTableView) -> list[str]:
    """Columns whose title or cells do not fit their width, and columns running off the
    list's right edge (reached only by scrolling sideways)."""
    header = table.horizontalHeader()
    model = table.model()
    cut = []
    for column in shown_columns(table):
        title = model.headerData(column, Qt.Orientation.Horizontal)
        needed = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
        if header.sectionSize(column) < needed:
            cut.append(f"{title}: {header.sectionSize(column)} < {needed}")
        if header.sectionViewportPosition(column) + header.sectionSize(column) > (
            table.viewport().width()
        ):
            cut.append(f"{title}: past the right edge")
    return cut


def settle(page: RecordsPage) -> None:
    QApplication.processEvents()
    page.table.viewport().update()
    QApplication.processEvents()


def publish_a_work_trial(page: RecordsPage, title: str) -> None:
    page.on_new_clicked()  # on a list that was empty
    form = page.form
    type_text(form.title, title)
    choose(form.kind, "work_trial")
    type_text(form.description, "Myymälätyötä ja asiakaspalvelua ohjatusti.")
    tick(form.target_groups, "immigrants")
    form.target_groups.committed.emit()
    form.municipalities.set_value(["167", "276"])
    form.municipalities.committed.emit()
    form.status_bar.button.click()  # publish


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_columns_fit_their_rows_and_stay_inside_the_list(
    qtbot: QtBot, window: MainWindow, translations: Translations, language: str
) -> None:
    translations.apply(language)
    QApplication.processEvents()
    screen = window.screen().availableGeometry()
    assert (screen.width(), screen.height()) == (1366, 768)
    page = window.show_page("opportunities")
    publish_a_work_trial(page, "Työkokeilu kirpputorilla")
    settle(page)
    table = page.table
    assert table.model().rowCount() == 1
    assert cut_columns(table) == []
    assert table.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways to
    model = page.model
    shown = shown_columns(table)
    for column in (model.TITLE, model.STATUS, model.CHECK):
        assert column in shown, model.headerData(column, Qt.Orientation.Horizontal)

    # Widened (the splitter dragged to the right), more columns come back, still uncut.
    hidden = len(model.COLUMNS) - len(shown)
    assert hidden > 0, "at half of 1366 px not every column fits"
    total = sum(page.splitter.sizes())
    page.splitter.setSizes([total - 200, 200])
    settle(page)
    assert len(shown_columns(table)) > len(shown)
    assert cut_columns(table) == []


def test_the_environments_list_too(
    qtbot: QtBot, window: MainWindow, workspace: OrgWorkspace, translations: Translations
) -> None:
    translations.apply("sv")  # "Arbetsuppgifter" ran off the list
    QApplication.processEvents()
    window.new_environment_action.trigger()
    page = window.pages["environments"]
    type_text(page.form.name, "Kirpputori Rekka")
    type_text(page.form.address.postal_code, "80100")
    settle(page)
    assert page.model.rowCount() == 1
    assert cut_columns(page.table) == []


def test_the_column_menu_shows_a_hidden_column_and_hides_it_again(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.show_page("opportunities")
    publish_a_work_trial(page, "Kahvilatyö")
    settle(page)
    table, model = page.table, page.model
    header: QHeaderView = table.horizontalHeader()
    [missing, *_] = [c for c in range(header.count()) if header.isSectionHidden(c)]
    shown: list[QMenu] = []
    monkeypatch.setattr(column_fit, "show_menu", lambda menu, at: shown.append(menu))
    header.customContextMenuRequested.emit(QPoint(5, 5))
    [menu] = shown
    actions = {a.text(): a for a in menu.actions()}
    title = model.headerData(model.TITLE, Qt.Orientation.Horizontal)
    assert not actions[title].isEnabled()  # the name always shows
    wanted = model.headerData(missing, Qt.Orientation.Horizontal)
    assert not actions[wanted].isChecked()
    actions[wanted].trigger()  # chosen by the user: shown, reached by scrolling if need be
    settle(page)
    assert not header.isSectionHidden(missing)
    assert header.sectionSize(missing) >= table.sizeHintForColumn(missing)
    page.splitter.setSizes([300, sum(page.splitter.sizes()) - 300])  # narrower still
    settle(page)
    assert not header.isSectionHidden(missing), "the user's choice stays"

    header.customContextMenuRequested.emit(QPoint(5, 5))
    actions = {a.text(): a for a in shown[-1].actions()}
    assert actions[wanted].isChecked()
    actions[wanted].trigger()
    settle(page)
    assert header.isSectionHidden(missing)
