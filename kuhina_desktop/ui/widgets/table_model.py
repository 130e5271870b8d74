"""The base of every list: a table model over domain records, and its search-and-filter proxy.

`RecordTableModel` keeps a list of records (anything with an `id`), answers `OBJECT_ROLE`
with the record itself and `ID_ROLE` with its id, and updates in place (`set_records` inserts,
removes and changes rows one by one instead of resetting), so selections survive a refresh.
Subclasses declare `COLUMNS` and say how each cell reads, sorts and filters.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 4
# The roles as plain numbers: `data` is called thousands of times as a list fills and
# paints (each view asks for eight roles a cell), and looking a role up through `Qt` costs
# more than the rest of such a call.
_DISPLAY_ROLES = frozenset(
    {int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.AccessibleTextRole)}
)
_TOOLTIP_ROLE = int(Qt.ItemDataRole.ToolTipRole)
_ANSWERED_ROLES = _DISPLAY_ROLES | {OBJECT_ROLE, ID_ROLE, SORT_ROLE, SEARCH_ROLE, _TOOLTIP_ROLE}

Index = QModelIndex | QPersistentModelIndex
_MISSING = object()


def header_text(
    context: str, headers: Sequence[str], section: int, orientation: Qt.Orientation, role: int
) -> str | None:
    """A model's `headerData`: the translated column title (`headers` are
    `QT_TRANSLATE_NOOP(context, ...)` texts), nothing for rows or other roles."""
    if (
        orientation == Qt.Orientation.Horizontal
        and role == Qt.ItemDataRole.DisplayRole
        and 0 <= section < len(headers)
    ):
        return QCoreApplication.translate(context, headers[section])
    return None


class RecordTableModel(QAbstractTableModel):
    """Rows of records with named columns; subclasses fill in `COLUMNS` and `cell`."""

    COLUMNS: tuple[str, ...] = ()
    HEADERS: tuple[str, ...] = ()  # QT_TRANSLATE_NOOP(HEADER_CONTEXT, ...) texts, one per column
    HEADER_CONTEXT = "Columns"  # the translation context of `HEADERS`
    FILTERS: tuple[tuple[str, str], ...] = (("all", "All"),)
    PRIORITY: tuple[int, ...] = ()  # columns, most important first (the lists' room); all

    def priority(self) -> list[int]:
        """The columns in order of importance: `PRIORITY`, then the rest in their order."""
        rest = [c for c in range(len(self.COLUMNS)) if c not in self.PRIORITY]
        return [*self.PRIORITY, *rest]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[Any] = []
        # Each row's sort keys while rows are inserted: a sorted proxy then compares every
        # new row with others many times (about 3,000 keys for 200 rows), and nothing a
        # key depends on changes within one insert (`_inserted`).
        self._sort_keys: dict[tuple[int, int], Any] | None = None

    # -- what subclasses say ----------------------------------------------------------
    def cell(self, record: Any, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, record: Any, column: int) -> Any:
        return self.cell(record, column).casefold()

    def search_text(self, record: Any) -> str:
        return " ".join(self.cell(record, c) for c in range(len(self.COLUMNS))).casefold()

    def tooltip(self, record: Any, column: int) -> str | None:
        return None

    def matches(self, record: Any, filter_key: str) -> bool:
        return True

    def filters(self) -> list[tuple[str, str]]:
        """(key, translated label) of the status filter's choices."""
        return [(key, QCoreApplication.translate("Filters", text)) for key, text in self.FILTERS]

    # -- Qt's model interface ---------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED_ROLES:
            return None
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._records):
            return None
        record = self._records[row]
        column = index.column()
        if role in _DISPLAY_ROLES:
            return self.cell(record, column)
        if role == OBJECT_ROLE:
            return record
        if role == ID_ROLE:
            return record.id
        if role == SORT_ROLE:
            keys = self._sort_keys
            if keys is None:
                return self.sort_key(record, column)
            key = keys.get((row, column), _MISSING)
            if key is _MISSING:
                key = keys[(row, column)] = self.sort_key(record, column)
            return key
        if role == SEARCH_ROLE:
            return self.search_text(record)
        if role == _TOOLTIP_ROLE:
            return self.tooltip(record, column)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return header_text(self.HEADER_CONTEXT, self.HEADERS, section, orientation, role)

    # -- records ----------------------------------------------------------------------
    @property
    def records(self) -> list[Any]:
        return list(self._records)

    def record(self, row: int) -> Any:
        return self._records[row]

    def row_of(self, record_id: str) -> int:
        for row, record in enumerate(self._records):
            if record.id == record_id:
                return row
        return -1

    def set_records(self, records: Sequence[Any]) -> None:
        """Bring the rows in line with `records`, row by row (selections survive)."""
        wanted = {r.id: r for r in records}
        for row in range(len(self._records) - 1, -1, -1):
            if self._records[row].id not in wanted:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._records[row]
                self.endRemoveRows()
        for row, record in enumerate(self._records):
            newer = wanted.pop(record.id)
            if newer != record:
                self._records[row] = newer
                self._row_changed(row)
        if wanted:
            first = len(self._records)
            self.beginInsertRows(QModelIndex(), first, first + len(wanted) - 1)
            self._records.extend(wanted.values())
            self._inserted()

    def upsert(self, record: Any) -> None:
        row = self.row_of(record.id)
        if row < 0:
            self.beginInsertRows(QModelIndex(), len(self._records), len(self._records))
            self._records.append(record)
            self.endInsertRows()
        else:
            self._records[row] = record
            self._row_changed(row)

    def _inserted(self) -> None:
        """`endInsertRows`, with the rows' sort keys kept while the proxy sorts them in."""
        self._sort_keys = {}
        try:
            self.endInsertRows()
        finally:
            self._sort_keys = None

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def refresh_all(self) -> None:
        """Every cell again (after a language change); the rows stay."""
        if self._records:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._records) - 1, len(self.COLUMNS) - 1)
            )
        if self.COLUMNS:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)


class RecordFilterProxy(QSortFilterProxyModel):
    """Search text (in every language of a record) and a status filter over a record model."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)
        self.setDynamicSortFilter(True)
        self._search = ""
        self._filter = "all"

    @property
    def filter_key(self) -> str:
        return self._filter

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._search = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_filter(self, key: str) -> None:
        self.beginFilterChange()
        self._filter = key
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, RecordTableModel):
            return True
        index = model.index(source_row, 0, source_parent)
        if self._search:
            words = self._search.split()
            text = model.data(index, SEARCH_ROLE) or ""
            if not all(word in text for word in words):
                return False
        return model.matches(model.data(index, OBJECT_ROLE), self._filter)
