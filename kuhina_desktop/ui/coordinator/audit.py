"""The audit log: who did what and when (imports with their change lists and decisions,
refusals, key confirmations and revocations, hiding and showing records), filterable by
organisation, action and period and by words, and exportable as CSV.

The export leaves the contact people's names, e-mail addresses and phones out of the change
lists unless "Include personal data" is ticked (issue 20); the file is the user's own (0600).

The CSV is for people and spreadsheets: a value that a spreadsheet would take for a
formula (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe,
since organisation names and reasons come from packages and people.
"""

from __future__ import annotations

import csv
import html
import io
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.atomic_write import write_file_atomic
from kuhina_desktop.services.catalogue_results import AuditEntry, exported_details
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from kuhina_desktop.services.changes import Changes
from kuhina_desktop.ui.coordinator import texts
from kuhina_desktop.ui.coordinator.dialogs import FileChooser
from kuhina_desktop.ui.coordinator.values import field_label
from kuhina_desktop.ui.errors import show_error
from kuhina_desktop.ui.i18n import Retranslatable
from kuhina_desktop.ui.noop import QT_TRANSLATE_NOOP
from kuhina_desktop.ui.widgets.table_model import RecordFilterProxy, RecordTableModel

PERIODS = (None, 7, 30, 365)  # days back; None: everything
CSV_COLUMNS = ("at", "actor", "action", "organisation_id", "organisation", "record_id",
               "package_sha256", "sequence", "summary", "details")  # fmt: skip
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class AuditRow:
    entry: AuditEntry
    organisation: str

    @property
    def id(self) -> int:
        return self.entry.id


def summary(entry: AuditEntry) -> str:
    """One line about an entry, in the interface language."""
    details = entry.details
    if entry.action == "import":
        counts = details.get("counts") or {}
        rejected = sum(1 for c in details.get("changes") or [] if c.get("decision") == "reject")
        return QCoreApplication.translate(
            "Audit",
            "{added} new, {changed} changed, {removed} removed; {rejected} changes rejected",
        ).format(
            added=counts.get("added", 0),
            changed=counts.get("changed", 0),
            removed=counts.get("removed", 0),
            rejected=rejected,
        )
    if entry.action == "refused":
        return texts.reason(details.get("reason"), details.get("params"))
    if entry.action == "hide":
        return QCoreApplication.translate("Audit", "{record}. Reason: {reason}").format(
            record=details.get("label") or entry.record_id or "", reason=details.get("reason") or ""
        )
    if entry.action == "unhide":
        return str(details.get("label") or entry.record_id or "")
    if entry.action in ("publish", "excel", "opendata"):
        state = details.get("catalogue") or {}
        return QCoreApplication.translate(
            "Audit", "Opportunities: {opportunities}, organisations: {organisations}, to {where}"
        ).format(
            opportunities=state.get("opportunities", 0),
            organisations=state.get("organisations", 0),
            where=details.get("where") or "",
        )
    if entry.action == "receipt":
        return QCoreApplication.translate(
            "Audit", "{rejected} rejected, {hidden} hidden, to {where}"
        ).format(
            rejected=details.get("rejected", 0),
            hidden=details.get("hidden", 0),
            where=details.get("file") or "",
        )
    if entry.action in ("trust", "pending"):
        return str(details.get("fingerprint") or "")
    if entry.action == "revoke":
        return ", ".join(str(f) for f in details.get("fingerprints") or [])
    return ""


def record_text(entry: AuditEntry) -> str:
    """The record an entry is about, by its title and id."""
    if not entry.record_id:
        return ""
    label = entry.details.get("label")
    return f"{label} ({entry.record_id})" if label else entry.record_id


def csv_cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


class AuditModel(RecordTableModel):
    """Audit entries, newest first."""

    WHEN, WHO, WHAT, ORGANISATION, PACKAGE, SUMMARY = range(6)
    COLUMNS = ("when", "who", "what", "organisation", "package", "summary")
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "When"),
        QT_TRANSLATE_NOOP("Columns", "Who"),
        QT_TRANSLATE_NOOP("Columns", "What"),
        QT_TRANSLATE_NOOP("Columns", "Organisation"),
        QT_TRANSLATE_NOOP("Columns", "Package no."),
        QT_TRANSLATE_NOOP("Columns", "Details"),
    )

    def cell(self, record: AuditRow, column: int) -> str:
        entry = record.entry
        if column == self.WHEN:
            return texts.timestamp(entry.at)
        if column == self.WHO:
            return entry.actor
        if column == self.WHAT:
            return texts.action(entry.action)
        if column == self.ORGANISATION:
            return record.organisation
        if column == self.PACKAGE:
            return "" if entry.sequence is None else str(entry.sequence)
        if column == self.SUMMARY:
            return summary(entry)
        return ""

    def sort_key(self, record: AuditRow, column: int) -> Any:
        if column == self.WHEN:  # one comparable text: Qt cannot order Python tuples
            return f"{record.entry.at}|{record.entry.id:012d}"
        if column == self.PACKAGE:
            return record.entry.sequence or 0
        return super().sort_key(record, column)

    def search_text(self, record: AuditRow) -> str:
        entry = record.entry
        extra = json.dumps(entry.details, ensure_ascii=False)
        return " ".join([super().search_text(record), entry.record_id or "", extra]).casefold()


class AuditPage(Retranslatable, QWidget):
    """Signals:
    exported(str): the path of a written CSV file.
    """

    exported = Signal(str)

    def __init__(self, workspace: CatalogueWorkspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.model = AuditModel(self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search_label = QLabel(self)
        self.search_label.setTextFormat(Qt.TextFormat.PlainText)  # may hold package text
        self.search_label.setBuddy(self.search)
        self.action = QComboBox(self)
        self.action_label = QLabel(self)
        self.action_label.setTextFormat(Qt.TextFormat.PlainText)  # may hold package text
        self.action_label.setBuddy(self.action)
        self.organisation = QComboBox(self)
        self.organisation_label = QLabel(self)
        self.organisation_label.setTextFormat(Qt.TextFormat.PlainText)  # may hold package text
        self.organisation_label.setBuddy(self.organisation)
        self.period = QComboBox(self)
        self.period_label = QLabel(self)
        self.period_label.setTextFormat(Qt.TextFormat.PlainText)  # may hold package text
        self.period_label.setBuddy(self.period)
        for combo in (self.action, self.organisation, self.period):  # fit a small screen
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        self.personal_data = QCheckBox(self)  # unticked: the export names no contact person
        self.export_button = QPushButton(self)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(AuditModel.WHEN, Qt.SortOrder.DescendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AuditModel.SUMMARY, QHeaderView.ResizeMode.Stretch)
        self.details = QTextBrowser(self)
        self.count = QLabel(self)
        self.count.setTextFormat(Qt.TextFormat.PlainText)  # may hold package text
        filters = QHBoxLayout()
        for label, widget in (
            (self.search_label, self.search),
            (self.action_label, self.action),
            (self.organisation_label, self.organisation),
            (self.period_label, self.period),
        ):
            filters.addWidget(label)
            filters.addWidget(widget, 1 if widget is self.search else 0)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()  # the export below the list, so the filters fit a small screen
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.personal_data)
        bottom.addWidget(self.export_button)
        layout.addLayout(bottom)
        self._filling = False
        self.retranslate_ui()
        self.search.textChanged.connect(self.on_search_changed)
        self.action.currentIndexChanged.connect(self.on_filter_chosen)
        self.organisation.currentIndexChanged.connect(self.on_filter_chosen)
        self.period.currentIndexChanged.connect(self.on_filter_chosen)
        self.export_button.clicked.connect(self.on_export_clicked)
        self.table.selectionModel().currentRowChanged.connect(self.on_current_changed)
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self.on_rows_changed)

    def retranslate_ui(self) -> None:
        self.search_label.setText(self.tr("&Search:"))
        self.search.setAccessibleName(self.tr("Search the audit log"))
        self.action_label.setText(self.tr("&Action:"))
        self.action.setAccessibleName(self.tr("Action"))
        self.organisation_label.setText(self.tr("&Organisation:"))
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.period_label.setText(self.tr("&Period:"))
        self.period.setAccessibleName(self.tr("Period"))
        self.export_button.setText(self.tr("&Export as CSV…"))
        self.personal_data.setText(self.tr("With personal &data"))
        self.personal_data.setToolTip(
            self.tr(
                "Include the contact people's names, e-mail addresses and phone numbers in "
                "the exported change lists. Without it they are left out."
            )
        )
        self.table.setAccessibleName(self.tr("Audit log"))
        self.details.setAccessibleName(self.tr("The chosen audit entry in full"))
        self._filling = True
        try:
            self._refill(
                self.action,
                [(self.tr("All actions"), None)]
                + [(texts.action(code), code) for code in texts.ACTIONS],
            )
            self._refill(
                self.period,
                [
                    (self.tr("All time"), None),
                    (self.tr("Last 7 days"), 7),
                    (self.tr("Last 30 days"), 30),
                    (self.tr("Last 12 months"), 365),
                ],
            )
            names = [(self.tr("All organisations"), None)]
            if self.organisation.count() > 1:
                names += [
                    (self.organisation.itemText(i), self.organisation.itemData(i))
                    for i in range(1, self.organisation.count())
                ]
            self._refill(self.organisation, names)
        finally:
            self._filling = False
        self.model.refresh_all()
        self.update_count()
        self.show_details()

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, Any]]) -> None:
        chosen = combo.currentData()
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))

    # -- loading --------------------------------------------------------------------------
    def load(self) -> None:
        names = self._ws.organisation_names()
        self._filling = True
        try:
            self._refill(
                self.organisation,
                [
                    (self.tr("All organisations"), None),
                    *sorted(
                        ((name, org_id) for org_id, name in names.items()),
                        key=lambda p: p[0].casefold(),
                    ),
                ],
            )
        finally:
            self._filling = False
        days = self.period.currentData()
        since = datetime.now(UTC) - timedelta(days=days) if days else None
        entries = self._ws.audit(
            organisation_id=self.organisation.currentData(),
            action=self.action.currentData(),
            since=since,
        )
        self.model.set_records(
            [AuditRow(e, names.get(e.organisation_id or "", "")) for e in entries]
        )
        self.update_count()
        self.show_details()

    def on_catalogue_changed(self, changes: Changes) -> None:
        if "audit" in changes.lists:
            self.load()

    def on_filter_chosen(self, _index: int) -> None:
        if not self._filling:
            self.load()

    def on_search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self.update_count()

    def on_rows_changed(self, *_args: object) -> None:
        """Rows came or went (a search, a reload): the count and the details follow."""
        self.update_count()
        self.show_details()

    def update_count(self, *_args: object) -> None:
        self.count.setText(self.tr("%n entry(ies) shown", "", self.proxy.rowCount()))

    # -- details --------------------------------------------------------------------------
    def shown_rows(self) -> list[AuditRow]:
        return [
            self.proxy.data(self.proxy.index(row, 0), Qt.ItemDataRole.UserRole + 1)
            for row in range(self.proxy.rowCount())
        ]

    def current_row(self) -> AuditRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row: AuditRow = self.proxy.data(index, Qt.ItemDataRole.UserRole + 1)
        return row

    def on_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_details()

    def show_details(self) -> None:
        row = self.current_row()
        if row is None:
            self.details.setHtml("")
            return
        entry = row.entry
        parts = [
            f"<h3>{html.escape(texts.action(entry.action))}</h3>",
            "<p>"
            + html.escape(
                self.tr("{when} by {who}").format(when=texts.timestamp(entry.at), who=entry.actor)
            )
            + "</p>",
        ]
        facts = [
            (self.tr("Organisation"), row.organisation),
            (self.tr("Package no."), "" if entry.sequence is None else str(entry.sequence)),
            (self.tr("Package SHA-256"), entry.package_sha256 or ""),
            (self.tr("Record"), record_text(entry)),
            (self.tr("Summary"), summary(entry)),
        ]
        parts.append(
            "<table cellspacing='4'>"
            + "".join(
                f"<tr><th align='left'>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>"
                for k, v in facts
                if v
            )
            + "</table>"
        )
        changes = entry.details.get("changes") or []
        if changes:
            items = []
            for change in changes:
                what = field_label(str(change.get("record_type")), change.get("field"))
                label = f"{texts.change_kind(str(change.get('change')))}: {change.get('label')}"
                decision = (
                    self.tr("rejected: {reason}").format(reason=change.get("reason"))
                    if change.get("decision") == "reject"
                    else self.tr("accepted")
                )
                items.append(
                    f"<li>{html.escape(label)} – {html.escape(what)} – "
                    f"<b>{html.escape(decision)}</b></li>"
                )
            parts.append(f"<ul>{''.join(items)}</ul>")
        self.details.setHtml("".join(parts))

    # -- export ---------------------------------------------------------------------------
    def csv_text(self) -> str:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(CSV_COLUMNS)
        with_personal_data = self.personal_data.isChecked()

        def details(entry: AuditEntry) -> dict[str, Any]:
            return exported_details(entry, with_personal_data)

        for row in self.shown_rows():
            e = row.entry
            writer.writerow(
                [
                    csv_cell(v)
                    for v in (
                        e.at,
                        e.actor,
                        e.action,
                        e.organisation_id,
                        row.organisation,
                        e.record_id,
                        e.package_sha256,
                        e.sequence,
                        summary(e),
                        json.dumps(details(e), ensure_ascii=False, sort_keys=True),
                    )
                ]
            )
        return buffer.getvalue()

    def on_export_clicked(self) -> None:
        target = FileChooser.save(
            self,
            self.tr("Export the audit log"),
            Path("kuhina-audit-log.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if target is None:
            return
        try:
            write_file_atomic(target, self.csv_text().encode("utf-8-sig"))
        except Exception as error:  # known failures are explained, bugs reach the crash dialog
            show_error(self, error)
            return
        self.exported.emit(str(target))
