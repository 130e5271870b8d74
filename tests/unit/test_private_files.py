"""Private data is readable only by its user whatever the umask (POSIX): every file the
program creates in a workspace, a backup or a restored workspace is 0600 (a public key
0644) and every folder 0700; the SQLite -wal and -shm files too. The outputs meant for
others (packages, Excel, open data, the web catalogue) keep the umask's mode.

Each test runs under umask 022, the usual default, under which the code before this test
left the catalogue database 0644, workspace folders 0755 and a restored workspace.json 0644.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from kuhina_desktop.exports.excel import write_excel
from kuhina_desktop.exports.opendata import write_open_data
from kuhina_desktop.exports.site import publish_site
from kuhina_desktop.services import backup as backup_service
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from kuhina_desktop.services.key_rotation import rotate_key
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.services.package_export import export_package
from kuhina_desktop.store.migrate import backup_sqlite_file
from kuhina_desktop.store.workspace_lock import WorkspaceLock
from tests.unit.published_fixtures import published_from_demo
from tests.unit.test_package_export import make_workspace

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
PASSPHRASE = "yksityinen 0600"


@pytest.fixture(autouse=True)
def umask_022(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(backup_service, "SCRYPT_LOG_N", 12)
    old = os.umask(0o022)
    yield
    os.umask(old)


def modes(folder: Path) -> dict[str, str]:
    """The mode of the folder and of everything under it, by relative path."""
    return {
        (path.relative_to(folder).as_posix() or "."): oct(path.stat().st_mode & 0o777)
        for path in [folder, *sorted(folder.rglob("*"))]
    }


def private(folder: Path) -> dict[str, str]:
    """What `modes(folder)` must be for a private folder."""
    wanted = {}
    for path in [folder, *sorted(folder.rglob("*"))]:
        name = path.relative_to(folder).as_posix() or "."
        if path.is_dir():
            wanted[name] = oct(0o700)
        else:
            wanted[name] = oct(0o644 if path.name.endswith(".pub") else 0o600)
    return wanted


def sqlite_side_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(("-wal", "-shm")))


def test_an_organisation_workspace_and_what_it_holds(tmp_path: Path) -> None:
    folder = tmp_path / "org"
    with make_workspace(folder) as ws:
        export_package(ws, tmp_path / "1.kuhina", passphrase=None)
        rotate_key(ws, None, None)
        export_package(ws, tmp_path / "2.kuhina", passphrase=None)
        assert sqlite_side_files(folder) == ["kuhina.sqlite-shm", "kuhina.sqlite-wal"]
        assert modes(folder) == private(folder)  # while open: -wal and -shm too
        assert (folder / "keys" / "retired").is_dir()
    assert modes(folder) == private(folder)


def test_a_catalogue_workspace_and_its_database(tmp_path: Path) -> None:
    folder = tmp_path / "catalogue"
    with CatalogueWorkspace.create(folder) as ws:
        ws.status()
        assert sqlite_side_files(folder) == ["kuhina.sqlite-shm", "kuhina.sqlite-wal"]
        assert modes(folder) == private(folder)
    assert modes(folder) == private(folder)


def test_a_migration_backup(tmp_path: Path) -> None:
    with CatalogueWorkspace.create(tmp_path / "catalogue"):
        pass
    copy = backup_sqlite_file(tmp_path / "catalogue" / "kuhina.sqlite", "0001")
    assert copy.parent.name == "backups"
    assert modes(tmp_path / "catalogue") == private(tmp_path / "catalogue")


def test_a_backup_and_a_restored_workspace(tmp_path: Path) -> None:
    with make_workspace(tmp_path / "org") as ws:
        rotate_key(ws, None, None)
        backup_service.backup(ws, tmp_path / "org.backup", PASSPHRASE)
    assert oct((tmp_path / "org.backup").stat().st_mode & 0o777) == oct(0o600)
    restored = tmp_path / "restored"
    backup_service.restore(tmp_path / "org.backup", restored, PASSPHRASE)
    assert modes(restored) == private(restored)
    with OrgWorkspace.open(restored):
        assert modes(restored) == private(restored)


def test_an_older_workspace_open_to_others_is_made_private(tmp_path: Path) -> None:
    folder = tmp_path / "org"
    make_workspace(folder).close()
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    with sqlite3.connect(folder / "kuhina.sqlite"):
        pass
    lock = WorkspaceLock(folder)
    lock.acquire()
    lock.release()
    assert modes(folder) == private(folder)


def test_outputs_for_others_keep_the_umasks_mode(tmp_path: Path) -> None:
    """Packages, Excel, open data and the web catalogue are meant to be read by others."""
    (tmp_path / "out").mkdir()
    with make_workspace(tmp_path / "org") as ws:
        export_package(ws, tmp_path / "out" / "org.kuhina", passphrase=None)
    catalogue = published_from_demo(2, 4, 5)
    write_excel(catalogue, tmp_path / "out" / "excel", municipalities=["167"])
    write_open_data(catalogue, tmp_path / "out" / "open-data")
    publish_site(catalogue, tmp_path / "out" / "site", today=date(2026, 12, 1))
    for path in (tmp_path / "out").rglob("*"):
        mode = path.stat().st_mode
        wanted = 0o755 if stat.S_ISDIR(mode) else 0o644
        assert oct(mode & 0o777) == oct(wanted), path
