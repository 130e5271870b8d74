"""Open data names no person (issue 20, docs/open-data.md "No person in open data").

A catalogue whose contact people have distinctive names, e-mail addresses and phone numbers
is written as open data (every format, every language) and as a web catalogue; every byte
of every open data file, and of every web file that is data or a list (the data files
`data/<lang>/*.js` anyone can download whole, the list pages, the shortlist), is scanned
for each person's every value in every form a writer might give it: as typed, JSON-escaped,
percent-encoded, decomposed, in any letter case, and a phone number in any of its national
and international forms and separators. None may be found; the organisations' general
e-mail and phone must be.

The opportunity's own page (`tarjous/`) is the web catalogue's, under its own rule (a person
with recorded consent may be shown there), and is not scanned here.
"""

from __future__ import annotations

import dataclasses
import json
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import phonenumbers
import pytest
from published_fixtures import published_from_demo
from test_opendata import hsds_errors, read_hsds

from kuhina_desktop.catalogue.published import PublishedCatalogue
from kuhina_desktop.domain import model
from kuhina_desktop.exports.opendata import write_open_data
from kuhina_desktop.exports.site import publish_site

BASE = "https://www.example.fi/kuhina/"
LANGUAGES = ("fi", "sv", "en")

# (name, role in fi/sv/en, e-mail, phone as an association might type it)
PEOPLE = [
    ("Ilmatar Kyyhkynen-Pöllänen", ("työvalmentaja", "jobbcoach", "job coach"),
     "ilmatar.kyyhkynen@henkilo.example.fi", "040 765 4321"),
    ("Åsa Strömqvist", ("handledare", "handledare", "supervisor"),
     "asa.stromqvist@person.example.fi", "+358 50 111 2233"),
    ("Väinö Äkräs", ("vastaava ohjaaja", None, None),
     "V.Akras+tarjoukset@toinen.example.fi", "(013) 456 7890"),
    ("Zoë Ødegård-Nieminen", ("yhteyshenkilö", "kontaktperson", "contact person"),
     "zoe.odegard@yksityinen.example.fi", "0440-998 877"),
    ("Heikki Pyöriäinen", ("kouluttaja", None, "trainer"),
     "heikki.pyoriainen@henkilo.example.fi", "+358451234987"),
    ("Mirja-Liisa Kärkkäinen", ("työnohjaaja", "arbetshandledare", "work supervisor"),
     "mirja-liisa.karkkainen@kunta.example.fi", "050 3366 991"),
]  # fmt: skip
# The organisations' general contact: e-mail, the phone as typed and as the catalogue holds
# it (packages' phones are normalised to E.164 on the way in: domain/validation.py).
GENERAL = [
    ("toimisto.ensimmainen@yhdistys-a.example.fi", "013 220 1100", "+358132201100"),
    ("info@yhdistys-b.example.fi", "+358 13 330 2200", "+358133302200"),
    ("kanslia@forening-c.example.fi", "(017) 440 3300", "+358174403300"),
]


def catalogue_with_people() -> PublishedCatalogue:
    """The demo catalogue (3 organisations), each with two contact people of PEOPLE and
    its general contact of GENERAL; its opportunities name the people in turn, and the
    first opportunity of each names no one."""
    catalogue = published_from_demo(orgs=3, opps=12, seed=7)
    organisations = []
    for n, org in enumerate(catalogue.organisations):
        contacts = [
            model.Contact(f"6a1f0c2e-0000-4000-8000-0000000000{n}{k}", name, model.Text(*role),
                          email, phone)
            for k, (name, role, email, phone) in enumerate(PEOPLE[2 * n : 2 * n + 2])
        ]  # fmt: skip
        email, _, phone = GENERAL[n]
        record = dataclasses.replace(org.organisation, contacts=contacts, email=email, phone=phone)
        opportunities = [
            dataclasses.replace(opp, contact_id=None if i == 0 else contacts[i % 2].id)
            for i, opp in enumerate(org.opportunities)
        ]
        assert len(opportunities) >= 3, "each person is some opportunity's contact"
        organisations.append(
            dataclasses.replace(org, organisation=record, opportunities=opportunities)
        )
    return dataclasses.replace(catalogue, organisations=organisations)


# --- the forms a person's value can take in a file ---------------------------------------


def text_forms(value: str) -> set[str]:
    """`value` as typed, decomposed, JSON-escaped and percent-encoded (all compared in
    lower case)."""
    forms = {value, unicodedata.normalize("NFD", value), json.dumps(value)[1:-1], quote(value)}
    forms |= {quote(value, safe="@"), json.dumps(unicodedata.normalize("NFD", value))[1:-1]}
    return {f.casefold() for f in forms}


def name_needles(name: str) -> set[str]:
    """The whole name and each of its parts (first names, surnames, each half of a double
    name) of four letters or more."""
    parts = {name, *re.split(r"[\s]+", name), *re.split(r"[\s-]+", name)}
    return set().union(*(text_forms(p) for p in parts if len(p) >= 4))


def email_needles(email: str) -> set[str]:
    local = email.split("@", 1)[0]
    return text_forms(email) | text_forms(local) | text_forms(local.split("+", 1)[0])


def phone_digits(phone: str) -> set[str]:
    """The digit strings a phone number can be written as: national (0...), international
    (358..., +358..., 00358...) and its national significant number alone, which every
    other form holds."""
    number = phonenumbers.parse(phone, "FI")
    significant = phonenumbers.national_significant_number(number)
    return {significant, "0" + significant, "358" + significant}


_PHONE_LIKE = re.compile(r"[0-9][0-9 ()+./\u00a0-]*[0-9]")


def digit_runs(text: str) -> Iterator[str]:
    """Every run of digits with the separators people write inside a phone number, as
    digits only: "(040) 765-43 21" gives "0407654321"."""
    for match in _PHONE_LIKE.finditer(text):
        yield re.sub(r"[^0-9]", "", match.group(0))


def personal_values(catalogue: PublishedCatalogue) -> list[tuple[str, str]]:
    """(field, value) for every string a contact person carries but their id and role:
    name, e-mail, phone, and any field a later format adds (who recorded a consent...)."""
    values = []
    for org in catalogue.organisations:
        for contact in org.organisation.contacts:
            for f in dataclasses.fields(contact):
                value = getattr(contact, f.name)
                if f.name not in ("id", "role") and isinstance(value, str) and value.strip():
                    values.append((f.name, value))
    return values


def findings(root: Path, files: list[Path], catalogue: PublishedCatalogue) -> list[str]:
    """Where a person's value was found: "path: field value (as form)"."""
    needles: list[tuple[str, set[str]]] = []
    phones: list[tuple[str, set[str]]] = []
    for field, value in personal_values(catalogue):
        if field == "phone":
            phones.append((value, phone_digits(value)))
        elif field == "email":
            needles.append((value, email_needles(value)))
        else:
            needles.append((value, name_needles(value)))
    found = []
    for path in files:
        raw = path.read_bytes()
        text = raw.decode("utf-8", errors="replace").casefold()
        runs = set(digit_runs(text))
        for value, forms in needles:
            found += [f"{path.relative_to(root)}: {value!r} as {f!r}" for f in forms if f in text]
            found += [
                f"{path.relative_to(root)}: {value!r} in bytes"
                for f in forms
                if f.encode("utf-8") in raw.lower()
            ]
        for value, digits in phones:
            found += [
                f"{path.relative_to(root)}: phone {value!r} as {d}"
                for d in digits
                if any(d in run for run in runs)
            ]
    return found


# --- the tests ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def catalogue() -> PublishedCatalogue:
    return catalogue_with_people()


@pytest.fixture(scope="module")
def opendata(catalogue: PublishedCatalogue, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("opendata-people")
    write_open_data(catalogue, out, base_url=BASE)
    return out


@pytest.fixture(scope="module")
def site(catalogue: PublishedCatalogue, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site-people") / "site"
    publish_site(catalogue, out)
    return out


def test_the_scan_finds_what_it_looks_for(tmp_path: Path, catalogue: PublishedCatalogue) -> None:
    """The scanner itself: each person's value in the forms a writer may use is found."""
    samples = {
        "a.json": json.dumps({"n": "Ilmatar Kyyhkynen-Pöllänen"}),  # ö, ä escaped
        "b.csv": "x,ÅSA STRÖMQVIST,y\r\n",
        "c.html": '<a href="mailto:V.Akras%2Btarjoukset%40toinen.example.fi">x</a>',
        "d.txt": "soita (040) 765-43 21",
        "e.txt": "tel:+358-50-111-2233",
        "f.txt": "00358 13 456 7890",
        "g.txt": unicodedata.normalize("NFD", "Pyöriäinen"),
        "h.txt": "0440998877",
    }
    for name, text in samples.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    for name in samples:
        assert findings(tmp_path, [tmp_path / name], catalogue), name
    (tmp_path / "clean.txt").write_text("Ei ketään: +358132201100, info@x.example.fi", "utf-8")
    assert findings(tmp_path, [tmp_path / "clean.txt"], catalogue) == []


def test_no_open_data_file_holds_a_person(opendata: Path, catalogue: PublishedCatalogue) -> None:
    files = sorted(p for p in opendata.rglob("*") if p.is_file())
    names = {p.relative_to(opendata).as_posix() for p in files}
    for lang in LANGUAGES:  # every format in every language is among them
        assert {f"hsds/{lang}/organizations.json", f"hsds/{lang}/csv/contacts.csv"} <= names
    assert {"kuhina-catalogue.json", "opportunities.csv", "dcat.jsonld", "README.txt"} <= names
    assert {"spreadsheet/opportunities.csv", "hsds/services.json"} <= names
    assert len(personal_values(catalogue)) == 3 * len(PEOPLE)
    assert findings(opendata, files, catalogue) == []


def test_open_data_gives_the_general_contact_and_the_roles(opendata: Path) -> None:
    for lang in LANGUAGES:
        data = read_hsds(opendata, lang)
        for name, items in data.items():
            assert hsds_errors(name, items) == [], (lang, name)
        by_email = {org.get("email"): org for org in data["organizations"]}
        for email, _, e164 in GENERAL:
            org = by_email[email]
            assert [p["number"] for p in org["phones"]] == [e164]
            assert all("title" in c and set(c) <= {"id", "organization_id", "title",
                       "x_kuhina_text_languages"} for c in org["contacts"])  # fmt: skip
            services = org["services"]
            assert services and all(s.get("email") == email for s in services)
            assert all([p["number"] for p in s["phones"]] == [e164] for s in services)
        roles = {c["title"] for org in data["organizations"] for c in org["contacts"]}
        expected = {"fi": "työvalmentaja", "sv": "jobbcoach", "en": "job coach"}[lang]
        assert expected in roles
    document = json.loads((opendata / "kuhina-catalogue.json").read_text("utf-8"))
    for entry in document["organisations"]:
        assert all(set(c) == {"id", "role"} for c in entry["organisation"]["contacts"])
    text = (opendata / "opportunities.csv").read_text("utf-8")
    for email, _, e164 in GENERAL:
        assert f",{email},{e164}," in text
    assert ",työvalmentaja," in text


def test_no_web_list_or_data_file_holds_a_person(site: Path, catalogue: PublishedCatalogue) -> None:
    files = sorted(
        p
        for p in site.rglob("*")
        if p.is_file() and "tarjous" not in p.relative_to(site).parts
        and "kuvat" not in p.relative_to(site).parts
    )  # fmt: skip
    data_files = [p for p in files if p.suffix == ".js" and "data" in p.parts]
    assert len(data_files) >= 3 * 2, "a head and a part per language at least"
    assert findings(site, files, catalogue) == []
    records = []
    for path in data_files:
        body = path.read_text("utf-8")
        if "KUHINA_PART" in body:
            records += json.loads(body.split("=", 1)[1].rstrip().rstrip(";"))["items"]
    assert records
    assert {r.get("em") for r in records} <= {g[0] for g in GENERAL}
    assert {r.get("em") for r in records} >= {g[0] for g in GENERAL}
    assert {r.get("ph") for r in records} == {g[2] for g in GENERAL}
