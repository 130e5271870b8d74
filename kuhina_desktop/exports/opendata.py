"""The open data folder of the published catalogue (docs/open-data.md).

`write_open_data` writes HSDS 3.0 in every language (`hsds/fi/`, `hsds/sv/`, `hsds/en/`: JSON
and the tabular form with its `datapackage.json`; `hsds/*.json` is the Finnish JSON at its
format-1 address), the catalogue's own JSON in every language (`kuhina-catalogue.json`,
schema in `resources/schema/catalogue-open-data.schema.json`), three CSV files with their
spreadsheet-safe copies, the DCAT-AP description `dcat.jsonld`, and a README and licence
note. It streams one organisation at a time, so memory does not grow with the catalogue.
Every file is written under a temporary name and renamed only once all are complete; a
failure or a cancel removes the temporary files and leaves what was there before. The same
catalogue gives the same bytes, except the timestamps of `kuhina-catalogue.json` and
`README.txt`. No file names a person: contacts appear by their role only.
"""

from __future__ import annotations

import dataclasses
import json
import re
import textwrap
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from kuhina_desktop.atomic_write import SHARED, StagedFiles, remove_stale, write_error
from kuhina_desktop.catalogue.published import PublishedCatalogue, PublishedOrganisation
from kuhina_desktop.domain.model import Environment
from kuhina_desktop.domain.serialize import to_json
from kuhina_desktop.domain.vocab import LIST_NAMES, Vocabulary, load_vocabulary
from kuhina_desktop.exports import dcat
from kuhina_desktop.exports.hsds import HsdsMapper
from kuhina_desktop.exports.hsds_parts import LANGUAGES, timestamp
from kuhina_desktop.exports.hsds_tabular import PACKAGE_FILE, TabularWriter, datapackage
from kuhina_desktop.exports.opendata_csv import (
    CSV_FILES,
    ENVIRONMENT_COLUMNS,
    OPPORTUNITY_COLUMNS,
    ORGANISATION_COLUMNS,
    SPREADSHEET_FOLDER,
    CsvPair,
    Rows,
)

if TYPE_CHECKING:  # the caller passes a Progress in; exports never import services at run time
    from kuhina_desktop.progress import Progress

FORMAT = "kuhina-catalogue"
FORMAT_VERSION = 2  # 2: contacts by their role only (no name, e-mail or phone)
OPEN_DATA_VERSION = 2  # the folder's layout and contents, docs/open-data.md
LICENCE_NAME = "Creative Commons Attribution 4.0 International (CC BY 4.0)"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
LICENCE_ENTRY = {"name": "CC-BY-4.0", "path": LICENCE_URL, "title": LICENCE_NAME}

HSDS_FILES = (
    "organizations",
    "services",
    "locations",
    "service_at_locations",
    "taxonomies",
    "taxonomy_terms",
)
CATALOGUE_FILE = "kuhina-catalogue.json"
TABULAR_FOLDER = "csv"  # hsds/<language>/csv/


def write_open_data(
    catalogue: PublishedCatalogue,
    out_dir: Path,
    progress: Progress | None = None,
    *,
    base_url: str | None = None,
) -> list[Path]:
    """Write the open data folder into `out_dir`; returns the files written, sorted. With
    `base_url` (the web catalogue's address), each HSDS service's `url` is its offer page.

    Raises `Cancelled` (from `progress`) or `KnownError("file_write_failed")`; either way no
    file in `out_dir` has changed.
    """
    vocab = load_vocabulary()
    mappers = {lang: HsdsMapper(vocab, lang, base_url) for lang in LANGUAGES}
    organisations = sorted(catalogue.organisations, key=_organisation_key)
    if progress is not None:
        progress.start(sum(1 + len(o.opportunities) for o in organisations), "opendata")
    staged = _staged(out_dir)
    try:
        outputs = [
            _HsdsOutput(staged, out_dir / "hsds" / lang, mappers[lang]) for lang in LANGUAGES
        ]
        legacy = _HsdsOutput(staged, out_dir / "hsds", mappers["fi"], tabular=False)
        document = _CatalogueDocument(staged.open_text(out_dir / CATALOGUE_FILE), catalogue)
        tables = {
            name: CsvPair(
                staged.open_text(out_dir / file, newline=""),
                staged.open_text(out_dir / SPREADSHEET_FOLDER / file, newline=""),
                columns,
            )
            for name, file, columns in (
                ("opportunities", "opportunities.csv", OPPORTUNITY_COLUMNS),
                ("organisations", "organisations.csv", ORGANISATION_COLUMNS),
                ("environments", "environments.csv", ENVIRONMENT_COLUMNS),
            )
        }
        rows = Rows(vocab)
        for published in organisations:
            org = _sorted_view(published)
            for output in (*outputs, legacy):
                output.add(org)
            document.add(org)
            tables["organisations"].writerow(rows.organisation(org))
            for env in org.environments:
                tables["environments"].writerow(rows.environment(org, env))
            for opp in org.opportunities:
                tables["opportunities"].writerow(rows.opportunity(org, opp))
            if progress is not None:
                progress.step(1 + len(org.opportunities))
        for output in (*outputs, legacy):
            output.close()
        document.close(vocab)
        _write_dcat(staged, out_dir, catalogue, organisations, base_url)
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


class _HsdsOutput:
    """One language's HSDS: the JSON files in `folder` and (unless `tabular` is off) the
    tabular form with its `datapackage.json` in `folder/csv/`."""

    def __init__(
        self, staged: StagedFiles, folder: Path, mapper: HsdsMapper, *, tabular: bool = True
    ) -> None:
        self.staged, self.folder, self.mapper = staged, folder, mapper
        self.arrays = {
            name: _JsonArray(staged.open_text(folder / f"{name}.json")) for name in HSDS_FILES
        }
        self.tabular: TabularWriter | None = None
        if tabular:
            self.tabular = TabularWriter(
                lambda name: staged.open_text(folder / TABULAR_FOLDER / name, newline="")
            )
        for taxonomy in mapper.taxonomies():
            self._add("taxonomies", "taxonomy", taxonomy)
        for term in mapper.taxonomy_terms():
            self._add("taxonomy_terms", "taxonomy_term", term)

    def _add(self, file: str, table: str, obj: dict[str, Any]) -> None:
        self.arrays[file].add(obj)
        if self.tabular is not None:
            self.tabular.add(table, obj)

    def add(self, org: PublishedOrganisation) -> None:
        mapper = self.mapper
        org_location = mapper.organisation_location(org.organisation)
        locations = [org_location] if org_location else []
        locations += [mapper.location(env, org.organisation) for env in org.environments]
        services = [mapper.service(org, opp) for opp in org.opportunities]
        organization = mapper.organization(org, services, locations)
        self.arrays["organizations"].add(organization)
        if self.tabular is not None:
            self.tabular.add("organization", organization)  # its nested objects too
        for location in locations:
            self.arrays["locations"].add(location)
        for service in services:
            self.arrays["services"].add(service)
            for link in service["service_at_locations"]:
                self.arrays["service_at_locations"].add(link)

    def close(self) -> None:
        for array in self.arrays.values():
            array.close()
        if self.tabular is not None:
            lang = self.mapper.language
            package = datapackage(
                f"kuhina-hsds-{lang}", f"Kuhina, HSDS 3.0 ({lang})", LICENCE_ENTRY
            )
            handle = self.staged.open_text(self.folder / TABULAR_FOLDER / PACKAGE_FILE)
            handle.write(_dumps(package) + "\n")


def _write_dcat(
    staged: StagedFiles,
    out_dir: Path,
    catalogue: PublishedCatalogue,
    organisations: list[PublishedOrganisation],
    base_url: str | None,
) -> None:
    municipalities = sorted(
        {code for org in organisations for opp in org.opportunities for code in opp.municipalities}
    )
    csv_files = [*CSV_FILES, *(f"{SPREADSHEET_FOLDER}/{name}" for name in CSV_FILES)]
    document = dcat.dcat_document(
        modified=timestamp(catalogue.last_updated) or catalogue.last_updated,
        licence_url=LICENCE_URL,
        municipalities=municipalities,
        csv_files=csv_files,
        landing_page=base_url,
    )
    staged.open_text(out_dir / dcat.FILE).write(_dumps(document) + "\n")


# --- files ------------------------------------------------------------------------------


def _staged(out_dir: Path) -> StagedFiles:
    """The files of one run, renamed into place together; what a killed run left (also an
    earlier version's `.<name>.XXXXXXXX.tmp`) is removed first."""
    names = "|".join(
        re.escape(name)
        for name in (
            *(f"{n}.json" for n in HSDS_FILES),
            CATALOGUE_FILE,
            *CSV_FILES,
            "README.txt",
            "LICENSE.txt",
        )
    )
    legacy = re.compile(rf"\.({names})\.[0-9a-f]{{8}}\.tmp")
    folders = [out_dir, out_dir / "hsds", out_dir / SPREADSHEET_FOLDER]
    folders += [out_dir / "hsds" / lang / sub for lang in LANGUAGES for sub in ("", TABULAR_FOLDER)]
    for folder in folders:
        remove_stale(folder, lambda path: bool(legacy.fullmatch(path.name)))
    return StagedFiles(mode=SHARED, make_folders=True)


def _local(value: str) -> str:
    """A timestamp in Finnish local time with its offset (as every time in the folder)."""
    return timestamp(value) or value


def _local_updated(record: dict[str, Any]) -> dict[str, Any]:
    record["updated_at"] = _local(record["updated_at"])
    return record


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def _open_environment(env: Environment) -> dict[str, Any]:
    """An environment as the catalogue JSON (format 1 and 2) has it: the photo descriptions that
    package format 2 added serve the web catalogue's alt texts, and the photos' confirmations
    of format 3 only decide which photos are published (the published view has left out the
    others): neither is in this format."""
    data: dict[str, Any] = to_json(env)
    data.pop("photo_descriptions", None)
    data.pop("photo_confirmed_on", None)
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
            "generated_at": _local(catalogue.generated_at),
            "vocab_version": catalogue.vocab_version,
            "last_updated": _local(catalogue.last_updated),
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
        organisation = to_json(org.organisation)
        # Open data names no person: a contact is its role (docs/open-data.md).
        organisation["contacts"] = [
            {"id": c["id"], "role": c["role"]} for c in organisation["contacts"]
        ]
        self._organisations.add(
            {
                "organisation": organisation,
                "last_updated": _local(org.last_updated),
                "environments": [_local_updated(_open_environment(e)) for e in org.environments],
                "opportunities": [_local_updated(o) for o in to_json(opportunities)],
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
            generated_at=_local(catalogue.generated_at),
            last_updated=_local(catalogue.last_updated),
            version=OPEN_DATA_VERSION,
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

Open data version:           {version} (docs/open-data.md of Kuhina Desktop)
Generated at / luotu:        {generated_at}
Last updated / päivitetty:   {last_updated}
Code lists / koodistot:      {vocab_version}
Organisations:               {organisations}
Coaching environments:       {environments}
Opportunities:               {opportunities}

Times are Finnish local time with their offset (+02:00 or +03:00). No file names a person:
contacts appear by their role, with the organisation's general e-mail and phone.

Files
-----
hsds/fi/, hsds/sv/, hsds/en/   Human Services Data Specification (HSDS) 3.0, one folder per
                        language, the same ids in each; a text missing in a language is the
                        Finnish one, named in the record's x_kuhina_text_languages
  organizations.json      organizations with their locations and services nested
  services.json           services (one per opportunity)
  locations.json          locations (coaching environments and postal addresses)
  service_at_locations.json   which service is offered at which location
  taxonomies.json         the taxonomies kuhina-kinds and kuhina-target-groups
  taxonomy_terms.json     their terms (kinds and target groups)
  csv/                    the HSDS tabular form: one CSV per object type, described by
                          csv/datapackage.json (Frictionless Data Package)
hsds/*.json             the Finnish HSDS JSON at its earlier address (same as hsds/fi/)
kuhina-catalogue.json   the whole catalogue in every language (fi, sv, en), with the
                        code lists; its JSON Schema is catalogue-open-data.schema.json
                        in the Kuhina Desktop source (resources/schema/)
opportunities.csv       one row per opportunity
organisations.csv       one row per organisation
environments.csv        one row per coaching environment
spreadsheet/            the same three CSV files for opening in a spreadsheet
dcat.jsonld             this data set described in DCAT-AP (JSON-LD), for data portals

Municipalities are Statistics Finland codes (kuntanumero, e.g. 167); in HSDS each
service_area also has the code's URI in the national code list,
http://uri.suomi.fi/codelist/jhs/kunta_1_20240101/code/167.

CSV files are UTF-8 without a byte order mark, comma-separated, with a header row and
CRLF line ends (RFC 4180). Fields with commas, quotes or line breaks are quoted. Values
are exact: a value that begins with = + - or @ is text, not a formula; for a spreadsheet,
open the copies in spreadsheet/ instead: they have a byte order mark and such a value
begins with an apostrophe (') so that it stays text. Lists of codes in one cell are
separated by ";". Empty cell = no value.

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
