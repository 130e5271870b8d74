"""Reading a `.kuhina` package from untrusted bytes: every rule of docs/package-format.md.

`read_package(data)` returns a `VerifiedPackage` or raises a `PackageError` whose code
names the first rule the package breaks (the codes and their texts: `errors.REASONS`,
`resources/messages/package.json`, `docs/package-format.md`). The order of the checks:

1-4. the signed container (`signed_archive`, shared with the receipt): the ZIP rules,
   only the members the format allows, the signature over `SHA256SUMS` (namespace
   `kuhina-package-v1`) by the key the caller expects if any, and every member's hash;
5. `manifest.json`: fields, its `public_key` is the signer, the key rotation's signature;
6. `data.json`: bounded JSON, the schema, no drafts, the validation of published records,
   agreement with the manifest (organisation id and name, counts);
7. the attachments: named by data.json, named by their SHA-256, the image type they claim.

Rules 5 and 6 run while the other members and the file are still being hashed on a
helper thread (`signed_archive.check_integrity_beside`), once the two JSON members have
passed rule 4; a refusal of theirs is given only when rules 1-4 pass for every member, so
the order above stays the order of the reasons.

Everything happens in memory; nothing is extracted or written anywhere.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn

from kuhina_desktop.domain.model import Snapshot
from kuhina_desktop.domain.vocab import Vocabulary, load_vocabulary
from kuhina_desktop.packages import (
    data_checks,
    json_guard,
    keys,
    limits,
    signed_archive,
)
from kuhina_desktop.packages.errors import PackageError, PackageRefused
from kuhina_desktop.packages.manifest import check_manifest, check_rotation
from kuhina_desktop.packages.verified import KeyRotation, VerifiedPackage

PACKAGE = signed_archive.ArchiveKind(
    namespace=limits.PACKAGE_NAMESPACE,
    is_allowed=limits.is_allowed_member,
    required=(limits.MANIFEST, limits.DATA),
)
Integrity = signed_archive.Integrity
# What rules 5 and 6 give: the manifest, its key rotation, data.json and its records.
_Content = tuple[dict[str, Any], KeyRotation | None, dict[str, Any], Snapshot]


def _refuse(code: str, **params: object) -> NoReturn:
    raise PackageRefused(code, params)


def read_package_file(path: str | Path) -> bytes:
    """The bytes of a package file, reading at most one byte more than a package may have.

    `package_file_not_regular` for anything but a regular file (a device such as
    /dev/zero, a folder, a pipe: none has a size to trust, and a device never ends),
    `archive_too_large` with the file's real size, `package_file_unreadable` with the
    system's reason.
    """
    try:
        # Non-blocking, so that opening a pipe without a writer does not wait forever.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            os.close(descriptor)
            raise PackageError("package_file_not_regular", {"path": str(path)})
        with os.fdopen(descriptor, "rb") as handle:
            too_large = info.st_size > limits.MAX_ARCHIVE_BYTES
            data = b"" if too_large else handle.read(limits.MAX_ARCHIVE_BYTES + 1)
    except OSError as error:
        detail = error.strerror or type(error).__name__
        raise PackageError(
            "package_file_unreadable", {"path": str(path), "detail": detail}
        ) from None
    size = max(info.st_size, len(data))
    if size > limits.MAX_ARCHIVE_BYTES:
        raise PackageError("archive_too_large", {"size": size, "max": limits.MAX_ARCHIVE_BYTES})
    return data


def parse_sums(raw: bytes) -> dict[str, str]:
    """`SHA256SUMS` of a package as {member name: hex digest} (`signed_archive.parse_sums`)."""
    return signed_archive.parse_sums(raw, PACKAGE)


def check_integrity(data: bytes, public_key: str | None = None) -> Integrity:
    """Rules 1-4 of the module docstring over immutable package bytes: the container, the
    allowed members, the signature (by `public_key` when given) and every member's hash."""
    return signed_archive.check_integrity(data, PACKAGE, public_key)


def _agree(manifest: dict[str, Any], snapshot: Snapshot, attachments: int) -> None:
    """The manifest describes the data it travels with."""
    organisation = snapshot.organisation
    if manifest["organisation_id"] != organisation.id:
        _refuse("manifest_organisation_mismatch")
    if manifest["organisation_name"] != organisation.name.fi:
        _refuse("manifest_name_mismatch")
    actual = {**snapshot.counts(), "attachments": attachments}
    for field in limits.COUNT_FIELDS:
        if manifest["counts"][field] != actual[field]:
            _refuse(
                "manifest_counts_mismatch",
                field=field,
                manifest=manifest["counts"][field],
                data=actual[field],
            )


def read_package(
    data: bytes,
    *,
    public_key: str | None = None,
    vocab: Vocabulary | None = None,
    today: date | None = None,
    now: datetime | None = None,
) -> VerifiedPackage:
    """Check an untrusted package completely; a VerifiedPackage or a PackageError.

    `public_key` (`ssh-ed25519 AAAA...`), when given, must be the key that signed it.
    `vocab`, `today` and `now` default to the program's code lists, the current date and
    the clock (`created_at` may be at most a day ahead of it).
    """
    data = bytes(data)  # immutable: the images handed out later are the bytes checked now
    vocab = vocab or load_vocabulary()

    def content(signer: str, members: Mapping[str, signed_archive.Content]) -> _Content:
        """Rules 5 and 6, over the JSON members, while the others are hashed."""
        manifest = check_manifest(
            json_guard.parse_member(limits.MANIFEST, members[limits.MANIFEST]), now=now
        )
        if manifest["public_key"] != signer:
            _refuse("manifest_key_not_signer", signer=keys.fingerprint(signer))
        rotation = check_rotation(manifest)
        data_json = data_checks.check_schema(
            json_guard.parse_member(limits.DATA, members[limits.DATA])
        )
        snapshot = data_checks.check_records(
            data_json,
            vocab,
            today,
            photo_descriptions_required=manifest["format_version"] >= 2,
            consent_read=manifest["format_version"] >= limits.CONSENT_SINCE,
        )
        return manifest, rotation, data_json, snapshot

    integrity, (manifest, rotation, data_json, snapshot) = signed_archive.check_integrity_beside(
        data, PACKAGE, public_key, (limits.MANIFEST, limits.DATA), content
    )
    signer, contents, digests = integrity.signer, integrity.contents, integrity.digests
    attachments = data_checks.check_attachments(snapshot, contents, digests)
    _agree(manifest, snapshot, len(attachments))
    return VerifiedPackage(
        manifest=manifest,
        snapshot=snapshot,
        attachments=attachments,
        sha256=integrity.sha256,
        public_key=signer,
        fingerprint=keys.fingerprint(signer),
        key_rotation=rotation,
        size=len(data),
        data_json=data_json,
    )
