"""What the catalogue workspace's operations return: plain result objects for the windows
and the command line (what a package is, what importing it did, what changed)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kuhina_desktop.catalogue.audit_privacy import without_personal_data
from kuhina_desktop.catalogue.dependencies import Consequence
from kuhina_desktop.catalogue.diff import PackageDiff
from kuhina_desktop.catalogue.impostors import Finding
from kuhina_desktop.catalogue.review import PackageReview
from kuhina_desktop.services.changes import Changes
from kuhina_desktop.store.catalogue_search import OpportunityHit

IMPORTED = "imported"
ALREADY_IMPORTED = "already_imported"
PENDING_TRUST = "pending_trust"
REFUSED = "refused"
REVIEW_NEEDED = "review_needed"
OUTCOMES = (IMPORTED, ALREADY_IMPORTED, PENDING_TRUST, REFUSED, REVIEW_NEEDED)


@dataclass(frozen=True)
class PackageInfo:
    """Who sent a package and which one it is."""

    organisation_id: str
    organisation_name: str
    sequence: int
    sha256: str
    fingerprint: str
    public_key: str
    created_at: str
    size: int = 0
    file: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "organisation_id": self.organisation_id,
            "organisation_name": self.organisation_name,
            "sequence": self.sequence,
            "sha256": self.sha256,
            "fingerprint": self.fingerprint,
            "created_at": self.created_at,
            "size": self.size,
            "file": self.file,
        }


@dataclass(frozen=True)
class InboxItem:
    """A package looked at without importing it: would it be imported, and what changes.

    `verdict` is what importing would do now (imported, already_imported, pending_trust,
    refused); `key_state` is the signer's state in the trust registry (trusted, pending,
    revoked, retired, rotation when a valid rotation vouches for it, or unknown).
    """

    package: PackageInfo | None
    verdict: str
    key_state: str
    reason: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    diff: PackageDiff | None = None
    flags: tuple[str, ...] = ()
    findings: tuple[Finding, ...] = ()  # how it resembles other organisations (impostors)

    @property
    def counts(self) -> dict[str, int] | None:
        return self.diff.counts() if self.diff is not None else None


@dataclass(frozen=True)
class ImportOutcome:
    """The result of importing one package.

    `status`: imported, already_imported (nothing changed), pending_trust (the package waits
    for the coordinator to confirm the key), refused (`reason` and `params` say why) or
    review_needed (no decisions were given: `review` holds the open review, nothing changed).
    """

    status: str
    package: PackageInfo | None
    reason: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    diff: PackageDiff | None = None
    review: PackageReview | None = None
    changes: Changes = field(default_factory=Changes)
    applied: int = 0
    rejected: int = 0
    flags: tuple[str, ...] = ()
    findings: tuple[Finding, ...] = ()  # how it resembles other organisations (impostors)
    consequences: tuple[Consequence, ...] = ()  # dependent changes rejected or kept

    @property
    def done(self) -> bool:
        """Imported or already imported: the catalogue holds this package."""
        return self.status in (IMPORTED, ALREADY_IMPORTED)


@dataclass(frozen=True)
class SearchResult:
    """A page of hits; `total` counts every match, unless counting stopped at the search's
    `count_limit`: then `total_exact` is False and `total` is `count_limit + 1` ("more than
    count_limit")."""

    hits: list[OpportunityHit]
    total: int
    offset: int
    limit: int
    total_exact: bool = True


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    actor: str
    action: str
    organisation_id: str | None
    record_id: str | None
    package_sha256: str | None
    sequence: int | None
    details: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "at": self.at,
            "actor": self.actor,
            "action": self.action,
            "organisation_id": self.organisation_id,
            "record_id": self.record_id,
            "package_sha256": self.package_sha256,
            "sequence": self.sequence,
            "details": self.details,
        }


def exported_details(entry: AuditEntry, with_personal_data: bool = False) -> dict[str, Any]:
    """An audit entry's details as an export gives them: without the contact people's
    personal values unless asked for (catalogue.audit_privacy)."""
    return dict(entry.details) if with_personal_data else without_personal_data(entry.details)
