"""The association's window after a receipt, as a volunteer meets it: the receipt opened
from the File menu's action (the fingerprint confirmed first), the summary with the note,
each record's standing in the lists, the rejected field marked with the coordinator's
reason, the sent-packages page and the checklist; a damaged receipt refused with its
reason and nothing changed. The receipt comes from the real command-line round trip."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.ui.association.receipt_open import ReceiptChooser, ReceiptSummary
from kuhina_desktop.ui.association.window import MainWindow
from kuhina_desktop.ui.roles import WindowContext
from kuhina_desktop.ui.widgets.confirm import Confirm
from kuhina_desktop.ui.widgets.record_models import OpportunityTableModel
from tests.e2e.receipt_flow import HIDE_REASON, REJECT_REASON, ReceiptFlow

NOTE = "Kiitos! Tarkistakaa vanhat tarjoukset."


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> ReceiptFlow:
    return ReceiptFlow.build(tmp_path_factory.mktemp("receipt-flow"), note=NOTE)


@pytest.fixture
def flow(built: ReceiptFlow, tmp_path: Path) -> ReceiptFlow:
    """A fresh copy of the association's workspace for each test."""
    import shutil

    folder = tmp_path / "org"
    shutil.copytree(built.org_folder, folder, ignore=shutil.ignore_patterns("*.lock"))
    return ReceiptFlow(**{**built.__dict__, "org_folder": folder})


@pytest.fixture
def org(flow: ReceiptFlow) -> Iterator[OrgWorkspace]:
    ws = OrgWorkspace.open(flow.org_folder)
    yield ws
    ws.close()


@pytest.fixture
def win(qtbot: QtBot, org: OrgWorkspace, context: WindowContext) -> MainWindow:
    main = MainWindow(org, context)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    return main


def open_through_menu(
    win: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch, confirm: bool = True
) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {"asked": [], "summaries": []}

    def ask(cls: Any, parent: Any, title: str, text: str, action: str | None = None) -> bool:
        seen["asked"].append(text)
        return confirm

    monkeypatch.setattr(Confirm, "ask", classmethod(ask))
    monkeypatch.setattr(ReceiptChooser, "choose", classmethod(lambda cls, parent: path))
    monkeypatch.setattr(
        ReceiptSummary, "show", classmethod(lambda cls, p, text: seen["summaries"].append(text))
    )
    assert win.receipts.action in win.file_menu.actions()
    win.receipts.action.trigger()
    return seen


def standing_of(win: MainWindow, record_id: str) -> str:
    page = win.show_page("opportunities")
    model = page.model
    row = model.row_of(record_id)
    return str(model.data(model.index(row, OpportunityTableModel.STANDING)))


def test_a_receipt_shows_standings_reasons_and_the_note_once(
    win: MainWindow, flow: ReceiptFlow, org: OrgWorkspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = open_through_menu(win, flow.receipt, monkeypatch)
    [asked] = seen["asked"]
    assert "SHA256:" in asked
    [summary] = seen["summaries"]
    assert REJECT_REASON in summary and HIDE_REASON in summary and NOTE in summary

    assert standing_of(win, flow.hidden_id) == "Hidden"
    assert standing_of(win, flow.rejected_id) == "Rejected"
    others = [o.id for o in org.snapshot().opportunities if o.status == "published"
              and o.id not in (flow.hidden_id, flow.rejected_id)]  # fmt: skip
    assert others and all(standing_of(win, i) == "Published" for i in others)

    page = win.show_page("opportunities")
    assert page.select_record(flow.rejected_id)
    title_row = page.form.rows["title"]
    assert any(REJECT_REASON in m for m in title_row.problems)
    assert title_row.problem.isVisible()
    assert page.select_record(flow.hidden_id)
    assert HIDE_REASON in page.form.other_problems.text()

    history = win.show_page("history")
    cells = [history.model.data(history.model.index(r, history.model.RECEIPT))
             for r in range(history.model.rowCount())]  # fmt: skip
    assert sorted(cells) == ["3 accepted, 1 rejected, 1 hidden", "No receipt yet"]
    newest = history.proxy.index(0, 0)
    history.table.setCurrentIndex(newest)
    assert NOTE in history.receipt_details.text()

    checklist = win.show_page("checklist")
    rejected = [r for r in checklist.model.records if "/rejected/" in r.id]
    assert len(rejected) == 1 and "Changed since: no" in rejected[0].message
    assert "1 of them are still unchanged" in checklist.summary.text()

    # the note was shown once: opening the same receipt again says it was already opened
    again = open_through_menu(win, flow.receipt, monkeypatch)
    assert again["asked"] == [] and NOTE not in again["summaries"][0]


def test_declining_the_fingerprint_keeps_nothing(
    win: MainWindow, flow: ReceiptFlow, org: OrgWorkspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = open_through_menu(win, flow.receipt, monkeypatch, confirm=False)
    assert seen["summaries"] == [] and org.setting("receipts") is None
    assert standing_of(win, flow.hidden_id) == "Waiting for the coordinator"


def test_a_damaged_receipt_is_refused_with_its_reason(
    win: MainWindow,
    flow: ReceiptFlow,
    org: OrgWorkspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown_messages: Any,
) -> None:
    data = bytearray(flow.receipt.read_bytes())
    damaged = tmp_path / "rikki.kuhina-receipt"
    damaged.write_bytes(bytes(data[: len(data) // 2]))
    seen = open_through_menu(win, damaged, monkeypatch)
    assert seen["summaries"] == [] and org.setting("receipts") is None
    assert shown_messages.errors == ["The file is not a Kuhina receipt (not a ZIP archive)."]


def test_a_package_sent_after_the_receipt_waits_again(
    win: MainWindow,
    flow: ReceiptFlow,
    org: OrgWorkspace,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from kuhina_desktop.services.package_export import export_package

    open_through_menu(win, flow.receipt, monkeypatch)
    assert standing_of(win, flow.rejected_id) == "Rejected"
    result = export_package(org, tmp_path / "third.kuhina", passphrase=None)
    win.on_changes(result.changes)
    assert standing_of(win, flow.rejected_id) == "Waiting for the coordinator"
    page = win.show_page("opportunities")
    assert page.select_record(flow.rejected_id)
    # the reason of the last receipt is still beside the field until the next one comes
    assert any(REJECT_REASON in m for m in page.form.rows["title"].problems)
