"""The fixed facts of the receipt format, version 1 (docs/receipt-format.md).

A receipt is the same signed container as a package (`signed_archive`): `receipt.json`,
`SHA256SUMS` and `SHA256SUMS.sig`, signed with the catalogue's Ed25519 key in the
namespace `kuhina-receipt-v1`, so `ssh-keygen -Y verify -n kuhina-receipt-v1` checks it.

Every refusal is a `ReceiptRefused` whose code starts with `receipt_`: the container's
rules keep the package reader's codes behind that prefix (`receipt_member_unexpected`...),
so a volunteer reads "the receipt holds...", not "the package holds...".
"""

from __future__ import annotations

from kuhina_desktop.packages import limits
from kuhina_desktop.packages.errors import REASONS as PACKAGE_REASONS
from kuhina_desktop.packages.errors import PackageError
from kuhina_desktop.packages.signed_archive import ArchiveKind

FORMAT = "kuhina-receipt"
FORMAT_VERSION = 1
NAMESPACE = "kuhina-receipt-v1"
SUFFIX = ".kuhina-receipt"
RECEIPT = "receipt.json"
MAX_RECEIPT_BYTES = 5 * limits.MB
MAX_NOTE = 4000
MAX_REASON = 2000
PREFIX = "receipt_"

# The six months after which an offer's "checked" date counts as old.
CHECK_DUE_MONTHS = 6


def is_allowed_member(name: str) -> bool:
    return name in (RECEIPT, limits.SUMS, limits.SIGNATURE)


KIND = ArchiveKind(
    namespace=NAMESPACE,
    is_allowed=is_allowed_member,
    required=(RECEIPT,),
    max_bytes=MAX_RECEIPT_BYTES,
    unexpected_key_code="key_unexpected",
)


class ReceiptRefused(PackageError):
    """A receipt that cannot be applied; `code` names the rule (`receipt_...`)."""


# The container's rules (the package reader's codes), as receipt codes.
CONTAINER_CODES = tuple(
    code
    for code in PACKAGE_REASONS
    if code.startswith(("archive_", "name_", "member_", "sums_", "signature_"))
)

# Every receipt code with the names of its message parameters.
REASONS: dict[str, tuple[str, ...]] = {
    **{PREFIX + code: PACKAGE_REASONS[code] for code in CONTAINER_CODES},
    "receipt_key_unexpected": ("signer", "expected"),
    "receipt_not_object": (),
    "receipt_format": (),
    "receipt_version": ("version",),
    "receipt_schema_invalid": ("field", "detail"),
    "receipt_field_invalid": ("field",),
    "receipt_key_not_signer": ("signer",),
    "receipt_rotation_invalid": (),
    "receipt_key_unconfirmed": ("fingerprint",),
    "receipt_key_not_pinned": ("signer", "expected"),
    "receipt_other_organisation": ("organisation",),
    "receipt_package_unknown": ("sequence",),
    "receipt_package_mismatch": ("sequence",),
    "receipt_older": ("sequence", "applied"),
    "receipt_file_unreadable": ("path", "detail"),
}
