"""The contacts editor's "May be published": ticking it asks the volunteer to confirm they
asked the person and records today's date and who recorded it; unticking withdraws it; a
cancelled confirmation records nothing (issue 20, package format 3)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kuhina_desktop.domain.model import Contact
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.ui.association.window import MainWindow
from kuhina_desktop.ui.i18n import Translations
from kuhina_desktop.ui.widgets.consent_dialog import ConsentDialog
from kuhina_desktop.ui.widgets.contacts_editor import ContactTableModel

PERSON = Contact(name="Äijä Öhman", email="aija@example.fi")


def contacts_page(window: MainWindow, workspace: OrgWorkspace) -> object:
    org = workspace.organisation
    org.contacts = [PERSON]
    workspace.save_organisation(org)
    page = window.show_page("organisation")
    page.form.load(workspace.organisation)  # type: ignore[attr-defined]
    return page


def consent_index(editor: object) -> object:
    return editor.model.index(0, ContactTableModel.CONSENT)  # type: ignore[attr-defined]


def test_ticking_records_the_day_and_who_asked_and_unticking_withdraws(
    qtbot: QtBot, window: MainWindow, workspace: OrgWorkspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.screen().size().width() == 1366 and window.screen().size().height() == 768
    editor = contacts_page(window, workspace).form.contacts  # type: ignore[attr-defined]
    model = editor.model
    index = consent_index(editor)
    assert model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    asked: list[tuple[str, str]] = []

    def cancel(cls: type, parent: object, person: str, recorded_by: str = "") -> None:
        asked.append((person, recorded_by))
        return None

    monkeypatch.setattr(ConsentDialog, "ask", classmethod(cancel))
    model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert asked == [("Äijä Öhman", "")]
    assert not workspace.organisation.contacts[0].may_be_published()
    assert model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked

    def confirm(cls: type, parent: object, person: str, recorded_by: str = "") -> str:
        asked.append((person, recorded_by))
        return "Maija Vapaaehtoinen"

    monkeypatch.setattr(ConsentDialog, "ask", classmethod(confirm))
    model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    saved = workspace.organisation.contacts[0]
    assert (saved.consent_given_on, saved.consent_recorded_by) == (
        date.today().isoformat(), "Maija Vapaaehtoinen")  # fmt: skip
    assert model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert "Maija Vapaaehtoinen" in model.data(index)

    model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    saved = workspace.organisation.contacts[0]
    assert saved.consent_given_on is None and saved.consent_recorded_by is None
    # the next person's dialog offers the name last typed
    model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert asked[-1] == ("Äijä Öhman", "Maija Vapaaehtoinen")


def test_the_dialog_needs_the_confirmation_and_a_name(qtbot: QtBot) -> None:
    dialog = ConsentDialog(None, "Äijä Öhman")
    qtbot.addWidget(dialog)
    ok = dialog.ok
    assert not ok.isEnabled()
    dialog.recorder.setText("  Maija   Vapaaehtoinen ")
    assert not ok.isEnabled()  # named, not confirmed
    dialog.confirmation.setChecked(True)
    assert ok.isEnabled() and dialog.recorded_by() == "Maija Vapaaehtoinen"
    dialog.recorder.setText("   ")
    assert not ok.isEnabled()
    assert "Äijä Öhman" in dialog.explanation.text()


def test_the_consent_field_in_finnish_and_its_screenshot(
    qtbot: QtBot,
    window: MainWindow,
    workspace: OrgWorkspace,
    translations: Translations,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """In Finnish: the column, the note and the dialog; a screenshot of each for the docs
    (written when KUHINA_SCREENSHOTS names a folder)."""
    translations.apply("fi")
    page = contacts_page(window, workspace)
    editor = page.form.contacts  # type: ignore[attr-defined]
    header = editor.model.headerData(ContactTableModel.CONSENT, Qt.Orientation.Horizontal)
    assert header == "Saa julkaista"
    assert editor.model.data(consent_index(editor)) == "Ei"
    assert "järjestön" in editor.consent_note.text()
    dialog = ConsentDialog(window, "Äijä Öhman", "Maija Vapaaehtoinen")
    qtbot.addWidget(dialog)
    assert dialog.confirmation.text() == "Kysyin henkilöltä luvan julkaista hänen yhteystietonsa"
    assert dialog.windowTitle() == "Lupa julkaista yhteystiedot"
    assert dialog.ok.text() == "Kirjaa lupa"
    out = os.environ.get("KUHINA_SCREENSHOTS")
    if out:
        window.resize(1366, 768)
        page.form.scroll_area.ensureWidgetVisible(editor)  # type: ignore[attr-defined]
        editor.view.resizeColumnsToContents()
        QApplication.processEvents()
        window.grab().save(str(Path(out) / "app-fi-contact-consent.png"))
        dialog.confirmation.setChecked(True)
        dialog.show()
        QApplication.processEvents()
        dialog.grab().save(str(Path(out) / "app-fi-contact-consent-dialog.png"))
