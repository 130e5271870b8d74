"""The open data folder: HSDS 3.0 valid against the official compiled schemas, the catalogue
JSON valid against its own schema, CSV that round-trips any text, stable ids, nothing added."""

from __future__ import annotations

import csv
import dataclasses
import json
import re
import uuid
from collections.abc import Iterator
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from published_fixtures import published_from_demo
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from kuhina_desktop.catalogue.published import PublishedCatalogue, PublishedOrganisation
from kuhina_desktop.domain import model
from kuhina_desktop.errors import KnownError
from kuhina_desktop.exports import hsds, hsds_parts
from kuhina_desktop.exports.opendata import write_open_data
from kuhina_desktop.progress import Cancelled, Progress
from kuhina_desktop.resources import resource_path

DATA = Path(__file__).resolve().parents[1] / "data"
HSDS_BASE = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/compiled/"
COMPILED = ("organization", "service", "service_at_location")

ORG_ID = "5d0e8a0c-1b2a-4c3d-8e4f-000000000001"
CONTACT_ID = "5d0e8a0c-1b2a-4c3d-8e4f-000000000002"
ENV_ID = "5d0e8a0c-1b2a-4c3d-8e4f-000000000003"
HIDDEN_ENV_ID = "5d0e8a0c-1b2a-4c3d-8e4f-000000000004"
OPP_ID = "5d0e8a0c-1b2a-4c3d-8e4f-000000000005"
OPP2_ID = "5d0e8a0c-1b2a-4c3d-8e4f-000000000006"

HOSTILE = [
    "=1+1",
    '=HYPERLINK("http://evil.example","x")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1)",
    "\tTab alussa",
    "\rCR alussa",
    'Lainausmerkit "näin" ja ""tuplana""',
    "pilkku, toinen, kolmas",
    "rivi 1\nrivi 2\r\nrivi 3",
    "  välilyönnit ympärillä  ",
    "puolipiste; ja kenoviiva \\",
    "<script>alert(1)</script>",
    "\u202eoikealta vasemmalle",
]

# --- HSDS validation with the official compiled schemas -----------------------------------

_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
FORMATS = FormatChecker()


@FORMATS.checks("date-time", raises=ValueError)
def _is_date_time(value: object) -> bool:
    """RFC 3339 date-time (jsonschema checks it only with an optional package)."""
    if not isinstance(value, str):
        return True
    return bool(_RFC3339.match(value)) and datetime.fromisoformat(value).tzinfo is not None


@FORMATS.checks("uri")
def _is_uri(value: object) -> bool:
    """An absolute URI with a scheme and a host (jsonschema needs rfc3987 for this)."""
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    return bool(parts.scheme and parts.netloc) and not re.search(r"\s", value)


@cache
def hsds_registry() -> Registry[Any]:
    """The compiled files under their published URLs; they declare no $schema: 2020-12."""
    resources: list[tuple[str, Resource[Any]]] = []
    for name in COMPILED:
        path = DATA / "hsds-3.0" / "schema" / "compiled" / f"{name}.json"
        contents = json.loads(path.read_text(encoding="utf-8"))
        resources.append((HSDS_BASE + f"{name}.json", DRAFT202012.create_resource(contents)))
    return Registry().with_resources(resources)


@cache
def hsds_validator(ref: str) -> Draft202012Validator:
    """A validator for `ref`, a file or a JSON pointer inside one, with format checks."""
    return Draft202012Validator(
        {"$ref": HSDS_BASE + ref}, registry=hsds_registry(), format_checker=FORMATS
    )


# Which official schema each HSDS file's items must satisfy. HSDS 3.0 compiles no standalone
# location, taxonomy or taxonomy_term schema; those are the same objects nested in the
# compiled organization and service schemas.
HSDS_FILE_SCHEMAS = {
    "organizations": "organization.json",
    "services": "service.json",
    "service_at_locations": "service_at_location.json",
    "locations": "organization.json#/properties/locations/items",
    "taxonomy_terms": "service.json#/properties/attributes/items/properties/taxonomy_term",
    "taxonomies": (
        "service.json#/properties/attributes/items/properties/taxonomy_term"
        "/properties/taxonomy_detail"
    ),
}


def hsds_errors(name: str, items: list[Any]) -> list[str]:
    validator = hsds_validator(HSDS_FILE_SCHEMAS[name])
    return [
        f"{name}[{i}] {'/'.join(map(str, error.absolute_path))}: {error.message}"
        for i, item in enumerate(items)
        for error in validator.iter_errors(item)
    ]


@cache
def catalogue_validator() -> Draft202012Validator:
    path = resource_path("schema", "catalogue-open-data.schema.json")
    schema = json.loads(path.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FORMATS)


# --- helpers ------------------------------------------------------------------------------


LANGUAGES = ("fi", "sv", "en")


def read_hsds(out: Path, language: str | None = None) -> dict[str, list[Any]]:
    """One language's HSDS JSON (`hsds/<language>/`), or the format-1 address (`hsds/`)."""
    folder = out / "hsds" / language if language else out / "hsds"
    return {
        name: json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
        for name in HSDS_FILE_SCHEMAS
    }


def read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), "plain UTF-8, no byte order mark"
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def uuids_in(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for item in value.values():
            yield from uuids_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from uuids_in(item)
    elif isinstance(value, str) and re.fullmatch(r"[0-9a-f-]{36}", value):
        yield value


def hsds_objects(value: Any) -> Iterator[dict[str, Any]]:
    """Every object with an id, nested ones included."""
    if isinstance(value, dict):
        if "id" in value:
            yield value
        for item in value.values():
            yield from hsds_objects(item)
    elif isinstance(value, list):
        for item in value:
            yield from hsds_objects(item)


def view_ids(catalogue: PublishedCatalogue) -> dict[str, set[str]]:
    orgs = catalogue.organisations
    return {
        "organisations": {o.organisation.id for o in orgs},
        "environments": {e.id for o in orgs for e in o.environments},
        "opportunities": {p.id for o in orgs for p in o.opportunities},
        "contacts": {c.id for o in orgs for c in o.organisation.contacts},
    }


def small_catalogue(texts: list[str] | None = None) -> PublishedCatalogue:
    """One organisation, one environment, two opportunities: one at the environment and one
    whose environment is hidden (so absent from the view), texts from `texts`."""
    texts = texts or ["Teksti"]

    def text(i: int) -> model.Text:
        return model.Text(texts[i % len(texts)], texts[(i + 1) % len(texts)], None)

    contact = model.Contact(CONTACT_ID, texts[0], text(1), "ohjaaja@example.fi", "+358401234567")
    org = model.Organisation(
        id=ORG_ID,
        name=model.Text("Testiyhdistys " + texts[0], None, None),
        business_id="0112038-9",
        description=text(2),
        website="https://yhdistys.example.fi/",
        email="info@yhdistys.example.fi",
        phone="+35813123456",
        address=model.Address(texts[0], "80100", "Joensuu", "167"),
        contacts=[contact],
    )
    hours = [model.OpeningHours(day, "08:00", "16:00") for day in range(1, 6)]
    hours.append(model.OpeningHours(6, "10:00", "14:00"))
    env = model.Environment(
        id=ENV_ID,
        name=text(3),
        description=text(4),
        work_areas=["shop"],
        address=model.Address("Kauppakatu 1", "80100", "Joensuu", "167"),
        latitude=62.6010,
        longitude=29.7636,
        accessibility=["step_free_access", "hearing_loop", "public_transport_nearby"],
        languages=["fi", "uk"],
        coaching=text(5),
        capacity=3,
        opening_hours=hours,
        updated_at="2026-05-01T08:00:00+03:00",
    )
    opp = model.Opportunity(
        id=OPP_ID,
        environment_id=ENV_ID,
        kind="work_trial",
        title=text(6),
        description=text(7),
        requirements=text(8),
        target_groups=["immigrants", "youth"],
        municipalities=["167", "309"],
        languages=["fi", "en"],
        places=2,
        places_updated_on="2026-05-01",
        starts_on="2026-06-01",
        ends_on="2026-12-31",
        hours_per_week=model.HoursRange(10, 25.5),
        duration=text(9),
        referral_required=True,
        how_to_apply=text(10),
        contact_id=CONTACT_ID,
        cost=text(11),
        status="published",
        updated_at="2026-05-02T09:30:00+03:00",
    )
    at_hidden = dataclasses.replace(
        opp, id=OPP2_ID, environment_id=HIDDEN_ENV_ID, title=model.Text("Toinen " + texts[-1])
    )
    published = PublishedOrganisation(
        organisation=org,
        environments=[env],
        opportunities=[opp, at_hidden],
        last_updated="2026-05-02T09:30:00+03:00",
        sequence=3,
    )
    return PublishedCatalogue(
        organisations=[published],
        generated_at="2026-06-01T12:00:00+00:00",
        vocab_version="2026.1",
    )


@pytest.fixture(scope="module")
def demo() -> PublishedCatalogue:
    return published_from_demo(orgs=3, opps=10, seed=1)


@pytest.fixture(scope="module")
def demo_out(demo: PublishedCatalogue, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("opendata")
    write_open_data(demo, out)
    return out


# --- tests --------------------------------------------------------------------------------


def test_writes_the_documented_files(demo: PublishedCatalogue, tmp_path: Path) -> None:
    out = tmp_path / "new" / "folder"
    written = write_open_data(demo, out)
    names = sorted(p.relative_to(out).as_posix() for p in written)
    tables = [
        "organizations", "services", "attributes", "service_at_location", "locations",
        "phones", "contacts", "addresses", "schedules", "service_areas", "languages",
        "accessibility", "taxonomy_terms", "organization_identifiers", "taxonomies",
    ]  # fmt: skip
    csv_files = ["opportunities.csv", "organisations.csv", "environments.csv"]
    assert names == sorted(
        [f"hsds/{n}.json" for n in HSDS_FILE_SCHEMAS]
        + [f"hsds/{lang}/{n}.json" for lang in LANGUAGES for n in HSDS_FILE_SCHEMAS]
        + [f"hsds/{lang}/csv/{t}.csv" for lang in LANGUAGES for t in tables]
        + [f"hsds/{lang}/csv/datapackage.json" for lang in LANGUAGES]
        + ["kuhina-catalogue.json", "dcat.jsonld", "README.txt", "LICENSE.txt"]
        + csv_files
        + [f"spreadsheet/{name}" for name in csv_files]
    )
    assert written == sorted(written)
    on_disk = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert on_disk == names, "no temporary file is left behind"
    assert "CC BY 4.0" in (out / "LICENSE.txt").read_text(encoding="utf-8")
    assert "creativecommons.org/licenses/by/4.0" in (out / "README.txt").read_text("utf-8")


def test_demo_has_something_to_export(demo: PublishedCatalogue) -> None:
    ids = view_ids(demo)
    assert len(ids["organisations"]) == 3
    assert ids["opportunities"] and ids["environments"]
    assert all(opp.status == "published" for _, opp in demo.opportunities())


@pytest.mark.parametrize("language", [*LANGUAGES, None])
def test_hsds_validates_against_the_official_schemas(demo_out: Path, language: str | None) -> None:
    """Every language's HSDS JSON, and the Finnish one at its format-1 address."""
    data = read_hsds(demo_out, language)
    errors = [e for name, items in data.items() for e in hsds_errors(name, items)]
    assert errors == []
    assert all(data[name] for name in data), "every HSDS file has objects to validate"


SERVICE = {"id": OPP_ID, "name": "n", "status": "active"}
ORGANIZATION = {"id": ORG_ID, "name": "n", "description": ""}


@pytest.mark.parametrize(
    ("name", "item", "keyword"),
    [
        ("services", {**SERVICE, "status": "open"}, "enum"),
        ("services", {**SERVICE, "id": "x"}, "format"),
        ("services", {**SERVICE, "last_modified": "2026-05-02"}, "format"),
        ("services", {**SERVICE, "minimum_age": "18"}, "type"),
        ("organizations", {"id": ORG_ID, "description": ""}, "required"),
        ("organizations", {**ORGANIZATION, "website": "www.x.fi"}, "format"),
        ("organizations", {**ORGANIZATION, "email": "x.fi"}, "format"),
        ("locations", {"id": ENV_ID, "location_type": "physical", "latitude": "62"}, "type"),
        ("taxonomy_terms", {"id": ENV_ID, "name": "n"}, "required"),
        ("service_at_locations", {"id": OPP_ID, "location_id": None}, "type"),
    ],
)  # fmt: skip
def test_the_validation_can_fail(name: str, item: dict[str, Any], keyword: str) -> None:
    """The official schemas and the format checks really bite, one fault at a time."""
    validator = hsds_validator(HSDS_FILE_SCHEMAS[name])
    assert [error.validator for error in validator.iter_errors(item)] == [keyword]


def test_hsds_references_resolve_and_ids_are_unique(demo_out: Path) -> None:
    data = read_hsds(demo_out)
    for name, items in data.items():
        ids = [item["id"] for item in items]
        assert len(ids) == len(set(ids)), name
    org_ids = {o["id"] for o in data["organizations"]}
    location_ids = {loc["id"] for loc in data["locations"]}
    service_ids = {s["id"] for s in data["services"]}
    term_ids = {t["id"] for t in data["taxonomy_terms"]}
    taxonomy_ids = {t["id"] for t in data["taxonomies"]}
    assert {s["organization_id"] for s in data["services"]} <= org_ids
    assert {loc["organization_id"] for loc in data["locations"]} <= org_ids
    for link in data["service_at_locations"]:
        assert link["service_id"] in service_ids
        assert link["location_id"] in location_ids
    assert {t["taxonomy_id"] for t in data["taxonomy_terms"]} == taxonomy_ids
    for service in data["services"]:
        for attribute in service["attributes"]:
            assert attribute["taxonomy_term_id"] in term_ids
            assert attribute["link_id"] == service["id"]
    # The nested organization_full shape holds the same services and locations.
    nested_services = [s for o in data["organizations"] for s in o["services"]]
    nested_locations = [loc for o in data["organizations"] for loc in o["locations"]]
    assert nested_services == data["services"]
    assert nested_locations == data["locations"]
    # Ids are unique across every object of the same kind of every file.
    by_id: dict[str, dict[str, Any]] = {}
    for obj in hsds_objects(data["organizations"]):
        if obj["id"] in by_id:
            assert by_id[obj["id"]] == obj, "one id, one object"
        by_id[obj["id"]] = obj


def test_hsds_maps_the_records(demo: PublishedCatalogue, demo_out: Path) -> None:
    data = read_hsds(demo_out)
    ids = view_ids(demo)
    assert {o["id"] for o in data["organizations"]} == ids["organisations"]
    assert {s["id"] for s in data["services"]} == ids["opportunities"]
    physical = {loc["id"] for loc in data["locations"] if loc["location_type"] == "physical"}
    assert physical == ids["environments"]
    terms = {(t["taxonomy"], t["code"]) for t in data["taxonomy_terms"]}
    assert ("kuhina-kinds", "kuhina-kind-work_trial") in terms
    assert {t["name"] for t in data["taxonomies"]} == {"kuhina-kinds", "kuhina-target-groups"}
    services = {s["id"]: s for s in data["services"]}
    for org, opp in demo.opportunities():
        service = services[opp.id]
        assert service["name"] == opp.title.fi
        assert service["status"] == "active"
        kinds = [a["value"] for a in service["attributes"] if a["link_type"] == "service_type"]
        assert kinds == [opp.kind]
        groups = [a["value"] for a in service["attributes"] if a["link_type"] == "audience"]
        assert groups == list(dict.fromkeys(opp.target_groups))
        assert [a["name"] for a in service["service_areas"]] and len(
            service["service_areas"]
        ) == len(set(opp.municipalities))
        has_env = org.environment(opp.environment_id) is not None
        assert len(service["service_at_locations"]) == (1 if has_env else 0)


def test_small_catalogue_maps_every_field(tmp_path: Path) -> None:
    write_open_data(small_catalogue(), tmp_path)
    data = read_hsds(tmp_path)
    assert [e for n, items in data.items() for e in hsds_errors(n, items)] == []
    (org,) = data["organizations"]
    assert org["organization_identifiers"][0]["identifier"] == "0112038-9"
    assert org["organization_identifiers"][0]["identifier_scheme"] == "FI-PRO"
    assert org["phones"][0]["number"] == "+35813123456"
    assert org["email"] == "info@yhdistys.example.fi"
    # A contact by its role only; no person's name, e-mail or phone (issue 20's rule).
    assert org["contacts"] == [{"id": CONTACT_ID, "organization_id": ORG_ID, "title": "Teksti"}]
    postal = [loc for loc in data["locations"] if loc["location_type"] == "postal"]
    assert postal[0]["addresses"][0]["address_type"] == "postal"
    (env,) = [loc for loc in data["locations"] if loc["id"] == ENV_ID]
    assert (env["latitude"], env["longitude"]) == (62.601, 29.7636)
    assert [a["description"] for a in env["accessibility"]] == [
        "portaaton kulku",
        "induktiosilmukka",
        "joukkoliikenteen pysäkki lähellä",
    ]
    assert [lang["code"] for lang in env["languages"]] == ["fi", "uk"]
    (address,) = env["addresses"]
    assert address["city"] == "Joensuu" and address["country"] == "FI"
    schedules = {(s["byday"], s["opens_at"], s["closes_at"]) for s in env["schedules"]}
    assert schedules == {("MO,TU,WE,TH,FR", "08:00", "16:00"), ("SA", "10:00", "14:00")}
    assert all(s["freq"] == "WEEKLY" for s in env["schedules"])
    service = next(s for s in data["services"] if s["id"] == OPP_ID)
    assert service["fees_description"] == "Teksti"
    assert service["application_process"].endswith(hsds_parts.phrase("referral", "fi"))
    assert service["schedules"][0]["valid_from"] == "2026-06-01"
    assert "10–25.5 tuntia viikossa" in service["schedules"][0]["notes"]
    assert service["last_modified"] == "2026-05-02T09:30:00+03:00"
    assert service["contacts"] == [
        {
            "id": hsds.derived_id("contact", OPP_ID, CONTACT_ID),
            "service_id": OPP_ID,
            "title": "Teksti",
        }
    ]
    # The service's e-mail and phone are the organisation's general ones.
    assert service["email"] == "info@yhdistys.example.fi"
    assert [p["number"] for p in service["phones"]] == ["+35813123456"]
    assert "url" not in service, "no base address, no offer page to link to"
    assert service["assured_date"] == "2026-05-02"
    assert [sa["uri"] for sa in service["service_areas"]] == [
        "http://uri.suomi.fi/codelist/jhs/kunta_1_20240101/code/167",
        "http://uri.suomi.fi/codelist/jhs/kunta_1_20240101/code/309",
    ]
    assert [sa["x_kuhina_municipality_code"] for sa in service["service_areas"]] == [
        "167",
        "309",
    ]
    assert env["url"] == "https://yhdistys.example.fi/"
    assert env["transportation"] == "joukkoliikenteen pysäkki lähellä"
    assert "alternate_name" not in env, "the same name in fi and sv: no other name"
    assert [sa["name"] for sa in service["service_areas"]] == ["Joensuu", "Outokumpu"]
    assert data["service_at_locations"] == [
        {
            "id": hsds.derived_id("service_at_location", OPP_ID, ENV_ID),
            "service_id": OPP_ID,
            "location_id": ENV_ID,
        }
    ]


def test_catalogue_json_validates_and_holds_every_language(
    demo: PublishedCatalogue, demo_out: Path
) -> None:
    document = json.loads((demo_out / "kuhina-catalogue.json").read_text(encoding="utf-8"))
    errors = [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in catalogue_validator().iter_errors(document)
    ]
    assert errors == []
    assert document["format"] == "kuhina-catalogue" and document["format_version"] == 2
    assert document["last_updated"] == hsds_parts.timestamp(demo.last_updated)
    assert len(document["organisations"]) == len(demo.organisations)
    opportunities = {
        opp["id"]: opp for org in document["organisations"] for opp in org["opportunities"]
    }
    for _, opp in demo.opportunities():
        assert opportunities[opp.id]["title"] == dataclasses.asdict(opp.title)
    assert {c["code"] for c in document["code_lists"]["kinds"]} >= {"work_trial", "other"}


def test_catalogue_schema_rejects_what_it_should(tmp_path: Path) -> None:
    write_open_data(small_catalogue(), tmp_path)
    document = json.loads((tmp_path / "kuhina-catalogue.json").read_text(encoding="utf-8"))
    assert not list(catalogue_validator().iter_errors(document))
    broken = json.loads(json.dumps(document))
    broken["organisations"][0]["opportunities"][0]["status"] = "draft"
    broken["organisations"][0]["environments"][0]["extra"] = 1
    del broken["code_lists"]["kinds"]
    assert len(list(catalogue_validator().iter_errors(broken))) == 3


def test_csv_rows_match_the_view(demo: PublishedCatalogue, demo_out: Path) -> None:
    ids = view_ids(demo)
    opportunities = read_csv(demo_out / "opportunities.csv")
    organisations = read_csv(demo_out / "organisations.csv")
    environments = read_csv(demo_out / "environments.csv")
    assert len(opportunities) == len(ids["opportunities"])
    assert {row["opportunity_id"] for row in opportunities} == ids["opportunities"]
    assert {row["organisation_id"] for row in organisations} == ids["organisations"]
    assert {row["environment_id"] for row in environments} == ids["environments"]
    raw = (demo_out / "opportunities.csv").read_bytes()
    assert raw.startswith(b"opportunity_id,organisation_id,")
    assert raw.endswith(b"\r\n")


def test_ids_and_bytes_stable_between_two_publishes(
    demo: PublishedCatalogue, demo_out: Path, tmp_path: Path
) -> None:
    later = dataclasses.replace(demo, generated_at="2031-01-01T00:00:00+00:00")
    reordered = dataclasses.replace(later, organisations=list(reversed(later.organisations)))
    write_open_data(reordered, tmp_path)
    for first in sorted(demo_out.rglob("*")):
        if first.is_dir():
            continue
        relative = first.relative_to(demo_out)
        second = tmp_path / relative
        if relative.name in {"kuhina-catalogue.json", "README.txt"}:
            a = first.read_text(encoding="utf-8")
            b = second.read_text(encoding="utf-8")
            a = a.replace(str(hsds_parts.timestamp(demo.generated_at)), "T")
            b = b.replace(str(hsds_parts.timestamp(later.generated_at)), "T")
            assert a != first.read_text(encoding="utf-8"), "generated_at is there, local time"
            assert a == b, relative
        else:
            assert first.read_bytes() == second.read_bytes(), relative


def test_writing_again_into_the_same_folder_replaces_the_files(tmp_path: Path) -> None:
    first = write_open_data(small_catalogue(), tmp_path)
    before = {p: p.read_bytes() for p in first}
    second = write_open_data(small_catalogue(), tmp_path)
    assert second == first
    assert {p: p.read_bytes() for p in second} == before
    assert sorted(p for p in tmp_path.rglob("*") if p.is_file()) == first


def test_nothing_outside_the_view_appears(tmp_path: Path) -> None:
    """The view leaves a hidden environment out: no output names it or links to it."""
    catalogue = small_catalogue()
    write_open_data(catalogue, tmp_path)
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert HIDDEN_ENV_ID not in path.read_text(encoding="utf-8"), path.name
    document = json.loads((tmp_path / "kuhina-catalogue.json").read_text(encoding="utf-8"))
    (org,) = document["organisations"]
    environment_ids = {opp["id"]: opp["environment_id"] for opp in org["opportunities"]}
    assert environment_ids == {OPP_ID: ENV_ID, OPP2_ID: None}
    rows = {r["opportunity_id"]: r for r in read_csv(tmp_path / "opportunities.csv")}
    assert rows[OPP2_ID]["environment_id"] == "" and rows[OPP2_ID]["street"] == ""


def test_demo_outputs_hold_only_ids_of_the_view(demo: PublishedCatalogue, demo_out: Path) -> None:
    """Every record id anywhere in the output is a record of the view or derived from one."""
    allowed = set().union(*view_ids(demo).values())
    document = json.loads((demo_out / "kuhina-catalogue.json").read_text(encoding="utf-8"))
    assert set(uuids_in(document["organisations"])) <= allowed
    data = read_hsds(demo_out)
    record_ids = {
        value
        for items in data.values()
        for obj in hsds_objects(items)
        for key, value in obj.items()
        if key in {"organization_id", "service_id"} or (key == "location_id" and value)
    }
    hsds_locations = {loc["id"] for loc in data["locations"]}
    assert record_ids <= allowed | hsds_locations
    for name in ("opportunities", "organisations", "environments"):
        for row in read_csv(demo_out / f"{name}.csv"):
            for key, value in row.items():
                if key.endswith("_id") and key != "business_id" and value:
                    assert value in allowed, (name, key)


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_texts_round_trip_through_csv_and_json(hostile: str, tmp_path: Path) -> None:
    """Every text field holds `hostile`; it comes back exactly, never as a formula or a split."""
    write_open_data(small_catalogue([hostile]), tmp_path)
    rows = {r["opportunity_id"]: r for r in read_csv(tmp_path / "opportunities.csv")}
    row = rows[OPP_ID]
    for column in ("title_fi", "title_sv", "description_fi", "how_to_apply_fi", "cost_fi"):
        assert row[column] == hostile, column
    assert row["contact_role_fi"] == hostile
    assert row["organisation_name_fi"] == "Testiyhdistys " + hostile
    assert rows[OPP2_ID]["title_fi"] == "Toinen " + hostile
    (organisation,) = read_csv(tmp_path / "organisations.csv")
    assert organisation["street"] == hostile
    (environment,) = read_csv(tmp_path / "environments.csv")
    assert environment["name_fi"] == environment["name_sv"] == hostile
    for name in ("opportunities", "organisations", "environments"):
        with (tmp_path / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
            records = list(csv.reader(handle, strict=True))
        assert len({len(r) for r in records}) == 1, "every row has the header's columns"
    document = json.loads((tmp_path / "kuhina-catalogue.json").read_text(encoding="utf-8"))
    opportunities = document["organisations"][0]["opportunities"]
    opportunity = next(o for o in opportunities if o["id"] == OPP_ID)
    assert opportunity["title"]["fi"] == opportunity["description"]["sv"] == hostile
    data = read_hsds(tmp_path)
    assert [e for n, items in data.items() for e in hsds_errors(n, items)] == []
    service = next(s for s in data["services"] if s["id"] == OPP_ID)
    assert service["name"] == service["description"] == hostile


def test_empty_catalogue_gives_valid_empty_files(tmp_path: Path) -> None:
    empty = PublishedCatalogue(
        organisations=[], generated_at="2026-06-01T12:00:00+00:00", vocab_version="2026.1"
    )
    write_open_data(empty, tmp_path)
    data = read_hsds(tmp_path)
    assert data["organizations"] == [] and data["services"] == []
    assert len(data["taxonomies"]) == 2 and data["taxonomy_terms"]
    document = json.loads((tmp_path / "kuhina-catalogue.json").read_text(encoding="utf-8"))
    assert not list(catalogue_validator().iter_errors(document))
    assert document["last_updated"] == "2026-06-01T15:00:00+03:00"  # Finnish summer time
    assert read_csv(tmp_path / "opportunities.csv") == []


def test_progress_counts_up_to_its_total(demo: PublishedCatalogue, tmp_path: Path) -> None:
    reports: list[tuple[int, int, str]] = []
    write_open_data(demo, tmp_path, Progress(lambda *r: reports.append(r)))
    done, total, stage = reports[-1]
    assert done == total == len(demo.organisations) + len(list(demo.opportunities()))
    assert stage == "opendata"


def test_cancel_leaves_the_folder_as_it_was(demo: PublishedCatalogue, tmp_path: Path) -> None:
    (tmp_path / "keep.txt").write_text("old", encoding="utf-8")
    progress = Progress(lambda done, _total, _stage: progress.cancel() if done else None)
    with pytest.raises(Cancelled):
        write_open_data(demo, tmp_path, progress)
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]
    at_once = Progress()
    at_once.cancel()
    with pytest.raises(Cancelled):
        write_open_data(demo, tmp_path / "new" / "folder", at_once)
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"], "no folder is left either"


def test_unwritable_folder_is_a_known_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(KnownError) as caught:
        write_open_data(small_catalogue(), blocker)
    assert caught.value.code == "file_write_failed"


def test_derived_ids_are_uuid5_of_the_documented_namespace() -> None:
    namespace = hsds_parts.NAMESPACE
    assert uuid.uuid5(uuid.NAMESPACE_URL, "urn:kuhina:open-data:hsds-3.0") == namespace
    assert hsds.derived_id("phone", ORG_ID) == str(uuid.uuid5(namespace, "phone:" + ORG_ID))
    assert hsds.record_id(ORG_ID.upper()) == ORG_ID
    assert hsds.record_id("not-a-uuid") == hsds.derived_id("record", "not-a-uuid")
