"""Backup and restore of an organisation workspace: one file, encrypted.

The file's format is in docs/package-format.md, "Backup files".

A backup holds the database (a consistent copy made with SQLite's backup API, WAL
included), the workspace marker and every key file (the current key, its public half and
the retired keys of earlier rotations), zipped in memory and encrypted as a whole with
AES-256-GCM under a key derived from the user's passphrase with scrypt. Nothing of it is
ever on disk unencrypted, so the private key never appears in the clear in a backup.

File layout, version 1 (all integers unsigned):

    offset size  field
         0    8  magic "KUHINABK"
         8    1  format version (1)
         9    1  scrypt log2(N)
        10    1  scrypt r
        11    1  scrypt p
        12   16  salt
        28   12  AES-GCM nonce
        40   32  passphrase check: SHA-256("kuhina-backup-check" ‖ bytes 32..63 of scrypt)
        72    8  header check: the first 8 bytes of SHA-256(bytes 0..71)
        80    …  AES-256-GCM(key = bytes 0..31 of scrypt, nonce, payload ZIP, AAD = bytes 0..79)

The two checks tell a damaged file (`backup_corrupt`) from a wrong passphrase
(`backup_passphrase_wrong`). `restore` writes into a new folder beside the target and
renames it into place only once everything is written and the database passes SQLite's
integrity check, so a failed restore leaves nothing behind.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import re
import secrets
import sqlite3
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from kuhina_desktop import __version__
from kuhina_desktop.atomic_write import (
    PRIVATE,
    PRIVATE_FOLDER,
    private_folder,
    staged_folder,
    write_file_atomic,
)
from kuhina_desktop.errors import KnownError
from kuhina_desktop.packages import keys
from kuhina_desktop.packages.manifest import utc_timestamp
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.store.workspace_folder import DATABASE, MARKER

MAGIC = b"KUHINABK"
VERSION = 1
SCRYPT_LOG_N, SCRYPT_R, SCRYPT_P = 15, 8, 1
_HEADER = struct.Struct("<8sBBBB16s12s32s8s")
_CHECK_LABEL = b"kuhina-backup-check"
INFO = "backup.json"
MAX_BACKUP_BYTES = 2 * 1024**3
_MEMBER = re.compile(
    r"(backup\.json|workspace\.json|kuhina\.sqlite|keys/(retired/)?[A-Za-z0-9._-]+)"
)


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    created_at: str


@dataclass(frozen=True)
class RestoreResult:
    folder: Path
    organisation_id: str
    organisation_name: str
    created_at: str


def _derive(passphrase: str, salt: bytes, log_n: int, r: int, p: int) -> tuple[bytes, bytes]:
    """(encryption key, passphrase check) from the passphrase."""
    material = Scrypt(salt=salt, length=64, n=2**log_n, r=r, p=p).derive(passphrase.encode("utf-8"))
    return material[:32], hashlib.sha256(_CHECK_LABEL + material[32:]).digest()


def encrypt(payload: bytes, passphrase: str) -> bytes:
    """The backup file's bytes for `payload` (see the module docstring)."""
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    key, check = _derive(passphrase, salt, SCRYPT_LOG_N, SCRYPT_R, SCRYPT_P)
    fields = (MAGIC, VERSION, SCRYPT_LOG_N, SCRYPT_R, SCRYPT_P, salt, nonce, check)
    head = _HEADER.pack(*fields, b"\0" * 8)[:72]
    header = head + hashlib.sha256(head).digest()[:8]
    return header + AESGCM(key).encrypt(nonce, payload, header)


def decrypt(data: bytes, passphrase: str) -> bytes:
    """The payload of a backup file; KnownError with a backup_* code otherwise."""
    if len(data) < _HEADER.size or not data.startswith(MAGIC):
        raise KnownError("backup_not_recognised")
    _magic, version, log_n, r, p, salt, nonce, check, header_check = _HEADER.unpack(
        data[: _HEADER.size]
    )
    if not hmac.compare_digest(hashlib.sha256(data[:72]).digest()[:8], header_check):
        raise KnownError("backup_corrupt")
    if version != VERSION:
        raise KnownError("backup_version_unsupported", version=version)
    if not (10 <= log_n <= 20 and 1 <= r <= 16 and 1 <= p <= 4):
        raise KnownError("backup_corrupt")
    key, expected = _derive(passphrase, salt, log_n, r, p)
    if not hmac.compare_digest(check, expected):
        raise KnownError("backup_passphrase_wrong")
    try:
        return AESGCM(key).decrypt(nonce, data[_HEADER.size :], data[: _HEADER.size])
    except InvalidTag:
        raise KnownError("backup_corrupt") from None


def _database_copy(path: Path) -> bytes:
    """A consistent copy of the SQLite database at `path`, as bytes, never on disk."""
    source = sqlite3.connect(Path(path).absolute().as_uri() + "?mode=ro", uri=True)
    target = sqlite3.connect(":memory:")
    try:
        source.backup(target)
        return target.serialize()
    finally:
        target.close()
        source.close()


def _payload(ws: OrgWorkspace, created_at: str) -> bytes:
    org = ws.organisation
    info = {
        "format": "kuhina-backup",
        "format_version": VERSION,
        "created_at": created_at,
        "generator": f"kuhina-desktop {__version__}",
        "organisation_id": org.id,
        "organisation_name": org.name.fi,
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(INFO, json.dumps(info, ensure_ascii=False, indent=2))
        archive.writestr(MARKER, (ws.folder / MARKER).read_bytes())
        archive.writestr(DATABASE, _database_copy(ws.database_file))
        keys_folder = ws.folder / "keys"
        for path in sorted(p for p in keys_folder.rglob("*") if p.is_file()):
            name = path.relative_to(ws.folder).as_posix()
            if _MEMBER.fullmatch(name):
                archive.writestr(name, path.read_bytes())
    return buffer.getvalue()


def backup(ws: OrgWorkspace, out: Path, passphrase: str) -> BackupResult:
    """Write the workspace's backup to `out`, encrypted with `passphrase` (required)."""
    if not passphrase:
        raise KnownError("backup_passphrase_required")
    created_at = utc_timestamp(datetime.now(UTC))
    data = encrypt(_payload(ws, created_at), passphrase)
    write_file_atomic(Path(out), data, mode=PRIVATE)
    return BackupResult(path=Path(out), size=len(data), created_at=created_at)


def _members(payload: bytes) -> dict[str, bytes]:
    try:
        with zipfile.ZipFile(io.BytesIO(payload)) as archive:
            names = archive.namelist()
            if len(names) != len(set(names)) or not all(_MEMBER.fullmatch(n) for n in names):
                raise KnownError("backup_corrupt")
            members = {name: archive.read(name) for name in names}
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise KnownError("backup_corrupt") from None
    if not {INFO, MARKER, DATABASE, "keys/signing_key"} <= set(members):
        raise KnownError("backup_corrupt")
    return members


def _info(members: dict[str, bytes]) -> dict[str, Any]:
    try:
        info = json.loads(members[INFO])
    except ValueError:
        raise KnownError("backup_corrupt") from None
    if not isinstance(info, dict) or info.get("format") != "kuhina-backup":
        raise KnownError("backup_corrupt")
    return info


def _write_folder(folder: Path, members: dict[str, bytes]) -> None:
    for name, content in members.items():
        if name == INFO:
            continue
        target = folder / name
        private_folder(target.parent)
        if name.startswith("keys/"):
            keys.write_new_key_file(target, content)
        else:
            write_file_atomic(target, content, mode=PRIVATE)
    with sqlite3.connect(folder / DATABASE) as connection:
        result = connection.execute("PRAGMA integrity_check").fetchone()
    connection.close()
    if not result or result[0] != "ok":
        raise KnownError("backup_corrupt")


def _legacy_staging(folder: Path) -> Callable[[Path], bool]:
    """Whether a path is the staging folder of an earlier version's restore, killed."""
    pattern = re.compile(rf"\.{re.escape(folder.name)}\.restore-[0-9a-f]{{8}}")
    return lambda path: bool(pattern.fullmatch(path.name))


def restore(backup_file: Path, folder: Path, passphrase: str) -> RestoreResult:
    """Restore a backup into `folder`, which must not exist or be empty."""
    folder = Path(folder).absolute()
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise KnownError("restore_folder_not_empty", path=str(folder))
    try:
        with open(backup_file, "rb") as handle:
            data = handle.read(MAX_BACKUP_BYTES + 1)
    except OSError as error:
        raise KnownError(
            "backup_unreadable",
            path=str(backup_file),
            detail=error.strerror or type(error).__name__,
        ) from None
    if len(data) > MAX_BACKUP_BYTES:
        raise KnownError("backup_corrupt")
    members = _members(decrypt(data, passphrase or ""))
    info = _info(members)
    try:
        with staged_folder(folder, mode=PRIVATE_FOLDER, legacy=_legacy_staging(folder)) as staging:
            _write_folder(staging, members)
            with OrgWorkspace.open(staging) as ws:
                organisation = ws.organisation
    except sqlite3.DatabaseError:
        raise KnownError("backup_corrupt") from None
    return RestoreResult(
        folder=folder,
        organisation_id=organisation.id,
        organisation_name=organisation.name.fi,
        created_at=str(info.get("created_at", "")),
    )
