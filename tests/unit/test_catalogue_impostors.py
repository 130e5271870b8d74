"""Impostors caught at the door, through the real import and inspect paths on SQLite and
PostgreSQL: the same business ID, a name that only looks the same, another organisation's
key; each finding names the organisation it resembles, before anyone trusts the key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kuhina_desktop.catalogue.impostors import (
    Organisation,
    compare,
    compare_all,
    name_resemblance,
    skeleton,
)
from kuhina_desktop.domain import model
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from tests.catalogue_support.packages import Publisher, publishers

ACCEPT = "accept_all"
LIPERI = "Liperin Kierrätyskeskus ry"
LIPERI_CYRILLIC = LIPERI.replace("e", "\u0435", 1)  # CYRILLIC SMALL LETTER IE


@pytest.fixture
def workspace(tmp_path: Path, database_url: str | None) -> Iterator[CatalogueWorkspace]:
    with CatalogueWorkspace.create(tmp_path / "catalogue", database_url) as ws:
        yield ws


def named(pub: Publisher, name: str, business_id: str | None = None) -> Publisher:
    def change(snapshot: model.Snapshot) -> None:
        snapshot.organisation.name = model.Text(fi=name)
        if business_id is not None:
            snapshot.organisation.business_id = business_id

    return pub.edit(change)


@pytest.fixture
def trusted_and_newcomer(workspace: CatalogueWorkspace) -> tuple[Publisher, Publisher]:
    """A trusted "Liperin Kierrätyskeskus ry" in the catalogue, and another organisation."""
    original, newcomer = publishers(2, opportunities=2, seed=21)
    named(original, LIPERI, "1234567-1")
    assert workspace.import_package(original.export(), trust_new=True, decisions=ACCEPT).done
    return original, newcomer


# -- the comparison itself ------------------------------------------------------------------
def test_confusable_letters_fold_to_one_skeleton() -> None:
    assert LIPERI_CYRILLIC != LIPERI
    assert skeleton(LIPERI_CYRILLIC) == skeleton(LIPERI)
    assert name_resemblance(LIPERI_CYRILLIC, LIPERI) == "confusable"
    assert name_resemblance("Liperin Kierratyskeskus", LIPERI) == "close"
    assert name_resemblance("LIPERIN KIERRÄTYSKESKUS RY", LIPERI) == "same"
    for other in ("Outokummun Kierrätyskeskus ry", "Joensuun Työttömät ry", "Liperin 4H ry"):
        assert name_resemblance(other, LIPERI) is None, other


def test_compare_all_agrees_with_compare_pairwise() -> None:
    orgs = [
        Organisation.of("a", {"fi": LIPERI}, "1234567-1", ["SHA256:a"]),
        Organisation.of("b", {"fi": LIPERI_CYRILLIC}, "7654321-2", ["SHA256:b"]),
        Organisation.of("c", {"fi": "Kiteen Työttömät ry", "sv": "Kides arbetslösa rf"}),
        Organisation.of("d", {"fi": "Kiteen Tyottomat"}, "1234567-1", ["SHA256:a"]),
        Organisation.of("e", {"fi": "Joensuun Työttömät ry"}),
        # The same name in capitals: its skeleton differs (a capital I looks like an l).
        Organisation.of("f", {"fi": LIPERI.upper()}),
    ]
    everything = compare_all(orgs)
    for org in orgs:
        pairwise: list[object] = []
        for other in orgs:
            shared = sorted(org.fingerprints & other.fingerprints)
            if other is not org:
                pairwise.extend(compare(org, [other], shared[0] if shared else None))
        assert list(everything.get(org.organisation_id, ())) == pairwise, org.organisation_id
    assert {f.code for f in everything["d"]} == {
        "similar_name",
        "duplicate_business_id",
        "key_of_other_organisation",
    }
    assert "e" not in everything
    assert ("similar_name", "a", "same") in {(f.code, f.other_id, f.how) for f in everything["f"]}


# -- through the catalogue ------------------------------------------------------------------
def codes_and_names(findings: tuple[object, ...]) -> set[tuple[str, str]]:
    return {(f.code, f.other_name) for f in findings}  # type: ignore[attr-defined]


def test_same_business_id_and_name_are_shown_before_trust(
    workspace: CatalogueWorkspace, trusted_and_newcomer: tuple[Publisher, Publisher]
) -> None:
    original, impostor = trusted_and_newcomer
    named(impostor, LIPERI, "1234567-1")
    package = impostor.export()

    item = workspace.inspect(package)  # what the inbox and the trust dialog show
    assert item.verdict == "pending_trust"
    assert codes_and_names(item.findings) == {
        ("duplicate_business_id", LIPERI),
        ("similar_name", LIPERI),
    }
    assert all(f.other_id == original.organisation_id for f in item.findings)

    outcome = workspace.import_package(package, trust_new=True, decisions=ACCEPT)
    assert (outcome.status, outcome.reason) == ("pending_trust", "catalogue_pending_resembles")
    assert {"duplicate_business_id", "similar_name"} <= set(outcome.flags)
    assert workspace.records_of(impostor.organisation_id).organisation is None
    [pending] = workspace.audit(action="pending")
    assert {f["code"] for f in pending.details["findings"]} == {
        "duplicate_business_id",
        "similar_name",
    }

    flags = {s.organisation_id: set(s.flags) for s in workspace.status()}
    assert {"duplicate_business_id", "similar_name"} <= flags[impostor.organisation_id]
    assert {"duplicate_business_id", "similar_name"} <= flags[original.organisation_id]
    [status] = [s for s in workspace.status() if s.organisation_id == impostor.organisation_id]
    assert status.to_json()["findings"][0]["organisation_name"] == LIPERI


def test_name_that_only_looks_the_same_is_caught(
    workspace: CatalogueWorkspace, trusted_and_newcomer: tuple[Publisher, Publisher]
) -> None:
    original, impostor = trusted_and_newcomer
    named(impostor, LIPERI_CYRILLIC, "7654321-2")
    outcome = workspace.import_package(impostor.export(), trust_new=True, decisions=ACCEPT)
    assert outcome.status == "pending_trust"
    [finding] = outcome.findings
    assert (finding.code, finding.how, finding.other_id) == (
        "similar_name",
        "confusable",
        original.organisation_id,
    )
    # Confirmed anyway (the coordinator phoned): imported, and status still says it.
    workspace.trust(impostor.organisation_id, impostor.fingerprint)
    imported = workspace.import_waiting(impostor.organisation_id)
    assert imported is not None and imported.status == "imported"
    status = {s.organisation_id: s for s in workspace.status()}
    assert status[impostor.organisation_id].flags == ("similar_name",)
    assert status[original.organisation_id].flags == ("similar_name",)


def test_key_of_another_organisation_is_named(
    workspace: CatalogueWorkspace, trusted_and_newcomer: tuple[Publisher, Publisher]
) -> None:
    original, other = trusted_and_newcomer
    named(other, "Outokummun Työpaja ry", "2345678-0")
    other.key = original.key  # organisation A's key signs a package claiming B
    item = workspace.inspect(other.export(sequence=1))
    assert [(f.code, f.other_name, f.detail) for f in item.findings] == [
        ("key_of_other_organisation", LIPERI, original.fingerprint)
    ]
    outcome = workspace.import_package(other.export(sequence=1), trust_new=True, decisions=ACCEPT)
    assert outcome.status == "pending_trust"
    flags = {s.organisation_id: s.flags for s in workspace.status()}
    assert "key_of_other_organisation" in flags[other.organisation_id]
    assert "key_of_other_organisation" in flags[original.organisation_id]


def test_key_of_another_organisation_on_a_known_organisation(
    workspace: CatalogueWorkspace, trusted_and_newcomer: tuple[Publisher, Publisher]
) -> None:
    original, other = trusted_and_newcomer
    named(other, "Outokummun Työpaja ry", "2345678-0")
    assert workspace.import_package(other.export(), trust_new=True, decisions=ACCEPT).done
    other.key = original.key
    outcome = workspace.import_package(other.export(), decisions=ACCEPT)
    assert (outcome.status, outcome.reason) == ("pending_trust", "catalogue_pending_new_key")
    assert "new_key_without_rotation" in outcome.flags
    assert [(f.code, f.other_id) for f in outcome.findings] == [
        ("key_of_other_organisation", original.organisation_id)
    ]


def test_an_ordinary_newcomer_has_no_findings(
    workspace: CatalogueWorkspace, trusted_and_newcomer: tuple[Publisher, Publisher]
) -> None:
    _original, newcomer = trusted_and_newcomer
    named(newcomer, "Outokummun Työpaja ry", "2345678-0")
    assert workspace.inspect(newcomer.export(sequence=1)).findings == ()
    outcome = workspace.import_package(newcomer.export(), trust_new=True, decisions=ACCEPT)
    assert (outcome.status, outcome.findings) == ("imported", ())
    assert all(s.flags == () for s in workspace.status())
