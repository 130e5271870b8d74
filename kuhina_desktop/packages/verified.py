"""What reading a package yields once every check of docs/package-format.md has passed."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from kuhina_desktop.domain.model import Snapshot


@dataclass(frozen=True)
class KeyRotation:
    """The manifest's `key_rotation`: the previous key vouching for the new one."""

    previous_public_key: str
    signature: str


class PackageAttachments(Mapping[str, bytes]):
    """The images of a verified package by reference, in the order data.json names them.

    An image stored in the package (as the writer stores them) is copied out of the
    package's bytes when it is asked for, so a caller that wants only the verdict
    (`kuhina package verify`, the export's self-check) copies no image. Those bytes are
    immutable (the reader holds `bytes`), so what is handed out is what was verified.
    """

    def __init__(self, contents: Mapping[str, bytes | memoryview]) -> None:
        self._contents = dict(contents)

    def __getitem__(self, ref: str) -> bytes:
        content = self._contents[ref]
        return content if isinstance(content, bytes) else content.tobytes()

    def __iter__(self) -> Iterator[str]:
        return iter(self._contents)

    def __len__(self) -> int:
        return len(self._contents)

    def __repr__(self) -> str:
        sizes = ", ".join(f"{ref!r}: <{len(c)} bytes>" for ref, c in self._contents.items())
        return f"PackageAttachments({{{sizes}}})"


@dataclass(frozen=True)
class VerifiedPackage:
    """A package whose structure, hashes, signature, manifest and data all checked out.

    `public_key` made the signature over SHA256SUMS; whether the signer is *trusted*
    is the catalogue's question (trust registry), not the reader's.
    """

    manifest: dict[str, Any]
    snapshot: Snapshot
    attachments: Mapping[str, bytes]
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
