"""The records of docs/data-model.md as plain dataclasses.

Dates, times and timestamps are kept as the ISO strings of the data contract
(`YYYY-MM-DD`, `HH:MM`, ISO 8601 with offset), so that a record read from an untrusted
file can hold a wrong value and validation can name it, instead of the reader crashing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

STATUSES = ("draft", "published", "paused", "closed")


def new_id() -> str:
    """A new record id (UUID4 text); ids never change once given."""
    return str(uuid.uuid4())


def now_timestamp() -> str:
    """The current UTC time as ISO 8601 with offset, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass
class Text:
    """A translated text; Finnish is the required language wherever the field is required."""

    fi: str = ""
    sv: str | None = None
    en: str | None = None

    def get(self, language: str) -> str | None:
        value: str | None = getattr(self, language, None)
        return value

    def best(self, language: str) -> str:
        """The text in `language`, falling back to Finnish, then any language."""
        for lang in (language, "fi", "sv", "en"):
            value = self.get(lang)
            if value:
                return value
        return ""

    def is_empty(self) -> bool:
        return not (self.fi or self.sv or self.en)


@dataclass
class Address:
    street: str | None = None
    postal_code: str | None = None
    post_office: str | None = None
    municipality: str | None = None


@dataclass
class Contact:
    id: str = field(default_factory=new_id)
    name: str = ""
    role: Text | None = None
    email: str | None = None
    phone: str | None = None
    # Consent to publish the person's name, e-mail and phone (package format 3): the day it
    # was given and who recorded it (the volunteer who asked the person). Without both, the
    # contact is sent to the coordinator but never published.
    consent_given_on: str | None = None
    consent_recorded_by: str | None = None

    def may_be_published(self) -> bool:
        """Whether the person agreed that their contact details are published."""
        return bool(self.consent_given_on and (self.consent_recorded_by or "").strip())


@dataclass
class Organisation:
    id: str = field(default_factory=new_id)
    name: Text = field(default_factory=Text)
    business_id: str | None = None
    description: Text | None = None
    website: str | None = None
    email: str | None = None
    phone: str | None = None
    address: Address | None = None
    logo: str | None = None
    contacts: list[Contact] = field(default_factory=list)


@dataclass
class OpeningHours:
    day: int = 1
    opens: str = "08:00"
    closes: str = "16:00"


@dataclass
class Environment:
    """A coaching environment (valmennusympäristö): where a job seeker practises work."""

    id: str = field(default_factory=new_id)
    name: Text = field(default_factory=Text)
    description: Text | None = None
    work_areas: list[str] = field(default_factory=list)
    address: Address = field(default_factory=Address)
    latitude: float | None = None
    longitude: float | None = None
    accessibility: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    coaching: Text | None = None
    capacity: int | None = None
    opening_hours: list[OpeningHours] = field(default_factory=list)
    photos: list[str] = field(default_factory=list)
    # What each photo shows, in words (the image's alt text on the web), by position in
    # `photos`; required for every photo from package format 2 on.
    photo_descriptions: list[Text] = field(default_factory=list)
    # For each photo, by position in `photos`: the day the association confirmed that the
    # people in the photo have agreed to its publication, or that no person can be
    # recognised in it; null (or missing) when not confirmed. An unconfirmed photo is sent
    # to the coordinator but never published (package format 3).
    photo_confirmed_on: list[str | None] = field(default_factory=list)
    updated_at: str = field(default_factory=now_timestamp)

    def photo_confirmed(self, index: int) -> bool:
        """Whether the photo at `index` of `photos` may be published."""
        confirmed = self.photo_confirmed_on
        return 0 <= index < len(confirmed) and bool(confirmed[index])

    def unconfirmed_photos(self) -> list[int]:
        """The positions in `photos` of the photos that are sent but never published, as
        their permission to publish is not confirmed."""
        return [i for i in range(len(self.photos)) if not self.photo_confirmed(i)]

    def with_confirmed_photos_only(self) -> Environment:
        """A copy keeping only the photos that may be published, each with its description
        and confirmation (what every output of the catalogue shows)."""
        keep = [i for i in range(len(self.photos)) if self.photo_confirmed(i)]
        descriptions = self.photo_descriptions
        return replace(
            self,
            photos=[self.photos[i] for i in keep],
            photo_descriptions=[descriptions[i] for i in keep if i < len(descriptions)],
            photo_confirmed_on=[self.photo_confirmed_on[i] for i in keep],
        )


@dataclass
class HoursRange:
    min: float | None = None
    max: float | None = None


@dataclass
class Opportunity:
    id: str = field(default_factory=new_id)
    environment_id: str | None = None
    kind: str = "work_trial"
    title: Text = field(default_factory=Text)
    description: Text = field(default_factory=Text)
    learning: Text | None = None
    requirements: Text | None = None
    target_groups: list[str] = field(default_factory=list)
    municipalities: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    places: int | None = None
    places_updated_on: str | None = None
    starts_on: str | None = None
    ends_on: str | None = None
    hours_per_week: HoursRange | None = None
    duration: Text | None = None
    referral_required: bool = False
    how_to_apply: Text | None = None
    contact_id: str | None = None
    cost: Text | None = None
    status: str = "draft"
    updated_at: str = field(default_factory=now_timestamp)
    reviewed_on: str | None = None


@dataclass
class Snapshot:
    """An organisation's records: the content of a package's data.json."""

    organisation: Organisation
    environments: list[Environment] = field(default_factory=list)
    opportunities: list[Opportunity] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {
            "environments": len(self.environments),
            "opportunities": len(self.opportunities),
            "contacts": len(self.organisation.contacts),
        }

    def attachment_refs(self) -> list[str]:
        """Every `attachments/<sha256>.<ext>` the records name, in first-seen order."""
        refs: list[str] = []
        if self.organisation.logo:
            refs.append(self.organisation.logo)
        for env in self.environments:
            refs.extend(env.photos)
        return list(dict.fromkeys(refs))
