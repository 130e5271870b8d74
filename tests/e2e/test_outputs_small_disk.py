"""Every output from the command line on a real full disk and a real read-only folder.

A tmpfs of a few megabytes is mounted for each test (root only; elsewhere the test is
skipped and `tests/unit/test_output_write_errors.py` covers the same with injected errors).
Each output is written once, the disk is filled, the output is asked for again with other
content: the command exits 1 with the translated "disk is full" message (no traceback), and
the disk holds the earlier output, byte for byte, and nothing else of the program's. With
room again, the same command works. The same disk remounted read-only gives the
"cannot be written to" message.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from kuhina_desktop.cli import main
from kuhina_desktop.messages import translate
from kuhina_desktop.services import backup as backup_service
from tests.e2e.test_output_crash import catalogue_with
from tests.unit.test_package_export import make_workspace

MOUNT = shutil.which("mount")


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    """A 6 MB tmpfs mounted at tmp_path/disk, unmounted afterwards."""
    if os.name != "posix" or os.geteuid() != 0 or MOUNT is None:
        pytest.skip("mounting a small file system needs root on POSIX")
    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = subprocess.run(
        [MOUNT, "-t", "tmpfs", "-o", "size=6m,mode=0755", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"this machine does not let a test mount a tmpfs: {mounted.stderr!r}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(disk: Path) -> Path:
    """Fill the disk up to its last byte; returns the filler file."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for chunk in (65536, 4096, 1):
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * chunk)
    finally:
        os.close(fd)
    return filler


def tree(folder: Path) -> dict[str, str]:
    return {
        path.relative_to(folder).as_posix(): (
            hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "folder"
        )
        for path in sorted(folder.rglob("*"))
        if path.name != "filler"
    }


def kuhina(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--language", "en", *[str(a) for a in args]])
    return code, capsys.readouterr().err


@pytest.fixture
def commands(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, list[list[str | Path]]]:
    """Per output, the command of the first and of the second run (other content)."""
    monkeypatch.setattr(backup_service, "SCRYPT_LOG_N", 12)
    monkeypatch.setenv("BACKUP_PASS", "täysi levy 28")
    cats = [catalogue_with(tmp_path / "a", 2, 91), catalogue_with(tmp_path / "b", 3, 92)]
    make_workspace(tmp_path / "org").close()
    org = tmp_path / "org"

    def catalogue(command: str, out: str) -> list[list[str | Path]]:
        return [["catalogue", command, "--workspace", c, "--out", out] for c in cats]

    backup = ["org", "backup", "--workspace", org, "--passphrase-env", "BACKUP_PASS", "--out"]
    return {
        "excel": [[*c, "--municipality", "167"] for c in catalogue("excel", "{disk}/excel")],
        "opendata": catalogue("opendata", "{disk}/open-data"),
        "publish": catalogue("publish", "{disk}/site"),
        "export": [["org", "export", "--workspace", org, "--out", "{disk}/org.kuhina"]] * 2,
        "backup": [[*backup, "{disk}/org.backup"]] * 2,
    }


def at(command: list[str | Path], disk: Path) -> list[str | Path]:
    return [str(a).format(disk=disk) if isinstance(a, str) else a for a in command]


@pytest.mark.parametrize("output", ["excel", "opendata", "publish", "export", "backup"])
def test_a_full_disk(
    disk: Path,
    commands: dict[str, list[list[str | Path]]],
    capsys: pytest.CaptureFixture[str],
    output: str,
) -> None:
    first, second = (at(c, disk) for c in commands[output])
    code, err = kuhina(capsys, *first)
    assert code == 0, err
    before = tree(disk)
    filler = fill(disk)
    code, err = kuhina(capsys, *second)
    assert code == 1
    assert "Traceback" not in err
    assert translate("disk_full", "en", path="").split(":")[0] in err  # "The disk is full"
    assert tree(disk) == before, "the earlier output changed, or something was left"
    filler.unlink()
    code, err = kuhina(capsys, *second)
    assert code == 0, err
    assert not [p for p in disk.rglob("*") if ".kuhina-" in p.name[1:]]


@pytest.mark.parametrize("output", ["excel", "opendata", "publish", "export", "backup"])
def test_a_read_only_folder(
    disk: Path,
    commands: dict[str, list[list[str | Path]]],
    capsys: pytest.CaptureFixture[str],
    output: str,
) -> None:
    first, second = (at(c, disk) for c in commands[output])
    code, err = kuhina(capsys, *first)
    assert code == 0, err
    before = tree(disk)
    subprocess.run([MOUNT, "-o", "remount,ro", str(disk)], check=True)
    code, err = kuhina(capsys, *second)
    assert code == 1
    assert "Traceback" not in err
    assert "cannot be written to" in err
    assert tree(disk) == before
