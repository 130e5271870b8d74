"""The coordinator's main flow, as they go through it on demo packages, with real worker
threads: drop packages → confirm a new organisation's key by its fingerprint → review and
import → reject one change of a second package with a reason → the catalogue and the audit
log show it → hide a record → publish the web catalogue and make the Excel workbooks → the
outputs leave the hidden record out. A replayed and a tampered package are refused.

Each step is a test of its own, so a failure names the step that broke. A step reaches its
starting point through the steps before it, done the straight way by the helpers below
(`reach_*`), which check only what they need to go on; the step's own test checks the rest.
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
    """Drop `paths` and wait until they are checked (not for a check begun before)."""
    wanted = {str(p.resolve()) for p in paths}

    def covers(entries: list[object]) -> bool:
        return wanted <= {str(getattr(e, "id", "")) for e in entries}

    with qtbot.waitSignal(window.inbox.entries_checked, timeout=WAIT_MS, check_params_cb=covers):
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


def confirm_by_phone(qtbot: QtBot, window: CoordinatorWindow, path: Path) -> None:
    """The key of `path`'s organisation confirmed in the trust dialog, its fingerprint read
    out without the prefix."""
    inbox = window.inbox
    entry = entry_for(window, path)
    inbox.select_entry(entry.id)
    qtbot.mouseClick(inbox.trust_button, Qt.MouseButton.LeftButton)
    dialog = inbox.trust_dialog
    assert dialog is not None, "the trust dialog did not open"
    dialog.heard.setText(entry.package.fingerprint[len("SHA256:") :])
    dialog.done_by_phone.setChecked(True)
    with qtbot.waitSignal(inbox.catalogue_changed, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)


def import_reviewed(qtbot: QtBot, window: CoordinatorWindow, path: Path) -> object:
    """Open the review of `path`'s package, import it as decided, close the review; the
    outcome the review reported."""
    inbox = window.inbox
    inbox.select_entry(entry_for(window, path).id)
    qtbot.mouseClick(inbox.review_button, Qt.MouseButton.LeftButton)
    review = inbox.review_dialog
    assert review is not None, "the review did not open"
    with qtbot.waitSignal(review.applied, timeout=WAIT_MS) as applied:
        qtbot.mouseClick(review.import_button, Qt.MouseButton.LeftButton)
    review.close()
    return applied.args[0]


def answer_reason(monkeypatch: pytest.MonkeyPatch, reason: str) -> None:
    monkeypatch.setattr(
        ReasonDialog, "ask", classmethod(lambda cls, parent, title, question: reason)
    )


REJECT_REASON = "Otsikko ei vastaa tarjousta"
HIDE_REASON = "Paikka on suljettu remontin ajaksi"


def reach_first_imported(qtbot: QtBot, window: CoordinatorWindow, demo: DemoPackages) -> None:
    """Steps 1-3: the first packages dropped, the first organisation trusted and imported."""
    add_and_wait(qtbot, window, demo.first)
    confirm_by_phone(qtbot, window, demo.first[0])
    assert entry_for(window, demo.first[0]).state == READY, "setup: the key confirmation"
    assert import_reviewed(qtbot, window, demo.first[0]).status == "imported", "setup: import"
    qtbot.waitUntil(lambda: window.catalogue.model.total > 0, timeout=WAIT_MS)


def reach_change_rejected(
    qtbot: QtBot, window: CoordinatorWindow, demo: DemoPackages, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Steps 1-4: and the second package imported with its title change rejected."""
    reach_first_imported(qtbot, window, demo)
    add_and_wait(qtbot, window, [demo.second])
    inbox = window.inbox
    inbox.select_entry(entry_for(window, demo.second).id)
    qtbot.mouseClick(inbox.review_button, Qt.MouseButton.LeftButton)
    review = inbox.review_dialog
    assert review.select_change(f"{demo.changed.id}:title.fi"), "setup: the title change"
    answer_reason(monkeypatch, REJECT_REASON)
    qtbot.mouseClick(review.reject_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(review.applied, timeout=WAIT_MS) as applied:
        qtbot.mouseClick(review.import_button, Qt.MouseButton.LeftButton)
    assert applied.args[0].rejected == 1, "setup: the rejection"
    review.close()


def reach_record_hidden(
    qtbot: QtBot, window: CoordinatorWindow, demo: DemoPackages, monkeypatch: pytest.MonkeyPatch
) -> CataloguePage:
    """Steps 1-6: and the changed opportunity hidden from publication."""
    reach_change_rejected(qtbot, window, demo, monkeypatch)
    catalogue = window.show_page("catalogue")
    search(qtbot, catalogue, demo.old_title)
    assert catalogue.select(demo.changed.id), "setup: the opportunity in the catalogue"
    answer_reason(monkeypatch, HIDE_REASON)
    with qtbot.waitSignal(catalogue.model.total_changed, timeout=WAIT_MS):
        qtbot.mouseClick(catalogue.hide_button, Qt.MouseButton.LeftButton)
    return catalogue


def test_1_dropped_packages_wait_for_their_keys(
    qtbot: QtBot, threaded_window: CoordinatorWindow, demo: DemoPackages
) -> None:
    window = threaded_window
    inbox = window.inbox
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


def test_2_a_key_is_confirmed_by_the_fingerprint_read_over_the_phone(
    qtbot: QtBot, threaded_window: CoordinatorWindow, demo: DemoPackages
) -> None:
    window = threaded_window
    inbox = window.inbox
    add_and_wait(qtbot, window, demo.first)
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
    trusted = [s.status for s in window.organisations.model.records if s.status.name == name]
    assert trusted[0].trust_state == "trusted" and trusted[0].fingerprint == fingerprint


def test_3_a_reviewed_package_is_imported(
    qtbot: QtBot, threaded_window: CoordinatorWindow, demo: DemoPackages
) -> None:
    window = threaded_window
    inbox = window.inbox
    add_and_wait(qtbot, window, demo.first)
    confirm_by_phone(qtbot, window, demo.first[0])
    first = entry_for(window, demo.first[0])
    inbox.select_entry(first.id)
    qtbot.mouseClick(inbox.review_button, Qt.MouseButton.LeftButton)
    review = inbox.review_dialog
    assert review is not None and review.isVisible()
    assert review.model.rowCount() == first.counts["added"]
    with qtbot.waitSignal(review.applied, timeout=WAIT_MS) as applied:
        qtbot.mouseClick(review.import_button, Qt.MouseButton.LeftButton)
    assert applied.args[0].status == "imported"
    assert "Imported" in review.result_label.text()
    review.close()
    assert entry_for(window, demo.first[0]).state == DONE
    qtbot.waitUntil(lambda: window.catalogue.model.total > 0, timeout=WAIT_MS)


def test_4_a_change_is_rejected_with_a_reason(
    qtbot: QtBot,
    threaded_window: CoordinatorWindow,
    demo: DemoPackages,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = threaded_window
    inbox = window.inbox
    reach_first_imported(qtbot, window, demo)
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
    answer_reason(monkeypatch, REJECT_REASON)
    qtbot.mouseClick(review.reject_button, Qt.MouseButton.LeftButton)
    assert review.model.decision(change_id) == (REJECT, REJECT_REASON)
    assert "1 rejected" in review.summary.text()
    with qtbot.waitSignal(review.applied, timeout=WAIT_MS) as applied:
        qtbot.mouseClick(review.import_button, Qt.MouseButton.LeftButton)
    outcome = applied.args[0]
    assert outcome.status == "imported" and outcome.rejected == 1
    review.close()


def test_5_the_catalogue_keeps_the_old_title_and_the_audit_log_the_reason(
    qtbot: QtBot,
    threaded_window: CoordinatorWindow,
    demo: DemoPackages,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = threaded_window
    reach_change_rejected(qtbot, window, demo, monkeypatch)
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
    assert REJECT_REASON in audit.details.toPlainText()


def test_6_an_opportunity_is_hidden_from_publication(
    qtbot: QtBot,
    threaded_window: CoordinatorWindow,
    demo: DemoPackages,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = threaded_window
    reach_change_rejected(qtbot, window, demo, monkeypatch)
    catalogue = window.show_page("catalogue")
    search(qtbot, catalogue, demo.old_title)
    hidden_id = demo.changed.id
    assert catalogue.select(hidden_id)
    answer_reason(monkeypatch, HIDE_REASON)
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
    assert HIDE_REASON in catalogue.details.toPlainText()
    assert any(
        r.entry.action == "hide" and r.entry.record_id == hidden_id
        for r in window.audit.model.records
    )


def test_7_the_outputs_leave_the_hidden_record_out(
    qtbot: QtBot,
    threaded_window: CoordinatorWindow,
    demo: DemoPackages,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = threaded_window
    reach_record_hidden(qtbot, window, demo, monkeypatch)
    hidden_id = demo.changed.id
    name = entry_for(window, demo.first[0]).package.organisation_name
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


def test_8_a_replayed_and_a_tampered_package_are_refused_with_reasons(
    qtbot: QtBot,
    threaded_window: CoordinatorWindow,
    demo: DemoPackages,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Once sequence 2 is imported, sequence 1 dropped again is a replay."""
    window = threaded_window
    reach_change_rejected(qtbot, window, demo, monkeypatch)
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
