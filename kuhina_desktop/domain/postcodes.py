"""Finland's postcodes: the post office's name in Finnish and Swedish and the municipality of
each, from Posti's file (`resources/postcodes/postcodes.json`, made by `build/postcodes.py`;
where it came from and its terms of use are written in the file).

A volunteer types the postcode and the form fills in the post office and the municipality;
a postcode that belongs to another municipality than the one chosen is a warning.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from kuhina_desktop.resources import resource_path

NORTH_KARELIA = "FI1D3"  # the region's NUTS 3 code in Posti's file


@dataclass(frozen=True)
class Postcode:
    code: str
    name_fi: str
    name_sv: str
    municipality: str  # the municipality code, e.g. "167"
    region: str  # NUTS 3, e.g. "FI1D3"

    def name(self, language: str) -> str:
        return self.name_sv if language == "sv" else self.name_fi


@cache
def _table() -> tuple[dict[str, Postcode], dict[str, Any]]:
    raw = json.loads(resource_path("postcodes", "postcodes.json").read_text(encoding="utf-8"))
    columns = raw["columns"]
    table = {}
    for row in raw["postcodes"]:
        values = dict(zip(columns, row, strict=True))
        table[values["postcode"]] = Postcode(
            values["postcode"],
            values["name_fi"],
            values["name_sv"],
            values["municipality"],
            values["region"],
        )
    about = {k: v for k, v in raw.items() if k not in ("postcodes", "columns")}
    return table, about


def lookup(code: str | None) -> Postcode | None:
    """The postcode `code` (spaces around ignored), or None when Posti's file lacks it."""
    if not code:
        return None
    return _table()[0].get(code.strip())


def all_postcodes() -> list[Postcode]:
    return list(_table()[0].values())


def source() -> dict[str, Any]:
    """Where the table came from: package, version, Posti's date, terms of use."""
    return dict(_table()[1])
