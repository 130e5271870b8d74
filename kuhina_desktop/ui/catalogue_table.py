"""The catalogue's opportunity table: every match of a search, fetched a page at a time.

At national scale the catalogue holds 300,000 opportunities, far too many to load. The
model asks its page source for one page (PAGE_SIZE rows) and the number of all matches,
so `rowCount()` is the true number of matches and the scroll bar means what it shows;
further pages are fetched by SQL paging when a view first asks for one of their rows,
and only the last MAX_PAGES pages are kept (Anki's browser keeps row ids and fetches rows
lazily the same way). A new search or filter replaces the query and resets the model;
`refresh()` runs the same query again after an import or a moderation.

The page source is a callable `(query, order, offset, limit) -> (hits, total)`; a hit has
the attributes of `store.catalogue_search.OpportunityHit` (id, organisation_name,
title_fi, kind, status, updated_at, hidden). The model never knows the database.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any, Protocol

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
from kuhina_desktop.ui.record_models import short_date, status_label
from kuhina_desktop.ui.table_model import ID_ROLE, OBJECT_ROLE

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
MAX_PAGES = 64


class OpportunityHitLike(Protocol):
    id: str
    organisation_id: str
    organisation_name: str
    title_fi: str
    kind: str
    status: str
    updated_at: str
    hidden: bool


PageSource = Callable[[Any, str, int, int], tuple[Sequence[Any], int]]


class CatalogueTableModel(QAbstractTableModel):
    """Matching opportunities of the whole catalogue, paged from the database.

    Signals:
        total_changed(int): the number of matches after a new query or a refresh.
    """

    total_changed = Signal(int)

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
        self, source: PageSource, vocab: Vocabulary, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._vocab = vocab
        self._query: Any = None
        self._order = "title"
        self._total = 0
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
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

    def set_query(self, query: Any) -> None:
        """Show the matches of `query` (a fresh first page, counted)."""
        self._query = query
        self._reload()

    def refresh(self) -> None:
        """The same query again: the data changed (an import, a hidden record)."""
        self._reload()

    def _reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        hits, total = self._fetch(0)
        self._total = total
        self._pages[0] = hits
        self.endResetModel()
        self.total_changed.emit(total)

    def _fetch(self, page: int) -> tuple[list[Any], int]:
        self.queries += 1
        hits, total = self._source(self._query, self._order, page * PAGE_SIZE, PAGE_SIZE)
        return list(hits), int(total)

    def _page(self, number: int) -> list[Any]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        page, _total = self._fetch(number)
        self._pages[number] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def hit(self, row: int) -> Any | None:
        """The hit on `row` (fetching its page if needed); None past the matches."""
        if not 0 <= row < self._total:
            return None
        page = self._page(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
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
            return None
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
            return hit.title_fi
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
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate("CatalogueTable", self.HEADERS[section])
        return None

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
