"""Demo content for `kuhina demo` (docs/command-line.md): the first run, screenshots, benchmarks.

`generate_demo` builds organisations of the kind found in North Karelia with their coaching
environments, opportunities and images. The same seed always gives the same records and the
same image bytes: ids come from the seeded generator, timestamps from a fixed base time, not
the clock. Over a run every kind and every target group appears (they are dealt in shuffled
rounds), and so do all 13 municipalities (the first 13 organisations have one each). Every
record is valid by the rules of docs/data-model.md, drafts included.
"""

from __future__ import annotations

import itertools
import random
import re
import unicodedata
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from typing import TypeVar

from kuhina_desktop.demo import texts
from kuhina_desktop.demo.images import (
    LOGO_VARIANTS,
    PHOTO_VARIANTS,
    logo_image,
    photo_image,
)
from kuhina_desktop.demo.texts import T3, EnvTemplate, Place
from kuhina_desktop.domain import model
from kuhina_desktop.domain.checks import business_id_check_digit

BASE_TIME = datetime(2026, 11, 1, 9, 0, tzinfo=timezone(timedelta(hours=2)))
BASE_DATE = BASE_TIME.date()
LAST_DATE = date(2027, 12, 31)

KINDS: tuple[str, ...] = tuple(texts.KINDS)
TARGET_GROUPS: tuple[str, ...] = tuple(texts.TARGET_SENTENCES)
_STATUSES = ("published", "draft", "paused", "closed")
_STATUS_WEIGHTS = (78, 10, 7, 5)
_PLACES = {p.code: p for p in texts.PLACES}
_ALL_CODES = tuple(sorted(_PLACES))
# One part of the town, then two in a row: what tells names apart once the lists run out.
_DISTRICT_CHOICES: tuple[tuple[T3, ...], ...] = (
    *((d,) for d in texts.DISTRICTS),
    *itertools.combinations(texts.DISTRICTS, 2),
)
_TRANSLATIONS: tuple[frozenset[str], ...] = (
    frozenset({"sv", "en"}), frozenset({"en"}), frozenset({"sv"})
)  # fmt: skip
_TRANSLATION_WEIGHTS = (5, 3, 2)


_T = TypeVar("_T")


@dataclass
class DemoOrganisation:
    """One organisation's records and the images they name (`attachments/<sha256>.<ext>`)."""

    snapshot: model.Snapshot
    attachments: dict[str, bytes]


def generate_demo(
    organisations: int, opportunities_per_org: int, seed: int
) -> list[DemoOrganisation]:
    """`organisations` organisations with `opportunities_per_org` opportunities each."""
    if organisations < 0 or opportunities_per_org < 0:
        raise ValueError("counts must not be negative")
    generator = _Generator(seed)
    return [generator.organisation(opportunities_per_org) for _ in range(organisations)]


def _give_consent(contact: model.Contact, recorded_by: str) -> None:
    """Record that the person agreed to be published: recorded by the organisation's first
    contact person, some weeks before the demo's day (the day taken from the contact's id,
    so the demo's other random choices stay as they were)."""
    number = int(contact.id.replace("-", "")[-4:], 16)
    contact.consent_given_on = (BASE_DATE - timedelta(days=7 + number % 60)).isoformat()
    contact.consent_recorded_by = recorded_by


def _photo_confirmation(ref: str, index: int, count: int) -> str | None:
    """When the association confirmed that a demo photo may be published: some weeks
    before the demo's day (taken from the photo's hash, so the demo's random choices stay as
    they were). Of two photos the second is not confirmed, so the demo has a few photos
    that are sent but not published."""
    if count > 1 and index == count - 1:
        return None
    number = int(ref.rsplit("/", 1)[-1][:4], 16)
    return (BASE_DATE - timedelta(days=7 + number % 60)).isoformat()


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _domain(name: str) -> str:
    base = name.removesuffix(" ry").lower()
    label = re.sub(r"[^a-z0-9]+", "-", _ascii(base)).strip("-")[:63].strip("-")
    return f"{label}.example.fi"


def _text(triple: T3, languages: frozenset[str]) -> model.Text:
    fi, sv, en = triple
    return model.Text(fi, sv if "sv" in languages else None, en if "en" in languages else None)


def _join(items: Sequence[str]) -> str:
    """Finnish list: "a, b ja c"."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " ja " + items[-1]


class _Cycle:
    """Deals items in shuffled rounds: any `len(items)` consecutive deals from the start of a
    round cover every item, so a small run still shows them all."""

    def __init__(self, rng: random.Random, items: Sequence[str]):
        self._rng = rng
        self._items = list(items)
        self._round: list[str] = []

    def next(self) -> str:
        if not self._round:
            self._round = list(self._items)
            self._rng.shuffle(self._round)
        return self._round.pop()


@dataclass
class _Seat:
    """Where an organisation is based and what its name is built from."""

    place: Place
    genitive: str
    sv: str
    en: str
    village: texts.Village | None = None
    region: texts.Region | None = None


class _Generator:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.names: set[str] = set()
        self.business_ids: set[str] = set()
        self.kinds = _Cycle(self.rng, KINDS)
        self.targets = _Cycle(self.rng, TARGET_GROUPS)
        self.first_seats = list(_ALL_CODES)
        self.rng.shuffle(self.first_seats)

    # Small helpers

    def id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def pick(self, items: Sequence[_T]) -> _T:
        return items[self.rng.randrange(len(items))]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def timestamp(self, max_days: int) -> str:
        delta = timedelta(days=self.rng.randrange(max_days), minutes=self.rng.randrange(600))
        return (BASE_TIME - delta).isoformat()

    def day_before_base(self, low: int, high: int) -> str:
        return (BASE_DATE - timedelta(days=self.rng.randint(low, high))).isoformat()

    def translations(self, chance: float) -> frozenset[str]:
        """Which of Swedish and English a record carries besides Finnish."""
        if not self.chance(chance):
            return frozenset()
        return self.rng.choices(_TRANSLATIONS, _TRANSLATION_WEIGHTS)[0]

    def mobile(self) -> str:
        return f"+358{self.pick(('40', '44', '45', '46', '50'))}{self.rng.randrange(10**6, 10**7)}"

    def landline(self) -> str:
        return f"+35813{self.rng.randrange(2 * 10**6, 9 * 10**6)}"

    def business_id(self) -> str:
        while True:
            first = f"{self.rng.randrange(100_000, 3_400_000):07d}"
            digit = business_id_check_digit(first)
            value = f"{first}-{digit}"
            if digit is not None and value not in self.business_ids:
                self.business_ids.add(value)
                return value

    def address(self, place: Place, village: texts.Village | None = None) -> model.Address:
        street, postal_code = self.pick(place.streets)
        if self.chance(0.2):
            street = self.pick(texts.COMMON_STREETS)
        post_office = place.fi
        if village is not None:
            street = village.street if self.chance(0.7) else self.pick(texts.COMMON_STREETS)
            if village.postal_code:
                postal_code, post_office = village.postal_code, village.fi
        number = str(self.rng.randint(1, 60))
        if self.chance(0.2):
            number += " " + self.pick(("A", "B", "C 3", "B 12"))
        return model.Address(f"{street} {number}", postal_code, post_office, place.code)

    # The organisation

    def seat(self) -> _Seat:
        code = self.first_seats.pop() if self.first_seats else self.weighted_place()
        place = _PLACES[code]
        options: list[_Seat] = [_Seat(place, place.genitive, place.sv, place.fi)] * 8
        options += [
            _Seat(place, v.genitive, v.fi, v.fi, village=v)
            for v in texts.VILLAGES
            if v.municipality == code
        ]
        options += [
            _Seat(place, r.genitive, r.sv, r.en, region=r)
            for r in texts.REGIONS
            if code in r.seats
            for _ in range(2)
        ]
        return self.pick(options)

    def weighted_place(self) -> str:
        weights = [texts.PLACE_WEIGHTS.get(code, 1) for code in _ALL_CODES]
        return self.rng.choices(_ALL_CODES, weights)[0]

    def name(self) -> tuple[_Seat, texts.OrgType, T3]:
        for _ in range(40):
            seat = self.seat()
            types = [
                t
                for t in texts.ORG_TYPES
                if (t.village if seat.village else t.fi not in texts.VILLAGE_ONLY)
            ]
            org_type = self.pick(types)
            base = f"{seat.genitive} {org_type.fi}"
            if f"{base} ry" not in self.names:
                break
        if f"{base} ry" not in self.names:
            return self._named(seat, org_type, (f"{base} ry", seat.sv, seat.en))
        # The word lists have run out (runs of several hundred): one part of the town, then
        # two, tell this one apart; a number only past that, in runs of many thousands.
        for parts in _DISTRICT_CHOICES:
            fi = " ".join((seat.genitive, *(part[0] for part in parts), org_type.fi, "ry"))
            if fi not in self.names:
                sv, en = seat.sv, seat.en
                for _, part_sv, part_en in parts:
                    sv, en = part_sv.format(sv), part_en.format(en)
                return self._named(seat, org_type, (fi, sv, en))
        number = 2
        while f"{base} {number} ry" in self.names:
            number += 1
        return self._named(
            seat, org_type, (f"{base} {number} ry", f"{seat.sv} {number}", f"{seat.en} {number}")
        )

    def _named(
        self, seat: _Seat, org_type: texts.OrgType, names: T3
    ) -> tuple[_Seat, texts.OrgType, T3]:
        """The organisation's names: `names` holds the Finnish name whole and the Swedish
        and English place as the kind's name takes it."""
        fi, sv_place, en_place = names
        self.names.add(fi)
        sv = org_type.sv.format(sv_place) + " rf"
        return seat, org_type, (fi, sv, org_type.en.format(en_place))

    def contacts(self, domain: str, languages: frozenset[str]) -> list[model.Contact]:
        count = self.rng.choices((1, 2, 3), (4, 4, 2))[0]
        people: list[tuple[str, str]] = []
        while len(people) < count:
            person = (self.pick(texts.FIRST_NAMES), self.pick(texts.LAST_NAMES))
            if person not in people:
                people.append(person)
        roles = [texts.ROLES[0] if self.chance(0.7) else self.pick(texts.ROLES)]
        roles += self.rng.sample(texts.ROLES[1:8], count - 1)
        contacts: list[model.Contact] = []
        for (first, last), role in zip(people, roles, strict=True):
            email: str | None = f"{_ascii(first)}.{_ascii(last)}@{domain}".lower()
            phone: str | None = self.mobile()
            if self.chance(0.1):
                email = None
            elif self.chance(0.1):
                phone = None
            contact = model.Contact(
                self.id(), f"{first} {last}", _text(role, languages), email, phone
            )
            if len(contacts) == 0 or len(contacts) < count - 1:
                _give_consent(contact, recorded_by=" ".join(people[0]))
            contacts.append(contact)  # of two or three people, the last has not agreed
        return contacts

    def organisation(self, opportunities: int) -> DemoOrganisation:
        seat, org_type, name = self.name()
        languages = self.translations(0.25)
        domain = _domain(name[0])
        org_id = self.id()
        attachments: dict[str, bytes] = {}
        logo = None
        if self.chance(1 / 3):
            logo, data = logo_image(self.rng.randrange(LOGO_VARIANTS))
            attachments[logo] = data
        envs = self.environments(seat, org_type, languages, attachments)
        org = model.Organisation(
            id=org_id,
            name=_text(name, languages),
            business_id=self.business_id() if self.chance(0.85) else None,
            description=self.org_description(seat, org_type, name, envs, languages),
            website=f"https://{domain}" if self.chance(0.9) else None,
            email=f"{self.pick(('info', 'toimisto', 'yhdistys'))}@{domain}",
            phone=self.landline() if self.chance(0.7) else self.mobile(),
            address=self.address(seat.place, seat.village),
            logo=logo,
            contacts=self.contacts(domain, languages),
        )
        first_env = envs[0][0]
        same_place = org.address and first_env.address.municipality == org.address.municipality
        if same_place and self.chance(0.6):  # the association's office is in the same house
            first_env.address = replace(org.address or model.Address())
            first_env.latitude = first_env.longitude = None
        opps = [self.opportunity(org, seat, envs, languages) for _ in range(opportunities)]
        snapshot = model.Snapshot(org, [env for env, _ in envs], opps)
        return DemoOrganisation(snapshot, attachments)

    def org_description(
        self,
        seat: _Seat,
        org_type: texts.OrgType,
        name: T3,
        envs: list[tuple[model.Environment, EnvTemplate]],
        languages: frozenset[str],
    ) -> model.Text:
        year = self.rng.randint(1948, 2021)
        first = f"{name[0]} on vuonna {year} perustettu yhdistys, jonka kotipaikka on "
        first += f"{seat.place.fi}."
        paragraphs = [f"{first} {org_type.mission[0]}"]
        work = _join([template.where[0] for _, template in envs])
        paragraphs.append(f"Meillä voi harjoitella työelämän taitoja {work}.")
        if self.chance(0.7):
            municipality = f"{seat.place.genitive} {'kaupunki' if seat.place.town else 'kunta'}"
            funders = [*self.rng.sample(texts.FUNDERS, 2), municipality]
            self.rng.shuffle(funders)
            paragraphs.append(f"Toimintaamme rahoittavat {_join(funders[:2])}.")
        if self.chance(0.5):
            members, staff = self.rng.randint(25, 900), self.rng.randint(2, 40)
            paragraphs.append(f"Yhdistyksessä on noin {members} jäsentä ja {staff} työntekijää.")
        fi = "\n\n".join(paragraphs)
        sv = f"{name[1]} grundades {year}. {org_type.mission[1]}"
        en = f"{name[2]} was founded in {year}. {org_type.mission[2]}"
        return _text((fi, sv, en), languages)

    # Coaching environments

    def environments(
        self,
        seat: _Seat,
        org_type: texts.OrgType,
        org_languages: frozenset[str],
        attachments: dict[str, bytes],
    ) -> list[tuple[model.Environment, EnvTemplate]]:
        count = self.rng.choices((1, 2, 3, 4), (35, 35, 20, 10))[0]
        preferred = list(org_type.environments)
        self.rng.shuffle(preferred)
        others = [t.code for t in texts.ENV_TEMPLATES if t.code not in preferred]
        self.rng.shuffle(others)
        codes = (preferred + others)[:count]
        chance = 0.6 if org_languages else 0.1
        return [
            (
                self.environment(seat, texts.ENV_BY_CODE[c], chance, attachments),
                texts.ENV_BY_CODE[c],
            )
            for c in codes
        ]

    def environment(
        self, seat: _Seat, template: EnvTemplate, chance: float, attachments: dict[str, bytes]
    ) -> model.Environment:
        languages = self.translations(chance)
        proper = self.pick(template.proper)
        name = self.pick(template.names)
        place = seat.place
        if seat.region is not None and self.chance(0.5):
            place = _PLACES[self.pick(seat.region.covers)]
        village = seat.village if place is seat.place and self.chance(0.7) else None
        if village is not None and not village.postal_code:
            village = None  # the office is in the municipality centre
        latitude = longitude = None
        if village is None and self.chance(0.6):
            latitude = round(place.latitude + self.rng.uniform(-0.012, 0.012), 5)
            longitude = round(place.longitude + self.rng.uniform(-0.025, 0.025), 5)
        description = self.pick(template.description)
        location = self.pick(texts.LOCATION_PHRASES).format(
            village.genitive + " kylässä" if village else place.inessive
        )
        areas = [template.work_areas[0]]
        areas += [a for a in template.work_areas[1:] if self.chance(0.5)]
        accessibility = [a for a in template.accessibility if self.chance(0.55)]
        photos: list[str] = []
        if self.chance(1 / 3):
            for variant in self.rng.sample(range(PHOTO_VARIANTS), self.rng.randint(1, 2)):
                ref, data = photo_image(template.code, variant)
                attachments[ref] = data
                photos.append(ref)
        coaching = None
        if self.chance(0.85):
            first, second = self.rng.sample(texts.COACHING, 2)
            coaching = _text(
                (f"{first[0]} {second[0]}", f"{first[1]} {second[1]}", f"{first[2]} {second[2]}"),
                languages,
            )
        names = (name[0].format(proper), name[1].format(proper), name[2].format(proper))
        described = (
            f"Kuva paikasta: {names[0]}",
            f"Bild av platsen: {names[1]}",
            f"A photo of {names[2]}",
        )
        return model.Environment(
            id=self.id(),
            name=_text(names, languages),
            description=_text(
                (f"{description[0]} {location}", description[1], description[2]), languages
            ),
            work_areas=areas,
            address=self.address(place, village),
            latitude=latitude,
            longitude=longitude,
            accessibility=accessibility,
            languages=self.languages(0.35),
            coaching=coaching,
            capacity=self.rng.randint(2, 15) if self.chance(0.8) else None,
            opening_hours=self.opening_hours(template) if self.chance(0.9) else [],
            photos=photos,
            photo_descriptions=[_text(described, languages) for _ in photos],
            photo_confirmed_on=[
                _photo_confirmation(ref, i, len(photos)) for i, ref in enumerate(photos)
            ],
            updated_at=self.timestamp(400),
        )

    def languages(self, chance: float, extra: int = 1) -> list[str]:
        result = ["fi"]
        if self.chance(chance):
            for _ in range(self.rng.randint(1, extra + (1 if self.chance(0.2) else 0))):
                code = self.rng.choices(texts.EXTRA_LANGUAGES, texts.EXTRA_LANGUAGE_WEIGHTS)[0]
                if code not in result:
                    result.append(code)
        return result

    def opening_hours(self, template: EnvTemplate) -> list[model.OpeningHours]:
        opens, closes = self.pick(texts.OPENING_HOURS)
        last_day = 4 if self.chance(0.15) else 5
        early_friday = last_day == 5 and self.chance(0.25) and opens < "12:00"
        hours = [
            model.OpeningHours(day, opens, "14:00" if early_friday and day == 5 else closes)
            for day in range(1, last_day + 1)
        ]
        if template.code in ("thrift_shop", "cafe", "bike_repair") and self.chance(0.3):
            hours.append(model.OpeningHours(6, "10:00", "14:00"))
        return hours

    # Opportunities

    def opportunity(
        self,
        org: model.Organisation,
        seat: _Seat,
        envs: list[tuple[model.Environment, EnvTemplate]],
        org_languages: frozenset[str],
    ) -> model.Opportunity:
        kind = self.kinds.next()
        spec = texts.KINDS[kind]
        languages = self.translations(0.6 if org_languages else 0.1)
        targets = self.target_groups(kind)
        env, template = (None, None) if self.chance(spec.environment_optional) else self.pick(envs)
        titles = [t for t in spec.titles if "youth" in targets or t[0] not in texts.YOUTH_TITLES]
        if template is None and all("{}" in t[0] for t in titles):
            env, template = self.pick(envs)  # every title left names a place
        titles = [t for t in titles if template or "{}" not in t[0]]
        where = template.where if template else ("", "", "")
        title = tuple(text.format(w) for text, w in zip(self.pick(titles), where, strict=True))
        starts_on = ends_on = None
        if self.chance(spec.dated):
            start = BASE_DATE + timedelta(days=self.rng.randint(-150, 300))
            starts_on = start.isoformat()
            if self.chance(0.85):
                end = min(start + timedelta(days=self.rng.randint(14, 330)), LAST_DATE)
                ends_on = max(end, start).isoformat()
        places = self.rng.randint(0, 8) if self.chance(0.55) else None
        hours = None
        if self.chance(0.9):
            low = float(self.pick(spec.hours_min))
            high = float(self.pick([h for h in spec.hours_max if h >= low] or [low]))
            hours = model.HoursRange(low, high if self.chance(0.9) else None)
        referral = self.chance(spec.referral)
        how_to_apply = texts.HOW_TO_APPLY_REFERRAL if referral else self.pick(texts.HOW_TO_APPLY)
        status = self.rng.choices(_STATUSES, _STATUS_WEIGHTS)[0]
        if status == "published" and ends_on and ends_on < BASE_DATE.isoformat():
            status = "closed"
        reviewed = self.rng.random()
        reviewed_on = None
        if reviewed < 0.65:
            reviewed_on = self.day_before_base(0, 150)
        elif reviewed < 0.92:
            reviewed_on = self.day_before_base(190, 600)  # older than six months
        return model.Opportunity(
            id=self.id(),
            environment_id=env.id if env else None,
            kind=kind,
            title=_text((title[0], title[1], title[2]), languages),
            description=self.opp_description(spec, template, targets[0], languages),
            learning=self.learning(spec, template, languages),
            requirements=self.requirements(template, languages),
            target_groups=targets,
            municipalities=self.municipalities(org, seat, env, kind),
            languages=self.languages(
                1.0 if kind == "language_practice" or "immigrants" in targets else 0.2, 2
            ),
            places=places,
            places_updated_on=self.day_before_base(0, 60) if places is not None else None,
            starts_on=starts_on,
            ends_on=ends_on,
            hours_per_week=hours,
            duration=_text(self.pick(spec.durations), languages) if self.chance(0.85) else None,
            referral_required=referral,
            how_to_apply=_text(how_to_apply, languages) if self.chance(0.95) else None,
            contact_id=self.pick(org.contacts).id,
            cost=self.cost(kind, languages),
            status=status,
            updated_at=self.timestamp(400),
            reviewed_on=reviewed_on,
        )

    def target_groups(self, kind: str) -> list[str]:
        primary = self.targets.next()
        result = [primary]
        if primary != "all_job_seekers":
            if kind == "language_practice" and "immigrants" not in result:
                result.append("immigrants")
            if self.chance(0.4):
                extra = self.pick(TARGET_GROUPS[:-1])
                if extra not in result:
                    result.append(extra)
        return result

    def opp_description(
        self,
        spec: texts.KindTemplate,
        template: EnvTemplate | None,
        target: str,
        languages: frozenset[str],
    ) -> model.Text:
        intro = self.pick(spec.intros)
        target_sentence = self.pick(texts.TARGET_SENTENCES[target])
        first = intro[0]
        if template is not None:
            tasks = self.rng.sample(template.tasks, self.rng.randint(2, 3))
            first += f" Tehtäviin kuuluu esimerkiksi {_join(tasks)}."
        second = target_sentence[0]
        if self.chance(0.5):
            second += " " + self.pick(texts.CLOSING_SENTENCES)
        return _text(
            (
                f"{first}\n\n{second}",
                f"{intro[1]} {target_sentence[1]}",
                f"{intro[2]} {target_sentence[2]}",
            ),
            languages,
        )

    def learning(
        self, spec: texts.KindTemplate, template: EnvTemplate | None, languages: frozenset[str]
    ) -> model.Text | None:
        if self.chance(0.1):
            return None
        if template is None:
            return _text(spec.learning, languages)
        skills = self.rng.sample(template.skills, self.rng.randint(2, 3))
        return _text(
            (f"Opit {_join(skills)}.", template.learning[1], template.learning[2]), languages
        )

    def requirements(
        self, template: EnvTemplate | None, languages: frozenset[str]
    ) -> model.Text | None:
        if self.chance(0.35):
            return None
        physical = template is not None and template.motif in ("outdoor", "boxes", "planks")
        options = texts.REQUIREMENTS if physical else texts.REQUIREMENTS[:-1]
        return _text(self.pick(options), languages)

    def municipalities(
        self, org: model.Organisation, seat: _Seat, env: model.Environment | None, kind: str
    ) -> list[str]:
        home = env.address.municipality if env else None
        home = home or (org.address.municipality if org.address else None) or seat.place.code
        draw = self.rng.random()
        if seat.region is not None and draw < 0.4:
            return sorted({home, *seat.region.covers})
        if draw < 0.08 or (kind == "career_coaching" and draw < 0.25):
            return list(_ALL_CODES)
        if draw < 0.3:
            subregion = _PLACES[home].subregion
            near = [p.code for p in texts.PLACES if p.subregion == subregion and p.code != home]
            near = near or [c for c in _ALL_CODES if c != home]
            return sorted({home, *self.rng.sample(near, min(len(near), self.rng.randint(1, 3)))})
        return [home]

    def cost(self, kind: str, languages: frozenset[str]) -> model.Text | None:
        if kind in ("training", "group_activity") and self.chance(0.3):
            return _text(self.pick(texts.COSTS[:2]), languages)
        if kind == "rehabilitative_work" and self.chance(0.15):
            return _text(texts.COSTS[2], languages)
        return None


# Images: a few deterministic pictures per kind of place, drawn once per process.


__all__ = ["DemoOrganisation", "generate_demo"]
