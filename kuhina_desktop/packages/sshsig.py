"""OpenSSH signatures (PROTOCOL.sshsig) with Ed25519, as `ssh-keygen -Y sign` makes them.

A package's `SHA256SUMS` is signed this way so anyone can check it with `ssh-keygen -Y
verify`, without this program. What is signed is

    "SSHSIG" ‖ string(namespace) ‖ string("") ‖ string(hash) ‖ string(hash(message))

and the signature blob is

    "SSHSIG" ‖ uint32(1) ‖ string(public key blob) ‖ string(namespace) ‖ string(reserved)
    ‖ string(hash) ‖ string(string("ssh-ed25519") ‖ string(64-byte signature))

armoured as base64 wrapped at 70 columns between the BEGIN and END lines. We sign with
sha512 and accept sha512 and sha256 (`ssh-keygen -O hashalg=sha256`). The reserved field is
ignored and taken as empty in the signed data, as ssh-keygen does.

The armour comes from strangers: it is parsed with bounds, and any failure becomes a
SignatureError with one of the codes listed in `errors.SignatureError`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kuhina_desktop.packages.errors import (
    KEY_ALGORITHM,
    SIGNATURE_ALGORITHM,
    SIGNATURE_INVALID,
    SIGNATURE_MALFORMED,
    SIGNATURE_NAMESPACE,
    KeyFormatError,
    SignatureError,
)
from kuhina_desktop.packages.keys import (
    KEY_TYPE_BYTES,
    SSHReader,
    public_key_blob,
    public_key_from_blob,
    public_key_line,
    ssh_string,
)

BEGIN = "-----BEGIN SSH SIGNATURE-----"
END = "-----END SSH SIGNATURE-----"
MAX_ARMOUR_SIZE = 64 * 1024
LINE_WIDTH = 70
SIGN_HASH = "sha512"

_MAGIC = b"SSHSIG"
_VERSION = 1
_ED25519_SIGNATURE_SIZE = 64
_HASHES = {b"sha512": hashlib.sha512, b"sha256": hashlib.sha256}
_BASE64_LINE = re.compile(r"[A-Za-z0-9+/=]*")


@dataclass(frozen=True)
class _Parsed:
    public_blob: bytes
    namespace: bytes
    hash_name: bytes
    signature_type: bytes
    signature: bytes


def _signed_data(namespace: bytes, hash_name: bytes, message: bytes) -> bytes:
    digest = _HASHES[hash_name](message).digest()
    return (
        _MAGIC
        + ssh_string(namespace)
        + ssh_string(b"")
        + ssh_string(hash_name)
        + ssh_string(digest)
    )


def _namespace_bytes(namespace: str) -> bytes:
    if not namespace:
        raise ValueError("an SSH signature needs a namespace")
    return namespace.encode("utf-8")


def sign(message: bytes, private_key: Ed25519PrivateKey, namespace: str) -> str:
    """Sign `message` for `namespace`; the armoured signature text, ending with a newline."""
    ns = _namespace_bytes(namespace)
    hash_name = SIGN_HASH.encode("ascii")
    signature = private_key.sign(_signed_data(ns, hash_name, message))
    blob = (
        _MAGIC
        + _VERSION.to_bytes(4, "big")
        + ssh_string(public_key_blob(private_key.public_key()))
        + ssh_string(ns)
        + ssh_string(b"")
        + ssh_string(hash_name)
        + ssh_string(ssh_string(KEY_TYPE_BYTES) + ssh_string(signature))
    )
    encoded = base64.b64encode(blob).decode("ascii")
    lines = [encoded[i : i + LINE_WIDTH] for i in range(0, len(encoded), LINE_WIDTH)]
    return "\n".join([BEGIN, *lines, END]) + "\n"


def _dearmour(armoured: str | bytes) -> bytes:
    """The signature blob inside the armour; SignatureError(signature_malformed) otherwise."""
    if len(armoured) > MAX_ARMOUR_SIZE:
        raise SignatureError(SIGNATURE_MALFORMED)
    try:
        raw = armoured.encode("ascii") if isinstance(armoured, str) else bytes(armoured)
        text = raw.decode("ascii")
    except UnicodeError:
        raise SignatureError(SIGNATURE_MALFORMED) from None
    if len(raw) > MAX_ARMOUR_SIZE:
        raise SignatureError(SIGNATURE_MALFORMED)
    lines = [line.rstrip(" \t\r") for line in text.strip().split("\n")]
    if len(lines) < 3 or lines[0] != BEGIN or lines[-1] != END:
        raise SignatureError(SIGNATURE_MALFORMED)
    body = lines[1:-1]
    if not all(_BASE64_LINE.fullmatch(line) for line in body):
        raise SignatureError(SIGNATURE_MALFORMED)
    try:
        return base64.b64decode("".join(body), validate=True)
    except binascii.Error:
        raise SignatureError(SIGNATURE_MALFORMED) from None


def _parse(blob: bytes) -> _Parsed:
    """Split a signature blob into its fields; SignatureError(signature_malformed)."""
    reader = SSHReader(blob)
    try:
        if reader.take(len(_MAGIC)) != _MAGIC or reader.uint32() != _VERSION:
            raise SignatureError(SIGNATURE_MALFORMED)
        public_blob = reader.string()
        namespace = reader.string()
        reader.string()  # reserved
        hash_name = reader.string()
        inner = SSHReader(reader.string())
        reader.end()
        signature_type = inner.string()
        signature = inner.string()
        inner.end()
    except ValueError:
        raise SignatureError(SIGNATURE_MALFORMED) from None
    return _Parsed(public_blob, namespace, hash_name, signature_type, signature)


def verify(message: bytes, armoured: str | bytes, namespace: str) -> str:
    """Check an armoured SSH signature of `message` made for `namespace`.

    Returns the signer's public key as `ssh-ed25519 AAAA...` (no comment); the caller
    decides whether that key is trusted. Raises SignatureError otherwise.
    """
    expected_namespace = _namespace_bytes(namespace)
    parsed = _parse(_dearmour(armoured))
    try:
        public_key = public_key_from_blob(parsed.public_blob)
    except KeyFormatError as error:
        code = SIGNATURE_ALGORITHM if error.code == KEY_ALGORITHM else SIGNATURE_MALFORMED
        raise SignatureError(code) from None
    if parsed.namespace != expected_namespace:
        raise SignatureError(SIGNATURE_NAMESPACE)
    if parsed.signature_type != KEY_TYPE_BYTES or parsed.hash_name not in _HASHES:
        raise SignatureError(SIGNATURE_ALGORITHM)
    if len(parsed.signature) != _ED25519_SIGNATURE_SIZE:
        raise SignatureError(SIGNATURE_MALFORMED)
    signed = _signed_data(expected_namespace, parsed.hash_name, message)
    try:
        public_key.verify(parsed.signature, signed)
    except InvalidSignature:
        raise SignatureError(SIGNATURE_INVALID) from None
    return public_key_line(public_key)
