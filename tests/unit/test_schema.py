"""The JSON Schema of data.json matches the dataclasses, and load_data_file applies its gates."""

from __future__ import annotations

import copy
import dataclasses
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft7Validator

from kuhina_desktop.domain import model
from kuhina_desktop.domain.serialize import snapshot_to_json
from kuhina_desktop.services.data_file import check_schema, load_data_file, schema

ORG_ID = "0b6c1f4e-2a3d-4e5f-8a9b-0c1d2e3f4a01"
CONTACT_ID = "0b6c1f4e-2a3d-4e5f-8a9b-0c1d2e3f4a02"
ENV_ID = "0b6c1f4e-2a3d-4e5f-8a9b-0c1d2e3f4a03"
OPP_ID = "0b6c1f4e-2a3d-4e5f-8a9b-0c1d2e3f4a04"
TODAY = date(2026, 6, 1)


def full_snapshot() -> model.Snapshot:
    """Every optional field filled in, so that the schema sees every shape."""
    org = model.Organisation(
        id=ORG_ID,
        name=model.Text("Outokummun Kierrätys ry", "Outokumpu Återvinning rf", "Recycling"),
        business_id="0112038-9",
        description=model.Text("Kierrätystä ja valmennusta.", None, None),
        website="https://kierratys.example.fi",
        email="info@kierratys.fi",
        phone="+358401234567",
        address=model.Address("Kauppakatu 1", "83500", "Outokumpu", "309"),
        logo="attachments/" + "1a" * 32 + ".png",
        contacts=[
            model.Contact(CONTACT_ID, "Maija", model.Text("Ohjaaja"), "m@x.fi", "+35813123456")
        ],
    )
    env = model.Environment(
        id=ENV_ID,
        name=model.Text("Myymälä"),
        description=model.Text("Kirpputori."),
        work_areas=["shop", "recycling"],
        address=model.Address("Kauppakatu 1", "83500", "Outokumpu", "309"),
        latitude=62.72,
        longitude=29.02,
        accessibility=["step_free_access"],
        languages=["fi", "ru"],
        coaching=model.Text("Päivittäin."),
        capacity=4,
        opening_hours=[model.OpeningHours(1, "09:00", "17:00")],
        photos=["attachments/" + "2b" * 32 + ".jpg"],
        photo_descriptions=[model.Text("Verstaan työpöydät")],
        updated_at="2026-05-01T08:00:00+03:00",
    )
    opp = model.Opportunity(
        id=OPP_ID,
        environment_id=ENV_ID,
        kind="work_trial",
        title=model.Text("Työkokeilu myymälässä"),
        description=model.Text("Myyntiä ja lajittelua."),
        learning=model.Text("Asiakaspalvelua."),
        requirements=model.Text("Ei vaatimuksia."),
        target_groups=["youth", "immigrants"],
        municipalities=["309", "167"],
        languages=["fi"],
        places=3,
        places_updated_on="2026-05-01",
        starts_on="2026-06-01",
        ends_on="2026-12-31",
        hours_per_week=model.HoursRange(15, 25.5),
        duration=model.Text("1–3 kk"),
        referral_required=True,
        how_to_apply=model.Text("Soita."),
        contact_id=CONTACT_ID,
        cost=model.Text("Maksuton"),
        status="published",
        updated_at="2026-05-01T08:00:00Z",
        reviewed_on="2026-05-02",
    )
    return model.Snapshot(org, [env], [opp])


def test_the_schema_is_a_valid_draft_07_schema() -> None:
    Draft7Validator.check_schema(schema())
    assert schema()["$id"] and schema()["title"] and schema()["description"]


def test_a_full_snapshot_passes() -> None:
    assert check_schema(snapshot_to_json(full_snapshot())) == []


def test_a_snapshot_with_every_optional_field_empty_passes() -> None:
    org = model.Organisation(id=ORG_ID, name=model.Text("Yhdistys"))
    env = model.Environment(id=ENV_ID, name=model.Text("Paja"))
    opp = model.Opportunity(id=OPP_ID, title=model.Text("T"), description=model.Text("D"))
    assert check_schema(snapshot_to_json(model.Snapshot(org, [env], [opp]))) == []
    assert check_schema(snapshot_to_json(model.Snapshot(org))) == []


@pytest.mark.parametrize(
    ("definition", "cls"),
    [
        ("TextProperties", model.Text),
        ("AddressProperties", model.Address),
        ("Contact", model.Contact),
        ("OpeningHours", model.OpeningHours),
        ("HoursRange", model.HoursRange),
        ("Organisation", model.Organisation),
        ("Environment", model.Environment),
        ("Opportunity", model.Opportunity),
    ],
)
def test_each_definition_has_exactly_the_dataclass_fields(definition: str, cls: type) -> None:
    spec = schema()["$defs"][definition]
    names = [f.name for f in dataclasses.fields(cls)]
    assert list(spec["properties"]) == names
    # Fields added in a later format version are optional, so older packages stay readable.
    later = {
        model.Environment: {"photo_descriptions", "photo_confirmed_on"},
        model.Contact: {"consent_given_on", "consent_recorded_by"},
    }.get(cls, set())
    assert spec["required"] == [n for n in names if n not in later]
    assert spec["additionalProperties"] is False


def _every_object_schema(node: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        if "properties" in node:
            found.append(node)
        for value in node.values():
            found += _every_object_schema(value)
    elif isinstance(node, list):
        for value in node:
            found += _every_object_schema(value)
    return found


def test_additional_properties_are_refused_everywhere() -> None:
    objects = _every_object_schema(schema())
    assert len(objects) >= 9
    assert all(spec.get("additionalProperties") is False for spec in objects)


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = doc
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        target[int(last) if last.isdigit() else last] = value

    return change


def _delete(path: str) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = doc
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        del target[last]

    return change


BAD_DOCUMENTS = [
    (_delete("organisation.name.fi"), ORG_ID, "organisation.name.fi", "missing field"),
    (_set("organisation.name", None), ORG_ID, "organisation.name", "expected object"),
    (_set("opportunities.0.title.fi", 5), OPP_ID, "opportunities[0].title.fi", "expected string"),
    (
        _set("opportunities.0.title.sv", 5),
        OPP_ID,
        "opportunities[0].title.sv",
        "expected string or null",
    ),
    (_set("opportunities.0.extra", 1), OPP_ID, "opportunities[0].extra", "unknown field"),
    (_set("version", 2), "", "version", "unknown field"),
    (_set("environments.0.address.country", "FI"), ENV_ID, "environments[0].address.country", None),
    (
        _set("organisation.contacts.0.role.de", "x"),
        ORG_ID,
        "organisation.contacts[0].role.de",
        None,
    ),
    (_set("opportunities.0.status", "archived"), OPP_ID, "opportunities[0].status", None),
    (_set("opportunities.0.starts_on", "1.6.2026"), OPP_ID, "opportunities[0].starts_on", None),
    (
        _set("opportunities.0.environment_id", "env-1"),
        OPP_ID,
        "opportunities[0].environment_id",
        None,
    ),
    (_set("environments.0.photos.0", "kuva.png"), ENV_ID, "environments[0].photos[0]", None),
    (
        _set("environments.0.opening_hours.0.day", "1"),
        ENV_ID,
        "environments[0].opening_hours[0].day",
        None,
    ),
    (
        _set("environments.0.opening_hours.0.opens", "9"),
        ENV_ID,
        "environments[0].opening_hours[0].opens",
        None,
    ),
    (_set("environments.0.updated_at", "2026-05-01"), ENV_ID, "environments[0].updated_at", None),
    (_set("environments.0.capacity", 2.5), ENV_ID, "environments[0].capacity", None),
    (_set("environments.0.work_areas", ["Shop"]), ENV_ID, "environments[0].work_areas[0]", None),
    (
        _set("opportunities.0.hours_per_week", {"min": 1}),
        OPP_ID,
        "opportunities[0].hours_per_week.max",
        "missing field",
    ),
    (
        _set("opportunities.0.referral_required", "yes"),
        OPP_ID,
        "opportunities[0].referral_required",
        "expected boolean",
    ),
    (_set("opportunities.0.id", "ABC"), "ABC", "opportunities[0].id", None),
    (
        _set("organisation.description.fi", "x" * 10001),
        ORG_ID,
        "organisation.description.fi",
        "longer than 10000 characters",
    ),
    (_set("opportunities", {}), "", "opportunities", "expected array"),
    (_delete("environments"), "", "environments", "missing field"),
    (_delete("opportunities.0.cost"), OPP_ID, "opportunities[0].cost", "missing field"),
]


@pytest.mark.parametrize(("change", "record_id", "field", "detail"), BAD_DOCUMENTS)
def test_bad_documents_fail_at_the_right_place(
    change: Callable[[dict[str, Any]], None], record_id: str, field: str, detail: str | None
) -> None:
    doc = copy.deepcopy(snapshot_to_json(full_snapshot()))
    change(doc)
    problems = check_schema(doc)
    assert [(p.record_id, p.field, p.code) for p in problems] == [
        (record_id, field, "schema_violation")
    ]
    if detail is not None:
        assert problems[0].params == {"detail": detail}
    assert len(problems[0].params["detail"]) <= 200


def test_a_document_that_is_not_an_object_fails_at_the_root() -> None:
    problems = check_schema([])
    assert [(p.record_id, p.field, p.params) for p in problems] == [
        ("", "", {"detail": "expected object"})
    ]


def test_details_never_repeat_a_whole_record() -> None:
    doc = snapshot_to_json(full_snapshot())
    doc["organisation"]["name"]["fi"] = ["x" * 5000]
    (problem,) = check_schema(doc)
    assert problem.params == {"detail": "expected string"}


# load_data_file


def _write(tmp_path: Path, content: str | bytes) -> Path:
    path = tmp_path / "data.json"
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def test_load_a_good_file(tmp_path: Path) -> None:
    text = json.dumps(snapshot_to_json(full_snapshot()), ensure_ascii=False, indent=1)
    snapshot, problems = load_data_file(_write(tmp_path, text), today=TODAY)
    assert problems == []
    assert snapshot == full_snapshot()


def test_a_byte_order_mark_is_allowed(tmp_path: Path) -> None:
    text = json.dumps(snapshot_to_json(full_snapshot()))
    snapshot, problems = load_data_file(_write(tmp_path, b"\xef\xbb\xbf" + text.encode()))
    assert snapshot is not None and problems == []


def test_validation_problems_come_back_with_the_snapshot(tmp_path: Path) -> None:
    doc = snapshot_to_json(full_snapshot())
    doc["opportunities"][0]["municipalities"] = ["091"]
    snapshot, problems = load_data_file(_write(tmp_path, json.dumps(doc)), today=TODAY)
    assert snapshot is not None
    assert [(p.record_id, p.field, p.code) for p in problems] == [
        (OPP_ID, "municipalities[0]", "municipality_not_in_region")
    ]


def test_schema_problems_stop_the_load(tmp_path: Path) -> None:
    doc = snapshot_to_json(full_snapshot())
    doc["opportunities"][0]["title"] = "Työkokeilu"
    snapshot, problems = load_data_file(_write(tmp_path, json.dumps(doc)))
    assert snapshot is None
    assert [(p.field, p.code) for p in problems] == [("opportunities[0].title", "schema_violation")]


@pytest.mark.parametrize(
    ("content", "code", "params"),
    [
        ('{"organisation": {}', "json_invalid", {"line": 1, "column": 20}),
        ('{\n  "a": 1,\n  "b": tru\n}', "json_invalid", {"line": 3, "column": 8}),
        ("", "json_invalid", {"line": 1, "column": 1}),
        ('{"a": 1, "a": 2}', "json_duplicate_key", {"key": "a"}),
        ('{"a": NaN}', "json_constant_invalid", {"value": "NaN"}),
        ('{"a": -Infinity}', "json_constant_invalid", {"value": "-Infinity"}),
        (b'{"a": "\xe4"}', "file_encoding_invalid", {"offset": 7}),
        ("[" * 100_000 + "]" * 100_000, "json_too_deep", {}),
    ],
)
def test_files_that_are_not_strict_json(
    tmp_path: Path, content: str | bytes, code: str, params: dict[str, Any]
) -> None:
    snapshot, problems = load_data_file(_write(tmp_path, content))
    assert snapshot is None
    (problem,) = problems
    assert (problem.record_id, problem.field, problem.code) == ("", "", code)
    assert params.items() <= problem.params.items()


def test_a_missing_file(tmp_path: Path) -> None:
    snapshot, problems = load_data_file(tmp_path / "nothing.json")
    assert snapshot is None
    assert [(p.code, p.params["path"]) for p in problems] == [
        ("file_unreadable", str(tmp_path / "nothing.json"))
    ]
    assert problems[0].params["detail"]
