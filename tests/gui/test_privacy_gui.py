"""Issue 20 in the windows: Help → Privacy notice in both apps shows the catalogue's notice
offline in the interface language; the coordinator's outputs page sets the notice's
controller and warns when it is missing; the audit page's CSV export leaves the contact
people's personal data out unless "With personal data" is ticked, and the file is 0600."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kuhina_desktop.domain import model
from kuhina_desktop.exports.site_data import strings_for
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from kuhina_desktop.services.site_settings import load_site_settings
from kuhina_desktop.ui.association.window import MainWindow
from kuhina_desktop.ui.coordinator.dialogs import FileChooser
from kuhina_desktop.ui.coordinator.outputs import WEB
from kuhina_desktop.ui.coordinator.window import CoordinatorWindow
from kuhina_desktop.ui.i18n import Translations
from kuhina_desktop.ui.roles import WindowContext
from kuhina_desktop.ui.widgets.privacy import PrivacyNoticeWindow
from tests.catalogue_support.packages import publishers
from tests.gui.conftest import OFFSCREEN_NOISE

MENU = {"fi": "Tieto&suojaseloste", "sv": "&Dataskyddsbeskrivning", "en": "&Privacy notice"}
HEADINGS = {"fi": "Tietosuojaseloste", "sv": "Dataskyddsbeskrivning", "en": "Privacy notice"}
PERSON = ("Ilmatar Kyyhkynen-Pöllänen", "ilmatar.kyyhkynen@henkilo.example.fi", "+358407654321")
RAISE_NOISE = r"This plugin does not support raise\(\)"


@pytest.fixture
def coordinator(
    qtbot: QtBot, tmp_path: Path, context: WindowContext
) -> Iterator[CoordinatorWindow]:
    ws = CatalogueWorkspace.create(tmp_path / "catalogue")
    main = CoordinatorWindow(ws, context, actor="koordinaattori")
    qtbot.addWidget(main)
    main.show()
    yield main
    main.close()
    ws.close()


def shown_notice(parent: QWidget) -> PrivacyNoticeWindow:
    notice = parent.findChild(PrivacyNoticeWindow)
    assert notice is not None and notice.isVisible()
    return notice


@pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, RAISE_NOISE)
def test_the_associations_app_shows_the_notice_in_every_language(
    qtbot: QtBot, window: MainWindow, translations: Translations
) -> None:
    translations.apply("fi")
    QApplication.processEvents()
    assert window.privacy_action in window.help_menu.actions()
    assert window.privacy_action.text() == MENU["fi"]
    assert window.privacy_action.isEnabled()  # no workspace needed
    window.privacy_action.trigger()
    notice = shown_notice(window)
    for lang in ("fi", "sv", "en"):
        translations.apply(lang)
        QApplication.processEvents()
        assert window.privacy_action.text() == MENU[lang]
        text = notice.browser.document().toPlainText()
        assert text.startswith(HEADINGS[lang])
        s = strings_for(lang)
        assert s["privacy_controller_app"] in text  # it cannot know the coordinator's setting
        assert s["privacy_where_opendata"] in text and s["privacy_rights"] in text
    assert notice.windowTitle() == "Kuhina privacy notice"


@pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, RAISE_NOISE)
def test_the_coordinator_sets_the_controller_and_the_notice_names_it(
    qtbot: QtBot, coordinator: CoordinatorWindow, translations: Translations, tmp_path: Path
) -> None:
    translations.apply("fi")
    QApplication.processEvents()
    [pub] = publishers(1, opportunities=2, seed=83)
    ws = coordinator.workspace
    assert ws.import_package(pub.export(), trust_new=True, decisions="accept_all").done
    outputs = coordinator.show_page("outputs")
    assert outputs.controller_label.text() == "&Rekisterinpitäjä:"
    web = outputs.sections[WEB]
    letters = [
        m.lower()
        for child in outputs.findChildren(QLabel) + outputs.findChildren(QAbstractButton)
        if child.isVisibleTo(outputs)
        for m in re.findall(r"&(\w)", child.text())
    ]
    assert len(letters) == len(set(letters)), letters  # no Alt-key clashes
    web.folder.setText(str(tmp_path / "site"))
    outputs.on_publish_clicked()
    assert "Tietosuojaseloste ei vielä nimeä rekisterinpitäjää" in web.result.text()

    outputs.controller_name.setText("Kuhina-hanke ry")
    outputs.controller_email.setText("ei osoite")
    outputs.on_publish_clicked()
    assert web.result.text().startswith("Ei tehty: Rekisterinpitäjän sähköpostiosoite")
    assert load_site_settings(ws.folder).controller_name is None  # nothing saved
    outputs.controller_email.setText("tietosuoja@kuhina.example.fi")
    outputs.on_publish_clicked()
    assert "rekisterinpitäjää" not in web.result.text()
    assert load_site_settings(ws.folder).controller_email == "tietosuoja@kuhina.example.fi"
    page = (tmp_path / "site" / "tietosuojaseloste.html").read_text("utf-8")
    assert "Kuhina-hanke ry" in page

    coordinator.privacy_action.trigger()
    notice = shown_notice(coordinator)
    assert coordinator.privacy_action.text() == MENU["fi"]
    text = notice.browser.document().toPlainText()
    assert text.startswith("Tietosuojaseloste") and "Kuhina-hanke ry" in text
    assert "tietosuoja@kuhina.example.fi" in text
    translations.apply("sv")
    QApplication.processEvents()
    assert notice.browser.document().toPlainText().startswith("Dataskyddsbeskrivning")


def change_contact(snapshot: model.Snapshot) -> None:
    first = snapshot.organisation.contacts[0]
    name, email, phone = PERSON
    snapshot.organisation.contacts[0] = model.Contact(first.id, name, first.role, email, phone)


def test_the_audit_csv_leaves_personal_data_out_unless_asked(
    coordinator: CoordinatorWindow,
    translations: Translations,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    translations.apply("fi")
    QApplication.processEvents()
    [pub] = publishers(1, opportunities=2, seed=85)
    ws = coordinator.workspace
    assert ws.import_package(pub.export(), trust_new=True, decisions="accept_all").done
    pub.edit(change_contact)
    assert ws.import_package(pub.export(), decisions="accept_all").done
    audit = coordinator.show_page("audit")
    audit.load()
    assert audit.personal_data.text() == "Henkilö&tiedot mukaan"
    assert not audit.personal_data.isChecked()
    target = tmp_path / "out" / "audit.csv"
    target.parent.mkdir()
    monkeypatch.setattr(FileChooser, "save", staticmethod(lambda *_a, **_k: target))
    old = os.umask(0o022)
    try:
        with_it = {}
        for ticked in (False, True):
            audit.personal_data.setChecked(ticked)
            audit.on_export_clicked()
            assert oct(target.stat().st_mode & 0o777) == oct(0o600)
            with_it[ticked] = target.read_text("utf-8-sig")
    finally:
        os.umask(old)
    rows = {t: list(csv.DictReader(io.StringIO(text))) for t, text in with_it.items()}
    assert len(rows[False]) == len(rows[True]) >= 2
    for value in (*PERSON, "Kyyhkynen", "407654321"):
        assert value not in with_it[False], value
    for value in PERSON:
        assert value in with_it[True], value
    changes = [
        change
        for row in rows[False]
        for change in json.loads(row["details"]).get("changes") or []
        if change.get("field") == "contacts"
    ]
    assert changes and all(c["personal_data"] == "left_out" for c in changes)
