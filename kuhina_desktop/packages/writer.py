"""Writing a `.kuhina` package (DESIGN section 4) as bytes.

The archive holds, in this order: `manifest.json`, `data.json`, the attachments sorted by
name, `SHA256SUMS` and `SHA256SUMS.sig`. Every entry carries the package's `created_at` as
its time, mode 0644 as a regular Unix file and no extra fields, so the bytes depend only on
the content and `created_at` (and on the zlib build: deflate output may differ between
zlib versions). JSON members are deflated; the images, already compressed, are stored.

The caller (the export service) checks the records first; the writer refuses only what
would make a package that cannot be read: a draft, or an attachment named but not given.
"""

from __future__ import annotations

import hashlib
import io
import json
import stat
import zipfile
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kuhina_desktop import __version__
from kuhina_desktop.domain.model import Snapshot
from kuhina_desktop.domain.serialize import snapshot_to_json
from kuhina_desktop.packages import keys, limits, sshsig
from kuhina_desktop.packages.manifest import make_manifest
from kuhina_desktop.packages.verified import KeyRotation

GENERATOR = f"kuhina-desktop {__version__}"
COMPRESS_LEVEL = 9
_MODE = (stat.S_IFREG | 0o644) << 16


def json_bytes(value: Any) -> bytes:
    """JSON as the package writes it: UTF-8, two-space indent, LF, final newline."""
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def sums_text(digests: Mapping[str, str]) -> bytes:
    """`SHA256SUMS`: `<hex>  <name>` per member, sorted by name, LF line ends."""
    return "".join(f"{digests[name]}  {name}\n" for name in sorted(digests)).encode("ascii")


def package_counts(snapshot: Snapshot, attachments: int) -> dict[str, int]:
    return {**snapshot.counts(), "attachments": attachments}


def _zip_time(created_at: str) -> tuple[int, int, int, int, int, int]:
    """The entries' time from `created_at`, which must be UTC (as the reader requires)."""
    moment = datetime.fromisoformat(created_at)
    if moment.utcoffset() != timedelta(0):
        raise ValueError("created_at must be UTC, e.g. 2026-11-20T10:00:00Z")
    if moment.year < 1980:
        raise ValueError("created_at before 1980 does not fit a ZIP entry")
    return (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)


def _add(archive: zipfile.ZipFile, name: str, content: bytes, when: tuple[int, ...]) -> None:
    info = zipfile.ZipInfo(name, date_time=when)  # type: ignore[arg-type]
    info.create_system = 3  # Unix, on every platform, so the mode bits mean what they say
    info.external_attr = _MODE
    if name.startswith(limits.ATTACHMENTS_DIR):
        info.compress_type = zipfile.ZIP_STORED
    else:
        info.compress_type = zipfile.ZIP_DEFLATED
    archive.writestr(info, content, compresslevel=COMPRESS_LEVEL)


def build_package(
    snapshot: Snapshot,
    attachments: Mapping[str, bytes],
    private_key: Ed25519PrivateKey,
    *,
    sequence: int,
    created_at: str,
    vocab_version: str,
    key_rotation: KeyRotation | None = None,
    generator: str = GENERATOR,
) -> bytes:
    """The package of `snapshot` signed by `private_key`, as bytes.

    `attachments` maps each `attachments/<sha256>.<ext>` the snapshot names to its bytes
    (others are left out); `created_at` is UTC ISO 8601 (`manifest.utc_timestamp`).
    """
    when = _zip_time(created_at)
    drafts = [o.id for o in snapshot.opportunities if o.status == "draft"]
    if drafts:
        raise ValueError("a package never holds drafts")
    refs = snapshot.attachment_refs()
    missing = [ref for ref in refs if ref not in attachments]
    if missing:
        raise ValueError(f"attachments named but not given: {missing}")
    public_key = keys.public_key_line(private_key)
    manifest = make_manifest(
        organisation_id=snapshot.organisation.id,
        organisation_name=snapshot.organisation.name.fi,
        sequence=sequence,
        created_at=created_at,
        generator=generator,
        vocab_version=vocab_version,
        counts=package_counts(snapshot, len(refs)),
        public_key=public_key,
        key_rotation=key_rotation,
    )
    members: dict[str, bytes] = {
        limits.MANIFEST: json_bytes(manifest),
        limits.DATA: json_bytes(snapshot_to_json(snapshot)),
    }
    for ref in sorted(refs):
        members[ref] = attachments[ref]
    digests = {name: hashlib.sha256(content).hexdigest() for name, content in members.items()}
    sums = sums_text(digests)
    members[limits.SUMS] = sums
    members[limits.SIGNATURE] = sshsig.sign(sums, private_key, limits.PACKAGE_NAMESPACE).encode(
        "ascii"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            _add(archive, name, content, when)
    return buffer.getvalue()
