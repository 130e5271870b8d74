"""The columns of the municipal workbooks (docs/excel-workbooks.md) and how a row is filled.

A row is one opportunity as a municipal employment service reads it: texts in the chosen
language (falling back to Finnish), code lists as their labels, dates as dates, free places
as a number. Lookups that every row of an organisation shares are made once per
organisation (`OrgRows`), and joined labels are cached, because a national export has
hundreds of thousands of rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from kuhina_desktop.catalogue.published import PublishedOrganisation
from kuhina_desktop.domain.checked import last_checked
from kuhina_desktop.domain.model import Address, Opportunity, Text
from kuhina_desktop.domain.vocab import Vocabulary
from kuhina_desktop.exports.excel_cells import mailto_link, web_link
from kuhina_desktop.exports.excel_print import national_phone
from kuhina_desktop.messages import translate


@dataclass(frozen=True)
class Column:
    key: str  # the header's message code is excel_col_<key>
    width: float  # in characters of the default font
    wrap: bool = False


COLUMNS: tuple[Column, ...] = (
    Column("organisation", 28, wrap=True),
    Column("opportunity", 36, wrap=True),
    Column("kind", 22, wrap=True),
    Column("target_groups", 26, wrap=True),
    Column("languages", 16, wrap=True),
    Column("places", 10),
    Column("starts_on", 12),
    Column("ends_on", 12),
    Column("environment", 26, wrap=True),
    Column("address", 28, wrap=True),
    Column("accessibility", 30, wrap=True),
    Column("contact", 22, wrap=True),
    Column("phone", 17),
    Column("email", 30),
    Column("how_to_apply", 50, wrap=True),
    Column("updated", 12),
    Column("checked", 12),  # when the association last checked the offer
)
ORGANISATION_COLUMN = 0  # links to the organisation's website
EMAIL_COLUMN = 13  # links as mailto:
DATE_COLUMNS = frozenset({6, 7, 15, 16})

RowValue = str | int | date | None


@dataclass(frozen=True)
class Row:
    values: tuple[RowValue, ...]
    website: str | None  # checked http(s) target for the organisation column
    mailto: str | None  # checked mailto: target for the e-mail column


@lru_cache(maxsize=8192)
def parse_day(value: str) -> date | None:
    """The date a `YYYY-MM-DD` or ISO timestamp names (its own offset), None if it is not one."""
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return None
    return day if day.year >= 1900 else None  # Excel has no earlier dates


def day_value(value: str | None) -> date | str | None:
    """A real date for a cell, the text itself if it is not a date, None if empty."""
    if not value:
        return None
    return parse_day(value) or value


def text_value(text: Text | None, language: str) -> str | None:
    if text is None:
        return None
    return text.best(language) or None


class Labels:
    """Code-list labels in one language, joined lists cached by their codes."""

    def __init__(self, vocab: Vocabulary, language: str) -> None:
        self.vocab = vocab
        self.language = language
        self._joined: dict[tuple[str, tuple[str, ...]], str | None] = {}
        self.contact_withheld = translate("excel_contact_withheld", language)

    def label(self, list_name: str, code: str) -> str:
        return self.vocab.label(list_name, code, self.language)

    def join(self, list_name: str, codes: list[str]) -> str | None:
        key = (list_name, tuple(codes))
        if key not in self._joined:
            if len(self._joined) > 50_000:  # bound the cache on odd national data
                self._joined.clear()
            labels = [self.label(list_name, code) for code in dict.fromkeys(codes)]
            self._joined[key] = ", ".join(labels) or None
        return self._joined[key]

    def address(self, address: Address | None) -> str | None:
        if address is None:
            return None
        place = " ".join(p for p in (address.postal_code, address.post_office) if p)
        if not address.post_office and address.municipality:
            place = " ".join(
                p
                for p in (address.postal_code, self.label("municipalities", address.municipality))
                if p
            )
        return ", ".join(p for p in (address.street, place) if p) or None


class OrgRows:
    """Builds the rows of one organisation's opportunities."""

    def __init__(self, published: PublishedOrganisation, labels: Labels) -> None:
        org = published.organisation
        self.labels = labels
        self.name = org.name.best(labels.language)
        self.website = web_link(org.website)
        self.phone = org.phone
        self.email = org.email
        self.environments = {env.id: env for env in published.environments}
        self.contacts = {contact.id: contact for contact in org.contacts}

    def row(self, opp: Opportunity) -> Row:
        labels, language = self.labels, self.labels.language
        env = self.environments.get(opp.environment_id) if opp.environment_id else None
        contact = self.contacts.get(opp.contact_id) if opp.contact_id else None
        person = (contact.name or None) if contact else None
        if contact is not None and not contact.may_be_published():
            # Not agreed to be published: the organisation's own phone and e-mail, and why.
            contact, person = None, labels.contact_withheld
        phone = (contact.phone if contact else None) or self.phone
        email = (contact.email if contact else None) or self.email
        values: tuple[RowValue, ...] = (
            self.name or None,
            opp.title.best(language) or None,
            labels.label("kinds", opp.kind),
            labels.join("target_groups", opp.target_groups),
            labels.join("languages", opp.languages),
            opp.places if type(opp.places) is int else None,
            day_value(opp.starts_on),
            day_value(opp.ends_on),
            (env.name.best(language) or None) if env else None,
            labels.address(env.address) if env else None,
            labels.join("accessibility", env.accessibility) if env else None,
            person,
            national_phone(phone) if phone else None,
            email or None,
            text_value(opp.how_to_apply, language),
            day_value(opp.updated_at),
            last_checked(opp),
        )
        return Row(values, self.website, mailto_link(email))
