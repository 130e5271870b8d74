"""The coordinator's catalogue filter "not checked for N months" and the organisations
view's count of offers not checked for six months."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kuhina_desktop.catalogue.status import OrganisationStatus
from kuhina_desktop.domain.checked import months_before
from kuhina_desktop.domain.vocab import load_vocabulary
from kuhina_desktop.ui.coordinator.catalogue_filters import CatalogueFilterBar
from kuhina_desktop.ui.coordinator.organisations import OrganisationEntry, OrganisationsModel


def test_the_filter_asks_for_offers_not_checked_since_n_months(qtbot: QtBot) -> None:
    bar = CatalogueFilterBar(load_vocabulary())
    qtbot.addWidget(bar)
    assert bar.query().filters.checked_before is None
    texts = [bar.checked.itemText(i) for i in range(bar.checked.count())]
    assert texts == ["Any time", "Not checked for 3 months", "Not checked for 6 months",
                     "Not checked for 12 months"]  # fmt: skip
    with qtbot.waitSignal(bar.query_changed) as emitted:
        bar.choose(bar.checked, "6")
    assert emitted.args[0].filters.checked_before == months_before(date.today(), 6)
    assert bar.checked.accessibleName() == "Checked"


def test_the_organisations_view_counts_offers_due_a_check() -> None:
    status = OrganisationStatus(
        organisation_id="o1", name="Yhdistys", business_id=None, trust_state="trusted",
        fingerprint=None, pending_fingerprints=(), last_sequence=1, last_import_at=None,
        last_package_created_at=None,
        counts={"opportunities": 5, "published": 4, "check_due": 3},
        stale=False, hidden=False, flags=(),
    )  # fmt: skip
    model = OrganisationsModel()
    model.set_records([OrganisationEntry(status)])
    assert model.data(model.index(0, model.CHECK_DUE)) == "3"
    header = model.headerData(model.CHECK_DUE, Qt.Orientation.Horizontal)
    assert header == "Not checked for 6 months"
