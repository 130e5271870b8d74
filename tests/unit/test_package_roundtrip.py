"""The package writer and reader agree, and the writer makes exactly the format of
docs/package-format.md."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import stat
import zipfile

import pytest

from kuhina_desktop.domain.serialize import snapshot_to_json
from kuhina_desktop.errors import KnownError
from kuhina_desktop.messages import translate
from kuhina_desktop.packages import keys, sshsig
from kuhina_desktop.packages.errors import PackageError
from kuhina_desktop.packages.limits import MANIFEST_FIELDS, PACKAGE_NAMESPACE
from kuhina_desktop.packages.manifest import sign_rotation
from kuhina_desktop.packages.reader import read_package
from kuhina_desktop.packages.writer import build_package
from tests.unit.hostile_packages import (
    ATTACHMENTS,
    CREATED_AT,
    JPEG_REF,
    KEY,
    OTHER_KEY,
    PNG_REF,
    snapshot,
)


def build(**overrides: object) -> bytes:
    options: dict[str, object] = {
        "sequence": 3,
        "created_at": CREATED_AT,
        "vocab_version": "2026.1",
    }
    options.update(overrides)
    return build_package(snapshot(), ATTACHMENTS, KEY, **options)  # type: ignore[arg-type]


def test_round_trip_gives_back_the_snapshot_and_images() -> None:
    data = build()
    package = read_package(data)
    assert package.snapshot == snapshot()
    assert package.data_json == snapshot_to_json(snapshot())
    assert package.attachments == ATTACHMENTS
    assert package.public_key == keys.public_key_line(KEY)
    assert package.fingerprint == keys.fingerprint(keys.public_key_line(KEY))
    assert package.sha256 == hashlib.sha256(data).hexdigest()
    assert package.size == len(data)
    assert package.sequence == 3
    assert package.created_at == CREATED_AT
    assert package.organisation_id == snapshot().organisation.id
    assert package.key_rotation is None


def test_images_come_out_as_bytes_in_the_order_the_records_name_them() -> None:
    data = bytearray(build())
    package = read_package(data)
    data[:] = bytes(len(data))  # the reader kept its own bytes, not the caller's buffer
    assert list(package.attachments) == snapshot().attachment_refs()
    for ref, content in package.attachments.items():
        assert type(content) is bytes
        assert content == ATTACHMENTS[ref]
    assert dict(package.attachments) == ATTACHMENTS
    assert len(package.attachments) == len(ATTACHMENTS)
    assert "bytes>" in repr(package.attachments)


def test_manifest_has_every_field_in_order() -> None:
    with zipfile.ZipFile(io.BytesIO(build())) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert tuple(manifest) == MANIFEST_FIELDS
    assert manifest["format"] == "kuhina-package"
    assert manifest["format_version"] == 3
    assert manifest["organisation_name"] == "Testiyhdistys ry"
    assert manifest["counts"] == {
        "environments": 1, "opportunities": 2, "contacts": 1, "attachments": 2,
    }  # fmt: skip
    assert manifest["public_key"] == keys.public_key_line(KEY)
    assert manifest["generator"].startswith("kuhina-desktop ")


def test_members_order_modes_methods_and_sums() -> None:
    data = build()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
        names = [info.filename for info in infos]
        assert names == [
            "manifest.json", "data.json", *sorted([PNG_REF, JPEG_REF]),
            "SHA256SUMS", "SHA256SUMS.sig",
        ]  # fmt: skip
        for info in infos:
            assert stat.S_ISREG(info.external_attr >> 16)
            assert info.create_system == 3
            assert info.date_time == (2026, 11, 20, 10, 0, 0)
            expected = zipfile.ZIP_STORED if info.filename.startswith("attachments/") else (
                zipfile.ZIP_DEFLATED)  # fmt: skip
            assert info.compress_type == expected
        sums = archive.read("SHA256SUMS")
        signature = archive.read("SHA256SUMS.sig")
        lines = sums.decode().splitlines(keepends=True)
        assert all(line.endswith("\n") and not line.endswith("\r\n") for line in lines)
        listed = [line.split("  ", 1)[1].rstrip("\n") for line in lines]
        assert listed == sorted(n for n in names if not n.startswith("SHA256SUMS"))
        for line in lines:
            digest, name = line.rstrip("\n").split("  ")
            assert hashlib.sha256(archive.read(name)).hexdigest() == digest
    assert sshsig.verify(sums, signature, PACKAGE_NAMESPACE) == keys.public_key_line(KEY)


def test_bytes_depend_only_on_content_and_created_at() -> None:
    assert build() == build()
    assert build() != build(created_at="2026-11-20T10:00:02Z")
    assert build() != build(sequence=4)


def test_a_rotated_key_carries_the_previous_keys_signature() -> None:
    new_line = keys.public_key_line(KEY)
    rotation = sign_rotation(new_line, OTHER_KEY)
    package = read_package(build(key_rotation=rotation))
    assert package.key_rotation == rotation
    assert package.key_rotation.previous_public_key == keys.public_key_line(OTHER_KEY)
    assert package.manifest["key_rotation"] == {
        "previous_public_key": keys.public_key_line(OTHER_KEY),
        "signature": rotation.signature,
    }


def test_the_expected_key_may_carry_a_comment() -> None:
    line = keys.public_key_line(KEY) + " Testiyhdistys ry"
    assert read_package(build(), public_key=line).public_key == keys.public_key_line(KEY)


def test_a_malformed_expected_key_is_refused_with_its_own_code() -> None:
    with pytest.raises(PackageError) as refused:
        read_package(build(), public_key="ssh-rsa AAAAB3NzaC1yc2E")
    assert refused.value.code == "key_algorithm"


def test_writer_refuses_drafts_and_missing_images() -> None:
    snap = snapshot()
    draft = dataclasses.replace(snap.opportunities[0], status="draft")
    with_draft = dataclasses.replace(snap, opportunities=[draft])
    with pytest.raises(ValueError, match="drafts"):
        build_package(with_draft, ATTACHMENTS, KEY, sequence=1, created_at=CREATED_AT,
                      vocab_version="2026.1")  # fmt: skip
    with pytest.raises(ValueError, match="attachments"):
        build_package(snap, {PNG_REF: ATTACHMENTS[PNG_REF]}, KEY, sequence=1,
                      created_at=CREATED_AT, vocab_version="2026.1")  # fmt: skip


def test_writer_refuses_a_created_at_that_is_not_utc() -> None:
    for created_at in ("2026-11-20T12:00:00+02:00", "2026-11-20T10:00:00"):
        with pytest.raises(ValueError, match="UTC"):
            build(created_at=created_at)
    assert read_package(build(created_at="2026-11-20T10:00:00+00:00")).created_at == (
        "2026-11-20T10:00:00+00:00")  # fmt: skip


def test_extra_attachments_given_to_the_writer_are_left_out() -> None:
    extra = {**ATTACHMENTS, "attachments/" + "e" * 64 + ".png": b"unused"}
    data = build_package(snapshot(), extra, KEY, sequence=1, created_at=CREATED_AT,
                         vocab_version="2026.1")  # fmt: skip
    assert read_package(data).attachments == ATTACHMENTS


def test_package_error_is_a_known_error_that_translates() -> None:
    error = PackageError("member_missing", {"name": "data.json"})
    assert isinstance(error, KnownError)
    assert error.params == {"name": "data.json"}
    assert "data.json" not in str(error) and "data.json" not in repr(error)
    assert error.message("fi") == translate("member_missing", "fi", name="data.json")
    assert "data.json" in error.message("en")
