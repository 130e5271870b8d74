"""Writing a receipt (docs/receipt-format.md) as bytes: `receipt.json` signed like a package.

The content is made by the catalogue's receipt service; the writer checks it against the
reader's own rules first (schema and meaning), so it never writes a receipt that an
association's program would refuse.
"""

from __future__ import annotations

from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kuhina_desktop.packages import signed_archive
from kuhina_desktop.packages.receipt.content import check_content
from kuhina_desktop.packages.receipt.format import NAMESPACE, RECEIPT
from kuhina_desktop.packages.writer import json_bytes


def build_receipt(content: dict[str, Any], private_key: Ed25519PrivateKey) -> bytes:
    """The receipt of `content` (receipt.json's value) signed by `private_key`."""
    check_content(content)
    when = signed_archive.zip_time(str(content["created_at"]))
    return signed_archive.build_archive(
        {RECEIPT: json_bytes(content)}, private_key, NAMESPACE, when
    )
