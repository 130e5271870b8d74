"""The open data folder of the published catalogue (docs/open-data.md).

`write_open_data` writes HSDS 3.0 JSON (`hsds/`), the catalogue's own JSON in every language
(`kuhina-catalogue.json`, schema in `resources/schema/catalogue-open-data.schema.json`), three
CSV files and a README and licence note. It streams one organisation at a time, so memory
does not grow with the catalogue. Every file is written under a temporary name and renamed
only once all are complete; a failure or a cancel removes the temporary files and leaves
what was there before. The same catalogue gives the same bytes, except the timestamps of
`kuhina-catalogue.json` and `README.txt`.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import re
import textwrap
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from kuhina_desktop.atomic_write import SHARED, StagedFiles, remove_stale, write_error
from kuhina_desktop.catalogue.published import PublishedCatalogue, PublishedOrganisation
from kuhina_desktop.domain.model import Address, Environment, Opportunity, Organisation, Text
from kuhina_desktop.domain.serialize import to_json
from kuhina_desktop.domain.vocab import LIST_NAMES, Vocabulary, load_vocabulary
from kuhina_desktop.exports.hsds import HsdsMapper

if TYPE_CHECKING:  # the caller passes a Progress in; exports never import services at run time
    from kuhina_desktop.progress import Progress

FORMAT = "kuhina-catalogue"
FORMAT_VERSION = 1
LICENCE_NAME = "Creative Commons Attribution 4.0 International (CC BY 4.0)"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
LIST_SEPARATOR = ";"  # between codes in one CSV cell; codes never contain it

HSDS_FILES = (
    "organizations",
    "services",
    "locations",
    "service_at_locations",
    "taxonomies",
    "taxonomy_terms",
)
CATALOGUE_FILE = "kuhina-catalogue.json"

OPPORTUNITY_COLUMNS = (
    "opportunity_id", "organisation_id", "organisation_name_fi",
    "title_fi", "title_sv", "title_en", "kind", "kind_fi",
    "target_groups", "target_groups_fi", "municipalities", "municipalities_fi", "languages",
    "places", "places_updated_on", "starts_on", "ends_on",
    "hours_per_week_min", "hours_per_week_max", "referral_required",
    "description_fi", "how_to_apply_fi", "cost_fi",
    "environment_id", "environment_name_fi", "street", "postal_code", "post_office",
    "municipality", "contact_name", "contact_email", "contact_phone", "updated_at",
)  # fmt: skip
ORGANISATION_COLUMNS = (
    "organisation_id", "name_fi", "name_sv", "name_en", "business_id",
    "website", "email", "phone", "street", "postal_code", "post_office",
    "municipality", "municipality_fi", "environments", "opportunities", "last_updated",
)  # fmt: skip
ENVIRONMENT_COLUMNS = (
    "environment_id", "organisation_id", "organisation_name_fi",
    "name_fi", "name_sv", "name_en", "street", "postal_code", "post_office",
    "municipality", "municipality_fi", "latitude", "longitude",
    "work_areas", "accessibility", "languages", "capacity", "opening_hours", "updated_at",
)  # fmt: skip


def write_open_data(
    catalogue: PublishedCatalogue, out_dir: Path, progress: Progress | None = None
) -> list[Path]:
    """Write the open data folder into `out_dir`; returns the files written, sorted.

    Raises `Cancelled` (from `progress`) or `KnownError("file_write_failed")`; either way no
    file in `out_dir` has changed.
    """
    vocab = load_vocabulary()
    mapper = HsdsMapper(vocab)
    organisations = sorted(catalogue.organisations, key=_organisation_key)
    if progress is not None:
        progress.start(sum(1 + len(o.opportunities) for o in organisations), "opendata")
    staged = _staged(out_dir)
    try:
        hsds = {
            name: _JsonArray(staged.open_text(out_dir / "hsds" / f"{name}.json"))
            for name in HSDS_FILES
        }
        for term in mapper.taxonomies():
            hsds["taxonomies"].add(term)
        for term in mapper.taxonomy_terms():
            hsds["taxonomy_terms"].add(term)
        document = _CatalogueDocument(staged.open_text(out_dir / CATALOGUE_FILE), catalogue)
        tables = {
            "opportunities": _csv(staged, out_dir, "opportunities.csv", OPPORTUNITY_COLUMNS),
            "organisations": _csv(staged, out_dir, "organisations.csv", ORGANISATION_COLUMNS),
            "environments": _csv(staged, out_dir, "environments.csv", ENVIRONMENT_COLUMNS),
        }
        rows = _Rows(vocab)
        for published in organisations:
            org = _sorted_view(published)
            _write_hsds(mapper, org, hsds)
            document.add(org)
            tables["organisations"].writerow(rows.organisation(org))
            for env in org.environments:
                tables["environments"].writerow(rows.environment(org, env))
            for opp in org.opportunities:
                tables["opportunities"].writerow(rows.opportunity(org, opp))
            if progress is not None:
                progress.step(1 + len(org.opportunities))
        for array in hsds.values():
            array.close()
        document.close(vocab)
        _write_notes(staged, out_dir, catalogue, organisations)
        return sorted(staged.commit())
    except OSError as error:
        staged.abort()
        raise write_error(error, out_dir / CATALOGUE_FILE) from None
    except BaseException:
        staged.abort()
        raise


def _organisation_key(org: PublishedOrganisation) -> tuple[str, str]:
    return (org.organisation.name.best("fi").casefold(), org.organisation.id)


def _sorted_view(org: PublishedOrganisation) -> PublishedOrganisation:
    """The organisation with its records in output order (by name or title, then id)."""
    return dataclasses.replace(
        org,
        environments=sorted(org.environments, key=lambda e: (e.name.best("fi").casefold(), e.id)),
        opportunities=sorted(
            org.opportunities, key=lambda o: (o.title.best("fi").casefold(), o.id)
        ),
    )


def _write_hsds(mapper: HsdsMapper, org: PublishedOrganisation, out: dict[str, _JsonArray]) -> None:
    org_location = mapper.organisation_location(org.organisation)
    locations = [org_location] if org_location else []
    locations += [mapper.location(env, org.organisation.id) for env in org.environments]
    services = [mapper.service(org, opp) for opp in org.opportunities]
    out["organizations"].add(mapper.organization(org, services, locations))
    for location in locations:
        out["locations"].add(location)
    for service in services:
        out["services"].add(service)
        for link in service["service_at_locations"]:
            out["service_at_locations"].add(link)


# --- files ------------------------------------------------------------------------------


def _staged(out_dir: Path) -> StagedFiles:
    """The files of one run, renamed into place together; what a killed run left (also an
    earlier version's `.<name>.XXXXXXXX.tmp`) is removed first."""
    names = "|".join(
        re.escape(name)
        for name in (
            *(f"{n}.json" for n in HSDS_FILES),
            CATALOGUE_FILE,
            "opportunities.csv",
            "organisations.csv",
            "environments.csv",
            "README.txt",
            "LICENSE.txt",
        )
    )
    legacy = re.compile(rf"\.({names})\.[0-9a-f]{{8}}\.tmp")
    for folder in (out_dir, out_dir / "hsds"):
        remove_stale(folder, lambda path: bool(legacy.fullmatch(path.name)))
    return StagedFiles(mode=SHARED, make_folders=True)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def _open_environment(env: Environment) -> dict[str, Any]:
    """An environment as the catalogue JSON (format 1) has it: the photo descriptions that
    package format 2 added serve the web catalogue's alt texts and are not in this format."""
    data: dict[str, Any] = to_json(env)
    data.pop("photo_descriptions", None)
    return data


class _JsonArray:
    """A JSON array written one item at a time."""

    def __init__(self, handle: IO[str], indent: str = "  ") -> None:
        self._handle, self._indent, self._count = handle, indent, 0
        handle.write("[")

    def add(self, item: Any) -> None:
        self._handle.write(",\n" if self._count else "\n")
        self._handle.write(textwrap.indent(_dumps(item), self._indent))
        self._count += 1

    def close(self, end: str = "\n") -> None:
        self._handle.write(("\n" if self._count else "") + "]" + end)


class _CatalogueDocument:
    """`kuhina-catalogue.json`: the header fields, the organisations, then the code lists."""

    def __init__(self, handle: IO[str], catalogue: PublishedCatalogue) -> None:
        self._handle = handle
        header = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "generated_at": catalogue.generated_at,
            "vocab_version": catalogue.vocab_version,
            "last_updated": catalogue.last_updated,
        }
        handle.write("{\n")
        for key, value in header.items():
            handle.write(f"  {json.dumps(key)}: {_dumps(value)},\n")
        handle.write('  "organisations": ')
        self._organisations = _JsonArray(handle, indent="    ")

    def add(self, org: PublishedOrganisation) -> None:
        published_env_ids = {env.id for env in org.environments}
        opportunities = [
            # An environment left out of the view (hidden) is not referred to either.
            opp
            if opp.environment_id is None or opp.environment_id in published_env_ids
            else dataclasses.replace(opp, environment_id=None)
            for opp in org.opportunities
        ]
        self._organisations.add(
            {
                "organisation": to_json(org.organisation),
                "last_updated": org.last_updated,
                "environments": [_open_environment(env) for env in org.environments],
                "opportunities": to_json(opportunities),
            }
        )

    def close(self, vocab: Vocabulary) -> None:
        self._organisations.close(end=",\n")
        code_lists = {
            name: [
                {
                    "code": entry.code,
                    "fi": entry.labels.get("fi"),
                    "sv": entry.labels.get("sv"),
                    "en": entry.labels.get("en"),
                    "valid_from": entry.valid_from.isoformat() if entry.valid_from else None,
                    "valid_to": entry.valid_to.isoformat() if entry.valid_to else None,
                }
                for entry in vocab.entries(name)
            ]
            for name in LIST_NAMES
        }
        self._handle.write('  "code_lists": ' + textwrap.indent(_dumps(code_lists), "  ")[2:])
        self._handle.write("\n}\n")


# --- CSV --------------------------------------------------------------------------------


def _csv(staged: StagedFiles, out_dir: Path, name: str, columns: tuple[str, ...]) -> Any:
    """An RFC 4180 writer (CRLF, quotes where needed) with the header row written."""
    writer = csv.writer(staged.open_text(out_dir / name, newline=""), lineterminator="\r\n")
    writer.writerow(columns)
    return writer


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def _text(text: Text | None, language: str) -> str:
    return (text.get(language) or "") if text is not None else ""


class _Rows:
    """One CSV row per record, every cell a string; lists are codes joined by `;`."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab

    def _labels(self, list_name: str, codes: list[str]) -> str:
        return "; ".join(self.vocab.label(list_name, code, "fi") for code in codes)

    def _address(self, address: Address | None) -> list[str]:
        a = address or Address()
        return [_cell(a.street), _cell(a.postal_code), _cell(a.post_office), _cell(a.municipality)]

    def _row(self, *values: object) -> list[str]:
        return [_cell(value) for value in values]

    def organisation(self, org: PublishedOrganisation) -> list[str]:
        record: Organisation = org.organisation
        municipality = record.address.municipality if record.address else None
        return [
            *self._row(record.id, *(_text(record.name, lang) for lang in ("fi", "sv", "en"))),
            *self._row(record.business_id, record.website, record.email, record.phone),
            *self._address(record.address),
            _cell(self.vocab.label("municipalities", municipality) if municipality else None),
            *self._row(len(org.environments), len(org.opportunities), org.last_updated),
        ]

    def environment(self, org: PublishedOrganisation, env: Environment) -> list[str]:
        hours = sorted((h.day, h.opens, h.closes) for h in env.opening_hours)
        municipality = env.address.municipality
        return [
            *self._row(env.id, org.organisation.id, _text(org.organisation.name, "fi")),
            *(_text(env.name, lang) for lang in ("fi", "sv", "en")),
            *self._address(env.address),
            _cell(self.vocab.label("municipalities", municipality) if municipality else None),
            *self._row(env.latitude, env.longitude),
            LIST_SEPARATOR.join(env.work_areas),
            LIST_SEPARATOR.join(env.accessibility),
            LIST_SEPARATOR.join(env.languages),
            _cell(env.capacity),
            LIST_SEPARATOR.join(f"{day} {opens}-{closes}" for day, opens, closes in hours),
            env.updated_at,
        ]

    def opportunity(self, org: PublishedOrganisation, opp: Opportunity) -> list[str]:
        record = org.organisation
        env = org.environment(opp.environment_id)
        contact = next((c for c in record.contacts if c.id == opp.contact_id), None)
        hours = opp.hours_per_week
        return [
            *self._row(opp.id, record.id, _text(record.name, "fi")),
            *(_text(opp.title, lang) for lang in ("fi", "sv", "en")),
            opp.kind,
            self.vocab.label("kinds", opp.kind, "fi"),
            LIST_SEPARATOR.join(opp.target_groups),
            self._labels("target_groups", opp.target_groups),
            LIST_SEPARATOR.join(opp.municipalities),
            self._labels("municipalities", opp.municipalities),
            LIST_SEPARATOR.join(opp.languages),
            *self._row(opp.places, opp.places_updated_on, opp.starts_on, opp.ends_on),
            *self._row(hours.min if hours else None, hours.max if hours else None),
            _cell(opp.referral_required),
            _text(opp.description, "fi"),
            _text(opp.how_to_apply, "fi"),
            _text(opp.cost, "fi"),
            *self._row(env.id if env else None, _text(env.name, "fi") if env else None),
            *self._address(env.address if env else None),
            _cell(contact.name if contact else None),
            _cell((contact.email if contact else None) or record.email),
            _cell((contact.phone if contact else None) or record.phone),
            opp.updated_at,
        ]


# --- README and licence -------------------------------------------------------------------


def _write_notes(
    staged: StagedFiles,
    out_dir: Path,
    catalogue: PublishedCatalogue,
    organisations: list[PublishedOrganisation],
) -> None:
    counts = {
        "organisations": len(organisations),
        "environments": sum(len(o.environments) for o in organisations),
        "opportunities": sum(len(o.opportunities) for o in organisations),
    }
    staged.open_text(out_dir / "README.txt").write(
        README.format(
            generated_at=catalogue.generated_at,
            last_updated=catalogue.last_updated,
            vocab_version=catalogue.vocab_version,
            licence=LICENCE_NAME,
            licence_url=LICENCE_URL,
            **counts,
        )
    )
    staged.open_text(out_dir / "LICENSE.txt").write(
        LICENCE.format(licence=LICENCE_NAME, url=LICENCE_URL)
    )


README = """\
Kuhina – avoin data / öppna data / open data
============================================

Pohjois-Karjalan järjestöjen työnhakijoille tarjoamat mahdollisuudet (työkokeilu,
kuntouttava työtoiminta, valmennus...). What North Karelia's associations offer
unemployed job seekers.

Generated at / luotu:        {generated_at}
Last updated / päivitetty:   {last_updated}
Code lists / koodistot:      {vocab_version}
Organisations:               {organisations}
Coaching environments:       {environments}
Opportunities:               {opportunities}

Files
-----
hsds/                   Human Services Data Specification (HSDS) 3.0 JSON, Finnish text:
  organizations.json      organizations with their locations and services nested
  services.json           services (one per opportunity)
  locations.json          locations (coaching environments and postal addresses)
  service_at_locations.json   which service is offered at which location
  taxonomies.json         the taxonomies kuhina-kinds and kuhina-target-groups
  taxonomy_terms.json     their terms (kinds and target groups)
kuhina-catalogue.json   the whole catalogue in every language (fi, sv, en), with the
                        code lists; its JSON Schema is catalogue-open-data.schema.json
                        in the Kuhina Desktop source (resources/schema/)
opportunities.csv       one row per opportunity
organisations.csv       one row per organisation
environments.csv        one row per coaching environment

CSV files are UTF-8 without a byte order mark, comma-separated, with a header row and
CRLF line ends (RFC 4180). Fields with commas, quotes or line breaks are quoted. Values
are exact: a value that begins with = + - or @ is text, not a formula, so open the files
in a spreadsheet with "import as text" (or use the Excel workbooks instead). Lists of
codes in one cell are separated by ";". Empty cell = no value.

Licence / lisenssi
------------------
The data is published under {licence}: {licence_url}
See LICENSE.txt. Images are not part of this folder and not covered by the licence.
"""

LICENCE = """\
The data in this folder (Kuhina catalogue open data) is licensed under
{licence}.

  {url}

You may copy, share and adapt it for any purpose, also commercially, if you give
appropriate credit ("Source: Kuhina catalogue, North Karelia"), link to the licence
and indicate if changes were made.

Aineisto on julkaistu lisenssillä CC BY 4.0. Mainitse lähde: "Lähde: Kuhina-luettelo,
Pohjois-Karjala".
"""
