"""Every output on a full disk or in a read-only folder: a clear message, the previous output
intact, nothing half-written.

The errors are injected where the program meets the file system (`os.write`, `os.fsync`
and the web catalogue's one `flush_filesystem`, `os.open`), the way a full disk (ENOSPC,
at a write or only at the flush) or a read-only folder (EROFS) shows itself.
`tests/e2e/test_outputs_small_disk.py` does the same on a real, tiny file system and
through the command line.
"""

from __future__ import annotations

import errno
import hashlib
import os
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kuhina_desktop import atomic_write
from kuhina_desktop.catalogue.published import PublishedCatalogue
from kuhina_desktop.errors import KnownError
from kuhina_desktop.exports.excel import write_excel
from kuhina_desktop.exports.opendata import write_open_data
from kuhina_desktop.exports.site import publish_site
from kuhina_desktop.messages import translate
from kuhina_desktop.services import backup as backup_service
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.services.package_export import export_package
from tests.unit.published_fixtures import published_from_demo
from tests.unit.test_package_export import make_workspace

DAY = date(2026, 12, 1)
PASSPHRASE = "täysi levy 28"
CATALOGUES = (published_from_demo(2, 5, 31), published_from_demo(3, 5, 32))


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup_service, "SCRYPT_LOG_N", 12)


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[OrgWorkspace]:
    workspace = make_workspace(tmp_path / "ws")
    yield workspace
    workspace.close()


Output = Callable[[OrgWorkspace, int, Path], object]


def excel(_ws: OrgWorkspace, run: int, out: Path) -> object:
    return write_excel(CATALOGUES[run], out / "excel", municipalities=["167", "260"], today=DAY)


def open_data(_ws: OrgWorkspace, run: int, out: Path) -> object:
    return write_open_data(CATALOGUES[run], out / "open-data")


def site(_ws: OrgWorkspace, run: int, out: Path) -> object:
    return publish_site(CATALOGUES[run], out / "site", today=DAY)


def package(ws: OrgWorkspace, _run: int, out: Path) -> object:
    return export_package(ws, out / "org.kuhina", passphrase=None)


def backup(ws: OrgWorkspace, _run: int, out: Path) -> object:
    return backup_service.backup(ws, out / "org.backup", PASSPHRASE)


def restore(ws: OrgWorkspace, run: int, out: Path) -> object:
    source = out.parent / "source.backup"
    if not source.exists():
        backup_service.backup(ws, source, PASSPHRASE)
    return backup_service.restore(source, out / f"restored-{run}", PASSPHRASE)


OUTPUTS = [excel, open_data, site, package, backup, restore]


def tree(folder: Path) -> dict[str, str]:
    """Every file and folder under `folder` (hidden ones too), files with their SHA-256."""
    return {
        path.relative_to(folder).as_posix(): (
            hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "folder"
        )
        for path in sorted(folder.rglob("*"))
    }


def failing(code: int, *names: str) -> Callable[[pytest.MonkeyPatch], None]:
    """Patch `os.<name>` for each name to fail with `code` (after a first write goes through,
    so a file may be half-written when the disk fills)."""

    def patch(monkeypatch: pytest.MonkeyPatch) -> None:
        for name in names:
            monkeypatch.setattr(os, name, _broken(getattr(os, name), code, name == "write"))
        if "fsync" in names:
            flush = _broken(atomic_write.flush_filesystem, code, False)
            monkeypatch.setattr(atomic_write, "flush_filesystem", flush)

    return patch


def _broken(real: Callable[..., Any], code: int, first_goes_through: bool) -> Callable[..., Any]:
    calls = [0]

    def broken(*args: Any) -> Any:
        calls[0] += 1
        if first_goes_through and calls[0] == 1:
            return real(*args)
        raise OSError(code, os.strerror(code))

    return broken


@pytest.mark.parametrize("output", OUTPUTS, ids=lambda f: f.__name__)
@pytest.mark.parametrize(
    ("inject", "message"),
    [
        (failing(errno.ENOSPC, "write", "fsync"), "disk_full"),
        (failing(errno.ENOSPC, "fsync"), "disk_full"),
        (failing(errno.EROFS, "open"), "folder_not_writable"),
    ],
    ids=["disk-full-on-write", "disk-full-on-flush", "read-only"],
)
def test_a_failed_output_says_why_and_keeps_the_previous_one(
    ws: OrgWorkspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    output: Output,
    inject: Callable[[pytest.MonkeyPatch], None],
    message: str,
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    output(ws, 0, out)
    before = tree(out)
    with monkeypatch.context() as patch:
        inject(patch)
        with pytest.raises(KnownError) as refused:
            output(ws, 1, out)
    assert refused.value.code == message
    assert tree(out) == before, "the previous output changed or something was left"
    for language in ("fi", "sv", "en"):  # a message in each language, naming the place
        text = translate(refused.value.code, language, **refused.value.params)
        assert str(out) in text and "{" not in text
    output(ws, 1, out)  # with room again it works, and leaves only its output
    assert not [p for p in out.rglob("*") if ".kuhina-" in p.name[1:]]  # .<name>.kuhina-…


def test_a_package_that_could_not_be_written_spends_no_number(
    ws: OrgWorkspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    export_package(ws, tmp_path / "1.kuhina", passphrase=None)
    with monkeypatch.context() as patch:
        failing(errno.ENOSPC, "write", "fsync")(patch)
        with pytest.raises(KnownError):
            export_package(ws, tmp_path / "2.kuhina", passphrase=None)
    assert export_package(ws, tmp_path / "2.kuhina", passphrase=None).sequence == 2


def test_excel_into_a_new_folder_on_a_full_disk_leaves_no_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patch:
        failing(errno.ENOSPC, "fsync")(patch)
        with pytest.raises(KnownError):
            write_excel(CATALOGUES[0], tmp_path / "new" / "excel", municipalities=["167"])
    assert list(tmp_path.iterdir()) == []


def test_the_catalogues_differ() -> None:
    """The second run's output differs from the first, so "previous output intact" is seen."""
    assert isinstance(CATALOGUES[0], PublishedCatalogue)
    assert len(CATALOGUES[0].organisations) != len(CATALOGUES[1].organisations)
