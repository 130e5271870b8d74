"""The bin: deleted coaching environments and opportunities, restorable."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from kuhina_desktop.services.changes import Changes
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.ui.association.pages.page_parts import (
    page_explanation,
    page_heading,
    page_layout,
    record_table,
)
from kuhina_desktop.ui.errors import show_error
from kuhina_desktop.ui.i18n import Retranslatable, current_language
from kuhina_desktop.ui.noop import QT_TRANSLATE_NOOP
from kuhina_desktop.ui.widgets.record_models import short_date, untitled
from kuhina_desktop.ui.widgets.table_model import OBJECT_ROLE, RecordTableModel


@dataclass(frozen=True)
class BinItem:
    id: str
    table: str
    record: Any


TYPE_TEXTS = {
    "environment": QT_TRANSLATE_NOOP("Bin", "Coaching environment"),
    "opportunity": QT_TRANSLATE_NOOP("Bin", "Opportunity"),
}


def bin_item_name(item: BinItem) -> str:
    text = item.record.name if item.table == "environment" else item.record.title
    return text.best(current_language()) or untitled()


class BinTableModel(RecordTableModel):
    NAME, TYPE, UPDATED = range(3)
    COLUMNS = ("name", "type", "updated")
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Name"),
        QT_TRANSLATE_NOOP("Columns", "Type"),
        QT_TRANSLATE_NOOP("Columns", "Changed"),
    )

    def cell(self, record: BinItem, column: int) -> str:
        if column == self.NAME:
            return bin_item_name(record)
        if column == self.TYPE:
            return QCoreApplication.translate("Bin", TYPE_TEXTS[record.table])
        if column == self.UPDATED:
            return short_date(record.record.updated_at)
        return ""

    def sort_key(self, record: BinItem, column: int) -> Any:
        if column == self.UPDATED:
            return record.record.updated_at
        return super().sort_key(record, column)


class BinPage(Retranslatable, QWidget):
    """Signals: changes_made(object), status_message(str)."""

    changes_made = Signal(object)
    status_message = Signal(str)
    LISTS = frozenset({"bin"})

    def __init__(self, workspace: OrgWorkspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.heading = page_heading(self)
        self.explanation = page_explanation(self)
        self.model = BinTableModel(self)
        self.proxy, self.table = record_table(
            self, self.model, QAbstractItemView.SelectionMode.ExtendedSelection
        )
        self.table.sortByColumn(BinTableModel.UPDATED, Qt.SortOrder.DescendingOrder)
        self.table.activated.connect(self.on_restore_clicked)
        self.restore_button = QPushButton(self)
        self.restore_button.clicked.connect(self.on_restore_clicked)
        self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        page_layout(self, self.heading, self.explanation, self.table, buttons)
        self.retranslate_ui()
        self.reload()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Bin"))
        self.explanation.setText(
            self.tr(
                "Deleted coaching environments and opportunities wait here. They are not sent "
                "to the coordinator. Choose rows and press Restore (or Enter) to bring them back."
            )
        )
        self.restore_button.setText(self.tr("Restore"))
        self.table.setAccessibleName(self.tr("Deleted records"))
        self.model.refresh_all()

    def reload(self) -> None:
        binned = self.workspace.binned()
        items = [BinItem(r.id, table, r) for table, records in binned.items() for r in records]
        self.model.set_records(items)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.on_selection_changed()

    def on_workspace_changed(self, changes: Changes) -> None:
        if changes.lists & (self.LISTS | {"environments", "opportunities"}):
            self.reload()

    def selected_items(self) -> list[BinItem]:
        return [self.proxy.data(i, OBJECT_ROLE) for i in self.table.selectionModel().selectedRows()]

    def on_selection_changed(self, *_args: object) -> None:
        self.restore_button.setEnabled(bool(self.selected_items()))

    def on_restore_clicked(self, *_args: object) -> None:
        items = self.selected_items()
        if not items:
            return
        changes = Changes()
        try:
            for item in items:
                changes.merge(self.workspace.restore(item.table, item.id))
        except Exception as exc:
            show_error(self, exc)
        self.reload()
        self.changes_made.emit(changes)
        if len(items) == 1:
            self.status_message.emit(
                self.tr("“%1” was restored.").replace("%1", bin_item_name(items[0]))
            )
        else:
            self.status_message.emit(self.tr("%n rows were restored.", "", len(items)))

    def flush(self) -> bool:
        """Nothing to save on this page."""
        return True

    def focus_list(self) -> None:
        self.table.setFocus()
