"""Erasing a person and removing an organisation's records from the coordinator's
organisations view, in Finnish on a 1366×768 screen: a bad value and no match are said
in the dialog and change nothing, the search shows who and what, Erase asks once more,
and after it the person is gone from the catalogue and the audit log keeps every entry
plus one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kuhina_desktop.catalogue.retention import FLAG
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from kuhina_desktop.ui.coordinator.erasure_dialog import EraseDialog
from kuhina_desktop.ui.coordinator.organisations import OrganisationsPage
from kuhina_desktop.ui.i18n import Translations
from kuhina_desktop.ui.widgets.confirm import Confirm
from tests.catalogue_support.packages import Publisher, publishers
from tests.unit.test_erasure import database_text


@pytest.fixture
def imported(tmp_path: Path) -> Iterator[tuple[CatalogueWorkspace, list[Publisher]]]:
    pubs = publishers(2, opportunities=3)
    with CatalogueWorkspace.create(tmp_path / "catalogue") as ws:
        for p in pubs:
            ws.import_package(p.export(), decisions="accept_all", actor="k")
            ws.trust(p.organisation_id, p.fingerprint, actor="k")
            ws.import_waiting(p.organisation_id, actor="k")
        yield ws, pubs


@pytest.fixture
def page(
    qtbot: QtBot, imported: tuple[CatalogueWorkspace, list[Publisher]], translations: Translations
) -> OrganisationsPage:
    translations.apply("fi")
    view = OrganisationsPage(imported[0], "koordinaattori")
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    view.load()
    return view


def open_dialog(qtbot: QtBot, page: OrganisationsPage) -> EraseDialog:
    assert page.erase_button.text() == "Poista &henkilön tiedot…"
    page.erase_button.click()
    dialog = page.erase_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "Henkilön tietojen poistaminen"
    return dialog


def search(dialog: EraseDialog, kind: str, value: str) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    dialog.kind.activated.emit(dialog.kind.currentIndex())
    dialog.value.setText(value)
    dialog.find_button.click()


def test_bad_values_and_no_match_are_said_and_change_nothing(
    qtbot: QtBot,
    page: OrganisationsPage,
    imported: tuple[CatalogueWorkspace, list[Publisher]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ws, _pubs = imported
    before = database_text(ws)
    asked: list[str] = []
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda *a, **k: asked.append("x") or True))
    dialog = open_dialog(qtbot, page)
    for kind, value, said in [
        ("email", "ei osoite", "ei ole sähköpostiosoite"),
        ("phone", "12", "ei ole puhelinnumero"),
        ("name", "   ", "tyhjä"),
        ("name", "Ei Kukaan", "Mitään ei muutettu"),
    ]:
        search(dialog, kind, value)
        assert said in dialog.outcome.text()
        assert dialog.matches.count() == 0 and not dialog.erase_button.isEnabled()
    dialog.erase_button.click()  # disabled: nothing happens
    assert asked == [] and database_text(ws) == before


def test_a_person_is_found_shown_and_erased_after_asking(
    qtbot: QtBot,
    page: OrganisationsPage,
    imported: tuple[CatalogueWorkspace, list[Publisher]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ws, pubs = imported
    person = pubs[0].snapshot.organisation.contacts[1]
    entries = len(ws.audit())
    questions: list[str] = []
    answers = iter([False, True])

    def ask(_cls: object, _parent: object, _title: str, text: str, _action: object = None) -> bool:
        questions.append(text)
        return next(answers)

    monkeypatch.setattr(Confirm, "ask", classmethod(ask))
    dialog = open_dialog(qtbot, page)
    national = "0" + person.phone.removeprefix("+358")
    assert national != person.phone  # typed in another form than stored
    search(dialog, "phone", f"{national[:3]}-{national[3:6]} {national[6:]}")
    assert dialog.matches.count() == 1
    assert person.name in dialog.matches.item(0).text()
    assert pubs[0].snapshot.organisation.name.fi in dialog.matches.item(0).text()
    assert "Poistettavat yhteyshenkilöt (1)" in dialog.outcome.text()
    assert dialog.erase_button.isEnabled()

    dialog.erase_button.click()  # "no" the first time
    assert person.name in questions[0] and person.name in database_text(ws)
    assert len(ws.audit()) == entries

    with qtbot.waitSignal(dialog.erased):
        dialog.erase_button.click()
    assert "Yhteyshenkilöt poistettu (1)" in dialog.outcome.text()
    assert person.name not in database_text(ws) and person.email not in database_text(ws)
    assert len(ws.audit()) == entries + 1
    assert not dialog.erase_button.isEnabled()


def test_remove_records_asks_and_removes_the_chosen_organisation(
    qtbot: QtBot,
    page: OrganisationsPage,
    imported: tuple[CatalogueWorkspace, list[Publisher]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ws, pubs = imported
    gone = pubs[1]
    ws.revoke(gone.organisation_id, actor="k")
    page.load()
    assert FLAG in next(s for s in ws.status() if s.organisation_id == gone.organisation_id).flags
    page.select(gone.organisation_id)
    entry = next(e for e in page.model.records if e.id == gone.organisation_id)
    assert "Poistettava" in page.model.cell(entry, page.model.NOTES)
    questions: list[str] = []
    monkeypatch.setattr(
        Confirm,
        "ask",
        classmethod(lambda _c, _p, _t, text, _a=None: questions.append(text) or True),
    )
    page.remove_button.click()
    assert gone.snapshot.organisation.name.fi in questions[0]
    assert "ei ole merkitty poistettavaksi" not in questions[0]  # it is due
    assert ws.records_of(gone.organisation_id).opportunities == {}
    for person in gone.snapshot.organisation.contacts:
        assert person.name not in database_text(ws)
    assert ws.records_of(pubs[0].organisation_id).opportunities
