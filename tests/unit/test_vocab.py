"""The code lists in resources/vocab agree with docs/data-model.md and load cleanly."""

from __future__ import annotations

import csv
import json
import re
from datetime import date
from pathlib import Path

import pytest

from kuhina_desktop.domain.vocab import LIST_NAMES, VocabEntry, load_vocabulary
from kuhina_desktop.resources import resource_path

DATA = Path(__file__).resolve().parent.parent / "data"

# The codes fixed by docs/data-model.md (part of the data contract), in its order.
CONTRACT_CODES = {
    "kinds": [
        "work_trial",
        "rehabilitative_work",
        "wage_subsidised_work",
        "career_coaching",
        "job_coaching",
        "internship",
        "development_project",
        "language_practice",
        "volunteering",
        "group_activity",
        "training",
        "other",
    ],
    "target_groups": [
        "long_term_unemployed",
        "partial_work_ability",
        "immigrants",
        "youth",
        "all_job_seekers",
    ],
    "work_areas": [
        "recycling",
        "cafe_kitchen",
        "property_maintenance",
        "cleaning",
        "woodwork",
        "textiles",
        "office",
        "shop",
        "green_spaces",
        "logistics",
        "it_digital",
        "media",
        "care_assistance",
        "events",
        "other",
    ],
    "accessibility": [
        "step_free_access",
        "accessible_toilet",
        "hearing_loop",
        "quiet_space",
        "public_transport_nearby",
        "parking",
        "flexible_hours",
        "remote_possible",
    ],
}


def _raw(name: str) -> dict:
    return json.loads(resource_path("vocab", f"{name}.json").read_text(encoding="utf-8"))


def _reference_municipality_codes() -> list[str]:
    with (DATA / "municipalities-pohjois-karjala.csv").open(encoding="utf-8", newline="") as f:
        return [row["code"] for row in csv.DictReader(f)]


def test_every_list_loads() -> None:
    vocab = load_vocabulary()
    assert set(vocab.lists) == set(LIST_NAMES)
    for name in LIST_NAMES:
        assert vocab.entries(name), f"{name} is empty"


@pytest.mark.parametrize("name", LIST_NAMES)
def test_file_names_its_list(name: str) -> None:
    assert _raw(name)["list"] == name


def test_all_files_share_vocab_version() -> None:
    versions = {_raw(name)["vocab_version"] for name in LIST_NAMES}
    assert len(versions) == 1
    assert load_vocabulary().version in versions


@pytest.mark.parametrize("name", LIST_NAMES)
def test_codes_unique(name: str) -> None:
    codes = load_vocabulary().codes(name)
    assert len(codes) == len(set(codes))


@pytest.mark.parametrize("name", LIST_NAMES)
def test_every_entry_has_three_labels(name: str) -> None:
    for item in _raw(name)["entries"]:
        for lang in ("fi", "sv", "en"):
            value = item.get(lang)
            assert isinstance(value, str) and value.strip(), f"{name}/{item['code']}: {lang}"


@pytest.mark.parametrize("name", sorted(CONTRACT_CODES))
def test_codes_match_the_contract(name: str) -> None:
    assert load_vocabulary().codes(name) == CONTRACT_CODES[name]


def test_municipalities_match_reference() -> None:
    codes = load_vocabulary().codes("municipalities")
    reference = _reference_municipality_codes()
    assert len(reference) == 13
    assert sorted(codes) == sorted(reference)
    assert all(re.fullmatch(r"\d{3}", code) for code in codes)


def test_languages() -> None:
    codes = load_vocabulary().codes("languages")
    assert len(codes) >= 25
    assert all(re.fullmatch(r"[a-z]{2}", code) for code in codes)
    assert {"fi", "sv", "en", "ru", "uk", "ar", "se"} <= set(codes)


def test_reformed_kinds_carry_a_note() -> None:
    kinds = {e.code: e for e in load_vocabulary().entries("kinds")}
    for code in ("rehabilitative_work", "wage_subsidised_work"):
        note = kinds[code].mappings["reform_note"]
        assert all(note[lang] for lang in ("fi", "sv", "en"))


def test_all_current_codes_selectable_today() -> None:
    vocab = load_vocabulary()
    for name in CONTRACT_CODES:
        assert len(vocab.selectable(name)) == len(CONTRACT_CODES[name])


def test_is_selectable_respects_validity() -> None:
    entry = VocabEntry(
        code="x",
        labels={"fi": "x"},
        valid_from=date(2026, 1, 1),
        valid_to=date(2026, 12, 31),
    )
    assert not entry.is_selectable(date(2025, 12, 31))
    assert entry.is_selectable(date(2026, 1, 1))
    assert entry.is_selectable(date(2026, 6, 15))
    assert entry.is_selectable(date(2026, 12, 31))
    assert not entry.is_selectable(date(2027, 1, 1))
    assert VocabEntry(code="y", labels={"fi": "y"}).is_selectable(date(1900, 1, 1))
