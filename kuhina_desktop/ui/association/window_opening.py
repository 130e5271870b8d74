"""The association's window between its first rows and its workspace open for writing.

The window shows its first page from the workspace's first read (`OrgWorkspace.open_first`)
and, once those rows are painted, imports the store off the UI thread
(`load_store_in_background`; the store uses `sqlite3`, not SQLAlchemy, so this is quick),
then opens the workspace for writing. Until then the page takes no edits
(`set_editable`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kuhina_desktop.ui.widgets.background import Executor

ROWS_PAINTED_AT_THE_LATEST_MS = 500  # finish opening even if the rows have not painted


def load_store_in_background(
    executor: Executor | None, done: Callable[[BaseException | None], None]
) -> None:
    """Import the store off the UI thread (`import_in_background`); `done` is called on the
    UI thread with None, or with what the import raised."""
    from kuhina_desktop.services.org_workspace import load_store_modules
    from kuhina_desktop.ui.widgets.background_import import import_in_background

    import_in_background(load_store_modules, executor, done, name="kuhina-store-import")


def set_editable(page: Any, editable: bool) -> None:
    """A records page keeps its list usable (`RecordsPage.set_editable`); another page is
    disabled as a whole."""
    if hasattr(page, "set_editable"):
        page.set_editable(editable)
    else:
        page.setEnabled(editable)
