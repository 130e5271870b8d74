"""Starting the windowed program: `run_gui` (called by `kuhina [--workspace DIR]`).

It sets up logging to a file in `paths.log_dir()`, the crash handler, the translations
(ours and Qt's own), then opens, in this order: the workspace given on the command line,
the workspace used last, or the first-start wizard. `smoke=True` shows the main window and
quits shortly after (the bundle's smoke test).

Start-up is in two steps so the window appears at once: this module and the window's own
module import little beyond Qt; the window is shown empty (menus, page list, "Opening the
workspace…"), and after its first paint it opens the workspace, which imports the heavy
part (the pages and their forms; the coordinator's also SQLAlchemy). The first-start
wizard is imported only when it is shown.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from kuhina_desktop import APP_NAME, __version__, paths
from kuhina_desktop.atomic_write import private_file, private_folder
from kuhina_desktop.messages import system_language
from kuhina_desktop.resources import resource_path
from kuhina_desktop.services.workspace_kind import workspace_kind
from kuhina_desktop.ui import crash, startup_probe
from kuhina_desktop.ui.errors import ErrorMessage, error_message, is_known
from kuhina_desktop.ui.first_paint import after_first_paint
from kuhina_desktop.ui.i18n import Translations
from kuhina_desktop.ui.roles import (
    ASSOCIATION,
    LoadingWindow,
    Role,
    RoleWindow,
    WindowContext,
    role_for_kind,
)
from kuhina_desktop.ui.settings import UserSettings
from kuhina_desktop.ui.widgets.background_import import import_beside

if TYPE_CHECKING:
    from kuhina_desktop.ui.association import window as association_window
    from kuhina_desktop.ui.association.first_start import FirstStartWizard
    from kuhina_desktop.ui.coordinator import window as coordinator_window
    from kuhina_desktop.ui.roles import RoleWindows
    from kuhina_desktop.ui.widgets.background import Executor

    # The type checker holds both window modules to the protocol the launcher uses.
    ROLE_WINDOWS: tuple[RoleWindows, ...] = (association_window, coordinator_window)

log = logging.getLogger(__name__)


def _widget(window: RoleWindow) -> QWidget:
    """A role's window as the widget it also is (every role window is a QMainWindow)."""
    assert isinstance(window, QWidget)
    return window


SMOKE_QUIT_MS = 1500
OPEN_AT_THE_LATEST_MS = 500  # open the workspace even if the window has not painted by then
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3


def setup_logging() -> Path:
    """Log to a file in the user's log folder (stdout may not exist when frozen).

    The file is rotated when the program starts (kuhina.log → kuhina.log.1 … .3, once it is
    over LOG_MAX_BYTES), not while it runs: `logging.handlers` would cost a noticeable part
    of the start-up (it imports sockets, pickle and queues), and one session's log is small.
    """
    folder = private_folder(paths.log_dir())
    log_file = folder / "kuhina.log"
    _rotate(log_file)
    private_file(log_file)  # the log may name organisations and people: the user's own
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    qInstallMessageHandler(_qt_message)
    return log_file


def _rotate(log_file: Path) -> None:
    try:
        if not log_file.is_file() or log_file.stat().st_size < LOG_MAX_BYTES:
            return
        for n in range(LOG_BACKUPS - 1, 0, -1):
            older = log_file.with_name(f"{log_file.name}.{n}")
            if older.is_file():
                older.replace(log_file.with_name(f"{log_file.name}.{n + 1}"))
        log_file.replace(log_file.with_name(f"{log_file.name}.1"))
    except OSError:
        pass  # another program may hold the file (Windows): keep writing to it


def _qt_message(kind: QtMsgType, _context: object, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
    }.get(kind, logging.ERROR)
    logging.getLogger("qt").log(level, "%s", message)


class Launcher:
    """Opens the right window at start and when the user opens another workspace.

    It owns the windows' lifetimes, nothing else: each window gets its workspace and a
    `WindowContext`, and is used only as a `roles.RoleWindow`.
    """

    def __init__(
        self,
        app: QApplication,
        settings: UserSettings,
        translations: Translations,
        executor: Executor | None = None,
    ) -> None:
        self.app = app
        self.settings = settings
        self.translations = translations
        self.context = WindowContext(settings, self.set_language, executor)
        self.window: RoleWindow | None = None
        self.wizard: FirstStartWizard | None = None
        self.open_file: Path | None = None  # a receipt to open once the workspace is open

    def set_language(self, language: str) -> None:
        self.settings.language = language
        self.translations.apply(language)

    def start(self, workspace: str | None) -> None:
        if workspace:
            self.open_at_start(Path(workspace))
            return
        last = self.settings.last_workspace
        if last is not None and last.is_dir():
            self.open_at_start(last, quiet=True)
            return
        self.show_first_start()

    def open_at_start(self, folder: Path, *, quiet: bool = False) -> None:
        """Show the window for `folder` at once, and open the workspace after its first paint.

        A role whose window cannot be shown before its workspace is open, or a folder whose
        kind cannot be read, is opened in one step (`open_folder`), which also reports why
        a folder cannot be opened. `quiet`: if it fails, go to the first start silently
        (the workspace used last may have been moved away)."""
        role = role_for_kind(workspace_kind(folder) or "")
        window = None
        if role is not None and role.available():
            window = role.windows().create_window(self.context)
        if window is None:
            self.open_folder(folder, quiet=quiet)  # on failure it goes to the first start
            return
        self._adopt(window)
        opening = window  # bound now: `window` is not None from here on
        after_first_paint(
            _widget(window),
            lambda: self._finish_opening(opening, folder, quiet),
            at_the_latest_ms=OPEN_AT_THE_LATEST_MS,
        )
        # Beside the frame's paint: what the opening imports first, and the text fields'
        # guard, which comes after the paint too (`run_gui`).
        modules = [*window.opening_modules(), "kuhina_desktop.ui.widgets.text_guard"]
        import_beside(modules, name="kuhina-opening-import")
        window.show()

    def _finish_opening(self, window: LoadingWindow, folder: Path, quiet: bool) -> None:
        if self.window is not window or not window.is_loading():
            return  # replaced, or closed, before it painted
        try:
            window.open_workspace(folder)
        except Exception as exc:
            if not is_known(exc):
                raise
            self._opened(window, folder, quiet, exc)
            return
        # A window that shows its workspace before it is open for writing says when it
        # is (the association's: `opening_done`); the others are open now.
        done = getattr(window, "opening_done", None)
        if done is not None and window.is_loading():
            done.connect(lambda error: self._opened(window, folder, quiet, error))
        else:
            self._opened(window, folder, quiet, None)

    def _opened(
        self, window: LoadingWindow, folder: Path, quiet: bool, error: BaseException | None
    ) -> None:
        """The end of opening at start: remember the workspace, or say why it failed (one
        message; not for the workspace used last), close the window and go to the first
        start."""
        if self.window is not window:
            return
        if error is None:
            self.settings.last_workspace = folder.absolute()
            self._open_pending_file(window)
            return
        log.warning("could not open %s: %r", folder, error)
        if not quiet:
            ErrorMessage.show(_widget(window), error_message(error))
        self.window = None
        window.close()
        window.deleteLater()
        self.show_first_start()

    def _open_pending_file(self, window: LoadingWindow) -> None:
        """A receipt given on the command line goes to the association's window once."""
        path, self.open_file = self.open_file, None
        receipts = getattr(window, "receipts", None)
        if path is not None and receipts is not None and hasattr(receipts, "open_receipt"):
            QTimer.singleShot(0, lambda: receipts.open_receipt(path))

    def show_first_start(self) -> None:
        from kuhina_desktop.ui.association.first_start import FirstStartWizard

        wizard = FirstStartWizard(executor=self.context.executor)
        wizard.language_chosen.connect(self.set_language)
        wizard.accepted.connect(self.on_first_start_accepted)
        self.wizard = wizard
        wizard.show()

    def on_first_start_accepted(self) -> None:
        wizard = self.wizard
        if wizard is None or wizard.folder is None:
            return
        self.settings.role = wizard.role
        self.open_folder(wizard.folder)
        wizard.deleteLater()
        self.wizard = None

    def open_folder(self, folder: Path, *, quiet: bool = False) -> bool:
        """Open the workspace in `folder` with its role's window; False if it could not."""
        error = self._open_with(ASSOCIATION, folder)
        if error is not None and getattr(error, "code", "") == "workspace_wrong_kind":
            other = role_for_kind(str(error.params.get("kind")))  # type: ignore[attr-defined]
            if other is not None and other.available():
                error = self._open_with(other, folder)
        if error is not None:
            log.warning("could not open %s: %r", folder, error)
            if not quiet:
                parent = _widget(self.window) if self.window is not None else self.wizard
                ErrorMessage.show(parent, error_message(error))
            if self.window is None and self.wizard is None:
                self.show_first_start()
            return False
        self.settings.last_workspace = folder.absolute()
        return True

    def _open_with(self, role: Role, folder: Path) -> BaseException | None:
        if self.window is not None and self.settings.last_workspace == folder.absolute():
            # Already open here: a second window would find the workspace locked.
            self.window.raise_()
            self.window.activateWindow()
            return None
        try:
            window = role.windows().open_window(folder, self.context)
        except Exception as exc:
            if not is_known(exc):
                raise
            return exc
        previous = self.window
        self._adopt(window)
        window.show()
        if previous is not None:
            previous.close()
            previous.deleteLater()
        return None

    def _adopt(self, window: RoleWindow) -> None:
        self.window = window
        window.open_requested.connect(self.on_open_requested)

    def on_open_requested(self, folder: Path) -> None:
        self.open_folder(Path(folder))


def run_gui(
    workspace: str | None = None,
    language: str | None = None,
    smoke: bool = False,
    open_file: str | None = None,
) -> int:
    """Start the windowed program; returns the exit code."""
    log_file = setup_logging()
    log.info("Kuhina Desktop %s starting", __version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QCoreApplication.setOrganizationName("Kuhina")
    icon = resource_path("icons", "kuhina.png")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    crash.install(log_file)
    settings = UserSettings()
    translations = Translations(app)
    translations.apply(language or settings.language or system_language())
    launcher = Launcher(app, settings, translations)
    launcher.open_file = Path(open_file) if open_file else None
    launcher.start(workspace)

    # No text the program cannot store enters any field. The guards' filter sees every
    # event, so it comes after the window's first paint (the event loop has not run yet:
    # nothing was typed; the fields made meanwhile are guarded as it is installed).
    def guard_fields() -> None:
        from kuhina_desktop.ui.widgets.text_guard import install_text_guards

        install_text_guards(app)

    if launcher.window is not None:
        after_first_paint(
            _widget(launcher.window), guard_fields, at_the_latest_ms=OPEN_AT_THE_LATEST_MS
        )
    else:
        guard_fields()
    if startup_probe.enabled() and launcher.window is not None:
        startup_probe.install(app, _widget(launcher.window))
    if smoke:
        QTimer.singleShot(SMOKE_QUIT_MS, app.quit)
    code = app.exec()
    settings.sync()
    log.info("Kuhina Desktop closing (%s)", code)
    return int(code)
