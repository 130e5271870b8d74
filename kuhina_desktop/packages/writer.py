"""Writing a `.kuhina` package (docs/package-format.md) as bytes.

The archive holds, in this order: `manifest.json`, `data.json`, the attachments sorted by
name, `SHA256SUMS` and `SHA256SUMS.sig`. Every entry carries the package's `created_at` as
its time, mode 0644 as a regular Unix file and no extra fields, so the bytes depend only on
the content and `created_at` (and on the zlib build: deflate output may differ between
zlib versions). JSON members are deflated; the images, already compressed, are stored.

The caller (the export service) checks the records first; the writer refuses only what
would make a package that cannot be read: a draft, or an attachment named but not given.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kuhina_desktop import __version__
from kuhina_desktop.domain.model import Snapshot
from kuhina_desktop.domain.serialize import snapshot_to_json
from kuhina_desktop.packages import keys, limits, signed_archive
from kuhina_desktop.packages.manifest import make_manifest
from kuhina_desktop.packages.signed_archive import sums_text  # noqa: F401  (tests build with it)
from kuhina_desktop.packages.verified import KeyRotation

GENERATOR = f"kuhina-desktop {__version__}"


def json_bytes(value: Any) -> bytes:
    """JSON as the package writes it: UTF-8, two-space indent, LF, final newline."""
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def package_counts(snapshot: Snapshot, attachments: int) -> dict[str, int]:
    return {**snapshot.counts(), "attachments": attachments}


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
    when = signed_archive.zip_time(created_at)
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
    return signed_archive.build_archive(
        members,
        private_key,
        limits.PACKAGE_NAMESPACE,
        when,
        stored=lambda name: name.startswith(limits.ATTACHMENTS_DIR),
    )
