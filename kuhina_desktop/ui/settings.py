"""The user's options and the windows' state, kept apart (Picard's setting versus persist).

Both live in one INI file in `paths.config_dir()`, readable only by the user, so
`KUHINA_HOME` (and every test) keeps them away from the real user's. Options are declared
here with their types and defaults; window state is opaque bytes saved by the windows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from kuhina_desktop import paths
from kuhina_desktop.atomic_write import private_file, private_folder
from kuhina_desktop.messages import LANGUAGES

ROLES = ("association", "coordinator")


class UserSettings:
    """Typed access to the options the user chose; each property reads and writes through."""

    def __init__(self, file: Path | None = None) -> None:
        target = file or paths.config_dir() / "kuhina-desktop.ini"
        # The INI names the user's workspaces: 0600 in a 0700 folder whatever the umask. Qt
        # saves by writing a new file and renaming it over this one, keeping its mode.
        private_folder(target.parent)
        private_file(target)
        self._qs = QSettings(str(target), QSettings.Format.IniFormat)

    @property
    def file(self) -> str:
        return self._qs.fileName()

    def _text(self, key: str) -> str | None:
        value = self._qs.value(key)
        return str(value) if value not in (None, "") else None

    @property
    def language(self) -> str | None:
        value = self._text("options/language")
        return value if value in LANGUAGES else None

    @language.setter
    def language(self, value: str) -> None:
        self._qs.setValue("options/language", value)

    @property
    def role(self) -> str:
        value = self._text("options/role")
        return value if value in ROLES else "association"

    @role.setter
    def role(self, value: str) -> None:
        self._qs.setValue("options/role", value)

    @property
    def last_workspace(self) -> Path | None:
        value = self._text("options/last_workspace")
        return Path(value) if value else None

    @last_workspace.setter
    def last_workspace(self, value: Path | None) -> None:
        self._qs.setValue("options/last_workspace", str(value) if value else "")

    # -- window state (not options) ---------------------------------------------------
    def window_state(self, name: str) -> QByteArray | None:
        value = self._qs.value(f"state/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_state(self, name: str, value: QByteArray) -> None:
        self._qs.setValue(f"state/{name}", value)

    def sync(self) -> None:
        self._qs.sync()
