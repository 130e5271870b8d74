"""Known failures of the package layer, as codes the user interface translates.

Every exception here carries a short `code` (a key of the message catalogue) and `params`
(values for the message's placeholders). `str()` and `repr()` show the code and the names
of the parameters only, never their values: these errors are raised while handling keys,
passphrases and signatures, and none of that may leak into a log or a crash dialog.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class PackageError(Exception):
    """A known, expected failure while reading or writing keys, signatures or packages."""

    code: str
    params: dict[str, Any]

    def __init__(self, code: str, params: Mapping[str, Any] | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.params = dict(params or {})

    def __str__(self) -> str:
        return self.code

    def __repr__(self) -> str:
        names = ", ".join(sorted(self.params))
        extra = f", params=[{names}]" if names else ""
        return f"{type(self).__name__}({self.code!r}{extra})"


class SignatureError(PackageError):
    """An SSH signature that cannot be accepted.

    Codes: `signature_malformed` (not an SSH signature, truncated, trailing data or too
    large), `signature_namespace` (made for another purpose), `signature_algorithm` (not
    Ed25519, or a hash other than sha512 and sha256) and `signature_invalid` (does not
    match the message).
    """


class KeyFormatError(PackageError):
    """A key that cannot be read.

    Codes: `key_malformed` (not an OpenSSH key of the expected form) and `key_algorithm`
    (a key type or cipher other than those supported; Ed25519 only).
    """


class KeyPassphraseError(PackageError):
    """An encrypted private key that could not be opened.

    Codes: `key_passphrase_missing` (the key is encrypted and no passphrase was given) and
    `key_passphrase_wrong` (the passphrase does not open the key).
    """


SIGNATURE_MALFORMED = "signature_malformed"
SIGNATURE_NAMESPACE = "signature_namespace"
SIGNATURE_ALGORITHM = "signature_algorithm"
SIGNATURE_INVALID = "signature_invalid"
KEY_MALFORMED = "key_malformed"
KEY_ALGORITHM = "key_algorithm"
KEY_PASSPHRASE_MISSING = "key_passphrase_missing"
KEY_PASSPHRASE_WRONG = "key_passphrase_wrong"
