"""What importing or inspecting one verified package reads and compares: the package's
trust-relevant facts (`arrival_of`), its snapshot in the data contract's JSON form
(`contract_json`), and the catalogue rows it meets, read in one go (`read_catalogue`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from kuhina_desktop.catalogue import trust
from kuhina_desktop.catalogue.diff import CurrentRecords
from kuhina_desktop.packages import keys
from kuhina_desktop.packages.verified import VerifiedPackage
from kuhina_desktop.services.catalogue_results import PackageInfo
from kuhina_desktop.store import catalogue_records as records
from kuhina_desktop.store import catalogue_store as registry

_FIELDS: dict[type, tuple[str, ...]] = {}


def contract_json(value: Any) -> Any:
    """`domain.serialize.to_json` for the dataclasses of a snapshot, a few times faster
    (field names cached per class): it runs for every record of every imported package."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, list | tuple):
        return [contract_json(item) for item in value]
    names = _FIELDS.get(type(value))
    if names is None:
        names = _FIELDS[type(value)] = tuple(f.name for f in dataclasses.fields(value))
    return {name: contract_json(getattr(value, name)) for name in names}


def package_info(pkg: VerifiedPackage, file: str | None = None) -> PackageInfo:
    return PackageInfo(
        organisation_id=pkg.organisation_id,
        organisation_name=pkg.snapshot.organisation.name.best("fi"),
        sequence=pkg.sequence,
        sha256=pkg.sha256,
        fingerprint=pkg.fingerprint,
        public_key=pkg.public_key,
        created_at=pkg.created_at,
        size=pkg.size,
        file=file,
    )


def arrival_of(pkg: VerifiedPackage) -> trust.Arrival:
    """The trust-relevant facts of a verified package. Its key rotation, if it has one, is
    a valid one: the reader accepts a rotation only once the previous key's signature over
    the new key checks out (`packages.manifest.check_rotation`, the one place it is
    checked), so it is not checked again here."""
    rotation = pkg.key_rotation
    return trust.Arrival(
        pkg.organisation_id,
        pkg.sequence,
        pkg.sha256,
        pkg.public_key,
        pkg.fingerprint,
        keys.fingerprint(rotation.previous_public_key) if rotation is not None else None,
        True if rotation is not None else None,
    )


def registry_of(s: Session, organisation_id: str) -> trust.Registry | None:
    org = registry.get_organisation(s, organisation_id)
    if org is None:
        return None
    key_states = tuple(
        trust.KeyState(k.public_key, k.fingerprint, k.state)
        for k in registry.keys_of(s, organisation_id)
    )
    return trust.Registry(organisation_id, key_states, org.last_sequence, org.last_package_sha256)


def key_state_of(reg: trust.Registry | None, arrival: trust.Arrival) -> str:
    key = reg.key(arrival.fingerprint) if reg else None
    if key is not None:
        return key.state
    if (
        reg is not None
        and arrival.rotation_valid
        and arrival.rotation_from_fingerprint
        in {k.fingerprint for k in reg.in_state(trust.TRUSTED)}
    ):
        return "rotation"
    return "unknown"


@dataclass
class PackageCatalogue:
    """What the catalogue holds that one package is checked and merged against: read with
    the organisation's row and one more query (`records.load_package_rows`)."""

    org: registry.OrganisationState | None
    rows: records.PackageRows
    business_ids: frozenset[str]  # whose other claimants `rows` holds

    @property
    def registry(self) -> trust.Registry | None:
        if self.org is None:
            return None
        keys = tuple(trust.KeyState(k.public_key, k.fingerprint, k.state) for k in self.rows.keys)
        return trust.Registry(
            self.org.id, keys, self.org.last_sequence, self.org.last_package_sha256
        )

    @property
    def current(self) -> CurrentRecords:
        stored = self.rows.stored
        return CurrentRecords(
            stored.organisation,
            stored.environments,
            stored.opportunities,
            frozenset(self.rows.hidden),
        )


def read_catalogue(
    s: Session,
    pkg: VerifiedPackage,
    snapshot: dict[str, Any],
    org: registry.OrganisationState | None,
    *,
    numbered: bool = False,
) -> PackageCatalogue:
    """`numbered`: also take keys for the package's new opportunities (to write them)."""
    ids = [str(r["id"]) for r in snapshot["environments"] + snapshot["opportunities"]]
    stored_org = org.data if org is not None else None
    # The merged record's business id is the package's or, when that change is rejected,
    # the catalogue's: look up both now rather than after the merge.
    claimed = (snapshot["organisation"].get("business_id"), (stored_org or {}).get("business_id"))
    business_ids = frozenset(b for b in claimed if isinstance(b, str) and b)
    rows = records.load_package_rows(
        s,
        pkg.organisation_id,
        stored_org,
        ids,
        attachments=registry.attachment_hashes(pkg.attachments),
        business_ids=business_ids,
        opportunity_ids=[str(r["id"]) for r in snapshot["opportunities"]] if numbered else (),
    )
    return PackageCatalogue(org, rows, business_ids)
