"""Field-level checkers for the validation of docs/data-model.md.

Each checker looks at one value and returns `None` when it is fine, or a `Finding`: the
problem code and its parameters. The caller (`validation`) knows the record and the field
path, so the checkers stay small and reusable (the UI can check a field as it is typed).

`Problem` and `Report` (which collects a record's problems) live here too, so that the
record rules in `validation` read as a list of fields and what each must be.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from kuhina_desktop.domain import text_rules
from kuhina_desktop.domain.model import Address, Text
from kuhina_desktop.domain.vocab import Vocabulary

Finding = tuple[str, dict[str, Any]]

SINGLE_LINE_MAX = 100  # texts up to this length (names, titles) are single-line
STREET_MAX = 100
POST_OFFICE_MAX = 50

DEFAULT_PHONE_REGION = "FI"

# Matched with fullmatch: `$` alone also matches before a final line break.
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_BUSINESS_ID = re.compile(r"^([0-9]{7})-([0-9])$")
_BUSINESS_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)
_POSTAL_CODE = re.compile(r"^[0-9]{5}$")
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_TIMESTAMP = re.compile(
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?(Z|[+-][0-9]{2}:[0-9]{2})$"
)
_TIME = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$")
_ATTACHMENT = re.compile(r"^attachments/[0-9a-f]{64}\.(png|jpg)$")
# A sane e-mail syntax (no quoted local parts, no IP literals): what people really type.
_EMAIL_LOCAL = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$")
_DOMAIN_LABEL = re.compile(r"^(?!-)[^\W_]([^\W_]|-){0,62}(?<!-)$")
_TOP_LEVEL = re.compile(r"^[^\W\d_]{2,63}$|^xn--[a-z0-9-]{1,59}$", re.IGNORECASE)


def length_problem(value: str, limit: int) -> Finding | None:
    if len(value) > limit:
        return "too_long", {"max": limit, "length": len(value)}
    return None


def characters_problem(value: str, *, multiline: bool) -> Finding | None:
    """Control characters never belong in text; line breaks only in multi-line fields
    (the rules of `domain.text_rules`: also no lone surrogates, noncharacters or text
    direction controls)."""
    if not text_rules.is_clean(value, multiline=multiline):
        return "invalid_characters", {}
    return None


def uuid_problem(value: str) -> Finding | None:
    if not _UUID.fullmatch(value):
        return "id_invalid", {"value": value}
    return None


def business_id_check_digit(first_seven: str) -> int | None:
    """The Y-tunnus check digit of seven digits, or None when no digit fits (remainder 1)."""
    remainder = sum(int(d) * w for d, w in zip(first_seven, _BUSINESS_ID_WEIGHTS, strict=True)) % 11
    if remainder == 0:
        return 0
    if remainder == 1:
        return None
    return 11 - remainder


def business_id_problem(value: str) -> Finding | None:
    match = _BUSINESS_ID.fullmatch(value)
    if not match:
        return "business_id_format", {"value": value}
    if business_id_check_digit(match.group(1)) != int(match.group(2)):
        return "business_id_checksum", {"value": value}
    return None


def email_problem(value: str) -> Finding | None:
    """A syntax check only: one @, a plain local part, a domain with a dot and a real TLD."""
    local, at, domain = value.rpartition("@")
    labels = domain.split(".")
    valid = (
        bool(at)
        and len(value) <= 254
        and 0 < len(local) <= 64
        and bool(_EMAIL_LOCAL.fullmatch(local))
        and len(labels) >= 2
        and all(_DOMAIN_LABEL.fullmatch(label) for label in labels)
        and bool(_TOP_LEVEL.fullmatch(labels[-1]))
    )
    return None if valid else ("email_invalid", {"value": value})


@lru_cache(maxsize=4096)
def normalise_phone(text: str, region: str = DEFAULT_PHONE_REGION) -> str | None:
    """The number in E.164 (`+358401234567`) if it is a valid number, else None.

    Numbers without a country code are read as Finnish by default. Remembered: parsing
    takes ~50 µs and the same numbers are checked again and again (each edit, the export
    and its self-check, every package of an organisation the coordinator reads).
    `phonenumbers` is imported on the first call: its metadata takes a noticeable part of
    the program's start, and the first window checks no phone numbers.
    """
    import phonenumbers

    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phone_problem(value: str) -> Finding | None:
    if normalise_phone(value) is None:
        return "phone_invalid", {"value": value}
    return None


def url_problem(value: str) -> Finding | None:
    """An http or https address with a host name that has a dot (or is an IP address)."""
    try:
        parts = urlsplit(value)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        return "url_invalid", {"value": value}
    valid = (
        parts.scheme.lower() in ("http", "https")
        and "." in host
        and not any(c.isspace() for c in value)
        and all(_DOMAIN_LABEL.fullmatch(label) for label in host.split("."))
    )
    return None if valid else ("url_invalid", {"value": value})


def postal_code_problem(value: str) -> Finding | None:
    if not _POSTAL_CODE.fullmatch(value):
        return "postal_code_invalid", {"value": value}
    return None


def parse_date(value: str) -> date | None:
    """A `YYYY-MM-DD` date, or None when the text is not one (also not a real day)."""
    if not _DATE.fullmatch(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def date_problem(value: str) -> Finding | None:
    if parse_date(value) is None:
        return "date_invalid", {"value": value}
    return None


def timestamp_problem(value: str) -> Finding | None:
    """ISO 8601 date and time with a UTC offset, e.g. `2025-03-01T12:00:00+02:00`."""
    if _TIMESTAMP.fullmatch(value):
        try:
            datetime.fromisoformat(value)
            return None
        except ValueError:
            pass
    return "timestamp_invalid", {"value": value}


def parse_time(value: str, *, allow_midnight_end: bool = False) -> int | None:
    """Minutes since midnight of an `HH:MM` time; `24:00` is allowed as a closing time."""
    if allow_midnight_end and value == "24:00":
        return 24 * 60
    if not _TIME.fullmatch(value):
        return None
    return int(value[:2]) * 60 + int(value[3:])


def attachment_problem(value: str) -> Finding | None:
    if not _ATTACHMENT.fullmatch(value):
        return "attachment_invalid", {"value": value}
    return None


def is_integer(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


@dataclass(frozen=True)
class Problem:
    """One problem: in which record, which field (a dotted path), what, with parameters."""

    record_id: str
    field: str
    code: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)


class Report:
    """Collects the problems of one record, with checkers for the kinds of field it has."""

    def __init__(self, record_id: str, vocab: Vocabulary, *, new_record: bool, today: date):
        self.record_id = record_id
        self.vocab = vocab
        self.new_record = new_record
        self.today = today
        self.problems: list[Problem] = []

    def add(self, field: str, code: str, /, **params: Any) -> None:
        self.problems.append(Problem(self.record_id, field, code, params))

    def finding(self, field: str, finding: Finding | None) -> bool:
        if finding is not None:
            self.add(field, finding[0], **finding[1])
        return finding is not None

    def string(
        self,
        field: str,
        value: str | None,
        limit: int,
        check: Callable[[str], Finding | None] | None = None,
        *,
        required: bool = False,
    ) -> None:
        if value is None or not value.strip():
            if required:
                self.add(field, "required")
            return
        if not text_rules.is_clean(value, multiline=False):
            self.add(field, "invalid_characters")
        elif len(value) > limit:
            self.add(field, "too_long", max=limit, length=len(value))
        elif check:
            self.finding(field, check(value))

    def text(self, field: str, text: Text | None, limit: int, *, required: bool = False) -> None:
        """Finnish when required (or when another language is given), and each language."""
        if text is None:
            if required:
                self.add(f"{field}.fi", "text_fi_required")
            return
        fi, sv, en = text.fi, text.sv, text.en
        if not (fi or "").strip() and (required or (sv or "").strip() or (en or "").strip()):
            self.add(f"{field}.fi", "text_fi_required")
        multiline = limit > SINGLE_LINE_MAX
        for lang, value in (("fi", fi), ("sv", sv), ("en", en)):
            if not value:
                continue
            if not text_rules.is_clean(value, multiline=multiline):
                self.add(f"{field}.{lang}", "invalid_characters")
            elif len(value) > limit:
                self.add(f"{field}.{lang}", "too_long", max=limit, length=len(value))

    def date(self, field: str, value: str | None, *, not_future: bool = False) -> date | None:
        if value is None:
            return None
        day = parse_date(value)
        if day is None:
            self.add(field, "date_invalid", value=value)
        elif not_future and day > self.today:
            self.add(field, "date_in_future", value=value)
        return day

    def code(self, field: str, list_name: str, code: str) -> None:
        entry = self.vocab.get(list_name, code)
        if entry is None:
            if list_name == "municipalities":
                self.add(field, "municipality_not_in_region", value=code)
            else:
                self.add(field, "code_unknown", value=code, list=list_name)
        elif self.new_record and not entry.is_selectable(self.today):
            if entry.valid_from and self.today < entry.valid_from:
                valid_from = entry.valid_from.isoformat()
                self.add(
                    field, "code_not_yet_valid", value=code, list=list_name, valid_from=valid_from
                )
            else:
                valid_to = entry.valid_to.isoformat() if entry.valid_to else ""
                self.add(field, "code_retired", value=code, list=list_name, valid_to=valid_to)

    def codes(self, field: str, list_name: str, codes: Iterable[str]) -> None:
        seen: set[str] = set()
        for i, code in enumerate(codes):
            if code in seen:
                self.add(f"{field}[{i}]", "code_duplicate", value=code)
            else:
                entry = self.vocab.get(list_name, code)
                if entry is None or (self.new_record and not entry.is_selectable(self.today)):
                    self.code(f"{field}[{i}]", list_name, code)  # names the problem
            seen.add(code)

    def count(self, field: str, items: list[Any], limit: int) -> None:
        if len(items) > limit:
            self.add(field, "too_many", max=limit, count=len(items))

    def non_negative_integer(self, field: str, value: object) -> None:
        if value is None:
            return
        if not is_integer(value):
            self.add(field, "integer_invalid", value=value)
        elif isinstance(value, int) and value < 0:
            self.add(field, "number_negative", value=value)

    def address(self, field: str, address: Address | None, *, required: bool) -> None:
        if address is None:
            if required:
                self.add(field, "required")
            return
        self.string(f"{field}.street", address.street, STREET_MAX, required=required)
        self.string(
            f"{field}.postal_code",
            address.postal_code,
            20,
            postal_code_problem,
            required=required,
        )
        self.string(f"{field}.post_office", address.post_office, POST_OFFICE_MAX)
        if address.municipality:
            self.code(f"{field}.municipality", "municipalities", address.municipality)
        elif required:
            self.add(f"{field}.municipality", "required")
