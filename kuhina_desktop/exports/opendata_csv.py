"""The open data's own CSV files (docs/open-data.md): `opportunities.csv`, `organisations.csv`
and `environments.csv`, one row per published record, and their spreadsheet-safe copies in
`spreadsheet/`.

The raw files are exact: UTF-8 without a byte order mark, RFC 4180, every value as it is,
for programs. The copies are for a person who double-clicks a file into a spreadsheet: a
byte order mark so it reads UTF-8, and a value that a spreadsheet would run as a formula or
take for a number (one beginning with `=`, `+`, `-`, `@`, a tab or a line break) gets a
leading apostrophe, so it stays text. No person appears: the contact of an opportunity is
its role, the e-mail and phone the organisation's general ones.
"""

from __future__ import annotations

import csv
from typing import IO

from kuhina_desktop.catalogue.published import PublishedOrganisation
from kuhina_desktop.domain.model import Address, Environment, Opportunity, Organisation, Text
from kuhina_desktop.domain.vocab import Vocabulary
from kuhina_desktop.exports.hsds_parts import timestamp

LIST_SEPARATOR = ";"  # between codes in one CSV cell; codes never contain it
CSV_FILES = ("opportunities.csv", "organisations.csv", "environments.csv")
SPREADSHEET_FOLDER = "spreadsheet"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
BOM = "\ufeff"

OPPORTUNITY_COLUMNS = (
    "opportunity_id", "organisation_id", "organisation_name_fi",
    "title_fi", "title_sv", "title_en", "kind", "kind_fi",
    "target_groups", "target_groups_fi", "municipalities", "municipalities_fi", "languages",
    "places", "places_updated_on", "starts_on", "ends_on",
    "hours_per_week_min", "hours_per_week_max", "referral_required",
    "description_fi", "how_to_apply_fi", "cost_fi",
    "environment_id", "environment_name_fi", "street", "postal_code", "post_office",
    "municipality", "contact_role_fi", "contact_email", "contact_phone", "updated_at",
)  # fmt: skip
ORGANISATION_COLUMNS = (
    "organisation_id", "name_fi", "name_sv", "name_en", "business_id",
    "website", "email", "phone", "street", "postal_code", "post_office",
    "municipality", "municipality_fi", "environments", "opportunities", "last_updated",
)  # fmt: skip
ENVIRONMENT_COLUMNS = (
    "environment_id", "organisation_id", "organisation_name_fi",
    "name_fi", "name_sv", "name_en", "street", "postal_code", "post_office",
    "municipality", "municipality_fi", "latitude", "longitude",
    "work_areas", "accessibility", "languages", "capacity", "opening_hours", "updated_at",
)  # fmt: skip


# --- rows --------------------------------------------------------------------------------


class CsvPair:
    """One table written twice: raw into `raw`, spreadsheet-safe into `safe`."""

    def __init__(self, raw: IO[str], safe: IO[str], columns: tuple[str, ...]) -> None:
        safe.write(BOM)
        self._raw = csv.writer(raw, lineterminator="\r\n")
        self._safe = csv.writer(safe, lineterminator="\r\n")
        self.writerow(list(columns))

    def writerow(self, row: list[str]) -> None:
        self._raw.writerow(row)
        self._safe.writerow([spreadsheet_safe(value) for value in row])


def local_time(value: str) -> str:
    """A timestamp in Finnish local time with its offset, as every time in the folder."""
    return timestamp(value) or value


def spreadsheet_safe(value: str) -> str:
    """The value as a spreadsheet keeps it as text: an apostrophe before one that begins
    like a formula (or a signed number, such as a phone number's +358)."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def _text(text: Text | None, language: str) -> str:
    return (text.get(language) or "") if text is not None else ""


class Rows:
    """One CSV row per record, every cell a string; lists are codes joined by `;`."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab

    def _labels(self, list_name: str, codes: list[str]) -> str:
        return "; ".join(self.vocab.label(list_name, code, "fi") for code in codes)

    def _address(self, address: Address | None) -> list[str]:
        a = address or Address()
        return [_cell(a.street), _cell(a.postal_code), _cell(a.post_office), _cell(a.municipality)]

    def _row(self, *values: object) -> list[str]:
        return [_cell(value) for value in values]

    def organisation(self, org: PublishedOrganisation) -> list[str]:
        record: Organisation = org.organisation
        municipality = record.address.municipality if record.address else None
        return [
            *self._row(record.id, *(_text(record.name, lang) for lang in ("fi", "sv", "en"))),
            *self._row(record.business_id, record.website, record.email, record.phone),
            *self._address(record.address),
            _cell(self.vocab.label("municipalities", municipality) if municipality else None),
            *self._row(len(org.environments), len(org.opportunities), local_time(org.last_updated)),
        ]

    def environment(self, org: PublishedOrganisation, env: Environment) -> list[str]:
        hours = sorted((h.day, h.opens, h.closes) for h in env.opening_hours)
        municipality = env.address.municipality
        return [
            *self._row(env.id, org.organisation.id, _text(org.organisation.name, "fi")),
            *(_text(env.name, lang) for lang in ("fi", "sv", "en")),
            *self._address(env.address),
            _cell(self.vocab.label("municipalities", municipality) if municipality else None),
            *self._row(env.latitude, env.longitude),
            LIST_SEPARATOR.join(env.work_areas),
            LIST_SEPARATOR.join(env.accessibility),
            LIST_SEPARATOR.join(env.languages),
            _cell(env.capacity),
            LIST_SEPARATOR.join(f"{day} {opens}-{closes}" for day, opens, closes in hours),
            local_time(env.updated_at),
        ]

    def opportunity(self, org: PublishedOrganisation, opp: Opportunity) -> list[str]:
        record = org.organisation
        env = org.environment(opp.environment_id)
        contact = next((c for c in record.contacts if c.id == opp.contact_id), None)
        hours = opp.hours_per_week
        return [
            *self._row(opp.id, record.id, _text(record.name, "fi")),
            *(_text(opp.title, lang) for lang in ("fi", "sv", "en")),
            opp.kind,
            self.vocab.label("kinds", opp.kind, "fi"),
            LIST_SEPARATOR.join(opp.target_groups),
            self._labels("target_groups", opp.target_groups),
            LIST_SEPARATOR.join(opp.municipalities),
            self._labels("municipalities", opp.municipalities),
            LIST_SEPARATOR.join(opp.languages),
            *self._row(opp.places, opp.places_updated_on, opp.starts_on, opp.ends_on),
            *self._row(hours.min if hours else None, hours.max if hours else None),
            _cell(opp.referral_required),
            _text(opp.description, "fi"),
            _text(opp.how_to_apply, "fi"),
            _text(opp.cost, "fi"),
            *self._row(env.id if env else None, _text(env.name, "fi") if env else None),
            *self._address(env.address if env else None),
            _text(contact.role if contact else None, "fi"),
            _cell(record.email),  # the general contact: open data names no person
            _cell(record.phone),
            local_time(opp.updated_at),
        ]
