"""'Mark as checked' on the opportunities list (one or many rows) and the reminder when the
window opens about offers not checked for six months."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from kuhina_desktop.domain.model import Opportunity, Text
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.ui.association.window import MainWindow
from kuhina_desktop.ui.roles import WindowContext

OLD = "2025-01-10T10:00:00+02:00"


def old_offers(workspace: OrgWorkspace) -> list[Opportunity]:
    offers = [
        Opportunity(title=Text(fi=f"Vanha tarjous {n}"), status="published", updated_at=OLD,
                    reviewed_on="2025-01-10")
        for n in range(3)
    ]  # fmt: skip
    for opp in offers:
        workspace.store.put_opportunity(opp)  # as saved long ago (the service stamps now)
    return offers


def test_the_window_reminds_and_marking_checked_clears_it(
    qtbot: QtBot, workspace: OrgWorkspace, context: WindowContext
) -> None:
    offers = old_offers(workspace)
    window = MainWindow(workspace, context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.check_reminder is not None and "3 offers" in window.check_reminder
    assert window.statusBar().currentMessage() == window.check_reminder

    page = window.show_page("opportunities")
    page.table.clearSelection()
    page.checked_button.click()
    assert "First choose" in window.statusBar().currentMessage()
    for opp in offers[:2]:
        page.select_record(opp.id)
    page.table.selectAll()
    selected = {r.id for r in page.selected_records()}
    assert selected == {o.id for o in offers}
    page.checked_button.click()
    today = date.today().isoformat()
    stored = {o.id: o.reviewed_on for o in workspace.snapshot().opportunities}
    assert stored == {o.id: today for o in offers}
    assert "3 offers marked as checked today" in window.statusBar().currentMessage()
    model = page.model
    assert model.rowCount() == 3
    assert not [r for r in model.records if model.matches(r, "review")]  # none due any more

    again = MainWindow(workspace, context)
    qtbot.addWidget(again)
    assert again.check_reminder is None
