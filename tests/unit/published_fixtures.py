"""Published catalogues for the output tests (Excel, open data, web), built from demo content.

`published_from_demo` mimics what the catalogue hands to the exporters: only `published`
opportunities, each organisation with its environments and a "last updated" time. The demo
generator is seeded, so the same arguments always give the same catalogue.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

import phonenumbers

from kuhina_desktop.catalogue.published import PublishedCatalogue, PublishedOrganisation
from kuhina_desktop.demo.content import DemoOrganisation, generate_demo
from kuhina_desktop.domain.model import Opportunity, Snapshot
from kuhina_desktop.domain.vocab import load_vocabulary
from kuhina_desktop.messages import translate

GENERATED_AT = "2026-11-28T10:00:00+02:00"


def published_from_snapshots(
    snapshots: Iterable[Snapshot],
    attachments: dict[str, bytes] | None = None,
    generated_at: str = GENERATED_AT,
) -> PublishedCatalogue:
    """The published view of these snapshots: drafts, paused and closed opportunities left
    out, and photos not confirmed for publication (as `catalogue/published_view.py` does)."""
    organisations = []
    for sequence, snapshot in enumerate(snapshots, 1):
        published = [opp for opp in snapshot.opportunities if opp.status == "published"]
        stamps = [opp.updated_at for opp in published]
        stamps += [env.updated_at for env in snapshot.environments]
        organisations.append(
            PublishedOrganisation(
                organisation=snapshot.organisation,
                environments=[env.with_confirmed_photos_only() for env in snapshot.environments],
                opportunities=published,
                last_updated=max(stamps, default=generated_at),
                sequence=sequence,
            )
        )
    store = dict(attachments or {})
    return PublishedCatalogue(
        organisations=organisations,
        generated_at=generated_at,
        vocab_version=load_vocabulary().version,
        attachment_loader=store.get,
    )


def published_from_demo(orgs: int = 3, opps: int = 10, seed: int = 1) -> PublishedCatalogue:
    """The published view of `generate_demo(orgs, opps, seed)`, with its images."""
    demo: list[DemoOrganisation] = generate_demo(orgs, opps, seed)
    attachments: dict[str, bytes] = {}
    for item in demo:
        attachments.update(item.attachments)
    return published_from_snapshots((item.snapshot for item in demo), attachments)


def with_opportunities(
    catalogue: PublishedCatalogue, extra: dict[int, list[Opportunity]]
) -> PublishedCatalogue:
    """`catalogue` with more opportunities added to the organisations at these indexes."""
    organisations = [
        replace(org, opportunities=[*org.opportunities, *extra.get(index, [])])
        for index, org in enumerate(catalogue.organisations)
    ]
    return replace(catalogue, organisations=organisations)


# --- What a municipality sheet of the Excel workbooks must show -------------------------

_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NORDIC = {ord("å"): "z1", ord("ä"): "z2", ord("æ"): "z2", ord("ö"): "z3", ord("ø"): "z3"}

HOSTILE_TEXTS = (
    "=1+1",
    '=HYPERLINK("http://x","y")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1)",
    "\t=1",
    "\r=1",
    "\x00x",
    "#N/A",
)


def as_sheet_text(value: str) -> str:
    """A package text as a cell holds it: characters XML cannot carry become U+FFFD."""
    return _ILLEGAL_XML.sub("\ufffd", value)


def _collate(text: str) -> str:
    return text.casefold().translate(_NORDIC)


def _national(phone: str) -> str:
    """A phone number as the workbooks show it: the national form of a Finnish number."""
    try:
        number = phonenumbers.parse(phone, "FI")
    except phonenumbers.NumberParseException:
        return phone  # not a number: as typed
    if not phonenumbers.is_possible_number(number) or number.country_code != 358:
        return (
            phone
            if not phonenumbers.is_possible_number(number)
            else (phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL))
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


def excel_expected_rows(
    catalogue: PublishedCatalogue, municipality: str, language: str = "fi", *, today: date
) -> list[list[str]]:
    """The rows of `municipality`'s sheet as text (dates ISO, numbers as digits, empty ""):
    the offers not ended by `today`, with the day each was last checked in the last column
    (marked checked or changed, whichever is later)."""
    vocab = load_vocabulary()

    def labels(list_name: str, codes: list[str]) -> str:
        return ", ".join(vocab.label(list_name, c, language) for c in dict.fromkeys(codes))

    keyed = []
    for org in catalogue.organisations:
        organisation = org.organisation
        environments = {env.id: env for env in org.environments}
        contacts = {contact.id: contact for contact in organisation.contacts}
        org_name = organisation.name.best(language)
        for opp in org.opportunities:
            if municipality not in opp.municipalities:
                continue
            if opp.ends_on and opp.ends_on < today.isoformat():
                continue
            env = environments.get(opp.environment_id or "")
            contact = contacts.get(opp.contact_id or "")
            person = contact.name if contact else ""
            if contact and not (contact.consent_given_on and contact.consent_recorded_by):
                # not agreed to be published: a note, and the organisation's own contact
                contact, person = None, translate("excel_contact_withheld", language)
            address = ""
            if env is not None:
                a = env.address
                place = " ".join(p for p in (a.postal_code, a.post_office) if p)
                address = ", ".join(p for p in (a.street, place) if p)
            title = opp.title.best(language)
            row = [
                org_name,
                title,
                vocab.label("kinds", opp.kind, language),
                labels("target_groups", opp.target_groups),
                labels("languages", opp.languages),
                "" if opp.places is None else str(opp.places),
                opp.starts_on or "",
                opp.ends_on or "",
                env.name.best(language) if env else "",
                address,
                labels("accessibility", env.accessibility) if env else "",
                person,
                _national((contact.phone if contact else None) or organisation.phone or ""),
                (contact.email if contact else None) or organisation.email or "",
                opp.how_to_apply.best(language) if opp.how_to_apply else "",
                opp.updated_at[:10],
                max(d for d in (opp.reviewed_on, opp.updated_at[:10]) if d),
            ]
            key = (_collate(org_name), organisation.id, _collate(title), opp.id)
            keyed.append((key, [as_sheet_text(cell) for cell in row]))
    return [row for _key, row in sorted(keyed)]
