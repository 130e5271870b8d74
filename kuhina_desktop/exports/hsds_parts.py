"""Pieces the HSDS 3.0 mapper (hsds.py) builds objects from: ids, texts in one language,
timestamps, and the fixed phrases each language's data set uses.

HSDS wants UUIDs. A record keeps its own id; an object we derive (phone, address, schedule,
attribute...) gets `uuid5(NAMESPACE, "<kind>:<part>/<part>...")`, so the same catalogue
gives the same ids on every publish and in every language.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kuhina_desktop.domain.model import Text

HsdsObject = dict[str, Any]

# uuid5(NAMESPACE_URL, "urn:kuhina:open-data:hsds-3.0"); fixed so anyone can recompute ids.
NAMESPACE = uuid.UUID("69c4ca9a-836a-57de-b4f2-8a7140220a09")

LANGUAGES = ("fi", "sv", "en")
FALLBACK = "fi"  # the language every required text has
# Statistics Finland's municipality classification as the national code list (JHS), the
# list of 1 January 2024; a code's URI is this followed by the three-digit code.
MUNICIPALITY_CODE_LIST = "http://uri.suomi.fi/codelist/jhs/kunta_1_20240101/code/"
# Extensions (HSDS allows further fields); docs/open-data.md describes them.
TEXT_LANGUAGES = "x_kuhina_text_languages"  # {field: language} where a text fell back
MUNICIPALITY_CODE = "x_kuhina_municipality_code"  # on a service_area: "167"

PHRASES: dict[str, dict[str, str]] = {
    "local_time": {
        "fi": "Kellonajat Suomen aikaa (Europe/Helsinki).",
        "sv": "Klockslagen i finsk tid (Europe/Helsinki).",
        "en": "Times in Finnish local time (Europe/Helsinki).",
    },
    "free": {"fi": "Maksuton", "sv": "Avgiftsfri", "en": "Free of charge"},
    "referral": {
        "fi": "Edellyttää lähetettä työllisyyspalveluista.",
        "sv": "Kräver remiss från sysselsättningstjänsterna.",
        "en": "Requires a referral from the employment services.",
    },
    "hours": {
        "fi": "{span} tuntia viikossa",
        "sv": "{span} timmar i veckan",
        "en": "{span} hours a week",
    },
    "municipality": {
        "fi": "kuntanumero {code}",
        "sv": "kommunnummer {code}",
        "en": "municipality code {code}",
    },
    "region": {"fi": "Pohjois-Karjala", "sv": "Norra Karelen", "en": "North Karelia"},
    "kinds": {
        "fi": "Kuhina: tarjonnan lajit (työkokeilu, kuntouttava työtoiminta...)",
        "sv": "Kuhina: typer av erbjudanden (arbetsprövning, arbetsverksamhet i "
        "rehabiliteringssyfte...)",
        "en": "Kuhina: kinds of offer (work trial, rehabilitative work activity...)",
    },
    "target_groups": {
        "fi": "Kuhina: kohderyhmät",
        "sv": "Kuhina: målgrupper",
        "en": "Kuhina: target groups",
    },
}


def phrase(name: str, language: str, **values: str) -> str:
    return PHRASES[name][language].format(**values)


def municipality_uri(code: str) -> str:
    return MUNICIPALITY_CODE_LIST + code


def derived_id(kind: str, *parts: str) -> str:
    """The stable UUID of an object we derive from records, e.g. ("phone", org_id)."""
    return str(uuid.uuid5(NAMESPACE, kind + ":" + "/".join(parts)))


def record_id(value: str) -> str:
    """A record's own id as a canonical UUID; a malformed one is hashed to a stable UUID."""
    try:
        return str(uuid.UUID(value))
    except ValueError:
        return derived_id("record", value)


def compact(obj: HsdsObject) -> HsdsObject:
    """The object without its None fields (HSDS types never allow null)."""
    return {key: value for key, value in obj.items() if value is not None}


@cache
def local_zone() -> ZoneInfo | None:
    try:
        return ZoneInfo("Europe/Helsinki")
    except ZoneInfoNotFoundError:  # pragma: no cover - a system without a time zone database
        return None


def timestamp(value: str | None) -> str | None:
    """An ISO timestamp with offset as RFC 3339 in Finnish local time (its offset, +02:00 or
    +03:00, stated); None if unreadable or without an offset."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        return None
    zone = local_zone()
    return (parsed.astimezone(zone) if zone else parsed).isoformat()


class Texts:
    """Texts of one record in the data set's language. A text missing in that language
    falls back to Finnish (then any language); which fields did is kept for the record's
    `x_kuhina_text_languages` extension."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.fell_back: dict[str, str] = {}

    def optional(self, field: str, text: Text | None) -> str | None:
        if text is None:
            return None
        return self.required(field, text) or None

    def required(self, field: str, text: Text) -> str:
        for lang in (self.language, FALLBACK, *LANGUAGES):
            value = text.get(lang)
            if value:
                if lang != self.language:
                    self.fell_back[field] = lang
                return value
        return ""

    def extension(self) -> dict[str, str] | None:
        """The fields whose text is in another language, with that language; None if none."""
        return dict(sorted(self.fell_back.items())) or None


def alternate_names(text: Text, language: str) -> str | None:
    """HSDS `alternate_name`: the record's name in the catalogue's other languages, where it
    differs from the name used, joined with " / "."""
    used = Texts(language).required("name", text)
    others = []
    for lang in LANGUAGES:
        value = text.get(lang)
        if value and value != used and value not in others:
            others.append(value)
    return " / ".join(others) or None
