"""The coordinator's window between its frame and its catalogue open for work (issue 19).

After the frame's first paint the window locks the catalogue (`CatalogueStart.begin`) and
builds only the catalogue page, on the start's first rows: pages of the unfiltered table
read through `sqlite3` (`first_rows_source`). Once they are in the table, SQLAlchemy and
the workspace are imported off the UI thread (`load_workspace_in_background`: started
earlier, the import would hold the GIL while the rows are read and shown), then the
workspace is opened through the ORM on the UI thread and the other pages are built; until
then the window's actions and the page's filters, details and moderation wait.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QTimer

from kuhina_desktop.ui.coordinator.catalogue_filters import CatalogueQuery
from kuhina_desktop.ui.widgets.background_import import import_in_background

if TYPE_CHECKING:
    from kuhina_desktop.services.catalogue_start import CatalogueStart
    from kuhina_desktop.ui.coordinator.catalogue_page import CataloguePage
    from kuhina_desktop.ui.widgets.background import Executor

log = logging.getLogger(__name__)


class FirstRowsSource:
    """The catalogue table's page source while the workspace is not open: the start's
    first rows, for the unfiltered query (the filters wait for the workspace). A read that
    fails gives no rows and sets `failed` (the window then asks the workspace again),
    instead of a message for a read the user did not ask for."""

    def __init__(self, start: CatalogueStart) -> None:
        self._start = start
        self.failed = False

    def __call__(
        self, query: CatalogueQuery | None, order: str, offset: int, limit: int
    ) -> tuple[Sequence[Any], int]:
        if query is not None and query != CatalogueQuery():
            raise RuntimeError("the first rows are the unfiltered table's")
        try:
            return self._start.first_page(order, offset, limit)
        except Exception:  # sqlite3's errors; the ORM's read follows and reports its own
            log.warning("reading the catalogue's first rows failed", exc_info=True)
            self.failed = True
            return [], 0


def load_workspace_in_background(
    executor: Executor | None, callback: Callable[[BaseException | None], None]
) -> None:
    """Import SQLAlchemy and the catalogue workspace off the UI thread
    (`import_in_background`), then call `callback` on the UI thread (with the exception if
    the import failed)."""
    from kuhina_desktop.services.catalogue_start import load_workspace_modules

    import_in_background(load_workspace_modules, executor, callback, name="kuhina-catalogue-import")


class OpeningWindow(Protocol):
    """What `CatalogueOpening` uses of the coordinator's window."""

    executor: Executor | None
    closing: bool
    opening_done: Any  # Signal(object)
    closed: Any  # Signal()

    def attach(self, workspace: Any) -> None: ...


class CatalogueOpening:
    """One window's catalogue from its first rows to open through the ORM.

    `show_first_rows()` builds the catalogue page on the start's rows and returns it; once
    they are in the table the workspace's modules are imported in the background, then
    `start.open()` runs on the UI thread and the window's `attach` builds the rest
    (`opening_done` says how that ended). `close()` (the window closed first) releases
    the lock of a start that never opened."""

    def __init__(self, window: OpeningWindow, start: CatalogueStart) -> None:
        self.window = window
        self.start: CatalogueStart | None = start
        self.source = FirstRowsSource(start)
        self.rows_in = False  # the first page arrived (or its read failed: no rows)

    def show_first_rows(self, vocab: Any) -> CataloguePage:
        from kuhina_desktop.ui.coordinator.catalogue_page import CataloguePage

        window = self.window
        page = CataloguePage(None, vocab, "", executor=window.executor, source=self.source)
        page.model.loading_changed.connect(self._on_loading_changed)
        return page

    def _on_loading_changed(self, loading: bool) -> None:
        if loading or self.rows_in:
            return
        self.rows_in = True
        # Not from inside the model's signal, nor inside `open_workspace`.
        QTimer.singleShot(0, self._load_workspace)

    def _load_workspace(self) -> None:
        if self.start is not None and not self.window.closing:
            load_workspace_in_background(self.window.executor, self._on_workspace_loaded)

    def _on_workspace_loaded(self, error: BaseException | None) -> None:
        """SQLAlchemy and the workspace are imported: open the catalogue through the ORM
        and let the window build the other pages."""
        if error is not None:
            raise error  # not the catalogue's problem: the crash handler reports it
        start, self.start = self.start, None
        window = self.window
        if start is None or window.closing:
            return  # closed meanwhile: the lock went with the window (`close`)
        from kuhina_desktop.ui.errors import is_known

        try:
            workspace = start.open()
        except Exception as exc:
            if not is_known(exc):
                raise
            window.opening_done.emit(exc)
            return
        window.closed.connect(workspace.close)
        try:
            window.attach(workspace)
        except BaseException:
            workspace.close()
            raise
        window.opening_done.emit(None)

    def close(self) -> None:
        start, self.start = self.start, None
        if start is not None:
            start.close()
