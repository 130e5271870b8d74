"""Importing a window's heavy modules (a workspace's store; the coordinator's loads
SQLAlchemy) off the UI thread once its first rows are painted, for both windows' start
(issue 19); and the modules its workspace's opening starts with, beside its frame's first
paint (`import_beside`).

`import_in_background(load, executor, done)` runs `load` in `executor`, or on a Python
thread of its own when None: the interpreter waits for such a thread at exit, so quitting
just after the start ends cleanly, where a thread pool's worker would be cut off in the
middle of an import ("Error calling Python override of QRunnable::run()"). `done` is called
on the UI thread with None, or with what `load` raised.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

if TYPE_CHECKING:
    from kuhina_desktop.ui.widgets.background import Executor

log = logging.getLogger(__name__)


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


def import_beside(modules: Sequence[str], *, name: str) -> threading.Thread:
    """Import `modules` (names, in order) on a thread of its own, now, and return it.

    A window shown before its workspace opens spends its first paint mostly in Qt's own
    code, which lets another thread run Python; the modules its opening needs first (the
    workspace's services with the lock's library, the first page's module) are imported
    there meanwhile, so the opening finds them loaded. Python's import lock makes this
    safe: an opening that needs a module still being imported waits for it. A module that
    fails to import is left to the opening, which imports it again and reports what it
    raises; here it is only logged. Not a daemon thread: quitting at once waits for the
    import to end instead of cutting it off.
    """

    def job() -> None:
        for module in modules:
            try:
                importlib.import_module(module)
            except Exception:  # the opening's own import reports it
                log.debug("importing %s ahead failed", module, exc_info=True)

    thread = threading.Thread(target=job, name=name)
    thread.start()
    return thread
