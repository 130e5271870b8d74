"""The organisation's contact people: an editable table (name, role, e-mail, phone, and
whether the person may be published).

Edits are saved when a cell is finished, like every field. The role is edited in Finnish
here; its Swedish and English versions are kept as they are. Problems of a contact show in
the row's "Check" column, in words.

"May be published" is a check box: ticking it asks the volunteer to confirm they asked the
person (`ConsentDialog`) and records today's date and who recorded it; unticking it
withdraws the consent. Without it the person is sent to the coordinator but never
published (package format 3).
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.domain.checks import normalise_phone
from kuhina_desktop.domain.model import Contact, Text
from kuhina_desktop.ui.i18n import Retranslatable
from kuhina_desktop.ui.noop import QT_TRANSLATE_NOOP
from kuhina_desktop.ui.widgets.consent_dialog import ConsentDialog
from kuhina_desktop.ui.widgets.record_models import short_date
from kuhina_desktop.ui.widgets.table_model import Index, RecordTableModel


class ContactTableModel(RecordTableModel):
    """Editable rows of `Contact`; `problems` maps a row to its problem messages.

    Signals: edited() after a cell was changed by the user; consent_toggled(row, wanted)
    when the user ticks or unticks "May be published" (the editor asks and records).
    """

    edited = Signal()
    consent_toggled = Signal(int, bool)
    NAME, ROLE, EMAIL, PHONE, CONSENT, CHECK = range(6)
    COLUMNS = ("name", "role", "email", "phone", "consent", "check")
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Name"),
        QT_TRANSLATE_NOOP("Columns", "Role"),
        QT_TRANSLATE_NOOP("Columns", "E-mail"),
        QT_TRANSLATE_NOOP("Columns", "Phone"),
        QT_TRANSLATE_NOOP("Columns", "May be published"),
        QT_TRANSLATE_NOOP("Columns", "Check"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.problems: dict[int, list[str]] = {}

    def cell(self, record: Contact, column: int) -> str:
        if column == self.NAME:
            return record.name
        if column == self.ROLE:
            return record.role.fi if record.role else ""
        if column == self.EMAIL:
            return record.email or ""
        if column == self.PHONE:
            return record.phone or ""
        if column == self.CONSENT:
            if not record.may_be_published():
                return self.tr("No")
            return self.tr("Yes, {date} ({recorded_by})").format(
                date=short_date(record.consent_given_on), recorded_by=record.consent_recorded_by
            )
        if column == self.CHECK:
            row = self.row_of(record.id)
            messages = self.problems.get(row, [])
            return "⚠ " + " ".join(messages) if messages else self.tr("OK")
        return ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.CONSENT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif index.isValid() and index.column() != self.CHECK:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return super().data(index, role)
        if role == Qt.ItemDataRole.EditRole and index.column() != self.CONSENT:
            return self.cell(self.record(index.row()), index.column())
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.CONSENT:
            published = self.record(index.row()).may_be_published()
            return Qt.CheckState.Checked if published else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.CONSENT:
            wanted = Qt.CheckState(value) == Qt.CheckState.Checked
            if wanted != self.record(index.row()).may_be_published():
                self.consent_toggled.emit(index.row(), wanted)
            return False  # the editor records it (or not) through set_consent
        if role != Qt.ItemDataRole.EditRole:
            return False
        contact: Contact = self.record(index.row())
        text = str(value).strip()
        column = index.column()
        if column == self.NAME:
            contact = dataclasses.replace(contact, name=text)
        elif column == self.ROLE:
            role_text = contact.role or Text()
            contact = dataclasses.replace(contact, role=dataclasses.replace(role_text, fi=text))
            if contact.role is not None and contact.role.is_empty():
                contact = dataclasses.replace(contact, role=None)
        elif column == self.EMAIL:
            contact = dataclasses.replace(contact, email=text or None)
        elif column == self.PHONE:
            contact = dataclasses.replace(contact, phone=(normalise_phone(text) or text) or None)
        else:
            return False
        if contact == self.record(index.row()):
            return False
        self.upsert(contact)
        self.edited.emit()
        return True

    def set_consent(self, row: int, given_on: str | None, recorded_by: str | None) -> None:
        """Record (or, with None, withdraw) the consent of the contact in `row`."""
        contact: Contact = self.record(row)
        changed = dataclasses.replace(
            contact, consent_given_on=given_on, consent_recorded_by=recorded_by
        )
        if changed != contact:
            self.upsert(changed)
            self.edited.emit()

    def set_problems(self, problems: dict[int, list[str]]) -> None:
        if problems != self.problems:
            self.problems = problems
            self.refresh_all()

    def remove_rows(self, rows: list[int]) -> None:
        for row in sorted(rows, reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._records[row]
            self.endRemoveRows()


class ContactsEditor(Retranslatable, QWidget):
    """Signals: changed(), committed()."""

    changed = Signal()
    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ContactTableModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.setMinimumHeight(self.fontMetrics().height() * 8)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.add_button.clicked.connect(self.on_add_clicked)
        self.remove_button.clicked.connect(self.on_remove_clicked)
        self.model.edited.connect(self.changed)
        self.model.edited.connect(self.committed)
        self.model.consent_toggled.connect(self.on_consent_toggled)
        self.recorded_by = ""  # the last volunteer who recorded a consent here
        self.consent_note = QLabel(self)
        self.consent_note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.consent_note)
        layout.addLayout(buttons)
        self.setFocusProxy(self.view)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("Add a contact person"))
        self.remove_button.setText(self.tr("Remove the selected person"))
        self.view.setAccessibleName(self.tr("Contact people"))
        self.consent_note.setText(
            self.tr(
                "A contact person is shown in the public web catalogue only if they have "
                "agreed (May be published). Otherwise the organisation's own e-mail and "
                "phone are shown."
            )
        )
        self.model.refresh_all()

    def set_field_name(self, name: str) -> None:
        self.view.setAccessibleName(name)

    def on_add_clicked(self) -> None:
        self.model.upsert(Contact(name=self.tr("New contact person")))
        row = self.model.rowCount() - 1
        index = self.model.index(row, ContactTableModel.NAME)
        self.view.setCurrentIndex(index)
        self.changed.emit()
        self.committed.emit()
        self.view.edit(index)

    def on_consent_toggled(self, row: int, wanted: bool) -> None:
        if not wanted:
            self.model.set_consent(row, None, None)
            return
        person = self.model.record(row).name
        recorded_by = ConsentDialog.ask(self, person, self.recorded_by)
        if recorded_by:
            self.recorded_by = recorded_by
            self.model.set_consent(row, date.today().isoformat(), recorded_by)

    def on_remove_clicked(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        if rows:
            self.model.remove_rows(rows)
            self.changed.emit()
            self.committed.emit()

    def value(self) -> list[Contact]:
        return self.model.records

    def set_value(self, contacts: list[Contact]) -> None:
        self.model.beginResetModel()
        self.model._records = list(contacts)
        self.model.endResetModel()
        self.view.resizeColumnsToContents()

    def show_row_problems(self, problems: dict[int, list[str]]) -> None:
        self.model.set_problems(problems)
