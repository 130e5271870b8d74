"""Who uses the program: the association's window, and the coordinator's once it exists.

A role names the workspace kind it works on and the module that provides its window. The
coordinator's window plugs in by adding `kuhina_desktop/ui/coordinator/window.py` with

    def open_window(folder: Path, context: WindowContext) -> QMainWindow
        # open the catalogue workspace in `folder` (raise a KnownError when it cannot)
    def choose_workspace(parent: QWidget) -> Path | None
        # first start: create or pick a catalogue workspace folder

and the first-start choice and `kuhina --workspace <catalogue folder>` start using it; until
then the coordinator choice is shown disabled with a note.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kuhina_desktop.ui.noop import QT_TRANSLATE_NOOP
from kuhina_desktop.ui.settings import UserSettings

if TYPE_CHECKING:
    from kuhina_desktop.ui.widgets.background import Executor


@dataclass
class WindowContext:
    """What a role's window gets from the application around it, and no more."""

    settings: UserSettings
    set_language: Callable[[str], None]
    executor: Executor | None = None


@dataclass(frozen=True)
class Role:
    key: str
    workspace_kind: str
    window_module: str
    label_source: str
    note_source: str

    def available(self) -> bool:
        try:
            return importlib.util.find_spec(self.window_module) is not None
        except ModuleNotFoundError:
            return False

    def module(self) -> ModuleType:
        return importlib.import_module(self.window_module)

    def label(self) -> str:
        return QCoreApplication.translate("Roles", self.label_source)

    def note(self) -> str:
        return QCoreApplication.translate("Roles", self.note_source)


ASSOCIATION = Role(
    "association",
    "organisation",
    "kuhina_desktop.ui.association.window",
    QT_TRANSLATE_NOOP("Roles", "I describe an association's offers"),
    QT_TRANSLATE_NOOP(
        "Roles",
        "For associations: describe your coaching environments and opportunities and send "
        "them to the regional coordinator.",
    ),
)
COORDINATOR = Role(
    "coordinator",
    "catalogue",
    "kuhina_desktop.ui.coordinator.window",
    QT_TRANSLATE_NOOP("Roles", "I am the regional coordinator"),
    QT_TRANSLATE_NOOP(
        "Roles",
        "For the Kuhina project office: receive the associations' packages, review them and "
        "publish the regional catalogue.",
    ),
)
ROLES = (ASSOCIATION, COORDINATOR)


def role_for_kind(kind: str) -> Role | None:
    return next((role for role in ROLES if role.workspace_kind == kind), None)
