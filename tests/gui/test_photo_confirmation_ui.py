"""The coaching environment's photos in the association's window: under each description a
box "The people in this photo have agreed to its publication, or no person can be
recognised in it". Ticking it saves today's date, the package carries it and the web
catalogue publishes only that photo; an unconfirmed photo says it will not be published;
a confirmation stays with its photo (issue 20, package format 3)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kuhina_desktop.packages.reader import read_package
from kuhina_desktop.services import package_export
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.ui.association.window import MainWindow
from kuhina_desktop.ui.i18n import Translations
from tests.gui.window_helpers import choose, type_text


def photo_files(tmp_path: Path) -> list[Path]:
    files = []
    for name, colour in (("lajittelu.jpg", (180, 140, 90)), ("kassa.jpg", (40, 90, 170))):
        path = tmp_path / name
        Image.new("RGB", (320, 240), colour).save(path)
        files.append(path)
    return files


def environment_with_two_photos(window: MainWindow, tmp_path: Path) -> object:
    page = window.show_page("environments")
    page.on_new_clicked()  # type: ignore[attr-defined]
    form = page.form  # type: ignore[attr-defined]
    type_text(form.name, "Kirpputori")
    type_text(form.address.street, "Kauppakatu 1")
    type_text(form.address.postal_code, "80100")
    choose(form.address.municipality, "167")
    form.photos.add_files(photo_files(tmp_path))
    QApplication.processEvents()  # the new rows are shown by a queued call (QLayout)
    editors = form.photo_descriptions.editors
    assert len(editors) == 2
    type_text(editors[0], "Lajittelupöytä takahuoneessa")
    type_text(editors[1], "Kassa ja asiakas")
    return form


def click(qtbot: QtBot, widget: object) -> None:
    """A click in the middle of the check box (or of its sentence), as a volunteer clicks."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())  # type: ignore[attr-defined]


def test_ticking_a_photo_saves_it_and_only_that_photo_is_published(
    qtbot: QtBot, window: MainWindow, workspace: OrgWorkspace, tmp_path: Path
) -> None:
    form = environment_with_two_photos(window, tmp_path)
    first, second = form.photo_descriptions.confirmations  # type: ignore[attr-defined]
    for confirmation in (first, second):
        assert not confirmation.box.isChecked()
        assert confirmation.note.isVisibleTo(form)
        assert "Not published" in confirmation.note.text()
    sentence = (
        "The people in this photo have agreed to its publication, or no person can be "
        "recognised in it"
    )
    assert first.sentence.text() == sentence and first.box.accessibleName() == sentence
    (env,) = workspace.snapshot().environments
    assert env.photo_confirmed_on == [None, None]

    click(qtbot, first.box)
    today = date.today().isoformat()
    assert first.box.isChecked() and "Not published" not in first.note.text()
    assert "Not published" in second.note.text()
    (env,) = workspace.snapshot().environments  # saved at once
    assert env.photo_confirmed_on == [today, None]
    confirmed_ref, unconfirmed_ref = env.photos

    package = tmp_path / "p.kuhina"
    package_export.export_package(workspace, package, passphrase=None)
    data = package.read_bytes()
    (sent,) = read_package(data).snapshot.environments
    assert sent.photo_confirmed_on == [today, None] and sent.photos == env.photos

    # the coordinator keeps both photos; what every output reads has the confirmed one only
    # (tests/e2e/test_photo_confirmation_outputs.py follows it into the files)
    with CatalogueWorkspace.create(tmp_path / "catalogue") as catalogue:
        assert catalogue.import_package(data, trust_new=True, decisions="accept_all").done
        (org,) = catalogue.published().organisations
    (published,) = org.environments
    assert published.photos == [confirmed_ref] and unconfirmed_ref in env.photos
    assert [t.fi for t in published.photo_descriptions] == ["Lajittelupöytä takahuoneessa"]

    # unticking withdraws it: a click on the sentence, as on a check box's own text
    click(qtbot, first.sentence)
    assert workspace.snapshot().environments[0].photo_confirmed_on == [None, None]
    assert "Not published" in first.note.text()


def test_a_confirmation_stays_with_its_photo_when_another_is_removed(
    qtbot: QtBot, window: MainWindow, workspace: OrgWorkspace, tmp_path: Path
) -> None:
    form = environment_with_two_photos(window, tmp_path)
    click(qtbot, form.photo_descriptions.confirmations[1].box)  # type: ignore[attr-defined]
    (env,) = workspace.snapshot().environments
    kept = env.photos[1]
    assert env.photo_confirmed_on == [None, date.today().isoformat()]
    view = form.photos.view  # type: ignore[attr-defined]
    view.setCurrentIndex(view.model().index(0, 0))
    form.photos.remove_button.click()  # type: ignore[attr-defined]
    (env,) = workspace.snapshot().environments
    assert env.photos == [kept]
    assert env.photo_confirmed_on == [date.today().isoformat()]
    assert [t.fi for t in env.photo_descriptions] == ["Kassa ja asiakas"]
    (confirmation,) = form.photo_descriptions.confirmations  # type: ignore[attr-defined]
    assert confirmation.box.isChecked()


def test_the_photo_confirmation_in_finnish_and_its_screenshot(
    qtbot: QtBot,
    window: MainWindow,
    workspace: OrgWorkspace,
    translations: Translations,
    tmp_path: Path,
) -> None:
    """In Finnish: the box and both notes (build/screenshots.py shows them on the demo)."""
    translations.apply("fi")
    form = environment_with_two_photos(window, tmp_path)
    first, second = form.photo_descriptions.confirmations  # type: ignore[attr-defined]
    click(qtbot, first.box)
    assert first.sentence.text() == (
        "Kuvassa olevat ihmiset ovat antaneet luvan kuvan julkaisemiseen, tai kuvasta ei voi "
        "tunnistaa ketään"
    )
    assert first.note.text().startswith("Vahvistettu ")
    assert second.note.text().startswith("Ei julkaista: kuva lähetetään koordinaattorille")
