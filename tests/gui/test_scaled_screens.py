"""The windows fit small laptop screens at 125 % scaling for real (issues 15 and 16): Qt
scaled by QT_SCALE_FACTOR, as Windows' display setting scales it, in a process of its own
(the scale is fixed when Qt starts), on offscreen screens of 1366x768 and 1280x720. The
association's window with a form open, its send and settings dialogs and the user guide,
the coordinator's window, the trust dialog with impostor warnings and the review of three
packages each lie inside the screen's free area with room for a title bar, their buttons
and status bars inside them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kuhina_desktop.ui.widgets.screen_fit import FRAME_ALLOWANCE

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("scale", ["1", "1.25"])
@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1280, 720)])
def test_every_window_fits_the_scaled_screen(
    tmp_path: Path, width: int, height: int, scale: str
) -> None:
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": scale,
        "KUHINA_HOME": str(tmp_path / "home"),
        "KUHINA_LANGUAGE": "fi",
    }
    work = tmp_path / "work"
    work.mkdir()
    run = subprocess.run(
        [sys.executable, "-m", "tests.gui.scaled_fit", str(work)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["scale"] == float(scale)
    _x, _y, free_width, free_height = result["available"]
    assert (free_width, free_height) == (round(width / float(scale)), round(height / float(scale)))
    assert set(result["windows"]) == {
        "association", "send", "settings", "guide", "coordinator", "trust", "review",
    }  # fmt: skip
    for name, window in result["windows"].items():
        x, y, frame_width, frame_height = window["frame"]
        assert x >= 0 and y >= 0, name
        assert x + frame_width <= free_width and y + frame_height <= free_height, (name, window)
        # room for a real title bar and borders too (offscreen draws none)
        _, _, inner_width, inner_height = window["size"]
        assert inner_height + FRAME_ALLOWANCE[1] <= free_height, (name, window)
        assert inner_width + FRAME_ALLOWANCE[0] <= free_width, (name, window)
        assert window["buttons_outside"] == [], (name, window)
        if name in ("association", "coordinator"):
            assert window["status_bar_inside"], name
