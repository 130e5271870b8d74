"""The exclusive lock on a workspace folder (`.lock`), held while a program has it open, so
a second program gets a clear message instead of two writers on one file; and the folder
made private again whenever it is locked (docs/architecture.md, "Writing files").

`filelock` is imported with this module, whose import takes a while (some 30 modules): the
windows import the workspace services that use it beside their frame's first paint
(`ui.widgets.background_import.import_beside`), and reading a folder's kind marker
(`workspace_folder`) does not need it.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from filelock import FileLock, Timeout

from kuhina_desktop.atomic_write import PRIVATE, PRIVATE_FOLDER
from kuhina_desktop.errors import WorkspaceError

LOCK = ".lock"


class WorkspaceLock:
    """An exclusive, process-wide lock on a workspace folder, released on close."""

    def __init__(self, folder: Path) -> None:
        self._lock = FileLock(str(folder / LOCK), timeout=0, thread_local=False, mode=0o600)
        self._folder = folder

    def acquire(self) -> None:
        try:
            self._lock.acquire()
        except Timeout as exc:
            raise WorkspaceError("workspace_locked", path=str(self._folder)) from exc
        make_private(self._folder)

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release()


def make_private(folder: Path) -> None:
    """Leave the workspace folder and what it holds readable only by its user (POSIX):
    a workspace made by an earlier version, or a copy, may have been left open to others."""
    if os.name != "posix":
        return
    paths = [folder, *folder.iterdir()]
    for sub in [p for p in paths[1:] if p.is_dir() and not p.is_symlink()]:
        paths += sub.iterdir()  # keys/, keys/retired, backups/: two levels, not an output
    for path in paths:
        if path.is_symlink():
            continue
        wanted = PRIVATE_FOLDER if path.is_dir() else PRIVATE
        if path.name.endswith(".pub") and not path.is_dir():
            continue  # a public key may be read by anyone
        with contextlib.suppress(OSError):
            if path.stat().st_mode & 0o777 != wanted:
                path.chmod(wanted)
