"""The retention time of a catalogue (`retention.json` in the workspace folder; 24 months
when not set), read by `catalogue status` and set by the coordinator (docs/catalogue.md,
"Keeping and removing")."""

from __future__ import annotations

import json
from pathlib import Path

from kuhina_desktop.atomic_write import write_file_atomic
from kuhina_desktop.catalogue.retention import DEFAULT_MONTHS, checked_months
from kuhina_desktop.errors import KnownError

SETTINGS_FILE = "retention.json"


def load_retention_months(workspace_folder: Path) -> int:
    """The retention time in months; the default when not set or the file is broken."""
    try:
        raw = json.loads((Path(workspace_folder) / SETTINGS_FILE).read_text(encoding="utf-8"))
        return checked_months(raw["months"])
    except (OSError, ValueError, TypeError, KeyError, KnownError):
        return DEFAULT_MONTHS


def save_retention_months(workspace_folder: Path, value: object) -> int:
    """Check and save; a bad value raises KnownError and saves nothing."""
    months = checked_months(value)
    text = json.dumps({"months": months}) + "\n"
    write_file_atomic(Path(workspace_folder) / SETTINGS_FILE, text.encode("utf-8"))
    return months
