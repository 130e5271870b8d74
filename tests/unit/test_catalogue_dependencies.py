"""Dependent changes stay whole (docs/review-file.md): rejecting an environment that
accepted opportunities point at never leaves an opportunity without its place, through the
real import path with a filled-in review file, on SQLite and PostgreSQL. Both outcomes the
rule allows: the dependent changes are rejected too, or they keep the catalogue's current
version of the rejected record."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kuhina_desktop.catalogue.dependencies import (
    KEEPS_CURRENT,
    REJECTED_TOO,
    explain,
    needs_of,
    settle,
)
from kuhina_desktop.catalogue.review import ResolvedDecisions, ReviewFile, parse_review_file
from kuhina_desktop.domain import model
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from tests.catalogue_support.packages import Publisher, publishers

ACCEPT = "accept_all"
NEW_PLACE = "Uusi toimipiste: Kierrätyshalli"


@pytest.fixture
def workspace(tmp_path: Path, database_url: str | None) -> Iterator[CatalogueWorkspace]:
    with CatalogueWorkspace.create(tmp_path / "catalogue", database_url) as ws:
        yield ws


@pytest.fixture
def pub(workspace: CatalogueWorkspace) -> Publisher:
    [publisher] = publishers(1, opportunities=8, seed=51)
    assert workspace.import_package(publisher.export(), trust_new=True, decisions=ACCEPT).done
    return publisher


def at(snapshot: model.Snapshot, environment_id: str) -> list[model.Opportunity]:
    return [o for o in snapshot.opportunities if o.environment_id == environment_id]


def move_to_a_new_place(pub: Publisher) -> tuple[str, str, list[str], str]:
    """The package opens a new place, moves every opportunity of the first place there,
    closes the first place and adds one new opportunity at the new place."""
    old_place = next(e.id for e in pub.snapshot.environments if at(pub.snapshot, e.id))
    moved = [o.id for o in at(pub.snapshot, old_place)]
    new_place = model.new_id()
    new_opportunity = model.new_id()

    def change(snapshot: model.Snapshot) -> None:
        place = copy.deepcopy(next(e for e in snapshot.environments if e.id == old_place))
        place.id, place.name = new_place, model.Text(fi=NEW_PLACE)
        place.address.street = "Teollisuustie 9"
        snapshot.environments = [e for e in snapshot.environments if e.id != old_place]
        snapshot.environments.append(place)
        for opp in snapshot.opportunities:
            if opp.environment_id == old_place:
                opp.environment_id = new_place
        extra = copy.deepcopy(next(o for o in snapshot.opportunities if o.id == moved[0]))
        extra.id, extra.title = new_opportunity, model.Text(fi="Uusi työkokeilu hallissa")
        snapshot.opportunities.append(extra)

    pub.edit(change)
    return old_place, new_place, moved, new_opportunity


def review_with(
    workspace: CatalogueWorkspace, package: bytes, rejected: dict[str, str]
) -> tuple[ReviewFile, dict[str, Any]]:
    """The review file the command line writes, filled in: the changes in `rejected`
    rejected with their reasons, every other change accepted."""
    outcome = workspace.import_package(package)
    assert outcome.status == "review_needed" and outcome.review is not None
    raw = json.loads(ReviewFile((outcome.review,), "2026-12-07T10:00:00+00:00").dumps())
    for change in raw["packages"][0]["changes"]:
        reason = rejected.get(change["id"])
        change["decision"] = "reject" if reason else "accept"
        change["reason"] = reason
    return parse_review_file(json.dumps(raw).encode("utf-8")), raw


def places_of_published(workspace: CatalogueWorkspace) -> dict[str, model.Environment | None]:
    view = workspace.published()
    return {opp.id: org.environment(opp.environment_id) for org, opp in view.opportunities()}


def test_rejecting_a_new_place_rejects_what_needs_it_and_keeps_the_old_place(
    workspace: CatalogueWorkspace, pub: Publisher
) -> None:
    before = workspace.records_of(pub.organisation_id)
    old_place, new_place, moved, new_opportunity = move_to_a_new_place(pub)
    package = pub.export()
    decisions, raw = review_with(workspace, package, {new_place: "Osoite tarkistetaan ensin"})
    # The review file says beforehand which changes need which.
    needs = {c["id"]: c.get("needs", []) for c in raw["packages"][0]["changes"]}
    assert needs[new_opportunity] == [new_place]
    assert all(needs[f"{o}:environment_id"] == [new_place] for o in moved)
    assert sorted(needs[old_place]) == sorted(f"{o}:environment_id" for o in moved)

    outcome = workspace.import_package(package, decisions=decisions)
    assert outcome.status == "imported", outcome.reason
    after = workspace.records_of(pub.organisation_id)
    assert new_place not in after.environments
    assert new_opportunity not in after.opportunities  # rejected too: it needs the place
    assert after.environments[old_place] == before.environments[old_place]  # current kept
    assert all(after.opportunities[o]["environment_id"] == old_place for o in moved)
    for opportunity in after.opportunities.values():  # some have no place of their own
        assert opportunity["environment_id"] in (*after.environments, None)
    with_place = {o["id"] for o in before.opportunities.values() if o["environment_id"] is not None}
    published = places_of_published(workspace)
    assert with_place & set(published)
    assert all(published[o] is not None for o in with_place & set(published))
    assert all(published[o] is not None and published[o].id == old_place for o in moved)

    [entry] = workspace.audit(action="import", organisation_id=pub.organisation_id)[:1]
    by_id = {c["id"]: c for c in entry.details["changes"]}
    assert by_id[new_opportunity]["decision"] == "reject"
    assert by_id[new_opportunity]["rejected_with"] == new_place
    assert by_id[old_place]["rejected_with"] in {f"{o}:environment_id" for o in moved}


def test_rejecting_a_change_of_a_place_keeps_its_current_version_for_its_opportunities(
    workspace: CatalogueWorkspace, pub: Publisher
) -> None:
    place = next(e for e in pub.snapshot.environments if at(pub.snapshot, e.id))
    old_street = place.address.street
    pub.edit(
        lambda s: setattr(
            s.environments[s.environments.index(place)].address, "street", "Rantakatu 1"
        )
    )
    package = pub.export()
    decisions, _raw = review_with(
        workspace, package, {f"{place.id}:address.street": "Muutto vasta ensi vuonna"}
    )
    assert workspace.import_package(package, decisions=decisions).status == "imported"
    published = places_of_published(workspace)
    at_place = [o.id for o in at(pub.snapshot, place.id)]
    assert at_place
    for opportunity_id in at_place:
        kept = published[opportunity_id]
        assert kept is not None and kept.address.street == old_street


def test_the_review_explains_both_outcomes_in_advance(
    workspace: CatalogueWorkspace, pub: Publisher
) -> None:
    old_place, new_place, moved, new_opportunity = move_to_a_new_place(pub)
    item = workspace.inspect(pub.export())
    assert item.diff is not None
    assert {(n.change, n.needed) for n in needs_of(item.diff)} >= {(new_opportunity, new_place)}
    chosen = ResolvedDecisions(
        {c.change_id: _decision(c.change_id == new_place) for c in item.diff.changes()}
    )
    settled = settle(item.diff, chosen)
    assert set(settled.forced) == {
        new_opportunity,
        old_place,
        *(f"{o}:environment_id" for o in moved),
    }
    said = {(c.outcome, c.cause, c.dependent) for c in explain(item.diff, settled)}
    assert (REJECTED_TOO, new_place, new_opportunity) in said
    assert any(o == REJECTED_TOO and d == old_place for o, _c, d in said)
    # The kept old place is shown for each opportunity that stays there.
    kept = {d for o, c, d in said if o == KEEPS_CURRENT and c == old_place}
    assert kept == set()  # the removal was rejected *because of* them: said once, above


def _decision(reject: bool) -> object:
    from kuhina_desktop.catalogue.review import Decision

    return Decision("reject", "ei vielä") if reject else Decision("accept")


def test_rejecting_a_new_contact_list_rejects_what_names_a_new_person(
    workspace: CatalogueWorkspace, pub: Publisher
) -> None:
    """An opportunity moved to a new contact person needs the new contact list: rejecting
    the list keeps the opportunity's current contact, who is still in the catalogue."""
    before = workspace.records_of(pub.organisation_id)
    person = model.Contact(name="Maija Meikäläinen", phone="0401234567")
    moved = next(o.id for o in pub.snapshot.opportunities if o.contact_id)

    def change(snapshot: model.Snapshot) -> None:
        snapshot.organisation.contacts.append(person)
        next(o for o in snapshot.opportunities if o.id == moved).contact_id = person.id

    pub.edit(change)
    package = pub.export()
    contacts = f"{pub.organisation_id}:contacts"
    decisions, raw = review_with(workspace, package, {contacts: "Ei vielä sovittu"})
    needs = {c["id"]: c.get("needs", []) for c in raw["packages"][0]["changes"]}
    assert needs[f"{moved}:contact_id"] == [contacts]
    assert workspace.import_package(package, decisions=decisions).status == "imported"
    after = workspace.records_of(pub.organisation_id)
    assert after.organisation is not None and before.organisation is not None
    assert after.organisation["contacts"] == before.organisation["contacts"]
    kept = after.opportunities[moved]["contact_id"]
    assert kept == before.opportunities[moved]["contact_id"]
    people = {c["id"] for c in after.organisation["contacts"]}
    for opportunity in after.opportunities.values():
        assert opportunity["contact_id"] in (*people, None)
