"""The workspace's lock: one holder at a time, within a process and between processes, and
the same lock as `filelock` takes (a program of an earlier version, which locked through
`filelock`, and this one hold each other off); taking it loads no `filelock` on POSIX."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from filelock import FileLock, Timeout

from kuhina_desktop.errors import WorkspaceError
from kuhina_desktop.store.workspace_folder import LOCK, WorkspaceLock

posix_only = pytest.mark.skipif(os.name != "posix", reason="flock is taken directly on POSIX")


def _refused(folder: Path) -> str:
    with pytest.raises(WorkspaceError) as raised:
        WorkspaceLock(folder).acquire()
    return raised.value.code


def test_one_holder_at_a_time_and_let_go_on_release(tmp_path: Path) -> None:
    first = WorkspaceLock(tmp_path)
    first.acquire()
    assert _refused(tmp_path) == "workspace_locked"
    first.release()
    first.release()  # twice is harmless
    again = WorkspaceLock(tmp_path)
    again.acquire()
    again.release()
    assert (tmp_path / LOCK).stat().st_mode & 0o777 == 0o600 or os.name != "posix"


def test_filelock_and_this_lock_hold_each_other_off(tmp_path: Path) -> None:
    theirs = FileLock(str(tmp_path / LOCK), timeout=0, thread_local=False)
    theirs.acquire()
    assert _refused(tmp_path) == "workspace_locked"
    theirs.release()
    ours = WorkspaceLock(tmp_path)
    ours.acquire()
    with pytest.raises(Timeout):
        FileLock(str(tmp_path / LOCK), timeout=0, thread_local=False).acquire()
    ours.release()


def test_another_process_holds_it_off(tmp_path: Path) -> None:
    ours = WorkspaceLock(tmp_path)
    ours.acquire()
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from kuhina_desktop.errors import WorkspaceError\n"
        "from kuhina_desktop.store.workspace_folder import WorkspaceLock\n"
        "try:\n"
        f"    WorkspaceLock(Path({str(tmp_path)!r})).acquire()\n"
        "except WorkspaceError as exc:\n"
        "    print(exc.code)\n"
    )
    try:
        done = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True
        )
    finally:
        ours.release()
    assert done.stdout.strip() == "workspace_locked"


@posix_only
def test_taking_the_lock_loads_no_filelock(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from kuhina_desktop.store.workspace_folder import WorkspaceLock\n"
        f"lock = WorkspaceLock(Path({str(tmp_path)!r}))\n"
        "lock.acquire()\n"
        "lock.release()\n"
        "print('filelock' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False"
