"""The open data as others take it: HSDS in every language with the same ids, the HSDS
tabular form checked by the Frictionless validator and read by it alone, the DCAT-AP
description checked with SHACL, one time convention, no person, and the spreadsheet copies."""

from __future__ import annotations

import csv
import dataclasses
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from frictionless import Package, validate
from pyshacl import validate as shacl_validate
from rdflib import Graph, URIRef
from rdflib.namespace import DCAT, DCTERMS, RDF
from test_opendata import (
    CONTACT_ID,
    OPP_ID,
    hsds_errors,
    hsds_objects,
    read_hsds,
    small_catalogue,
)

from kuhina_desktop.catalogue.published import PublishedCatalogue
from kuhina_desktop.domain import model
from kuhina_desktop.exports.hsds_tabular import TABLES, tabular_schema
from kuhina_desktop.exports.opendata import write_open_data

DATA = Path(__file__).resolve().parents[1] / "data"
LANGUAGES = ("fi", "sv", "en")
BASE = "https://www.example.fi/kuhina/"
CODE_URI = "http://uri.suomi.fi/codelist/jhs/kunta_1_20240101/code/"


@pytest.fixture(scope="module")
def demo_out(demo: PublishedCatalogue, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("opendata-standards")
    write_open_data(demo, out, base_url=BASE)
    return out


@pytest.fixture(scope="module")
def demo() -> PublishedCatalogue:
    from published_fixtures import published_from_demo

    return published_from_demo(orgs=3, opps=10, seed=1)


def three_languages() -> PublishedCatalogue:
    """The small catalogue with a title in every language, a description in Finnish only."""
    catalogue = small_catalogue()
    (org,) = catalogue.organisations
    opportunities = [
        dataclasses.replace(
            opp,
            title=model.Text("Työkokeilu kirpputorilla", "Arbetsprövning på loppis", "Work trial"),
            description=model.Text("Vain suomeksi."),
        )
        for opp in org.opportunities
    ]
    record = dataclasses.replace(
        org.organisation, name=model.Text("Yhdistys ry", "Föreningen rf", None)
    )
    organisation = dataclasses.replace(org, organisation=record, opportunities=opportunities)
    return dataclasses.replace(catalogue, organisations=[organisation])


# --- HSDS in every language ------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_validates_against_the_official_schemas(
    demo_out: Path, language: str
) -> None:
    data = read_hsds(demo_out, language)
    assert [e for name, items in data.items() for e in hsds_errors(name, items)] == []
    assert all(data.values()), "every file has objects to validate"


def test_ids_are_equal_across_languages(demo_out: Path) -> None:
    def ids(language: str | None) -> dict[str, list[str]]:
        data = read_hsds(demo_out, language)
        return {name: [obj["id"] for obj in hsds_objects(items)] for name, items in data.items()}

    finnish = ids("fi")
    assert sum(len(v) for v in finnish.values()) > 100
    assert ids("sv") == finnish
    assert ids("en") == finnish
    for name in finnish:  # the format-1 address holds the Finnish JSON as it is
        legacy = (demo_out / "hsds" / f"{name}.json").read_bytes()
        assert legacy == (demo_out / "hsds" / "fi" / f"{name}.json").read_bytes()


def test_each_language_has_its_text_and_names_the_finnish_fallback(tmp_path: Path) -> None:
    write_open_data(three_languages(), tmp_path)
    services = {
        lang: {s["id"]: s for s in read_hsds(tmp_path, lang)["services"]} for lang in LANGUAGES
    }
    fi, sv, en = (services[lang][OPP_ID] for lang in LANGUAGES)
    assert (fi["name"], sv["name"], en["name"]) == (
        "Työkokeilu kirpputorilla",
        "Arbetsprövning på loppis",
        "Work trial",
    )
    assert fi["alternate_name"] == "Arbetsprövning på loppis / Work trial"
    assert en["alternate_name"] == "Työkokeilu kirpputorilla / Arbetsprövning på loppis"
    assert sv["description"] == en["description"] == "Vain suomeksi."
    assert sv["x_kuhina_text_languages"]["description"] == "fi"
    assert "name" not in sv["x_kuhina_text_languages"]
    assert "x_kuhina_text_languages" not in fi or "description" not in fi["x_kuhina_text_languages"]
    assert (fi["fees_description"], sv["fees_description"]) != (None, None)
    assert sv["service_areas"][0]["description"] == "kommunnummer 167"
    assert en["service_areas"][0]["description"] == "municipality code 167"
    organizations = {lang: read_hsds(tmp_path, lang)["organizations"][0] for lang in LANGUAGES}
    assert organizations["sv"]["name"] == "Föreningen rf"
    assert organizations["en"]["name"] == "Yhdistys ry"
    assert organizations["en"]["x_kuhina_text_languages"]["name"] == "fi"
    terms = read_hsds(tmp_path, "sv")["taxonomy_terms"]
    work_trial = next(t for t in terms if t["code"] == "kuhina-kind-work_trial")
    assert (work_trial["name"], work_trial["language"]) == ("arbetsprövning", "sv")


def test_service_url_is_its_offer_page_with_a_base_address(demo_out: Path) -> None:
    for lang in LANGUAGES:
        prefix = "" if lang == "fi" else f"{lang}/"
        for service in read_hsds(demo_out, lang)["services"]:
            assert service["url"] == f"{BASE}{prefix}tarjous/{service['id']}.html"


# --- the tabular form -------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_tabular_form_passes_frictionless_validate(demo_out: Path, language: str) -> None:
    report = validate(demo_out / "hsds" / language / "csv" / "datapackage.json")
    problems = [(t.name, e.type, e.note) for t in report.tasks for e in t.errors]
    assert problems == []
    assert report.valid and len(report.tasks) == len(TABLES)


def test_the_frictionless_command_line_says_valid(demo_out: Path) -> None:
    """`frictionless validate hsds/<language>/csv/datapackage.json`, as a data user runs it."""
    for language in LANGUAGES:
        run = subprocess.run(
            [sys.executable, "-m", "frictionless", "validate", "--json",
             str(demo_out / "hsds" / language / "csv" / "datapackage.json")],
            capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip
        assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
        assert json.loads(run.stdout)["valid"] is True


def test_tabular_columns_follow_the_official_tabular_schema(demo_out: Path) -> None:
    package = json.loads((demo_out / "hsds" / "fi" / "csv" / "datapackage.json").read_text())
    official = tabular_schema()
    for resource in package["resources"]:
        fields = [f["name"] for f in resource["schema"]["fields"]]
        scalar = [
            name
            for name, spec in official[resource["name"]]["properties"].items()
            if spec["type"] not in ("array", "object")
        ]
        assert fields[: len(scalar)] == scalar, resource["name"]
        assert all(name.startswith("x_kuhina_") for name in fields[len(scalar) :])
        assert resource["path"] == official[resource["name"]]["path"]
        with (demo_out / "hsds" / "fi" / "csv" / resource["path"]).open(newline="") as handle:
            assert next(csv.reader(handle)) == fields


def test_frictionless_finds_a_broken_tabular_form(demo_out: Path, tmp_path: Path) -> None:
    """The check bites: a service pointing at no organisation and an id that is no UUID."""
    folder = tmp_path / "csv"
    folder.mkdir()
    for path in (demo_out / "hsds" / "fi" / "csv").iterdir():
        (folder / path.name).write_bytes(path.read_bytes())
    with (folder / "services.csv").open(encoding="utf-8", newline="") as handle:
        header, first, *rest = list(csv.reader(handle))
    no_owner = [*first[:1], "00000000-0000-4000-8000-000000000000", *first[2:]]
    no_uuid = ["not-a-uuid", *first[1:]]
    with (folder / "services.csv").open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows([header, no_owner, no_uuid, *rest])
    report = validate(folder / "datapackage.json")
    types = {e.type for t in report.tasks for e in t.errors}
    assert not report.valid
    assert {"foreign-key", "type-error"} <= types


def test_frictionless_alone_reads_every_opportunity_with_its_municipality_codes(
    demo: PublishedCatalogue, demo_out: Path
) -> None:
    """A reader with the Frictionless library and the folder, no Kuhina code."""
    package = Package(str(demo_out / "hsds" / "fi" / "csv" / "datapackage.json"))
    services = package.get_resource("service").read_rows()
    areas = package.get_resource("service_area").read_rows()
    codes: dict[str, list[str]] = {}
    for area in areas:
        assert area["uri"] == CODE_URI + area["x_kuhina_municipality_code"]
        codes.setdefault(str(area["service_id"]), []).append(area["x_kuhina_municipality_code"])
    read = {str(row["id"]): (row["name"], codes.get(str(row["id"]), [])) for row in services}
    expected = {
        opp.id: (opp.title.fi, list(dict.fromkeys(opp.municipalities)))
        for _, opp in demo.opportunities()
    }
    assert read == expected
    assert all(municipalities for _, municipalities in read.values())


# --- DCAT-AP ----------------------------------------------------------------------------

# rdflib 7's own JSON-LD parser makes a ConjunctiveGraph, which rdflib itself deprecates
# (rdflib/plugins/parsers/jsonld.py); nothing here uses one.
RDFLIB_JSONLD = pytest.mark.filterwarnings(
    "ignore:ConjunctiveGraph is deprecated:DeprecationWarning"
)


def dcat_graph(folder: Path) -> Graph:
    path = folder / "dcat.jsonld"
    return Graph().parse(data=path.read_text(encoding="utf-8"), format="json-ld", publicID=BASE)


def shapes() -> Graph:
    return Graph().parse(DATA / "dcat-ap-mandatory.ttl", format="turtle")


@RDFLIB_JSONLD
def test_dcat_description_passes_its_shacl_check(demo_out: Path) -> None:
    graph = dcat_graph(demo_out)
    conforms, _, text = shacl_validate(graph, shacl_graph=shapes())
    assert conforms, text
    (dataset,) = graph.subjects(RDF.type, DCAT.Dataset)
    distributions = list(graph.objects(dataset, DCAT.distribution))
    assert len(distributions) == 3 * 2 + 1 + 6
    for distribution in distributions:
        url = str(graph.value(distribution, DCAT.downloadURL))
        assert url.startswith(BASE)
        assert (demo_out / url.removeprefix(BASE)).is_file(), url
    spatial = {str(s) for s in graph.objects(dataset, DCTERMS.spatial)}
    assert CODE_URI + "167" in spatial
    assert graph.value(dataset, DCAT.landingPage) == URIRef(BASE)


@RDFLIB_JSONLD
def test_the_shacl_check_can_fail(demo_out: Path) -> None:
    graph = dcat_graph(demo_out)
    (dataset,) = graph.subjects(RDF.type, DCAT.Dataset)
    graph.remove((dataset, DCTERMS.title, None))
    some = next(graph.subjects(RDF.type, DCAT.Distribution))
    graph.remove((some, DCAT.accessURL, None))
    conforms, report, _ = shacl_validate(graph, shacl_graph=shapes())
    assert not conforms
    paths = {str(p) for p in report.objects(None, URIRef("http://www.w3.org/ns/shacl#resultPath"))}
    assert paths == {str(DCTERMS.title), str(DCAT.accessURL)}


# --- one time convention, no person, spreadsheet copies ---------------------------------

_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2})?")


def test_every_time_is_finnish_local_time_with_its_offset(tmp_path: Path) -> None:
    catalogue = dataclasses.replace(small_catalogue(), generated_at="2026-12-01T10:00:00Z")
    (org,) = catalogue.organisations
    org = dataclasses.replace(
        org,
        last_updated="2026-05-02T06:30:00+00:00",
        environments=[
            dataclasses.replace(e, updated_at="2026-01-05T08:00:00Z") for e in org.environments
        ],
        opportunities=[
            dataclasses.replace(o, updated_at="2026-05-02T06:30:00+00:00")
            for o in org.opportunities
        ],
    )
    catalogue = dataclasses.replace(catalogue, organisations=[org])
    write_open_data(catalogue, tmp_path)
    found = []
    for path in tmp_path.rglob("*"):
        if path.is_file():
            found += [m.group(0) for m in _TIMESTAMP.finditer(path.read_text(encoding="utf-8"))]
    assert found
    assert all(value.endswith(("+02:00", "+03:00")) for value in found), set(found)
    document = json.loads((tmp_path / "kuhina-catalogue.json").read_text(encoding="utf-8"))
    assert document["generated_at"] == "2026-12-01T12:00:00+02:00"
    assert document["last_updated"] == "2026-05-02T09:30:00+03:00"
    opportunity = document["organisations"][0]["opportunities"][0]
    assert opportunity["updated_at"] == "2026-05-02T09:30:00+03:00"
    (row,) = csv.DictReader((tmp_path / "environments.csv").read_text("utf-8").splitlines())
    assert row["updated_at"] == "2026-01-05T10:00:00+02:00"


def test_no_file_names_a_person(tmp_path: Path) -> None:
    """The contact person's name, e-mail and phone are in no open data file (issue 20)."""
    catalogue = small_catalogue()
    (org,) = catalogue.organisations
    person = model.Contact(
        CONTACT_ID, "Maija Meikäläinen", model.Text("työvalmentaja", "jobbcoach", "job coach"),
        "maija.meikalainen@example.fi", "+358409876543",
    )  # fmt: skip
    record = dataclasses.replace(org.organisation, contacts=[person])
    catalogue = dataclasses.replace(
        catalogue, organisations=[dataclasses.replace(org, organisation=record)]
    )
    write_open_data(catalogue, tmp_path)
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert len(files) > 50
    for path in files:
        text = path.read_text(encoding="utf-8")
        for value in ("Maija", "Meikäläinen", "maija.meikalainen", "409876543", "40 987"):
            assert value not in text, (path.relative_to(tmp_path), value)
    text = (tmp_path / "opportunities.csv").read_text(encoding="utf-8")
    (row,) = [r for r in csv.DictReader(text.splitlines()) if r["opportunity_id"] == OPP_ID]
    assert row["contact_role_fi"] == "työvalmentaja"
    assert (row["contact_email"], row["contact_phone"]) == (
        "info@yhdistys.example.fi",
        "+35813123456",
    )
    roles = [c.get("title") for c in read_hsds(tmp_path, "en")["organizations"][0]["contacts"]]
    assert roles == ["job coach"]


def test_spreadsheet_copies_make_formulas_literal_and_leave_the_raw_files(tmp_path: Path) -> None:
    hostile = '=HYPERLINK("http://evil.example","x")'
    write_open_data(small_catalogue([hostile]), tmp_path)
    raw = (tmp_path / "opportunities.csv").read_bytes()
    safe = (tmp_path / "spreadsheet" / "opportunities.csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and safe.startswith(b"\xef\xbb\xbf")

    def rows(data: bytes) -> list[dict[str, Any]]:
        return list(csv.DictReader(data.decode("utf-8-sig").splitlines(keepends=True)))

    raw_rows, safe_rows = rows(raw), rows(safe)
    assert len(raw_rows) == len(safe_rows) == 2
    for plain, copy in zip(raw_rows, safe_rows, strict=True):
        assert plain["title_fi"] == "Toinen " + hostile or plain["title_fi"] == hostile
        for column, value in plain.items():
            if value.startswith(("=", "+", "-", "@", "\t", "\r", "\n")):
                assert copy[column] == "'" + value, column
            else:
                assert copy[column] == value, column
    assert any(r["title_fi"] == hostile for r in raw_rows), "the raw file keeps the value"
    assert any(r["title_fi"] == "'" + hostile for r in safe_rows)
    assert any(r["contact_phone"] == "'+35813123456" for r in safe_rows)
