"""The audit page shows every output made from the window (who, where to, how many) and
names a hidden record by its title."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from kuhina_desktop.ui.coordinator.audit import AuditModel
from kuhina_desktop.ui.coordinator.outputs import OPEN_DATA, WEB
from kuhina_desktop.ui.coordinator.window import CoordinatorWindow
from kuhina_desktop.ui.roles import WindowContext
from tests.catalogue_support.packages import publishers


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, context: WindowContext) -> Iterator[CoordinatorWindow]:
    ws = CatalogueWorkspace.create(tmp_path / "catalogue")
    main = CoordinatorWindow(ws, context, actor="koordinaattori")
    qtbot.addWidget(main)
    main.show()
    yield main
    main.close()
    ws.close()


def test_outputs_from_the_window_are_in_the_audit_log(
    window: CoordinatorWindow, tmp_path: Path
) -> None:
    [pub] = publishers(1, opportunities=3, seed=81)
    ws = window.workspace
    assert ws.import_package(pub.export(), trust_new=True, decisions="accept_all").done
    opportunity = next(o for o in pub.snapshot.opportunities if o.status == "published")
    ws.hide(opportunity.id, "Täynnä syksyyn asti", actor="koordinaattori")
    outputs = window.show_page("outputs")
    outputs.sections[WEB].folder.setText(str(tmp_path / "site"))
    outputs.on_publish_clicked()
    outputs.sections[OPEN_DATA].folder.setText(str(tmp_path / "open"))
    outputs.on_open_data_clicked()

    audit = window.show_page("audit")
    audit.load()
    rows = {audit.model.cell(r, AuditModel.WHAT): r for r in audit.model.records}
    published = rows["Web catalogue published"]
    assert published.entry.actor == "koordinaattori"
    summary = audit.model.cell(published, AuditModel.SUMMARY)
    shown = len(pub.snapshot.opportunities) - 1  # drafts are not exported; one hidden
    view = ws.published()
    count = sum(len(o.opportunities) for o in view.organisations)
    assert summary == (
        f"Opportunities: {count}, organisations: 1, to {(tmp_path / 'site').resolve()}"
    )
    assert count <= shown
    assert "Open data made" in rows
    hidden = audit.model.cell(rows["Record hidden"], AuditModel.SUMMARY)
    assert hidden == f"{opportunity.title.fi}. Reason: Täynnä syksyyn asti"
