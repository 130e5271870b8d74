"""Importing a window's heavy modules (a workspace's store; the coordinator's loads
SQLAlchemy) off the UI thread once its first rows are painted, for both windows' start
(issue 19).

`import_in_background(load, executor, done)` runs `load` in `executor`, or on a Python
thread of its own when None: the interpreter waits for such a thread at exit, so quitting
just after the start ends cleanly, where a thread pool's worker would be cut off in the
middle of an import ("Error calling Python override of QRunnable::run()"). `done` is called
on the UI thread with None, or with what `load` raised.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

if TYPE_CHECKING:
    from kuhina_desktop.ui.widgets.background import Executor


class _ImportRelay(QObject):
    """Carries the end of an import from the worker to the UI thread.

    Signals: loaded(object): None, or the exception the import raised (emitted by the
    worker; `on_loaded` runs on the UI thread, where this object lives).
    No QObject parent: the worker may still report after the window was closed, so each
    one is kept in `_RELAYS` until it has reported (as `BackgroundOperation` does)."""

    loaded = Signal(object)

    def __init__(self, callback: Callable[[BaseException | None], None]) -> None:
        super().__init__()
        self._callback = callback
        self.loaded.connect(self.on_loaded)

    @Slot(object)
    def on_loaded(self, error: BaseException | None) -> None:
        _RELAYS.discard(self)
        self._callback(error)


_RELAYS: set[_ImportRelay] = set()


def import_in_background(
    load: Callable[[], None],
    executor: Executor | None,
    done: Callable[[BaseException | None], None],
    *,
    name: str,
) -> None:
    """Run `load` off the UI thread (thread `name` when no executor is given); `done` on
    the UI thread afterwards."""
    relay = _ImportRelay(done)
    _RELAYS.add(relay)

    def job() -> None:
        error: BaseException | None = None
        try:
            load()
        except BaseException as exc:  # reported on the UI thread
            error = exc
        relay.loaded.emit(error)

    if executor is None:
        threading.Thread(target=job, name=name).start()
    else:
        executor.submit(job)
