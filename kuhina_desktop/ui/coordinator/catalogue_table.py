"""The catalogue's opportunity table: every match of a search, fetched a page at a time,
off the UI thread.

At national scale the catalogue holds 300,000 opportunities, far too many to load. The
model asks its page source for one page (PAGE_SIZE rows) and the number of all matches,
so `rowCount()` is the true number of matches and the scroll bar means what it shows;
further pages are fetched by SQL paging when a view first asks for one of their rows,
and only the last MAX_PAGES pages are kept (Anki's browser keeps row ids and fetches rows
lazily the same way). A new search or filter replaces the query; `refresh()` runs the same
query again after an import or a moderation.

Fetching runs in the window's executor (the injectable one of `ui.background`; tests pass
`ImmediateExecutor` and everything happens at once), so a slow query never freezes the
window: until a page arrives its rows show "…", and results of a query that was replaced
meanwhile are dropped. Page fetches are not user operations, so they show no progress
dialog; `loading_changed` lets the view say that a search is running.

The page source is a callable `(query, order, offset, limit) -> (hits, total)`, called in
a worker thread; a hit has the attributes of `store.catalogue_search.OpportunityHit` (id,
organisation_name, title_fi, kind, status, updated_at, hidden). The model never knows the
database.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from kuhina_desktop.domain.vocab import Vocabulary
from kuhina_desktop.ui.i18n import current_language
from kuhina_desktop.ui.noop import QT_TRANSLATE_NOOP
from kuhina_desktop.ui.widgets.background import Executor, ThreadPoolExecutor
from kuhina_desktop.ui.widgets.plain_text import tooltip
from kuhina_desktop.ui.widgets.record_models import short_date, status_label
from kuhina_desktop.ui.widgets.table_model import ID_ROLE, OBJECT_ROLE, header_text

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 100
MAX_PAGES = 64
PLACEHOLDER = "…"


PageSource = Callable[[Any, str, int, int], tuple[Sequence[Any], int]]


class _PageRelay(QObject):
    """Carries pages from the worker to the UI thread (it lives there: queued delivery)."""

    arrived = Signal(int, int, object, int)  # generation, page, hits, total
    failed = Signal(int, int, object)  # generation, page, exception


class CatalogueTableModel(QAbstractTableModel):
    """Matching opportunities of the whole catalogue, paged from the database.

    Signals:
        total_changed(int): the number of matches, when the first page of a query arrived.
        loading_changed(bool): a new query started (True) or its first page arrived (False).
        failed(object): fetching a page failed (the exception).
    """

    total_changed = Signal(int)
    loading_changed = Signal(bool)
    failed = Signal(object)

    TITLE, ORGANISATION, KIND, STATUS, UPDATED, VISIBILITY = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("CatalogueTable", "Opportunity"),
        QT_TRANSLATE_NOOP("CatalogueTable", "Organisation"),
        QT_TRANSLATE_NOOP("CatalogueTable", "Kind"),
        QT_TRANSLATE_NOOP("CatalogueTable", "Status"),
        QT_TRANSLATE_NOOP("CatalogueTable", "Updated"),
        QT_TRANSLATE_NOOP("CatalogueTable", "Publication"),
    )
    # The orders the search offers, by the column whose header was clicked.
    ORDERS = {TITLE: "title", ORGANISATION: "organisation", UPDATED: "updated"}

    def __init__(
        self,
        source: PageSource,
        vocab: Vocabulary,
        parent: QObject | None = None,
        *,
        executor: Executor | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._vocab = vocab
        self._executor: Executor = executor or ThreadPoolExecutor()
        self._relay = _PageRelay(self)
        self._relay.arrived.connect(self.on_page_arrived)
        self._relay.failed.connect(self.on_page_failed)
        self._query: Any = None
        self._order = "title"
        self._total = 0
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self._generation = 0
        self._requested: set[int] = set()
        self._inline = False  # a page arriving while `data()` waits for it (sync executor)
        self.loading = False
        self.queries = 0  # page fetches so far (the benchmark and tests read it)

    # -- queries ----------------------------------------------------------------------
    @property
    def query(self) -> Any:
        return self._query

    @property
    def order(self) -> str:
        return self._order

    @property
    def total(self) -> int:
        return self._total

    def set_source(self, source: PageSource) -> None:
        """Fetch further pages from `source`, which gives the same rows as the one before
        (the rows fetched so far stay: the start-up's first rows, then the workspace's)."""
        self._source = source

    def set_query(self, query: Any) -> None:
        """Show the matches of `query` (a fresh first page, counted)."""
        self._query = query
        self._reload()

    def refresh(self) -> None:
        """The same query again: the data changed (an import, a hidden record)."""
        self._reload()

    def _reload(self) -> None:
        self._generation += 1
        self._requested = {0}
        self.loading = True
        self.loading_changed.emit(True)
        self._submit(0)

    def _submit(self, page: int) -> None:
        """Fetch one page in the executor; the result arrives through the relay."""
        source, relay = self._source, self._relay
        query, order, generation = self._query, self._order, self._generation
        self.queries += 1

        def job() -> None:
            try:
                hits, total = source(query, order, page * PAGE_SIZE, PAGE_SIZE)
            except Exception as error:  # shown on the UI thread
                relay.failed.emit(generation, page, error)
                return
            relay.arrived.emit(generation, page, list(hits), int(total))

        self._executor.submit(job)

    def on_page_arrived(self, generation: int, page: int, hits: list[Any], total: int) -> None:
        if generation != self._generation:
            return  # the answer to a query that was replaced meanwhile
        self._requested.discard(page)
        if page == 0 and self.loading:
            self.beginResetModel()
            self._pages.clear()
            self._pages[0] = hits
            self._total = total
            self.endResetModel()
            self.loading = False
            self.loading_changed.emit(False)
            self.total_changed.emit(total)
            return
        self._pages[page] = hits
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        first = page * PAGE_SIZE
        last = min(first + PAGE_SIZE, self._total) - 1
        if not self._inline and last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.HEADERS) - 1))

    def on_page_failed(self, generation: int, page: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._requested.discard(page)
        if self.loading:
            self.loading = False
            self.loading_changed.emit(False)
        log.error("fetching catalogue page %s failed", page, exc_info=error)
        self.failed.emit(error)

    def hit(self, row: int) -> Any | None:
        """The hit on `row`; None past the matches or while its page is on its way."""
        if not 0 <= row < self._total:
            return None
        number, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            if number not in self._requested:
                self._requested.add(number)
                self._inline = True
                try:
                    self._submit(number)
                finally:
                    self._inline = False
            page = self._pages.get(number)
            if page is None:
                return None
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def row_of(self, record_id: str) -> int:
        """The row of a record among the pages fetched so far; -1 if not among them."""
        for number, page in self._pages.items():
            for offset, hit in enumerate(page):
                if hit.id == record_id:
                    return number * PAGE_SIZE + offset
        return -1

    # -- Qt's model interface ---------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self.hit(index.row())
        if hit is None:
            waiting = role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
            return PLACEHOLDER if waiting and index.column() == self.TITLE else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell(hit, index.column())
        if role == OBJECT_ROLE:
            return hit
        if role == ID_ROLE:
            return hit.id
        if role == Qt.ItemDataRole.FontRole and hit.hidden:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.TITLE:
            return tooltip(str(hit.title_fi))
        return None

    def cell(self, hit: Any, column: int) -> str:
        lang = current_language()
        if column == self.TITLE:
            return str(hit.title_fi)
        if column == self.ORGANISATION:
            return str(hit.organisation_name)
        if column == self.KIND:
            return self._vocab.label("kinds", hit.kind, lang) if hit.kind else ""
        if column == self.STATUS:
            return status_label(hit.status)
        if column == self.UPDATED:
            return short_date(hit.updated_at)
        if column == self.VISIBILITY:
            if hit.hidden:
                return QCoreApplication.translate("CatalogueTable", "Hidden")
            return QCoreApplication.translate("CatalogueTable", "Shown")
        return ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return header_text("CatalogueTable", self.HEADERS, section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the database: by title, organisation or newest update."""
        wanted = self.ORDERS.get(column)
        if wanted is None or wanted == self._order:
            return
        self._order = wanted
        if self._query is not None:
            self._reload()

    def retranslate(self) -> None:
        """Every cell again in the new interface language; the rows stay."""
        if self._total:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._total - 1, len(self.HEADERS) - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)
