"""The coordinator's main flow, as they go through it on demo packages, with real worker
threads: drop packages → confirm a new organisation's key by its fingerprint → review and
reject one change with a reason → import → the catalogue and the audit log show it → hide
a record → publish the web catalogue and make the Excel workbooks → the outputs exist and
leave the hidden record out. A replayed and a tampered package are refused, with reasons.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from coordinator_demo import NEW_TITLE, DemoPackages, make_demo_packages
from openpyxl import load_workbook
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from pytestqt.qtbot import QtBot

from kuhina_desktop.catalogue.review import REJECT
from kuhina_desktop.messages import translate
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from kuhina_desktop.ui.coordinator.catalogue_page import CataloguePage
from kuhina_desktop.ui.coordinator.dialogs import FolderOpener, ReasonDialog
from kuhina_desktop.ui.coordinator.inbox import InboxPage
from kuhina_desktop.ui.coordinator.inbox_model import DONE, READY, REFUSED_STATE, WAITING
from kuhina_desktop.ui.coordinator.outputs import EXCEL, WEB
from kuhina_desktop.ui.coordinator.review_model import RecordGroup
from kuhina_desktop.ui.coordinator.window import CoordinatorWindow
from kuhina_desktop.ui.i18n import Translations
from kuhina_desktop.ui.roles import WindowContext
from kuhina_desktop.ui.settings import UserSettings
from kuhina_desktop.ui.widgets.background import ThreadPoolExecutor

WAIT_MS = 60_000


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoPackages:
    return make_demo_packages(tmp_path_factory.mktemp("demo"))


@pytest.fixture
def catalogue_ws(tmp_path: Path) -> Iterator[CatalogueWorkspace]:
    ws = CatalogueWorkspace.create(tmp_path / "catalogue")
    yield ws
    ws.close()


@pytest.fixture
def threaded_window(
    qtbot: QtBot, tmp_path: Path, translations: Translations, catalogue_ws: CatalogueWorkspace
) -> Iterator[CoordinatorWindow]:
    executor = ThreadPoolExecutor()
    context = WindowContext(UserSettings(tmp_path / "settings.ini"), translations.apply, executor)
    window = CoordinatorWindow(catalogue_ws, context, actor="koordinaattori")
    qtbot.addWidget(window)
    window.show()
    yield window
    executor.wait(WAIT_MS)


def drop_files(widget: InboxPage, paths: list[Path]) -> None:
    """Drop files on the inbox as a file manager would (Qt delivers a drop only after a
    real drag, so the test hands the event to the handler)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    position = QPointF(QPoint(10, 10))
    enter = QDragEnterEvent(
        position,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    widget.dragEnterEvent(enter)
    assert enter.isAccepted()
    event = QDropEvent(
        position,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    widget.dropEvent(event)
    assert event.isAccepted()


def add_and_wait(qtbot: QtBot, window: CoordinatorWindow, paths: list[Path]) -> None:
    with qtbot.waitSignal(window.inbox.entries_checked, timeout=WAIT_MS):
        drop_files(window.inbox, paths)


def search(qtbot: QtBot, catalogue: CataloguePage, text: str) -> None:
    """Type a search and wait for its first rows (they are fetched in a worker thread)."""
    with qtbot.waitSignal(catalogue.model.total_changed, timeout=WAIT_MS):
        catalogue.filters.search.setText(text)
        catalogue.filters.on_search_paused()


def entry_for(window: CoordinatorWindow, path: Path) -> object:
    row = window.inbox.model.row_of(str(path.resolve()))
    assert row >= 0, path
    return window.inbox.model.record(row)


def test_the_coordinator_flow(
    qtbot: QtBot,
    threaded_window: CoordinatorWindow,
    demo: DemoPackages,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = threaded_window
    inbox = window.inbox

    # -- packages dropped on the inbox wait for their keys to be confirmed -------------------
    add_and_wait(qtbot, window, demo.first)
    assert inbox.model.rowCount() == 3
    for path in demo.first:
        entry = entry_for(window, path)
        assert entry.state == WAITING
        text = inbox.model.data(inbox.model.index(inbox.model.row_of(entry.id), 3))
        assert "confirm its key by phone" in text
    assert "0 ready to review, 3 waiting" in inbox.summary.text()
    org_page = window.organisations
    assert {s.status.trust_state for s in org_page.model.records} == {"pending"}

    # -- confirm the first organisation's key by the fingerprint read over the phone --------
    first = entry_for(window, demo.first[0])
    inbox.select_entry(first.id)
    assert inbox.trust_button.isEnabled() and not inbox.review_button.isEnabled()
    qtbot.mouseClick(inbox.trust_button, Qt.MouseButton.LeftButton)
    dialog = inbox.trust_dialog
    assert dialog is not None and dialog.isVisible()
    fingerprint = first.package.fingerprint
    assert dialog.fingerprint.text() == f"256 {fingerprint} no comment (ED25519)"
    assert first.package.organisation_name in dialog.windowTitle()
    assert not dialog.trust_button.isEnabled()
    dialog.heard.setText("SHA256:" + "A" * 43)
    dialog.done_by_phone.setChecked(True)
    assert "Does not match" in dialog.match.text()
    assert not dialog.trust_button.isEnabled()
    dialog.heard.setText(fingerprint[len("SHA256:") :])  # read out without the prefix
    assert "Matches" in dialog.match.text()
    assert dialog.trust_button.isEnabled()
    with qtbot.waitSignal(inbox.catalogue_changed, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
    first = entry_for(window, demo.first[0])
    assert first.state == READY
    name = first.package.organisation_name
    trusted = [s.status for s in org_page.model.records if s.status.name == name]
    assert trusted[0].trust_state == "trusted" and trusted[0].fingerprint == fingerprint

    # -- review and import the first package, accepting everything ----------------------------
    inbox.select_entry(first.id)
    qtbot.mouseClick(inbox.review_button, Qt.MouseButton.LeftButton)
    review = inbox.review_dialog
    assert review is not None and review.isVisible()
    counts = first.counts
    assert review.model.rowCount() == counts["added"]
    with qtbot.waitSignal(review.applied, timeout=WAIT_MS) as applied:
        qtbot.mouseClick(review.import_button, Qt.MouseButton.LeftButton)
    assert applied.args[0].status == "imported"
    assert "Imported" in review.result_label.text()
    review.close()
    assert entry_for(window, demo.first[0]).state == DONE
    qtbot.waitUntil(lambda: window.catalogue.model.total > 0, timeout=WAIT_MS)

    # -- the second package changes a title: reject that change with a reason ----------------
    add_and_wait(qtbot, window, [demo.second])
    second = entry_for(window, demo.second)
    assert second.state == READY
    assert second.counts["changed"] >= 1
    inbox.select_entry(second.id)
    qtbot.mouseClick(inbox.review_button, Qt.MouseButton.LeftButton)
    review = inbox.review_dialog
    change_id = f"{demo.changed.id}:title.fi"
    assert review.select_change(change_id)
    details = review.details.toPlainText()
    assert demo.old_title in details and NEW_TITLE in details
    groups = [g for g in review.model.groups if isinstance(g, RecordGroup)]
    assert any(g.kind == "changed" for g in groups)
    monkeypatch.setattr(
        ReasonDialog,
        "ask",
        classmethod(lambda cls, parent, title, question: "Otsikko ei vastaa tarjousta"),
    )
    qtbot.mouseClick(review.reject_button, Qt.MouseButton.LeftButton)
    assert review.model.decision(change_id) == (REJECT, "Otsikko ei vastaa tarjousta")
    assert "1 rejected" in review.summary.text()
    with qtbot.waitSignal(review.applied, timeout=WAIT_MS) as applied:
        qtbot.mouseClick(review.import_button, Qt.MouseButton.LeftButton)
    outcome = applied.args[0]
    assert outcome.status == "imported" and outcome.rejected == 1
    review.close()

    # -- the catalogue keeps the old title; the audit log has the reason ---------------------
    catalogue = window.show_page("catalogue")
    search(qtbot, catalogue, demo.old_title)
    assert catalogue.model.total >= 1
    titles = [catalogue.model.hit(r).title_fi for r in range(catalogue.model.total)]
    assert demo.old_title in titles
    search(qtbot, catalogue, "Uusi otsikko")
    assert catalogue.model.total == 0
    audit = window.show_page("audit")
    imports = [r for r in audit.model.records if r.entry.action == "import"]
    assert len(imports) == 2
    newest = max(imports, key=lambda r: r.entry.id)
    assert "1 changes rejected" in audit.model.cell(newest, audit.model.SUMMARY)
    audit.search.setText("ei vastaa")
    assert audit.proxy.rowCount() == 1
    audit.table.setCurrentIndex(audit.proxy.index(0, 0))
    assert "Otsikko ei vastaa tarjousta" in audit.details.toPlainText()
    audit.search.setText("")

    # -- hide an opportunity from publication ------------------------------------------------
    catalogue = window.show_page("catalogue")
    search(qtbot, catalogue, demo.old_title)
    hidden_id = demo.changed.id
    assert catalogue.select(hidden_id)
    monkeypatch.setattr(
        ReasonDialog,
        "ask",
        classmethod(lambda cls, parent, title, question: "Paikka on suljettu remontin ajaksi"),
    )
    with qtbot.waitSignal(catalogue.model.total_changed, timeout=WAIT_MS):
        qtbot.mouseClick(catalogue.hide_button, Qt.MouseButton.LeftButton)
    hit = catalogue.current_hit()
    assert hit is not None and hit.id == hidden_id and hit.hidden
    assert (
        catalogue.model.data(
            catalogue.model.index(catalogue.model.row_of(hidden_id), catalogue.model.VISIBILITY)
        )
        == "Hidden"
    )
    assert "Paikka on suljettu remontin ajaksi" in catalogue.details.toPlainText()
    assert any(
        r.entry.action == "hide" and r.entry.record_id == hidden_id
        for r in window.audit.model.records
    )

    # -- publish the web catalogue and make the Excel workbooks, off the UI thread -----------
    outputs = window.show_page("outputs")
    web_folder = tmp_path / "out" / "web"
    excel_folder = tmp_path / "out" / "excel"
    outputs.sections[WEB].folder.setText(str(web_folder))
    outputs.sections[EXCEL].folder.setText(str(excel_folder))
    outputs.language.setCurrentIndex(outputs.language.findData("fi"))
    with qtbot.waitSignal(outputs.output_finished, timeout=WAIT_MS) as finished:
        qtbot.mouseClick(outputs.sections[WEB].run_button, Qt.MouseButton.LeftButton)
    assert finished.args[:2] == [WEB, True]
    with qtbot.waitSignal(outputs.output_finished, timeout=WAIT_MS) as finished:
        qtbot.mouseClick(outputs.sections[EXCEL].run_button, Qt.MouseButton.LeftButton)
    assert finished.args[:2] == [EXCEL, True]
    assert (web_folder / "index.html").is_file()
    site_text = "\n".join(
        p.read_text(encoding="utf-8", errors="replace")
        for p in web_folder.rglob("*")
        if p.suffix in (".html", ".js", ".json")
    )
    assert hidden_id not in site_text and NEW_TITLE not in site_text
    workbooks = sorted(excel_folder.glob("*.xlsx"))
    assert len(workbooks) == 14  # 13 municipalities and the region
    rows = []
    for path in workbooks:
        book = load_workbook(path, read_only=True)
        for sheet in book.worksheets:
            rows += [[str(v) for v in row if v] for row in sheet.iter_rows(values_only=True)]
        book.close()
    assert any(name in row for row in rows)  # the organisation's other offers are there
    assert not any(name in row and demo.old_title in row for row in rows)
    assert not any(NEW_TITLE in row for row in rows)
    opened: list[Path] = []
    monkeypatch.setattr(
        FolderOpener, "open", classmethod(lambda cls, folder: opened.append(folder) or True)
    )
    qtbot.mouseClick(outputs.sections[WEB].open_button, Qt.MouseButton.LeftButton)
    assert opened == [web_folder]

    # -- a replayed and a tampered package are refused, with their reasons shown -------------
    inbox = window.show_page("inbox")
    add_and_wait(qtbot, window, [demo.first[0], demo.tampered])
    replay = entry_for(window, demo.first[0])
    assert replay.state == REFUSED_STATE
    text = inbox.model.cell(replay, inbox.model.VERIFICATION)
    reason = translate("catalogue_refused_replay", "en", **replay.item.params)
    assert text == f"Refused: {reason}"
    tampered = entry_for(window, demo.tampered)
    assert tampered.state == REFUSED_STATE and tampered.package is None
    text = inbox.model.cell(tampered, inbox.model.VERIFICATION)
    assert text.startswith("Refused: ") and len(text) > len("Refused: ") + 5
    assert not inbox.review_button.isEnabled() or inbox.current_entry().state == READY
