"""Diff, review decisions and merge of the catalogue, without a database."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from kuhina_desktop.catalogue.apply import merge
from kuhina_desktop.catalogue.diff import CurrentRecords, diff_snapshot, field_changes
from kuhina_desktop.catalogue.review import (
    ACCEPT_ALL,
    ReviewError,
    ReviewFile,
    parse_review_file,
    resolve,
    review_for,
)
from kuhina_desktop.domain.serialize import snapshot_to_json
from tests.catalogue_support.packages import publishers


@pytest.fixture
def snapshot() -> dict[str, Any]:
    return snapshot_to_json(publishers(1, opportunities=6, seed=21)[0].snapshot)


def current_from(snapshot: dict[str, Any], hidden: frozenset[str] = frozenset()) -> CurrentRecords:
    data = copy.deepcopy(snapshot)
    return CurrentRecords(
        data["organisation"],
        {e["id"]: e for e in data["environments"]},
        {o["id"]: o for o in data["opportunities"]},
        hidden,
    )


def test_first_import_adds_every_record(snapshot: dict[str, Any]) -> None:
    diff = diff_snapshot(CurrentRecords(), snapshot)
    counts = diff.counts()
    total = 1 + len(snapshot["environments"]) + len(snapshot["opportunities"])
    assert (counts["added"], counts["changed"], counts["removed"]) == (total, 0, 0)
    assert diff.changes()[0].change_id == snapshot["organisation"]["id"]


def test_same_snapshot_is_unchanged(snapshot: dict[str, Any]) -> None:
    diff = diff_snapshot(current_from(snapshot), snapshot)
    assert diff.empty and diff.changes() == []


def test_changes_are_field_by_field_and_per_language(snapshot: dict[str, Any]) -> None:
    current = current_from(snapshot)
    new = copy.deepcopy(snapshot)
    opp = new["opportunities"][0]
    opp["title"]["sv"] = "Ny titel"
    opp["places"] = 7
    opp["target_groups"] = ["youth"]
    new["environments"][0]["address"]["street"] = "Uusikatu 1"
    removed = new["opportunities"].pop(1)
    added = copy.deepcopy(opp)
    added["id"] = "00000000-0000-4000-8000-000000000001"
    new["opportunities"].append(added)
    new["organisation"]["name"]["en"] = "The Association"

    diff = diff_snapshot(current, new)
    by_id = {c.change_id: c for c in diff.changes()}
    old_sv = snapshot["opportunities"][0]["title"]["sv"]
    assert (by_id[f"{opp['id']}:title.sv"].old, by_id[f"{opp['id']}:title.sv"].new) == (
        old_sv,
        "Ny titel",
    )
    assert by_id[f"{opp['id']}:places"].new == 7
    assert by_id[f"{opp['id']}:target_groups"].new == ["youth"]
    env_id = new["environments"][0]["id"]
    assert by_id[f"{env_id}:address.street"].new == "Uusikatu 1"
    assert by_id[removed["id"]].kind == "removed"
    assert by_id[added["id"]].kind == "added"
    org_id = new["organisation"]["id"]
    assert by_id[f"{org_id}:name.en"].new == "The Association"
    counts = diff.counts()
    assert (counts["added"], counts["changed"], counts["removed"]) == (1, 3, 1)


def test_field_changes_keep_true_apart_from_one() -> None:
    assert field_changes({"a": True}, {"a": 1}) != []
    assert field_changes({"a": 1}, {"a": 1.0}) == []
    assert field_changes({"t": None}, {"t": {"fi": "x"}})[0].path == "t"


def test_changes_to_hidden_records_are_marked(snapshot: dict[str, Any]) -> None:
    target = snapshot["opportunities"][0]["id"]
    new = copy.deepcopy(snapshot)
    new["opportunities"][0]["title"]["fi"] = "Muutettu"
    diff = diff_snapshot(current_from(snapshot, frozenset({target})), new)
    [change] = diff.changes()
    assert change.hidden
    assert diff.counts()["hidden_changes"] == 1


def test_accept_all_merge_gives_the_snapshot(snapshot: dict[str, Any]) -> None:
    new = copy.deepcopy(snapshot)
    new["opportunities"][0]["title"]["fi"] = "Uusi"
    del new["opportunities"][2]
    current = current_from(snapshot)
    plan = merge(current, diff_snapshot(current, new), ACCEPT_ALL)
    final = {i: o for i, o in current.opportunities.items()}
    for record_id in plan.deletes["opportunity"]:
        del final[record_id]
    final.update(plan.upserts["opportunity"])
    assert final == {o["id"]: o for o in new["opportunities"]}
    assert not plan.organisation_changed


def fill(review: dict[str, Any], decide: dict[str, tuple[str, str | None]]) -> bytes:
    for package in review["packages"]:
        for change in package["changes"]:
            decision, reason = decide.get(change["id"], ("accept", None))
            change["decision"], change["reason"] = decision, reason
    return json.dumps(review).encode("utf-8")


def test_review_file_round_trip_and_rejection_keeps_the_old_value(
    snapshot: dict[str, Any],
) -> None:
    current = current_from(snapshot)
    new = copy.deepcopy(snapshot)
    opp = new["opportunities"][0]
    opp["title"]["fi"] = "Hyväksytty"
    opp["places"] = 99
    removed = new["opportunities"].pop(1)["id"]
    diff = diff_snapshot(current, new)
    review = review_for(diff, package_sha256="ab" * 32, organisation_name="Yhdistys", sequence=2)
    written = json.loads(ReviewFile((review,), "2026-11-28T00:00:00+00:00").dumps())
    assert all(c["decision"] is None for c in written["packages"][0]["changes"])

    places_id = f"{opp['id']}:places"
    data = fill(
        written,
        {
            places_id: ("reject", "Paikkamäärä tarkistettava"),
            removed: ("reject", "Poisto vahingossa"),
        },
    )
    parsed = parse_review_file(data)
    package = parsed.for_package("ab" * 32)
    assert package is not None
    decisions = resolve(diff, package)
    plan = merge(current, diff, decisions)
    merged = plan.upserts["opportunity"][opp["id"]]
    assert merged["title"]["fi"] == "Hyväksytty"
    assert merged["places"] == snapshot["opportunities"][0]["places"]
    assert plan.deletes["opportunity"] == []
    rejected = {c.change_id: d.reason for c, d in plan.rejected}
    assert rejected == {places_id: "Paikkamäärä tarkistettava", removed: "Poisto vahingossa"}
    audit = {entry["id"]: entry for entry in plan.audit_changes()}
    assert audit[places_id]["reason"] == "Paikkamäärä tarkistettava"
    assert audit[places_id]["decision"] == "reject"


def test_review_must_be_complete_fresh_and_give_reasons(snapshot: dict[str, Any]) -> None:
    current = current_from(snapshot)
    new = copy.deepcopy(snapshot)
    new["opportunities"][0]["title"]["fi"] = "Uusi"
    new["opportunities"][1]["title"]["fi"] = "Toinen"
    diff = diff_snapshot(current, new)
    review = review_for(diff, package_sha256="cd" * 32, organisation_name="Y", sequence=3)
    raw = json.loads(ReviewFile((review,)).dumps())

    incomplete = parse_review_file(json.dumps(raw).encode()).packages[0]
    with pytest.raises(ReviewError) as error:
        resolve(diff, incomplete)
    assert (error.value.code, error.value.params["count"]) == ("catalogue_review_incomplete", 2)

    first = raw["packages"][0]["changes"][0]["id"]
    no_reason = parse_review_file(fill(copy.deepcopy(raw), {first: ("reject", " ")}))
    with pytest.raises(ReviewError) as error:
        resolve(diff, no_reason.packages[0])
    assert error.value.code == "catalogue_review_reason_missing"

    filled = parse_review_file(fill(copy.deepcopy(raw), {})).packages[0]
    newer = copy.deepcopy(new)
    newer["opportunities"][0]["title"]["fi"] = "Vielä uudempi"
    with pytest.raises(ReviewError) as error:
        resolve(diff_snapshot(current, newer), filled)
    assert error.value.code == "catalogue_review_stale"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"\xff", "catalogue_review_malformed"),
        (b"[]", "catalogue_review_malformed"),
        (
            b'{"format": "kuhina-review", "format_version": 3, "packages": []}',
            "catalogue_review_version",
        ),
        (
            b'{"format": "kuhina-review", "format_version": 1, "packages": [{"changes": 1}]}',
            "catalogue_review_malformed",
        ),
    ],
)
def test_malformed_review_files_are_refused(data: bytes, code: str) -> None:
    with pytest.raises(ReviewError) as error:
        parse_review_file(data)
    assert error.value.code == code


def test_unknown_decision_is_refused(snapshot: dict[str, Any]) -> None:
    current = current_from(snapshot)
    new = copy.deepcopy(snapshot)
    new["opportunities"][0]["title"]["fi"] = "Uusi"
    review = review_for(
        diff_snapshot(current, new), package_sha256="ef" * 32, organisation_name="Y", sequence=2
    )
    raw = json.loads(ReviewFile((review,)).dumps())
    raw["packages"][0]["changes"][0]["decision"] = "maybe"
    with pytest.raises(ReviewError) as error:
        parse_review_file(json.dumps(raw).encode())
    assert error.value.code == "catalogue_review_decision_invalid"


def test_rejecting_a_new_organisation_is_refused(snapshot: dict[str, Any]) -> None:
    diff = diff_snapshot(CurrentRecords(), snapshot)
    review = review_for(diff, package_sha256="01" * 32, organisation_name="Y", sequence=1)
    raw = json.loads(ReviewFile((review,)).dumps())
    org_id = snapshot["organisation"]["id"]
    decisions = resolve(diff, parse_review_file(fill(raw, {org_id: ("reject", "ei")})).packages[0])
    with pytest.raises(ReviewError) as error:
        merge(CurrentRecords(), diff, decisions)
    assert error.value.code == "catalogue_review_rejects_organisation"
