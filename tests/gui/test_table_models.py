"""Every table model passes qtmodeltester, and search and the status filter find rows."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pytestqt.modeltest import ModelTester

from kuhina_desktop.domain.checks import Problem
from kuhina_desktop.domain.model import Contact, Environment, Opportunity, Text
from kuhina_desktop.domain.validation import validate_environment, validate_opportunity
from kuhina_desktop.domain.vocab import load_vocabulary
from kuhina_desktop.ui.association.pages.bin_page import BinItem, BinTableModel
from kuhina_desktop.ui.association.pages.checklist_model import ChecklistItem, ChecklistModel
from kuhina_desktop.ui.association.pages.history_page import ExportHistoryModel, ExportItem
from kuhina_desktop.ui.widgets.contacts_editor import ContactTableModel
from kuhina_desktop.ui.widgets.record_models import EnvironmentTableModel, OpportunityTableModel
from kuhina_desktop.ui.widgets.table_model import OBJECT_ROLE, RecordFilterProxy

VOCAB = load_vocabulary()


def opportunities() -> list[Opportunity]:
    return [
        Opportunity(
            title=Text(fi="Työkokeilu kierrätyskeskuksessa", sv="Arbetsprövning"),
            kind="work_trial",
            status="published",
            municipalities=["167"],
            target_groups=["youth"],
            description=Text(fi="Lajittelua."),
        ),
        Opportunity(
            title=Text(fi="Kahvilan kuntouttava työtoiminta"),
            kind="rehabilitative_work",
            status="draft",
        ),
        Opportunity(
            title=Text(fi="Äidinkielen kerho"),
            kind="language_practice",
            status="closed",
            places=3,
            places_updated_on="2026-01-01",
        ),
    ]


def environments() -> list[Environment]:
    return [
        Environment(name=Text(fi="Kierrätyskeskus"), work_areas=["recycling"]),
        Environment(name=Text(fi="Kahvila Kulma", en="Café Kulma")),
    ]


def check(qtmodeltester: ModelTester, model: object) -> None:
    qtmodeltester.check(model, force_py=True)


def test_opportunity_model(qtmodeltester: ModelTester) -> None:
    model = OpportunityTableModel(VOCAB, lambda o: validate_opportunity(o, VOCAB))
    model.set_records(opportunities())
    check(qtmodeltester, model)
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    check(qtmodeltester, proxy)
    assert proxy.rowCount() == 3
    proxy.set_search("äidinkielen")
    assert proxy.rowCount() == 1
    proxy.set_search("arbetsprövning")  # the Swedish title is searched too
    assert proxy.rowCount() == 1
    proxy.set_search("")
    proxy.set_filter("draft")
    assert [proxy.data(proxy.index(r, 0), OBJECT_ROLE).status for r in range(proxy.rowCount())] == [
        "draft"
    ]
    proxy.set_filter("problems")
    assert proxy.rowCount() == 2  # the draft and the closed one lack required fields


def test_model_updates_rows_in_place(qtmodeltester: ModelTester) -> None:
    model = OpportunityTableModel(VOCAB, lambda o: [])
    records = opportunities()
    model.set_records(records)
    check(qtmodeltester, model)
    changed = [records[0], records[2]]
    changed[0].status = "paused"
    model.set_records(changed)
    assert model.rowCount() == 2
    assert model.data(model.index(0, model.STATUS)) == "Paused"
    model.upsert(Opportunity(title=Text(fi="Uusi")))
    assert model.rowCount() == 3


def test_environment_model(qtmodeltester: ModelTester) -> None:
    model = EnvironmentTableModel(VOCAB, lambda e: validate_environment(e, VOCAB))
    model.set_records(environments())
    check(qtmodeltester, model)
    assert (
        model.data(model.index(0, model.CHECK)).endswith("problem(s)")
        or model.data(model.index(0, model.CHECK)) != "OK"
    )


def test_checklist_bin_history_and_contacts_models(qtmodeltester: ModelTester) -> None:
    checklist = ChecklistModel()
    checklist.set_records(
        [
            ChecklistItem("1", "opportunity", "x", "Työkokeilu", "title.fi", "Puuttuu"),
            ChecklistItem("2", "organisation", "y", "Yhdistys", "contacts[0].email", "Väärä"),
        ]
    )
    check(qtmodeltester, checklist)
    assert checklist.data(checklist.index(1, ChecklistModel.FIELD)) == "E-mail"

    binned = BinTableModel()
    binned.set_records([BinItem(e.id, "environment", e) for e in environments()])
    check(qtmodeltester, binned)

    history = ExportHistoryModel()
    history.set_records(
        [
            ExportItem(
                "1",
                1,
                datetime(2026, 3, 1, tzinfo=UTC),
                "/tmp/a.kuhina",
                "ab" * 32,
                {"opportunities": 4, "environments": 2},
            ),
        ]
    )
    check(qtmodeltester, history)
    assert history.data(history.index(0, ExportHistoryModel.OPPORTUNITIES)) == "4"

    contacts = ContactTableModel()
    contacts.set_records([Contact(name="Äijä Öhman", email="aija@example.fi")])
    check(qtmodeltester, contacts)
    assert contacts.setData(contacts.index(0, ContactTableModel.PHONE), "040 123 4567")
    assert contacts.records[0].phone == "+358401234567"


@pytest.mark.parametrize("problems", [[], [Problem("x", "title.fi", "required", {})]])
def test_check_column_says_it_in_words(problems: list[Problem]) -> None:
    model = OpportunityTableModel(VOCAB, lambda o: problems)
    model.set_records(opportunities()[:1])
    text = model.data(model.index(0, model.CHECK))
    assert text == ("OK" if not problems else "1 problem")


def _many_opportunities(count: int) -> list[Opportunity]:
    words = ["Äidinkieli", "Åbo", "kahvila", "Zeta", "työkokeilu", "Öljy", "aamu", "Ärrä"]
    return [
        Opportunity(
            title=Text(fi=f"{words[n * 7 % len(words)]} {n * 37 % 101}"),
            status=("draft", "published", "paused", "closed")[n % 4],
            places=None if n % 3 else n,
        )
        for n in range(count)
    ]


class _UncachedModel(OpportunityTableModel):
    """The model as it was before its sort keys were kept while rows are put in."""

    def _inserted(self) -> None:
        self.endInsertRows()


@pytest.mark.parametrize("column", [0, 1, 6])
def test_a_sorted_list_fills_with_each_row_s_sort_key_computed_once(column: int) -> None:
    """Issue 19: a sorted proxy compares every new row many times while the rows are put in
    (about 3,000 keys for 200 rows); each row's key is now computed once, and the rows come
    in the same order as before, also for rows that change or arrive later (ties too)."""

    def filled(model: OpportunityTableModel) -> RecordFilterProxy:
        proxy = RecordFilterProxy()
        proxy.setSourceModel(model)
        proxy.sort(column)
        return proxy

    def shown(proxy: RecordFilterProxy) -> list[str]:
        return [proxy.data(proxy.index(r, 0), OBJECT_ROLE).id for r in range(proxy.rowCount())]

    model, before = (
        OpportunityTableModel(VOCAB, lambda _r: []),
        _UncachedModel(VOCAB, lambda _r: []),
    )
    proxy, before_proxy = filled(model), filled(before)
    calls = []
    sort_key = model.sort_key

    def counted(record: Opportunity, col: int) -> object:
        calls.append(record.id)
        return sort_key(record, col)

    model.sort_key = counted  # type: ignore[method-assign]
    records = _many_opportunities(200)
    model.set_records(records)
    before.set_records(records)
    assert len(calls) == len(set(calls)) == 200
    assert shown(proxy) == shown(before_proxy)
    changed = [
        *records[5:],
        Opportunity(id=records[0].id, title=Text(fi="Aaaa ensin"), status="closed", places=99),
        *_many_opportunities(20),
    ]
    model.set_records(changed)
    before.set_records(changed)
    assert shown(proxy) == shown(before_proxy)
