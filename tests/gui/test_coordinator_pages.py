"""The coordinator's window beyond the main flow: opening it as a role, the first start,
the organisations view (trust, revoke, hide), cancelling an output, the audit log's CSV,
the language switch and the accessible names of every input."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from coordinator_demo import DemoPackages, make_demo_packages
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kuhina_desktop.catalogue.web_checks import without_how_to_apply
from kuhina_desktop.demo.content import generate_demo
from kuhina_desktop.domain.vocab import load_vocabulary
from kuhina_desktop.progress import Cancelled
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from kuhina_desktop.services.key_rotation import rotate_key
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.services.package_export import export_package
from kuhina_desktop.ui.app import Launcher
from kuhina_desktop.ui.coordinator import window as coordinator_window
from kuhina_desktop.ui.coordinator.audit import csv_cell
from kuhina_desktop.ui.coordinator.dialogs import Confirm, FileChooser, ReasonDialog
from kuhina_desktop.ui.coordinator.inbox_model import READY, REFUSED_STATE
from kuhina_desktop.ui.coordinator.outputs import EXCEL, OPEN_DATA, WEB, OutputsPage
from kuhina_desktop.ui.coordinator.window import CatalogueFolders, CoordinatorWindow
from kuhina_desktop.ui.i18n import Translations
from kuhina_desktop.ui.roles import WindowContext
from kuhina_desktop.ui.settings import UserSettings
from kuhina_desktop.ui.widgets.background import ImmediateExecutor


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoPackages:
    return make_demo_packages(tmp_path_factory.mktemp("demo"))


@pytest.fixture
def catalogue_ws(tmp_path: Path) -> Iterator[CatalogueWorkspace]:
    ws = CatalogueWorkspace.create(tmp_path / "catalogue")
    yield ws
    ws.close()


@pytest.fixture
def window(
    qtbot: QtBot, catalogue_ws: CatalogueWorkspace, context: WindowContext
) -> CoordinatorWindow:
    main = CoordinatorWindow(catalogue_ws, context, actor="koordinaattori")
    qtbot.addWidget(main)
    main.show()
    return main


def answer(monkeypatch: pytest.MonkeyPatch, cls: type, name: str, value: object) -> None:
    monkeypatch.setattr(cls, name, classmethod(lambda *_args, **_kwargs: value))


def test_a_catalogue_workspace_opens_the_coordinator_window(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, translations: Translations
) -> None:
    """`kuhina --workspace DIR` on a catalogue workspace: the launcher tries the association
    window, learns the folder's kind and opens the coordinator's."""
    folder = tmp_path / "catalogue"
    CatalogueWorkspace.create(folder).close()
    launcher = Launcher(qapp, UserSettings(tmp_path / "s.ini"), translations, ImmediateExecutor())
    assert launcher.open_folder(folder)
    window = launcher.window
    assert isinstance(window, CoordinatorWindow)
    qtbot.addWidget(window)
    assert window.workspace.folder == folder
    window.close()  # releases the workspace's lock
    CatalogueWorkspace.open(folder).close()


def test_first_start_as_coordinator_creates_the_catalogue(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, context: WindowContext
) -> None:
    folder = tmp_path / "uusi-luettelo"
    answer(monkeypatch, CatalogueFolders, "where", folder)
    assert coordinator_window.choose_workspace(None) == folder  # type: ignore[arg-type]
    window = coordinator_window.open_window(folder, context)
    qtbot.addWidget(window)
    assert "regional catalogue" in window.windowTitle()
    window.close()
    answer(monkeypatch, CatalogueFolders, "where", None)
    assert coordinator_window.choose_workspace(None) is None  # type: ignore[arg-type]


def test_trust_revoke_and_hide_from_the_organisations_view(
    qtbot: QtBot,
    window: CoordinatorWindow,
    demo: DemoPackages,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.inbox.add_files(demo.first[:2])
    page = window.show_page("organisations")
    assert [e.status.trust_state for e in page.model.records] == ["pending", "pending"]
    first = window.inbox.model.records[0]
    page.select(first.package.organisation_id)
    assert page.trust_button.isEnabled() and page.revoke_button.isEnabled()
    assert not page.hide_button.isEnabled()  # nothing imported yet
    assert first.package.fingerprint in page.details.toPlainText()
    page.on_trust_clicked()
    dialog = page.trust_dialog
    assert dialog is not None
    assert dialog.fingerprint.text() == f"256 {first.package.fingerprint} no comment (ED25519)"
    dialog.done_by_phone.setChecked(True)
    with qtbot.waitSignal(page.key_trusted) as trusted:
        dialog.on_trust_clicked()
    assert trusted.args == [first.package.organisation_id]
    assert window.inbox.model.record(window.inbox.model.row_of(first.id)).state == READY
    assert "confirmed" in page.details.toPlainText()

    # import it, then hide the whole organisation and show it again
    entry = window.inbox.model.record(window.inbox.model.row_of(first.id))
    window.workspace.import_package(entry.data, decisions="accept_all", actor="koordinaattori")
    page.load()
    page.select(first.package.organisation_id)
    assert page.hide_button.isEnabled()
    answer(monkeypatch, ReasonDialog, "ask", "Yhdistys on lopettanut toimintansa")
    page.on_hide_clicked()
    status = page.current_status()
    assert status is not None and status.hidden
    assert (
        page.model.cell(
            page.model.records[page.model.row_of(status.organisation_id)], page.model.HIDDEN
        )
        == "Yes"
    )
    assert window.workspace.published().organisations == []
    page.on_unhide_clicked()
    assert len(window.workspace.published().organisations) == 1

    # revoke: its packages are refused from now on, and the inbox says why
    answer(monkeypatch, Confirm, "ask", True)
    page.on_revoke_clicked()
    assert page.current_status().trust_state == "revoked"
    window.inbox.add_files([demo.second])
    refused = window.inbox.model.record(window.inbox.model.row_of(str(demo.second.resolve())))
    assert refused.state == REFUSED_STATE
    assert refused.item.reason == "catalogue_refused_key_revoked"
    assert any(e.entry.action == "revoke" for e in window.audit.model.records)


def test_a_cancelled_output_leaves_the_folder_as_it_was(
    qtbot: QtBot,
    catalogue_ws: CatalogueWorkspace,
    context: WindowContext,
    demo: DemoPackages,
    tmp_path: Path,
) -> None:
    for path in demo.first:
        catalogue_ws.import_package(path.read_bytes(), trust_new=True, decisions="accept_all")

    class HeldExecutor:
        """Runs a job only when told to (so Cancel comes first)."""

        def __init__(self) -> None:
            self.jobs: list[Callable[[], None]] = []

        def submit(self, job: Callable[[], None]) -> None:
            self.jobs.append(job)

    held = HeldExecutor()
    context.executor = held
    window = CoordinatorWindow(catalogue_ws, context, actor="koordinaattori")
    qtbot.addWidget(window)
    outputs = window.show_page("outputs")
    target = tmp_path / "excel"
    outputs.sections[EXCEL].folder.setText(str(target))
    outputs.on_excel_clicked()
    assert outputs.operation is not None
    assert not outputs.sections[EXCEL].run_button.isEnabled()
    outputs.operation.cancel()
    with qtbot.waitSignal(outputs.output_finished) as finished:
        held.jobs.pop()()
    kind, ok, error = finished.args
    assert (kind, ok) == (EXCEL, False) and isinstance(error, Cancelled)
    assert "Cancelled" in outputs.sections[EXCEL].result.text()
    assert not target.exists() or list(target.iterdir()) == []
    assert outputs.sections[EXCEL].run_button.isEnabled()
    assert not outputs.sections[EXCEL].open_button.isEnabled()
    outputs.chosen_municipalities.setChecked(True)
    outputs.on_excel_clicked()
    assert "at least one municipality" in outputs.sections[EXCEL].result.text()


def test_the_audit_log_exports_csv(
    qtbot: QtBot,
    window: CoordinatorWindow,
    demo: DemoPackages,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ws = window.workspace
    for path in demo.first:
        ws.import_package(
            path.read_bytes(), trust_new=True, decisions="accept_all", actor="koordinaattori"
        )
    ws.hide(demo.changed.id, '=HYPERLINK("http://x")', actor="koordinaattori")
    audit = window.show_page("audit")
    audit.load()
    assert audit.model.rowCount() == 4
    audit.action.setCurrentIndex(audit.action.findData("hide"))
    assert audit.model.rowCount() == 1
    audit.action.setCurrentIndex(0)
    target = tmp_path / "loki.csv"
    answer(monkeypatch, FileChooser, "save", target)
    with qtbot.waitSignal(audit.exported):
        audit.on_export_clicked()
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert rows[0][:3] == ["at", "actor", "action"]
    assert len(rows) == 5
    hidden = next(r for r in rows if r[2] == "hide")
    assert hidden[8].startswith(f"{demo.old_title}. Reason: ")  # named by its title
    assert all(not cell.startswith(("=", "+", "@")) for row in rows for cell in row)
    assert csv_cell("=1+1") == "'=1+1" and csv_cell("-3") == "'-3" and csv_cell("ok") == "ok"


def test_the_window_in_finnish_and_swedish(qtbot: QtBot, window: CoordinatorWindow) -> None:
    """The language menu switches every page at once, without a restart."""
    window.language_actions["fi"].trigger()
    qtbot.waitUntil(lambda: "alueellinen luettelo" in window.windowTitle())
    assert window.context.settings.language == "fi"
    assert window.navigation.item(0).text() == "Saapuneet"
    assert window.inbox.add_button.text() == "&Lisää paketteja…"
    assert window.catalogue.filters.municipality.itemText(0) == "Kaikki kunnat"
    window.language_actions["sv"].trigger()
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "Inkorg")
    assert window.outputs.sections[EXCEL].title() == "Excel-arbetsböcker för kommunerna"
    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "Inbox")


def test_keyboard_and_accessible_names(window: CoordinatorWindow) -> None:
    """Every page opens with its shortcut, and every input on it has an accessible name."""
    unnamed = []
    for number, key in enumerate(coordinator_window.PAGES):
        window.page_actions[number].trigger()
        page = window.pages[key]
        assert window.stack.currentWidget() is page
        assert window.page_actions[number].shortcut().toString() == f"Ctrl+{number + 1}"
        for widget in page.findChildren(QWidget):
            inputs = (QAbstractItemView, QLineEdit, QComboBox, QTextBrowser)
            if (
                isinstance(widget, inputs)
                and not isinstance(widget, QHeaderView)
                and widget.isVisibleTo(page)
                and not widget.accessibleName()
            ):
                unnamed.append(f"{key}: {type(widget).__name__}")
    assert unnamed == []
    window.find_action.trigger()
    assert window.stack.currentWidget() is window.catalogue
    assert window.catalogue.filters.search.hasFocus() or not window.isActiveWindow()


def test_a_key_rotation_is_shown_and_accepted(
    qtbot: QtBot, window: CoordinatorWindow, tmp_path: Path
) -> None:
    demo = generate_demo(1, 3, 41)[0]
    org = demo.snapshot.organisation
    with OrgWorkspace.create(
        tmp_path / "org", org.name.fi, org.business_id, None, organisation=org
    ) as ws:
        ws.load(demo.snapshot, demo.attachments)
        first = export_package(ws, tmp_path / "1.kuhina", passphrase=None).path
        old_fingerprint = ws.fingerprint()
        rotate_key(ws, None, None)
        second = export_package(ws, tmp_path / "2.kuhina", passphrase=None).path
        new_fingerprint = ws.fingerprint()
    window.workspace.import_package(first.read_bytes(), trust_new=True, decisions="accept_all")
    inbox = window.inbox
    inbox.add_files([second])
    entry = inbox.model.records[0]
    assert entry.state == READY and entry.item.key_state == "rotation"
    assert "previous key vouched for" in inbox.model.cell(entry, inbox.model.VERIFICATION)
    inbox.select_entry(entry.id)
    inbox.on_review_clicked()
    review = inbox.review_dialog
    assert review is not None
    with qtbot.waitSignal(review.applied) as applied:
        review.on_import_clicked()
    assert applied.args[0].status == "imported"
    page = window.show_page("organisations")
    page.select(org.id)
    status = page.current_status()
    assert status.trust_state == "trusted" and status.fingerprint == new_fingerprint
    history = page.details.toPlainText()
    assert f"key rotated to {new_fingerprint}" in history
    assert old_fingerprint in history


def test_open_data_is_made_from_the_window(
    qtbot: QtBot, window: CoordinatorWindow, demo: DemoPackages, tmp_path: Path
) -> None:
    for path in demo.first:
        window.workspace.import_package(path.read_bytes(), trust_new=True, decisions="accept_all")
    outputs = window.show_page("outputs")
    target = tmp_path / "avoin-data"
    outputs.sections[OPEN_DATA].folder.setText(str(target))
    with qtbot.waitSignal(outputs.output_finished) as finished:
        outputs.on_open_data_clicked()
    assert finished.args[:2] == [OPEN_DATA, True]
    assert (target / "opportunities.csv").is_file()
    assert any(target.rglob("*.json"))
    assert outputs.sections[OPEN_DATA].open_button.isEnabled()


def test_a_package_waiting_in_the_catalogue_is_reviewed_after_trust(
    qtbot: QtBot, window: CoordinatorWindow, demo: DemoPackages, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A package that arrived through the command line waits for its key; confirming the key
    in the organisations view opens its review, and importing it fills the catalogue."""
    ws = window.workspace
    outcome = ws.import_package(demo.first[2].read_bytes(), decisions="accept_all")
    assert outcome.status == "pending_trust"
    page = window.show_page("organisations")
    page.load()
    page.select(outcome.package.organisation_id)
    page.on_trust_clicked()
    assert page.trust_dialog is not None
    page.trust_dialog.done_by_phone.setChecked(True)
    page.trust_dialog.on_trust_clicked()
    review = page.review_dialog
    assert review is not None and review.isVisible()
    assert review.model.rowCount() == outcome.diff.counts()["added"]
    first = review.model.groups[-1].changes[0]
    review.select_change(first.change_id)
    answer(monkeypatch, ReasonDialog, "ask", "Ei kuulu tarjontaan")
    review.on_reject_clicked()
    with qtbot.waitSignal(review.applied) as applied:
        review.on_import_clicked()
    done = applied.args[0]
    assert done.status == "imported" and done.rejected == 1
    assert ws.waiting() == []
    status = page.current_status()
    assert status is not None and status.last_sequence == 1
    assert status.counts["opportunities"] > 0
    qtbot.waitUntil(lambda: window.catalogue.model.total == status.counts["opportunities"])


def test_web_catalogue_settings_are_checked_and_remembered(
    qtbot: QtBot, window: CoordinatorWindow, demo: DemoPackages, tmp_path: Path
) -> None:
    for path in demo.first:
        window.workspace.import_package(path.read_bytes(), trust_new=True, decisions="accept_all")
    outputs = window.show_page("outputs")
    web = outputs.sections[WEB]
    target = tmp_path / "verkko"
    web.folder.setText(str(target))
    qtbot.keyClicks(outputs.base_url, "kuhina.example.fi")  # no https://: refused
    qtbot.mouseClick(web.run_button, Qt.MouseButton.LeftButton)
    assert "Not done" in web.result.text() and "https://" in web.result.text()
    assert not target.exists() and not (window.workspace.folder / "web-catalogue.json").exists()
    outputs.base_url.clear()
    qtbot.keyClicks(outputs.base_url, "https://kuhina.example.fi/")
    qtbot.keyClicks(outputs.feedback_email, "palaute@example.fi")
    with qtbot.waitSignal(outputs.output_finished) as finished:
        qtbot.mouseClick(web.run_button, Qt.MouseButton.LeftButton)
    assert finished.args[:2] == [WEB, True]
    assert (target / "sitemap.xml").is_file()
    assert "palaute@example.fi" in (target / "saavutettavuusseloste.html").read_text("utf-8")
    # The offers that say nothing of how to apply are named for the coordinator.
    flagged = without_how_to_apply(window.workspace.published())
    assert flagged, "the demo packages should have an offer without how-to-apply text"
    shown = web.result.text()
    assert f"{len(flagged)} published opportunities do not say how to apply" in shown
    assert all(f"{f.organisation}: {f.title}" in shown for f in flagged)
    again = OutputsPage(window.workspace, load_vocabulary())
    qtbot.addWidget(again)
    assert again.base_url.text() == "https://kuhina.example.fi/"
    assert again.feedback_email.text() == "palaute@example.fi"
