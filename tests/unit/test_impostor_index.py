"""The index of name keys (cat0006) finds what comparing an arriving package with every
organisation finds: the same findings, in the same order, for names that are the same,
only look the same, are one letter apart, short, long, or in several languages; after a
rename, by the new name only; and after the keys' version changes, made again."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kuhina_desktop.catalogue.impostors import Organisation, compare
from kuhina_desktop.demo.content import generate_demo
from kuhina_desktop.services import impostor_checks
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from kuhina_desktop.services.impostor_checks import arrival_findings
from kuhina_desktop.store import catalogue_store as registry
from kuhina_desktop.store.catalogue_roster import roster
from kuhina_desktop.store.catalogue_tables import OrganisationNameKeyRow, table_of

NOW = datetime(2026, 12, 8, 9, 0, tzinfo=UTC)
LIPERI = "Liperin Kierrätyskeskus ry"
_keys = table_of(OrganisationNameKeyRow)


def _lookalikes(name: str, rng: random.Random) -> list[str]:
    """Names that resemble `name`, or nearly do."""
    letters = [i for i, c in enumerate(name) if c.isalpha()]
    i, j = rng.choice(letters), rng.choice(letters)
    return [
        name.upper(),
        name.replace("e", "\u0435", 1).replace("a", "\u0430", 1),  # Cyrillic е, а
        name[:i] + name[i + 1 :],  # a letter less
        name[:i] + "x" + name[i + 1 :],  # one letter changed
        name[:i] + "xy" + name[i + 1 :],  # two letters more: not close
        name[:i] + name[i + 1 : j] + name[j + 1 :] if i < j - 1 else name + " 2",
        name.removesuffix(" ry") + " r.y.",
        name.replace(" ", "  ") + " ",
    ]


def _catalogue_names(rng: random.Random) -> list[dict[str, Any]]:
    names: list[dict[str, Any]] = [
        {"fi": LIPERI, "sv": "Återvinningscentralen i Liperi rf"},
        {"fi": "Ab"},
        {"fi": "Abc ry"},
        {"fi": "Kiteen Työttömät ry", "en": "Kitee Unemployed"},
        {"fi": "ﷺ" * 60 + " ry"},  # a skeleton many times longer than its name
        {"fi": "ÅÄÖ " * 40},
    ]
    for demo in generate_demo(40, 0, seed=8):
        text = demo.snapshot.organisation.name
        names.append({"fi": text.fi, "sv": text.sv, "en": text.en})
    return names


def _newcomers(names: list[dict[str, Any]], rng: random.Random) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for name in names:
        for value in name.values():
            if value:
                found += [{"fi": other} for other in _lookalikes(value, rng)]
    found += [{"fi": "Abd ry"}, {"fi": "ab"}, {"fi": "A"}, {"sv": LIPERI}, {}]
    return found


@pytest.fixture
def catalogue(tmp_path: Path, database_url: str | None) -> Iterator[CatalogueWorkspace]:
    with CatalogueWorkspace.create(tmp_path / "catalogue", database_url) as ws:
        yield ws


def _add(s: Session, number: int, name: dict[str, Any], business_id: str | None) -> str:
    organisation_id = f"00000000-0000-4000-8000-{number:012d}"
    registry.lock_organisation_state(s, organisation_id, name, NOW)
    registry.update_organisation(s, organisation_id, name=name, business_id=business_id)
    registry.put_key(
        s,
        organisation_id,
        f"ssh-ed25519 KEY{number}",
        f"SHA256:key{number % 7}",  # some organisations share a key
        state="trusted",
        source="test",
        now=NOW,
    )
    return organisation_id


def _everyone(s: Session, organisation_id: str, name: Any, business_id: Any, fp: str) -> Any:
    """The findings of a comparison with every organisation, as before the index."""
    newcomer = Organisation.of(organisation_id, name, business_id)
    others = (
        Organisation.of(e.organisation_id, e.name, e.business_id, e.fingerprints) for e in roster(s)
    )
    return compare(newcomer, others, fp)


def test_the_index_finds_what_comparing_with_everyone_finds(
    catalogue: CatalogueWorkspace,
) -> None:
    rng = random.Random(6)
    names = _catalogue_names(rng)

    def fill(s: Session) -> None:
        for number, name in enumerate(names):
            _add(s, number, name, f"{1000000 + number % 5}-0" if number % 3 == 0 else None)

    catalogue.store.run(fill)
    newcomers = _newcomers(names, rng)

    def check(s: Session) -> int:
        resembling = 0
        for number, name in enumerate(newcomers):
            newcomer_id = f"11111111-0000-4000-8000-{number:012d}"
            business_id = f"{1000000 + number % 11}-0" if number % 4 == 0 else None
            fingerprint = f"SHA256:key{number % 13}"
            organisation = {"name": name, "business_id": business_id}
            expected = _everyone(s, newcomer_id, name, business_id, fingerprint)
            found = arrival_findings(s, newcomer_id, organisation, fingerprint)
            assert found == expected, (name, business_id, fingerprint)
            resembling += any(f.code == "similar_name" for f in found)
        return resembling

    resembling = catalogue.store.run(check)
    assert resembling > len(newcomers) / 2  # most of them do resemble someone


def test_a_renamed_organisation_is_found_by_its_new_name_only(
    catalogue: CatalogueWorkspace,
) -> None:
    organisation_id = catalogue.store.run(lambda s: _add(s, 1, {"fi": LIPERI}, None))

    def similar(name: str) -> list[str]:
        def work(s: Session) -> list[str]:
            found = arrival_findings(s, "newcomer", {"name": {"fi": name}}, "SHA256:none")
            return [f.other_id for f in found if f.code == "similar_name"]

        return catalogue.store.run(work)

    assert similar("Liperin Kierratyskeskus") == [organisation_id]
    catalogue.store.run(
        lambda s: registry.update_organisation(
            s, organisation_id, name={"fi": "Outokummun Nuorisoseura ry"}
        )
    )
    assert similar("Liperin Kierratyskeskus") == []
    assert similar("Outokummun Nuorisoseura") == [organisation_id]


def test_keys_of_an_older_version_are_made_again(
    catalogue: CatalogueWorkspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    organisation_id = catalogue.store.run(lambda s: _add(s, 1, {"fi": LIPERI}, None))

    def similar_and_markers(marker: str) -> tuple[list[str], int]:
        def work(s: Session) -> tuple[list[str], int]:
            found = arrival_findings(s, "newcomer", {"name": {"fi": LIPERI}}, "SHA256:none")
            count = s.scalar(select(func.count()).where(_keys.c.key == marker))
            return [f.other_id for f in found], int(count or 0)

        return catalogue.store.run(work)

    old = impostor_checks.MARKER
    assert similar_and_markers(old) == ([organisation_id], 1)
    monkeypatch.setattr(impostor_checks, "MARKER", "0" * 64)  # as a newer version's would
    assert similar_and_markers("0" * 64) == ([organisation_id], 1)
    assert similar_and_markers(old)[1] == 0  # the older version's keys are gone
