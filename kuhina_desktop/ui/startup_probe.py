"""Start-up timing for `make bench` (KUHINA_STARTUP_PROBE=1): marks on stderr, then quit.

Prints `kuhina-probe first-paint` when the main window has painted once,
`kuhina-probe shown` once its first rows have been painted (a window with `rows_shown()`
says when; for the others, and the bare window, it is the idle moment), and
`kuhina-probe idle` once the window's data is shown (the window no longer says it is
loading, nor that its first rows are pending: the association's window is then open for
edits) and no background work is left, then quits. The benchmark times these lines from
the moment it started the process.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kuhina_desktop.ui.first_paint import after_first_paint

ENV = "KUHINA_STARTUP_PROBE"
POLL_MS = 5


def enabled() -> bool:
    return bool(os.environ.get(ENV))


def mark(name: str) -> None:
    """`kuhina-probe NAME cpu-ms=N`: N is the process's CPU time so far (every thread), a
    figure a loaded machine disturbs less than the wall time the benchmark reads."""
    cpu_ms = time.process_time() * 1000
    print(f"kuhina-probe {name} cpu-ms={cpu_ms:.1f}", file=sys.stderr, flush=True)


def _busy(window: QWidget) -> bool:
    """The window is still opening its workspace, or waits for its first rows (a window
    that fetches them in the background says so with `data_pending()`)."""
    for name in ("is_loading", "data_pending"):
        check = getattr(window, name, None)
        if callable(check) and check():
            return True
    return False


def _rows_shown(window: QWidget) -> bool:
    check = getattr(window, "rows_shown", None)
    return bool(check()) if callable(check) else False


def install(app: QApplication, window: QWidget) -> None:
    """Watch `window`: mark its first paint, its rows shown, its first idle moment, then
    quit."""
    shown = False

    def wait_idle() -> None:
        nonlocal shown
        if not shown and _rows_shown(window):
            shown = True
            mark("shown")
        if _busy(window) or QThreadPool.globalInstance().activeThreadCount() > 0:
            QTimer.singleShot(POLL_MS, wait_idle)
            return
        if not shown:
            mark("shown")
        mark("idle")
        QTimer.singleShot(0, app.quit)

    def on_first_paint() -> None:
        mark("first-paint")
        QTimer.singleShot(0, wait_idle)

    after_first_paint(window, on_first_paint)
