"""`build/system-deps.sh` waits for another apt or dpkg (issue 14): the package manager's
lock held by another process is waited for within a bound, and said so.

The lock is a real fcntl lock, as apt takes it, held by a child process on a file the test
names (KUHINA_PACKAGE_LOCKS); apt-get and dpkg-query are stand-ins on PATH that record how
they were called, so nothing is installed. No assertion is about time: the script is seen
waiting (its message, still running while the lock is held) and going on once it is free.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WAIT = ROOT / "build" / "wait-for-package-manager.sh"
SYSTEM_DEPS = ROOT / "build" / "system-deps.sh"
HOLDER = """
import fcntl, sys
handle = open(sys.argv[1], "w")
fcntl.lockf(handle, fcntl.LOCK_EX)
print("locked", flush=True)
sys.stdin.read()  # held until the test closes stdin
"""

pytestmark = pytest.mark.skipif(
    not Path("/proc/locks").exists(), reason="the lock is read from /proc/locks (Linux)"
)


class Holder:
    """A child process holding an fcntl write lock on `path` until `release()`."""

    def __init__(self, path: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(path)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert self.process.stdout is not None
        assert self.process.stdout.readline() == "locked\n"

    def release(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.close()
            self.process.wait(timeout=60)
        if self.process.stdout is not None:
            self.process.stdout.close()


@pytest.fixture
def lock_file(tmp_path: Path) -> Path:
    path = tmp_path / "lock-frontend"
    path.touch()
    return path


@pytest.fixture
def holder(lock_file: Path) -> Iterator[Holder]:
    held = Holder(lock_file)
    yield held
    held.release()


def _environment(lock_file: Path, **extra: str) -> dict[str, str]:
    return {**os.environ, "KUHINA_PACKAGE_LOCKS": f"{lock_file} /nonexistent/lock",
            "KUHINA_APT_LOCK_POLL": "0.1", **extra}  # fmt: skip


def test_a_free_lock_is_not_waited_for(lock_file: Path) -> None:
    result = subprocess.run(["bash", WAIT], env=_environment(lock_file), capture_output=True,
                            text=True, timeout=60)  # fmt: skip
    assert (result.returncode, result.stderr) == (0, "")


def test_a_held_lock_is_waited_for_and_said_so(lock_file: Path, holder: Holder) -> None:
    with subprocess.Popen(
        ["bash", WAIT], env=_environment(lock_file), stderr=subprocess.PIPE, text=True
    ) as waiting:
        assert waiting.stderr is not None
        first = waiting.stderr.readline()
        assert f"process {holder.process.pid}" in first and "waiting up to 600 s" in first
        assert waiting.poll() is None  # still waiting while the lock is held
        holder.release()
        assert waiting.wait(timeout=120) == 0
        assert "free again" in waiting.stderr.read()


def test_the_wait_is_bounded(lock_file: Path, holder: Holder) -> None:
    result = subprocess.run(
        ["bash", WAIT], env=_environment(lock_file, KUHINA_APT_LOCK_WAIT="1"),
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 1
    assert "still busy after 1 s" in result.stderr
    assert f"process {holder.process.pid}" in result.stderr


def _stand_ins(folder: Path) -> Path:
    """dpkg-query that finds nothing installed; apt-get that records its arguments."""
    folder.mkdir()
    log = folder / "apt-get.log"
    (folder / "dpkg-query").write_text("#!/bin/sh\nexit 1\n")
    (folder / "apt-get").write_text(f'#!/bin/sh\necho "$@" >> "{log}"\n')
    for name in ("dpkg-query", "apt-get"):
        (folder / name).chmod(0o755)
    return log


@pytest.mark.skipif(os.geteuid() != 0, reason="system-deps.sh installs only as root")
def test_system_deps_waits_before_apt_get(tmp_path: Path, lock_file: Path) -> None:
    log = _stand_ins(tmp_path / "bin")
    env = _environment(lock_file, PATH=f"{tmp_path / 'bin'}:{os.environ['PATH']}")
    held = Holder(lock_file)
    try:
        refused = subprocess.run(["bash", SYSTEM_DEPS, "run"], capture_output=True, text=True,
                                 env={**env, "KUHINA_APT_LOCK_WAIT": "1"}, timeout=120)  # fmt: skip
    finally:
        held.release()
    assert refused.returncode == 1 and "still busy" in refused.stderr
    assert not log.exists()  # apt-get never ran beside the other package manager

    done = subprocess.run(["bash", SYSTEM_DEPS, "run"], capture_output=True, text=True,
                          env=env, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    update, install = log.read_text().splitlines()
    assert update.startswith("-o DPkg::Lock::Timeout=") and update.endswith("update -qq")
    assert install.startswith("-o DPkg::Lock::Timeout=") and " install -y " in install
