"""The impostor checks (catalogue/impostors.py) against the catalogue's organisations: for
an arriving package, in the import's own transaction (through the index of name keys,
cat0006), and for every organisation at once (`catalogue status`)."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from kuhina_desktop.catalogue.impostors import (
    NAME_KEYS_VERSION,
    Finding,
    Organisation,
    compare,
    compare_all,
    name_keys,
    names_of,
)
from kuhina_desktop.store.catalogue_roster import (
    RosterEntry,
    all_marked,
    replace_name_keys,
    resembling,
    roster,
    without_name_keys,
)


def _organisation(entry: RosterEntry) -> Organisation:
    return Organisation.of(entry.organisation_id, entry.name, entry.business_id, entry.fingerprints)


def arrival_findings(
    s: Session, organisation_id: str, organisation: Mapping[str, Any], fingerprint: str
) -> tuple[Finding, ...]:
    """How a package's organisation (its JSON) and signing key resemble the others.

    Only the organisations that share a name key, the business ID or the key are read and
    compared (the others cannot resemble it: `name_keys`), in the roster's order, so the
    findings are those of a comparison with every organisation."""
    business_id = organisation.get("business_id")
    newcomer = Organisation.of(
        organisation_id,
        organisation.get("name") if isinstance(organisation.get("name"), Mapping) else None,
        business_id if isinstance(business_id, str) else None,
    )
    keep_name_keys(s, organisation_id)
    keys = {_stored(key) for name in newcomer.names for key in name_keys(name)}
    candidates = resembling(s, keys, newcomer.business_id, fingerprint)
    candidates.discard(organisation_id)
    return compare(newcomer, (_organisation(e) for e in roster(s, candidates)), fingerprint)


def keep_name_keys(s: Session, besides: str = "") -> None:
    """The name keys of every organisation (but `besides`, the newcomer) that lacks those
    of the current version (two counts tell when none does)."""
    if all_marked(s, MARKER, besides):
        return
    stale = without_name_keys(s, MARKER)
    replace_name_keys(s, {organisation_id: _keys_of(name) for organisation_id, name in stale})


def index_name(s: Session, organisation_id: str, name: Mapping[str, Any] | None) -> None:
    """The organisation's name keys for its new name, at once (an import's merge), so the
    next arrival finds every organisation's keys current."""
    replace_name_keys(s, {organisation_id: _keys_of(name)})


def _keys_of(name: Mapping[str, Any] | None) -> set[str]:
    return {MARKER, *(_stored(k) for n in names_of(name) for k in name_keys(n))}


def _stored(key: str) -> str:
    """A key as the index keeps it: its SHA-256 (a skeleton can be several times longer
    than its name)."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


MARKER = _stored("version:" + NAME_KEYS_VERSION)


def catalogue_findings(s: Session) -> dict[str, tuple[Finding, ...]]:
    """Every organisation's resemblances to the others, by organisation id."""
    return compare_all(_organisation(e) for e in roster(s))


def finding_codes(findings: tuple[Finding, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(f.code for f in findings))
