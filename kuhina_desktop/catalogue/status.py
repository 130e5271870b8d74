"""Per-organisation status of the catalogue (`kuhina catalogue status`): trust, freshness.

An organisation is stale when no package of it has been imported for 180 days: its
opportunities may no longer be on offer, and the coordinator should ask.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from kuhina_desktop.catalogue.impostors import Finding
from kuhina_desktop.catalogue.trust import PENDING, RETIRED, REVOKED, TRUSTED, KeyState

STALE_AFTER = timedelta(days=180)
UNKNOWN = "unknown"


@dataclass(frozen=True)
class OrganisationStatus:
    organisation_id: str
    name: str
    business_id: str | None
    trust_state: str  # trusted | pending | revoked | retired | unknown
    fingerprint: str | None
    pending_fingerprints: tuple[str, ...]
    last_sequence: int | None
    last_import_at: str | None
    last_package_created_at: str | None
    counts: Mapping[str, int]
    stale: bool
    hidden: bool
    flags: tuple[str, ...] = field(default_factory=tuple)
    findings: tuple[Finding, ...] = ()  # whom it resembles (catalogue/impostors.py)

    def to_json(self) -> dict[str, Any]:
        return {
            "organisation_id": self.organisation_id,
            "name": self.name,
            "business_id": self.business_id,
            "trust_state": self.trust_state,
            "fingerprint": self.fingerprint,
            "pending_fingerprints": list(self.pending_fingerprints),
            "last_sequence": self.last_sequence,
            "last_import_at": self.last_import_at,
            "last_package_created_at": self.last_package_created_at,
            "counts": dict(self.counts),
            "stale": self.stale,
            "hidden": self.hidden,
            "flags": list(self.flags),
            "findings": [f.to_json() for f in self.findings],
        }


def trust_state(keys: Iterable[KeyState]) -> tuple[str, str | None]:
    """The organisation's trust state and the fingerprint to show with it."""
    keys = list(keys)
    for state in (TRUSTED, PENDING, REVOKED, RETIRED):
        matching = [k for k in keys if k.state == state]
        if matching:
            return state, matching[-1].fingerprint
    return UNKNOWN, None


def is_stale(last_import_at: datetime | None, now: datetime) -> bool:
    return last_import_at is not None and now - last_import_at > STALE_AFTER


def stale_cutoff(now: datetime) -> datetime:
    return now - STALE_AFTER
