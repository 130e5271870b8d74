"""The one way to run long work: off the UI thread, with feedback after a delay.

    op = BackgroundOperation(self, lambda progress: export(..., progress=progress),
                             title=self.tr("Making the package"), executor=self._executor)
    op.success(self.on_exported).failure(self.on_export_failed).run()

The work runs in an executor (a `QThreadPool` by default; `ImmediateExecutor` runs it at
once on the calling thread, so tests stay synchronous, like Picard's FakeThreadPool). The
work gets a `kuhina_desktop.progress.Progress` and must not touch widgets; success and failure
callbacks run on the UI thread. After BUSY_DELAY_MS the cursor turns busy, after
DIALOG_DELAY_MS a progress dialog with Cancel appears (Anki's progress.py); Cancel asks the
work to stop at its next safe point (`Progress.step` raises `Cancelled`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from kuhina_desktop.progress import Cancelled, Progress
from kuhina_desktop.ui.errors import is_known, show_error

log = logging.getLogger(__name__)

BUSY_DELAY_MS = 300
DIALOG_DELAY_MS = 600


class Executor(Protocol):
    def submit(self, job: Callable[[], None]) -> None: ...


class ThreadPoolExecutor:
    """Runs jobs in a QThreadPool (the global one unless given)."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self._pool = pool or QThreadPool.globalInstance()

    def submit(self, job: Callable[[], None]) -> None:
        self._pool.start(_Job(job))

    def wait(self, msecs: int = -1) -> bool:
        return bool(self._pool.waitForDone(msecs))


class ImmediateExecutor:
    """Runs each job at once on the calling thread (for tests)."""

    def submit(self, job: Callable[[], None]) -> None:
        job()


class _Job(QRunnable):
    def __init__(self, job: Callable[[], None]) -> None:
        super().__init__()
        self._job = job
        self.setAutoDelete(True)

    def run(self) -> None:
        self._job()


class _Relay(QObject):
    """Carries the worker's reports to the UI thread (queued, since it lives there)."""

    progressed = Signal(int, int, str)
    done = Signal(bool, object)


class BackgroundOperation(QObject):
    """One piece of long work and its feedback.

    Signals:
        progressed(int, int, str): units done, total units (0 = unknown), stage.
        succeeded(object): the work's result, after the success callbacks ran.
        failed(object): the exception, after the failure callbacks ran.
        finished(): after either.
    """

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(
        self,
        parent: QWidget,
        work: Callable[[Progress], Any],
        *,
        title: str = "",
        executor: Executor | None = None,
    ) -> None:
        # No QObject parent: a running operation must outlive a window closed meanwhile,
        # since the worker still reports to it. `_RUNNING` keeps it alive until it is done.
        super().__init__()
        self._parent_widget = parent
        self._work = work
        self._title = title
        self._executor: Executor = executor or ThreadPoolExecutor()
        self._on_success: list[Callable[[Any], None]] = []
        self._on_failure: list[Callable[[BaseException], None]] = []
        self._relay = _Relay(self)
        self._relay.progressed.connect(self.on_progressed)
        self._relay.done.connect(self.on_done)
        self.progress = Progress(on_report=self._relay.progressed.emit)
        self._cursor_set = False
        self._dialog: QProgressDialog | None = None
        self._last = (0, 0, "")
        self.running = False
        self._busy_timer = self._timer(BUSY_DELAY_MS, self.on_busy_delay)
        self._dialog_timer = self._timer(DIALOG_DELAY_MS, self.on_dialog_delay)

    def _timer(self, msecs: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(msecs)
        timer.timeout.connect(slot)
        return timer

    # -- building -------------------------------------------------------------------
    def success(self, callback: Callable[[Any], None]) -> BackgroundOperation:
        self._on_success.append(callback)
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> BackgroundOperation:
        self._on_failure.append(callback)
        return self

    def run(self) -> BackgroundOperation:
        self.running = True
        _RUNNING.add(self)
        self._busy_timer.start()
        self._dialog_timer.start()
        self._executor.submit(_worker(self._work, self.progress, self._relay))
        return self

    def cancel(self) -> None:
        self.progress.cancel()

    # -- the UI side ------------------------------------------------------------------
    @Slot(int, int, str)
    def on_progressed(self, done: int, total: int, stage: str) -> None:
        self._last = (done, total, stage)
        if self._dialog is not None:
            self._show_progress()
        self.progressed.emit(done, total, stage)

    @Slot()
    def on_busy_delay(self) -> None:
        if self.running:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self._cursor_set = True

    def _window(self) -> QWidget | None:
        """The widget the operation was started from, unless it has been closed since."""
        widget = self._parent_widget
        return widget if widget is not None and isValid(widget) else None

    @Slot()
    def on_dialog_delay(self) -> None:
        if not self.running:
            return
        dialog = QProgressDialog(self._window())
        dialog.setWindowTitle(self._title)
        dialog.setLabelText(self._title)
        dialog.setCancelButtonText(self.tr("Cancel"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(self.on_cancel_clicked)
        self._dialog = dialog
        self._show_progress()
        if self._dialog is dialog:  # the work may have finished inside _show_progress
            dialog.show()

    def _show_progress(self) -> None:
        dialog = self._dialog
        if dialog is None:
            return
        done, total, stage = self._last
        if stage:
            dialog.setLabelText(stage)
        dialog.setMaximum(max(total, 0))
        # Last: a modal QProgressDialog's setValue() processes events, and the work's
        # `on_done` may run in there and close the dialog (self._dialog becomes None).
        dialog.setValue(min(done, total) if total else 0)

    @Slot()
    def on_cancel_clicked(self) -> None:
        self.cancel()
        if self._dialog is not None:
            self._dialog.setLabelText(self.tr("Stopping…"))
            self._dialog.setCancelButton(None)

    @Slot(bool, object)
    def on_done(self, ok: bool, value: object) -> None:
        self.running = False
        self._busy_timer.stop()
        self._dialog_timer.stop()
        if self._cursor_set:
            QGuiApplication.restoreOverrideCursor()
            self._cursor_set = False
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        if ok:
            for callback in self._on_success:
                callback(value)
            self.succeeded.emit(value)
        else:
            assert isinstance(value, BaseException)
            if self._on_failure:
                for failure in self._on_failure:
                    failure(value)
            elif not isinstance(value, Cancelled):
                show_error(self._window(), value)
            self.failed.emit(value)
        self.finished.emit()
        _RUNNING.discard(self)
        self.deleteLater()


_RUNNING: set[BackgroundOperation] = set()


def _worker(
    work: Callable[[Progress], Any], progress: Progress, relay: _Relay
) -> Callable[[], None]:
    """The job for the executor. It holds no reference to the operation (only to the relay,
    which the operation owns), so nothing of Qt is freed on the worker thread."""

    def execute() -> None:
        try:
            result = work(progress)
        except Exception as exc:  # reported to the UI thread, where it is shown
            if not is_known(exc):
                log.exception("background work failed")
            relay.done.emit(False, exc)
            return
        relay.done.emit(True, result)

    return execute
