"""The export history: every package made from this workspace, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from kuhina_desktop.services.changes import Changes
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.services.receipt_standing import receipt_for_sequence
from kuhina_desktop.ui.association.pages.page_parts import (
    page_explanation,
    page_heading,
    page_layout,
    record_table,
)
from kuhina_desktop.ui.association.receipt_history import receipt_cell, receipt_details
from kuhina_desktop.ui.association.receipt_texts import t
from kuhina_desktop.ui.i18n import Retranslatable
from kuhina_desktop.ui.noop import QT_TRANSLATE_NOOP
from kuhina_desktop.ui.widgets.table_model import OBJECT_ROLE, RecordTableModel


@dataclass(frozen=True)
class ExportItem:
    id: str
    sequence: int
    created_at: datetime
    path: str
    sha256: str
    counts: dict[str, int]
    receipt: dict[str, Any] | None = None  # the newest receipt applied for this package


def local_time(moment: datetime) -> str:
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


class ExportHistoryModel(RecordTableModel):
    NUMBER, CREATED, OPPORTUNITIES, ENVIRONMENTS, RECEIPT, FILE = range(6)
    COLUMNS = ("number", "created", "opportunities", "environments", "receipt", "file")
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Package no."),
        QT_TRANSLATE_NOOP("Columns", "Made"),
        QT_TRANSLATE_NOOP("Columns", "Opportunities"),
        QT_TRANSLATE_NOOP("Columns", "Coaching environments"),
        "Receipt",  # headerData: a message code (receipt_ui_history_column)
        QT_TRANSLATE_NOOP("Columns", "File"),
    )

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if (
            section == self.RECEIPT
            and orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return t("receipt_ui_history_column")
        return super().headerData(section, orientation, role)

    def cell(self, record: ExportItem, column: int) -> str:
        if column == self.NUMBER:
            return str(record.sequence)
        if column == self.CREATED:
            return local_time(record.created_at)
        if column == self.OPPORTUNITIES:
            return str(record.counts.get("opportunities", 0))
        if column == self.ENVIRONMENTS:
            return str(record.counts.get("environments", 0))
        if column == self.FILE:
            return record.path
        if column == self.RECEIPT:
            return receipt_cell(record.receipt)
        return ""

    def sort_key(self, record: ExportItem, column: int) -> Any:
        if column in (self.NUMBER, self.CREATED):
            return record.sequence
        if column == self.OPPORTUNITIES:
            return record.counts.get("opportunities", 0)
        if column == self.ENVIRONMENTS:
            return record.counts.get("environments", 0)
        return super().sort_key(record, column)

    def tooltip(self, record: ExportItem, column: int) -> str | None:
        return f"SHA-256 {record.sha256}"


def export_items(workspace: OrgWorkspace) -> list[ExportItem]:
    """The workspace's exports (the store keeps them; no service lists them yet)."""
    receipts = receipt_for_sequence(workspace)
    return [
        ExportItem(
            id=str(row.sequence),
            sequence=row.sequence,
            created_at=row.created_at,
            path=row.path,
            sha256=row.sha256,
            counts=dict(row.counts or {}),
            receipt=receipts.get(row.sequence),
        )
        for row in workspace.store.list_exports()
    ]


class HistoryPage(Retranslatable, QWidget):
    """Signals: send_requested()."""

    send_requested = Signal()
    LISTS = frozenset({"exports", "receipts"})

    def __init__(self, workspace: OrgWorkspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.heading = page_heading(self)
        self.explanation = page_explanation(self)
        self.model = ExportHistoryModel(self)
        self.proxy, self.table = record_table(
            self, self.model, QAbstractItemView.SelectionMode.SingleSelection
        )
        self.table.sortByColumn(ExportHistoryModel.NUMBER, Qt.SortOrder.DescendingOrder)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.on_open_folder_clicked)
        self.send_button = QPushButton(self)
        self.send_button.clicked.connect(self.send_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        self.receipt_details = QLabel(self)
        self.receipt_details.setWordWrap(True)
        self.receipt_details.setTextFormat(Qt.TextFormat.PlainText)  # the coordinator's text
        self.receipt_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = page_layout(self, self.heading, self.explanation, self.table, buttons)
        layout.insertWidget(3, self.receipt_details)
        self.table.selectionModel().currentRowChanged.connect(self.on_current_changed)
        self.retranslate_ui()
        self.reload()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Sent packages"))
        self.explanation.setText(
            self.tr(
                "Every package made on this computer. Each one holds everything published at "
                "the time, so an old or lost package does no harm: the coordinator always "
                "keeps the newest."
            )
        )
        self.open_button.setText(self.tr("Open the file's folder"))
        self.send_button.setText(self.tr("Send to coordinator…"))
        self.table.setAccessibleName(self.tr("Packages made"))
        self.model.refresh_all()

    def reload(self) -> None:
        self.model.set_records(export_items(self.workspace))
        self.on_current_changed()
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)

    def on_workspace_changed(self, changes: Changes) -> None:
        if changes.lists & self.LISTS:
            self.reload()

    def on_current_changed(self, *_args: Any) -> None:
        index = self.table.currentIndex()
        item = self.proxy.data(index, OBJECT_ROLE) if index.isValid() else None
        receipt = item.receipt if isinstance(item, ExportItem) else None
        self.receipt_details.setText(receipt_details(receipt))
        self.receipt_details.setAccessibleName(t("receipt_ui_history_details"))

    def on_open_folder_clicked(self) -> None:
        index = self.table.currentIndex()
        item = self.proxy.data(index, OBJECT_ROLE) if index.isValid() else None
        if isinstance(item, ExportItem):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(item.path).parent)))

    def flush(self) -> bool:
        """Nothing to save on this page."""
        return True

    def focus_list(self) -> None:
        self.table.setFocus()
