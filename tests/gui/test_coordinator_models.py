"""Every model of the coordinator's window passes Qt's model tester, and the catalogue table
fetches pages lazily: a search reads one page and the count, not every match."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from coordinator_demo import DemoPackages, make_demo_packages
from pytestqt.qtbot import QtBot

from kuhina_desktop.catalogue.diff import CurrentRecords, diff_snapshot
from kuhina_desktop.catalogue.review import ACCEPT, REJECT, PackageReview, review_for
from kuhina_desktop.demo.content import generate_demo
from kuhina_desktop.domain.serialize import snapshot_to_json
from kuhina_desktop.domain.vocab import load_vocabulary
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from kuhina_desktop.ui.coordinator.audit import AuditModel, AuditRow
from kuhina_desktop.ui.coordinator.catalogue_filters import CatalogueQuery
from kuhina_desktop.ui.coordinator.catalogue_page import search_page
from kuhina_desktop.ui.coordinator.catalogue_table import MAX_PAGES, PAGE_SIZE, CatalogueTableModel
from kuhina_desktop.ui.coordinator.inbox_model import (
    CHECKING,
    READY,
    REFUSED_STATE,
    WAITING,
    InboxEntry,
    InboxModel,
)
from kuhina_desktop.ui.coordinator.organisations import OrganisationEntry, OrganisationsModel
from kuhina_desktop.ui.coordinator.review_model import ReviewModel
from kuhina_desktop.ui.widgets.background import ImmediateExecutor
from kuhina_desktop.ui.widgets.table_model import OBJECT_ROLE


@dataclass(frozen=True)
class FakeHit:
    id: str
    organisation_id: str
    organisation_name: str
    title_fi: str
    kind: str
    status: str
    updated_at: str
    hidden: bool


class FakeSource:
    """`rows` opportunities; counts the pages asked for."""

    def __init__(self, rows: int) -> None:
        self.rows = rows
        self.calls: list[tuple[Any, str, int, int]] = []

    def __call__(self, query: Any, order: str, offset: int, limit: int) -> tuple[list[Any], int]:
        self.calls.append((query, order, offset, limit))
        total = self.rows if query != "none" else 0
        end = min(offset + limit, total)
        hits = [
            FakeHit(
                f"id-{n}",
                "org",
                "Järjestö ry",
                f"Tarjous {n:06d}",
                "work_trial",
                "published",
                "2026-10-01T10:00:00+03:00",
                n % 10 == 0,
            )
            for n in range(offset, end)
        ]
        return hits, total


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoPackages:
    return make_demo_packages(tmp_path_factory.mktemp("demo"))


@pytest.fixture
def filled_ws(tmp_path: Path, demo: DemoPackages) -> Iterator[CatalogueWorkspace]:
    ws = CatalogueWorkspace.create(tmp_path / "catalogue")
    for path in demo.first:
        outcome = ws.import_package(
            path.read_bytes(), trust_new=True, decisions="accept_all", actor="test"
        )
        assert outcome.status == "imported"
    ws.hide(demo.changed.id, "Testi", actor="test")
    yield ws
    ws.close()


def package_review() -> PackageReview:
    """A review with new, changed (texts per language, codes) and removed records."""
    demo = generate_demo(1, 4, 3)[0]
    old = snapshot_to_json(demo.snapshot)
    new = copy.deepcopy(old)
    new["opportunities"][0]["title"]["fi"] = "Uusi otsikko"
    new["opportunities"][0]["title"]["sv"] = "Ny rubrik"
    new["opportunities"][0]["municipalities"] = ["167", "276"]
    removed = new["opportunities"].pop(1)
    added = copy.deepcopy(removed)
    added["id"] = "00000000-0000-4000-8000-000000000001"
    new["opportunities"].append(added)
    current = CurrentRecords(
        old["organisation"],
        {e["id"]: e for e in old["environments"]},
        {o["id"]: o for o in old["opportunities"]},
        frozenset({old["opportunities"][0]["id"]}),
    )
    diff = diff_snapshot(current, new)
    return review_for(diff, package_sha256="0" * 64, organisation_name="Testi ry", sequence=2)


def test_the_catalogue_table_reads_pages_lazily(qtbot: QtBot, qtmodeltester: Any) -> None:
    source = FakeSource(20_000)
    model = CatalogueTableModel(source, load_vocabulary(), executor=ImmediateExecutor())
    with qtbot.waitSignal(model.total_changed) as total:
        model.set_query("all")
    assert total.args == [20_000]
    assert model.rowCount() == 20_000
    assert len(source.calls) == 1 and source.calls[0][2:] == (0, PAGE_SIZE)
    assert model.data(model.index(19_999, 0)) == "Tarjous 019999"
    assert source.calls[-1][2] == (19_999 // PAGE_SIZE) * PAGE_SIZE
    assert model.data(model.index(10, CatalogueTableModel.VISIBILITY)) == "Hidden"
    assert model.data(model.index(11, CatalogueTableModel.VISIBILITY)) == "Shown"
    assert model.data(model.index(10, 0), OBJECT_ROLE).id == "id-10"
    for page in range(MAX_PAGES + 5):
        model.hit(page * PAGE_SIZE)
    assert len(model._pages) == MAX_PAGES
    model.sort(CatalogueTableModel.UPDATED)
    assert source.calls[-1][1] == "updated"
    model.set_query("none")
    assert model.rowCount() == 0
    model.set_query("all")
    qtmodeltester.check(model)


def test_the_catalogue_table_over_a_workspace(
    qtbot: QtBot, qtmodeltester: Any, filled_ws: CatalogueWorkspace, demo: DemoPackages
) -> None:
    model = CatalogueTableModel(
        search_page(filled_ws), load_vocabulary(), executor=ImmediateExecutor()
    )
    model.set_query(CatalogueQuery())
    assert model.total == sum(s.counts["opportunities"] for s in filled_ws.status()) > 0
    hidden = model.row_of(demo.changed.id)
    assert model.data(model.index(hidden, CatalogueTableModel.VISIBILITY)) == "Hidden"
    qtmodeltester.check(model)


def test_the_inbox_model(
    qtbot: QtBot,
    qtmodeltester: Any,
    demo: DemoPackages,
    filled_ws: CatalogueWorkspace,
    tmp_path: Path,
) -> None:
    model = InboxModel()
    fresh = CatalogueWorkspace.create(tmp_path / "fresh")
    try:
        data = demo.first[0].read_bytes()
        entries = [
            InboxEntry(demo.first[0], data, fresh.inspect(data)),
            InboxEntry(
                demo.second, demo.second.read_bytes(), filled_ws.inspect(demo.second.read_bytes())
            ),
            InboxEntry(demo.tampered, b"", filled_ws.inspect(demo.tampered.read_bytes())),
            InboxEntry(tmp_path / "missing.kuhina", error="No such file"),
            InboxEntry(tmp_path / "later.kuhina"),
        ]
    finally:
        fresh.close()
    model.set_records(entries)
    assert [e.state for e in model.records] == [
        WAITING,
        READY,
        REFUSED_STATE,
        "unreadable",
        CHECKING,
    ]
    assert model.cell(entries[1], InboxModel.CHANGED) == "1"
    assert model.cell(entries[3], InboxModel.VERIFICATION).startswith("Cannot read the file")
    qtmodeltester.check(model)


def test_the_review_model(qtbot: QtBot, qtmodeltester: Any) -> None:
    review = package_review()
    model = ReviewModel(review, load_vocabulary())
    kinds = [group.kind for group in model.groups]
    assert sorted(set(kinds)) == ["added", "changed", "removed"]
    changed = model.index(kinds.index("changed"), 0)
    assert model.rowCount(changed) == 3
    assert "hidden from publication" in model.data(model.index(changed.row(), model.CHANGE))
    labels = {model.data(model.index(r, 0, changed)) for r in range(3)}
    assert {"Title (Finnish)", "Title (Swedish)"} <= labels
    with qtbot.waitSignal(model.decisions_changed) as decided:
        model.set_decision([c.change_id for c in model.changes_at(changed)], REJECT, "Ei käy")
    assert decided.args == [len(review.changes) - 3, 3]
    with pytest.raises(ValueError):
        model.set_decision([review.changes[0].change_id], REJECT, "  ")
    file = model.review_file()
    decisions = {c.change_id: c.decision for c in file.packages[0].changes}
    assert list(decisions.values()).count(REJECT) == 3
    assert list(decisions.values()).count(ACCEPT) == len(review.changes) - 3
    model.accept_all()
    assert model.counts() == (len(review.changes), 0)
    qtmodeltester.check(model)


def test_the_organisations_and_audit_models(
    qtbot: QtBot, qtmodeltester: Any, filled_ws: CatalogueWorkspace
) -> None:
    organisations = OrganisationsModel()
    organisations.set_records([OrganisationEntry(s) for s in filled_ws.status()])
    assert organisations.rowCount() == 3
    assert {organisations.cell(r, organisations.TRUST) for r in organisations.records} == {
        "Trusted"
    }
    qtmodeltester.check(organisations)
    audit = AuditModel()
    audit.set_records([AuditRow(e, "Järjestö") for e in filled_ws.audit()])
    assert {audit.cell(r, audit.WHAT) for r in audit.records} == {
        "Package imported",
        "Record hidden",
    }
    qtmodeltester.check(audit)
