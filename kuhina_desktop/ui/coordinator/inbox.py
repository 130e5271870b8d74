"""The inbox: package files arrive (opened or dropped, many at once), are checked, waiting
organisations get their key confirmed, and each package is reviewed and imported.

Checking runs off the UI thread (`services.inbox`): every file is read once (bounded),
verified once and compared with the catalogue, which changes nothing. A package from an
organisation whose key is not trusted yet is then registered as waiting, so the
organisations view lists it too. After the key is trusted the kept package is compared
again (not read or verified again) and is ready for review; import takes the same verified
package.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
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

from kuhina_desktop.catalogue.diff import ORGANISATION
from kuhina_desktop.catalogue.review import ReviewFile
from kuhina_desktop.domain.vocab import Vocabulary
from kuhina_desktop.progress import Progress
from kuhina_desktop.services.catalogue_results import IMPORTED, PENDING_TRUST, ImportOutcome
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from kuhina_desktop.services.changes import Changes
from kuhina_desktop.services.inbox import (
    check_package_file,
    import_checked,
    recheck_package,
)
from kuhina_desktop.services.package_file import SUFFIX
from kuhina_desktop.services.review_files import review_of
from kuhina_desktop.services.signing_keys import fingerprint_display
from kuhina_desktop.ui.coordinator.dialogs import FileChooser
from kuhina_desktop.ui.coordinator.inbox_model import (
    READY,
    WAITING,
    InboxEntry,
    InboxModel,
)
from kuhina_desktop.ui.coordinator.review import ReviewDialog, ReviewTarget
from kuhina_desktop.ui.coordinator.trust import KeyToConfirm, TrustDialog
from kuhina_desktop.ui.i18n import Retranslatable
from kuhina_desktop.ui.widgets.background import BackgroundOperation, Executor
from kuhina_desktop.ui.widgets.table_model import RecordFilterProxy


def check_entry(
    ws: CatalogueWorkspace, path: Path, actor: str, known: InboxEntry | None = None
) -> InboxEntry:
    """Read, verify and compare one file; register it as waiting if its key is unknown.
    With `known`, the entry of a package verified before: compare that package again.

    Runs in the worker thread: no widgets here.
    """
    if known is not None and known.verified is not None:
        checked = recheck_package(ws, known.checked(), actor, file=path.name)
    else:
        checked = check_package_file(ws, path, actor)
    return InboxEntry(
        path, checked.raw, checked.item, checked.outcome, checked.error, checked.verified
    )


def organisation_details(entry: InboxEntry) -> dict[str, Any]:
    """The organisation's record as the package describes it (from the diff)."""
    item = entry.item
    if item is None or item.diff is None:
        return {}
    for record in item.diff.records:
        if record.record_type == ORGANISATION:
            return dict(record.new or record.old or {})
    return {}


class InboxPage(Retranslatable, QWidget):
    """Signals:
    catalogue_changed(object): an import or a trust decision changed the catalogue
        (`Changes`; its `lists` say which views to refresh).
    entries_checked(list): package files were checked (their `InboxEntry` rows).
    """

    catalogue_changed = Signal(object)
    entries_checked = Signal(list)

    def __init__(
        self,
        workspace: CatalogueWorkspace,
        vocab: Vocabulary,
        actor: str,
        *,
        executor: Executor | None = None,
        trusted_fingerprint: Callable[[str], str | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._vocab = vocab
        self._actor = actor
        self._executor = executor
        self._trusted_fingerprint = trusted_fingerprint or (lambda _org: None)
        self.review_dialog: ReviewDialog | None = None
        self.trust_dialog: TrustDialog | None = None
        self.setAcceptDrops(True)
        self.model = InboxModel(self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.intro = QLabel(self)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)  # may hold package text
        self.intro.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several packages can be chosen and reviewed in one go (a day's arrivals).
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(InboxModel.ARRIVED, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(InboxModel.ORGANISATION, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(InboxModel.ORGANISATION, 230)
        header.setSectionResizeMode(InboxModel.VERIFICATION, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        self.add_button = QPushButton(self)
        self.add_button.setShortcut(QKeySequence.StandardKey.Open)
        self.trust_button = QPushButton(self)
        self.review_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.receipts_button = QPushButton(self)  # after imports: "Tee kuittaukset…"
        self.receipts_button.setVisible(False)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # may hold package text
        self.summary.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.trust_button, self.review_button):
            buttons.addWidget(button)
        buttons.addWidget(self.receipts_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.add_button.clicked.connect(self.on_add_clicked)
        self.trust_button.clicked.connect(self.on_trust_clicked)
        self.review_button.clicked.connect(self.on_review_clicked)
        self.remove_button.clicked.connect(self.on_remove_clicked)
        self.receipts_button.clicked.connect(self.on_receipts_clicked)
        self.table.doubleClicked.connect(self.on_row_activated)
        self.table.selectionModel().currentRowChanged.connect(self.on_current_changed)
        self.table.selectionModel().selectionChanged.connect(self.on_current_changed)
        self.model.rowsInserted.connect(self.on_rows_changed)
        self.model.rowsRemoved.connect(self.on_rows_changed)
        self.model.dataChanged.connect(self.on_rows_changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                "Packages from the associations arrive here. Drag .kuhina files onto this list "
                'or choose "Add packages". Each one is checked: its signature, its contents and '
                "what it would change in the catalogue. Nothing changes until you import it."
            )
        )
        self.table.setAccessibleName(self.tr("Packages in the inbox"))
        self.add_button.setText(self.tr("&Add packages…"))
        self.add_button.setToolTip(self.tr("Open .kuhina files (Ctrl+O)"))
        self.trust_button.setText(self.tr("&Confirm key…"))
        self.review_button.setText(self.tr("&Review and import…"))
        self.remove_button.setText(self.tr("Remove from list"))
        self.model.refresh_all()
        self.on_rows_changed()

    # -- adding files ---------------------------------------------------------------------
    def on_add_clicked(self) -> None:
        paths = FileChooser.packages(
            self, self.tr("Add packages"), self.tr("Kuhina packages (*.kuhina);;All files (*)")
        )
        if paths:
            self.add_files(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        files = [p for p in paths if p.is_file()]
        for folder in (p for p in paths if p.is_dir()):
            files.extend(sorted(folder.glob(f"*{SUFFIX}")))
        if files:
            event.acceptProposedAction()
            self.add_files(files)

    def add_files(self, paths: Sequence[Path]) -> BackgroundOperation:
        """Check the files off the UI thread; rows appear at once and fill in when done."""
        paths = list(dict.fromkeys(Path(p).resolve() for p in paths))
        for path in paths:
            self.model.upsert(InboxEntry(path))
        ws, actor, stage = self._ws, self._actor, self.tr("Checking packages")

        def work(progress: Progress) -> list[InboxEntry]:
            progress.start(len(paths), stage)
            done = []
            for path in paths:
                done.append(check_entry(ws, path, actor))
                progress.step()
            return done

        operation = BackgroundOperation(self, work, title=stage, executor=self._executor)
        operation.success(self.on_checked).failure(self.on_check_failed)
        return operation.run()

    def on_checked(self, entries: list[InboxEntry]) -> None:
        for entry in entries:
            self.model.upsert(entry)
        if any(e.outcome is not None and e.outcome.status == PENDING_TRUST for e in entries):
            self.catalogue_changed.emit(Changes(lists={"organisations", "audit"}))
        self.select_first(READY, WAITING)
        self.entries_checked.emit(entries)

    def on_check_failed(self, error: BaseException) -> None:
        from kuhina_desktop.ui.errors import show_error

        for entry in self.model.records:
            if entry.item is None and entry.error is None:
                self.model.upsert(InboxEntry(entry.path, error=self.tr("not checked")))
        show_error(self, error)

    # -- selection ------------------------------------------------------------------------
    def current_entry(self) -> InboxEntry | None:
        index = self.proxy.mapToSource(self.table.currentIndex())
        return self.model.entry(index)

    def select_entry(self, entry_id: str) -> None:
        row = self.model.row_of(entry_id)
        if row >= 0:
            self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))

    def select_first(self, *states: str) -> None:
        current = self.current_entry()
        if current is not None and current.state in states:
            return
        for entry in self.model.records:
            if entry.state in states:
                self.select_entry(entry.id)
                return

    def on_current_changed(self, *_args: object) -> None:
        self.update_buttons()

    def on_rows_changed(self, *_args: object) -> None:
        self.update_buttons()
        entries = self.model.records
        ready = sum(1 for e in entries if e.state == READY)
        waiting = sum(1 for e in entries if e.state == WAITING)
        self.summary.setText(
            self.tr(
                "{count} packages: {ready} ready to review, {waiting} waiting for a key to be "
                "confirmed."
            ).format(count=len(entries), ready=ready, waiting=waiting)
        )

    def selected_entries(self) -> list[InboxEntry]:
        """The chosen rows (the current one when nothing is selected), oldest arrival first."""
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        entries = [self.model.record(r) for r in sorted(rows) if 0 <= r < self.model.rowCount()]
        current = self.current_entry()
        if not entries and current is not None:
            entries = [current]
        return self.model.by_arrival(entries)

    def update_buttons(self) -> None:
        entry = self.current_entry()
        state = entry.state if entry is not None else None
        self.trust_button.setEnabled(state == WAITING)
        self.review_button.setEnabled(any(e.state == READY for e in self.selected_entries()))
        self.remove_button.setEnabled(entry is not None)

    def on_row_activated(self, _index: QModelIndex) -> None:
        entry = self.current_entry()
        if entry is not None and entry.state == WAITING:
            self.on_trust_clicked()
        elif entry is not None and entry.state == READY:
            self.on_review_clicked()

    def on_remove_clicked(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.model.set_records([e for e in self.model.records if e.id != entry.id])

    # -- trust ----------------------------------------------------------------------------
    def on_trust_clicked(self) -> None:
        entry = self.current_entry()
        if entry is None or entry.state != WAITING or entry.package is None:
            return
        package = entry.package
        item_flags = entry.item.flags if entry.item is not None else ()
        key = KeyToConfirm(
            organisation_id=package.organisation_id,
            organisation_name=package.organisation_name,
            fingerprint=package.fingerprint,
            display=fingerprint_display(package.public_key),
            details=organisation_details(entry),
            trusted_fingerprint=self._trusted_fingerprint(package.organisation_id),
            flags=tuple(item_flags),
            findings=entry.item.findings if entry.item is not None else (),
            workspace=str(self._ws.folder),
        )
        self.trust_dialog = TrustDialog(key, self)
        self.trust_dialog.confirmed.connect(self.on_key_confirmed)
        self.trust_dialog.open()

    def on_key_confirmed(self, organisation_id: str, fingerprint: str) -> None:
        ws, actor = self._ws, self._actor
        waiting = [
            e
            for e in self.model.records
            if e.package is not None and e.package.organisation_id == organisation_id
        ]

        def work(progress: Progress) -> tuple[Changes, list[InboxEntry]]:
            changes = ws.trust(organisation_id, fingerprint, actor)
            return changes, [check_entry(ws, e.path, actor, e) for e in waiting]

        operation = BackgroundOperation(
            self, work, title=self.tr("Trusting the key"), executor=self._executor
        )
        operation.success(self.on_trusted)
        operation.run()

    def on_trusted(self, result: tuple[Changes, list[InboxEntry]]) -> None:
        changes, entries = result
        for entry in entries:
            self.model.upsert(entry)
        self.catalogue_changed.emit(changes)
        self.update_buttons()

    def has_organisation(self, organisation_id: str) -> bool:
        return any(
            e.package is not None and e.package.organisation_id == organisation_id
            for e in self.model.records
        )

    def recheck_organisation(self, organisation_id: str, besides: str | None = None) -> None:
        """Check an organisation's packages again: its key or its records changed."""
        ws, actor = self._ws, self._actor
        again = [
            e
            for e in self.model.records
            if e.package is not None
            and e.package.organisation_id == organisation_id
            and e.id != besides
            and e.verified is not None
        ]
        if not again:
            return
        operation = BackgroundOperation(
            self,
            lambda progress: [check_entry(ws, e.path, actor, e) for e in again],
            title=self.tr("Checking packages"),
            executor=self._executor,
        )
        operation.success(self.on_checked)
        operation.run()

    # -- review ---------------------------------------------------------------------------
    def on_review_clicked(self) -> None:
        """Review the chosen ready packages in one flow, oldest arrival first; of several
        packages of one organisation only the newest (it carries every change)."""
        newest: dict[str, InboxEntry] = {}
        for entry in self.selected_entries():
            if entry.state != READY or entry.item is None or entry.verified is None:
                continue
            org = entry.package.organisation_id
            if org not in newest or newest[org].package.sequence < entry.package.sequence:
                newest[org] = entry
        targets = [
            target
            for entry in self.model.by_arrival(list(newest.values()))
            if (target := self._review_target(entry)) is not None
        ]
        if not targets:
            return
        dialog = ReviewDialog(targets, self._vocab, executor=self._executor, parent=self)
        dialog.package_applied.connect(self.on_applied)
        self.review_dialog = dialog
        dialog.open()

    def _review_target(self, entry: InboxEntry) -> ReviewTarget | None:
        assert entry.item is not None
        review = review_of(entry.item)
        if review is None:
            return None
        ws, actor, checked, name = self._ws, self._actor, entry.checked(), entry.path.name

        def import_work(decisions: ReviewFile) -> ImportOutcome:
            return import_checked(ws, checked, decisions, actor, file=name)

        return ReviewTarget(
            entry.id, review, import_work, entry.item.diff, tuple(entry.item.findings)
        )

    def imported_organisations(self) -> list[str]:
        """The organisations whose package was imported in this inbox, once each."""
        found = [
            e.outcome.package.organisation_id
            for e in self.model.records
            if e.outcome is not None and e.outcome.status == IMPORTED and e.outcome.package
        ]
        return list(dict.fromkeys(found))

    def on_receipts_clicked(self) -> None:
        """A receipt for each imported package, all into one folder (each audited)."""
        from kuhina_desktop.ui.coordinator import receipt_actions

        written = receipt_actions.make_receipts(
            self, self._ws, self.imported_organisations(), self._actor
        )
        if written:
            self.summary.setText(
                receipt_actions.t("receipt_ui_written", count=len(written),
                                  folder=str(written[0].parent))
            )  # fmt: skip
            self.catalogue_changed.emit(Changes(lists={"audit"}))

    def on_applied(self, entry_id: str, outcome: ImportOutcome) -> None:
        row = self.model.row_of(entry_id)
        if row >= 0:
            self.model.upsert(self.model.record(row).with_outcome(outcome))
        if outcome.done:
            self.catalogue_changed.emit(outcome.changes)
            if outcome.package is not None:
                self.recheck_organisation(outcome.package.organisation_id, besides=entry_id)
        self.update_buttons()
        self._show_receipts_button()

    def _show_receipts_button(self) -> None:
        from kuhina_desktop.ui.coordinator.receipt_actions import t

        self.receipts_button.setText(t("receipt_ui_after_import"))
        self.receipts_button.setVisible(bool(self.imported_organisations()))
