"""Columns of a list that fit what they show and the room the list has.

A list beside a form has about half of a laptop screen: not room for every column. Rather
than cut the texts or let the last columns run off the right edge, `ColumnFit`

- makes each column as wide as its title and its rows (a sample of them, see
  `QHeaderView.setResizeContentsPrecision`), within limits; widths only grow while the
  rows change, so the columns do not jump while the user types a search;
- shows the columns in their order of importance as long as they fit, and brings the
  hidden ones back when the list is widened (the splitter dragged, a larger window);
- offers every column but the first in the column titles' menu (right click): what the
  user chooses there stays, shown or hidden, whatever the room;
- leaves a column the user has widened or narrowed by dragging at that width.
"""

from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

FIRST_EM = (16, 26)  # the first column's (the name's) least and most width, in "M" widths
OTHER_EM = (4, 16)


def show_menu(menu: QMenu, at: QPoint) -> None:
    """Open the column titles' menu at `at` (global); tests replace this."""
    menu.exec(at)


class ColumnFit(QObject):
    """Fits `table`'s columns; `priority` lists the columns, most important first (the
    first column always shows). Call `fit()` when the rows have changed and
    `fit(fresh=True)` when the column titles have (another language)."""

    def __init__(self, table: QTableView, priority: Sequence[int]) -> None:
        super().__init__(table)
        self.table = table
        self.header: QHeaderView = table.horizontalHeader()
        self.priority = list(priority)
        self._widths: dict[int, int] = {}
        self._chosen: dict[int, bool] = {}  # column -> shown, as chosen in the menu
        self._dragged: set[int] = set()
        self._pressed = False  # a mouse button is down on the column titles
        self._busy = False
        self.header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.header.customContextMenuRequested.connect(self._on_menu)
        self.header.sectionResized.connect(self._on_section_resized)
        self._header_port = self.header.viewport()
        self._table_port = table.viewport()
        self._header_port.installEventFilter(self)
        self._table_port.installEventFilter(self)

    # -- what the page calls ------------------------------------------------------------
    def fit(self, *, fresh: bool = False) -> None:
        if fresh:
            self._widths.clear()
        em = self.table.fontMetrics().horizontalAdvance("M")
        for column in range(self.header.count()):
            if column in self._dragged:
                continue
            natural = max(self.table.sizeHintForColumn(column), self.header.sectionSizeHint(column))
            low, high = FIRST_EM if column == 0 else OTHER_EM
            width = min(max(natural, low * em), high * em)
            self._widths[column] = max(self._widths.get(column, 0), width)
        self.arrange()

    def arrange(self) -> None:
        """Show what fits the list's width now, in order of importance."""
        if self._busy or not self._widths:
            return
        self._busy = True
        try:
            room = self.table.viewport().width()
            used = 0
            shown: dict[int, bool] = {}
            for column in self.priority:
                width = self._widths.get(column, 0)
                if column == 0:
                    show = True
                elif column in self._chosen:
                    show = self._chosen[column]
                else:
                    show = used + width <= room
                shown[column] = show
                if show:
                    used += width
            for column, show in shown.items():
                self.header.setSectionHidden(column, not show)
                if show:
                    self.header.resizeSection(column, self._widths[column])
        finally:
            self._busy = False

    # -- the user -------------------------------------------------------------------------
    def _on_menu(self, at: QPoint) -> None:
        menu = QMenu(self.table)
        model = self.table.model()
        for column in range(self.header.count()):
            title = model.headerData(column, Qt.Orientation.Horizontal)
            action = QAction(str(title), menu)
            action.setCheckable(True)
            action.setChecked(not self.header.isSectionHidden(column))
            action.setEnabled(column != 0)
            action.toggled.connect(lambda on, c=column: self._choose(c, on))
            menu.addAction(action)
        show_menu(menu, self.header.mapToGlobal(at))

    def _choose(self, column: int, shown: bool) -> None:
        self._chosen[column] = shown
        self.arrange()

    def _on_section_resized(self, column: int, _old: int, new: int) -> None:
        if not self._pressed or self._busy or self.header.isSectionHidden(column):
            return
        shown = [c for c in range(self.header.count()) if not self.header.isSectionHidden(c)]
        if self.header.stretchLastSection() and shown and column == shown[-1]:
            return  # stretched to the list's edge, not dragged
        self._dragged.add(column)  # dragged by its edge: keep what the user chose
        self._widths[column] = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._header_port:
            if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
                self._pressed = True
            elif kind == QEvent.Type.MouseButtonRelease:
                self._pressed = False
        elif (
            watched is self._table_port
            and kind == QEvent.Type.Resize
            and shiboken6.isValid(self.header)  # not while the list is being taken down
        ):
            self.arrange()
        return False
