"""What reading a package yields once every check of DESIGN section 4 has passed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kuhina_desktop.domain.model import Snapshot


@dataclass(frozen=True)
class KeyRotation:
    """The manifest's `key_rotation`: the previous key vouching for the new one."""

    previous_public_key: str
    signature: str


@dataclass(frozen=True)
class VerifiedPackage:
    """A package whose structure, hashes, signature, manifest and data all checked out.

    `public_key` made the signature over SHA256SUMS; whether the signer is *trusted*
    is the catalogue's question (trust registry), not the reader's.
    """

    manifest: dict[str, Any]
    snapshot: Snapshot
    attachments: dict[str, bytes]
    sha256: str
    public_key: str
    fingerprint: str
    key_rotation: KeyRotation | None = None
    size: int = 0
    data_json: dict[str, Any] = field(default_factory=dict)

    @property
    def organisation_id(self) -> str:
        return str(self.manifest["organisation_id"])

    @property
    def sequence(self) -> int:
        return int(self.manifest["sequence"])

    @property
    def created_at(self) -> str:
        return str(self.manifest["created_at"])
