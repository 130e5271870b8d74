"""Ed25519 signing keys in OpenSSH formats.

An organisation's key pair is kept as an OpenSSH private key file (encrypted with the
bcrypt KDF when the user sets a passphrase) next to a `<name>.pub` public key file, so the
keys work with `ssh-keygen` too. A public key travels as the one-line OpenSSH form
`ssh-ed25519 AAAA...` and is shown with its fingerprint exactly as `ssh-keygen -l` prints it,
so two people can compare it over the phone.

This module also holds the small reader of the SSH wire encoding (RFC 4251, section 5)
that the signature module shares. Nothing here puts key material or a passphrase into an
exception.
"""

from __future__ import annotations

import base64
import binascii
import errno
import hashlib
import os
import re
import struct
from pathlib import Path

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from kuhina_desktop.atomic_write import PRIVATE, PUBLIC, SHARED, StagedFiles, write_file_atomic
from kuhina_desktop.packages.errors import (
    KEY_ALGORITHM,
    KEY_MALFORMED,
    KEY_PASSPHRASE_MISSING,
    KEY_PASSPHRASE_WRONG,
    KeyFormatError,
    KeyPassphraseError,
)

KEY_TYPE = "ssh-ed25519"
KEY_TYPE_BYTES = KEY_TYPE.encode("ascii")
ED25519_KEY_SIZE = 32
MAX_PUBLIC_LINE = 8 * 1024
MAX_PRIVATE_KEY_FILE = 64 * 1024

_PRIVATE_BEGIN = "-----BEGIN OPENSSH PRIVATE KEY-----"
_PRIVATE_END = "-----END OPENSSH PRIVATE KEY-----"
_PRIVATE_MAGIC = b"openssh-key-v1\x00"
_BASE64_LINE = re.compile(r"[A-Za-z0-9+/=]*")

StrPath = str | os.PathLike[str]


class SSHReader:
    """Reads SSH wire values from a byte string; ValueError on truncation or leftovers."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._pos = 0

    def take(self, size: int) -> bytes:
        if size < 0 or self._pos + size > len(self._data):
            raise ValueError("truncated")
        chunk = self._data[self._pos : self._pos + size]
        self._pos += size
        return chunk

    def uint32(self) -> int:
        value: int = struct.unpack(">I", self.take(4))[0]
        return value

    def string(self) -> bytes:
        return self.take(self.uint32())

    def end(self) -> None:
        if self._pos != len(self._data):
            raise ValueError("trailing data")


def ssh_string(data: bytes) -> bytes:
    """`data` as an SSH wire string: uint32 length, then the bytes."""
    return struct.pack(">I", len(data)) + data


def public_key_blob(key: Ed25519PublicKey) -> bytes:
    """The SSH wire form of a public key: string("ssh-ed25519") ‖ string(32 key bytes)."""
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return ssh_string(KEY_TYPE_BYTES) + ssh_string(raw)


def public_key_from_blob(blob: bytes) -> Ed25519PublicKey:
    """Parse the SSH wire form of an Ed25519 public key; KeyFormatError otherwise."""
    reader = SSHReader(blob)
    try:
        key_type = reader.string()
        if key_type != KEY_TYPE_BYTES:
            raise KeyFormatError(KEY_ALGORITHM)
        raw = reader.string()
        reader.end()
    except ValueError:
        raise KeyFormatError(KEY_MALFORMED) from None
    if len(raw) != ED25519_KEY_SIZE:
        raise KeyFormatError(KEY_MALFORMED)
    try:
        return Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise KeyFormatError(KEY_MALFORMED) from None


def generate_key() -> Ed25519PrivateKey:
    """A new random Ed25519 key."""
    return Ed25519PrivateKey.generate()


def public_key_line(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    """The one-line OpenSSH public key `ssh-ed25519 AAAA...`, without a comment."""
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return f"{KEY_TYPE} {base64.b64encode(public_key_blob(public)).decode('ascii')}"


def _split_public_line(text: str) -> tuple[bytes, str]:
    """The key blob and the comment ('' when none) of a one-line OpenSSH public key."""
    if len(text) > MAX_PUBLIC_LINE:
        raise KeyFormatError(KEY_MALFORMED)
    stripped = text.strip()
    if "\n" in stripped or "\r" in stripped:
        raise KeyFormatError(KEY_MALFORMED)
    parts = stripped.split(maxsplit=2)
    if len(parts) < 2:
        raise KeyFormatError(KEY_MALFORMED)
    if parts[0] != KEY_TYPE:
        raise KeyFormatError(KEY_ALGORITHM)
    try:
        blob = base64.b64decode(parts[1].encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error):
        raise KeyFormatError(KEY_MALFORMED) from None
    comment = parts[2].strip() if len(parts) == 3 else ""
    return blob, comment


def parse_public_key_line(text: str) -> Ed25519PublicKey:
    """Parse `ssh-ed25519 AAAA... [comment]` (the comment is ignored); KeyFormatError."""
    blob, _comment = _split_public_line(text)
    return public_key_from_blob(blob)


def fingerprint(public_line: str) -> str:
    """`SHA256:<unpadded base64>` of the key blob, as `ssh-keygen -l` prints it."""
    blob, _comment = _split_public_line(public_line)
    public_key_from_blob(blob)
    digest = base64.b64encode(hashlib.sha256(blob).digest()).decode("ascii")
    return "SHA256:" + digest.rstrip("=")


SPOKEN_GROUPS = 6  # 30 digits: about 100 bits of the digest, enough to tell keys apart
SPOKEN_GROUP_DIGITS = 5


def spoken_fingerprint(fingerprint_text: str) -> str:
    """The same SHA-256 as `SHA256:...`, in a form made for reading aloud over the phone:
    six groups of five digits (`01234 56789 ...`), no letters to mix up.

    Group i is the big-endian number of the digest's bytes 5i..5i+4, modulo 100 000, written
    with five digits (docs/package-format.md, "Reading the fingerprint aloud"). Raises
    ValueError for a text that is not a SHA-256 fingerprint.
    """
    value = fingerprint_text.strip().removeprefix("SHA256:")
    try:
        digest = base64.b64decode(value + "=" * (-len(value) % 4), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ValueError("not a SHA256 fingerprint") from exc
    if len(digest) != hashlib.sha256().digest_size:
        raise ValueError("not a SHA256 fingerprint")
    width = SPOKEN_GROUP_DIGITS
    groups = [
        int.from_bytes(digest[width * i : width * (i + 1)], "big") % 10**width
        for i in range(SPOKEN_GROUPS)
    ]
    return " ".join(f"{group:0{width}d}" for group in groups)


def normalise_spoken(text: str) -> str:
    """The digits of a spoken fingerprint as typed while listening, grouped as shown."""
    digits = "".join(ch for ch in text if ch.isdigit() and ch.isascii())
    width = SPOKEN_GROUP_DIGITS
    return " ".join(digits[i : i + width] for i in range(0, len(digits), width))


def fingerprint_display(public_line: str) -> str:
    """The whole line `ssh-keygen -l -f key.pub` prints: `256 SHA256:... comment (ED25519)`."""
    _blob, comment = _split_public_line(public_line)
    return f"256 {fingerprint(public_line)} {comment or 'no comment'} (ED25519)"


def public_file_path(path: StrPath) -> Path:
    """Where the public key of the private key file `path` is kept: `<path>.pub`."""
    return Path(os.fspath(path) + ".pub")


def save_private_key(
    key: Ed25519PrivateKey,
    path: StrPath,
    passphrase: str | None,
    *,
    comment: str = "",
) -> None:
    """Write `key` to `path` in OpenSSH format (mode 0600) and its public key to `<path>.pub`.

    With a non-empty passphrase the file is encrypted (aes256-ctr, bcrypt KDF), as by
    `ssh-keygen -N`; an empty or no passphrase leaves it unencrypted. Both files are
    written under temporary names and then renamed, so a crash leaves the old ones whole.
    `comment`, one line, goes to the end of the public key line.
    """
    if "\n" in comment or "\r" in comment:
        raise ValueError("the comment must be one line")
    encryption: serialization.KeySerializationEncryption
    if passphrase:
        encryption = serialization.BestAvailableEncryption(passphrase.encode("utf-8"))
    else:
        encryption = serialization.NoEncryption()
    private_data = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH, encryption
    )
    public_line = public_key_line(key)
    if comment.strip():
        public_line += " " + comment.strip()
    target = Path(os.fspath(path))
    pair = StagedFiles(mode=PRIVATE)  # both written before either is renamed
    try:
        pair.write(target, private_data)
        pair.write(public_file_path(target), (public_line + "\n").encode("utf-8"), mode=PUBLIC)
        pair.commit()
    except BaseException:
        pair.abort()
        raise


def write_new_key_file(path: StrPath, data: bytes) -> None:
    """Create the file `path` (it must not exist) holding `data`, flushed to disk.

    A private key file (any name but `*.pub`) is owner-only (0600) from its creation on, so
    its bytes never sit in a file that others may read, as they would between a copy and a
    later chmod.
    """
    target = Path(os.fspath(path))
    if os.path.lexists(target):
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target))
    write_file_atomic(target, data, mode=SHARED if target.name.endswith(".pub") else PRIVATE)


def _private_key_header(data: bytes) -> tuple[bool, bytes]:
    """Check the outer structure of an OpenSSH private key file.

    Returns whether it is encrypted and the public key blob it declares. Refuses anything
    but one Ed25519 key before any decryption is tried.
    """
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        raise KeyFormatError(KEY_MALFORMED) from None
    lines = [line.strip() for line in text.strip().splitlines()]
    if len(lines) < 3 or lines[0] != _PRIVATE_BEGIN or lines[-1] != _PRIVATE_END:
        raise KeyFormatError(KEY_MALFORMED)
    body = lines[1:-1]
    if not all(_BASE64_LINE.fullmatch(line) for line in body):
        raise KeyFormatError(KEY_MALFORMED)
    try:
        blob = base64.b64decode("".join(body), validate=True)
    except binascii.Error:
        raise KeyFormatError(KEY_MALFORMED) from None
    reader = SSHReader(blob)
    try:
        if reader.take(len(_PRIVATE_MAGIC)) != _PRIVATE_MAGIC:
            raise KeyFormatError(KEY_MALFORMED)
        cipher = reader.string()
        kdf = reader.string()
        reader.string()  # KDF options
        if reader.uint32() != 1:
            raise KeyFormatError(KEY_MALFORMED)
        public_blob = reader.string()
        reader.string()  # the private section, encrypted or not
        reader.end()
    except ValueError:
        raise KeyFormatError(KEY_MALFORMED) from None
    public_key_from_blob(public_blob)
    encrypted = cipher != b"none"
    if encrypted != (kdf != b"none"):
        raise KeyFormatError(KEY_MALFORMED)
    return encrypted, public_blob


def load_private_key(path: StrPath, passphrase: str | None) -> Ed25519PrivateKey:
    """Read an OpenSSH Ed25519 private key file.

    KeyPassphraseError when the key is encrypted and the passphrase is missing or wrong;
    KeyFormatError when the file is not such a key. A passphrase given for an unencrypted
    key is ignored, as `ssh-keygen -y -P` does. OSError when the file cannot be read.
    """
    with open(path, "rb") as handle:
        data = handle.read(MAX_PRIVATE_KEY_FILE + 1)
    if len(data) > MAX_PRIVATE_KEY_FILE:
        raise KeyFormatError(KEY_MALFORMED)
    encrypted, public_blob = _private_key_header(data)
    password: bytes | None = None
    if encrypted:
        if not passphrase:
            raise KeyPassphraseError(KEY_PASSPHRASE_MISSING)
        password = passphrase.encode("utf-8")
    try:
        key = serialization.load_ssh_private_key(data, password)
    except UnsupportedAlgorithm:
        raise KeyFormatError(KEY_ALGORITHM) from None
    except (ValueError, TypeError):
        if encrypted:
            raise KeyPassphraseError(KEY_PASSPHRASE_WRONG) from None
        raise KeyFormatError(KEY_MALFORMED) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFormatError(KEY_ALGORITHM)
    if public_key_blob(key.public_key()) != public_blob:
        raise KeyFormatError(KEY_MALFORMED)
    return key


def change_passphrase(path: StrPath, old: str | None, new: str | None) -> None:
    """Re-encrypt the key file at `path` with `new` (None or '' removes the passphrase).

    The public key file is rewritten too, keeping its comment. The file is left as it was
    when `old` does not open it.
    """
    key = load_private_key(path, old)
    comment = ""
    public_path = public_file_path(path)
    try:
        blob, comment = _split_public_line(public_path.read_text(encoding="utf-8"))
        if blob != public_key_blob(key.public_key()):
            comment = ""
    except (OSError, UnicodeDecodeError, KeyFormatError):
        comment = ""
    save_private_key(key, path, new, comment=comment)


def private_key_is_encrypted(path: StrPath) -> bool:
    """Whether the OpenSSH private key file at `path` needs a passphrase to open."""
    with open(path, "rb") as handle:
        data = handle.read(MAX_PRIVATE_KEY_FILE + 1)
    if len(data) > MAX_PRIVATE_KEY_FILE:
        raise KeyFormatError(KEY_MALFORMED)
    encrypted, _public_blob = _private_key_header(data)
    return encrypted
