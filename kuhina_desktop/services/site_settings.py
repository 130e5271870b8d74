"""The web catalogue's settings of one catalogue workspace (`web-catalogue.json` in its
folder): the base address it is published at, the accessibility feedback e-mail and the
privacy notice's controller (name and e-mail). The
coordinator's outputs page and `kuhina catalogue publish` read them; the outputs page saves
what the coordinator typed, so it is remembered. A broken file reads as no settings.
"""

from __future__ import annotations

import json
from pathlib import Path

from kuhina_desktop.atomic_write import write_file_atomic
from kuhina_desktop.errors import KnownError
from kuhina_desktop.exports.site_settings import SiteSettings, checked_base_url, checked_settings

SETTINGS_FILE = "web-catalogue.json"
__all__ = [
    "SETTINGS_FILE",
    "checked_base_url",
    "checked_settings",
    "load_site_settings",
    "save_site_settings",
]


def load_site_settings(workspace_folder: Path) -> SiteSettings:
    path = Path(workspace_folder) / SETTINGS_FILE
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return SiteSettings()
    if not isinstance(raw, dict):
        return SiteSettings()
    keys = ("base_url", "feedback_email", "controller_name", "controller_email")
    values = [raw.get(key) if isinstance(raw.get(key), str) else None for key in keys]
    try:
        return checked_settings(*values)
    except KnownError:  # a hand-edited file with a bad value: as if not set
        return SiteSettings()


def save_site_settings(
    workspace_folder: Path,
    base_url: str | None,
    feedback_email: str | None,
    controller_name: str | None = None,
    controller_email: str | None = None,
) -> SiteSettings:
    """Check and save the settings; a bad value raises KnownError and saves nothing."""
    settings = checked_settings(base_url, feedback_email, controller_name, controller_email)
    body = {
        "base_url": settings.base_url,
        "feedback_email": settings.feedback_email,
        "controller_name": settings.controller_name,
        "controller_email": settings.controller_email,
    }
    text = json.dumps(body, ensure_ascii=False, indent=2) + "\n"
    write_file_atomic(Path(workspace_folder) / SETTINGS_FILE, text.encode("utf-8"))
    return settings
