"""Settings: the coordinator's e-mail address, the key's passphrase, a new key, and a backup
restored into a new folder that opens as the same organisation."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kuhina_desktop.packages import keys
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.ui.association import key_actions
from kuhina_desktop.ui.association.send_dialog import COORDINATOR_EMAIL
from kuhina_desktop.ui.association.settings_dialog import SettingsDialog
from kuhina_desktop.ui.association.window import MainWindow
from kuhina_desktop.ui.widgets.background import ImmediateExecutor
from kuhina_desktop.ui.widgets.passphrase_dialog import NewPassphraseDialog, PassphraseDialog


def settings(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    dialog = SettingsDialog(window.workspace, window, executor=ImmediateExecutor())
    qtbot.addWidget(dialog)
    dialog.status_message.connect(window.show_status)
    dialog.changes_made.connect(window.on_changes)
    dialog.show()
    return dialog


def answer_new_passphrase(
    monkeypatch: pytest.MonkeyPatch, current: str | None, new: str | None
) -> None:
    monkeypatch.setattr(
        NewPassphraseDialog, "ask", classmethod(lambda cls, *a, **k: (current, new))
    )


def test_coordinator_email_is_checked_and_saved(
    qtbot: QtBot, window: MainWindow, workspace: OrgWorkspace
) -> None:
    dialog = settings(qtbot, window)
    dialog.email.setText("koordinaattori@kuhina")
    dialog.email.editingFinished.emit()
    assert dialog.email_problem.isVisible()
    assert workspace.setting(COORDINATOR_EMAIL) is None
    dialog.email.setText("koordinaattori@kuhina.fi")
    dialog.email.editingFinished.emit()
    assert not dialog.email_problem.isVisible()
    assert workspace.setting(COORDINATOR_EMAIL) == "koordinaattori@kuhina.fi"


def test_passphrase_change(
    qtbot: QtBot, window: MainWindow, workspace: OrgWorkspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = settings(qtbot, window)
    answer_new_passphrase(monkeypatch, None, "uusi-salalause")
    dialog.passphrase_button.click()
    keys.load_private_key(workspace.key_file, "uusi-salalause")
    assert "passphrase was changed" in window.statusBar().currentMessage()


def test_new_key_is_shown(
    qtbot: QtBot, window: MainWindow, workspace: OrgWorkspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = workspace.fingerprint()
    organisation = window.page("organisation")  # built before: it must follow the change
    assert organisation.form.key_info.value.text() == before
    monkeypatch.setattr(key_actions.Confirm, "ask", classmethod(lambda cls, *a: True))
    answer_new_passphrase(monkeypatch, None, None)
    dialog = settings(qtbot, window)
    dialog.rotate_button.click()
    after = workspace.fingerprint()
    assert after != before
    assert dialog.key_info.value.text() == after
    assert organisation.form.key_info.value.text() == after


def test_backup_and_restore(
    qtbot: QtBot,
    window: MainWindow,
    workspace: OrgWorkspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "varmuuskopio.kuhinabackup"
    answer_new_passphrase(monkeypatch, None, "varmuus-lause")
    monkeypatch.setattr(key_actions.BackupFiles, "save_as", classmethod(lambda cls, *a: target))
    settings(qtbot, window).backup_button.click()
    assert target.is_file()
    assert str(target) in window.statusBar().currentMessage()

    monkeypatch.setattr(key_actions.BackupFiles, "open", classmethod(lambda cls, *a: target))
    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(lambda cls, *a: "varmuus-lause"))
    with qtbot.waitSignal(window.open_requested) as opened:
        window.restore_action.trigger()
    folder = Path(opened.args[0])
    assert folder.is_dir() and folder != workspace.folder
    with OrgWorkspace.open(folder) as restored:
        assert restored.organisation == workspace.organisation
        assert restored.fingerprint() == workspace.fingerprint()


def test_wrong_backup_passphrase_is_said(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown_messages: object,
) -> None:
    target = tmp_path / "b.kuhinabackup"
    answer_new_passphrase(monkeypatch, None, "oikea-lause")
    monkeypatch.setattr(key_actions.BackupFiles, "save_as", classmethod(lambda cls, *a: target))
    window.backup_action.trigger()
    monkeypatch.setattr(key_actions.BackupFiles, "open", classmethod(lambda cls, *a: target))
    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(lambda cls, *a: "väärä-lause"))
    with qtbot.assertNotEmitted(window.open_requested):
        window.restore_action.trigger()
    assert shown_messages.errors  # type: ignore[attr-defined]
