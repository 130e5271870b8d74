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


def local_time(moment: datetime) -> str:
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


class ExportHistoryModel(RecordTableModel):
    NUMBER, CREATED, OPPORTUNITIES, ENVIRONMENTS, FILE = range(5)
    COLUMNS = ("number", "created", "opportunities", "environments", "file")
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Package no."),
        QT_TRANSLATE_NOOP("Columns", "Made"),
        QT_TRANSLATE_NOOP("Columns", "Opportunities"),
        QT_TRANSLATE_NOOP("Columns", "Coaching environments"),
        QT_TRANSLATE_NOOP("Columns", "File"),
    )

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
    return [
        ExportItem(
            id=str(row.sequence),
            sequence=row.sequence,
            created_at=row.created_at,
            path=row.path,
            sha256=row.sha256,
            counts=dict(row.counts or {}),
        )
        for row in workspace.store.list_exports()
    ]


class HistoryPage(Retranslatable, QWidget):
    """Signals: send_requested()."""

    send_requested = Signal()
    LISTS = frozenset({"exports"})

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
        page_layout(self, self.heading, self.explanation, self.table, buttons)
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
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)

    def on_workspace_changed(self, changes: Changes) -> None:
        if changes.lists & self.LISTS:
            self.reload()

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
