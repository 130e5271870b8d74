"""The last line of defence: log an unexpected error and say where the log is.

`install(log_file)` sets `sys.excepthook` (an exception escaping a slot ends up there) and
`threading.excepthook`. The dialog says that saved work is safe (every edit is saved when a
field is left, in its own transaction) and shows the log file's path with a copy button.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

translate = QCoreApplication.translate

log = logging.getLogger(__name__)

_log_file: Path | None = None
_showing = False


def log_file() -> Path | None:
    return _log_file


def install(file: Path) -> None:
    global _log_file
    _log_file = file
    sys.excepthook = on_uncaught_exception
    threading.excepthook = _on_thread_exception


def uninstall() -> None:
    """Put back Python's own hooks and forget the log file (a test that installed it)."""
    global _log_file
    _log_file = None
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__


def on_uncaught_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.critical("uncaught exception", exc_info=(exc_type, exc, tb))
    if QApplication.instance() is not None:
        show_crash(QApplication.activeWindow(), exc)


def _on_thread_exception(args: threading.ExceptHookArgs) -> None:
    log.critical(
        "uncaught exception in thread %s",
        args.thread.name if args.thread else "?",
        exc_info=(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback),
    )


def show_crash(parent: QWidget | None, exc: BaseException) -> None:
    """Show the crash dialog once at a time (a failing paint could otherwise loop)."""
    global _showing
    if _showing:
        return
    _showing = True
    try:
        CrashDialog.show_for(parent, exc)
    finally:
        _showing = False


class CrashDialog:
    """The crash message (class methods, so tests can replace `show_for`)."""

    @classmethod
    def text(cls, log_path: Path | None) -> str:
        where = str(log_path) if log_path else translate("CrashDialog", "(no log file)")
        return translate(
            "CrashDialog",
            "Kuhina ran into an unexpected error. Your saved work is safe: every change is "
            "saved when you leave a field.\n\nThe details were written to the log file:\n{path}"
            "\n\nIf this happens again, please send that file to the Kuhina coordinator.",
        ).format(path=where)

    @classmethod
    def show_for(cls, parent: QWidget | None, exc: BaseException) -> None:
        # Imported here: the start-up installs the handler before the window paints, and
        # the message box's classes cost a visible part of that (issue 19).
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices, QGuiApplication
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(translate("CrashDialog", "Kuhina: unexpected error"))
        box.setText(cls.text(_log_file))
        box.setDetailedText("".join(traceback.format_exception(exc)))
        copy = box.addButton(
            translate("CrashDialog", "Copy the log file's path"), QMessageBox.ButtonRole.ActionRole
        )
        folder = box.addButton(
            translate("CrashDialog", "Open the log folder"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is copy and _log_file is not None:
            QGuiApplication.clipboard().setText(str(_log_file))
        elif box.clickedButton() is folder and _log_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(_log_file.parent)))
