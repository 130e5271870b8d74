"""Impostors at the door: how a newcomer resembles organisations the catalogue already has.

A package that claims to be a new organisation (or carries a key the catalogue does not
trust yet) is compared with every organisation already in the catalogue, before anyone
trusts its key:

- `duplicate_business_id`: the same Y-tunnus (business ID) as another organisation;
- `similar_name`: a name that looks the same as another organisation's name: equal after
  confusable folding (the Unicode UTS #39 skeleton, so a Cyrillic "е" in "Liperin
  Kierrätyskeskus ry" reads as the Latin "e"), or very close after normalisation (case,
  accents, punctuation, spacing and a legal form such as "ry" at the end ignored, then
  at most one character deleted from each name: one typo, one letter more or less, two
  letters swapped);
- `key_of_other_organisation`: the package is signed with a key that belongs to another
  organisation (any state: trusted, waiting, revoked or replaced).

Each finding names the other organisation. The skeletons come from `disarm`
(`skeleton_key`: the UTS #39 confusable mapping from Unicode's confusables.txt, with case
folded and NFKC applied until the key no longer changes).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from disarm import CONFUSABLES_VERSION, KEY_SCHEMA_VERSION, skeleton_key

DUPLICATE_BUSINESS_ID = "duplicate_business_id"
SIMILAR_NAME = "similar_name"
KEY_OF_OTHER_ORGANISATION = "key_of_other_organisation"
FINDING_CODES = (DUPLICATE_BUSINESS_ID, SIMILAR_NAME, KEY_OF_OTHER_ORGANISATION)
CONFUSABLE, CLOSE, SAME = "confusable", "close", "same"
MIN_CLOSE_LENGTH = 6  # shorter names are too often one letter apart by chance

_NOT_WORD = re.compile(r"[\W_]+")
# Legal forms at the end of a name ("ry", "r.y.", "rf", "oy"...): "Liperin Kierrätyskeskus"
# and "Liperin Kierrätyskeskus ry" are one name for a reader.
_LEGAL_FORM = re.compile(r"[\s,]+(r\.?\s?y|r\.?\s?f|oy|ab|ky|sr|oyj|abp)\.?\s*$")


@dataclass(frozen=True)
class Organisation:
    """What the comparison needs of one organisation: its names, business ID and keys."""

    organisation_id: str
    names: tuple[str, ...]  # every language's name, the Finnish first
    business_id: str | None = None
    fingerprints: frozenset[str] = field(default_factory=frozenset)

    @property
    def name(self) -> str:
        return self.names[0] if self.names else ""

    @classmethod
    def of(
        cls,
        organisation_id: str,
        name: Mapping[str, Any] | str | None,
        business_id: str | None = None,
        fingerprints: Iterable[str] = (),
    ) -> Organisation:
        return cls(organisation_id, names_of(name), business_id or None, frozenset(fingerprints))


@dataclass(frozen=True)
class Finding:
    """One resemblance: `code`, the other organisation, and what matched.

    `how` for `similar_name`: `same` (equal as written), `confusable` (equal only after
    confusable folding) or `close`; `detail` is the other's name that matched (for
    `similar_name`), the business ID, or the key's fingerprint.
    """

    code: str
    other_id: str
    other_name: str
    detail: str = ""
    how: str = ""

    def to_json(self) -> dict[str, str]:
        data = {
            "code": self.code,
            "organisation_id": self.other_id,
            "organisation_name": self.other_name,
            "detail": self.detail,
        }
        if self.how:
            data["how"] = self.how
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Finding:
        return cls(
            str(data.get("code", "")),
            str(data.get("organisation_id", "")),
            str(data.get("organisation_name", "")),
            str(data.get("detail", "")),
            str(data.get("how", "")),
        )


def names_of(name: Mapping[str, Any] | str | None) -> tuple[str, ...]:
    """The non-empty names of a translated name (`{"fi": ..., "sv": ...}`), Finnish first."""
    if isinstance(name, str):
        return (name,) if name.strip() else ()
    if not isinstance(name, Mapping):
        return ()
    ordered = [name.get("fi"), name.get("sv"), name.get("en")]
    ordered += [v for k, v in sorted(name.items()) if k not in ("fi", "sv", "en")]
    seen: list[str] = []
    for value in ordered:
        if isinstance(value, str) and value.strip() and value not in seen:
            seen.append(value)
    return tuple(seen)


@lru_cache(maxsize=65536)  # the same names come back at every import
def skeleton(name: str) -> str:
    """The UTS #39 skeleton of a name (case folded, spacing collapsed)."""
    return skeleton_key(name)


@lru_cache(maxsize=65536)
def normalised(name: str) -> str:
    """A name for the closeness test: accents dropped, case folded, only letters and digits
    (from the skeleton, so look-alike letters are one)."""
    decomposed = unicodedata.normalize("NFKD", skeleton(name))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return _NOT_WORD.sub("", _LEGAL_FORM.sub("", bare))


@lru_cache(maxsize=65536)
def _deletions(text: str) -> frozenset[str]:
    """The text and every text made from it by deleting one character."""
    return frozenset({text, *(text[:i] + text[i + 1 :] for i in range(len(text)))})


def names_close(a: str, b: str) -> bool:
    """Whether two normalised names are equal after deleting at most one character from each
    (one substitution, insertion, deletion or swap of neighbours)."""
    if a == b:
        return True
    if min(len(a), len(b)) < MIN_CLOSE_LENGTH or abs(len(a) - len(b)) > 1:
        return False
    return bool(_deletions(a) & _deletions(b))


def name_resemblance(new: str, old: str) -> str | None:
    """`same`, `confusable`, `close` or None for two names as written."""
    if new.strip().casefold() == old.strip().casefold():
        return SAME
    if skeleton(new) == skeleton(old):
        return CONFUSABLE
    if names_close(normalised(new), normalised(old)):
        return CLOSE
    return None


def compare(
    newcomer: Organisation, others: Iterable[Organisation], fingerprint: str | None = None
) -> tuple[Finding, ...]:
    """Everything the newcomer shares with the others (its own id is skipped).

    `fingerprint`: the key that signed the newcomer's package.
    """
    findings: list[Finding] = []
    for other in others:
        if other.organisation_id == newcomer.organisation_id:
            continue
        if newcomer.business_id and other.business_id == newcomer.business_id:
            findings.append(
                Finding(DUPLICATE_BUSINESS_ID, other.organisation_id, other.name, other.business_id)
            )
        match = _name_match(newcomer.names, other.names)
        if match is not None:
            how, other_name = match
            findings.append(
                Finding(SIMILAR_NAME, other.organisation_id, other.name, other_name, how)
            )
        if fingerprint and fingerprint in other.fingerprints:
            findings.append(
                Finding(KEY_OF_OTHER_ORGANISATION, other.organisation_id, other.name, fingerprint)
            )
    return tuple(findings)


def _name_match(new: tuple[str, ...], old: tuple[str, ...]) -> tuple[str, str] | None:
    best: tuple[str, str] | None = None
    rank = {SAME: 0, CONFUSABLE: 1, CLOSE: 2}
    for a in new:
        for b in old:
            how = name_resemblance(a, b)
            if how is not None and (best is None or rank[how] < rank[best[0]]):
                best = (how, b)
    return best


def name_keys(name: str) -> frozenset[str]:
    """What a name is looked up by: the name case-folded (`c:`), its skeleton (`s:`), and
    its normalised form with every one-deletion variant of it (`n:`; the form alone when it
    is too short to be close). Two names that resemble each other (`name_resemblance`)
    share at least one key: the same name in other case shares `c:` (its skeleton may
    differ: a capital I looks like a small l, a small i does not), equal skeletons share
    `s:`, and names close after normalisation share an `n:` variant."""
    core = normalised(name)
    variants = _deletions(core) if len(core) >= MIN_CLOSE_LENGTH else {core}
    return frozenset(
        {
            "c:" + name.strip().casefold(),
            "s:" + skeleton(name),
            *("n:" + variant for variant in variants),
        }
    )


# What `name_keys` gives depends on this code and on Unicode's confusables data (through
# `disarm`): a catalogue that keeps the keys rebuilds them when this changes.
NAME_KEYS_VERSION = f"2/{CONFUSABLES_VERSION}/{KEY_SCHEMA_VERSION}/{MIN_CLOSE_LENGTH}"


def compare_all(organisations: Iterable[Organisation]) -> dict[str, tuple[Finding, ...]]:
    """The findings of every organisation against all the others (`catalogue status`).

    Indexed rather than pairwise, so a national catalogue stays quick: business IDs, keys
    and skeletons are looked up exactly; closeness through the one-deletion variants of
    each normalised name.
    """
    everyone = list(organisations)
    by_business: dict[str, set[int]] = {}
    by_key: dict[str, set[int]] = {}
    by_variant: dict[str, set[int]] = {}
    for index, org in enumerate(everyone):
        if org.business_id:
            by_business.setdefault(org.business_id, set()).add(index)
        for fingerprint in org.fingerprints:
            by_key.setdefault(fingerprint, set()).add(index)
        for name in org.names:
            for key in name_keys(name):
                by_variant.setdefault(key, set()).add(index)
    result: dict[str, tuple[Finding, ...]] = {}
    for index, org in enumerate(everyone):
        candidates: set[int] = set()
        for name in org.names:
            for key in name_keys(name):
                candidates |= by_variant.get(key, set())
        for fingerprint in org.fingerprints:
            candidates |= by_key.get(fingerprint, set())
        if org.business_id:
            candidates |= by_business.get(org.business_id, set())
        candidates.discard(index)
        others = [everyone[i] for i in sorted(candidates)]
        found: list[Finding] = []
        for other in others:
            shared = sorted(org.fingerprints & other.fingerprints)
            found.extend(compare(org, [other], shared[0] if shared else None))
        if found:
            result[org.organisation_id] = tuple(found)
    return result
