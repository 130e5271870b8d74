"""Validation of records (docs/data-model.md): problems as (record id, field, code, params).

A record with problems can be saved as a draft but never exported as published. The UI and
the command line translate each code with `kuhina_desktop.messages` (resources/messages/
validation.json); `CODES` lists every code this module emits with its parameter names.

Limits: names and titles 100 characters; short texts (duration, cost, a contact's role) 250;
descriptions (description, learning, requirements, coaching, how to apply) 2,500; in every
language. When `places` is given, `places_updated_on` is required (a count of free places
without a date misleads job seekers). Coordinates must lie in Finland's bounding box, which
also catches a swapped latitude and longitude. Opening hours may close at `24:00`. An
environment's address needs a street, a postal code and a municipality; a contact needs a
name and an e-mail address or a phone number. Retired codes are refused only for new records
(`new_record=True`): existing records keep them readable until they are edited.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterable
from datetime import date

from kuhina_desktop.domain import checks
from kuhina_desktop.domain.checks import Problem, Report, normalise_phone
from kuhina_desktop.domain.model import (
    STATUSES,
    Address,
    Contact,
    Environment,
    OpeningHours,
    Opportunity,
    Organisation,
    Snapshot,
    Text,
)
from kuhina_desktop.domain.vocab import Vocabulary

NAME_MAX = 100
SUMMARY_MAX = 250
DESCRIPTION_MAX = 2500
PHOTO_DESCRIPTION_MAX = 250  # a sentence or two: what the photo shows, for a screen reader
WEBSITE_MAX = 500
HOURS_PER_WEEK_MAX = 60
LATITUDE_RANGE = (59.0, 71.0)
LONGITUDE_RANGE = (19.0, 32.0)
MAX_CONTACTS = 50
MAX_PHOTOS = 20
MAX_OPENING_HOURS = 50

# Every problem code validation can emit, with the names of its parameters.
CODES: dict[str, tuple[str, ...]] = {
    "required": (),
    "text_fi_required": (),
    "too_long": ("max", "length"),
    "too_many": ("max", "count"),
    "invalid_characters": (),
    "id_invalid": ("value",),
    "duplicate_id": ("id",),
    "business_id_format": ("value",),
    "business_id_checksum": ("value",),
    "email_invalid": ("value",),
    "phone_invalid": ("value",),
    "url_invalid": ("value",),
    "postal_code_invalid": ("value",),
    "municipality_not_in_region": ("value",),
    "code_unknown": ("value", "list"),
    "code_retired": ("value", "list", "valid_to"),
    "code_not_yet_valid": ("value", "list", "valid_from"),
    "code_duplicate": ("value",),
    "municipality_required": (),
    "photo_description_required": ("number",),
    "photo_descriptions_extra": (),
    "photo_confirmations_extra": (),
    "target_group_required": (),
    "contact_means_required": (),
    "consent_recorded_by_required": (),
    "consent_date_required": (),
    "date_invalid": ("value",),
    "date_in_future": ("value",),
    "timestamp_invalid": ("value",),
    "ends_before_starts": ("starts_on", "ends_on"),
    "hours_out_of_range": ("value", "max"),
    "hours_max_below_min": ("min", "max"),
    "integer_invalid": ("value",),
    "number_negative": ("value",),
    "places_date_required": (),
    "day_invalid": ("value",),
    "time_invalid": ("value",),
    "closes_before_opens": ("opens", "closes"),
    "opening_hours_overlap": ("day", "opens", "closes", "other_opens", "other_closes"),
    "coordinate_out_of_range": ("value", "min", "max"),
    "coordinates_incomplete": (),
    "status_invalid": ("value",),
    "attachment_invalid": ("value",),
    "environment_not_found": ("id",),
    "contact_not_found": ("id",),
}


def _report(record_id: str, vocab: Vocabulary, new_record: bool, today: date | None) -> Report:
    report = Report(record_id, vocab, new_record=new_record, today=today or date.today())
    report.finding("id", checks.uuid_problem(record_id))
    return report


def _contact(report: Report, field: str, contact: Contact) -> None:
    report.finding(f"{field}.id", checks.uuid_problem(contact.id))
    report.string(f"{field}.name", contact.name, NAME_MAX, required=True)
    report.text(f"{field}.role", contact.role, SUMMARY_MAX)
    report.string(f"{field}.email", contact.email, 254, checks.email_problem)
    report.string(f"{field}.phone", contact.phone, 50, checks.phone_problem)
    if not (contact.email or "").strip() and not (contact.phone or "").strip():
        report.add(field, "contact_means_required")
    _consent(report, field, contact)


def _consent(report: Report, field: str, contact: Contact) -> None:
    """Consent to publish is a day and who recorded it, both or neither."""
    report.date(f"{field}.consent_given_on", contact.consent_given_on, not_future=True)
    report.string(f"{field}.consent_recorded_by", contact.consent_recorded_by, NAME_MAX)
    recorded_by = (contact.consent_recorded_by or "").strip()
    if contact.consent_given_on is not None and not recorded_by:
        report.add(f"{field}.consent_recorded_by", "consent_recorded_by_required")
    if contact.consent_given_on is None and recorded_by:
        report.add(f"{field}.consent_given_on", "consent_date_required")


def validate_organisation(
    org: Organisation, vocab: Vocabulary, *, new_record: bool = False, today: date | None = None
) -> list[Problem]:
    report = _report(org.id, vocab, new_record, today)
    report.text("name", org.name, NAME_MAX, required=True)
    report.string("business_id", org.business_id, 20, checks.business_id_problem)
    report.text("description", org.description, DESCRIPTION_MAX)
    report.string("website", org.website, WEBSITE_MAX, checks.url_problem)
    report.string("email", org.email, 254, checks.email_problem)
    report.string("phone", org.phone, 50, checks.phone_problem)
    report.address("address", org.address, required=False)
    if org.logo is not None:
        report.finding("logo", checks.attachment_problem(org.logo))
    report.count("contacts", org.contacts, MAX_CONTACTS)
    for i, contact in enumerate(org.contacts):
        _contact(report, f"contacts[{i}]", contact)
    return report.problems


def _opening_hours(report: Report, hours: list[OpeningHours]) -> None:
    report.count("opening_hours", hours, MAX_OPENING_HOURS)
    intervals: dict[int, list[tuple[int, int, int]]] = {}
    for i, entry in enumerate(hours):
        field = f"opening_hours[{i}]"
        day_ok = checks.is_integer(entry.day) and 1 <= entry.day <= 7
        if not day_ok:
            report.add(f"{field}.day", "day_invalid", value=entry.day)
        opens = checks.parse_time(entry.opens)
        closes = checks.parse_time(entry.closes, allow_midnight_end=True)
        if opens is None:
            report.add(f"{field}.opens", "time_invalid", value=entry.opens)
        if closes is None:
            report.add(f"{field}.closes", "time_invalid", value=entry.closes)
        if opens is None or closes is None:
            continue
        if closes <= opens:
            report.add(
                f"{field}.closes", "closes_before_opens", opens=entry.opens, closes=entry.closes
            )
        elif day_ok:
            intervals.setdefault(entry.day, []).append((opens, closes, i))
    for day, day_intervals in sorted(intervals.items()):
        day_intervals.sort()
        for (_, prev_closes, prev_i), (opens, _, i) in itertools.pairwise(day_intervals):
            if opens < prev_closes:
                report.add(
                    f"opening_hours[{i}]",
                    "opening_hours_overlap",
                    day=day,
                    opens=hours[i].opens,
                    closes=hours[i].closes,
                    other_opens=hours[prev_i].opens,
                    other_closes=hours[prev_i].closes,
                )


def _coordinates(report: Report, latitude: float | None, longitude: float | None) -> None:
    for field, value, (low, high) in (
        ("latitude", latitude, LATITUDE_RANGE),
        ("longitude", longitude, LONGITUDE_RANGE),
    ):
        if value is not None and not (checks.is_number(value) and low <= value <= high):
            report.add(field, "coordinate_out_of_range", value=value, min=low, max=high)
    if latitude is None and longitude is not None:
        report.add("latitude", "coordinates_incomplete")
    elif longitude is None and latitude is not None:
        report.add("longitude", "coordinates_incomplete")


def validate_environment(
    env: Environment,
    vocab: Vocabulary,
    *,
    new_record: bool = False,
    today: date | None = None,
    photo_descriptions_required: bool = True,
) -> list[Problem]:
    report = _report(env.id, vocab, new_record, today)
    report.text("name", env.name, NAME_MAX, required=True)
    report.text("description", env.description, DESCRIPTION_MAX)
    report.codes("work_areas", "work_areas", env.work_areas)
    report.address("address", env.address, required=True)
    _coordinates(report, env.latitude, env.longitude)
    report.codes("accessibility", "accessibility", env.accessibility)
    report.codes("languages", "languages", env.languages)
    report.text("coaching", env.coaching, DESCRIPTION_MAX)
    report.non_negative_integer("capacity", env.capacity)
    _opening_hours(report, env.opening_hours)
    report.count("photos", env.photos, MAX_PHOTOS)
    for i, photo in enumerate(env.photos):
        report.finding(f"photos[{i}]", checks.attachment_problem(photo))
    _photo_descriptions(report, env, required=photo_descriptions_required)
    _photo_confirmations(report, env)
    report.finding("updated_at", checks.timestamp_problem(env.updated_at))
    return report.problems


def _id_set(ids: Iterable[str] | None) -> set[str] | frozenset[str] | None:
    """The ids as a set to look up, without copying one that is a set already."""
    if ids is None or isinstance(ids, set | frozenset):
        return ids
    return set(ids)


def _reference(
    report: Report,
    field: str,
    value: str | None,
    known: set[str] | frozenset[str] | None,
    missing_code: str,
) -> None:
    if value is None:
        return
    bad_format = report.finding(field, checks.uuid_problem(value))
    if not bad_format and known is not None and value not in known:
        report.add(field, missing_code, id=value)


def _hours_per_week(report: Report, opp: Opportunity) -> None:
    hours = opp.hours_per_week
    if hours is None:
        return
    low, high = hours.min, hours.max
    low_ok = high_ok = False
    if low is None:
        report.add("hours_per_week.min", "required")
    elif checks.is_number(low) and 0 < low <= HOURS_PER_WEEK_MAX:
        low_ok = True
    else:
        report.add("hours_per_week.min", "hours_out_of_range", value=low, max=HOURS_PER_WEEK_MAX)
    if high is not None:
        if checks.is_number(high) and 0 < high <= HOURS_PER_WEEK_MAX:
            high_ok = True
        else:
            report.add(
                "hours_per_week.max", "hours_out_of_range", value=high, max=HOURS_PER_WEEK_MAX
            )
    if low_ok and high_ok and high is not None and low is not None and high < low:
        report.add("hours_per_week.max", "hours_max_below_min", min=low, max=high)


def validate_opportunity(
    opp: Opportunity,
    vocab: Vocabulary,
    *,
    environment_ids: Iterable[str] | None = None,
    contact_ids: Iterable[str] | None = None,
    new_record: bool = False,
    today: date | None = None,
) -> list[Problem]:
    """Checks one opportunity; references are checked only against the ids given."""
    report = _report(opp.id, vocab, new_record, today)
    envs = _id_set(environment_ids)
    contacts = _id_set(contact_ids)
    _reference(report, "environment_id", opp.environment_id, envs, "environment_not_found")
    if opp.kind:
        report.code("kind", "kinds", opp.kind)
    else:
        report.add("kind", "required")
    report.text("title", opp.title, NAME_MAX, required=True)
    report.text("description", opp.description, DESCRIPTION_MAX, required=True)
    report.text("learning", opp.learning, DESCRIPTION_MAX)
    report.text("requirements", opp.requirements, DESCRIPTION_MAX)
    report.codes("target_groups", "target_groups", opp.target_groups)
    if not opp.target_groups:
        report.add("target_groups", "target_group_required")
    report.codes("municipalities", "municipalities", opp.municipalities)
    if not opp.municipalities:
        report.add("municipalities", "municipality_required")
    report.codes("languages", "languages", opp.languages)
    report.non_negative_integer("places", opp.places)
    report.date("places_updated_on", opp.places_updated_on, not_future=True)
    if opp.places is not None and opp.places_updated_on is None:
        report.add("places_updated_on", "places_date_required")
    starts = report.date("starts_on", opp.starts_on)
    ends = report.date("ends_on", opp.ends_on)
    if starts and ends and ends < starts:
        report.add("ends_on", "ends_before_starts", starts_on=opp.starts_on, ends_on=opp.ends_on)
    _hours_per_week(report, opp)
    report.text("duration", opp.duration, SUMMARY_MAX)
    report.text("how_to_apply", opp.how_to_apply, DESCRIPTION_MAX)
    _reference(report, "contact_id", opp.contact_id, contacts, "contact_not_found")
    report.text("cost", opp.cost, SUMMARY_MAX)
    if opp.status not in STATUSES:
        report.add("status", "status_invalid", value=opp.status)
    report.finding("updated_at", checks.timestamp_problem(opp.updated_at))
    report.date("reviewed_on", opp.reviewed_on, not_future=True)
    return report.problems


def _photo_descriptions(report: Report, env: Environment, *, required: bool) -> None:
    """A description (alt text) for each photo, by position; none without a photo."""
    descriptions = env.photo_descriptions
    if len(descriptions) > len(env.photos):
        report.add("photo_descriptions", "photo_descriptions_extra")
    for i in range(len(env.photos)):
        text = descriptions[i] if i < len(descriptions) else None
        if required and (text is None or not text.fi.strip()):
            report.add(f"photo_descriptions[{i}].fi", "photo_description_required", number=i + 1)
        elif text is not None:
            report.text(f"photo_descriptions[{i}]", text, PHOTO_DESCRIPTION_MAX)


def _photo_confirmations(report: Report, env: Environment) -> None:
    """Each photo's confirmation is a day not in the future, or null (not confirmed: the
    photo is sent but not published); none without a photo."""
    if len(env.photo_confirmed_on) > len(env.photos):
        report.add("photo_confirmed_on", "photo_confirmations_extra")
    for i, day in enumerate(env.photo_confirmed_on[: len(env.photos)]):
        report.date(f"photo_confirmed_on[{i}]", day, not_future=True)


def validate_snapshot(
    snapshot: Snapshot,
    vocab: Vocabulary,
    *,
    today: date | None = None,
    photo_descriptions_required: bool = True,
) -> list[Problem]:
    """Every record, the references between them, and ids unique across the snapshot."""
    org = snapshot.organisation
    problems = validate_organisation(org, vocab, today=today)
    environment_ids = {env.id for env in snapshot.environments}
    contact_ids = {contact.id for contact in org.contacts}
    for env in snapshot.environments:
        problems += validate_environment(
            env, vocab, today=today, photo_descriptions_required=photo_descriptions_required
        )
    for opp in snapshot.opportunities:
        problems += validate_opportunity(
            opp, vocab, environment_ids=environment_ids, contact_ids=contact_ids, today=today
        )
    ids: list[tuple[str, str, str]] = [(org.id, org.id, "id")]
    ids += [(c.id, org.id, f"contacts[{i}].id") for i, c in enumerate(org.contacts)]
    ids += [(env.id, env.id, "id") for env in snapshot.environments]
    ids += [(opp.id, opp.id, "id") for opp in snapshot.opportunities]
    seen: set[str] = set()
    for record_id, owner_id, field in ids:
        if record_id in seen:
            problems.append(Problem(owner_id, field, "duplicate_id", {"id": record_id}))
        seen.add(record_id)
    return problems


# Normalisation: what the editor applies when a field is left, before validation.


def _clean(value: str | None) -> str | None:
    value = value.strip() if value is not None else None
    return value or None


def normalise_text(text: Text | None) -> Text | None:
    """Trimmed languages; an optional text with nothing in it becomes None."""
    if text is None:
        return None
    result = Text(fi=(text.fi or "").strip(), sv=_clean(text.sv), en=_clean(text.en))
    return None if result.is_empty() else result


def _required_text(text: Text) -> Text:
    return normalise_text(text) or Text()


def _email(value: str | None) -> str | None:
    value = _clean(value)
    return value.lower() if value else None


def _phone(value: str | None) -> str | None:
    value = _clean(value)
    return (normalise_phone(value) or value) if value else None


def _website(value: str | None) -> str | None:
    value = _clean(value)
    if value and "://" not in value and "." in value and " " not in value:
        return "https://" + value
    return value


def _address(address: Address | None) -> Address | None:
    if address is None:
        return None
    return Address(*(_clean(getattr(address, f.name)) for f in dataclasses.fields(Address)))


def _codes(codes: list[str]) -> list[str]:
    return list(dict.fromkeys(code.strip() for code in codes if code.strip()))


def normalise_contact(contact: Contact) -> Contact:
    return dataclasses.replace(
        contact,
        name=contact.name.strip(),
        role=normalise_text(contact.role),
        email=_email(contact.email),
        phone=_phone(contact.phone),
        consent_given_on=_clean(contact.consent_given_on),
        consent_recorded_by=_clean(contact.consent_recorded_by),
    )


def normalise_organisation(org: Organisation) -> Organisation:
    """A copy with trimmed text, lower-case e-mail, E.164 phones and an https:// website."""
    return dataclasses.replace(
        org,
        name=_required_text(org.name),
        business_id=_clean(org.business_id),
        description=normalise_text(org.description),
        website=_website(org.website),
        email=_email(org.email),
        phone=_phone(org.phone),
        address=_address(org.address),
        contacts=[normalise_contact(c) for c in org.contacts],
    )


def normalise_environment(env: Environment) -> Environment:
    return dataclasses.replace(
        env,
        name=_required_text(env.name),
        description=normalise_text(env.description),
        work_areas=_codes(env.work_areas),
        address=_address(env.address) or Address(),
        accessibility=_codes(env.accessibility),
        languages=_codes(env.languages),
        coaching=normalise_text(env.coaching),
        photo_confirmed_on=[_clean(day) for day in env.photo_confirmed_on],
    )


def normalise_opportunity(opp: Opportunity) -> Opportunity:
    return dataclasses.replace(
        opp,
        title=_required_text(opp.title),
        description=_required_text(opp.description),
        learning=normalise_text(opp.learning),
        requirements=normalise_text(opp.requirements),
        target_groups=_codes(opp.target_groups),
        municipalities=_codes(opp.municipalities),
        languages=_codes(opp.languages),
        duration=normalise_text(opp.duration),
        how_to_apply=normalise_text(opp.how_to_apply),
        cost=normalise_text(opp.cost),
    )


__all__ = [
    "CODES",
    "Problem",
    "normalise_contact",
    "normalise_environment",
    "normalise_opportunity",
    "normalise_organisation",
    "normalise_phone",
    "normalise_text",
    "validate_environment",
    "validate_opportunity",
    "validate_organisation",
    "validate_snapshot",
]
