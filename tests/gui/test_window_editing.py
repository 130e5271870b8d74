"""Editing in the main window: the bin, Duplicate, status for several rows, undo in a field,
the review flag, the preview, pictures, opening hours and dates."""

from __future__ import annotations

import dataclasses
import io
import warnings
from datetime import date, timedelta
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from window_helpers import choose, type_text

from kuhina_desktop.domain.model import OpeningHours, Opportunity, Text
from kuhina_desktop.services.changes import Changes
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.ui.association.demo import create_demo_workspace
from kuhina_desktop.ui.association.preview import opportunity_html
from kuhina_desktop.ui.association.window import MainWindow, create_window
from kuhina_desktop.ui.i18n import Translations
from kuhina_desktop.ui.roles import WindowContext
from kuhina_desktop.ui.widgets.editors import DateEditor
from kuhina_desktop.ui.widgets.image_editor import ImageFiles
from kuhina_desktop.ui.widgets.opening_hours_editor import OpeningHoursEditor


def add_opportunities(workspace: OrgWorkspace, window: MainWindow, *titles: str) -> None:
    for title in titles:
        workspace.save_opportunity(Opportunity(title=Text(fi=title)))
    window.pages["opportunities"].reload()


def select_rows(page: object, *rows: int) -> None:
    table = page.table  # type: ignore[attr-defined]
    table.clearSelection()
    for row in rows:
        table.selectionModel().select(
            table.model().index(row, 0),
            table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
        )


def test_delete_moves_to_the_bin_and_restore_brings_back(
    window: MainWindow, workspace: OrgWorkspace
) -> None:
    add_opportunities(workspace, window, "Äänikirjapaja", "Öljymaalauspiiri")
    page = window.show_page("opportunities")
    select_rows(page, 0)
    name = page.selected_records()[0].title.fi
    page.delete_action.trigger()
    assert page.model.rowCount() == 1
    assert "bin" in window.statusBar().currentMessage()
    assert [o.title.fi for o in workspace.binned()["opportunity"]] == [name]

    bin_page = window.show_page("bin")
    assert bin_page.model.rowCount() == 1
    bin_page.table.selectRow(0)
    bin_page.restore_button.click()
    assert bin_page.model.rowCount() == 0
    assert window.pages["opportunities"].model.rowCount() == 2
    assert "restored" in window.statusBar().currentMessage()


def test_duplicate_makes_a_draft_copy(window: MainWindow, workspace: OrgWorkspace) -> None:
    workspace.save_opportunity(
        Opportunity(
            title=Text(fi="Työkokeilu", sv="Arbetsprövning"),
            status="published",
            reviewed_on=date.today().isoformat(),
        )
    )
    page = window.show_page("opportunities")
    page.reload()
    page.table.selectRow(0)
    window.duplicate_action.trigger()
    titles = sorted(
        (o.title.fi, o.title.sv, o.status, o.reviewed_on)
        for o in workspace.snapshot().opportunities
    )
    assert titles[1] == ("Työkokeilu (copy)", "Arbetsprövning (copy)", "draft", None)
    assert page.form.record.title.fi == "Työkokeilu (copy)"


def test_status_of_several_rows_at_once(window: MainWindow, workspace: OrgWorkspace) -> None:
    add_opportunities(workspace, window, "Yksi", "Kaksi", "Kolme")
    page = window.show_page("opportunities")
    select_rows(page, 0, 1, 2)
    assert len(page.selected_records()) == 3
    assert not page.duplicate_button.isEnabled()
    page.set_status("paused")
    assert {o.status for o in workspace.snapshot().opportunities} == {"paused"}
    assert "3" in window.statusBar().currentMessage()
    page.set_status("published")
    assert "problems" in window.statusBar().currentMessage()


def test_undo_in_the_field_and_saved_when_left(
    qtbot: QtBot, window: MainWindow, workspace: OrgWorkspace
) -> None:
    add_opportunities(workspace, window, "Alku")
    page = window.show_page("opportunities")
    page.table.selectRow(0)
    editor = page.form.title.editors["fi"]
    editor.setFocus()
    editor.end(False)
    qtbot.keyClicks(editor, " plus")
    assert editor.text() == "Alku plus"
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.text() != "Alku plus"
    qtbot.keyClicks(editor, "x")
    assert workspace.snapshot().opportunities[0].title.fi == "Alku"  # not saved while typing
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert workspace.snapshot().opportunities[0].title.fi == editor.text()


def test_review_flag_after_six_months(window: MainWindow, workspace: OrgWorkspace) -> None:
    old = (date.today() - timedelta(days=200)).isoformat()
    opp = Opportunity(title=Text(fi="Vanha"), status="published", reviewed_on=old)
    workspace.store.put_opportunity(dataclasses.replace(opp, updated_at=old + "T10:00:00+02:00"))
    window.on_changes(Changes(lists={"opportunities"}))
    page = window.show_page("opportunities")
    page.proxy.set_filter("review")
    assert page.proxy.rowCount() == 1
    checklist = window.show_page("checklist")
    assert checklist.counts[2] == 1
    page = window.show_page("opportunities")
    page.proxy.set_filter("all")
    page.table.selectRow(0)
    assert "Due for review" in page.form.reviewed_on.label.text()
    page.form.reviewed_on.button.click()
    assert workspace.snapshot().opportunities[0].reviewed_on == date.today().isoformat()
    assert window.show_page("checklist").counts[2] == 0


def test_preview_escapes_text(window: MainWindow, workspace: OrgWorkspace) -> None:
    opp = Opportunity(
        title=Text(fi="<script>alert(1)</script> Työ"),
        description=Text(fi="Rivi 1\nRivi <b>2</b>"),
        kind="work_trial",
    )
    html = opportunity_html(opp, workspace.snapshot(), workspace.vocab, "fi")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "Rivi 1<br>Rivi &lt;b&gt;2&lt;/b&gt;" in html
    assert "työkokeilu" in html.lower()


def png_with_metadata(path: Path) -> Path:
    image = Image.new("RGB", (640, 480), (200, 120, 40))
    exif = Image.Exif()
    exif[0x010F] = "Kamera Oy"  # Make
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif.tobytes())
    path.write_bytes(buffer.getvalue())
    return path


def test_photos_from_the_file_dialog_are_stripped_and_shown(
    window: MainWindow, workspace: OrgWorkspace, tmp_path: Path, monkeypatch: object
) -> None:
    photo = png_with_metadata(tmp_path / "kuva.jpg")
    monkeypatch.setattr(ImageFiles, "choose", classmethod(lambda cls, *a: [photo]))  # type: ignore[attr-defined]
    page = window.show_page("environments")
    page.on_new_clicked()
    page.form.photos.add_button.click()
    saved = workspace.snapshot().environments[0]
    assert len(saved.photos) == 1
    content = workspace.attachment(saved.photos[0])
    assert content is not None and b"Kamera Oy" not in content
    assert page.form.photos.view.model().rowCount() == 1

    (tmp_path / "rikki.png").write_bytes(b"not a picture")
    monkeypatch.setattr(ImageFiles, "choose", classmethod(lambda cls, *a: [tmp_path / "rikki.png"]))  # type: ignore[attr-defined]
    page.form.photos.add_button.click()
    row = page.form.rows["photos"]
    assert row.problem.isVisibleTo(page.form) and "rikki.png" in row.problem.text()


def test_opening_hours_grid_round_trip(qtbot: QtBot) -> None:
    editor = OpeningHoursEditor()
    qtbot.addWidget(editor)
    hours = [
        OpeningHours(1, "08:00", "11:30"),
        OpeningHours(1, "12:00", "16:00"),
        OpeningHours(5, "10:00", "24:00"),
    ]
    editor.set_value(hours)
    assert editor.value() == hours
    with qtbot.waitSignal(editor.committed):
        editor.periods[3][0].box.click()
    assert OpeningHours(3, "08:00", "16:00") in editor.value()


def test_date_editor_with_no_date(qtbot: QtBot) -> None:
    editor = DateEditor()
    qtbot.addWidget(editor)
    editor.set_value(None)
    assert editor.value() is None and not editor.date_edit.isEnabled()
    with qtbot.waitSignal(editor.committed):
        editor.none_box.click()
    assert editor.value() == date.today().isoformat()
    editor.set_value("2027-02-28")
    assert editor.value() == "2027-02-28"


def test_new_record_keeps_untouched_fields_quiet(window: MainWindow) -> None:
    page = window.show_page("opportunities")
    page.on_new_clicked()
    form = page.form
    assert not form.rows["title"].problem.isVisibleTo(form)
    type_text(form.title, "")
    assert form.rows["title"].problem.isVisibleTo(form)
    assert not form.rows["municipalities"].problem.isVisibleTo(form)
    choose(form.kind, "training")
    assert form.record.kind == "training"


def test_a_logo_dropped_from_the_file_manager(
    window: MainWindow, workspace: OrgWorkspace, tmp_path: Path
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    logo = png_with_metadata(tmp_path / "logo.jpg")
    editor = window.show_page("organisation").form.logo
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(logo))])
    with warnings.catch_warnings():  # PySide6 6.12 has only a deprecated constructor
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            editor.rect().center(),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    editor.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(editor.rect().center()),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    editor.dropEvent(drop)
    saved = workspace.organisation.logo
    assert saved is not None and saved.startswith("attachments/")
    assert editor.value() == [saved]


def test_an_edit_that_cannot_be_saved_is_not_dropped(
    window: MainWindow, workspace: OrgWorkspace, monkeypatch: object, shown_messages: object
) -> None:
    from kuhina_desktop.errors import KnownError
    from kuhina_desktop.ui.widgets.confirm import Confirm

    add_opportunities(workspace, window, "Äänikirjapaja", "Öljymaalauspiiri")
    page = window.show_page("opportunities")
    select_rows(page, 0)
    edited_id = page.form.record_id

    def disk_full(_opp: Opportunity) -> Changes:
        raise KnownError("file_write_failed", path="kuhina.sqlite", reason="disk full")

    monkeypatch.setattr(workspace, "save_opportunity", disk_full)  # type: ignore[attr-defined]
    type_text(page.form.title, "Muokattu otsikko", leave=False)
    select_rows(page, 1)  # moving to another record tries to save, and fails
    assert shown_messages.errors  # type: ignore[attr-defined]  # the user was told
    assert page.form.record_id == edited_id  # ... and stays on the edit
    assert page.form.title.editors["fi"].text() == "Muokattu otsikko"

    asked: list[str] = []
    monkeypatch.setattr(  # type: ignore[attr-defined]
        Confirm,
        "ask",
        classmethod(lambda cls, parent, title, text, action=None: asked.append(text)),
    )
    assert window.close() is False  # "close anyway?" answered no: the window stays
    assert asked


def test_form_is_built_when_a_row_is_chosen_and_gets_half_the_page(
    qtbot: QtBot, context: WindowContext, translations: Translations, tmp_path: Path
) -> None:
    """The window opens its workspace after it is shown, without the page's form (a hint
    instead); choosing a row builds the form, and its pane is as wide as the list even
    though the hint it replaced was narrow."""
    translations.apply("fi")  # longer texts than English: a wide table
    folder = create_demo_workspace(folder=tmp_path / "org")
    window = create_window(context)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    qtbot.waitExposed(window)  # laid out and painted before the workspace opens, as at start
    window.open_workspace(folder)
    page = window.pages["opportunities"]
    assert not page.has_form()
    qtbot.waitExposed(page.table)  # the splitter is laid out here
    select_rows(page, 0)
    assert page.has_form() and page.stack.currentWidget() is page.form
    qtbot.waitExposed(page.form)
    left, right = page.splitter.sizes()
    assert right >= 0.4 * (left + right)
    window.close()
