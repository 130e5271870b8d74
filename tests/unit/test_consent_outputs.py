"""A contact person is published only with their recorded consent (issue 20, package format 3).

The catalogue of test_opendata_no_person (distinctive names, e-mails and phones) with the
first contact person of each organisation consented and the second not, published as the
web catalogue and the Excel workbooks. Every byte of every web file, offer pages included,
and of every sheet of every workbook is scanned with that test's scanner: no trace of a
person without consent, nor of who recorded anyone's consent; the organisations' general
contact and the "not published" note are there; a consented person is on their offer pages
and in the workbooks.
"""

from __future__ import annotations

import dataclasses
import html
import zipfile
from datetime import date
from pathlib import Path

import pytest
from test_opendata_no_person import GENERAL, PEOPLE, catalogue_with_people, findings

from kuhina_desktop.catalogue.published import PublishedCatalogue
from kuhina_desktop.exports.excel import write_excel
from kuhina_desktop.exports.site import publish_site
from kuhina_desktop.messages import translate

TODAY = date(2026, 11, 28)
RECORDER = "Ilpotar Kirjurinen-Muistelija"  # who recorded the consents: never published
NOTE = {lang: translate("excel_contact_withheld", lang) for lang in ("fi", "sv", "en")}


def with_consent(catalogue: PublishedCatalogue) -> PublishedCatalogue:
    """The first contact person of each organisation consented, the second did not."""
    organisations = []
    for org in catalogue.organisations:
        first, *rest = org.organisation.contacts
        first = dataclasses.replace(
            first, consent_given_on="2026-10-15", consent_recorded_by=RECORDER
        )
        record = dataclasses.replace(org.organisation, contacts=[first, *rest])
        organisations.append(dataclasses.replace(org, organisation=record))
    return dataclasses.replace(catalogue, organisations=organisations)


def only(catalogue: PublishedCatalogue, consented: bool) -> PublishedCatalogue:
    """The catalogue's contacts of one kind, for the scanner's needles."""
    organisations = []
    for org in catalogue.organisations:
        contacts = [c for c in org.organisation.contacts if c.may_be_published() == consented]
        record = dataclasses.replace(org.organisation, contacts=contacts)
        organisations.append(dataclasses.replace(org, organisation=record))
    return dataclasses.replace(catalogue, organisations=organisations)


@pytest.fixture(scope="module")
def catalogue() -> PublishedCatalogue:
    catalogue = with_consent(catalogue_with_people())
    people = [c for o in catalogue.organisations for c in o.organisation.contacts]
    assert sum(c.may_be_published() for c in people) == 3 and len(people) == 6
    return catalogue


@pytest.fixture(scope="module")
def site(catalogue: PublishedCatalogue, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site-consent") / "site"
    publish_site(catalogue, out)
    return out


@pytest.fixture(scope="module")
def sheets(catalogue: PublishedCatalogue, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every workbook written (fi, sv, en), and each one's XML parts unpacked, as they are
    and with XML's character references decoded."""
    out = tmp_path_factory.mktemp("excel-consent")
    for lang in NOTE:
        books = write_excel(catalogue, out / "books" / lang, language=lang, today=TODAY)
        assert books
        for book in books:
            with zipfile.ZipFile(book) as archive:
                for name in archive.namelist():
                    target = out / "parts" / lang / book.stem / name
                    target.parent.mkdir(parents=True, exist_ok=True)
                    content = archive.read(name)
                    target.write_bytes(content)
                    # XML writes "ö" as "&#246;": the scanner also reads the parts decoded
                    decoded = html.unescape(content.decode("utf-8", errors="replace"))
                    target.with_name(target.name + ".decoded").write_text(decoded, "utf-8")
    return out


def every_file(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix != ".jpg")


def text_of(files: list[Path]) -> str:
    return "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in files)


def recorder_only(catalogue: PublishedCatalogue) -> PublishedCatalogue:
    """A catalogue whose one "person" is the recorder's name, for the scanner."""
    org = catalogue.organisations[0]
    (first, *_rest) = org.organisation.contacts
    person = dataclasses.replace(first, name=RECORDER, email=None, phone=None,
                                 consent_given_on=None, consent_recorded_by=None)  # fmt: skip
    record = dataclasses.replace(org.organisation, contacts=[person])
    return dataclasses.replace(
        catalogue, organisations=[dataclasses.replace(org, organisation=record)]
    )


def test_no_web_file_names_a_person_without_consent(
    catalogue: PublishedCatalogue, site: Path
) -> None:
    files = every_file(site)
    offer_pages = [p for p in files if "tarjous" in p.parts]
    assert len(offer_pages) > 30 and len(files) > 100
    assert findings(site, files, only(catalogue, consented=False)) == []
    assert findings(site, files, recorder_only(catalogue)) == []


def test_no_workbook_names_a_person_without_consent(
    catalogue: PublishedCatalogue, sheets: Path
) -> None:
    files = every_file(sheets / "parts")
    assert any(p.name == "sharedStrings.xml" for p in files) or any(
        "sheet" in p.name for p in files
    )
    assert findings(sheets / "parts", files, only(catalogue, consented=False)) == []
    assert findings(sheets / "parts", files, recorder_only(catalogue)) == []


def test_offer_pages_and_workbooks_show_a_consented_person(
    catalogue: PublishedCatalogue, site: Path, sheets: Path
) -> None:
    consented = only(catalogue, consented=True)
    pages = [p for p in every_file(site) if "tarjous" in p.parts]
    assert findings(site, pages, consented) != []
    pages_text = text_of(pages)
    books_text = text_of(every_file(sheets / "parts"))
    for name, _role, email, _phone in PEOPLE[0::2]:  # the first of each organisation
        assert name in pages_text and email.lower() in pages_text.lower()
        assert name in books_text and email.lower() in books_text.lower()


def test_instead_the_organisations_general_contact_and_a_note_are_shown(
    site: Path, sheets: Path
) -> None:
    pages_text = text_of([p for p in every_file(site) if "tarjous" in p.parts])
    books_text = text_of(every_file(sheets / "parts"))
    for email, _typed, _e164 in GENERAL:
        assert email in pages_text and email in books_text
    for lang, note in NOTE.items():
        assert note in books_text, lang
    site_note = {
        "fi": "Yhteyshenkilön tietoja ei julkaista – ota yhteyttä järjestöön.",
        "sv": "Kontaktpersonens uppgifter publiceras inte – kontakta föreningen.",
        "en": "The contact person's details are not published – please contact the organisation.",
    }
    shown = html.unescape(pages_text)
    for lang, note in site_note.items():
        assert note in shown, lang
