"""Finding a contact person in the catalogue and pseudonymising their values (GDPR Art. 17).

Pure functions over the records' JSON, no database: `checked_query` turns what the
coordinator typed (an e-mail, a phone number or a name) into a `PersonQuery` or refuses it
with a translated message; `matching_contacts` finds the contacts of one organisation that
it names; `Pseudonymiser` replaces each personal value wherever it stands in a JSON value
(the audit log's change lists, a moderation reason) with a one-way token.

The token is a keyed HMAC-SHA-256 of the value with a per-catalogue secret
(`services.erasure`): the same person gives the same token, so the audit log's entries stay
linkable, while the value cannot be found from the token without the secret. A salted hash
with its salt beside it in the database would not do: a phone number has only some ten
million likely values, and anyone holding a copy of the database (or an exported audit log)
could hash them all in minutes.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from kuhina_desktop.domain.text_rules import is_clean
from kuhina_desktop.errors import KnownError

KINDS = ("email", "phone", "name")
MAX_VALUE = 200
MIN_PHONE_DIGITS = 5
TOKEN_PREFIX = "erased:"
_SPACES = re.compile(r"\s+")


def fold_name(value: str) -> str:
    """A name as compared: NFC, case folded, runs of white space as one space."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", value)).strip().casefold()


def phone_digits(value: str) -> str:
    """A phone number's national digits: `+358 40 123 4567`, `040-123 4567` → `401234567`."""
    digits = re.sub(r"\D", "", value)
    if value.strip().startswith("+358") or digits.startswith("00358"):
        digits = digits[5:] if digits.startswith("00358") else digits[3:]
    return digits[1:] if digits.startswith("0") else digits


@dataclass(frozen=True)
class PersonQuery:
    kind: str  # one of KINDS
    value: str

    def matches(self, contact: Mapping[str, Any]) -> bool:
        stored = contact.get(self.kind)
        if not isinstance(stored, str) or not stored.strip():
            return False
        if self.kind == "email":
            return stored.strip().casefold() == self.value.casefold()
        if self.kind == "phone":
            return phone_digits(stored) == phone_digits(self.value)
        return fold_name(stored) == fold_name(self.value)


def checked_query(email: str | None, phone: str | None, name: str | None) -> PersonQuery:
    """Exactly one of the three, not empty, one line of plain text; KnownError otherwise."""
    given = [(k, v) for k, v in zip(KINDS, (email, phone, name), strict=True) if v is not None]
    if len(given) != 1:
        raise KnownError("erasure_one_query")
    kind, raw = given[0]
    value = _SPACES.sub(" ", raw).strip()
    if not value:
        raise KnownError("erasure_query_empty")
    if len(value) > MAX_VALUE or not is_clean(value, multiline=False):
        raise KnownError("erasure_query_invalid")
    if kind == "email" and ("@" not in value or " " in value):
        raise KnownError("erasure_email_invalid", value=value)
    if kind == "phone" and (
        len(phone_digits(value)) < MIN_PHONE_DIGITS or re.search(r"[^\d\s+()./-]", value)
    ):
        raise KnownError("erasure_phone_invalid", value=value)
    return PersonQuery(kind, value)


def matching_contacts(
    organisation: Mapping[str, Any] | None, query: PersonQuery
) -> list[dict[str, Any]]:
    contacts = (organisation or {}).get("contacts") or []
    return [c for c in contacts if isinstance(c, dict) and query.matches(c)]


def personal_values(contact: Mapping[str, Any]) -> list[str]:
    """The contact's name, e-mail and phone as stored (the role is not personal)."""
    values = [contact.get(k) for k in ("name", "email", "phone")]
    return [v.strip() for v in values if isinstance(v, str) and v.strip()]


def _phone_pattern(value: str) -> str | None:
    """A phone number in any of its usual writings: +358 40…, 040…, with or without spaces."""
    digits = phone_digits(value)
    if len(digits) < MIN_PHONE_DIGITS:
        return None
    body = r"[\s().-]*".join(re.escape(d) for d in digits)
    return rf"(?:(?:\+|00)358[\s().-]*|0[\s().-]*)?{body}"


class Pseudonymiser:
    """Replaces the given people's values with tokens in strings and JSON values."""

    def __init__(self, secret: bytes, contacts: Iterable[Mapping[str, Any]]) -> None:
        self._secret = secret
        patterns: list[tuple[re.Pattern[str], str]] = []
        for contact in contacts:
            for key in ("name", "email", "phone"):
                value = contact.get(key)
                if not isinstance(value, str) or not value.strip():
                    continue
                token = self.token(value)
                pattern = _phone_pattern(value) if key == "phone" else None
                if pattern is None:
                    words = [re.escape(w) for w in _SPACES.split(value.strip())]
                    pattern = r"\s+".join(words)
                patterns.append((re.compile(pattern, re.IGNORECASE), token))
        # Longest first, so that "Anna Virtanen" goes before "Anna" would.
        patterns.sort(key=lambda p: len(p[0].pattern), reverse=True)
        self._patterns = patterns

    def token(self, value: str) -> str:
        key = fold_name(value) if "@" not in value else value.strip().casefold()
        digits = phone_digits(value)
        if digits and len(digits) >= MIN_PHONE_DIGITS and not re.search(r"[^\d\s+().-]", value):
            key = "tel:" + digits
        mac = hmac.new(self._secret, key.encode("utf-8"), hashlib.sha256).hexdigest()
        return TOKEN_PREFIX + mac[:16]

    def text(self, value: str) -> str:
        for pattern, token in self._patterns:
            value = pattern.sub(token, value)
        return value

    def json(self, value: Any) -> Any:
        """`value` with every string (keys too) pseudonymised."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.json(v) for v in value]
        if isinstance(value, dict):
            return {self.text(str(k)): self.json(v) for k, v in value.items()}
        return value

    def changed(self, value: Any) -> bool:
        return self.json(value) != value


def without_contacts(organisation: Mapping[str, Any], contact_ids: set[str]) -> dict[str, Any]:
    """The organisation's record with those contacts left out."""
    data = dict(organisation)
    data["contacts"] = [
        c
        for c in data.get("contacts") or []
        if not (isinstance(c, dict) and c.get("id") in contact_ids)
    ]
    return data


def contact_versions(value: Any, contact_ids: set[str]) -> list[dict[str, Any]]:
    """Every contact-like object (a dict with one of the ids) in a JSON value: the audit
    log's change lists keep a contact's earlier versions, with an e-mail or phone number
    the contact no longer has."""
    found: list[dict[str, Any]] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if item.get("id") in contact_ids:
                found.append(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found
