"""The association's window between its first rows and its workspace open for writing.

The window shows its first page from the workspace's first read (`OrgWorkspace.open_first`)
and, once those rows are painted, imports SQLAlchemy and the store off the UI thread
(`load_store_in_background`): started earlier, the import held the GIL while the frame
and the rows painted and made both later. Until the workspace is open for writing, the
page takes no edits (`set_editable`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot

if TYPE_CHECKING:
    from kuhina_desktop.ui.widgets.background import Executor

ROWS_PAINTED_AT_THE_LATEST_MS = 500  # finish opening even if the rows have not painted


class _StoreLoading(QObject):
    """Carries the end of the store's import from the worker to the UI thread.

    Signals: loaded(object): None, or the exception the import raised (emitted by the
    worker; `on_loaded` runs on the UI thread, where this object lives).
    No QObject parent: the worker may still report after the window was closed, so each
    one is kept in `_LOADING` until it has reported (as `BackgroundOperation` does)."""

    loaded = Signal(object)

    def __init__(self, callback: Callable[[BaseException | None], None]) -> None:
        super().__init__()
        self._callback = callback
        self.loaded.connect(self.on_loaded)

    @Slot(object)
    def on_loaded(self, error: BaseException | None) -> None:
        _LOADING.discard(self)
        self._callback(error)


_LOADING: set[_StoreLoading] = set()


def load_store_in_background(
    executor: Executor | None, done: Callable[[BaseException | None], None]
) -> None:
    """Import SQLAlchemy and the store in `executor`, or on a Python thread of its own when
    None (the interpreter waits for it at exit: quitting just after the start ends cleanly,
    where a thread pool's worker would be cut off mid-import); `done` is called on the UI
    thread with None, or with what the import raised."""
    from kuhina_desktop.services.org_workspace import load_store_modules

    relay = _StoreLoading(done)
    _LOADING.add(relay)

    def job() -> None:
        error: BaseException | None = None
        try:
            load_store_modules()
        except BaseException as exc:  # reported on the UI thread
            error = exc
        relay.loaded.emit(error)

    if executor is None:
        threading.Thread(target=job, name="kuhina-store-import").start()
    else:
        executor.submit(job)


def set_editable(page: Any, editable: bool) -> None:
    """A records page keeps its list usable (`RecordsPage.set_editable`); another page is
    disabled as a whole."""
    if hasattr(page, "set_editable"):
        page.set_editable(editable)
    else:
        page.setEnabled(editable)
