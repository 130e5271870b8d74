"""The checklist lists each coaching environment whose photos will not be published because
their permission to publish is not confirmed; activating the row opens the environment at
the first such photo's box, and the row goes once every photo is ticked (issue 20)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.ui.association.pages.checklist_page import ChecklistItem, ChecklistPage
from kuhina_desktop.ui.association.window import MainWindow
from kuhina_desktop.ui.i18n import Translations
from kuhina_desktop.ui.widgets.table_model import OBJECT_ROLE
from tests.gui.test_photo_confirmation_ui import click, environment_with_two_photos


def photo_rows(checklist: ChecklistPage) -> list[tuple[int, ChecklistItem]]:
    found = []
    for row in range(checklist.proxy.rowCount()):
        item = checklist.proxy.data(checklist.proxy.index(row, 0), OBJECT_ROLE)
        if isinstance(item, ChecklistItem) and item.id.endswith("/unpublished_photos"):
            found.append((row, item))
    return found


def boxes(form: object) -> list[object]:
    return [c.box for c in form.photo_descriptions.confirmations]  # type: ignore[attr-defined]


def show_checklist(window: MainWindow) -> ChecklistPage:
    checklist = window.show_page("checklist")
    assert isinstance(checklist, ChecklistPage)
    return checklist


def test_unconfirmed_photos_are_listed_until_they_are_ticked(
    qtbot: QtBot, window: MainWindow, workspace: OrgWorkspace, tmp_path: Path
) -> None:
    form = environment_with_two_photos(window, tmp_path)
    (env,) = workspace.snapshot().environments
    first, second = form.photo_descriptions.confirmations  # type: ignore[attr-defined]
    click(qtbot, first.box)  # the first is confirmed, the second is not

    checklist = show_checklist(window)
    ((row, item),) = photo_rows(checklist)
    assert (item.record_type, item.record_id, item.record_name) == (
        "environment",
        env.id,
        "Kirpputori",
    )
    assert item.message.startswith("1 photo will not be published, because the permission")
    assert checklist.proxy.index(row, checklist.model.FIELD).data() == (
        "Permission to publish the photos"
    )
    assert "1 photo will not be published until" in checklist.summary.text()
    assert checklist.unpublished_photos == 1
    assert checklist.counts[1] == 0  # it does not stop the package

    # "go to it": the environment opens at the unconfirmed photo's box
    with qtbot.waitSignal(checklist.navigate) as signal:
        checklist.table.activated.emit(checklist.proxy.index(row, 0))
    assert signal.args == ["environment", env.id, "photo_confirmed_on[1]"]
    page = window.pages["environments"]
    assert window.stack.currentWidget() is page  # type: ignore[attr-defined]
    assert page.form.record_id == env.id  # type: ignore[attr-defined]
    second = page.form.photo_descriptions.confirmations[1]  # type: ignore[attr-defined]
    assert QApplication.focusWidget() is second.box

    click(qtbot, second.box)
    checklist = show_checklist(window)
    assert photo_rows(checklist) == []
    assert checklist.unpublished_photos == 0
    assert "will not be published" not in checklist.summary.text()


def test_unticking_a_photo_lists_its_environment_again(
    qtbot: QtBot, window: MainWindow, workspace: OrgWorkspace, tmp_path: Path
) -> None:
    form = environment_with_two_photos(window, tmp_path)
    checklist = show_checklist(window)
    ((_, item),) = photo_rows(checklist)
    assert item.message.startswith("2 photos will not be published")
    assert item.field == "photo_confirmed_on[0]"
    for n in (0, 1):
        click(qtbot, boxes(form)[n])
    assert photo_rows(show_checklist(window)) == []
    click(qtbot, boxes(form)[0])
    ((_, item),) = photo_rows(show_checklist(window))
    assert item.message.startswith("1 photo will not be published")
    assert item.field == "photo_confirmed_on[0]"


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_every_checklist_row_is_as_tall_as_its_wrapped_text(
    qtbot: QtBot,
    window: MainWindow,
    workspace: OrgWorkspace,
    translations: Translations,
    tmp_path: Path,
    language: str,
) -> None:
    """The long advice ("Mitä tehdä") wraps onto as many lines as it needs, however wide the
    other columns are: rows of one fixed height cut the photo row's advice off mid-sentence
    ("… tai j…")."""
    translations.apply(language)
    QApplication.processEvents()
    environment_with_two_photos(window, tmp_path)
    checklist = show_checklist(window)
    checklist.reload()
    QApplication.processEvents()
    assert photo_rows(checklist)
    table = checklist.table
    table.setColumnWidth(0, 420)  # the volunteer widens the names: the advice gets narrower
    QApplication.processEvents()
    cut = [
        (row, table.rowHeight(row), table.sizeHintForRow(row))
        for row in range(checklist.proxy.rowCount())
        if table.rowHeight(row) < table.sizeHintForRow(row)
    ]
    assert cut == []
