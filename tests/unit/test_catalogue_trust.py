"""The trust registry's rules (docs/catalogue.md) as a table of cases, without a database."""

from __future__ import annotations

import pytest

from kuhina_desktop.catalogue import trust
from kuhina_desktop.catalogue.trust import Arrival, KeyState, Registry

ORG = "8d1c9c1e-2f7d-4a43-9d7e-0d6f3f3b8a11"
A = KeyState("ssh-ed25519 AAAA-a", "SHA256:aaa", trust.TRUSTED)
B_PENDING = KeyState("ssh-ed25519 AAAA-b", "SHA256:bbb", trust.PENDING)
A_REVOKED = KeyState("ssh-ed25519 AAAA-a", "SHA256:aaa", trust.REVOKED)
A_RETIRED = KeyState("ssh-ed25519 AAAA-a", "SHA256:aaa", trust.RETIRED)


def arrival(fingerprint: str = "SHA256:aaa", sequence: int = 5, sha: str = "new",
            rotation_from: str | None = None, valid: bool | None = None) -> Arrival:  # fmt: skip
    return Arrival(ORG, sequence, sha, f"key-{fingerprint}", fingerprint, rotation_from, valid)


def registry(*keys: KeyState, last: int | None = 4, sha: str | None = "old") -> Registry:
    return Registry(ORG, keys, last, sha)


@pytest.mark.parametrize(
    ("reg", "arr", "trust_new", "verdict", "reason", "action"),
    [
        # unknown organisation: waits, or trusted on first use with --trust-new
        (None, arrival(), False, "pending_trust", "catalogue_pending_trust", "add_pending"),
        (None, arrival(), True, "accept", None, "trust_first_use"),
        # only a pending key so far: --trust-new still counts as first use
        (
            registry(B_PENDING, last=None, sha=None),
            arrival("SHA256:bbb"),
            True,
            "accept",
            None,
            "trust_first_use",
        ),
        # the trusted key, newer sequence
        (registry(A), arrival(), False, "accept", None, "keep"),
        # replay, already imported, equivocation
        (registry(A), arrival(sequence=3), False, "refused", "catalogue_refused_replay", "keep"),
        (
            registry(A),
            arrival(sequence=4, sha="old"),
            False,
            "already_imported",
            "catalogue_already_imported",
            "keep",
        ),
        (
            registry(A),
            arrival(sequence=4, sha="other"),
            False,
            "refused",
            "catalogue_refused_equivocation",
            "keep",
        ),
        # an old package signed by an unknown key is a replay, not a trust question
        (
            registry(A),
            arrival("SHA256:zzz", sequence=2),
            False,
            "refused",
            "catalogue_refused_replay",
            "keep",
        ),
        # revoked and retired keys
        (registry(A_REVOKED), arrival(), True, "refused", "catalogue_refused_key_revoked", "keep"),
        (
            registry(A_REVOKED),
            arrival(sequence=4, sha="old"),
            False,
            "refused",
            "catalogue_refused_key_revoked",
            "keep",
        ),
        (
            registry(A_RETIRED, KeyState("k", "SHA256:ccc", trust.TRUSTED)),
            arrival(),
            False,
            "refused",
            "catalogue_refused_key_retired",
            "keep",
        ),
        # rotation vouched for by the trusted key; a bad signature; a rotation from elsewhere
        (
            registry(A),
            arrival("SHA256:new", rotation_from="SHA256:aaa", valid=True),
            False,
            "accept",
            None,
            "rotate",
        ),
        (
            registry(A),
            arrival("SHA256:new", rotation_from="SHA256:aaa", valid=False),
            True,
            "refused",
            "catalogue_refused_rotation_invalid",
            "keep",
        ),
        (
            registry(A),
            arrival("SHA256:new", rotation_from="SHA256:xxx", valid=True),
            True,
            "pending_trust",
            "catalogue_pending_new_key",
            "add_pending",
        ),
        # a new key without rotation never replaces a trusted one, even with --trust-new
        (
            registry(A),
            arrival("SHA256:new"),
            True,
            "pending_trust",
            "catalogue_pending_new_key",
            "add_pending",
        ),
        (
            registry(A_REVOKED),
            arrival("SHA256:new"),
            True,
            "pending_trust",
            "catalogue_pending_new_key",
            "add_pending",
        ),
    ],
)
def test_decide(
    reg: Registry | None, arr: Arrival, trust_new: bool, verdict: str, reason: str | None,
    action: str,
) -> None:  # fmt: skip
    decision = trust.decide(reg, arr, trust_new=trust_new)
    assert (decision.verdict, decision.reason, decision.key_action) == (verdict, reason, action)


def test_equivocation_is_flagged_and_rotation_retires_the_old_key() -> None:
    flagged = trust.decide(registry(A), arrival(sequence=4, sha="x"), trust_new=False)
    assert flagged.flags == ("possible_key_compromise",)
    rotated = trust.decide(
        registry(A), arrival("SHA256:n", rotation_from="SHA256:aaa", valid=True), trust_new=False
    )
    assert rotated.retire == ("SHA256:aaa",)


def test_confirm_needs_a_fingerprint_the_catalogue_has_seen() -> None:
    reg = registry(A, B_PENDING)
    key, replaced = trust.confirm(reg, "  256 SHA256:bbb no comment (ED25519) ")
    assert (key.fingerprint, replaced) == ("SHA256:bbb", ("SHA256:aaa",))
    assert trust.confirm(reg, "bbb")[0] == B_PENDING
    with pytest.raises(trust.TrustError) as error:
        trust.confirm(reg, "SHA256:ccc")
    assert error.value.code == "catalogue_trust_fingerprint_mismatch"


def test_allowed_signers_line() -> None:
    line = trust.allowed_signers_line(ORG, "ssh-ed25519 AAAAC3Nz comment")
    assert line == f'{ORG} namespaces="kuhina-package-v1" ssh-ed25519 AAAAC3Nz'
