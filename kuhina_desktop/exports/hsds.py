"""The published catalogue as Human Services Data Specification (HSDS) 3.0 objects.

Mapping (docs/open-data.md has the full table): organisation → organization, coaching
environment → location, opportunity → service, opportunity at its environment →
service_at_location, kinds and target groups → taxonomy terms of the taxonomies
`kuhina-kinds` and `kuhina-target-groups`. HSDS carries the Finnish text only; the other
languages are in the catalogue's own JSON.

HSDS wants UUIDs. A record keeps its own id; an object we derive (phone, address, schedule,
attribute...) gets `uuid5(NAMESPACE, "<kind>:<part>/<part>...")`, so the same catalogue
gives the same ids on every publish. The official schemas type every field as a plain
string, number or array, never null, so empty fields are left out rather than written null.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from kuhina_desktop.catalogue.published import PublishedOrganisation
from kuhina_desktop.domain.checked import last_checked
from kuhina_desktop.domain.model import (
    Address,
    Contact,
    Environment,
    Opportunity,
    Organisation,
    Text,
)
from kuhina_desktop.domain.vocab import VocabEntry, Vocabulary

HsdsObject = dict[str, Any]

# uuid5(NAMESPACE_URL, "urn:kuhina:open-data:hsds-3.0"); fixed so anyone can recompute ids.
NAMESPACE = uuid.UUID("69c4ca9a-836a-57de-b4f2-8a7140220a09")

KIND_TAXONOMY = "kuhina-kinds"
TARGET_GROUP_TAXONOMY = "kuhina-target-groups"
TAXONOMIES = {
    KIND_TAXONOMY: ("kinds", "Kuhina: tarjonnan lajit (työkokeilu, kuntouttava työtoiminta...)"),
    TARGET_GROUP_TAXONOMY: ("target_groups", "Kuhina: kohderyhmät"),
}
COUNTRY = "FI"
DEFAULT_REGION = "Pohjois-Karjala"  # the maakunta, when a municipality entry names none
ORGANISATION_IDENTIFIER_SCHEME = "FI-PRO"  # org-id.guide: the Finnish trade register (Y-tunnus)
ORGANISATION_IDENTIFIER_TYPE = "Y-tunnus"
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
LOCAL_TIME_NOTE = "Kellonajat Suomen aikaa (Europe/Helsinki)."
FREE_OF_CHARGE = "Maksuton"
REFERRAL_REQUIRED = "Edellyttää lähetettä työllisyyspalveluista."
STATUS_MAP = {"published": "active"}  # every other status is "inactive"


def assured_date(opp: Opportunity) -> str | None:
    """HSDS `assured_date`: the day the association last checked the offer."""
    day = last_checked(opp)
    return day.isoformat() if day else None


def derived_id(kind: str, *parts: str) -> str:
    """The stable UUID of an object we derive from records, e.g. ("phone", org_id)."""
    return str(uuid.uuid5(NAMESPACE, kind + ":" + "/".join(parts)))


def record_id(value: str) -> str:
    """A record's own id as a canonical UUID; a malformed one is hashed to a stable UUID."""
    try:
        return str(uuid.UUID(value))
    except ValueError:
        return derived_id("record", value)


def fi(text: Text | None) -> str | None:
    """The Finnish text of an optional field, None when empty."""
    return text.fi if text is not None and text.fi else None


def fi_required(text: Text) -> str:
    """The Finnish text of a required field, falling back to another language."""
    return text.best("fi")


def timestamp(value: str | None) -> str | None:
    """An ISO timestamp with offset as RFC 3339 (seconds included); None if unreadable."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed.isoformat() if parsed.tzinfo is not None else None


def compact(obj: HsdsObject) -> HsdsObject:
    """The object without its None fields (HSDS types never allow null)."""
    return {key: value for key, value in obj.items() if value is not None}


class HsdsMapper:
    """Builds HSDS objects for one vocabulary; taxonomy terms are built once and shared."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self._terms: dict[tuple[str, str], HsdsObject] = {}
        self._taxonomies = {name: self._taxonomy(name) for name in TAXONOMIES}
        for name, (list_name, _) in TAXONOMIES.items():
            for entry in vocab.entries(list_name):
                self._terms[(list_name, entry.code)] = self._term(name, entry)

    # --- taxonomies -------------------------------------------------------------------

    def _taxonomy(self, name: str) -> HsdsObject:
        return {
            "id": derived_id("taxonomy", name),
            "name": name,
            "description": TAXONOMIES[name][1],
            "version": self.vocab.version,
        }

    def _term(self, taxonomy: str, entry: VocabEntry) -> HsdsObject:
        code = entry.mappings.get("hsds_term") or entry.code
        description = entry.mappings.get("description_fi") or entry.label("fi")
        return {
            "id": derived_id("taxonomy_term", taxonomy, entry.code),
            "code": str(code),
            "name": entry.label("fi"),
            "description": str(description),
            "taxonomy": taxonomy,
            "taxonomy_detail": self._taxonomies[taxonomy],
            "language": "fi",
            "taxonomy_id": self._taxonomies[taxonomy]["id"],
        }

    def taxonomies(self) -> list[HsdsObject]:
        return [self._taxonomies[name] for name in sorted(self._taxonomies)]

    def taxonomy_terms(self) -> list[HsdsObject]:
        return sorted(self._terms.values(), key=lambda term: (term["taxonomy"], term["code"]))

    # --- shared parts -----------------------------------------------------------------

    def _label(self, list_name: str, code: str) -> str:
        return self.vocab.label(list_name, code, "fi")

    @staticmethod
    def _phones(number: str | None, owner_id: str, link: str) -> list[HsdsObject]:
        """A phone number (E.164 already) as the one HSDS phone of its owner."""
        if not number:
            return []
        phone_id = derived_id("phone", owner_id)
        return [{"id": phone_id, link: owner_id, "number": number, "type": "voice"}]

    def _contact(self, contact: Contact, contact_id: str, link: str, owner_id: str) -> HsdsObject:
        return compact(
            {
                "id": contact_id,
                link: owner_id,
                "name": contact.name or None,
                "title": fi(contact.role),
                "email": contact.email or None,
                "phones": self._phones(contact.phone, contact_id, "contact_id"),
            }
        )

    def _languages(self, codes: Iterable[str], owner_id: str, link: str) -> list[HsdsObject]:
        return [
            {
                "id": derived_id("language", owner_id, code),
                link: owner_id,
                "name": self._label("languages", code),
                "code": code,
            }
            for code in dict.fromkeys(codes)
        ]

    def _address(self, address: Address | None, location_id: str, kind: str) -> list[HsdsObject]:
        """HSDS requires street, city, region and postal code: an incomplete address is left out."""
        if address is None or not address.street or not address.postal_code:
            return []
        entry = self.vocab.get("municipalities", address.municipality or "")
        municipality = entry.label("fi") if entry else None
        city = address.post_office or municipality
        if not city:
            return []
        region = entry.mappings.get("region_fi") if entry else None
        return [
            compact(
                {
                    "id": derived_id("address", location_id, kind),
                    "location_id": location_id,
                    "address_1": address.street,
                    "city": city,
                    "region": municipality,
                    "state_province": str(region or DEFAULT_REGION),
                    "postal_code": address.postal_code,
                    "country": COUNTRY,
                    "address_type": kind,
                }
            )
        ]

    # --- locations --------------------------------------------------------------------

    def organisation_location(self, org: Organisation) -> HsdsObject | None:
        """The organisation's own (postal) address as a location, when it is complete."""
        org_id = record_id(org.id)
        location_id = derived_id("location", org_id, "postal")
        addresses = self._address(org.address, location_id, "postal")
        if not addresses:
            return None
        return {
            "id": location_id,
            "location_type": "postal",
            "organization_id": org_id,
            "name": fi_required(org.name),
            "addresses": addresses,
        }

    def location(self, env: Environment, org_id: str) -> HsdsObject:
        location_id = record_id(env.id)
        has_position = env.latitude is not None and env.longitude is not None
        return compact(
            {
                "id": location_id,
                "location_type": "physical",
                "organization_id": record_id(org_id),
                "name": fi_required(env.name),
                "description": fi(env.description),
                "latitude": env.latitude if has_position else None,
                "longitude": env.longitude if has_position else None,
                "languages": self._languages(env.languages, location_id, "location_id"),
                "addresses": self._address(env.address, location_id, "physical"),
                "accessibility": [
                    {
                        "id": derived_id("accessibility", location_id, code),
                        "location_id": location_id,
                        "description": self._label("accessibility", code),
                    }
                    for code in dict.fromkeys(env.accessibility)
                ],
                "schedules": self._opening_hours(env, location_id),
            }
        )

    def _opening_hours(self, env: Environment, location_id: str) -> list[HsdsObject]:
        """Weekly schedules, one per opening interval, with the days that share it."""
        days: dict[tuple[str, str], set[int]] = {}
        for hours in env.opening_hours:
            if 1 <= hours.day <= 7:
                days.setdefault((hours.opens, hours.closes), set()).add(hours.day)
        schedules = []
        for (opens, closes), day_numbers in sorted(days.items()):
            byday = ",".join(WEEKDAYS[day - 1] for day in sorted(day_numbers))
            schedules.append(
                {
                    "id": derived_id("schedule", location_id, opens, closes),
                    "location_id": location_id,
                    "freq": "WEEKLY",
                    "wkst": "MO",
                    "byday": byday,
                    "opens_at": opens,
                    "closes_at": closes,
                    "notes": LOCAL_TIME_NOTE,
                }
            )
        return schedules

    # --- services ---------------------------------------------------------------------

    def service(self, org: PublishedOrganisation, opp: Opportunity) -> HsdsObject:
        service_id = record_id(opp.id)
        env = org.environment(opp.environment_id)
        contact = next((c for c in org.organisation.contacts if c.id == opp.contact_id), None)
        application = [fi(opp.how_to_apply), REFERRAL_REQUIRED if opp.referral_required else None]
        return compact(
            {
                "id": service_id,
                "organization_id": record_id(org.organisation.id),
                "name": fi_required(opp.title),
                "description": fi_required(opp.description),
                "status": STATUS_MAP.get(opp.status, "inactive"),
                "application_process": "\n\n".join(p for p in application if p) or None,
                "fees_description": fi(opp.cost) or FREE_OF_CHARGE,
                "eligibility_description": fi(opp.requirements),
                "last_modified": timestamp(opp.updated_at),
                "assured_date": assured_date(opp),
                "schedules": self._service_schedule(opp, service_id),
                "service_areas": [
                    compact(
                        {
                            "id": derived_id("service_area", service_id, code),
                            "service_id": service_id,
                            "name": self._label("municipalities", code),
                            "description": f"kuntanumero {code}",
                        }
                    )
                    for code in dict.fromkeys(opp.municipalities)
                ],
                "service_at_locations": [self.service_at_location(opp, env)] if env else [],
                "languages": self._languages(opp.languages, service_id, "service_id"),
                "contacts": (
                    [
                        self._contact(
                            contact,
                            derived_id("contact", service_id, record_id(contact.id)),
                            "service_id",
                            service_id,
                        )
                    ]
                    if contact
                    else []
                ),
                "attributes": self._attributes(opp, service_id),
            }
        )

    def _service_schedule(self, opp: Opportunity, service_id: str) -> list[HsdsObject]:
        """Dates, hours per week and duration as one schedule without recurrence."""
        hours = opp.hours_per_week
        hours_text = None
        if hours is not None and hours.min is not None:
            low = _number(hours.min)
            span = low if hours.max in (None, hours.min) else f"{low}–{_number(hours.max)}"
            hours_text = f"{span} tuntia viikossa"
        notes = "; ".join(part for part in (hours_text, fi(opp.duration)) if part) or None
        if not (opp.starts_on or opp.ends_on or notes):
            return []
        return [
            compact(
                {
                    "id": derived_id("schedule", service_id),
                    "service_id": service_id,
                    "valid_from": opp.starts_on,
                    "valid_to": opp.ends_on,
                    "notes": notes,
                }
            )
        ]

    def _attributes(self, opp: Opportunity, service_id: str) -> list[HsdsObject]:
        links = [("kinds", opp.kind, "service_type")] + [
            ("target_groups", code, "audience") for code in dict.fromkeys(opp.target_groups)
        ]
        attributes = []
        for list_name, code, link_type in links:
            term = self._terms.get((list_name, code))
            if term is None:  # a code this program does not know: nothing to link to
                continue
            attributes.append(
                {
                    "id": derived_id("attribute", service_id, list_name, code),
                    "link_id": service_id,
                    "taxonomy_term_id": term["id"],
                    "link_type": link_type,
                    "link_entity": "service",
                    "value": code,
                    "taxonomy_term": term,
                }
            )
        return attributes

    def service_at_location(self, opp: Opportunity, env: Environment) -> HsdsObject:
        service_id, location_id = record_id(opp.id), record_id(env.id)
        return {
            "id": derived_id("service_at_location", service_id, location_id),
            "service_id": service_id,
            "location_id": location_id,
        }

    # --- organizations ----------------------------------------------------------------

    def organization(
        self,
        org: PublishedOrganisation,
        services: list[HsdsObject],
        locations: list[HsdsObject],
    ) -> HsdsObject:
        """An organization in the `organization_full` shape: its locations and services nested."""
        record = org.organisation
        org_id = record_id(record.id)
        identifiers = []
        if record.business_id:
            identifiers.append(
                {
                    "id": derived_id("organization_identifier", org_id, "FI-PRO"),
                    "organization_id": org_id,
                    "identifier_scheme": ORGANISATION_IDENTIFIER_SCHEME,
                    "identifier_type": ORGANISATION_IDENTIFIER_TYPE,
                    "identifier": record.business_id,
                }
            )
        return compact(
            {
                "id": org_id,
                "name": fi_required(record.name),
                "description": fi(record.description) or "",
                "email": record.email or None,
                "website": record.website or None,
                "contacts": [
                    self._contact(c, record_id(c.id), "organization_id", org_id)
                    for c in record.contacts
                ],
                "phones": self._phones(record.phone, org_id, "organization_id"),
                "locations": locations,
                "organization_identifiers": identifiers,
                "services": services,
            }
        )


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
