"""OpenSSH signatures (PROTOCOL.sshsig): signing, verifying and refusing bad armour."""

from __future__ import annotations

import base64
import hashlib
import struct

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kuhina_desktop.packages import sshsig
from kuhina_desktop.packages.errors import SignatureError
from kuhina_desktop.packages.keys import generate_key, public_key_line

NAMESPACE = "kuhina-package-v1"
MESSAGE = b"hello\n"
FIXED_KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
FIXED_LINE = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAOhB7/zzhC+HXDdGOdLwJln5NYwm6UNXx3chmQSVTG4"

# Made by OpenSSH 9.2 `ssh-keygen -Y sign -n kuhina-package-v1` with FIXED_KEY over MESSAGE.
SSH_KEYGEN_SHA512 = """\
-----BEGIN SSH SIGNATURE-----
U1NIU0lHAAAAAQAAADMAAAALc3NoLWVkMjU1MTkAAAAgA6EHv/POEL4dcN0Y50vAmWfk1j
CbpQ1fHdyGZBJVMbgAAAARa3VoaW5hLXBhY2thZ2UtdjEAAAAAAAAABnNoYTUxMgAAAFMA
AAALc3NoLWVkMjU1MTkAAABAOnc0D0lNTSjUKFYdBJCfDVTfdNZw0uVW/ChRO776NIyqms
VC0tMd9cD0yeKr31PrbBzOqPXZU8bkV/ZvmYB9CA==
-----END SSH SIGNATURE-----
"""
# The same with `-O hashalg=sha256`.
SSH_KEYGEN_SHA256 = """\
-----BEGIN SSH SIGNATURE-----
U1NIU0lHAAAAAQAAADMAAAALc3NoLWVkMjU1MTkAAAAgA6EHv/POEL4dcN0Y50vAmWfk1j
CbpQ1fHdyGZBJVMbgAAAARa3VoaW5hLXBhY2thZ2UtdjEAAAAAAAAABnNoYTI1NgAAAFMA
AAALc3NoLWVkMjU1MTkAAABAZk3a+DoG4lsW3uRw4fv6V/XPmW6/Jx+yPpuyh0fc7zu7BK
/+NI1Id1Y8vZ6i8tW5HdXvIl045fxxjmutyCWCAQ==
-----END SSH SIGNATURE-----
"""


def ssh_string(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


def raw_public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def armour(blob: bytes) -> str:
    encoded = base64.b64encode(blob).decode("ascii")
    lines = [encoded[i : i + 70] for i in range(0, len(encoded), 70)]
    return "\n".join(["-----BEGIN SSH SIGNATURE-----", *lines, "-----END SSH SIGNATURE-----"])


def dearmour(text: str) -> bytes:
    return base64.b64decode("".join(text.strip().splitlines()[1:-1]))


def build(
    key: Ed25519PrivateKey = FIXED_KEY,
    message: bytes = MESSAGE,
    *,
    magic: bytes = b"SSHSIG",
    version: int = 1,
    key_type: bytes = b"ssh-ed25519",
    public: bytes | None = None,
    namespace: bytes = NAMESPACE.encode(),
    reserved: bytes = b"",
    hash_name: bytes = b"sha512",
    signed_hash: str = "sha512",
    signature_type: bytes = b"ssh-ed25519",
    signature: bytes | None = None,
    trailing: bytes = b"",
) -> bytes:
    """A signature blob written independently of the code under test, field by field."""
    digest = hashlib.new(signed_hash, message).digest()
    signed = (
        b"SSHSIG"
        + ssh_string(namespace)
        + ssh_string(b"")
        + ssh_string(signed_hash.encode())
        + ssh_string(digest)
    )
    if signature is None:
        signature = key.sign(signed)
    if public is None:
        public = raw_public(key)
    return (
        magic
        + struct.pack(">I", version)
        + ssh_string(ssh_string(key_type) + ssh_string(public))
        + ssh_string(namespace)
        + ssh_string(reserved)
        + ssh_string(hash_name)
        + ssh_string(ssh_string(signature_type) + ssh_string(signature))
        + trailing
    )


def refused(armoured: str | bytes, message: bytes = MESSAGE, namespace: str = NAMESPACE) -> str:
    with pytest.raises(SignatureError) as caught:
        sshsig.verify(message, armoured, namespace)
    return caught.value.code


# --- signing ----------------------------------------------------------------------------


def test_sign_is_byte_identical_to_ssh_keygen() -> None:
    assert sshsig.sign(MESSAGE, FIXED_KEY, NAMESPACE) == SSH_KEYGEN_SHA512


def test_sign_armour_shape() -> None:
    text = sshsig.sign(b"x" * 1000, generate_key(), "some-namespace-that-is-long-" * 4)
    lines = text.split("\n")
    assert lines[0] == "-----BEGIN SSH SIGNATURE-----"
    assert lines[-2] == "-----END SSH SIGNATURE-----"
    assert lines[-1] == ""
    body = lines[1:-2]
    assert len(body) > 2
    assert all(len(line) == 70 for line in body[:-1])
    assert 0 < len(body[-1]) <= 70


def test_sign_matches_the_independent_builder() -> None:
    key = generate_key()
    assert dearmour(sshsig.sign(b"data", key, NAMESPACE)) == build(key, b"data")


def test_sign_needs_a_namespace() -> None:
    with pytest.raises(ValueError):
        sshsig.sign(MESSAGE, FIXED_KEY, "")
    with pytest.raises(ValueError):
        sshsig.verify(MESSAGE, SSH_KEYGEN_SHA512, "")


# --- verifying --------------------------------------------------------------------------


@pytest.mark.parametrize("message", [b"", b"hello\n", bytes(range(256)) * 100])
def test_round_trip(message: bytes) -> None:
    key = generate_key()
    text = sshsig.sign(message, key, NAMESPACE)
    assert sshsig.verify(message, text, NAMESPACE) == public_key_line(key)
    assert sshsig.verify(message, text.encode("ascii"), NAMESPACE) == public_key_line(key)


@pytest.mark.parametrize("text", [SSH_KEYGEN_SHA512, SSH_KEYGEN_SHA256])
def test_verifies_ssh_keygen_signatures(text: str) -> None:
    assert sshsig.verify(MESSAGE, text, NAMESPACE) == FIXED_LINE


@pytest.mark.parametrize(
    "variant",
    [
        SSH_KEYGEN_SHA512.replace("\n", "\r\n"),
        SSH_KEYGEN_SHA512.rstrip("\n"),
        "\n\n" + SSH_KEYGEN_SHA512 + "\n\n",
        armour(dearmour(SSH_KEYGEN_SHA512)).replace("\n", "  \n"),
    ],
)
def test_tolerates_line_ends_and_surrounding_blank_lines(variant: str) -> None:
    assert sshsig.verify(MESSAGE, variant, NAMESPACE) == FIXED_LINE


def test_wrong_namespace() -> None:
    assert refused(SSH_KEYGEN_SHA512, namespace="kuhina-key-rotation-v1") == "signature_namespace"
    other = sshsig.sign(MESSAGE, FIXED_KEY, "file")
    assert refused(other) == "signature_namespace"


def test_namespace_is_part_of_the_signed_data() -> None:
    # The blob claims our namespace but the signature was made over another one.
    signed_elsewhere = build(namespace=b"file")
    relabelled = signed_elsewhere.replace(ssh_string(b"file"), ssh_string(NAMESPACE.encode()))
    assert refused(armour(relabelled)) == "signature_invalid"


def test_wrong_key() -> None:
    other = generate_key()
    swapped = dearmour(SSH_KEYGEN_SHA512).replace(raw_public(FIXED_KEY), raw_public(other))
    assert refused(armour(swapped)) == "signature_invalid"


def test_signer_is_reported() -> None:
    first, second = generate_key(), generate_key()
    assert sshsig.verify(b"m", sshsig.sign(b"m", first, NAMESPACE), NAMESPACE) != public_key_line(
        second
    )


@pytest.mark.parametrize("message", [b"hello", b"hello\n\n", b"Hello\n", b""])
def test_tampered_message(message: bytes) -> None:
    assert refused(SSH_KEYGEN_SHA512, message=message) == "signature_invalid"


def test_tampered_signature() -> None:
    blob = bytearray(dearmour(SSH_KEYGEN_SHA512))
    blob[-5] ^= 0x01
    assert refused(armour(bytes(blob))) == "signature_invalid"


def test_hash_name_is_part_of_the_signed_data() -> None:
    # A sha256 signature relabelled as sha512 (and the reverse) must not verify.
    assert refused(armour(build(hash_name=b"sha512", signed_hash="sha256"))) == (
        "signature_invalid"
    )
    assert refused(armour(build(hash_name=b"sha256", signed_hash="sha512"))) == (
        "signature_invalid"
    )


def test_reserved_field_is_ignored_as_ssh_keygen_does() -> None:
    assert sshsig.verify(MESSAGE, armour(build(reserved=b"future")), NAMESPACE) == FIXED_LINE


# --- algorithms -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "blob",
    [
        build(key_type=b"ssh-rsa"),
        build(key_type=b"ssh-ed25519-cert-v01@openssh.com"),
        build(signature_type=b"rsa-sha2-512"),
        build(hash_name=b"md5", signed_hash="md5"),
        build(hash_name=b"SHA512"),
        build(hash_name=b"sha1", signed_hash="sha1"),
    ],
)
def test_other_algorithms_are_refused(blob: bytes) -> None:
    assert refused(armour(blob)) == "signature_algorithm"


# --- malformed armour -------------------------------------------------------------------

_GOOD = build()


@pytest.mark.parametrize(
    "armoured",
    [
        "",
        "\n",
        b"\xff\xfe",
        "not a signature",
        SSH_KEYGEN_SHA512.replace("-----BEGIN SSH SIGNATURE-----\n", ""),
        SSH_KEYGEN_SHA512.replace("-----END SSH SIGNATURE-----\n", ""),
        SSH_KEYGEN_SHA512.replace("SSH SIGNATURE", "PGP SIGNATURE"),
        "-----BEGIN SSH SIGNATURE-----\n-----END SSH SIGNATURE-----\n",
        SSH_KEYGEN_SHA512 + "trailing text\n",
        "prefix\n" + SSH_KEYGEN_SHA512,
        SSH_KEYGEN_SHA512 + SSH_KEYGEN_SHA512,
        SSH_KEYGEN_SHA512.replace("U1NI", "U1N!", 1),
        SSH_KEYGEN_SHA512.replace("U1NI", "U1NÄ", 1),
        SSH_KEYGEN_SHA512.replace("CA==", "CA="),
        SSH_KEYGEN_SHA512.replace("CA==", "CA"),
        SSH_KEYGEN_SHA512.replace("U1NI", "U1 NI", 1),
        armour(_GOOD + b"\x00"),
        armour(_GOOD + ssh_string(b"more")),
        armour(build(trailing=b"\x00\x00\x00\x00")),
        armour(_GOOD[:-1]),
        armour(b"SSHSIG"),
        armour(b""),
        armour(build(magic=b"SSHSIH")),
        armour(build(version=2)),
        armour(build(public=raw_public(FIXED_KEY)[:31])),
        armour(build(public=raw_public(FIXED_KEY) + b"\x00")),
        armour(build(signature=b"\x00" * 63)),
        armour(build(signature=b"\x00" * 65)),
        armour(b"SSHSIG\x00\x00\x00\x01\xff\xff\xff\xff"),
        SSH_KEYGEN_SHA512 + " " * (64 * 1024),
        "-----BEGIN SSH SIGNATURE-----\n" + "A" * (64 * 1024) + "\n-----END SSH SIGNATURE-----\n",
        b"-----BEGIN SSH SIGNATURE-----\n" + b"A" * (64 * 1024) + b"\n-----END SSH SIGNATURE-----",
    ],
)
def test_malformed(armoured: str | bytes) -> None:
    assert refused(armoured) == "signature_malformed"


def test_every_truncation_is_malformed() -> None:
    for length in range(len(_GOOD)):
        assert refused(armour(_GOOD[:length])) == "signature_malformed", length


def test_extra_data_inside_the_signature_field_is_malformed() -> None:
    signature = FIXED_KEY.sign(b"anything")
    inner = ssh_string(b"ssh-ed25519") + ssh_string(signature) + b"\x00"
    blob = _GOOD[: _GOOD.rindex(ssh_string(b"sha512")) + 10] + ssh_string(inner)
    assert refused(armour(blob)) == "signature_malformed"


def test_error_text_is_only_the_code() -> None:
    with pytest.raises(SignatureError) as caught:
        sshsig.verify(b"other", SSH_KEYGEN_SHA512, NAMESPACE)
    assert str(caught.value) == "signature_invalid"
    assert "AAAA" not in repr(caught.value)
