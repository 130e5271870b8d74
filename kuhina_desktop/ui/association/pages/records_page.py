"""A list of records with search and a filter, and the chosen record's form beside it.

The page asks the workspace for the records, shows them through a table model and a
filter proxy, and loads the chosen one into its form. Deleting moves the selected records
to the bin. Whatever changes is reported with `changes_made`, so the main window can tell
the other pages (Anki's operation_did_execute).

The form is built the first time a record is chosen (a page with nothing chosen shows a
hint instead), and the columns are fitted to a sample of rows, so a page opens quickly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.services.changes import Changes
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.services.receipt_standing import Standings, standings
from kuhina_desktop.ui.errors import show_error
from kuhina_desktop.ui.i18n import Retranslatable
from kuhina_desktop.ui.widgets.column_fit import ColumnFit
from kuhina_desktop.ui.widgets.table_model import OBJECT_ROLE, RecordFilterProxy, RecordTableModel

if TYPE_CHECKING:  # the forms load when a record is first chosen
    from kuhina_desktop.ui.association.forms.base import RecordForm

# Columns are fitted to the text of this many rows (all of them would cost a call into
# the model per cell and role: a noticeable pause with a few hundred rows).
FIT_SAMPLE_ROWS = 40
RECEIPT_LISTS = frozenset({"receipts", "exports"})  # standings change with these too
SPLIT_WEIGHT = 1000  # the list's and the form's share of the page, before the user drags


class RecordsPage(Retranslatable, QWidget):
    """Signals:
    changes_made(object): the `Changes` of something done on this page.
    status_message(str): a short note for the status bar.
    """

    changes_made = Signal(object)
    status_message = Signal(str)
    TABLE = ""  # the workspace's table name: "environment" or "opportunity"
    LISTS = frozenset[str]()
    FIRST_FIELD = "name"

    def __init__(
        self,
        workspace: OrgWorkspace,
        model: RecordTableModel,
        make_form: Callable[[], RecordForm],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.model = model
        self._make_form = make_form
        self._form: RecordForm | None = None
        self._standings: Standings | None = None  # from the receipts; None: read again
        # A record made by "New" and what its form showed then: left untouched, it is
        # discarded rather than left behind as a blank record that blocks sending.
        self._fresh_id: str | None = None
        self._fresh_fields: Any = None
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(model)

        self.new_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.filter = QComboBox(self)
        self.search_label = QLabel(self)
        self.search_label.setBuddy(self.search)
        self.filter_label = QLabel(self)
        self.filter_label.setBuddy(self.filter)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setResizeContentsPrecision(FIT_SAMPLE_ROWS)
        self.table.setTabKeyNavigation(False)
        self.columns = ColumnFit(self.table, model.priority())

        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.on_delete_clicked)
        self.table.addAction(self.delete_action)

        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)

        # A tool bar, not a row of buttons: when the text is large (200 %) or the pane
        # narrow, the buttons that do not fit move into its ">>" menu instead of widening
        # the window.
        self.buttons = QToolBar(self)
        self.buttons.setMovable(False)
        self.buttons.setFloatable(False)
        self.buttons.addWidget(self.new_button)
        self.add_extra_buttons(self.buttons)
        self.buttons.addWidget(self.delete_button)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_label)
        search_row.addWidget(self.search, 2)
        search_row.addWidget(self.filter_label)
        search_row.addWidget(self.filter, 1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.buttons)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        # Half each: the form is built only when a row is chosen, so the pane's size hint
        # (a short hint text) must not decide its width.
        self.splitter.setSizes([SPLIT_WEIGHT, SPLIT_WEIGHT])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.new_button.clicked.connect(self.on_new_clicked)
        self.delete_button.clicked.connect(self.on_delete_clicked)
        self.search.textChanged.connect(self.on_search_changed)
        self.filter.activated.connect(self.on_filter_activated)
        self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.retranslate_ui()
        self.reload()

    @property
    def form(self) -> RecordForm:
        """The chosen record's form, built when first needed."""
        if self._form is None:
            form = self._make_form()
            form.receipt_marks.provider = self.current_standings
            self.stack.addWidget(form)
            form.saved.connect(self.on_form_saved)
            self._form = form
        return self._form

    def has_form(self) -> bool:
        return self._form is not None

    def set_editable(self, editable: bool) -> None:
        """Whether the page takes edits: its buttons, the Delete key and the form pane. The
        window shows the list before its workspace is open for writing (the list, search
        and filter work then; nothing can be changed)."""
        self.buttons.setEnabled(editable)
        self.stack.setEnabled(editable)
        self.delete_action.setEnabled(editable)

    # -- hooks for subclasses ---------------------------------------------------------
    def add_extra_buttons(self, bar: QToolBar) -> None:
        """Buttons between New and Delete."""

    def fetch(self) -> list[Any]:
        raise NotImplementedError

    def make_new(self) -> Any:
        raise NotImplementedError

    def save_record(self, record: Any) -> Changes:
        raise NotImplementedError

    def record_name(self, record: Any) -> str:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        self.delete_button.setText(self.tr("Move to bin"))
        self.delete_button.setToolTip(
            self.tr("Moves the selected rows to the bin (Delete). You can restore them from there.")
        )
        self.delete_action.setText(self.tr("Move to bin"))
        more = self.buttons.findChild(QToolButton, "qt_toolbar_ext_button")
        if more is not None:  # the tool bar's ">>" button for what does not fit
            more.setAccessibleName(self.tr("More buttons"))
            more.setToolTip(self.tr("More buttons"))
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Type words to search for"))
        self.search.setAccessibleName(self.tr("Search the list"))
        self.filter_label.setText(self.tr("S&how:"))
        self.filter.setAccessibleName(self.tr("Show only"))
        current = self.proxy.filter_key
        self.filter.clear()
        for key, label in self.model.filters():
            self.filter.addItem(label, key)
        self.filter.setCurrentIndex(max(self.filter.findData(current), 0))
        self.model.refresh_all()
        self.columns.fit(fresh=True)  # the titles are in another language

    # -- loading ----------------------------------------------------------------------
    def reload(self) -> None:
        """Read the records again; the selection and the open form stay."""
        first = self.model.rowCount() == 0
        set_standings = getattr(self.model, "set_standings", None)
        if set_standings is not None and self._standings is None:
            # Read again only after a receipt or a package (not after every edit). Before
            # the records: on the first load it then costs no second pass over the rows.
            self._standings = standings(self.workspace)
            set_standings(self._standings)
        self.model.set_records(self.fetch())
        self.columns.fit(fresh=first)  # as wide as the rows; what fits the list shows
        self._sync_form()

    def current_standings(self) -> Standings:
        if self._standings is None:
            self._standings = standings(self.workspace)
        return self._standings

    def on_workspace_changed(self, changes: Changes) -> None:
        if changes.lists & RECEIPT_LISTS:
            self._standings = None
        if changes.lists & (self.LISTS | RECEIPT_LISTS):
            self.reload()
            if "receipts" in changes.lists and self.has_form():
                self.form.refresh_receipt_marks()

    def selected_records(self) -> list[Any]:
        rows = self.table.selectionModel().selectedRows()
        return [self.proxy.data(index, OBJECT_ROLE) for index in rows]

    def select_record(self, record_id: str) -> bool:
        row = self.model.row_of(record_id)
        if row < 0:
            return False
        if self.proxy.mapFromSource(self.model.index(row, 0)).isValid() is False:
            self.search.clear()
            self.filter.setCurrentIndex(0)
            self.proxy.set_filter("all")
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _sync_form(self) -> None:
        records = self.selected_records()
        if len(records) == 1:
            record = records[0]
            if self.form.record_id != record.id:
                if not self._leave_form():
                    return
                self.form.load(record)
            self.stack.setCurrentWidget(self.form)
        else:
            if not self._leave_form():
                return
            if self._form is not None:
                self._form.clear()
            self.stack.setCurrentWidget(self.empty)
            # The context is spelt out: PySide's tr() looks plural forms up in the
            # subclass's context only, where lupdate never put them.
            self.empty.setText(
                QCoreApplication.translate(
                    "RecordsPage", "%n rows selected. Choose one row to edit it.", "", len(records)
                )
                if records
                else self.empty_text()
            )
        self.delete_button.setEnabled(bool(records))

    def _leave_form(self) -> bool:
        """Save before the form shows something else; on failure stay on the unsaved record,
        so what the user typed is not lost. A new record left untouched is discarded."""
        stray = self._untouched_new()
        if self._save_form() or self._form is None or self._form.record_id is None:
            if stray is not None:
                self._fresh_id = None
                QTimer.singleShot(0, lambda: self._discard(stray))
            return True
        self.select_record(self._form.record_id)
        return False

    def _untouched_new(self) -> str | None:
        """The id of the record "New" made, while its form is still as it was made."""
        form = self._form
        if form is None or self._fresh_id is None or form.record_id != self._fresh_id:
            return None
        return self._fresh_id if form.collect() == self._fresh_fields else None

    def _discard(self, record_id: str) -> None:
        try:
            changes = self.workspace.discard_new(self.TABLE, record_id)
        except Exception as exc:
            show_error(self, exc)
            return
        if self._form is not None and self._form.record_id == record_id:
            self._form.clear()
        self.reload()
        self.changes_made.emit(changes)

    def _save_form(self) -> bool:
        if self._form is None:
            return True
        self._form.flush()
        return not self._form.has_unsaved()

    def empty_text(self) -> str:
        return self.tr("Choose a row from the list, or press New.")

    def flush(self) -> bool:
        """Save the form's edit; False when it could not be saved (the user was told). A
        record "New" made and nobody filled in is discarded (the page is being left)."""
        stray = self._untouched_new()
        if stray is not None:
            self._fresh_id = None
            self._discard(stray)
            return True
        return self._save_form()

    # -- slots ------------------------------------------------------------------------
    def on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._sync_form()

    def on_search_changed(self, text: str) -> None:
        self.proxy.set_search(text)

    def on_filter_activated(self, index: int) -> None:
        self.proxy.set_filter(self.filter.itemData(index))

    def on_form_saved(self, changes: Changes) -> None:
        self.changes_made.emit(changes)
        self.status_message.emit(self.tr("Saved."))

    def on_new_clicked(self) -> None:
        if self._untouched_new() is not None:  # the blank one is still open: use it
            self.form.focus_field(self.FIRST_FIELD)
            return
        self.flush()
        record = self.make_new()
        self._add_and_open(record)
        if self.has_form() and self.form.record_id == record.id:
            self._fresh_id, self._fresh_fields = record.id, self.form.collect()

    def _add_and_open(self, record: Any) -> None:
        try:
            changes = self.save_record(record)
        except Exception as exc:
            show_error(self, exc)
            return
        self.search.clear()
        self.proxy.set_filter("all")
        self.filter.setCurrentIndex(0)
        self.model.upsert(record)
        self.select_record(record.id)
        self.form.load(record, fresh=True)
        self.changes_made.emit(changes)
        self.form.focus_field(self.FIRST_FIELD)

    def on_delete_clicked(self) -> None:
        records = self.selected_records()
        if not records:
            return
        if self._form is not None:
            self._form.flush()
            self._form.clear()
        changes = Changes()
        try:
            for record in records:
                changes.merge(self.workspace.delete(self.TABLE, record.id))
        except Exception as exc:
            show_error(self, exc)
        self.reload()
        self.changes_made.emit(changes)
        if len(records) == 1:
            self.status_message.emit(
                self.tr("“%1” was moved to the bin. You can restore it from the Bin page.").replace(
                    "%1", self.record_name(records[0])
                )
            )
        else:
            self.status_message.emit(
                QCoreApplication.translate(
                    "RecordsPage",
                    "%n rows were moved to the bin. You can restore them from the Bin page.",
                    "",
                    len(records),
                )
            )

    def focus_list(self) -> None:
        self.table.setFocus()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def current_index(self) -> QModelIndex:
        return self.table.currentIndex()
