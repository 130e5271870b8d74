"""The traps a new volunteer met in the first hour (issue 15), each as a user meets it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kuhina_desktop.domain.model import Opportunity, Text
from kuhina_desktop.errors import ValidationFailed
from kuhina_desktop.packages import keys
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.ui.association import send_places
from kuhina_desktop.ui.association.send_dialog import EXPORT_FOLDER, SendDialog
from kuhina_desktop.ui.association.send_places import Drive, Drives, looks_removable
from kuhina_desktop.ui.association.window import MainWindow
from kuhina_desktop.ui.coordinator.trust import KeyToConfirm, TrustDialog
from kuhina_desktop.ui.i18n import Translations
from kuhina_desktop.ui.widgets import screen_fit
from kuhina_desktop.ui.widgets.background import ImmediateExecutor
from tests.gui.window_helpers import choose, tick, type_text

MNEMONIC = re.compile(r"&([^&\s])")


def complete_opportunity(workspace: OrgWorkspace, title: str, status: str) -> Opportunity:
    opp = Opportunity(
        title=Text(fi=title),
        description=Text(fi="Kuvaus siitä, mitä tehdään."),
        target_groups=["long_term_unemployed"],
        municipalities=["167"],
        status=status,
    )
    workspace.save_opportunity(opp)
    return opp


def stick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder the send dialog takes for a plugged-in USB stick."""
    root = tmp_path / "media" / "KINGSTON"
    root.mkdir(parents=True)
    monkeypatch.setattr(Drives, "removable", classmethod(lambda cls: [Drive(root, "KINGSTON")]))
    return root


def mnemonics(widget: QWidget) -> list[str]:
    letters = []
    for child in widget.findChildren(QWidget):
        if not child.isVisibleTo(widget):
            continue
        if isinstance(child, QLabel | QAbstractButton):
            letters += [m.lower() for m in MNEMONIC.findall(child.text())]
    return letters


# -- 1. the send dialog -------------------------------------------------------------------
def test_removable_drives_are_told_apart_from_the_system_disk() -> None:
    assert looks_removable("/media/anna/KINGSTON", "vfat", "/", "linux")
    assert looks_removable("/run/media/anna/USB", "exfat", "/", "linux")
    assert not looks_removable("/", "ext4", "/", "linux")
    assert not looks_removable("/home", "ext4", "/", "linux")
    assert not looks_removable("/media/", "ext4", "/", "linux")
    assert looks_removable("E:/", "FAT32", "C:/", "win32")
    assert not looks_removable("C:/", "NTFS", "C:/", "win32")
    assert not looks_removable("Z:/", "CIFS", "C:/", "win32")
    assert looks_removable("/Volumes/STICK", "msdos", "/", "darwin")


def test_send_offers_the_usb_stick_and_says_where_the_package_went(
    qtbot: QtBot,
    window: MainWindow,
    workspace: OrgWorkspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    translations: Translations,
) -> None:
    translations.apply("fi")
    root = stick(tmp_path, monkeypatch)
    complete_opportunity(workspace, "Työkokeilu kirpputorilla", "published")
    dialog = SendDialog(workspace, window, executor=ImmediateExecutor())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.target.folder() == root  # nothing used before: the stick comes first
    assert "USB-muisti" in dialog.target.place.currentText()
    expected = root / "testiyhdistys-ry-1.kuhina"
    assert str(expected) in dialog.target.full_path.text()
    letters = mnemonics(dialog)
    assert len(letters) == len(set(letters)), letters  # no Alt-key clashes
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert expected.is_file()
    assert dialog.done_heading.text() == f"✓ Paketti tallennettiin: {expected}"
    assert dialog.open_folder_button.isVisible() and dialog.open_folder_button.isDefault()
    assert dialog.open_folder_button.text() == "&Avaa kansio"
    assert workspace.setting(EXPORT_FOLDER) == str(root)

    again = SendDialog(workspace, window, executor=ImmediateExecutor())
    qtbot.addWidget(again)
    assert again.target.folder() == root  # remembered
    assert again.target.file_name() == "testiyhdistys-ry-2.kuhina"


def test_without_a_stick_the_dialog_says_so_and_another_folder_can_be_chosen(
    qtbot: QtBot,
    window: MainWindow,
    workspace: OrgWorkspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(Drives, "removable", classmethod(lambda cls: []))
    chosen = tmp_path / "elsewhere"
    chosen.mkdir()
    monkeypatch.setattr(
        send_places.FolderChoice, "choose", classmethod(lambda cls, parent, title, start: chosen)
    )
    dialog = SendDialog(workspace, window, executor=ImmediateExecutor())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.target.drive_note.isVisible()
    assert "No USB stick" in dialog.target.drive_note.text()
    dialog.target.another_button.click()
    assert dialog.target.path() == chosen / "testiyhdistys-ry-1.kuhina"
    dialog.target.name.setText("")
    dialog.on_make_clicked()
    assert dialog.result is None and "name" in dialog.error.text()
    assert not list(chosen.iterdir())


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_send_dialog_has_no_alt_key_clashes(
    qtbot: QtBot, workspace: OrgWorkspace, translations: Translations, language: str
) -> None:
    translations.apply(language)
    complete_opportunity(workspace, "Valmis luonnos", "draft")
    Opportunity()
    dialog = SendDialog(workspace, None, executor=ImmediateExecutor())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.publish_button.isVisible()
    letters = mnemonics(dialog)
    assert letters and len(letters) == len(set(letters)), letters


# -- 2. drafts ----------------------------------------------------------------------------
def test_complete_drafts_are_one_click_from_published_and_plainly_said(
    qtbot: QtBot, window: MainWindow, workspace: OrgWorkspace, translations: Translations
) -> None:
    translations.apply("fi")
    complete_opportunity(workspace, "Valmis luonnos", "draft")
    half = Opportunity(title=Text(fi="Keskeneräinen"))
    workspace.save_opportunity(half)
    checklist = window.show_page("checklist")
    summary = checklist.summary.text()
    assert "0 julkaistua mahdollisuutta lähetetään" in summary
    assert "2 luonnosta jää tälle tietokoneelle" in summary
    assert checklist.publish_button.isVisible()
    assert "(1)" in checklist.publish_button.text()
    drafts = [checklist.model.record(r) for r in range(checklist.model.rowCount())]
    assert [d.record_id for d in drafts if d.id.endswith("/draft")] == [half.id]

    dialog = SendDialog(workspace, window, executor=ImmediateExecutor())
    qtbot.addWidget(dialog)
    dialog.changes_made.connect(window.on_changes)  # as the window's Send does
    assert "2 luonnosta jää tälle tietokoneelle" in dialog.drafts_label.text()
    assert "Keskeneräinen" in dialog.drafts_label.text()
    dialog.publish_button.click()
    statuses = {o.title.fi: o.status for o in workspace.snapshot().opportunities}
    assert statuses == {"Valmis luonnos": "published", "Keskeneräinen": "draft"}
    assert "1 julkaistu mahdollisuus" in dialog.contents.text()
    assert not dialog.publish_button.isVisible()
    assert checklist.counts[0] == 1  # the window heard of the change


def test_the_form_says_draft_and_publishes_with_one_click(
    qtbot: QtBot, window: MainWindow, workspace: OrgWorkspace
) -> None:
    page = window.show_page("opportunities")
    page.on_new_clicked()
    form = page.form
    bar = form.status_bar
    assert bar.button.isVisibleTo(form) and "Draft" in bar.note.text()
    bar.button.click()  # something is missing: say what, do not publish
    assert workspace.snapshot().opportunities[0].status == "draft"
    assert form.rows["description"].problem.isVisibleTo(form)
    type_text(form.title, "Kahvilatyö")
    type_text(form.description, "Asiakaspalvelua ja leipomista.")
    tick(form.target_groups, "long_term_unemployed")
    form.target_groups.committed.emit()
    form.municipalities.set_value(["167"])
    form.municipalities.committed.emit()
    assert form.problems == [], form.problems
    assert "complete" in bar.note.text()
    bar.button.click()
    assert workspace.snapshot().opportunities[0].status == "published"
    assert not bar.button.isVisibleTo(form) and "Published" in bar.note.text()


# -- 3. no stray blank record ------------------------------------------------------------
def test_new_environment_on_a_page_not_yet_built_opens_it_and_a_blank_one_goes_away(
    qtbot: QtBot, window: MainWindow, workspace: OrgWorkspace
) -> None:
    assert "environments" not in window.pages
    window.new_environment_action.trigger()
    page = window.pages["environments"]
    assert window.stack.currentWidget() is page
    assert page.stack.currentWidget() is page.form
    assert page.form.record_id == workspace.snapshot().environments[0].id
    window.new_environment_action.trigger()  # again: the blank one is reused
    assert len(workspace.snapshot().environments) == 1
    window.show_page("opportunities")  # left untouched: nothing stays behind
    assert workspace.snapshot().environments == []
    assert workspace.binned()["environment"] == []
    assert window.show_page("checklist").counts[1] == 0

    window.new_environment_action.trigger()
    type_text(page.form.name, "Kirpputori")
    window.show_page("opportunities")
    assert [e.name.fi for e in workspace.snapshot().environments] == ["Kirpputori"]


# -- 4. the window fits the screen -------------------------------------------------------
@pytest.mark.parametrize(
    ("width", "height"),
    [(1366, 768), (1280, 720), (1093, 614), (1024, 576)],  # 100 % and 125 % scaling
)
def test_the_window_fits_small_laptop_screens(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    width: int,
    height: int,
) -> None:
    area = QRect(0, 0, width, height - 40)  # the task bar
    monkeypatch.setattr(screen_fit, "available_area", lambda widget: area)
    for key in ("organisation", "environments", "opportunities", "checklist"):
        window.show_page(key)
    window.pages["opportunities"].on_new_clicked()
    window.resize(1280, 800)
    screen_fit.fit_to_screen(window)
    frame = screen_fit.FRAME_ALLOWANCE
    assert window.width() + frame[0] <= area.width()
    assert window.height() + frame[1] <= area.height()
    assert window.x() >= 0 and window.y() >= 0
    QApplication.processEvents()
    bar = window.statusBar()
    assert bar.isVisible() and bar.geometry().bottom() <= window.height()


def test_the_window_opens_within_the_1366x768_test_screen(window: MainWindow) -> None:
    available = window.screen().availableGeometry()
    assert available.width() == 1366 and available.height() == 768
    assert window.frameGeometry().height() <= available.height()
    assert window.height() + screen_fit.FRAME_ALLOWANCE[1] <= available.height()


# -- 5. the mouse wheel ------------------------------------------------------------------
def wheel(widget: QWidget, delta: int) -> None:
    point = QPointF(widget.rect().center())
    event = QWheelEvent(
        point,
        QPointF(widget.mapToGlobal(point.toPoint())),
        QPoint(0, 0),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_the_form_not_the_language_tabs_or_lists(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.show_page("opportunities")
    page.on_new_clicked()
    form = page.form
    bar = form.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0
    tabs = form.description
    assert tabs.currentIndex() == 0
    wheel(tabs.tabBar(), -120)
    assert tabs.currentIndex() == 0  # still Finnish
    after_tabs = bar.value()
    assert after_tabs > 0  # the form scrolled instead
    languages = form.languages  # a list of six rows with more to scroll
    assert languages.verticalScrollBar().maximum() > 0
    wheel(languages.viewport(), -120)
    assert languages.verticalScrollBar().value() == 0
    assert bar.value() > after_tabs  # the list did not keep it
    kind = form.kind
    before = kind.currentIndex()
    wheel(kind, -120)
    assert kind.currentIndex() == before


# -- 6. no layout jump -------------------------------------------------------------------
def test_a_problem_appearing_does_not_move_the_fields_below(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.show_page("opportunities")
    page.on_new_clicked()
    form = page.form
    QApplication.processEvents()
    below = form.rows["kind"]
    y_before = below.mapTo(form.body, QPoint(0, 0)).y()
    type_text(form.title, "x")
    type_text(form.title, "")  # now a problem: the Finnish title is required
    QApplication.processEvents()
    assert form.rows["title"].problem.isVisibleTo(form)
    assert below.mapTo(form.body, QPoint(0, 0)).y() == y_before


# -- 7. plural texts of a page's base class ----------------------------------------------
def test_several_rows_chosen_is_said_in_finnish(
    qtbot: QtBot, window: MainWindow, workspace: OrgWorkspace, translations: Translations
) -> None:
    translations.apply("fi")
    complete_opportunity(workspace, "Yksi", "published")
    complete_opportunity(workspace, "Kaksi", "published")
    page = window.show_page("opportunities")
    page.reload()
    page.table.selectAll()
    assert "rows" not in page.empty.text()
    assert page.empty.text().startswith("2 ")


# -- 8. the fingerprint to read aloud ----------------------------------------------------
def test_the_fingerprint_reads_aloud_as_digits_on_both_sides(
    qtbot: QtBot, workspace: OrgWorkspace, window: MainWindow
) -> None:
    fingerprint = workspace.fingerprint()
    spoken = keys.spoken_fingerprint(fingerprint)
    assert re.fullmatch(r"(\d{5} ){5}\d{5}", spoken)
    page = window.show_page("organisation")
    assert page.form.key_info.spoken.text() == spoken
    assert not page.form.key_info.copy_button.autoDefault()
    key = KeyToConfirm(
        organisation_id=workspace.organisation.id,
        organisation_name="Testiyhdistys ry",
        fingerprint=fingerprint,
        display=f"256 {fingerprint} no comment (ED25519)",
    )
    dialog = TrustDialog(key)
    qtbot.addWidget(dialog)
    assert dialog.spoken.text() == spoken
    dialog.heard.setText(spoken.replace(" ", "-"))
    assert dialog.heard_matches() is True
    wrong = ("1" if spoken[0] != "1" else "2") + spoken[1:]
    dialog.heard.setText(wrong)
    assert dialog.heard_matches() is False
    dialog.heard.setText(fingerprint)
    assert dialog.heard_matches() is True


# -- 10. photo descriptions --------------------------------------------------------------
def photo_file(tmp_path: Path) -> Path:
    from PIL import Image

    path = tmp_path / "kirpputori.jpg"
    Image.new("RGB", (320, 240), (180, 140, 90)).save(path)
    return path


def test_a_photo_needs_a_description_which_travels_in_the_package(
    qtbot: QtBot, window: MainWindow, workspace: OrgWorkspace, tmp_path: Path
) -> None:
    import json
    import zipfile

    from kuhina_desktop.services import package_export

    page = window.show_page("environments")
    page.on_new_clicked()
    form = page.form
    type_text(form.name, "Kirpputori")
    type_text(form.address.street, "Kauppakatu 1")
    type_text(form.address.postal_code, "80100")
    choose(form.address.municipality, "167")
    form.photos.add_files([photo_file(tmp_path)])
    row = form.rows["photo_descriptions"]
    assert len(form.photo_descriptions.editors) == 1
    assert row.problem.isVisibleTo(form) and "Photo 1" in row.problem.text()
    out = tmp_path / "p.kuhina"
    with pytest.raises(ValidationFailed):
        package_export.export_package(workspace, out, passphrase=None)
    type_text(form.photo_descriptions.editors[0], "Lajittelupöytä takahuoneessa")
    assert not row.problem.isVisibleTo(form)
    env = workspace.snapshot().environments[0]
    assert [t.fi for t in env.photo_descriptions] == ["Lajittelupöytä takahuoneessa"]
    package_export.export_package(workspace, out, passphrase=None)
    with zipfile.ZipFile(out) as archive:
        data = json.loads(archive.read("data.json"))
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["format_version"] == 3
    described = data["environments"][0]["photo_descriptions"]
    assert described == [{"fi": "Lajittelupöytä takahuoneessa", "sv": None, "en": None}]


# -- 9. what a volunteer cannot know or must repeat ------------------------------------
def test_the_postal_code_fills_in_the_post_office_and_municipality(
    qtbot: QtBot, window: MainWindow, workspace: OrgWorkspace, translations: Translations
) -> None:
    translations.apply("fi")
    page = window.show_page("environments")
    page.on_new_clicked()
    form = page.form
    assert not form.rows["latitude"].isVisibleTo(form)  # nobody is asked for coordinates
    type_text(form.name, "Kirpputori")
    type_text(form.address.postal_code, "81700")
    assert form.address.post_office.value() == "Lieksa"
    assert form.address.municipality.value() == "422"
    saved = workspace.snapshot().environments[0].address
    assert (saved.post_office, saved.municipality) == ("Lieksa", "422")
    choose(form.address.municipality, "167")
    row = form.rows["address.postal_code"]
    assert row.problem.isVisibleTo(form)
    assert "81700" in row.problem.text() and "Joensuu" in row.problem.text()
    type_text(form.address.postal_code, "80100")  # a Joensuu code: the warning goes
    assert not row.problem.isVisibleTo(form)
    assert form.address.post_office.value() == "Joensuu"  # ours, so replaced
    type_text(form.address.post_office, "Oma toimipaikka")
    type_text(form.address.postal_code, "81700")
    assert form.address.post_office.value() == "Oma toimipaikka"  # the user's is kept


def test_opening_hours_same_for_every_weekday(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtCore import QTime

    page = window.show_page("environments")
    page.on_new_clicked()
    hours = page.form.opening_hours
    monday = hours.periods[1][0]
    monday.box.click()
    monday.opens.setTime(QTime(9, 0))
    monday.closes.setTime(QTime(15, 30))
    hours.same_button.click()
    value = hours.value()
    assert [(h.day, h.opens, h.closes) for h in value] == [
        (day, "09:00", "15:30") for day in range(1, 6)
    ]


def test_an_opportunity_takes_its_municipality_from_its_environment(
    qtbot: QtBot, window: MainWindow, workspace: OrgWorkspace
) -> None:
    from kuhina_desktop.domain.model import Address, Environment

    env = Environment(
        name=Text(fi="Kirpputori"), address=Address("Torikatu 1", "81700", "Lieksa", "422")
    )
    workspace.save_environment(env)
    page = window.show_page("opportunities")
    page.on_new_clicked()
    form = page.form
    choose(form.environment, env.id)
    assert form.municipalities.value() == ["422"]
    assert workspace.snapshot().opportunities[0].municipalities == ["422"]


# -- 12. smaller things ------------------------------------------------------------------
@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_first_start_form_goes_in_reading_order_and_can_choose_a_folder(
    qtbot: QtBot,
    translations: Translations,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    from kuhina_desktop.ui.association.first_start import FirstStartWizard

    translations.apply(language)
    wizard = FirstStartWizard(executor=ImmediateExecutor())
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    page = wizard.create_page
    order = [page.name]
    while len(order) < 6:
        order.append(order[-1].nextInFocusChain())
        while not order[-1].focusPolicy() & Qt.FocusPolicy.TabFocus:
            order[-1] = order[-1].nextInFocusChain()
    expected = [page.name, page.business_id, page.folder, page.browse_button]
    assert order[:4] == expected
    assert order[4:6] == [page.passphrase.first, page.passphrase.second]
    letters = mnemonics(wizard)
    assert len(letters) == len(set(letters)), letters
    monkeypatch.setattr(
        send_places.FolderChoice, "choose", classmethod(lambda cls, p, t, s: tmp_path)
    )
    page.browse_button.click()
    assert Path(page.folder.text()).parent == tmp_path


def test_a_field_named_as_its_section_shows_the_title_once(
    qtbot: QtBot, window: MainWindow, workspace: OrgWorkspace
) -> None:
    page = window.show_page("environments")
    page.on_new_clicked()
    form = page.form
    assert not form.rows["opening_hours"].label.isVisibleTo(form)  # "Opening hours" once
    assert form.rows["name"].label.isVisibleTo(form)
    assert form.rows["photo_descriptions"].label.isVisibleTo(form)
