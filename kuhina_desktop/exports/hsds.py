"""The published catalogue as Human Services Data Specification (HSDS) 3.0 objects, in one
language (fi, sv or en) per mapper.

Mapping (docs/open-data.md has the full table): organisation → organization, coaching
environment → location, opportunity → service, opportunity at its environment →
service_at_location, kinds and target groups → taxonomy terms of the taxonomies
`kuhina-kinds` and `kuhina-target-groups`. Every language's data set has the same objects
with the same ids; a text missing in the language is the Finnish one, named in the
record's `x_kuhina_text_languages` extension.

No person appears: a contact carries its role only, and a service's e-mail and phone are the
organisation's general ones. The official schemas type every field as a plain string,
number or array, never null, so empty fields are left out rather than written null.
"""

from __future__ import annotations

from collections.abc import Iterable

from kuhina_desktop.catalogue.published import PublishedOrganisation
from kuhina_desktop.domain.checked import last_checked
from kuhina_desktop.domain.model import Address, Contact, Environment, Opportunity, Organisation
from kuhina_desktop.domain.vocab import VocabEntry, Vocabulary
from kuhina_desktop.exports.hsds_parts import (
    MUNICIPALITY_CODE,
    TEXT_LANGUAGES,
    HsdsObject,
    Texts,
    alternate_names,
    compact,
    derived_id,
    municipality_uri,
    phrase,
    record_id,
    timestamp,
)
from kuhina_desktop.exports.site_data import page_slug

KIND_TAXONOMY = "kuhina-kinds"
TARGET_GROUP_TAXONOMY = "kuhina-target-groups"
TAXONOMIES = {KIND_TAXONOMY: "kinds", TARGET_GROUP_TAXONOMY: "target_groups"}
COUNTRY = "FI"
ORGANISATION_IDENTIFIER_SCHEME = "FI-PRO"  # org-id.guide: the Finnish trade register (Y-tunnus)
ORGANISATION_IDENTIFIER_TYPE = "Y-tunnus"
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
STATUS_MAP = {"published": "active"}  # every other status is "inactive"
TRANSPORT_CODES = ("public_transport_nearby", "parking")  # accessibility codes → transportation


def assured_date(opp: Opportunity) -> str | None:
    """HSDS `assured_date`: the day the association last checked the offer."""
    day = last_checked(opp)
    return day.isoformat() if day else None


def offer_page_url(base_url: str, language: str, opportunity_id: str) -> str:
    """The opportunity's page in the web catalogue published at `base_url` (ends with "/"):
    `tarjous/<id>.html`, under `sv/` or `en/` for those languages (docs/web-catalogue.md)."""
    prefix = "" if language == "fi" else f"{language}/"
    return f"{base_url}{prefix}tarjous/{page_slug(opportunity_id)}.html"


def _with_languages(obj: HsdsObject, texts: Texts) -> HsdsObject:
    obj[TEXT_LANGUAGES] = texts.extension()
    return compact(obj)


class HsdsMapper:
    """Builds HSDS objects in `language` for one vocabulary; taxonomy terms are built once and
    shared. With the web catalogue's `base_url`, a service's `url` is its offer page."""

    def __init__(self, vocab: Vocabulary, language: str = "fi", base_url: str | None = None):
        self.vocab = vocab
        self.language = language
        self.base_url = base_url
        self._terms: dict[tuple[str, str], HsdsObject] = {}
        self._taxonomies = {name: self._taxonomy(name) for name in TAXONOMIES}
        for name, list_name in TAXONOMIES.items():
            for entry in vocab.entries(list_name):
                self._terms[(list_name, entry.code)] = self._term(name, entry)

    # --- taxonomies -------------------------------------------------------------------

    def _taxonomy(self, name: str) -> HsdsObject:
        return {
            "id": derived_id("taxonomy", name),
            "name": name,
            "description": phrase(TAXONOMIES[name], self.language),
            "version": self.vocab.version,
        }

    def _term(self, taxonomy: str, entry: VocabEntry) -> HsdsObject:
        code = entry.mappings.get("hsds_term") or entry.code
        lang = self.language
        description = entry.mappings.get(f"description_{lang}") or entry.label(lang)
        return {
            "id": derived_id("taxonomy_term", taxonomy, entry.code),
            "code": str(code),
            "name": entry.label(lang),
            "description": str(description),
            "taxonomy": taxonomy,
            "taxonomy_detail": self._taxonomies[taxonomy],
            "language": lang,
            "taxonomy_id": self._taxonomies[taxonomy]["id"],
        }

    def taxonomies(self) -> list[HsdsObject]:
        return [self._taxonomies[name] for name in sorted(self._taxonomies)]

    def taxonomy_terms(self) -> list[HsdsObject]:
        return sorted(self._terms.values(), key=lambda term: (term["taxonomy"], term["code"]))

    # --- shared parts -----------------------------------------------------------------

    def _label(self, list_name: str, code: str) -> str:
        return self.vocab.label(list_name, code, self.language)

    @staticmethod
    def _phones(number: str | None, owner_id: str, link: str) -> list[HsdsObject]:
        """A phone number (E.164 already) as the one HSDS phone of its owner."""
        if not number:
            return []
        phone_id = derived_id("phone", owner_id)
        return [{"id": phone_id, link: owner_id, "number": number, "type": "voice"}]

    def _contact(self, contact: Contact, contact_id: str, link: str, owner_id: str) -> HsdsObject:
        """A contact by its role only: open data names no person and gives no personal
        e-mail or phone (the organisation's general ones are on the organisation and the
        service instead)."""
        texts = Texts(self.language)
        return _with_languages(
            {"id": contact_id, link: owner_id, "title": texts.optional("title", contact.role)},
            texts,
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
        municipality = entry.label(self.language) if entry else None
        city = address.post_office or municipality
        if not city:
            return []
        region = entry.mappings.get(f"region_{self.language}") if entry else None
        if region is None and entry is not None and self.language == "fi":
            region = entry.mappings.get("region_fi")
        return [
            compact(
                {
                    "id": derived_id("address", location_id, kind),
                    "location_id": location_id,
                    "address_1": address.street,
                    "city": city,
                    "region": municipality,
                    "state_province": str(region or phrase("region", self.language)),
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
        texts = Texts(self.language)
        return _with_languages(
            {
                "id": location_id,
                "location_type": "postal",
                "url": org.website or None,
                "organization_id": org_id,
                "name": texts.required("name", org.name),
                "alternate_name": alternate_names(org.name, self.language),
                "addresses": addresses,
            },
            texts,
        )

    def location(self, env: Environment, org: Organisation) -> HsdsObject:
        location_id = record_id(env.id)
        has_position = env.latitude is not None and env.longitude is not None
        transport = [c for c in dict.fromkeys(env.accessibility) if c in TRANSPORT_CODES]
        texts = Texts(self.language)
        return _with_languages(
            {
                "id": location_id,
                "location_type": "physical",
                "url": org.website or None,
                "organization_id": record_id(org.id),
                "name": texts.required("name", env.name),
                "alternate_name": alternate_names(env.name, self.language),
                "description": texts.optional("description", env.description),
                "transportation": (
                    "; ".join(self._label("accessibility", c) for c in transport) or None
                ),
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
            },
            texts,
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
                    "notes": phrase("local_time", self.language),
                }
            )
        return schedules

    # --- services ---------------------------------------------------------------------

    def service(self, org: PublishedOrganisation, opp: Opportunity) -> HsdsObject:
        service_id = record_id(opp.id)
        record = org.organisation
        env = org.environment(opp.environment_id)
        contact = next((c for c in record.contacts if c.id == opp.contact_id), None)
        texts = Texts(self.language)
        application = [
            texts.optional("application_process", opp.how_to_apply),
            phrase("referral", self.language) if opp.referral_required else None,
        ]
        url = offer_page_url(self.base_url, self.language, opp.id) if self.base_url else None
        return _with_languages(
            {
                "id": service_id,
                "organization_id": record_id(record.id),
                "name": texts.required("name", opp.title),
                "alternate_name": alternate_names(opp.title, self.language),
                "description": texts.required("description", opp.description),
                "url": url,
                "email": record.email or None,
                "status": STATUS_MAP.get(opp.status, "inactive"),
                "application_process": "\n\n".join(p for p in application if p) or None,
                "fees_description": (
                    texts.optional("fees_description", opp.cost) or phrase("free", self.language)
                ),
                "eligibility_description": texts.optional(
                    "eligibility_description", opp.requirements
                ),
                "last_modified": timestamp(opp.updated_at),
                "assured_date": assured_date(opp),
                "phones": self._phones(record.phone, service_id, "service_id"),
                "schedules": self._service_schedule(opp, service_id, texts),
                "service_areas": [
                    {
                        "id": derived_id("service_area", service_id, code),
                        "service_id": service_id,
                        "name": self._label("municipalities", code),
                        "description": phrase("municipality", self.language, code=code),
                        "uri": municipality_uri(code),
                        MUNICIPALITY_CODE: code,
                    }
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
            },
            texts,
        )

    def _service_schedule(
        self, opp: Opportunity, service_id: str, texts: Texts
    ) -> list[HsdsObject]:
        """Dates, hours per week and duration as one schedule without recurrence."""
        hours = opp.hours_per_week
        hours_text = None
        if hours is not None and hours.min is not None:
            low = _number(hours.min)
            span = low if hours.max in (None, hours.min) else f"{low}–{_number(hours.max)}"
            hours_text = phrase("hours", self.language, span=span)
        duration = texts.optional("schedules.notes", opp.duration)
        notes = "; ".join(part for part in (hours_text, duration) if part) or None
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
        texts = Texts(self.language)
        return _with_languages(
            {
                "id": org_id,
                "name": texts.required("name", record.name),
                "alternate_name": alternate_names(record.name, self.language),
                "description": texts.optional("description", record.description) or "",
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
            },
            texts,
        )


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
