"""Switching the language in the settings changes every window at once, without a restart:
our texts, code-list labels, problem messages and Qt's own standard buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from window_helpers import type_text

from kuhina_desktop.domain.model import Opportunity, Text
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.ui.association.settings_dialog import SettingsDialog
from kuhina_desktop.ui.association.window import MainWindow


def switch(qtbot: QtBot, window: MainWindow, language: str) -> None:
    dialog = SettingsDialog(window.workspace, window)
    qtbot.addWidget(dialog)
    dialog.language_chosen.connect(window.on_language_chosen)
    index = dialog.language.findData(language)
    dialog.language.setCurrentIndex(index)
    dialog.language.activated.emit(index)
    qtbot.waitUntil(lambda: dialog.windowTitle() != "Settings" or language == "en")


def test_language_switch_without_restart(
    qtbot: QtBot, window: MainWindow, workspace: OrgWorkspace
) -> None:
    workspace.save_opportunity(Opportunity(title=Text(fi="Työkokeilu"), kind="work_trial"))
    page = window.show_page("opportunities")
    page.reload()
    page.table.selectRow(0)
    type_text(page.form.title, "")  # a problem, in the interface language
    assert window.file_menu.title() == "&File"
    assert page.model.data(page.model.index(0, page.model.KIND)) == "Work trial"

    switch(qtbot, window, "fi")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Tiedosto")
    assert window.navigation.item(2).text() == "Mahdollisuudet"
    assert page.new_button.text() == "Uusi mahdollisuus"
    assert page.model.data(page.model.index(0, page.model.KIND)) == "Työkokeilu"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Otsikko"
    assert "Suomenkielinen teksti puuttuu" in page.form.rows["title"].problem.text()
    assert page.form.rows["title"].label.text() == "Otsikko *"
    assert window.context.settings.language == "fi"

    switch(qtbot, window, "sv")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Arkiv")
    assert page.model.data(page.model.index(0, page.model.STATUS)) == "Utkast"
    assert "finska texten saknas" in page.form.rows["title"].problem.text()

    switch(qtbot, window, "en")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")


def test_qt_standard_dialog_buttons_are_translated(qtbot: QtBot, window: MainWindow) -> None:
    window.context.set_language("fi")
    dialog = SettingsDialog(window.workspace, window)
    qtbot.addWidget(dialog)
    close = dialog.findChildren(type(dialog.passphrase_button))
    assert any(button.text() in ("Sulje", "&Sulje") for button in close)
