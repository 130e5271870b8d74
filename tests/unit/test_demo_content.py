"""The demo content of `kuhina demo`: deterministic, varied, complete and valid."""

from __future__ import annotations

import hashlib
import io
import json
import re
from collections import Counter
from datetime import date, timedelta
from functools import cache

import pytest
from jsonschema import Draft7Validator
from PIL import Image

from kuhina_desktop.catalogue.impostors import Organisation, compare_all
from kuhina_desktop.demo.content import DemoOrganisation, generate_demo
from kuhina_desktop.domain import model
from kuhina_desktop.domain.serialize import snapshot_to_json, to_json
from kuhina_desktop.domain.vocab import load_vocabulary
from kuhina_desktop.resources import resource_path

# The codes of docs/data-model.md, written out here so that a change on either side shows.
KINDS = {
    "work_trial", "rehabilitative_work", "wage_subsidised_work", "career_coaching",
    "job_coaching", "internship", "development_project", "language_practice", "volunteering",
    "group_activity", "training", "other",
}  # fmt: skip
TARGET_GROUPS = {"long_term_unemployed", "partial_work_ability", "immigrants", "youth",
                 "all_job_seekers"}  # fmt: skip
MUNICIPALITIES = {"090", "146", "167", "176", "260", "276", "309", "422", "426", "541", "607",
                  "707", "848"}  # fmt: skip
BASE_DATE = date(2026, 11, 1)


@cache
def demo(organisations: int, opportunities: int, seed: int) -> tuple[DemoOrganisation, ...]:
    return tuple(generate_demo(organisations, opportunities, seed))


def snapshots(result: tuple[DemoOrganisation, ...]) -> list[model.Snapshot]:
    return [item.snapshot for item in result]


def opportunities(result: tuple[DemoOrganisation, ...]) -> list[model.Opportunity]:
    return [opp for snap in snapshots(result) for opp in snap.opportunities]


def texts(snapshot: model.Snapshot) -> list[model.Text]:
    org = snapshot.organisation
    found = [org.name, org.description, *(c.role for c in org.contacts)]
    for env in snapshot.environments:
        found += [env.name, env.description, env.coaching]
    for opp in snapshot.opportunities:
        found += [opp.title, opp.description, opp.learning, opp.requirements, opp.duration]
        found += [opp.how_to_apply, opp.cost]
    return [text for text in found if text is not None]


def check_digit_ok(business_id: str) -> bool:
    digits, check = business_id.split("-")
    remainder = sum(int(d) * w for d, w in zip(digits, (7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
    return remainder != 1 and int(check) == (0 if remainder == 0 else 11 - remainder)


def test_the_same_seed_gives_the_same_records_and_images() -> None:
    first = generate_demo(4, 6, seed=7)
    second = generate_demo(4, 6, seed=7)
    assert [to_json(d.snapshot) for d in first] == [to_json(d.snapshot) for d in second]
    assert [d.attachments for d in first] == [d.attachments for d in second]


def test_another_seed_gives_other_records() -> None:
    first = [to_json(d.snapshot) for d in generate_demo(4, 6, seed=7)]
    other = [to_json(d.snapshot) for d in generate_demo(4, 6, seed=8)]
    assert first != other
    assert {d["organisation"]["id"] for d in first}.isdisjoint(
        d["organisation"]["id"] for d in other
    )


def test_the_counts_are_as_asked() -> None:
    result = demo(3, 7, 1)
    assert len(result) == 3
    assert all(len(snap.opportunities) == 7 for snap in snapshots(result))
    assert generate_demo(0, 5, seed=1) == []
    assert all(not d.snapshot.opportunities for d in generate_demo(2, 0, seed=1))
    with pytest.raises(ValueError):
        generate_demo(-1, 5, seed=1)


@pytest.mark.parametrize(("organisations", "per_org"), [(1, 12), (5, 10)])
@pytest.mark.parametrize("seed", [0, 1, 2, 3, 2026])
def test_every_kind_and_target_group_appears(organisations: int, per_org: int, seed: int) -> None:
    opps = opportunities(demo(organisations, per_org, seed))
    assert {opp.kind for opp in opps} == KINDS
    assert {group for opp in opps for group in opp.target_groups} == TARGET_GROUPS


def test_codes_are_those_of_the_code_lists() -> None:
    vocab = load_vocabulary()
    assert set(vocab.codes("kinds")) == KINDS
    assert set(vocab.codes("target_groups")) == TARGET_GROUPS
    assert set(vocab.codes("municipalities")) == MUNICIPALITIES


@pytest.mark.parametrize("seed", [0, 1, 99])
def test_all_municipalities_appear_over_twenty_organisations(seed: int) -> None:
    orgs = [snap.organisation for snap in snapshots(demo(20, 3, seed))]
    assert {org.address.municipality for org in orgs if org.address} == MUNICIPALITIES


def test_business_ids_have_a_correct_check_digit_and_are_unique() -> None:
    ids = [snap.organisation.business_id for snap in snapshots(demo(60, 1, 5))]
    given = [value for value in ids if value is not None]
    assert len(given) > len(ids) / 2
    assert all(re.fullmatch(r"[0-9]{7}-[0-9]", value) for value in given)
    assert all(check_digit_ok(value) for value in given)
    assert len(set(given)) == len(given)


def test_organisation_names_are_unique_and_short() -> None:
    result = demo(300, 1, 3)
    names = [snap.organisation.name.fi for snap in snapshots(result)]
    assert len(set(names)) == len(names)
    for snap in snapshots(result):
        for text in (snap.organisation.name, *(env.name for env in snap.environments)):
            assert all(len(value or "") <= 100 for value in (text.fi, text.sv, text.en))


def test_names_stay_unique_beyond_the_word_lists() -> None:
    names = [d.snapshot.organisation.name.fi for d in generate_demo(1200, 0, seed=4)]
    assert len(set(names)) == len(names)


def test_no_two_names_look_alike_to_the_impostor_checks_at_national_scale() -> None:
    # The import benchmark sends 3,000 demo organisations: a name one letter from another
    # ("... Yhdistys 2 ry" beside "... Yhdistys ry") would be held as a possible impostor.
    organisations = [
        Organisation.of(
            str(index),
            {"fi": name.fi, "sv": name.sv, "en": name.en},
        )
        for index, demo_org in enumerate(generate_demo(3000, 0, seed=2026))
        for name in [demo_org.snapshot.organisation.name]
    ]
    findings = {k: v for k, v in compare_all(organisations).items() if v}
    assert findings == {}


def test_contents_are_varied_and_consistent() -> None:
    result = demo(20, 20, 11)
    opps = opportunities(result)
    statuses = Counter(opp.status for opp in opps)
    assert set(statuses) == {"published", "draft", "paused", "closed"}
    assert statuses["published"] > len(opps) / 2
    six_months_ago = (BASE_DATE - timedelta(days=183)).isoformat()
    assert any(opp.reviewed_on and opp.reviewed_on < six_months_ago for opp in opps)
    assert any(opp.reviewed_on and opp.reviewed_on > six_months_ago for opp in opps)
    assert any(opp.starts_on for opp in opps)
    assert sum(opp.starts_on is None for opp in opps) > len(opps) / 2
    assert any(len(opp.municipalities) == 13 for opp in opps)
    assert any(1 < len(opp.municipalities) < 13 for opp in opps)
    assert sum(opp.cost is None for opp in opps) > 0.8 * len(opps)
    assert any(opp.environment_id is None for opp in opps)
    for snap in snapshots(result):
        contacts = {c.id for c in snap.organisation.contacts}
        envs = {env.id for env in snap.environments}
        assert 1 <= len(contacts) <= 3
        assert 1 <= len(envs) <= 4
        assert all(opp.contact_id in contacts for opp in snap.opportunities)
        assert all(opp.environment_id in envs | {None} for opp in snap.opportunities)
        for env in snap.environments:
            assert all(h.opens < h.closes for h in env.opening_hours)


def test_some_records_have_swedish_or_english_texts() -> None:
    records = [text for snap in snapshots(demo(30, 20, 12)) for text in texts(snap)]
    assert all(text.fi for text in records)
    translated = sum(bool(text.sv or text.en) for text in records)
    assert 0.1 < translated / len(records) < 0.45
    assert any(text.sv and not text.en for text in records)
    assert any(text.en and not text.sv for text in records)
    assert any("ä" in text.fi or "ö" in text.fi for text in records)


def test_attachments_are_named_by_their_hash_and_complete() -> None:
    result = demo(30, 2, 13)
    for item in result:
        for ref, data in item.attachments.items():
            digest = hashlib.sha256(data).hexdigest()
            assert ref in (f"attachments/{digest}.png", f"attachments/{digest}.jpg")
        assert set(item.snapshot.attachment_refs()) == set(item.attachments)
    envs = [env for snap in snapshots(result) for env in snap.environments]
    with_photos = sum(bool(env.photos) for env in envs)
    assert 0 < with_photos < len(envs)
    assert all(len(env.photos) <= 2 for env in envs)
    logos = sum(snap.organisation.logo is not None for snap in snapshots(result))
    assert 0 < logos < len(result)


def test_images_decode_and_carry_no_metadata() -> None:
    images = {ref: data for item in demo(30, 2, 13) for ref, data in item.attachments.items()}
    assert any(ref.endswith(".png") for ref in images)
    assert any(ref.endswith(".jpg") for ref in images)
    for ref, data in images.items():
        with Image.open(io.BytesIO(data)) as image:
            assert image.format == ("PNG" if ref.endswith(".png") else "JPEG")
            image.load()
            assert not image.getexif()
            assert not {"exif", "xmp", "XML:com.adobe.xmp", "icc_profile", "comment"} & set(
                image.info
            )
            if image.format == "PNG":
                assert not getattr(image, "text", {})
            assert image.width <= 320 and image.height <= 240


def test_a_demo_run_passes_validation() -> None:
    validation = pytest.importorskip("kuhina_desktop.domain.validation")
    vocab = load_vocabulary()
    for snap in snapshots(demo(10, 20, 21)):
        assert validation.validate_snapshot(snap, vocab, today=BASE_DATE) == []


def test_a_demo_run_matches_the_data_file_schema() -> None:
    schema = json.loads(resource_path("schema", "package-data.schema.json").read_text("utf-8"))
    validator = Draft7Validator(schema)
    for snap in snapshots(demo(10, 20, 21)):
        data = json.loads(json.dumps(snapshot_to_json(snap)))
        assert [error.message for error in validator.iter_errors(data)] == []
