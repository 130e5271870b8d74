"""Receipts in the coordinator's window: Help → the catalogue key (fingerprint and public key
as `kuhina catalogue fingerprint` prints them), a receipt made from the organisations view
(audited, and accepted by the association's reader), and after imports the inbox's button
for one receipt per imported package."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kuhina_desktop.packages.receipt.reader import read_receipt
from kuhina_desktop.services import catalogue_key
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from kuhina_desktop.ui.coordinator.dialogs import FileChooser
from kuhina_desktop.ui.coordinator.receipt_actions import CatalogueKeyBox, ReceiptNote
from kuhina_desktop.ui.coordinator.window import CoordinatorWindow
from kuhina_desktop.ui.roles import WindowContext
from tests.e2e.receipt_flow import REJECT_REASON, ReceiptFlow


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> ReceiptFlow:
    return ReceiptFlow.build(tmp_path_factory.mktemp("coordinator-receipts"), note=None)


@pytest.fixture
def window(qtbot: QtBot, built: ReceiptFlow, context: WindowContext) -> Iterator[CoordinatorWindow]:
    ws = CatalogueWorkspace.open(built.catalogue)
    main = CoordinatorWindow(ws, context, actor="koordinaattori")
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    yield main
    main.close()
    ws.close()


def test_help_shows_the_catalogue_key(
    window: CoordinatorWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        CatalogueKeyBox, "show", classmethod(lambda cls, p, text: shown.append(text))
    )
    assert window.receipts.key_action in window.help_menu.actions()
    window.receipts.key_action.trigger()
    key = catalogue_key.describe(window.workspace.folder)
    [text] = shown
    assert key.fingerprint in text and key.public_key in text


def test_a_receipt_from_the_organisations_view(
    window: CoordinatorWindow, built: ReceiptFlow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "kuittaukset"
    out.mkdir()
    monkeypatch.setattr(FileChooser, "folder", classmethod(lambda cls, *a, **k: out))
    monkeypatch.setattr(ReceiptNote, "ask", classmethod(lambda cls, parent: "Hyvä paketti!"))
    page = window.organisations
    page.select(built.organisation_id)
    before = len(window.workspace.audit(action="receipt"))
    page.receipt_button.click()
    [written] = list(out.iterdir())
    assert written.name.endswith("-2.kuhina-receipt")
    receipt = read_receipt(written.read_bytes())
    assert receipt.content["note"] == "Hyvä paketti!"
    assert REJECT_REASON in [d["reason"] for d in receipt.content["decisions"]]
    assert receipt.public_key == catalogue_key.public_key_line(window.workspace.folder)
    assert len(window.workspace.audit(action="receipt")) == before + 1
    from kuhina_desktop.ui.coordinator import texts
    from kuhina_desktop.ui.coordinator.audit import summary

    newest = window.workspace.audit(action="receipt")[0]
    assert texts.action(newest.action) == "Receipt made"
    assert summary(newest) == f"1 rejected, 1 hidden, to {written}"
    assert str(out) in page.summary.text()


def test_after_an_import_the_inbox_offers_the_receipts(
    window: CoordinatorWindow, built: ReceiptFlow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kuhina_desktop.services.catalogue_results import IMPORTED, ImportOutcome, PackageInfo
    from kuhina_desktop.ui.coordinator.inbox_model import InboxEntry

    inbox = window.inbox
    assert not inbox.receipts_button.isVisibleTo(window)
    info = PackageInfo(built.organisation_id, "Yhdistys", 2, "ab" * 32, "SHA256:x", "k", "")
    entry = InboxEntry(path=built.packages[1])
    inbox.model.upsert(entry)
    inbox.on_applied(entry.id, ImportOutcome(IMPORTED, info))
    assert inbox.receipts_button.isVisibleTo(window)
    assert inbox.receipts_button.text() == "Make receipts for the imported packages…"
    out = tmp_path / "kaikki"
    out.mkdir()
    monkeypatch.setattr(FileChooser, "folder", classmethod(lambda cls, *a, **k: out))
    monkeypatch.setattr(ReceiptNote, "ask", classmethod(lambda cls, parent: ""))
    inbox.receipts_button.click()
    [written] = list(out.iterdir())
    assert read_receipt(written.read_bytes()).content["note"] is None
