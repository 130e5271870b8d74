"""The publisher trust registry's rules (docs/catalogue.md), as pure decisions.

Per organisation the registry pins public keys, each `pending` (seen, not confirmed),
`trusted`, `revoked` or `retired` (replaced by a rotation or by a newly confirmed key), and
remembers the last accepted sequence and package hash. `decide` says what to do with a
verified package; the package reader has already checked the rotation signature (an SSH
signature by the previous key, namespace `kuhina-key-rotation-v1`, over the new
`public_key` line) and the caller passes the result in, so this module needs no
cryptography.

The checks, in order:
1. a revoked key is refused;
2. sequence against the last accepted one: lower → replay; equal with the same hash →
   already imported; equal with another hash → refused, and when the signer is the trusted
   key flagged as a possible key compromise (one key signed two different packages with
   one sequence); lower or equal is refused whatever the key, so no old package ever waits
   for trust;
3. a trusted key is accepted; a retired one refused;
4. a rotation vouched for by the trusted key is accepted (the new key becomes trusted, the
   old one retired); a rotation naming the trusted key with a bad signature is refused;
5. an organisation that never had a trusted key: `--trust-new` trusts the key on first use,
   otherwise the package waits as pending until the coordinator confirms the fingerprint;
6. any other new key of a known organisation waits as pending (and is flagged): trust on
   first use never replaces a key the coordinator already trusts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kuhina_desktop.errors import KnownError
from kuhina_desktop.packages.limits import PACKAGE_NAMESPACE

PENDING, TRUSTED, REVOKED, RETIRED = "pending", "trusted", "revoked", "retired"
KEY_STATES = (PENDING, TRUSTED, REVOKED, RETIRED)
FIRST_SIGHT, FIRST_USE, CONFIRMED, ROTATION = "first_sight", "first_use", "confirmed", "rotation"

ACCEPT, ALREADY_IMPORTED, PENDING_TRUST, REFUSED = (
    "accept",
    "already_imported",
    "pending_trust",
    "refused",
)
KEEP, ADD_PENDING, TRUST_FIRST_USE, ROTATE = "keep", "add_pending", "trust_first_use", "rotate"

FLAG_KEY_COMPROMISE = "possible_key_compromise"
FLAG_NEW_KEY = "new_key_without_rotation"
FLAG_DUPLICATE_BUSINESS_ID = "duplicate_business_id"


class TrustError(KnownError):
    """A trust registry operation that cannot be done (wrong fingerprint, unknown organisation)."""


@dataclass(frozen=True)
class KeyState:
    public_key: str
    fingerprint: str
    state: str


@dataclass(frozen=True)
class Registry:
    """What the catalogue knows of one organisation's keys and packages."""

    organisation_id: str
    keys: tuple[KeyState, ...] = ()
    last_sequence: int | None = None
    last_sha256: str | None = None

    def key(self, fingerprint: str) -> KeyState | None:
        for key in self.keys:
            if key.fingerprint == fingerprint:
                return key
        return None

    def in_state(self, state: str) -> list[KeyState]:
        return [k for k in self.keys if k.state == state]

    @property
    def ever_trusted(self) -> bool:
        """Whether the coordinator ever trusted a key of this organisation."""
        return any(k.state in (TRUSTED, REVOKED, RETIRED) for k in self.keys)


@dataclass(frozen=True)
class Arrival:
    """The trust-relevant facts of a verified package."""

    organisation_id: str
    sequence: int
    sha256: str
    public_key: str
    fingerprint: str
    rotation_from_fingerprint: str | None = None
    rotation_valid: bool | None = None


@dataclass(frozen=True)
class TrustDecision:
    verdict: str  # accept | already_imported | pending_trust | refused
    reason: str | None = None  # message code
    params: dict[str, object] = field(default_factory=dict)
    key_action: str = KEEP
    flags: tuple[str, ...] = ()
    retire: tuple[str, ...] = ()  # fingerprints to retire when the key action is applied


def _refused(reason: str, flags: tuple[str, ...] = (), **params: object) -> TrustDecision:
    return TrustDecision(REFUSED, reason, dict(params), flags=flags)


def decide(registry: Registry | None, arrival: Arrival, *, trust_new: bool) -> TrustDecision:
    registry = registry or Registry(arrival.organisation_id)
    key = registry.key(arrival.fingerprint)
    if key is not None and key.state == REVOKED:
        return _refused("catalogue_refused_key_revoked", fingerprint=arrival.fingerprint)

    last = registry.last_sequence
    if last is not None and arrival.sequence <= last:
        if arrival.sequence < last:
            return _refused("catalogue_refused_replay", sequence=arrival.sequence, last=last)
        if arrival.sha256 == registry.last_sha256:
            return TrustDecision(
                ALREADY_IMPORTED, "catalogue_already_imported", {"sequence": arrival.sequence}
            )
        if key is not None and key.state == TRUSTED:
            return _refused(
                "catalogue_refused_equivocation",
                (FLAG_KEY_COMPROMISE,),
                sequence=arrival.sequence,
                fingerprint=arrival.fingerprint,
            )
        return _refused("catalogue_refused_replay", sequence=arrival.sequence, last=last)

    if key is not None and key.state == TRUSTED:
        return TrustDecision(ACCEPT)
    if key is not None and key.state == RETIRED:
        return _refused("catalogue_refused_key_retired", fingerprint=arrival.fingerprint)

    trusted = registry.in_state(TRUSTED)
    trusted_fingerprints = {k.fingerprint for k in trusted}
    if arrival.rotation_from_fingerprint in trusted_fingerprints:
        if arrival.rotation_valid:
            return TrustDecision(
                ACCEPT, key_action=ROTATE, retire=(str(arrival.rotation_from_fingerprint),)
            )
        return _refused("catalogue_refused_rotation_invalid", fingerprint=arrival.fingerprint)

    if not registry.ever_trusted:
        if trust_new:
            return TrustDecision(ACCEPT, key_action=TRUST_FIRST_USE)
        return TrustDecision(
            PENDING_TRUST,
            "catalogue_pending_trust",
            {"fingerprint": arrival.fingerprint},
            key_action=ADD_PENDING,
        )
    return TrustDecision(
        PENDING_TRUST,
        "catalogue_pending_new_key",
        {"fingerprint": arrival.fingerprint},
        key_action=ADD_PENDING,
        flags=(FLAG_NEW_KEY,),
    )


def normalise_fingerprint(text: str) -> str:
    """`SHA256:...` from what a person pastes (with or without the prefix, spaces around)."""
    value = text.strip()
    for token in value.split():
        if token.startswith("SHA256:"):
            return token
    return value if value.startswith("SHA256:") else f"SHA256:{value}"


def confirm(registry: Registry, fingerprint: str) -> tuple[KeyState, tuple[str, ...]]:
    """The key the coordinator confirms by fingerprint, and the trusted keys it replaces.

    Only a key the catalogue has seen for this organisation can be confirmed: a fingerprint
    read over the phone that matches none of them is refused.
    """
    wanted = normalise_fingerprint(fingerprint)
    key = registry.key(wanted)
    if key is None:
        raise TrustError(
            "catalogue_trust_fingerprint_mismatch",
            fingerprint=wanted,
            organisation=registry.organisation_id,
        )
    replaced = tuple(k.fingerprint for k in registry.in_state(TRUSTED) if k.fingerprint != wanted)
    return key, replaced


def allowed_signers_line(organisation_id: str, public_key: str) -> str:
    """One line of OpenSSH's allowed_signers file for a trusted key."""
    key_type, blob = public_key.split()[:2]
    return f'{organisation_id} namespaces="{PACKAGE_NAMESPACE}" {key_type} {blob}'
