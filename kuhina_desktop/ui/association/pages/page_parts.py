"""Parts the list pages share (bin, sent packages, ready to send): a bold heading over a
word-wrapped explanation, a read-only table of records, and a row of buttons below.

Plain functions: each page keeps its own texts (`tr()` in its class).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.ui.widgets.table_model import RecordFilterProxy

HEADING_SCALE = 1.35


def page_heading(parent: QWidget) -> QLabel:
    """The page's heading: bold, a third larger than the text."""
    heading = QLabel(parent)
    font = QFont(heading.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * HEADING_SCALE)
    heading.setFont(font)
    return heading


def page_explanation(parent: QWidget) -> QLabel:
    """The word-wrapped text under the heading."""
    label = QLabel(parent)
    label.setWordWrap(True)
    return label


def record_table(
    parent: QWidget,
    model: QAbstractItemModel,
    selection_mode: QAbstractItemView.SelectionMode,
) -> tuple[RecordFilterProxy, QTableView]:
    """A sortable, read-only table of whole rows showing `model` through a filter proxy."""
    proxy = RecordFilterProxy(parent)
    proxy.setSourceModel(model)
    table = QTableView(parent)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection_mode)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return proxy, table


def page_layout(
    page: QWidget, heading: QLabel, explanation: QLabel, table: QTableView, buttons: QHBoxLayout
) -> QVBoxLayout:
    """Heading, explanation, the table taking the room left, and the buttons, top to bottom."""
    layout = QVBoxLayout(page)
    layout.addWidget(heading)
    layout.addWidget(explanation)
    layout.addWidget(table, 1)
    layout.addLayout(buttons)
    return layout
