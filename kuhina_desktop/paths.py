"""Where the program keeps its files by default; every path can be overridden.

`KUHINA_HOME` (or a test's tmp_path) replaces the platform's user folders, so tests
and demos never touch a real user's data.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from kuhina_desktop import APP_NAME


def home() -> Path | None:
    override = os.environ.get("KUHINA_HOME")
    return Path(override) if override else None


def data_dir() -> Path:
    """The folder holding the default workspaces (platformdirs' user data folder)."""
    base = home()
    return base / "data" if base else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    base = home()
    return base / "logs" if base else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    base = home()
    return (
        base / "config" if base else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    )


def default_organisation_workspace() -> Path:
    return data_dir() / "organisation"


def default_catalogue_workspace() -> Path:
    return data_dir() / "catalogue"
