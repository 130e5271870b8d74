"""Start-up timing for `make bench` (KUHINA_STARTUP_PROBE=1): marks on stderr, then quit.

Prints `kuhina-probe first-paint` when the main window has painted once and
`kuhina-probe idle` once the window's data is shown and no background work is left, then
quits. The benchmark times these lines from the moment it started the process.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "KUHINA_STARTUP_PROBE"


def enabled() -> bool:
    return bool(os.environ.get(ENV))


def mark(name: str) -> None:
    print(f"kuhina-probe {name}", file=sys.stderr, flush=True)


class _FirstPaint(QObject):
    """Event filter that calls back once, on the watched window's first paint."""

    def __init__(self, on_paint: Callable[[], None]) -> None:
        super().__init__()
        self._on_paint: Callable[[], None] | None = on_paint

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._on_paint is not None:
            callback, self._on_paint = self._on_paint, None
            QTimer.singleShot(0, callback)
        return False


def install(app: QApplication, window: QWidget) -> None:
    """Watch `window`: mark its first paint, then its first idle moment, then quit."""

    def wait_idle() -> None:
        if QThreadPool.globalInstance().activeThreadCount() > 0:
            QTimer.singleShot(5, wait_idle)
            return
        mark("idle")
        QTimer.singleShot(0, app.quit)

    def on_first_paint() -> None:
        mark("first-paint")
        QTimer.singleShot(0, wait_idle)

    watcher = _FirstPaint(on_first_paint)
    watcher.setParent(window)
    for widget in [window, *window.findChildren(QWidget)]:
        widget.installEventFilter(watcher)
