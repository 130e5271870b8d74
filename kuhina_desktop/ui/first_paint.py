"""Run something once a window has painted for the first time.

The windows use it to appear at once and open their workspace just after (the user sees
the window while the slower part loads), and `startup_probe` to time the first paint.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    """Event filter that calls back once, after the first paint of any watched widget."""

    def __init__(self, callback: Callable[[], None]) -> None:
        super().__init__()
        self._callback: Callable[[], None] | None = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            # After the paint has finished and reached the screen, not inside it.
            QTimer.singleShot(0, callback)
            self.deleteLater()
        return False


def after_first_paint(
    window: QWidget, callback: Callable[[], None], *, at_the_latest_ms: int | None = None
) -> None:
    """Call `callback` (once, from the event loop) after `window` or one of the widgets in
    it has painted; call this before the window is shown. With `at_the_latest_ms` it is
    called after that long even without a paint (a window started minimized, or a
    platform that painted before the watch began)."""
    done = False

    def once() -> None:
        nonlocal done
        if not done:
            done = True
            callback()

    watcher = _FirstPaint(once)
    watcher.setParent(window)
    for widget in [window, *window.findChildren(QWidget)]:
        widget.installEventFilter(watcher)
    if at_the_latest_ms is not None:
        QTimer.singleShot(at_the_latest_ms, once)
