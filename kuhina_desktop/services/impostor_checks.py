"""The impostor checks (catalogue/impostors.py) against the catalogue's organisations: for
an arriving package, in the import's own transaction, and for every organisation at once
(`catalogue status`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from kuhina_desktop.catalogue.impostors import Finding, Organisation, compare, compare_all
from kuhina_desktop.store.catalogue_roster import RosterEntry, roster


def _organisation(entry: RosterEntry) -> Organisation:
    return Organisation.of(entry.organisation_id, entry.name, entry.business_id, entry.fingerprints)


def arrival_findings(
    s: Session, organisation_id: str, organisation: Mapping[str, Any], fingerprint: str
) -> tuple[Finding, ...]:
    """How a package's organisation (its JSON) and signing key resemble the others."""
    business_id = organisation.get("business_id")
    newcomer = Organisation.of(
        organisation_id,
        organisation.get("name") if isinstance(organisation.get("name"), Mapping) else None,
        business_id if isinstance(business_id, str) else None,
    )
    return compare(newcomer, (_organisation(e) for e in roster(s)), fingerprint)


def catalogue_findings(s: Session) -> dict[str, tuple[Finding, ...]]:
    """Every organisation's resemblances to the others, by organisation id."""
    return compare_all(_organisation(e) for e in roster(s))


def finding_codes(findings: tuple[Finding, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(f.code for f in findings))
