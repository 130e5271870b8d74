"""Who uses the program: the association and the regional coordinator, each with a window.

A role names the workspace kind it works on and the module that provides its window. That
module is a `RoleWindows` (what the launcher calls) and its window a `RoleWindow` (what the
launcher needs of it); both windows keep to these protocols, so the launcher asks no window
what it happens to have. A coordinator's first start also calls the module's
`choose_workspace(parent)` (see `first_start`). A role whose module is missing is shown
disabled at first start, with a note.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QCoreApplication, SignalInstance

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

    def windows(self) -> RoleWindows:
        """The role's window module, as the launcher uses it."""
        return cast(RoleWindows, self.module())

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


class RoleWindow(Protocol):
    """What the launcher needs of a role's window (a QMainWindow besides).

    `open_requested(object)`: the user asked to open another workspace folder (a `Path`)
    instead of this one. `is_loading()`: True while the window is shown but its workspace
    is not open yet (the start-up waits for it).
    """

    @property
    def open_requested(self) -> SignalInstance: ...

    def is_loading(self) -> bool: ...

    def show(self) -> None: ...

    def close(self) -> bool: ...

    def deleteLater(self) -> None: ...

    def raise_(self) -> None: ...

    def activateWindow(self) -> None: ...


class LoadingWindow(RoleWindow, Protocol):
    """A window shown before its workspace is open (made by `RoleWindows.create_window`)."""

    def opening_modules(self) -> Sequence[str]:
        """The modules `open_workspace` imports first, which the launcher imports on a
        thread of its own while the window paints (`import_beside`)."""
        ...

    def open_workspace(self, folder: Path) -> None:
        """Open the workspace in `folder` and show it (a KnownError, and the window left
        as it was, when it cannot). A window that shows it before it is open for writing
        stays `is_loading()` until then and says how that ended with its `opening_done`
        signal (None, or the KnownError), which the launcher waits for when it exists."""
        ...


class RoleWindows(Protocol):
    """What a role's window module provides (see `Role.windows`)."""

    def create_window(self, context: WindowContext) -> LoadingWindow | None:
        """The window before its workspace is open, shown at once while `open_workspace`
        waits for its first paint; None for a window that cannot exist without its
        workspace (the launcher then opens it in one step, with `open_window`)."""
        ...

    def open_window(self, folder: Path, context: WindowContext) -> RoleWindow:
        """The window on the workspace in `folder` (a KnownError when it cannot be opened)."""
        ...


def role_for_kind(kind: str) -> Role | None:
    return next((role for role in ROLES if role.workspace_kind == kind), None)
