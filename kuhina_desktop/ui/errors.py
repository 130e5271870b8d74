"""Showing failures: known ones as a translated message, anything else as a crash report.

A known failure (`errors.KnownError`, or a package-layer error) carries a message code that
`messages.translate` turns into a sentence the user can act on. Anything else is a bug: it
is logged with its traceback and the crash dialog says where the log is.

The message box's classes are imported when a box is made: loading Qt's `Qt` namespace
costs tens of milliseconds, which the start-up spends only after the window has appeared.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kuhina_desktop.messages import translate
from kuhina_desktop.ui.i18n import current_language

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)


def is_known(exc: BaseException) -> bool:
    """Whether `exc` is an expected failure with a message code (KnownError, PackageError)."""
    return isinstance(getattr(exc, "code", None), str) and isinstance(
        getattr(exc, "params", None), dict
    )


def error_message(exc: BaseException) -> str:
    if is_known(exc):
        return translate(exc.code, current_language(), **exc.params)  # type: ignore[attr-defined]
    return QCoreApplication.translate("Errors", "An unexpected error happened.")


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Tell the user about a failure; a bug goes to the crash dialog."""
    if not is_known(exc):
        from kuhina_desktop.ui.crash import show_crash

        log.error("unexpected failure", exc_info=exc)
        show_crash(parent, exc)
        return
    log.info("known failure: %r", exc)
    ErrorMessage.show(parent, error_message(exc))


class ErrorMessage:
    """The message box for a known failure (a class method, so tests can replace it).

    The text is plain: a message may quote a hostile package (a member name, an
    organisation's name), and a message box would otherwise render `<a href>` or `<img>`
    in it as rich text, with links that open in the browser.
    """

    @classmethod
    def box(cls, parent: QWidget | None, text: str) -> QMessageBox:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Errors", "Kuhina"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(text)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        return box

    @classmethod
    def show(cls, parent: QWidget | None, text: str) -> None:
        box = cls.box(parent, text)
        try:
            box.exec()
        finally:
            box.deleteLater()
