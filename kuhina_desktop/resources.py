"""The one place that finds the program's resource files.

The `resources/` folder sits beside the `kuhina_desktop` package in a source checkout,
inside the package data of an installed wheel (`kuhina_desktop/_resources`), and at the same
relative path in a PyInstaller bundle (`sys._MEIPASS/resources`), as `kuhina.spec` mirrors it.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path


@cache
def resource_root() -> Path:
    """The folder holding vocab/, schema/, messages/, i18n/, site/ and migrations."""
    override = os.environ.get("KUHINA_RESOURCES")
    if override:
        return Path(override)
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        return Path(frozen_base) / "resources"
    package_dir = Path(__file__).resolve().parent
    for candidate in (package_dir.parent / "resources", package_dir / "_resources"):
        if (candidate / "vocab").is_dir():
            return candidate
    raise FileNotFoundError("Kuhina resources folder not found next to " + str(package_dir))


def resource_path(*parts: str) -> Path:
    """A path inside the resources folder, e.g. resource_path("vocab", "kinds.json")."""
    return resource_root().joinpath(*parts)
