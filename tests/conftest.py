"""Shared test set-up: Qt offscreen on a 1366x768 screen, a private KUHINA_HOME, the gui
marker."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# The windows are tested on the screen of the volunteers' laptops: 1366x768 pixels.
SCREEN = Path(__file__).parent / "data" / "screen-1366x768.json"
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={SCREEN}")
os.environ.setdefault("KUHINA_LANGUAGE", "en")


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own user folders, never the real ones."""
    home = tmp_path / "kuhina-home"
    monkeypatch.setenv("KUHINA_HOME", str(home))
    return home


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)
