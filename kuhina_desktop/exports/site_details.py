"""The details page of one opportunity: every fact, localised and formatted, links checked.

Like `site_data`, this only prepares values; the template escapes every one of them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache, lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers
from markupsafe import Markup

from kuhina_desktop.catalogue.published import PublishedOrganisation
from kuhina_desktop.domain.model import Address, Environment, Opportunity
from kuhina_desktop.domain.vocab import Vocabulary
from kuhina_desktop.exports.site_data import (
    ListItem,
    Localised,
    codes,
    day_text,
    lang_attribute,
    localise,
    mailto_href,
    tel_href,
    web_href,
)

PhotoFile = Callable[[str], str | None]
"""Maps an attachment ref to its file under the output root (`kuvat/<sha>.<ext>`), or None."""


def format_day(value: date, lang: str) -> str:
    return day_text(value, lang)


def format_date(value: str | None, lang: str) -> str | None:
    if not value:
        return None
    try:
        return format_day(date.fromisoformat(value), lang)
    except ValueError:
        return value


@cache
def _local_zone() -> ZoneInfo | None:
    try:
        return ZoneInfo("Europe/Helsinki")
    except ZoneInfoNotFoundError:
        return None


def format_timestamp(value: str | None, lang: str) -> str:
    """The Finnish calendar day of an ISO timestamp."""
    try:
        moment = datetime.fromisoformat(value or "")
    except ValueError:
        return value or ""
    zone = _local_zone()
    if moment.tzinfo is not None and zone is not None:
        moment = moment.astimezone(zone)
    return format_day(moment.date(), lang)


def format_number(value: float, lang: str) -> str:
    text = str(int(value)) if float(value).is_integer() else f"{value:g}"
    return text if lang == "en" else text.replace(".", ",")


@dataclass(frozen=True)
class Link:
    text: str
    href: str | None


NO_LANG = Markup("")


@dataclass(frozen=True)
class Photo:
    src: str
    alt: str
    alt_lang: Markup = NO_LANG  # ` lang="fi"` when the description is in another language


@dataclass(frozen=True)
class EnvironmentView:
    name: Localised
    description: Localised | None
    address: list[str]
    accessibility: list[str]
    work_areas: list[str]
    languages: list[str]
    coaching: Localised | None
    capacity: int | None
    opening_hours: list[tuple[str, str]]
    photos: list[Photo]


@dataclass(frozen=True)
class ContactView:
    """The opportunity's contact person; `withheld` when the person has not agreed to be
    published (no name, role, phone or e-mail: the page gives the organisation's own)."""

    name: str
    role: Localised | None
    phone: Link | None
    email: Link | None
    withheld: bool = False


@dataclass(frozen=True)
class DetailView:
    item: ListItem
    kind_help: str  # what the kind means, in plain words (the code list's description)
    description: Localised | None
    learning: Localised | None
    requirements: Localised | None
    how_to_apply: Localised | None
    duration: Localised | None
    cost: Localised | None
    target_groups: list[str]
    languages: list[str]
    municipalities: list[Link]
    places: str | None
    dates: str
    hours: str | None
    referral: str
    environment: EnvironmentView | None
    contact: ContactView | None
    website: Link | None
    phone: Link | None
    email: Link | None
    # "Tiedot tarkistettu 12.3.2027": the day the association last checked the offer; the
    # organisation's update day (`org_updated`) is shown only when that day is unknown.
    org_updated: str
    checked: str = ""


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def address_lines(address: Address | None, vocab: Vocabulary, lang: str) -> list[str]:
    if address is None:
        return []
    town = " ".join(p for p in (_text(address.postal_code), _text(address.post_office)) if p)
    municipality = _text(address.municipality)
    label = vocab.label("municipalities", municipality, lang) if municipality else ""
    lines = [_text(address.street), town]
    if label and label != _text(address.post_office):
        lines.append(label)
    return [line for line in lines if line]


@lru_cache(maxsize=4096)
def phone_link(value: str | None) -> Link | None:
    """A tel: link; the number shown in groups (+358 40 123 4567) when it parses."""
    text = _text(value)
    if not text:
        return None
    shown = text
    try:
        number = phonenumbers.parse(text, "FI")
        if phonenumbers.is_possible_number(number):
            shown = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    except phonenumbers.NumberParseException:
        pass
    return Link(shown, tel_href(text))


def email_link(value: str | None) -> Link | None:
    text = _text(value)
    return Link(text, mailto_href(text)) if text else None


def _dates(opp: Opportunity, s: dict[str, str], lang: str) -> str:
    start, end = format_date(opp.starts_on, lang), format_date(opp.ends_on, lang)
    if start and end:
        return s["date_range"].format(start=start, end=end)
    if start:
        return s["starts_on"].format(date=start)
    if end:
        return s["ends_on"].format(date=end)
    return s["continuous"]


def _hours(opp: Opportunity, s: dict[str, str], lang: str) -> str | None:
    hours = opp.hours_per_week
    if hours is None:
        return None
    low = hours.min if isinstance(hours.min, int | float) else None
    high = hours.max if isinstance(hours.max, int | float) else None
    if low is not None and high is not None and low != high:
        return s["hours_range"].format(min=format_number(low, lang), max=format_number(high, lang))
    if low is not None and high is not None:
        return s["hours_single"].format(value=format_number(low, lang))
    if low is not None:
        return s["hours_min"].format(value=format_number(low, lang))
    if high is not None:
        return s["hours_max"].format(value=format_number(high, lang))
    return None


def _places(opp: Opportunity, item: ListItem, s: dict[str, str], lang: str) -> str | None:
    if item.places is None:
        return None
    text = s["places_value"].format(count=item.places)
    updated = format_date(opp.places_updated_on, lang)
    return f"{text} ({s['places_updated'].format(date=updated)})" if updated else text


def _opening_hours(env: Environment, s: dict[str, str]) -> list[tuple[str, str]]:
    days = s["weekdays"].split("|")
    rows = []
    for entry in sorted(env.opening_hours, key=lambda h: h.day if isinstance(h.day, int) else 9):
        day = days[entry.day - 1] if isinstance(entry.day, int) and 1 <= entry.day <= 7 else "?"
        rows.append((day, f"{_text(entry.opens)}–{_text(entry.closes)}"))
    return rows


def environment_view(
    env: Environment, vocab: Vocabulary, lang: str, s: dict[str, str], photo_file: PhotoFile
) -> EnvironmentView:
    name = localise(env.name, lang) or Localised("", lang)
    # The association's description of each photo is its alt text (package format 2); a
    # photo without one (format 1) says which photo of which place it is.
    descriptions = env.photo_descriptions if isinstance(env.photo_descriptions, list) else []
    shown = [
        (src, descriptions[i] if i < len(descriptions) else None)
        for i, src in enumerate(photo_file(ref) for ref in env.photos)
        if src
    ]
    photos = []
    for n, (src, description) in enumerate(shown, start=1):
        text = localise(description, lang)
        if text is not None:
            photos.append(Photo(src, text.text, lang_attribute(text, lang)))
        else:
            generic = s["photo_alt"].format(number=n, total=len(shown), name=name.text)
            photos.append(Photo(src, generic))
    capacity = env.capacity if isinstance(env.capacity, int) and env.capacity > 0 else None
    return EnvironmentView(
        name=name,
        description=localise(env.description, lang),
        address=address_lines(env.address, vocab, lang),
        accessibility=[vocab.label("accessibility", c, lang) for c in codes(env.accessibility)],
        work_areas=[vocab.label("work_areas", c, lang) for c in codes(env.work_areas)],
        languages=[vocab.label("languages", c, lang) for c in codes(env.languages)],
        coaching=localise(env.coaching, lang),
        capacity=capacity,
        opening_hours=_opening_hours(env, s),
        photos=photos,
    )


def contact_view(
    org: PublishedOrganisation, contact_id: str | None, lang: str
) -> ContactView | None:
    for contact in org.organisation.contacts:
        if contact.id == contact_id:
            if not contact.may_be_published():
                return ContactView(name="", role=None, phone=None, email=None, withheld=True)
            return ContactView(
                name=_text(contact.name),
                role=localise(contact.role, lang),
                phone=phone_link(contact.phone),
                email=email_link(contact.email),
            )
    return None


class OrganisationDetails:
    """The details pages of one organisation's opportunities in one language. What they
    share (the organisation's links, its coaching environments, its contacts) is prepared
    once, not for every opportunity."""

    def __init__(
        self,
        org: PublishedOrganisation,
        vocab: Vocabulary,
        lang: str,
        s: dict[str, str],
        photo_file: PhotoFile,
    ) -> None:
        self.org, self.vocab, self.lang, self.s, self.photo_file = org, vocab, lang, s, photo_file
        website = _text(org.organisation.website)
        self.website = Link(website, web_href(website)) if website else None
        self.phone = phone_link(org.organisation.phone)
        self.email = email_link(org.organisation.email)
        self.updated = s["org_updated"].format(date=format_timestamp(org.last_updated, lang))
        self._environments: dict[str | None, EnvironmentView | None] = {}
        self._contacts: dict[str | None, ContactView | None] = {}

    def environment(self, environment_id: str | None) -> EnvironmentView | None:
        if environment_id not in self._environments:
            env = self.org.environment(environment_id)
            self._environments[environment_id] = (
                environment_view(env, self.vocab, self.lang, self.s, self.photo_file)
                if env
                else None
            )
        return self._environments[environment_id]

    def contact(self, contact_id: str | None) -> ContactView | None:
        if contact_id not in self._contacts:
            self._contacts[contact_id] = contact_view(self.org, contact_id, self.lang)
        return self._contacts[contact_id]

    def view(self, opp: Opportunity, item: ListItem) -> DetailView:
        """The details of `opp`, whose list entry `item` was built for this language."""
        vocab, lang, s = self.vocab, self.lang, self.s
        municipalities = [
            Link(vocab.label("municipalities", code, lang),
                 f"kunta/{code}.html" if vocab.get("municipalities", code) else None)
            for code in item.municipalities
        ]  # fmt: skip
        kind = vocab.get("kinds", item.kind)
        kind_help = kind.mappings.get(f"description_{lang}") if kind else None
        return DetailView(
            item=item,
            kind_help=kind_help if isinstance(kind_help, str) else "",
            description=localise(opp.description, lang),
            learning=localise(opp.learning, lang),
            requirements=localise(opp.requirements, lang),
            how_to_apply=localise(opp.how_to_apply, lang),
            duration=localise(opp.duration, lang),
            cost=localise(opp.cost, lang),
            target_groups=[vocab.label("target_groups", c, lang) for c in item.target_groups],
            languages=[vocab.label("languages", c, lang) for c in item.languages],
            municipalities=municipalities,
            places=_places(opp, item, s, lang),
            dates=_dates(opp, s, lang),
            hours=_hours(opp, s, lang),
            referral=s["referral_required"]
            if opp.referral_required
            else s["referral_not_required"],
            environment=self.environment(opp.environment_id),
            contact=self.contact(opp.contact_id),
            website=self.website,
            phone=self.phone,
            email=self.email,
            org_updated="" if item.checked else self.updated,
            checked=item.checked,
        )
