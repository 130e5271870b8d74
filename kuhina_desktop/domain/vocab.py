"""The code lists of docs/data-model.md, read from `resources/vocab/*.json`.

Each file is `{"list": NAME, "vocab_version": V, "entries": [{"code", "fi", "sv", "en",
"valid_from", "valid_to", ...mappings}]}`. A retired code (past its `valid_to`) stays
readable and labelled but cannot be chosen for a new record.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from kuhina_desktop.resources import resource_path

LIST_NAMES = (
    "municipalities",
    "kinds",
    "target_groups",
    "work_areas",
    "accessibility",
    "languages",
)
LANGUAGES = ("fi", "sv", "en")
_RESERVED = {"code", "fi", "sv", "en", "valid_from", "valid_to"}


@dataclass(frozen=True)
class VocabEntry:
    code: str
    labels: dict[str, str]
    valid_from: date | None = None
    valid_to: date | None = None
    mappings: dict[str, Any] = field(default_factory=dict)

    def label(self, language: str) -> str:
        return self.labels.get(language) or self.labels["fi"]

    def is_selectable(self, on: date | None = None) -> bool:
        """Whether a new record may choose this code on the given day (default today)."""
        day = on or date.today()
        if self.valid_from and day < self.valid_from:
            return False
        return not (self.valid_to and day > self.valid_to)


@dataclass(frozen=True)
class Vocabulary:
    version: str
    lists: dict[str, tuple[VocabEntry, ...]]
    _by_code: dict[str, dict[str, VocabEntry]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        for name, entries in self.lists.items():
            self._by_code[name] = {e.code: e for e in entries}

    def entries(self, list_name: str) -> tuple[VocabEntry, ...]:
        return self.lists[list_name]

    def codes(self, list_name: str) -> list[str]:
        return [e.code for e in self.lists[list_name]]

    def get(self, list_name: str, code: str) -> VocabEntry | None:
        return self._by_code[list_name].get(code)

    def label(self, list_name: str, code: str, language: str = "fi") -> str:
        entry = self.get(list_name, code)
        return entry.label(language) if entry else code

    def selectable(self, list_name: str, on: date | None = None) -> list[VocabEntry]:
        return [e for e in self.lists[list_name] if e.is_selectable(on)]


def _parse_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _read_list(path: Path) -> tuple[str, str, tuple[VocabEntry, ...]]:
    raw = json.loads(path.read_text(encoding="utf-8"))
    entries = tuple(
        VocabEntry(
            code=item["code"],
            labels={lang: item[lang] for lang in LANGUAGES if item.get(lang)},
            valid_from=_parse_date(item.get("valid_from")),
            valid_to=_parse_date(item.get("valid_to")),
            mappings={k: v for k, v in item.items() if k not in _RESERVED},
        )
        for item in raw["entries"]
    )
    return raw["list"], raw["vocab_version"], entries


@cache
def load_vocabulary(folder: Path | None = None) -> Vocabulary:
    """All code lists; every file must carry the same vocab_version."""
    base = folder or resource_path("vocab")
    lists: dict[str, tuple[VocabEntry, ...]] = {}
    versions = set()
    for name in LIST_NAMES:
        list_name, version, entries = _read_list(base / f"{name}.json")
        lists[list_name] = entries
        versions.add(version)
    if len(versions) != 1:
        raise ValueError(f"code lists disagree on vocab_version: {sorted(versions)}")
    return Vocabulary(version=versions.pop(), lists=lists)
