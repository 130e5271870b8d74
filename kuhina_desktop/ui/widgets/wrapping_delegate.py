"""Rows as tall as their word-wrapped texts in a tree view.

`QTreeView.setWordWrap(True)` wraps a cell's text only within the row height the view
asked for, and the view asks a cell's size without telling it its column's width: the
style then measures the text on one endless line, the row gets one line's height and a
long name is cut ("Mahdollisuus: …"). `WrappingDelegate` measures each cell at its
column's width (less the indentation of its level in the first column) and lays the rows
out again when a column is widened or narrowed.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, QTimer
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView

Index = QModelIndex | QPersistentModelIndex


class WrappingDelegate(QStyledItemDelegate):
    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(view.doItemsLayout)
        view.header().sectionResized.connect(self._relayout.start)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self.view.columnWidth(index.column())
        if index.column() == 0:
            depth = 0
            parent = index.parent()
            while parent.isValid():
                depth += 1
                parent = parent.parent()
            width -= self.view.indentation() * (depth + int(self.view.rootIsDecorated()))
        measured = QStyleOptionViewItem(option)
        measured.rect = QRect(0, 0, max(width, 1), 1)  # a valid rectangle: its width counts
        return super().sizeHint(measured, index)
