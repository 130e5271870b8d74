"""The catalogue view: every opportunity of every organisation in one searchable table,
the chosen one's details beside it, and hiding a record from publication (or showing it
again) with a reason.

The table is `CatalogueTableModel`, paged from the database, so 300,000 opportunities open
and filter as fast as a few. A record's details are read when it is chosen.

At start-up the page may exist before its workspace: built with the `source` of the
start-up's first rows (`services.catalogue_start`), it shows the unfiltered table, and its
filters, details and moderation wait for `attach_workspace`. Its module imports nothing of
the workspace's (SQLAlchemy) for that reason.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.catalogue.diff import CurrentRecords
from kuhina_desktop.domain.vocab import Vocabulary
from kuhina_desktop.services.changes import Changes
from kuhina_desktop.ui.coordinator.catalogue_filters import CatalogueFilterBar, CatalogueQuery
from kuhina_desktop.ui.coordinator.catalogue_table import CatalogueTableModel, PageSource
from kuhina_desktop.ui.coordinator.dialogs import ReasonDialog
from kuhina_desktop.ui.coordinator.values import record_html
from kuhina_desktop.ui.errors import show_error
from kuhina_desktop.ui.i18n import Retranslatable, current_language
from kuhina_desktop.ui.widgets.background import Executor

if TYPE_CHECKING:
    from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace


def search_page(ws: CatalogueWorkspace) -> Any:
    """The table's page source over the workspace's search."""

    def fetch(
        query: CatalogueQuery | None, order: str, offset: int, limit: int
    ) -> tuple[list[Any], int]:
        query = query or CatalogueQuery()
        result = ws.search(query.text, query.filters, order, offset, limit)
        return list(result.hits), result.total

    return fetch


COLUMN_WIDTHS = {
    CatalogueTableModel.ORGANISATION: 190,
    CatalogueTableModel.KIND: 140,
    CatalogueTableModel.STATUS: 80,
    CatalogueTableModel.UPDATED: 90,
    CatalogueTableModel.VISIBILITY: 90,
}


def references(records: CurrentRecords) -> dict[str, str]:
    """Names of the records an opportunity refers to: coaching environments, contacts."""
    lang = current_language()
    names: dict[str, str] = {}
    for env_id, env in records.environments.items():
        name = env.get("name") or {}
        names[env_id] = str(name.get(lang) or name.get("fi") or env_id)
    for contact in (records.organisation or {}).get("contacts") or []:
        if isinstance(contact, dict) and contact.get("id"):
            names[str(contact["id"])] = str(contact.get("name") or contact["id"])
    return names


def only_finnish(record: dict[str, Any]) -> bool:
    title = record.get("title") or {}
    return not (title.get("sv") or title.get("en"))


def hide_reason(ws: CatalogueWorkspace, organisation_id: str, record_id: str) -> str | None:
    """Why a record was hidden: the newest "hide" entry of the audit log for it."""
    for entry in ws.audit(organisation_id=organisation_id, action="hide"):
        if entry.record_id == record_id:
            return str(entry.details.get("reason") or "")
    return None


class CataloguePage(Retranslatable, QWidget):
    """Signals:
    catalogue_changed(object): a record was hidden or shown again (`Changes`).
    """

    catalogue_changed = Signal(object)

    def __init__(
        self,
        workspace: CatalogueWorkspace | None,
        vocab: Vocabulary,
        actor: str,
        *,
        executor: Executor | None = None,
        parent: QWidget | None = None,
        source: PageSource | None = None,
    ) -> None:
        """On `workspace`; or, with None, on the start-up's `source` of first rows until
        `attach_workspace`."""
        super().__init__(parent)
        self._ws = workspace
        self._vocab = vocab
        self._actor = actor
        self.filters = CatalogueFilterBar(vocab, self)
        self.filters.setEnabled(workspace is not None)  # the first rows are unfiltered
        self._keep: str | None = None  # the record to choose again when new rows arrive
        if workspace is not None:
            source = search_page(workspace)
        assert source is not None, "a page source or a workspace"
        self.model = CatalogueTableModel(source, vocab, self, executor=executor)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CatalogueTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        # Fixed widths: sizing to contents would fetch pages just to measure them.
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        self.count = QLabel(self)
        self.count.setTextFormat(Qt.TextFormat.PlainText)  # may hold package text
        self.details = QTextBrowser(self)
        self.details.setOpenLinks(False)
        self.hide_button = QPushButton(self)
        self.unhide_button = QPushButton(self)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.details, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hide_button)
        buttons.addWidget(self.unhide_button)
        right_layout.addLayout(buttons)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([940, 340])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)
        self.filters.query_changed.connect(self.on_query_changed)
        self.model.total_changed.connect(self.on_total_changed)
        self.model.modelReset.connect(self.on_model_reset)
        self.model.loading_changed.connect(self.on_loading_changed)
        self.model.failed.connect(self.on_search_failed)
        self.table.selectionModel().currentRowChanged.connect(self.on_current_changed)
        self.hide_button.clicked.connect(self.on_hide_clicked)
        self.unhide_button.clicked.connect(self.on_unhide_clicked)
        self.retranslate_ui()

    def attach_workspace(self, workspace: CatalogueWorkspace, actor: str) -> None:
        """The workspace is open: further pages, searches and details come from it (the
        rows shown stay, being the same)."""
        self._ws = workspace
        self._actor = actor
        self.model.set_source(search_page(workspace))
        self.filters.setEnabled(True)
        self.show_details()

    def retranslate_ui(self) -> None:
        self.table.setAccessibleName(self.tr("Opportunities in the catalogue"))
        self.details.setAccessibleName(self.tr("Details of the chosen opportunity"))
        self.hide_button.setText(self.tr("Hi&de from publication…"))
        self.unhide_button.setText(self.tr("Sho&w again"))
        self.on_total_changed(self.model.total)
        self.model.retranslate()
        self.show_details()

    def load(self) -> None:
        """Run the current search (first showing, or after the catalogue changed)."""
        if self.model.query is None:
            self.model.set_query(self.filters.query())
        else:
            self.refresh()

    def refresh(self, keep: str | None = None) -> None:
        self._keep = keep or self.current_id()
        self.model.refresh()

    def on_catalogue_changed(self, changes: Changes) -> None:
        wanted = {"opportunitys", "opportunities", "organisations", "environments"}
        if changes.lists & wanted and self.model.query is not None:
            self.refresh()

    # -- searching ------------------------------------------------------------------------
    def on_query_changed(self, query: CatalogueQuery) -> None:
        self._keep = self.current_id()
        self.model.set_query(query)

    def on_total_changed(self, total: int) -> None:
        self.count.setText(self.tr("%n opportunity(ies) match", "", total))

    def on_loading_changed(self, loading: bool) -> None:
        if loading:
            self.count.setText(self.tr("Searching…"))
        else:
            self.on_total_changed(self.model.total)

    def on_search_failed(self, error: BaseException) -> None:
        show_error(self, error)

    def on_model_reset(self) -> None:
        keep, self._keep = self._keep, None
        if keep:
            self.select(keep)
        self.show_details()

    # -- the chosen record ----------------------------------------------------------------
    def current_hit(self) -> Any | None:
        index = self.table.currentIndex()
        return self.model.hit(index.row()) if index.isValid() else None

    def current_id(self) -> str | None:
        hit = self.current_hit()
        return str(hit.id) if hit is not None else None

    def select(self, record_id: str) -> bool:
        row = self.model.row_of(record_id)
        if row < 0:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def on_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_details()

    def show_details(self) -> None:
        hit = self.current_hit()
        ws = self._ws
        self.hide_button.setEnabled(ws is not None and hit is not None and not hit.hidden)
        self.unhide_button.setEnabled(ws is not None and hit is not None and bool(hit.hidden))
        if hit is None:
            self.details.setHtml(
                "<p>" + html.escape(self.tr("Choose an opportunity to see its details.")) + "</p>"
            )
            return
        if ws is None:  # the start-up's first rows: the details come with the workspace
            self.details.setHtml(
                f"<h2>{html.escape(hit.title_fi)}</h2><p>{html.escape(hit.organisation_name)}</p>"
            )
            return
        records = ws.records_of(hit.organisation_id)
        record = records.opportunities.get(hit.id)
        parts = [
            f"<h2>{html.escape(hit.title_fi)}</h2>",
            f"<p>{html.escape(hit.organisation_name)}</p>",
        ]
        if hit.hidden:
            why = hide_reason(ws, hit.organisation_id, hit.id)
            if hit.id not in records.hidden:
                note = self.tr("Hidden from publication: the whole organisation is hidden.")
            else:
                note = self.tr("Hidden from publication. Reason: {reason}").format(
                    reason=why or "–"
                )
            parts.append(f"<p><b>{html.escape(note)}</b></p>")
        if record is not None:
            parts.append(
                record_html(
                    self._vocab,
                    "opportunity",
                    record,
                    references(records),
                    skip=("id", "title") if only_finnish(record) else ("id",),
                )
            )
        self.details.setHtml("".join(parts))

    # -- moderation -----------------------------------------------------------------------
    def on_hide_clicked(self) -> None:
        hit = self.current_hit()
        ws = self._ws
        if hit is None or hit.hidden or ws is None:
            return
        reason = ReasonDialog.ask(
            self,
            self.tr("Hide from publication"),
            self.tr(
                'Why do you hide "{title}"? It stays out of every output (web catalogue, '
                "Excel, open data) until you show it again, also after new packages. The "
                "reason goes to the audit log."
            ).format(title=hit.title_fi),
        )
        if reason:
            self._moderate(lambda: ws.hide(hit.id, reason, self._actor), hit.id)

    def on_unhide_clicked(self) -> None:
        hit = self.current_hit()
        ws = self._ws
        if hit is None or not hit.hidden or ws is None:
            return
        self._moderate(lambda: ws.unhide(hit.id, self._actor), hit.id)

    def _moderate(self, action: Any, record_id: str) -> None:
        try:
            changes: Changes = action()
        except Exception as error:  # a known failure is shown, a bug reaches the crash dialog
            show_error(self, error)
            return
        self.refresh(keep=record_id)
        self.catalogue_changed.emit(changes)
