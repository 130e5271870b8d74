"""HSDS 3.0 in its tabular form: one CSV file per object type, described by a Frictionless
Data Package (`datapackage.json`), as the specification's tabular schema
(`resources/schema/hsds-3.0/tabular.json`, unchanged from HSDS 3.0) defines it.

The rows come from the same objects as the JSON form (hsds.py): each nested object becomes
a row of its own table, linked by the ids it already carries (`service_id`, `location_id`...).
The package's table schemas are made from the official tabular schema: its scalar fields in
its order, `id` the primary key, the id fields as foreign keys to the tables written here,
then the Kuhina extensions (docs/open-data.md). A JSON object in a cell (an extension) is
written as compact JSON, as the Table Schema `object` type reads it.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from functools import cache
from typing import IO, Any

from kuhina_desktop.exports.hsds_parts import MUNICIPALITY_CODE, TEXT_LANGUAGES, HsdsObject
from kuhina_desktop.resources import resource_path

PACKAGE_FILE = "datapackage.json"
# The tables written, in the order of the specification's tabular schema.
TABLES = (
    "organization", "service", "attribute", "service_at_location", "location", "phone",
    "contact", "address", "schedule", "service_area", "language", "accessibility",
    "taxonomy_term", "organization_identifier", "taxonomy",
)  # fmt: skip
# Which table a nested array or object of an HSDS object goes to.
NESTED = {
    "locations": "location", "services": "service", "phones": "phone", "contacts": "contact",
    "addresses": "address", "schedules": "schedule", "service_areas": "service_area",
    "service_at_locations": "service_at_location", "languages": "language",
    "accessibility": "accessibility", "attributes": "attribute",
    "organization_identifiers": "organization_identifier",
    "taxonomy_term": "taxonomy_term", "taxonomy_detail": "taxonomy",
}  # fmt: skip
FOREIGN_KEYS = {
    "organization_id": "organization", "service_id": "service", "location_id": "location",
    "contact_id": "contact", "taxonomy_term_id": "taxonomy_term", "taxonomy_id": "taxonomy",
    "service_at_location_id": "service_at_location", "phone_id": "phone",
    "parent_id": "taxonomy_term",
}  # fmt: skip
TEXT_LANGUAGES_FIELD = {
    "name": TEXT_LANGUAGES,
    "type": "object",
    "description": "Kuhina extension: the fields whose text is in another language than the "
    "data set's (the catalogue has none in it), each with the language used, e.g. "
    '{"description": "fi"}. Empty when every text is in the data set\'s language.',
}
EXTENSIONS: dict[str, list[dict[str, Any]]] = {
    "organization": [TEXT_LANGUAGES_FIELD],
    "service": [TEXT_LANGUAGES_FIELD],
    "location": [TEXT_LANGUAGES_FIELD],
    "contact": [TEXT_LANGUAGES_FIELD],
    "service_area": [
        {
            "name": MUNICIPALITY_CODE,
            "type": "string",
            "description": "Kuhina extension: the Statistics Finland municipality code "
            "(kuntanumero, three digits); `uri` is its URI in the national code list.",
            "constraints": {"pattern": "[0-9]{3}"},
        }
    ],
}


@cache
def tabular_schema() -> dict[str, Any]:
    """The official HSDS 3.0 tabular schema: table name → its definition."""
    path = resource_path("schema", "hsds-3.0", "tabular.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    return {name: spec["items"] for name, spec in data["properties"].items()}


def _field(name: str, spec: dict[str, Any], required: bool) -> dict[str, Any]:
    field: dict[str, Any] = {"name": name, "type": spec["type"]}
    if spec.get("format") == "date-time":
        field["type"] = "datetime"
    elif spec.get("format") in ("uuid", "email", "uri"):
        field["format"] = spec["format"]
    for key in ("title", "description"):
        if spec.get(key):
            field[key] = spec[key]
    constraints: dict[str, Any] = {}
    if required:
        constraints["required"] = True
    if spec.get("constraints", {}).get("unique"):
        constraints["unique"] = True
    if spec.get("enum"):
        constraints["enum"] = spec["enum"]
    if constraints:
        field["constraints"] = constraints
    return field


@cache
def table_fields(table: str) -> tuple[str, ...]:
    """The columns of `table`, in order: the specification's scalar fields, the extensions."""
    return tuple(field["name"] for field in table_schema(table)["fields"])


def table_schema(table: str) -> dict[str, Any]:
    """The Frictionless Table Schema of one table."""
    spec = tabular_schema()[table]
    required = set(spec.get("required", [])) | set(spec.get("tabular_required", []))
    fields = [
        _field(name, prop, name in required)
        for name, prop in spec["properties"].items()
        if prop.get("type") not in ("array", "object")
    ]
    fields += EXTENSIONS.get(table, [])
    foreign = [
        {"fields": f["name"], "reference": {"resource": FOREIGN_KEYS[f["name"]], "fields": "id"}}
        for f in fields
        if f["name"] in FOREIGN_KEYS and FOREIGN_KEYS[f["name"]] in TABLES
    ]
    schema: dict[str, Any] = {"fields": fields, "primaryKey": ["id"]}
    if foreign:
        schema["foreignKeys"] = foreign
    return schema


def file_name(table: str) -> str:
    return str(tabular_schema()[table]["path"])


def datapackage(name: str, title: str, licence: dict[str, str]) -> dict[str, Any]:
    """`datapackage.json` for the tables written by `TabularWriter`."""
    spec = tabular_schema()
    return {
        "profile": "tabular-data-package",
        "name": name,
        "title": title,
        "licenses": [licence],
        "sources": [
            {
                "title": "Human Services Data Specification 3.0 (Open Referral), tabular form",
                "path": "https://docs.openreferral.org/en/3.0/hsds/tabular_format.html",
            }
        ],
        "resources": [
            {
                "name": table,
                "path": file_name(table),
                "description": spec[table].get("description", ""),
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": table_schema(table),
            }
            for table in TABLES
        ],
    }


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return str(value)


class TabularWriter:
    """Writes HSDS objects as rows of the tables; `open_text(file name)` gives each CSV file
    (UTF-8, CRLF, RFC 4180). Shared objects (taxonomy terms and taxonomies) are written once."""

    def __init__(self, open_text: Callable[[str], IO[str]]) -> None:
        self._writers = {}
        for table in TABLES:
            writer = csv.writer(open_text(file_name(table)), lineterminator="\r\n")
            writer.writerow(table_fields(table))
            self._writers[table] = writer
        self._seen: dict[str, set[str]] = {"taxonomy_term": set(), "taxonomy": set()}

    def add(self, table: str, obj: HsdsObject) -> None:
        """`obj` as a row of `table`, and its nested objects as rows of theirs."""
        seen = self._seen.get(table)
        if seen is not None:
            if obj["id"] in seen:
                return
            seen.add(obj["id"])
        for key, value in obj.items():
            nested = NESTED.get(key)
            if nested is None:
                continue
            for item in value if isinstance(value, list) else [value]:
                self.add(nested, item)
        self._writers[table].writerow([_cell(obj.get(name)) for name in table_fields(table)])
