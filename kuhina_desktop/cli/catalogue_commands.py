"""Commands of the catalogue_commands group (filled in by their issue)."""

from __future__ import annotations

from typing import Any


def register(commands: Any) -> None:
    """No commands yet."""
