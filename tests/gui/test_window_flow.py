"""The main flow as a volunteer goes through it: first start, the organisation, a coaching
environment, an opportunity with Finnish text, a problem shown and fixed, the package made
and verified by `kuhina package verify`."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from window_helpers import choose, tick, type_text

from kuhina_desktop.cli import main as kuhina
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.ui.association.first_start import CREATE, KEY, START, FirstStartWizard
from kuhina_desktop.ui.association.send_dialog import SendDialog
from kuhina_desktop.ui.association.window import MainWindow, open_window
from kuhina_desktop.ui.roles import COORDINATOR, WindowContext
from kuhina_desktop.ui.widgets.background import ImmediateExecutor

TITLE = "Työkokeilu kierrätysmyymälässä – äänentoistoa, öljyä ja Åbo-tuotteita"


def test_first_start_creates_the_organisation(
    qtbot: QtBot, tmp_path: Path, context: WindowContext
) -> None:
    wizard = FirstStartWizard(executor=ImmediateExecutor())
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.welcome_page.role() == "association"
    coordinator = wizard.welcome_page.role_buttons["coordinator"]
    assert coordinator.isEnabled() == COORDINATOR.available()
    wizard.next()
    assert wizard.currentId() == START
    wizard.next()
    assert wizard.currentId() == CREATE
    page = wizard.create_page
    page.name.setText("Työpaja Äänekoski ry")
    page.business_id.setText("1234567-2")
    assert page.business_problem.isVisible()
    assert "check digit" in page.business_problem.text()
    assert not page.isComplete()
    page.business_id.setText("1234567-1")
    assert not page.business_problem.isVisible()
    page.passphrase.first.setText("kuusi-sanaa")
    assert not page.isComplete()  # typed once only
    page.passphrase.second.setText("kuusi-sanaa")
    assert page.isComplete()
    page.folder.setText(str(tmp_path / "org"))
    wizard.next()
    assert wizard.currentId() == KEY
    assert wizard.fingerprint.startswith("SHA256:")
    assert wizard.key_page.key_info.value.text() == wizard.fingerprint
    assert "phone" in wizard.key_page.key_info.explanation.text()
    wizard.accept()

    window = open_window(tmp_path / "org", context)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Kuhina – Työpaja Äänekoski ry"
    window.close()


def make_environment(window: MainWindow) -> str:
    page = window.show_page("environments")
    page.on_new_clicked()
    form = page.form
    type_text(form.name, "Kierrätyskeskus Ähtäri")
    type_text(form.address.street, "Koulukatu 5")
    type_text(form.address.postal_code, "80100")
    choose(form.address.municipality, "167")
    tick(form.work_areas, "recycling", "shop")
    return str(form.record_id)


def test_environment_and_opportunity_to_a_verified_package(
    qtbot: QtBot, window: MainWindow, workspace: OrgWorkspace, tmp_path: Path
) -> None:
    environment_id = make_environment(window)
    saved = workspace.snapshot().environments
    assert [e.name.fi for e in saved] == ["Kierrätyskeskus Ähtäri"]
    assert saved[0].work_areas == ["recycling", "shop"]
    assert window.pages["environments"].form.problems == []

    page = window.show_page("opportunities")
    page.on_new_clicked()
    form = page.form
    type_text(form.title, TITLE)
    type_text(
        form.description,
        "Lajittelet lahjoituksia, hinnoittelet tavaroita ja palvelet "
        "asiakkaita. Työ sopii myös niille, joiden suomi on vasta alussa.",
    )
    choose(form.kind, "work_trial")
    choose(form.environment, environment_id)
    tick(form.target_groups, "long_term_unemployed", "immigrants")
    form.municipalities.whole_region.click()

    # A problem as the user types: at most 20 hours, but at least 30.
    form.hours.low.setValue(30)
    form.hours.high.setValue(20)
    row = form.rows["hours_per_week"]
    assert row.problem.isVisible()
    assert len(row.problems) == 1 and "30" in row.problems[0] and "20" in row.problems[0]
    assert "⚠" in row.problem.text()
    assert row.editor.accessibleDescription().endswith(row.problems[0])
    form.hours.high.setValue(35)
    form.hours.high.editingFinished.emit()
    assert not row.problem.isVisible()
    choose(form.status, "published")

    saved_opp = workspace.snapshot().opportunities[0]
    assert saved_opp.title.fi == TITLE
    assert saved_opp.status == "published"
    assert saved_opp.municipalities and len(saved_opp.municipalities) == 13
    assert saved_opp.hours_per_week is not None and saved_opp.hours_per_week.max == 35
    assert form.problems == []
    assert "*" not in window.windowTitle()

    checklist = window.show_page("checklist")
    assert checklist.counts == (1, 0, 0)

    out = tmp_path / "sent" / "paketti.kuhina"
    out.parent.mkdir()
    dialog = SendDialog(workspace, window, executor=ImmediateExecutor())
    qtbot.addWidget(dialog)
    assert "first package" in dialog.contents.text()
    dialog.set_target(out)
    dialog.on_make_clicked()
    assert dialog.result is not None, dialog.error.text()
    assert dialog.pages.currentWidget() is dialog.done_page
    assert str(out) in dialog.done_path.text()
    assert out.is_file()
    with zipfile.ZipFile(out) as archive:
        assert "SHA256SUMS.sig" in archive.namelist()
    assert kuhina(["package", "verify", str(out)]) == 0

    window.on_exported(dialog.result)
    history = window.show_page("history")
    assert history.model.rowCount() == 1


def test_export_runs_off_the_ui_thread(
    qtbot: QtBot, window: MainWindow, workspace: OrgWorkspace, tmp_path: Path
) -> None:
    dialog = SendDialog(workspace, window, executor=None)  # the real thread pool
    qtbot.addWidget(dialog)
    dialog.set_target(tmp_path / "threaded.kuhina")
    with qtbot.waitSignal(dialog.exported, timeout=30000):
        dialog.on_make_clicked()
        assert dialog.operation is not None and dialog.operation.running
    assert (tmp_path / "threaded.kuhina").is_file()


def test_a_problem_stops_the_export_and_points_to_the_checklist(
    qtbot: QtBot, window: MainWindow, workspace: OrgWorkspace, tmp_path: Path
) -> None:
    page = window.show_page("opportunities")
    page.on_new_clicked()
    type_text(page.form.title, "Kesken jäänyt")
    choose(page.form.status, "published")
    checklist = window.show_page("checklist")
    assert checklist.counts[1] > 0
    first = checklist.proxy.index(0, 0)
    with qtbot.waitSignal(checklist.navigate):
        checklist.table.activated.emit(first)

    dialog = SendDialog(workspace, window, executor=ImmediateExecutor())
    qtbot.addWidget(dialog)
    assert dialog.problems_label.isVisibleTo(dialog)
    dialog.set_target(tmp_path / "refused.kuhina")
    dialog.on_make_clicked()
    assert dialog.result is None
    assert dialog.error.isVisibleTo(dialog)
    assert not (tmp_path / "refused.kuhina").exists()
    with qtbot.waitSignal(dialog.show_checklist):
        dialog.checklist_button.click()


@pytest.mark.parametrize("passphrase", ["oikea-lause"])
def test_export_asks_for_the_passphrase(
    qtbot: QtBot, tmp_path: Path, context: WindowContext, passphrase: str
) -> None:
    with OrgWorkspace.create(tmp_path / "locked", "Lukittu ry", passphrase=passphrase) as ws:
        dialog = SendDialog(ws, None, executor=ImmediateExecutor())
        qtbot.addWidget(dialog)
        assert dialog.passphrase.isVisibleTo(dialog)
        dialog.set_target(tmp_path / "p.kuhina")
        dialog.passphrase.setText("väärä")
        dialog.on_make_clicked()
        assert dialog.result is None and dialog.error.isVisibleTo(dialog)
        dialog.passphrase.setText(passphrase)
        dialog.on_make_clicked()
        assert dialog.result is not None
