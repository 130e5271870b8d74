"""Every validation rule, as tables of valid and invalid inputs with the exact code and field."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from kuhina_desktop.domain import checks
from kuhina_desktop.domain.checks import business_id_check_digit, normalise_phone
from kuhina_desktop.domain.model import (
    Address,
    Contact,
    Environment,
    HoursRange,
    OpeningHours,
    Opportunity,
    Organisation,
    Snapshot,
    Text,
)
from kuhina_desktop.domain.validation import (
    CODES,
    Problem,
    normalise_environment,
    normalise_opportunity,
    normalise_organisation,
    normalise_text,
    validate_environment,
    validate_opportunity,
    validate_organisation,
    validate_snapshot,
)
from kuhina_desktop.domain.vocab import VocabEntry, Vocabulary

TODAY = date(2026, 6, 1)
ORG_ID = "6f1c2b9e-0d4a-4c51-9e0b-3a7d2f8c1b01"
CONTACT_ID = "6f1c2b9e-0d4a-4c51-9e0b-3a7d2f8c1b02"
ENV_ID = "6f1c2b9e-0d4a-4c51-9e0b-3a7d2f8c1b03"
OPP_ID = "6f1c2b9e-0d4a-4c51-9e0b-3a7d2f8c1b04"
OTHER_ID = "6f1c2b9e-0d4a-4c51-9e0b-3a7d2f8c1b99"
PHOTO = "attachments/" + "ab" * 32 + ".jpg"


def _entry(code: str, valid_from: str | None = None, valid_to: str | None = None) -> VocabEntry:
    return VocabEntry(
        code=code,
        labels={"fi": code},
        valid_from=date.fromisoformat(valid_from) if valid_from else None,
        valid_to=date.fromisoformat(valid_to) if valid_to else None,
    )


VOCAB = Vocabulary(
    version="test",
    lists={
        "municipalities": tuple(_entry(c) for c in ("167", "260", "422")),
        "kinds": (
            _entry("work_trial"),
            _entry("rehabilitative_work", valid_to="2025-12-31"),
            _entry("future_kind", valid_from="2030-01-01"),
        ),
        "target_groups": (_entry("youth"), _entry("immigrants")),
        "work_areas": (
            _entry("shop"),
            _entry("cafe_kitchen"),
            _entry("old_area", None, "2020-01-01"),
        ),
        "accessibility": (_entry("step_free_access"), _entry("parking")),
        "languages": (_entry("fi"), _entry("sv"), _entry("en")),
    },
)


def make_org() -> Organisation:
    return Organisation(
        id=ORG_ID,
        name=Text(fi="Joensuun Työpaja ry", sv="Joensuu Verkstad rf", en=None),
        business_id="0112038-9",
        description=Text(fi="Yhdistys.\nToinen rivi.", sv=None, en="An association."),
        website="https://www.tyopaja.fi/",
        email="info@tyopaja.fi",
        phone="+358401234567",
        address=Address("Koskikatu 1", "80100", "Joensuu", "167"),
        logo="attachments/" + "0f" * 32 + ".png",
        contacts=[Contact(CONTACT_ID, "Maija Mallikas", Text(fi="Ohjaaja"), None, "013 123 4567")],
    )


def make_env() -> Environment:
    return Environment(
        id=ENV_ID,
        name=Text(fi="Kierrätyskeskus"),
        description=Text(fi="Myymälä ja lajittelu."),
        work_areas=["shop", "cafe_kitchen"],
        address=Address("Kauppakatu 10", "80100", None, "167"),
        latitude=62.6,
        longitude=29.76,
        accessibility=["step_free_access"],
        languages=["fi", "en"],
        coaching=Text(fi="Työvalmentaja paikalla joka päivä."),
        capacity=6,
        opening_hours=[OpeningHours(1, "08:00", "12:00"), OpeningHours(1, "12:00", "16:00")],
        photos=[PHOTO],
        photo_descriptions=[Text(fi="Lajittelupöytä ja hyllyt.")],
        updated_at="2026-05-30T10:00:00+03:00",
    )


def make_opp() -> Opportunity:
    return Opportunity(
        id=OPP_ID,
        environment_id=ENV_ID,
        kind="work_trial",
        title=Text(fi="Työkokeilu kierrätyskeskuksessa"),
        description=Text(fi="Lajittelua ja myyntiä."),
        learning=Text(fi="Asiakaspalvelua."),
        requirements=None,
        target_groups=["youth"],
        municipalities=["167", "260"],
        languages=["fi"],
        places=2,
        places_updated_on="2026-05-15",
        starts_on="2026-06-01",
        ends_on="2026-12-31",
        hours_per_week=HoursRange(20, 30),
        duration=Text(fi="3 kuukautta"),
        referral_required=True,
        how_to_apply=Text(fi="Soita ohjaajalle."),
        contact_id=CONTACT_ID,
        cost=None,
        status="published",
        updated_at="2026-05-30T07:00:00Z",
        reviewed_on="2026-05-30",
    )


def _found(problems: list[Problem]) -> list[tuple[str, str]]:
    for problem in problems:
        assert problem.code in CODES, problem
        assert set(problem.params) == set(CODES[problem.code]), problem
    return [(p.field, p.code) for p in problems]


def _run_org(change: Callable[[Organisation], None], new_record: bool = False) -> list[Problem]:
    org = make_org()
    change(org)
    return validate_organisation(org, VOCAB, new_record=new_record, today=TODAY)


def _run_env(change: Callable[[Environment], None], new_record: bool = False) -> list[Problem]:
    env = make_env()
    change(env)
    return validate_environment(env, VOCAB, new_record=new_record, today=TODAY)


def _run_opp(change: Callable[[Opportunity], None], new_record: bool = False) -> list[Problem]:
    opp = make_opp()
    change(opp)
    return validate_opportunity(
        opp,
        VOCAB,
        environment_ids=[ENV_ID],
        contact_ids=[CONTACT_ID],
        new_record=new_record,
        today=TODAY,
    )


def setter(path: str, value: Any) -> Callable[[Any], None]:
    """A change that sets a dotted attribute path (`address.postal_code`, `contacts.0.email`)."""

    def change(record: Any) -> None:
        *parents, last = path.split(".")
        target = record
        for part in parents:
            target = target[int(part)] if part.isdigit() else getattr(target, part)
        if last.isdigit():
            target[int(last)] = copy.deepcopy(value)
        else:
            setattr(target, last, copy.deepcopy(value))

    return change


def test_the_valid_records_have_no_problems() -> None:
    assert _run_org(lambda org: None) == []
    assert _run_env(lambda env: None) == []
    assert _run_opp(lambda opp: None) == []


LONG_101 = "x" * 101
LONG_251 = "x" * 251
LONG_2501 = "x" * 2501

ORG_VALID: list[tuple[str, Any]] = [
    ("name", Text(fi="  Yhdistys  ")),
    ("name", Text(fi="x" * 100, sv="x" * 100, en="x" * 100)),
    ("description", None),
    ("description", Text(fi="", sv=None, en=None)),
    ("description", Text(fi="x" * 2500, sv="a\tb\r\nc")),
    ("business_id", None),
    ("business_id", "1000002-0"),
    ("business_id", "1234567-1"),
    ("website", None),
    ("website", "http://example.fi"),
    ("website", "https://ääkköset.fi/sivu?x=1#a"),
    ("email", "etunimi.sukunimi+uutiset@yhdistys.fi"),
    ("email", "info@ääkköset.fi"),
    ("email", ""),
    ("phone", "040 123 4567"),
    ("phone", "+46 8 123 456 78"),
    ("phone", None),
    ("address", None),
    ("address", Address(None, None, None, None)),
    ("logo", None),
    ("contacts", []),
    ("contacts.0.email", "maija@tyopaja.fi"),
    ("contacts.0.role", None),
]


@pytest.mark.parametrize(("path", "value"), ORG_VALID)
def test_valid_organisation_values(path: str, value: Any) -> None:
    assert _found(_run_org(setter(path, value))) == []


ORG_INVALID = [
    ("name", Text(fi=""), "name.fi", "text_fi_required"),
    ("name", Text(fi="   ", sv="Förening"), "name.fi", "text_fi_required"),
    ("name", Text(fi=LONG_101), "name.fi", "too_long"),
    ("name", Text(fi="Yhdistys", sv=LONG_101), "name.sv", "too_long"),
    ("name", Text(fi="Yhdistys", en=LONG_101), "name.en", "too_long"),
    ("name", Text(fi="Yhdistys\nry"), "name.fi", "invalid_characters"),
    ("description", Text(fi="", en="Only English"), "description.fi", "text_fi_required"),
    ("description", Text(fi="x", en=LONG_2501), "description.en", "too_long"),
    ("description", Text(fi="nul\x00"), "description.fi", "invalid_characters"),
    ("business_id", "1234567-8", "business_id", "business_id_checksum"),
    ("business_id", "1000008-0", "business_id", "business_id_checksum"),
    ("business_id", "1000008-1", "business_id", "business_id_checksum"),
    ("business_id", "12345678", "business_id", "business_id_format"),
    ("business_id", "123456-7", "business_id", "business_id_format"),
    ("business_id", "FI01120389", "business_id", "business_id_format"),
    ("website", "www.tyopaja.fi", "website", "url_invalid"),
    ("website", "ftp://tyopaja.fi", "website", "url_invalid"),
    ("website", "https://", "website", "url_invalid"),
    ("website", "https://localhost", "website", "url_invalid"),
    ("website", "https://tyo paja.fi", "website", "url_invalid"),
    ("website", "https://tyopaja.fi:99999/", "website", "url_invalid"),
    ("website", "https://x.fi/" + "a" * 500, "website", "too_long"),
    ("email", "matti", "email", "email_invalid"),
    ("email", "matti@", "email", "email_invalid"),
    ("email", "@yhdistys.fi", "email", "email_invalid"),
    ("email", "matti@yhdistys", "email", "email_invalid"),
    ("email", "matti..m@yhdistys.fi", "email", "email_invalid"),
    ("email", "matti@yhdistys.f", "email", "email_invalid"),
    ("email", "ma tti@yhdistys.fi", "email", "email_invalid"),
    ("email", "matti@-yhdistys.fi", "email", "email_invalid"),
    ("phone", "123", "phone", "phone_invalid"),
    ("phone", "+358 40", "phone", "phone_invalid"),
    ("phone", "soita meille", "phone", "phone_invalid"),
    ("address.postal_code", "8010", "address.postal_code", "postal_code_invalid"),
    ("address.postal_code", "80 100", "address.postal_code", "postal_code_invalid"),
    ("address.postal_code", "ABCDE", "address.postal_code", "postal_code_invalid"),
    ("address.municipality", "091", "address.municipality", "municipality_not_in_region"),
    ("address.street", LONG_101, "address.street", "too_long"),
    ("address.post_office", "x" * 51, "address.post_office", "too_long"),
    ("logo", "logo.png", "logo", "attachment_invalid"),
    ("logo", "attachments/abc.png", "logo", "attachment_invalid"),
    ("logo", "attachments/" + "AB" * 32 + ".png", "logo", "attachment_invalid"),
    ("logo", "attachments/" + "ab" * 32 + ".gif", "logo", "attachment_invalid"),
    ("logo", "../attachments/" + "ab" * 32 + ".png", "logo", "attachment_invalid"),
    ("id", "not-a-uuid", "id", "id_invalid"),
    ("id", ORG_ID.upper(), "id", "id_invalid"),
    ("contacts.0.id", "1", "contacts[0].id", "id_invalid"),
    ("contacts.0.name", "", "contacts[0].name", "required"),
    ("contacts.0.name", LONG_101, "contacts[0].name", "too_long"),
    ("contacts.0.role", Text(fi=LONG_251), "contacts[0].role.fi", "too_long"),
    ("contacts.0.email", "maija(at)tyopaja.fi", "contacts[0].email", "email_invalid"),
    ("contacts.0.phone", "0", "contacts[0].phone", "phone_invalid"),
    ("contacts.0.phone", None, "contacts[0]", "contact_means_required"),
    ("contacts", [Contact(CONTACT_ID, "M", None, "m@x.fi")] * 51, "contacts", "too_many"),
]


@pytest.mark.parametrize(("path", "value", "field", "code"), ORG_INVALID)
def test_invalid_organisation_values(path: str, value: Any, field: str, code: str) -> None:
    found = _found(_run_org(setter(path, value)))
    assert found == [(field, code)]


ENV_VALID: list[tuple[str, Any]] = [
    ("description", None),
    ("coaching", Text(fi="x" * 2500)),
    ("work_areas", []),
    ("work_areas", ["old_area"]),
    ("accessibility", ["parking", "step_free_access"]),
    ("languages", []),
    ("capacity", 0),
    ("capacity", None),
    ("opening_hours", []),
    ("opening_hours", [OpeningHours(5, "18:00", "24:00"), OpeningHours(7, "00:00", "23:59")]),
    ("opening_hours", [OpeningHours(1, "08:00", "16:00"), OpeningHours(2, "08:00", "16:00")]),
    ("photo_descriptions", [Text(fi="Pöytä", sv="Bord", en="A table")]),
    ("updated_at", "2026-05-30T07:00:00Z"),
    ("updated_at", "2026-05-30T07:00Z"),
    ("updated_at", "2026-05-30T07:00:00.123456-05:00"),
    ("address.post_office", "Joensuu"),
]


@pytest.mark.parametrize(("path", "value"), ENV_VALID)
def test_valid_environment_values(path: str, value: Any) -> None:
    assert _found(_run_env(setter(path, value))) == []


def test_coordinates_may_both_be_missing() -> None:
    def clear(env: Environment) -> None:
        env.latitude = env.longitude = None

    assert _run_env(clear) == []


ENV_INVALID = [
    ("name", Text(fi=""), "name.fi", "text_fi_required"),
    ("name", Text(fi=LONG_101), "name.fi", "too_long"),
    ("description", Text(fi="x", sv=LONG_2501), "description.sv", "too_long"),
    ("coaching", Text(fi=LONG_2501), "coaching.fi", "too_long"),
    ("address.street", None, "address.street", "required"),
    ("address.street", "  ", "address.street", "required"),
    ("address.postal_code", None, "address.postal_code", "required"),
    ("address.postal_code", "801000", "address.postal_code", "postal_code_invalid"),
    ("address.municipality", None, "address.municipality", "required"),
    ("address.municipality", "091", "address.municipality", "municipality_not_in_region"),
    ("work_areas", ["shop", "knitting"], "work_areas[1]", "code_unknown"),
    ("work_areas", ["shop", "shop"], "work_areas[1]", "code_duplicate"),
    ("accessibility", ["lift"], "accessibility[0]", "code_unknown"),
    ("languages", ["fi", "xx"], "languages[1]", "code_unknown"),
    ("longitude", None, "longitude", "coordinates_incomplete"),
    ("latitude", None, "latitude", "coordinates_incomplete"),
    ("latitude", 95.0, "latitude", "coordinate_out_of_range"),
    ("latitude", 40.0, "latitude", "coordinate_out_of_range"),
    ("longitude", 62.6, "longitude", "coordinate_out_of_range"),
    ("longitude", float("nan"), "longitude", "coordinate_out_of_range"),
    ("capacity", -1, "capacity", "number_negative"),
    ("capacity", 2.5, "capacity", "integer_invalid"),
    ("capacity", True, "capacity", "integer_invalid"),
    ("opening_hours.0.day", 0, "opening_hours[0].day", "day_invalid"),
    ("opening_hours.0.day", 8, "opening_hours[0].day", "day_invalid"),
    ("opening_hours.0.opens", "8:00", "opening_hours[0].opens", "time_invalid"),
    ("opening_hours.0.opens", "24:00", "opening_hours[0].opens", "time_invalid"),
    ("opening_hours.0.closes", "12:60", "opening_hours[0].closes", "time_invalid"),
    ("opening_hours.1.closes", "25:00", "opening_hours[1].closes", "time_invalid"),
    ("opening_hours.0.closes", "07:00", "opening_hours[0].closes", "closes_before_opens"),
    ("opening_hours.0.closes", "08:00", "opening_hours[0].closes", "closes_before_opens"),
    ("opening_hours.1.opens", "11:30", "opening_hours[1]", "opening_hours_overlap"),
    ("opening_hours.0.closes", "16:00", "opening_hours[1]", "opening_hours_overlap"),
    (
        "opening_hours",
        [OpeningHours(d, f"{h:02}:00", f"{h:02}:30") for d in range(1, 8) for h in range(8)],
        "opening_hours",
        "too_many",
    ),
    ("photos", ["kuva.jpg"], "photos[0]", "attachment_invalid"),
    ("updated_at", "2026-05-30", "updated_at", "timestamp_invalid"),
    ("updated_at", "2026-05-30T10:00:00", "updated_at", "timestamp_invalid"),
    ("updated_at", "2026-05-30 10:00:00+03:00", "updated_at", "timestamp_invalid"),
    ("updated_at", "2026-13-30T10:00:00+03:00", "updated_at", "timestamp_invalid"),
    ("id", "", "id", "id_invalid"),
]


@pytest.mark.parametrize(("path", "value", "field", "code"), ENV_INVALID)
def test_invalid_environment_values(path: str, value: Any, field: str, code: str) -> None:
    assert _found(_run_env(setter(path, value))) == [(field, code)]


def test_too_many_photos() -> None:
    def many(env: Environment) -> None:
        env.photos = [PHOTO] * 21
        env.photo_descriptions = [Text(fi=f"Kuva {n}") for n in range(21)]

    assert _found(_run_env(many)) == [("photos", "too_many")]


def test_every_photo_needs_a_description() -> None:
    def second_photo(env: Environment) -> None:
        env.photos = [PHOTO, PHOTO]

    assert _found(_run_env(second_photo)) == [
        ("photo_descriptions[1].fi", "photo_description_required")
    ]

    def blank(env: Environment) -> None:
        env.photo_descriptions = [Text(fi="  ", sv="Hyllor")]

    assert _found(_run_env(blank)) == [("photo_descriptions[0].fi", "photo_description_required")]

    def extra(env: Environment) -> None:
        env.photos = []

    assert _found(_run_env(extra)) == [("photo_descriptions", "photo_descriptions_extra")]


def test_a_format_1_package_needs_no_photo_descriptions() -> None:
    env = make_env()
    env.photo_descriptions = []
    assert validate_environment(env, VOCAB, today=TODAY, photo_descriptions_required=False) == []
    assert validate_environment(env, VOCAB, today=TODAY) != []


def test_swapped_coordinates_fail_on_both() -> None:
    def swap(env: Environment) -> None:
        env.latitude, env.longitude = env.longitude, env.latitude

    assert _found(_run_env(swap)) == [
        ("latitude", "coordinate_out_of_range"),
        ("longitude", "coordinate_out_of_range"),
    ]


def test_environment_address_is_required() -> None:
    problems = _run_env(setter("address", Address()))
    assert _found(problems) == [
        ("address.street", "required"),
        ("address.postal_code", "required"),
        ("address.municipality", "required"),
    ]


OPP_VALID: list[tuple[str, Any]] = [
    ("environment_id", None),
    ("contact_id", None),
    ("title", Text(fi="x" * 100)),
    ("learning", None),
    ("requirements", Text(fi="x" * 2500)),
    ("duration", Text(fi="x" * 250)),
    ("cost", Text(fi="x" * 250, sv="x" * 250)),
    ("how_to_apply", Text(fi="Soita.\nTai laita viesti.")),
    ("languages", []),
    ("places", None),
    ("places", 0),
    ("places_updated_on", "2026-06-01"),
    ("starts_on", None),
    ("ends_on", None),
    ("ends_on", "2026-06-01"),
    ("hours_per_week", None),
    ("hours_per_week", HoursRange(20, None)),
    ("hours_per_week", HoursRange(20, 20)),
    ("hours_per_week", HoursRange(0.5, 60)),
    ("kind", "rehabilitative_work"),
    ("status", "draft"),
    ("status", "paused"),
    ("status", "closed"),
    ("reviewed_on", None),
]


@pytest.mark.parametrize(("path", "value"), OPP_VALID)
def test_valid_opportunity_values(path: str, value: Any) -> None:
    assert _found(_run_opp(setter(path, value))) == []


OPP_INVALID = [
    ("title", Text(fi=""), "title.fi", "text_fi_required"),
    ("title", Text(fi=LONG_101), "title.fi", "too_long"),
    ("title", Text(fi="Otsikko", en=LONG_101), "title.en", "too_long"),
    ("description", Text(fi=" "), "description.fi", "text_fi_required"),
    ("description", Text(fi=LONG_2501), "description.fi", "too_long"),
    ("learning", Text(fi=LONG_2501), "learning.fi", "too_long"),
    ("requirements", Text(fi="", sv="Krav"), "requirements.fi", "text_fi_required"),
    ("how_to_apply", Text(fi="x", sv=LONG_2501), "how_to_apply.sv", "too_long"),
    ("duration", Text(fi=LONG_251), "duration.fi", "too_long"),
    ("cost", Text(fi=LONG_251), "cost.fi", "too_long"),
    ("kind", "", "kind", "required"),
    ("kind", "job_fair", "kind", "code_unknown"),
    ("target_groups", [], "target_groups", "target_group_required"),
    ("target_groups", ["pensioners"], "target_groups[0]", "code_unknown"),
    ("target_groups", ["youth", "youth"], "target_groups[1]", "code_duplicate"),
    ("municipalities", [], "municipalities", "municipality_required"),
    ("municipalities", ["167", "091"], "municipalities[1]", "municipality_not_in_region"),
    ("languages", ["finnish"], "languages[0]", "code_unknown"),
    ("places", -1, "places", "number_negative"),
    ("places", 1.5, "places", "integer_invalid"),
    ("places_updated_on", None, "places_updated_on", "places_date_required"),
    ("places_updated_on", "2026-06-02", "places_updated_on", "date_in_future"),
    ("places_updated_on", "2026-02-30", "places_updated_on", "date_invalid"),
    ("starts_on", "1.6.2026", "starts_on", "date_invalid"),
    ("starts_on", "20260601", "starts_on", "date_invalid"),
    ("ends_on", "2026-05-31", "ends_on", "ends_before_starts"),
    ("ends_on", "2026-12-32", "ends_on", "date_invalid"),
    ("hours_per_week", HoursRange(0, 20), "hours_per_week.min", "hours_out_of_range"),
    ("hours_per_week", HoursRange(-5, None), "hours_per_week.min", "hours_out_of_range"),
    ("hours_per_week", HoursRange(61, None), "hours_per_week.min", "hours_out_of_range"),
    ("hours_per_week", HoursRange(20, 61), "hours_per_week.max", "hours_out_of_range"),
    ("hours_per_week", HoursRange(None, 20), "hours_per_week.min", "required"),
    ("hours_per_week", HoursRange(30, 20), "hours_per_week.max", "hours_max_below_min"),
    ("status", "archived", "status", "status_invalid"),
    ("updated_at", "yesterday", "updated_at", "timestamp_invalid"),
    ("reviewed_on", "2027-01-01", "reviewed_on", "date_in_future"),
    ("reviewed_on", "2026/05/30", "reviewed_on", "date_invalid"),
    ("environment_id", OTHER_ID, "environment_id", "environment_not_found"),
    ("environment_id", "environment-1", "environment_id", "id_invalid"),
    ("contact_id", OTHER_ID, "contact_id", "contact_not_found"),
    ("contact_id", "", "contact_id", "id_invalid"),
    ("id", "x", "id", "id_invalid"),
]


@pytest.mark.parametrize(("path", "value", "field", "code"), OPP_INVALID)
def test_invalid_opportunity_values(path: str, value: Any, field: str, code: str) -> None:
    assert _found(_run_opp(setter(path, value))) == [(field, code)]


@pytest.mark.parametrize(
    ("run", "path", "value", "field", "code"),
    [
        (_run_opp, "kind", "rehabilitative_work", "kind", "code_retired"),
        (_run_opp, "kind", "future_kind", "kind", "code_not_yet_valid"),
        (_run_env, "work_areas", ["old_area"], "work_areas[0]", "code_retired"),
    ],
)
def test_codes_not_selectable_today_are_refused_for_new_records(
    run: Callable[..., list[Problem]], path: str, value: Any, field: str, code: str
) -> None:
    assert _found(run(setter(path, value))) == []
    assert _found(run(setter(path, value), new_record=True)) == [(field, code)]


def test_code_retired_names_the_end_date() -> None:
    (problem,) = _run_opp(setter("kind", "rehabilitative_work"), new_record=True)
    assert problem.params == {
        "value": "rehabilitative_work",
        "list": "kinds",
        "valid_to": "2025-12-31",
    }
    assert problem.record_id == OPP_ID


def test_params_carry_what_the_message_needs() -> None:
    (problem,) = _run_org(setter("name", Text(fi=LONG_101)))
    assert problem == Problem(ORG_ID, "name.fi", "too_long", {"max": 100, "length": 101})
    (problem,) = _run_opp(setter("hours_per_week", HoursRange(30, 20)))
    assert problem.params == {"min": 30, "max": 20}
    (problem,) = _run_env(setter("opening_hours.1.opens", "11:30"))
    assert problem.params == {
        "day": 1,
        "opens": "11:30",
        "closes": "16:00",
        "other_opens": "08:00",
        "other_closes": "12:00",
    }


def test_opportunity_references_are_not_checked_without_id_sets() -> None:
    opp = make_opp()
    opp.environment_id = OTHER_ID
    opp.contact_id = OTHER_ID
    assert validate_opportunity(opp, VOCAB, today=TODAY) == []


def _snapshot() -> Snapshot:
    return Snapshot(organisation=make_org(), environments=[make_env()], opportunities=[make_opp()])


def test_a_valid_snapshot_has_no_problems() -> None:
    assert validate_snapshot(_snapshot(), VOCAB, today=TODAY) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda s: setattr(s.opportunities[0], "environment_id", OTHER_ID),
            [(OPP_ID, "environment_id", "environment_not_found")],
        ),
        (
            lambda s: setattr(s.opportunities[0], "contact_id", OTHER_ID),
            [(OPP_ID, "contact_id", "contact_not_found")],
        ),
        (
            lambda s: s.opportunities.append(copy.deepcopy(s.opportunities[0])),
            [(OPP_ID, "id", "duplicate_id")],
        ),
        (
            lambda s: setattr(s.opportunities[0], "id", ENV_ID),
            [(ENV_ID, "id", "duplicate_id")],
        ),
        (
            lambda s: setattr(s.organisation, "id", CONTACT_ID),
            [(CONTACT_ID, "contacts[0].id", "duplicate_id")],
        ),
        (
            lambda s: setattr(s.environments[0], "name", Text()),
            [(ENV_ID, "name.fi", "text_fi_required")],
        ),
    ],
)
def test_snapshot_problems(
    change: Callable[[Snapshot], None], expected: list[tuple[str, str, str]]
) -> None:
    snapshot = _snapshot()
    change(snapshot)
    problems = validate_snapshot(snapshot, VOCAB, today=TODAY)
    _found(problems)
    assert [(p.record_id, p.field, p.code) for p in problems] == expected


def test_business_id_check_digit() -> None:
    assert business_id_check_digit("0112038") == 9
    assert business_id_check_digit("1000002") == 0
    assert business_id_check_digit("1000008") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("040 123 4567", "+358401234567"),
        ("+358 (0)40-123 4567", "+358401234567"),
        ("013 337 000", "+35813337000"),
        ("+46 8 123 456 78", "+46812345678"),
        ("123", None),
        ("", None),
        ("ei numeroa", None),
    ],
)
def test_normalise_phone(text: str, expected: str | None) -> None:
    assert normalise_phone(text) == expected


def test_normalise_text() -> None:
    assert normalise_text(None) is None
    assert normalise_text(Text(fi="  ", sv=" ", en=None)) is None
    assert normalise_text(Text(fi=" a ", sv=" ", en=" b")) == Text(fi="a", sv=None, en="b")


def test_normalise_organisation_returns_a_clean_copy() -> None:
    org = make_org()
    org.name = Text(fi="  Yhdistys ry ")
    org.email = " Info@Yhdistys.FI "
    org.phone = "040 123 4567"
    org.website = "www.yhdistys.fi"
    org.business_id = " 0112038-9 "
    org.description = Text(fi=" ", sv=None, en=None)
    org.address = Address(" Katu 1 ", "", " Joensuu", "167")
    org.contacts[0].phone = "not a number"
    clean = normalise_organisation(org)
    assert clean is not org and org.email == " Info@Yhdistys.FI "
    assert clean.name == Text(fi="Yhdistys ry")
    assert clean.email == "info@yhdistys.fi"
    assert clean.phone == "+358401234567"
    assert clean.website == "https://www.yhdistys.fi"
    assert clean.business_id == "0112038-9"
    assert clean.description is None
    assert clean.address == Address("Katu 1", None, "Joensuu", "167")
    assert clean.contacts[0].phone == "not a number"
    assert validate_organisation(normalise_organisation(make_org()), VOCAB, today=TODAY) == []


def test_normalise_environment_and_opportunity() -> None:
    env = make_env()
    env.work_areas = [" shop", "shop", "", "cafe_kitchen"]
    assert normalise_environment(env).work_areas == ["shop", "cafe_kitchen"]
    opp = make_opp()
    opp.title = Text(fi=" Otsikko ", sv="", en=None)
    opp.cost = Text(fi="", sv=None, en=None)
    clean = normalise_opportunity(opp)
    assert clean.title == Text(fi="Otsikko", sv=None, en=None)
    assert clean.cost is None


@pytest.mark.parametrize(
    ("check", "value"),
    [
        (checks.uuid_problem, "0b6f1c1e-8f6a-4c1e-9a51-3f0e2c1d4b5a\n"),
        (checks.attachment_problem, "attachments/" + "a" * 64 + ".png\n"),
        (checks.business_id_problem, "1234567-1\n"),
        (checks.postal_code_problem, "80100\n"),
        (checks.timestamp_problem, "2025-03-01T12:00:00+02:00\n"),
    ],
)
def test_a_final_line_break_is_not_part_of_a_valid_value(
    check: Callable[[str], object], value: str
) -> None:
    assert check(value.rstrip("\n")) is None
    assert check(value) is not None


def test_a_time_with_a_final_line_break_is_not_a_time() -> None:
    assert checks.parse_time("08:00") == 480
    assert checks.parse_time("08:00\n") is None
