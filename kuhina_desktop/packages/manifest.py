"""`manifest.json`: what it holds (docs/package-format.md), how it is made and how it is checked.

The manifest is the package's label: who made it (`organisation_id`, `public_key`), which
snapshot it is (`sequence`, `created_at`) and what it holds (`counts`). The reader checks
every field's presence and type here, and the key rotation's signature; agreement with
`data.json` and with the signer is checked by the reader, which has both.

`created_at` must be written as the writer writes it (`2026-11-20T10:00:00Z`, or
`+00:00` for the `Z`: UTC, to the second, nothing else) and lie between `EARLIEST` and a
day after the reader's clock (`FUTURE_GRACE`): a package from 0001 or 9999 is a forgery or
a broken clock, and either would sort wrongly against the packages that come after it.
The texts are one line each (`domain.text_rules`).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any, NoReturn

from kuhina_desktop.domain.text_rules import text_fault
from kuhina_desktop.packages import keys, limits, sshsig
from kuhina_desktop.packages.errors import PackageError, PackageRefused, shown
from kuhina_desktop.packages.verified import KeyRotation

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
MAX_TEXT = 1000
MAX_SEQUENCE = 2**53 - 1
_CREATED_AT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(Z|\+00:00)")
EARLIEST = datetime(2020, 1, 1, tzinfo=UTC)
FUTURE_GRACE = timedelta(days=1)


def _refuse(code: str, **params: object) -> NoReturn:
    raise PackageRefused(code, params)


def utc_timestamp(moment: datetime) -> str:
    """`created_at` as the format writes it: UTC, to the second, with a `Z`."""
    if moment.tzinfo is None:
        raise ValueError("created_at needs a time zone")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def make_manifest(
    *,
    organisation_id: str,
    organisation_name: str,
    sequence: int,
    created_at: str,
    generator: str,
    vocab_version: str,
    counts: dict[str, int],
    public_key: str,
    key_rotation: KeyRotation | None,
) -> dict[str, Any]:
    """The manifest's fields, in the order of docs/package-format.md."""
    rotation = (
        None
        if key_rotation is None
        else {
            "previous_public_key": key_rotation.previous_public_key,
            "signature": key_rotation.signature,
        }
    )
    return {
        "format": limits.FORMAT,
        "format_version": limits.FORMAT_VERSION,
        "organisation_id": organisation_id,
        "organisation_name": organisation_name,
        "sequence": sequence,
        "created_at": created_at,
        "generator": generator,
        "vocab_version": vocab_version,
        "counts": {name: counts[name] for name in limits.COUNT_FIELDS},
        "public_key": public_key,
        "key_rotation": rotation,
    }


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _text(manifest: dict[str, Any], field: str, pattern: re.Pattern[str] | None = None) -> None:
    value = manifest[field]
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_TEXT:
        _refuse("manifest_field_invalid", field=field)
    fault = text_fault(value, multiline=False)
    if fault is not None:
        _refuse("member_" + fault.code, name=limits.MANIFEST, **fault.params(field))
    if pattern is not None and not pattern.fullmatch(value):
        _refuse("manifest_field_invalid", field=field)


def _public_key(value: Any, field: str) -> str:
    """A canonical `ssh-ed25519 AAAA...` line (no comment), else manifest_field_invalid."""
    if not isinstance(value, str):
        _refuse("manifest_field_invalid", field=field)
    try:
        canonical = keys.public_key_line(keys.parse_public_key_line(value))
    except PackageError:
        _refuse("manifest_field_invalid", field=field)
    if canonical != value:
        _refuse("manifest_field_invalid", field=field)
    return canonical


def _created_at(value: Any, now: datetime | None) -> None:
    if not isinstance(value, str):
        _refuse("manifest_field_invalid", field="created_at")
    if not _CREATED_AT.fullmatch(value):
        _refuse("manifest_created_at_form", value=shown(value[:40]))
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:  # the form, but no such day or time (2026-02-30, 25:00)
        _refuse("manifest_created_at_form", value=value)
    if moment < EARLIEST:
        _refuse("manifest_created_at_too_early", value=value, earliest=utc_timestamp(EARLIEST))
    latest = (now or datetime.now(UTC)) + FUTURE_GRACE
    if moment > latest:
        _refuse("manifest_created_at_future", value=value, latest=utc_timestamp(latest))


def _counts(value: Any) -> None:
    if not isinstance(value, dict) or set(value) != set(limits.COUNT_FIELDS):
        _refuse("manifest_field_invalid", field="counts")
    for name in limits.COUNT_FIELDS:
        if not _is_int(value[name]) or not 0 <= value[name] <= 10**6:
            _refuse("manifest_field_invalid", field=f"counts.{name}")


def check_manifest(manifest: Any, *, now: datetime | None = None) -> dict[str, Any]:
    """The manifest, once every field is present, known and of the right form;
    `now` (default: the clock) bounds `created_at`."""
    if not isinstance(manifest, dict):
        _refuse("manifest_not_object")
    if manifest.get("format") != limits.FORMAT:
        _refuse("manifest_format")
    version = manifest.get("format_version")
    if not _is_int(version) or version not in limits.READABLE_VERSIONS:
        _refuse("manifest_version", version=str(version)[:20])
    for field in limits.MANIFEST_FIELDS:
        if field not in manifest:
            _refuse("manifest_field_missing", field=field)
    for field in manifest:
        if field not in limits.MANIFEST_FIELDS:
            _refuse("manifest_field_unknown", field=shown(field))
    _text(manifest, "organisation_id", _UUID)
    _text(manifest, "organisation_name")
    sequence = manifest["sequence"]
    if not _is_int(sequence) or not 1 <= sequence <= MAX_SEQUENCE:
        _refuse("manifest_field_invalid", field="sequence")
    _created_at(manifest["created_at"], now)
    _text(manifest, "generator")
    _text(manifest, "vocab_version")
    _counts(manifest["counts"])
    _public_key(manifest["public_key"], "public_key")
    rotation = manifest["key_rotation"]
    if rotation is not None and (
        not isinstance(rotation, dict) or set(rotation) != set(limits.ROTATION_FIELDS)
    ):
        _refuse("manifest_field_invalid", field="key_rotation")
    return manifest


def sign_rotation(new_public_key: str, previous_key: Any) -> KeyRotation:
    """The previous key vouching for `new_public_key` (namespace kuhina-key-rotation-v1)."""
    signature = sshsig.sign(new_public_key.encode("utf-8"), previous_key, limits.ROTATION_NAMESPACE)
    return KeyRotation(keys.public_key_line(previous_key), signature)


def check_rotation(manifest: dict[str, Any]) -> KeyRotation | None:
    """The manifest's key rotation, once its signature by the previous key checks out."""
    rotation = manifest["key_rotation"]
    if rotation is None:
        return None
    previous = _public_key(rotation["previous_public_key"], "key_rotation.previous_public_key")
    signature = rotation["signature"]
    if not isinstance(signature, str):
        _refuse("manifest_field_invalid", field="key_rotation.signature")
    if previous == manifest["public_key"]:
        _refuse("rotation_same_key")
    message = manifest["public_key"].encode("utf-8")
    try:
        signer = sshsig.verify(message, signature, limits.ROTATION_NAMESPACE)
    except PackageError as error:
        _refuse("rotation_signature_invalid", reason=error.code)
    if signer != previous:
        _refuse("rotation_signature_invalid", reason="signer")
    return KeyRotation(previous, signature)
