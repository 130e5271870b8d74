"""Reading a `.kuhina-receipt` from untrusted bytes, with every rule of the package reader.

`read_receipt(data)` returns a `VerifiedReceipt` or raises `ReceiptRefused` naming the first
rule the receipt breaks:

1. the signed container (`signed_archive`, as for a package): size (5 MB at most), the ZIP
   rules, only `receipt.json`, `SHA256SUMS` and `SHA256SUMS.sig`, the SSH signature over
   `SHA256SUMS` in the namespace `kuhina-receipt-v1`, every member's hash;
2. `receipt.json`: bounded, strict JSON (`json_guard`, which applies the text rules of
   `domain.text_rules`: no broken or control characters, no direction overrides), the
   schema and its meaning (`content`);
3. `catalogue_public_key` is the signer, and a `key_rotation` is signed by its previous key.

Whether the signer is the coordinator the association trusts, and whether the receipt
answers a package this workspace sent, is the association's service's question.
Everything happens in memory; nothing is extracted or written anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NoReturn

from kuhina_desktop.packages import json_guard, keys, limits, signed_archive, sshsig
from kuhina_desktop.packages.errors import PackageError
from kuhina_desktop.packages.receipt.content import check_content
from kuhina_desktop.packages.receipt.format import KIND, PREFIX, RECEIPT, ReceiptRefused


@dataclass(frozen=True)
class VerifiedReceipt:
    """A receipt whose container, signature and content checked out; `public_key` signed it
    (whether it is the trusted coordinator's key is the caller's question)."""

    content: dict[str, Any]
    public_key: str
    fingerprint: str
    sha256: str
    previous_public_key: str | None  # the key that vouched for `public_key`, if rotated

    @property
    def organisation_id(self) -> str:
        return str(self.content["organisation_id"])

    @property
    def sequence(self) -> int:
        return int(self.content["package"]["sequence"])

    @property
    def package_sha256(self) -> str:
        return str(self.content["package"]["sha256"])

    @property
    def created_at(self) -> str:
        return str(self.content["created_at"])


def _refuse(code: str, **params: object) -> NoReturn:
    raise ReceiptRefused(code, params)


def _as_receipt_error(error: PackageError) -> ReceiptRefused:
    code = error.code if error.code.startswith(PREFIX) else PREFIX + error.code
    return ReceiptRefused(code, error.params)


def _rotation(content: dict[str, Any]) -> str | None:
    rotation = content["key_rotation"]
    if rotation is None:
        return None
    previous = keys.public_key_line(keys.parse_public_key_line(rotation["previous_public_key"]))
    if previous == content["catalogue_public_key"]:
        _refuse("receipt_rotation_invalid")
    try:
        signer = sshsig.verify(
            content["catalogue_public_key"].encode("utf-8"),
            rotation["signature"],
            limits.ROTATION_NAMESPACE,
        )
    except PackageError:
        _refuse("receipt_rotation_invalid")
    if signer != previous:
        _refuse("receipt_rotation_invalid")
    return previous


def read_receipt(data: bytes) -> VerifiedReceipt:
    """Check an untrusted receipt completely; a VerifiedReceipt or a ReceiptRefused."""
    data = bytes(data)
    try:
        integrity = signed_archive.check_integrity(data, KIND)
        value = json_guard.parse_member(RECEIPT, integrity.contents[RECEIPT])
    except ReceiptRefused:
        raise
    except PackageError as error:
        raise _as_receipt_error(error) from None
    content = check_content(value)
    signer = integrity.signer
    if keys.public_key_line(keys.parse_public_key_line(content["catalogue_public_key"])) != signer:
        _refuse("receipt_key_not_signer", signer=keys.fingerprint(signer))
    previous = _rotation(content)
    return VerifiedReceipt(
        content=content,
        public_key=signer,
        fingerprint=keys.fingerprint(signer),
        sha256=integrity.sha256,
        previous_public_key=previous,
    )
