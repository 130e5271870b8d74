"""Backup and restore of an organisation workspace: encrypted, whole, all or nothing."""

from __future__ import annotations

import base64
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from kuhina_desktop.errors import KnownError
from kuhina_desktop.packages import keys
from kuhina_desktop.packages.reader import read_package
from kuhina_desktop.services import backup as backup_service
from kuhina_desktop.services.backup import backup, restore
from kuhina_desktop.services.key_rotation import rotate_key
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.services.package_export import export_package
from tests.unit.test_package_export import make_workspace

BACKUP_PASSPHRASE = "varmuuskopion tunnuslause ÅÄÖ"


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheaper scrypt for tests; the file records the parameters it was made with."""
    monkeypatch.setattr(backup_service, "SCRYPT_LOG_N", 12)


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[OrgWorkspace]:
    workspace = make_workspace(tmp_path / "ws")
    yield workspace
    workspace.close()


def secrets_of(ws: OrgWorkspace) -> list[bytes]:
    """Forms in which the private key could leak: the file, its base64 lines, raw bytes."""
    text = ws.key_file.read_bytes()
    lines = [line for line in text.splitlines() if line and not line.startswith(b"-----")]
    key = keys.load_private_key(ws.key_file, None)
    raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                            serialization.NoEncryption())  # fmt: skip
    return [text, *lines, raw, base64.b64encode(raw), raw.hex().encode()]


def test_backup_and_restore_give_back_the_workspace(ws: OrgWorkspace, tmp_path: Path) -> None:
    export_package(ws, tmp_path / "1.kuhina", passphrase=None)
    snapshot_before = ws.snapshot()
    key_before = ws.key_file.read_bytes()
    result = backup(ws, tmp_path / "ws.backup", BACKUP_PASSPHRASE)
    assert result.path.read_bytes().startswith(b"KUHINABK\x01")

    restored = restore(tmp_path / "ws.backup", tmp_path / "restored", BACKUP_PASSPHRASE)
    assert restored.organisation_id == ws.organisation.id
    assert restored.organisation_name == "Testiyhdistys ry"
    folder = tmp_path / "restored"
    assert (folder / "keys" / "signing_key").read_bytes() == key_before
    assert oct((folder / "keys" / "signing_key").stat().st_mode & 0o777) == "0o600"
    with OrgWorkspace.open(folder) as copy:
        assert copy.snapshot() == snapshot_before
        assert copy.public_key_line() == ws.public_key_line()
        assert copy.attachments_for(snapshot_before) == ws.attachments_for(snapshot_before)
        # The export history came along: the next package continues the sequence.
        result2 = export_package(copy, tmp_path / "2.kuhina", passphrase=None)
    assert result2.sequence == 2
    assert read_package((tmp_path / "2.kuhina").read_bytes()).public_key == ws.public_key_line()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="names open files through /proc")
def test_restored_private_keys_are_never_readable_by_others(
    ws: OrgWorkspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The key's bytes reach a file that is already owner-only (not chmod-ed afterwards)."""
    rotate_key(ws, None, None)
    backup(ws, tmp_path / "ws.backup", BACKUP_PASSPHRASE)
    modes: dict[str, int] = {}
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        if stat.S_ISREG(os.fstat(fd).st_mode):  # not the folders flushed after a rename
            modes[os.readlink(f"/proc/self/fd/{fd}")] = os.fstat(fd).st_mode & 0o777
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    old_umask = os.umask(0o022)
    try:
        restore(tmp_path / "ws.backup", tmp_path / "restored", BACKUP_PASSPHRASE)
    finally:
        os.umask(old_umask)
    private = {
        Path(p).name: m for p, m in modes.items() if "/keys/" in p and ".pub" not in Path(p).name
    }
    assert len(private) == 2
    assert set(private.values()) == {0o600}


def test_retired_keys_are_backed_up(ws: OrgWorkspace, tmp_path: Path) -> None:
    rotation = rotate_key(ws, None, None)
    backup(ws, tmp_path / "ws.backup", BACKUP_PASSPHRASE)
    restore(tmp_path / "ws.backup", tmp_path / "restored", BACKUP_PASSPHRASE)
    assert (tmp_path / "restored" / rotation.retired_key).read_bytes() == (
        ws.folder / rotation.retired_key).read_bytes()  # fmt: skip


def test_restoring_into_an_existing_empty_folder_works(ws: OrgWorkspace, tmp_path: Path) -> None:
    """An empty folder the user made beforehand is as good as a new one: it ends up holding
    the whole workspace (records, key), not just a database file."""
    backup(ws, tmp_path / "ws.backup", BACKUP_PASSPHRASE)
    (tmp_path / "empty").mkdir()
    restored = restore(tmp_path / "ws.backup", tmp_path / "empty", BACKUP_PASSPHRASE)
    assert restored.organisation_id == ws.organisation.id
    with OrgWorkspace.open(tmp_path / "empty") as copy:
        assert copy.snapshot() == ws.snapshot()
        assert copy.public_key_line() == ws.public_key_line()
    assert (tmp_path / "empty" / "keys" / "signing_key").read_bytes() == ws.key_file.read_bytes()


def test_neither_the_key_nor_the_passphrase_is_in_the_backup(
    ws: OrgWorkspace, tmp_path: Path
) -> None:
    data = backup(ws, tmp_path / "ws.backup", BACKUP_PASSPHRASE).path.read_bytes()
    for secret in secrets_of(ws):
        assert secret not in data
    assert BACKUP_PASSPHRASE.encode() not in data
    assert b"kuhina.sqlite" not in data and b"SQLite format" not in data


def test_a_backup_needs_a_passphrase(ws: OrgWorkspace, tmp_path: Path) -> None:
    with pytest.raises(KnownError) as refused:
        backup(ws, tmp_path / "ws.backup", "")
    assert refused.value.code == "backup_passphrase_required"
    assert not (tmp_path / "ws.backup").exists()


def _refused(tmp_path: Path, data: bytes, passphrase: str = BACKUP_PASSPHRASE) -> str:
    source = tmp_path / "broken.backup"
    source.write_bytes(data)
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(KnownError) as refused:
        restore(source, tmp_path / "target", passphrase)
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing left behind
    return refused.value.code


def test_restore_refusals_have_clear_codes(ws: OrgWorkspace, tmp_path: Path) -> None:
    good = backup(ws, tmp_path / "ws.backup", BACKUP_PASSPHRASE).path.read_bytes()
    assert _refused(tmp_path, good, "wrong passphrase") == "backup_passphrase_wrong"
    assert _refused(tmp_path, good, "") == "backup_passphrase_wrong"
    assert _refused(tmp_path, b"PK\x03\x04 a zip file") == "backup_not_recognised"
    assert _refused(tmp_path, b"") == "backup_not_recognised"
    assert _refused(tmp_path, good[:60]) == "backup_not_recognised"
    damaged = bytearray(good)
    damaged[len(good) // 2] ^= 0x40
    assert _refused(tmp_path, bytes(damaged)) == "backup_corrupt"
    assert _refused(tmp_path, good[:-1]) == "backup_corrupt"
    salt_changed = bytearray(good)
    salt_changed[20] ^= 0x01
    assert _refused(tmp_path, bytes(salt_changed)) == "backup_corrupt"
    newer = bytearray(good)
    newer[8] = 2
    header = bytes(newer[:72])
    import hashlib

    newer[72:80] = hashlib.sha256(header).digest()[:8]
    assert _refused(tmp_path, bytes(newer)) == "backup_version_unsupported"


def test_a_backup_with_an_unexpected_member_is_refused(tmp_path: Path) -> None:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("../../evil", b"x")
    data = backup_service.encrypt(buffer.getvalue(), BACKUP_PASSPHRASE)
    assert _refused(tmp_path, data) == "backup_corrupt"


def test_a_backup_whose_database_is_broken_leaves_nothing(ws: OrgWorkspace, tmp_path: Path) -> None:
    payload = backup_service._payload(ws, "2026-11-28T00:00:00Z")
    import io
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(payload))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in source.namelist():
            content = source.read(name)
            archive.writestr(name, content[:4096] + b"\0" * 100 if name == "kuhina.sqlite"
                             else content)  # fmt: skip
    data = backup_service.encrypt(buffer.getvalue(), BACKUP_PASSPHRASE)
    assert _refused(tmp_path, data) == "backup_corrupt"


def test_restore_refuses_a_folder_that_is_not_empty(ws: OrgWorkspace, tmp_path: Path) -> None:
    backup(ws, tmp_path / "ws.backup", BACKUP_PASSPHRASE)
    target = tmp_path / "target"
    target.mkdir()
    (target / "notes.txt").write_text("keep me")
    with pytest.raises(KnownError) as refused:
        restore(tmp_path / "ws.backup", target, BACKUP_PASSPHRASE)
    assert refused.value.code == "restore_folder_not_empty"
    assert [p.name for p in target.iterdir()] == ["notes.txt"]
    with pytest.raises(KnownError) as refused:
        restore(tmp_path / "ws.backup", ws.folder, BACKUP_PASSPHRASE)
    assert refused.value.code == "restore_folder_not_empty"


def test_a_missing_backup_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(KnownError) as refused:
        restore(tmp_path / "nothing.backup", tmp_path / "target", BACKUP_PASSPHRASE)
    assert refused.value.code == "backup_unreadable"
    assert not (tmp_path / "target").exists()
