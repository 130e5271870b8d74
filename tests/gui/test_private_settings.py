"""The settings file and the log are the user's own whatever the umask (POSIX): the INI
names the last workspace and the log may hold an organisation's names, so both are 0600 and
their folders 0700, also after the settings are saved again (Qt writes a new file and
renames it over the old one) and after the log is rotated."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from kuhina_desktop.ui import app
from kuhina_desktop.ui.settings import UserSettings

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path: Path) -> str:
    return oct(path.stat().st_mode & 0o777)


@pytest.mark.usefixtures("umask_022")
def test_settings_file_is_private(tmp_path: Path) -> None:
    file = tmp_path / "config" / "kuhina-desktop.ini"
    settings = UserSettings(file)
    settings.language = "sv"
    settings.sync()
    assert (mode(file.parent), mode(file)) == ("0o700", "0o600")
    settings.language = "fi"
    settings.sync()
    assert mode(file) == "0o600"
    assert UserSettings(file).language == "fi"


@pytest.mark.usefixtures("umask_022")
def test_log_file_is_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KUHINA_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(app, "LOG_MAX_BYTES", 10)
    monkeypatch.setattr(app, "qInstallMessageHandler", lambda handler: None)  # pytest-qt's stays
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        for _ in range(2):  # the second start rotates the first log away
            log_file = app.setup_logging()
            logging.getLogger("kuhina_desktop.test").warning("a line longer than ten bytes")
            for handler in root.handlers:
                handler.flush()
    finally:
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()
    rotated = log_file.with_name(log_file.name + ".1")
    assert rotated.is_file()
    assert (mode(log_file.parent), mode(log_file), mode(rotated)) == ("0o700", "0o600", "0o600")
