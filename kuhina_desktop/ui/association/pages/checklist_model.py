"""The checklist's rows: what still stops the package, what is due for review, what will
not be published (`ChecklistItem`), and the table model that shows them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from kuhina_desktop.ui.noop import QT_TRANSLATE_NOOP
from kuhina_desktop.ui.widgets import field_texts
from kuhina_desktop.ui.widgets.table_model import RecordTableModel


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    record_type: str
    record_id: str
    record_name: str
    field: str
    message: str


TYPE_TEXTS = {
    "organisation": QT_TRANSLATE_NOOP("Checklist", "Organisation"),
    "environment": QT_TRANSLATE_NOOP("Checklist", "Coaching environment"),
    "opportunity": QT_TRANSLATE_NOOP("Checklist", "Opportunity"),
}


class ChecklistModel(RecordTableModel):
    RECORD, TYPE, FIELD, PROBLEM = range(4)
    COLUMNS = ("record", "type", "field", "problem")
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Record"),
        QT_TRANSLATE_NOOP("Columns", "Type"),
        QT_TRANSLATE_NOOP("Columns", "Field"),
        QT_TRANSLATE_NOOP("Columns", "What to do"),
    )

    def cell(self, record: ChecklistItem, column: int) -> str:
        if column == self.RECORD:
            return record.record_name
        if column == self.TYPE:
            return self.tr_type(record.record_type)
        if column == self.FIELD:
            return field_texts.label(record.record_type, record.field) if record.field else ""
        if column == self.PROBLEM:
            return record.message
        return ""

    def tooltip(self, record: ChecklistItem, column: int) -> str | None:
        return record.message

    @staticmethod
    def tr_type(record_type: str) -> str:
        return QCoreApplication.translate("Checklist", TYPE_TEXTS.get(record_type, record_type))
