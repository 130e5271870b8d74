"""Opening a catalogue workspace in two steps, so its table's first rows come first.

`CatalogueStart.begin(folder)` checks the folder's kind and takes its lock (the same
KnownErrors as `CatalogueWorkspace.open`); `first_page` then reads pages of the unfiltered
table through `store.catalogue_first_rows` (standard `sqlite3`, no SQLAlchemy) when the
catalogue is a SQLite file in the folder at this program's schema revision (`readable`);
`open()` opens the workspace through the ORM as `CatalogueWorkspace.open` does, with the
lock already held, and the start is over. `close()` releases the lock of a start that
never opened (a window closed early). Nothing is written before `open()`: the lock keeps
other programs out meanwhile, so the rows read first are the rows the ORM would give.

This module imports nothing heavy; `load_workspace_modules()` imports SQLAlchemy and the
workspace (no I/O) and may run off the UI thread before `open()`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kuhina_desktop.errors import WorkspaceError
from kuhina_desktop.store import catalogue_first_rows
from kuhina_desktop.store.catalogue_values import OpportunityHit, SearchFilters
from kuhina_desktop.store.revisions import HEADS
from kuhina_desktop.store.workspace_folder import DATABASE, read_info
from kuhina_desktop.store.workspace_lock import WorkspaceLock

if TYPE_CHECKING:
    from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace

__all__ = ["CatalogueStart", "OpportunityHit", "SearchFilters", "load_workspace_modules"]

KIND = "catalogue"  # services.catalogue_workspace.KIND


def load_workspace_modules() -> None:
    """Import SQLAlchemy and the catalogue workspace (nothing is opened)."""
    from kuhina_desktop.services import catalogue_workspace  # noqa: F401


class CatalogueStart:
    """A catalogue workspace being opened: locked, its first rows readable without the ORM."""

    def __init__(self, folder: Path, lock: WorkspaceLock, database_url: str | None) -> None:
        self.folder = folder
        self._lock: WorkspaceLock | None = lock
        self._database_url = database_url
        self.database_file = folder / DATABASE
        self.readable = database_url is None and catalogue_first_rows.is_readable(
            self.database_file, HEADS[KIND]
        )

    @classmethod
    def begin(cls, folder: Path) -> CatalogueStart:
        folder = Path(folder)
        info = read_info(folder)
        if info.kind != KIND:
            raise WorkspaceError("workspace_wrong_kind", path=str(folder), kind=info.kind)
        lock = WorkspaceLock(folder)
        lock.acquire()
        try:
            return cls(folder, lock, info.database_url)
        except BaseException:
            lock.release()
            raise

    def first_page(
        self, order: str = "title", offset: int = 0, limit: int = 100
    ) -> tuple[list[OpportunityHit], int]:
        """A page of the table with no search words and no filter, and the number of all
        opportunities: what `CatalogueWorkspace.search("", SearchFilters(), order, offset,
        limit)` gives. Only while `readable` and not yet opened (any thread)."""
        if not self.readable or self._lock is None:
            raise RuntimeError("the first rows are read before the workspace is opened")
        return catalogue_first_rows.first_rows(self.database_file, order, offset, limit)

    def open(self) -> CatalogueWorkspace:
        """The workspace, opened through the ORM (migrated if needed) with the lock this
        start holds; on failure the lock is released (as `CatalogueWorkspace.open`)."""
        from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace

        lock, self._lock = self._lock, None
        if lock is None:
            raise RuntimeError("this start was opened or closed already")
        return CatalogueWorkspace.open_locked(self.folder, lock, self._database_url)

    def close(self) -> None:
        """Release the lock if the workspace was never opened (else its own close does)."""
        lock, self._lock = self._lock, None
        if lock is not None:
            lock.release()
