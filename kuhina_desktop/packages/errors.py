"""Known failures of the package layer, as codes the user interface translates.

Every exception here carries a short `code` (a key of the message catalogue
`resources/messages/package.json`) and `params` (values for the message's placeholders).
`str()` and `repr()` show the code and the names of the parameters only, never their
values: these errors are raised while handling keys, passphrases, signatures and hostile
files, and none of that may leak into a log or a crash dialog.

`PackageError` is a `KnownError`, so the command line and the windows translate it like
any other known failure. `REASONS` lists every code with the names of its parameters;
a test checks that each has a text in Finnish, Swedish and English.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from kuhina_desktop.errors import KnownError

_UNPRINTABLE = re.compile(r"[^\x20-\x7e]")
SHOWN_MAX = 120


def shown(text: str) -> str:
    """Untrusted text (a member name, a JSON key) made safe for a one-line message.

    Anything outside printable ASCII is escaped, so a hostile name cannot move the cursor
    or forge another line on a terminal, and the result is at most `SHOWN_MAX` characters.
    """

    def escape(match: re.Match[str]) -> str:
        code = ord(match.group())
        return f"\\x{code:02x}" if code < 256 else f"\\u{code:04x}"

    safe = _UNPRINTABLE.sub(escape, text[: SHOWN_MAX * 2])
    return safe if len(safe) <= SHOWN_MAX else safe[: SHOWN_MAX - 1] + "…"


class PackageError(KnownError):
    """A known, expected failure while reading or writing keys, signatures or packages."""

    code: str
    params: dict[str, Any]

    def __init__(self, code: str, params: Mapping[str, Any] | None = None) -> None:
        super().__init__(code, **dict(params or {}))

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


class PackageRefused(PackageError):
    """A package that breaks a rule of docs/package-format.md; `code` names the rule."""


class PackageDataInvalid(PackageRefused):
    """data.json failed the validation of published records; `problems` lists them all."""

    def __init__(self, problems: list[Any]) -> None:
        first = problems[0]
        super().__init__(
            DATA_VALIDATION_FAILED,
            {
                "count": len(problems),
                "record": shown(first.record_id),
                "field": first.field,
                "problem": first.code,
            },
        )
        self.problems = problems


SIGNATURE_MALFORMED = "signature_malformed"
SIGNATURE_NAMESPACE = "signature_namespace"
SIGNATURE_ALGORITHM = "signature_algorithm"
SIGNATURE_INVALID = "signature_invalid"
KEY_MALFORMED = "key_malformed"
KEY_ALGORITHM = "key_algorithm"
KEY_PASSPHRASE_MISSING = "key_passphrase_missing"
KEY_PASSPHRASE_WRONG = "key_passphrase_wrong"
DATA_VALIDATION_FAILED = "data_validation_failed"

# Every code of this layer with the names of its message parameters.
REASONS: dict[str, tuple[str, ...]] = {
    # keys and signatures
    SIGNATURE_MALFORMED: (),
    SIGNATURE_NAMESPACE: (),
    SIGNATURE_ALGORITHM: (),
    SIGNATURE_INVALID: (),
    KEY_MALFORMED: (),
    KEY_ALGORITHM: (),
    KEY_PASSPHRASE_MISSING: (),
    KEY_PASSPHRASE_WRONG: (),
    # the archive as a whole
    "archive_too_large": ("size", "max"),
    "archive_not_zip": (),
    "archive_corrupt": (),
    "archive_too_many_members": ("count", "max"),
    "archive_uncompressed_too_large": ("size", "max"),
    "archive_trailing_data": ("size", "offset"),
    # one entry of the archive
    "name_absolute": ("name",),
    "name_backslash": ("name",),
    "name_drive": ("name",),
    "name_traversal": ("name",),
    "name_characters": ("name",),
    "name_duplicate": ("name",),
    "name_duplicate_case": ("name", "other"),
    "member_not_regular": ("name",),
    "member_encrypted": ("name",),
    "member_method": ("name", "method"),
    "member_too_large": ("name", "size", "max"),
    "member_ratio": ("name", "ratio", "max"),
    "member_overlap": ("name", "other"),
    "member_unexpected": ("name",),
    "member_required": ("name",),
    # SHA256SUMS and its signature
    "sums_malformed": ("line",),
    "member_unlisted": ("name",),
    "member_missing": ("name",),
    "member_size_mismatch": ("name",),
    "member_corrupt": ("name",),
    "member_hash_mismatch": ("name",),
    "manifest_key_not_signer": ("signer",),
    "package_key_unexpected": ("signer", "expected"),
    # JSON members
    "member_encoding_invalid": ("name",),
    "member_json_invalid": ("name", "line", "column"),
    "member_json_too_deep": ("name", "max"),
    "member_json_string_too_long": ("name", "max"),
    "member_json_duplicate_key": ("name", "key"),
    "member_text_broken_character": ("name", "field", "char", "position"),
    "member_text_control_character": ("name", "field", "char", "position"),
    "member_text_direction_control": ("name", "field", "char", "position"),
    "member_text_line_break": ("name", "field", "char", "position"),
    # manifest.json
    "manifest_not_object": (),
    "manifest_format": (),
    "manifest_version": ("version",),
    "manifest_field_missing": ("field",),
    "manifest_field_invalid": ("field",),
    "manifest_field_unknown": ("field",),
    "manifest_created_at_form": ("value",),
    "manifest_created_at_too_early": ("value", "earliest"),
    "manifest_created_at_future": ("value", "latest"),
    "rotation_same_key": (),
    "rotation_signature_invalid": ("reason",),
    "manifest_organisation_mismatch": (),
    "manifest_name_mismatch": (),
    "manifest_counts_mismatch": ("field", "manifest", "data"),
    # data.json and the attachments
    "data_schema_invalid": ("field", "detail"),
    DATA_VALIDATION_FAILED: ("count", "record", "field", "problem"),
    "data_draft_included": ("record",),
    "attachment_missing": ("name",),
    "attachment_unreferenced": ("name",),
    "attachment_name_mismatch": ("name",),
    "attachment_not_image": ("name", "expected"),
    # reading the file at all
    "package_file_unreadable": ("path", "detail"),
    "package_file_not_regular": ("path",),
}
