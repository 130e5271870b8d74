"""Actions on the signing key and backups, shared by the settings, the menus and the first
start: change the passphrase, make a new key (rotation), make a backup, restore one.

Each runs its work through `BackgroundOperation` and reports back with a callback; every
question to the user is a class method of a dialog, so tests answer it instead.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from kuhina_desktop import paths
from kuhina_desktop.services import backup, key_rotation
from kuhina_desktop.services.changes import Changes
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.ui.association.send_dialog import file_slug, key_is_encrypted
from kuhina_desktop.ui.widgets.background import BackgroundOperation, Executor
from kuhina_desktop.ui.widgets.confirm import Confirm
from kuhina_desktop.ui.widgets.passphrase_dialog import NewPassphraseDialog, PassphraseDialog

translate = QCoreApplication.translate


class BackupFiles:
    """Where to write a backup and which one to restore (class methods, for tests)."""

    @classmethod
    def save_as(cls, parent: QWidget, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            translate("KeyActions", "Save the backup"),
            str(suggested),
            translate("KeyActions", "Kuhina backups (*.kuhinabackup)"),
        )
        return Path(name) if name else None

    @classmethod
    def open(cls, parent: QWidget) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            translate("KeyActions", "Choose the backup"),
            str(Path.home()),
            translate("KeyActions", "Kuhina backups (*.kuhinabackup);;All files (*)"),
        )
        return Path(name) if name else None


def change_passphrase(
    parent: QWidget, workspace: OrgWorkspace, executor: Executor | None, done: Callable[[str], None]
) -> None:
    answer = NewPassphraseDialog.ask(
        parent,
        translate("KeyActions", "Change the passphrase"),
        translate(
            "KeyActions",
            "The passphrase protects the signing key on this computer. You need it every time "
            "you make a package. Leave the new one empty to use no passphrase.",
        ),
        ask_current=key_is_encrypted(workspace),
    )
    if answer is None:
        return
    old, new = answer
    op = BackgroundOperation(
        parent,
        lambda _p: workspace.change_key_passphrase(old, new),
        title=translate("KeyActions", "Changing the passphrase…"),
        executor=executor,
    )
    op.success(lambda _r: done(translate("KeyActions", "The passphrase was changed."))).run()


def rotate_key(
    parent: QWidget,
    workspace: OrgWorkspace,
    executor: Executor | None,
    done: Callable[[Changes, str], None],
) -> None:
    if not Confirm.ask(
        parent,
        translate("KeyActions", "Make a new signing key"),
        translate(
            "KeyActions",
            "Make a new key if you think someone else may have got a copy of this computer's "
            "files. The old key signs the new one, so the coordinator accepts your next "
            "package without phoning. Continue?",
        ),
    ):
        return
    answer = NewPassphraseDialog.ask(
        parent,
        translate("KeyActions", "Make a new signing key"),
        translate(
            "KeyActions",
            "Give the current passphrase (if there is one) and a passphrase for the new key "
            "(or leave it empty).",
        ),
        ask_current=key_is_encrypted(workspace),
    )
    if answer is None:
        return
    old, new = answer
    op = BackgroundOperation(
        parent,
        lambda _p: key_rotation.rotate_key(workspace, old, new),
        title=translate("KeyActions", "Making a new key…"),
        executor=executor,
    )

    def succeeded(result: Any) -> None:
        done(
            result.changes,
            translate("KeyActions", "A new signing key was made. Its fingerprint is %1.").replace(
                "%1", result.fingerprint
            ),
        )

    op.success(succeeded).run()


def make_backup(
    parent: QWidget, workspace: OrgWorkspace, executor: Executor | None, done: Callable[[str], None]
) -> None:
    answer = NewPassphraseDialog.ask(
        parent,
        translate("KeyActions", "Make a backup"),
        translate(
            "KeyActions",
            "The backup holds everything, including the signing key, so it is locked with a "
            "passphrase. Choose one and write it down somewhere safe: without it the backup "
            "cannot be opened.",
        ),
        ask_current=False,
        optional=False,
    )
    if answer is None:
        return
    _current, passphrase = answer
    name = f"{file_slug(workspace.organisation.name.fi)}-{date.today().isoformat()}.kuhinabackup"
    target = BackupFiles.save_as(parent, Path.home() / name)
    if target is None or not passphrase:
        return
    op = BackgroundOperation(
        parent,
        lambda _p: backup.backup(workspace, target, passphrase),
        title=translate("KeyActions", "Making the backup…"),
        executor=executor,
    )
    op.success(
        lambda r: done(
            translate("KeyActions", "The backup was saved to %1.").replace("%1", str(r.path))
        )
    ).run()


def restore_backup(
    parent: QWidget, executor: Executor | None, done: Callable[[Path], None]
) -> None:
    """Restore a backup into a new folder and hand that folder to `done`."""
    source = BackupFiles.open(parent)
    if source is None:
        return
    passphrase = PassphraseDialog.ask(
        parent,
        translate("KeyActions", "Restore a backup"),
        translate("KeyActions", "The passphrase the backup was made with:"),
    )
    if passphrase is None:
        return
    folder = _free_folder(paths.data_dir() / f"restored-{date.today().isoformat()}")
    op = BackgroundOperation(
        parent,
        lambda _p: backup.restore(source, folder, passphrase),
        title=translate("KeyActions", "Restoring the backup…"),
        executor=executor,
    )
    op.success(lambda r: done(Path(r.folder))).run()


def _free_folder(base: Path) -> Path:
    candidate, n = base, 1
    while candidate.exists():
        n += 1
        candidate = base.with_name(f"{base.name}-{n}")
    return candidate
