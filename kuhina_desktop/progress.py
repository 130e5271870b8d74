"""Progress and cancellation for long work (import, export, publish), without Qt.

It sits beside the layers, not in one: services, exports and the windows all use it.

Long operations take a `Progress` and call `step()` as they go; `step()` raises
`Cancelled` once the user asked to stop, so an operation stops at a safe point and its
caller rolls back or removes partial output. The Qt side forwards `report` to a signal.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from kuhina_desktop.errors import KnownError


class Cancelled(KnownError):
    def __init__(self) -> None:
        super().__init__("operation_cancelled")


class Progress:
    """Counts work done against a total; thread-safe cancel flag."""

    def __init__(self, on_report: Callable[[int, int, str], None] | None = None) -> None:
        self._on_report = on_report
        self._cancel = threading.Event()
        self.done = 0
        self.total = 0
        self.stage = ""

    def start(self, total: int, stage: str = "") -> None:
        self.total, self.done, self.stage = total, 0, stage
        self._emit()

    def step(self, amount: int = 1) -> None:
        """Count `amount` units done; raises Cancelled when cancel() was called."""
        if self._cancel.is_set():
            raise Cancelled()
        self.done += amount
        self._emit()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _emit(self) -> None:
        if self._on_report is not None:
            self._on_report(self.done, self.total, self.stage)


NO_PROGRESS = Progress()
