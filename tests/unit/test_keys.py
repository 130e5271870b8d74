"""Ed25519 keys in OpenSSH formats: public lines, fingerprints, private key files."""

from __future__ import annotations

import base64
import os
import struct
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kuhina_desktop.packages import keys
from kuhina_desktop.packages.errors import (
    KeyFormatError,
    KeyPassphraseError,
    PackageError,
    SignatureError,
)

# The key with seed bytes 0..31, and what ssh-keygen 9.2 prints for it.
FIXED_SEED = bytes(range(32))
FIXED_LINE = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAOhB7/zzhC+HXDdGOdLwJln5NYwm6UNXx3chmQSVTG4"
FIXED_FINGERPRINT = "SHA256:lbmsoA0yIEcEiVDRnMWuzm+nV+3ZEEpVIURqFoeSspg"
PASSPHRASE = "correct horse battery staple"


def fixed_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(FIXED_SEED)


def ssh_string(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


def line_for_blob(blob: bytes, key_type: str = "ssh-ed25519") -> str:
    return f"{key_type} {base64.b64encode(blob).decode('ascii')}"


def raw_public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


# --- public key lines -------------------------------------------------------------------


def test_generated_keys_differ() -> None:
    assert keys.public_key_line(keys.generate_key()) != keys.public_key_line(keys.generate_key())


def test_public_key_line_known_answer() -> None:
    assert keys.public_key_line(fixed_key()) == FIXED_LINE
    assert keys.public_key_line(fixed_key().public_key()) == FIXED_LINE


def test_public_key_line_matches_cryptography() -> None:
    key = keys.generate_key()
    expected = key.public_key().public_bytes(
        serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
    )
    assert keys.public_key_line(key) == expected.decode("ascii")


@pytest.mark.parametrize(
    "text",
    [FIXED_LINE, FIXED_LINE + " comment", FIXED_LINE + " two words\n", "  " + FIXED_LINE + "  "],
)
def test_parse_public_key_line(text: str) -> None:
    public = keys.parse_public_key_line(text)
    assert keys.public_key_line(public) == FIXED_LINE


def test_parse_round_trip_of_a_new_key() -> None:
    line = keys.public_key_line(keys.generate_key())
    assert keys.public_key_line(keys.parse_public_key_line(line)) == line


_GOOD_BLOB = ssh_string(b"ssh-ed25519") + ssh_string(raw_public(fixed_key()))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "key_malformed"),
        ("ssh-ed25519", "key_malformed"),
        ("ssh-ed25519 not-base64!", "key_malformed"),
        ("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5", "key_malformed"),
        (FIXED_LINE[:-4], "key_malformed"),
        (FIXED_LINE + "\n" + FIXED_LINE, "key_malformed"),
        (FIXED_LINE.replace("ssh-ed25519 ", "ssh-rsa "), "key_algorithm"),
        ("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ", "key_algorithm"),
        (line_for_blob(ssh_string(b"ssh-rsa") + ssh_string(b"x" * 32)), "key_algorithm"),
        (line_for_blob(_GOOD_BLOB + b"\x00"), "key_malformed"),
        (line_for_blob(_GOOD_BLOB[:-1]), "key_malformed"),
        (
            line_for_blob(ssh_string(b"ssh-ed25519") + ssh_string(b"\x01" * 31)),
            "key_malformed",
        ),
        ("ssh-ed25519 " + "A" * 10_000, "key_malformed"),
        ("ssh-ed25519 ÄÄÄÄ", "key_malformed"),
    ],
)
def test_parse_public_key_line_refuses(text: str, code: str) -> None:
    with pytest.raises(KeyFormatError) as caught:
        keys.parse_public_key_line(text)
    assert caught.value.code == code


# --- fingerprints -----------------------------------------------------------------------


def test_fingerprint_known_answer() -> None:
    assert keys.fingerprint(FIXED_LINE) == FIXED_FINGERPRINT
    assert keys.fingerprint(FIXED_LINE + " any comment") == FIXED_FINGERPRINT


def test_fingerprint_display_known_answer() -> None:
    assert keys.fingerprint_display(FIXED_LINE) == f"256 {FIXED_FINGERPRINT} no comment (ED25519)"
    assert (
        keys.fingerprint_display(FIXED_LINE + " Läksyapu ry\n")
        == f"256 {FIXED_FINGERPRINT} Läksyapu ry (ED25519)"
    )


def test_fingerprint_refuses_a_bad_line() -> None:
    with pytest.raises(KeyFormatError):
        keys.fingerprint("ssh-ed25519 AAAA")
    with pytest.raises(KeyFormatError):
        keys.fingerprint_display("ssh-rsa AAAA")


# --- private key files ------------------------------------------------------------------


@pytest.mark.parametrize("passphrase", [None, "", PASSPHRASE, "pässi ✓"])
def test_save_and_load_round_trip(tmp_path: Path, passphrase: str | None) -> None:
    key = keys.generate_key()
    path = tmp_path / "org_key"
    keys.save_private_key(key, path, passphrase)
    loaded = keys.load_private_key(path, passphrase)
    assert raw_public(loaded) == raw_public(key)
    message = b"sign me"
    key.public_key().verify(loaded.sign(message), message)


def test_saved_files(tmp_path: Path) -> None:
    key = fixed_key()
    path = tmp_path / "org_key"
    keys.save_private_key(key, path, None)
    assert path.read_text("ascii").startswith("-----BEGIN OPENSSH PRIVATE KEY-----\n")
    assert (tmp_path / "org_key.pub").read_text("utf-8") == FIXED_LINE + "\n"
    assert keys.public_file_path(path) == tmp_path / "org_key.pub"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["org_key", "org_key.pub"]


def test_saved_public_file_carries_the_comment(tmp_path: Path) -> None:
    path = tmp_path / "k"
    keys.save_private_key(fixed_key(), path, None, comment="Läksyapu ry")
    assert (tmp_path / "k.pub").read_text("utf-8") == FIXED_LINE + " Läksyapu ry\n"
    with pytest.raises(ValueError):
        keys.save_private_key(fixed_key(), path, None, comment="two\nlines")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
@pytest.mark.parametrize("passphrase", [None, PASSPHRASE])
def test_private_key_file_mode_is_0600(tmp_path: Path, passphrase: str | None) -> None:
    path = tmp_path / "k"
    old_umask = os.umask(0)
    try:
        keys.save_private_key(keys.generate_key(), path, passphrase)
    finally:
        os.umask(old_umask)
    assert path.stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "k.pub").stat().st_mode & 0o777 == 0o644


def test_save_replaces_an_existing_key(tmp_path: Path) -> None:
    path = tmp_path / "k"
    keys.save_private_key(keys.generate_key(), path, None)
    second = keys.generate_key()
    keys.save_private_key(second, path, PASSPHRASE)
    assert raw_public(keys.load_private_key(path, PASSPHRASE)) == raw_public(second)
    assert (tmp_path / "k.pub").read_text("ascii") == keys.public_key_line(second) + "\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["k", "k.pub"]


def test_encrypted_file_holds_no_secret_in_clear(tmp_path: Path) -> None:
    path = tmp_path / "k"
    keys.save_private_key(fixed_key(), path, PASSPHRASE)
    text = path.read_text("ascii")
    assert "aes256-ctr" in base64.b64decode("".join(text.splitlines()[1:-1])).decode("latin-1")
    blob = base64.b64decode("".join(text.splitlines()[1:-1]))
    assert FIXED_SEED not in blob
    assert PASSPHRASE.encode() not in blob


def test_load_encrypted_without_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "k"
    keys.save_private_key(keys.generate_key(), path, PASSPHRASE)
    for missing in (None, ""):
        with pytest.raises(KeyPassphraseError) as caught:
            keys.load_private_key(path, missing)
        assert caught.value.code == "key_passphrase_missing"


def test_load_encrypted_with_wrong_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "k"
    keys.save_private_key(keys.generate_key(), path, PASSPHRASE)
    with pytest.raises(KeyPassphraseError) as caught:
        keys.load_private_key(path, "not it")
    assert caught.value.code == "key_passphrase_wrong"
    assert "not it" not in str(caught.value) + repr(caught.value)
    assert str(caught.value) == "key_passphrase_wrong"


def test_passphrase_for_an_unencrypted_key_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "k"
    keys.save_private_key(fixed_key(), path, None)
    assert raw_public(keys.load_private_key(path, "anything")) == raw_public(fixed_key())


def test_load_missing_file_raises_oserror(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        keys.load_private_key(tmp_path / "nothing", None)


def _valid_file(tmp_path: Path) -> str:
    path = tmp_path / "valid"
    keys.save_private_key(fixed_key(), path, None)
    return path.read_text("ascii")


def _rewrap(blob: bytes) -> str:
    encoded = base64.b64encode(blob).decode("ascii")
    body = "\n".join(encoded[i : i + 70] for i in range(0, len(encoded), 70))
    return f"-----BEGIN OPENSSH PRIVATE KEY-----\n{body}\n-----END OPENSSH PRIVATE KEY-----\n"


def _inner(text: str) -> bytes:
    return base64.b64decode("".join(text.strip().splitlines()[1:-1]))


@pytest.mark.parametrize(
    "mutate",
    [
        lambda text: "",
        lambda text: "not a key at all\n",
        lambda text: text.replace("-----END OPENSSH PRIVATE KEY-----", ""),
        lambda text: text.replace("OPENSSH PRIVATE KEY", "PRIVATE KEY"),
        lambda text: text.replace("\n", "\n!", 1),
        lambda text: _rewrap(_inner(text)[:-10]),
        lambda text: _rewrap(_inner(text) + b"\x00"),
        lambda text: _rewrap(b"openssh-key-v2\x00" + _inner(text)[15:]),
        lambda text: text + "x" * (70 * 1024),
        lambda text: text.replace("-----BEGIN", "ÄÄ-----BEGIN"),
    ],
)
def test_load_refuses_malformed_files(tmp_path: Path, mutate: Callable[[str], str]) -> None:
    path = tmp_path / "bad"
    path.write_text(mutate(_valid_file(tmp_path)), encoding="utf-8")
    with pytest.raises(KeyFormatError) as caught:
        keys.load_private_key(path, None)
    assert caught.value.code == "key_malformed"


def test_load_refuses_a_corrupted_private_section(tmp_path: Path) -> None:
    inner = bytearray(_inner(_valid_file(tmp_path)))
    inner[-40] ^= 0xFF  # inside the private section: the seed or the public key copy
    path = tmp_path / "bad"
    path.write_text(_rewrap(bytes(inner)), encoding="ascii")
    with pytest.raises(KeyFormatError):
        keys.load_private_key(path, None)


def test_load_refuses_other_key_types(tmp_path: Path) -> None:
    other = ec.generate_private_key(ec.SECP256R1())
    path = tmp_path / "ecdsa"
    path.write_bytes(
        other.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.OpenSSH,
            serialization.NoEncryption(),
        )
    )
    with pytest.raises(KeyFormatError) as caught:
        keys.load_private_key(path, None)
    assert caught.value.code == "key_algorithm"


def test_load_refuses_pkcs8(tmp_path: Path) -> None:
    path = tmp_path / "pkcs8"
    path.write_bytes(
        fixed_key().private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    with pytest.raises(KeyFormatError):
        keys.load_private_key(path, None)


# --- changing the passphrase ------------------------------------------------------------


def test_change_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "k"
    key = keys.generate_key()
    keys.save_private_key(key, path, None, comment="Läksyapu ry")
    keys.change_passphrase(path, None, PASSPHRASE)
    with pytest.raises(KeyPassphraseError):
        keys.load_private_key(path, None)
    keys.change_passphrase(path, PASSPHRASE, "second")
    with pytest.raises(KeyPassphraseError):
        keys.load_private_key(path, PASSPHRASE)
    assert raw_public(keys.load_private_key(path, "second")) == raw_public(key)
    keys.change_passphrase(path, "second", None)
    assert raw_public(keys.load_private_key(path, None)) == raw_public(key)
    expected = keys.public_key_line(key) + " Läksyapu ry\n"
    assert (tmp_path / "k.pub").read_text("utf-8") == expected


def test_change_passphrase_with_wrong_old_leaves_the_file(tmp_path: Path) -> None:
    path = tmp_path / "k"
    keys.save_private_key(keys.generate_key(), path, PASSPHRASE)
    before = path.read_bytes()
    with pytest.raises(KeyPassphraseError):
        keys.change_passphrase(path, "wrong", "new")
    assert path.read_bytes() == before


def test_change_passphrase_drops_a_stale_public_comment(tmp_path: Path) -> None:
    path = tmp_path / "k"
    key = keys.generate_key()
    keys.save_private_key(key, path, None)
    (tmp_path / "k.pub").write_text(FIXED_LINE + " someone else\n", encoding="utf-8")
    keys.change_passphrase(path, None, None)
    assert (tmp_path / "k.pub").read_text("ascii") == keys.public_key_line(key) + "\n"


# --- errors -----------------------------------------------------------------------------


def test_errors_show_only_their_code() -> None:
    error = KeyPassphraseError("key_passphrase_wrong", {"secret": "hunter2"})
    assert str(error) == "key_passphrase_wrong"
    assert "hunter2" not in repr(error)
    assert repr(error) == "KeyPassphraseError('key_passphrase_wrong', params=[secret])"
    assert repr(SignatureError("signature_invalid")) == "SignatureError('signature_invalid')"
    assert error.params == {"secret": "hunter2"}
    for cls in (SignatureError, KeyFormatError, KeyPassphraseError):
        assert issubclass(cls, PackageError)
        assert cls("x").params == {}
