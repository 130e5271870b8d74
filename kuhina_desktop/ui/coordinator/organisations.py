"""The organisations view: every publisher the catalogue knows, its trust state and key
fingerprint, its last package, its record counts and whether it has gone stale; confirming
a waiting key, revoking trust, hiding a whole organisation, and the allowed_signers file.

The details below the table show the organisation's key history from the audit log:
first sight, confirmation, trust on first use, rotations signed by the previous key, and
revocation, so a key change never passes unseen.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
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

from kuhina_desktop.atomic_write import write_file_atomic
from kuhina_desktop.catalogue.review import ReviewFile
from kuhina_desktop.catalogue.status import OrganisationStatus
from kuhina_desktop.domain.vocab import Vocabulary, load_vocabulary
from kuhina_desktop.errors import KnownError
from kuhina_desktop.messages import translate
from kuhina_desktop.services.catalogue_results import ImportOutcome
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from kuhina_desktop.services.changes import Changes
from kuhina_desktop.ui.coordinator import receipt_actions, texts
from kuhina_desktop.ui.coordinator.dialogs import Confirm, FileChooser, ReasonDialog
from kuhina_desktop.ui.coordinator.review import ReviewDialog, ReviewTarget
from kuhina_desktop.ui.coordinator.trust import KeyToConfirm, TrustDialog
from kuhina_desktop.ui.errors import show_error
from kuhina_desktop.ui.i18n import Retranslatable, current_language
from kuhina_desktop.ui.noop import QT_TRANSLATE_NOOP
from kuhina_desktop.ui.widgets.background import Executor
from kuhina_desktop.ui.widgets.record_models import short_date
from kuhina_desktop.ui.widgets.table_model import RecordFilterProxy, RecordTableModel

C = "Organisations"


@dataclass(frozen=True)
class OrganisationEntry:
    status: OrganisationStatus

    @property
    def id(self) -> str:
        return self.status.organisation_id


class OrganisationsModel(RecordTableModel):
    """One row per organisation of the catalogue's trust registry."""

    (NAME, BUSINESS_ID, TRUST, FINGERPRINT, LAST, OPPORTUNITIES, CHECK_DUE, HIDDEN, STALE,
     NOTES) = range(10)  # fmt: skip
    COLUMNS = ("name", "business_id", "trust", "fingerprint", "last", "opportunities",
               "check_due", "hidden", "stale", "notes")  # fmt: skip
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Organisation"),
        QT_TRANSLATE_NOOP("Columns", "Business ID"),
        QT_TRANSLATE_NOOP("Columns", "Trust"),
        QT_TRANSLATE_NOOP("Columns", "Key fingerprint"),
        QT_TRANSLATE_NOOP("Columns", "Last package"),
        QT_TRANSLATE_NOOP("Columns", "Opportunities"),
        "Not checked for 6 months",  # headerData: a message code (checked_column_due)
        QT_TRANSLATE_NOOP("Columns", "Hidden"),
        QT_TRANSLATE_NOOP("Columns", "Stale"),
        QT_TRANSLATE_NOOP("Columns", "Notes"),
    )

    def cell(self, record: OrganisationEntry, column: int) -> str:
        status = record.status
        if column == self.NAME:
            return status.name
        if column == self.BUSINESS_ID:
            return status.business_id or ""
        if column == self.TRUST:
            return texts.trust_state(status.trust_state)
        if column == self.FINGERPRINT:  # shortened; the tooltip and the details show it all
            fingerprint = status.fingerprint or ""
            return fingerprint if len(fingerprint) <= 24 else fingerprint[:23] + "…"
        if column == self.LAST:
            if status.last_sequence is None:
                return QCoreApplication.translate("Organisations", "none imported")
            return QCoreApplication.translate("Organisations", "no. {sequence}, {date}").format(
                sequence=status.last_sequence, date=short_date(status.last_package_created_at)
            )
        if column == self.OPPORTUNITIES:
            counts = status.counts
            return QCoreApplication.translate(
                "Organisations", "{published} published of {total}"
            ).format(published=counts.get("published", 0), total=counts.get("opportunities", 0))
        if column == self.CHECK_DUE:
            return str(status.counts.get("check_due", 0))
        if column == self.HIDDEN:
            return texts.yes_no(status.hidden)
        if column == self.STALE:
            if status.stale:
                return QCoreApplication.translate("Organisations", "Yes: no package for 6 months")
            return texts.yes_no(False)
        if column == self.NOTES:
            return "; ".join(texts.flag(code) for code in status.flags)
        return ""

    def tooltip(self, record: OrganisationEntry, column: int) -> str | None:
        if column == self.FINGERPRINT:
            return record.status.fingerprint
        return None

    def sort_key(self, record: OrganisationEntry, column: int) -> Any:
        status = record.status
        if column == self.LAST:
            return status.last_package_created_at or ""
        if column == self.OPPORTUNITIES:
            return status.counts.get("opportunities", 0)
        if column == self.CHECK_DUE:
            return status.counts.get("check_due", 0)
        return super().sort_key(record, column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if (
            section == self.CHECK_DUE
            and orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return translate("checked_column_due", current_language())
        return super().headerData(section, orientation, role)


def key_display(fingerprint: str) -> str:
    """The line `ssh-keygen -l` prints for a package key (package keys carry no comment)."""
    return f"256 {fingerprint} no comment (ED25519)"


class OrganisationsPage(Retranslatable, QWidget):
    """Signals:
    catalogue_changed(object): trust, revocation or hiding changed the catalogue (`Changes`).
    key_trusted(str): an organisation's key was confirmed here (the inbox checks again, or
        `review_waiting` opens the package that waited in the catalogue).
    """

    catalogue_changed = Signal(object)
    key_trusted = Signal(str)

    def __init__(
        self,
        workspace: CatalogueWorkspace,
        actor: str,
        *,
        vocab: Vocabulary | None = None,
        executor: Executor | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._actor = actor
        self._vocab = vocab or load_vocabulary()
        self._executor = executor
        self.trust_dialog: TrustDialog | None = None
        self.review_dialog: ReviewDialog | None = None
        self.model = OrganisationsModel(self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(OrganisationsModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OrganisationsModel.NOTES, QHeaderView.ResizeMode.Stretch)
        self.details = QTextBrowser(self)
        self.trust_button = QPushButton(self)
        self.revoke_button = QPushButton(self)
        self.hide_button = QPushButton(self)
        self.unhide_button = QPushButton(self)
        self.signers_button = QPushButton(self)
        self.receipt_button = QPushButton(self)  # texts: message codes (receipt_actions)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # may hold package text
        buttons = QHBoxLayout()
        for button in (self.trust_button, self.revoke_button, self.hide_button, self.unhide_button):
            buttons.addWidget(button)
        buttons.addWidget(self.receipt_button)
        buttons.addStretch(1)
        buttons.addWidget(self.signers_button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        self.trust_button.clicked.connect(self.on_trust_clicked)
        self.revoke_button.clicked.connect(self.on_revoke_clicked)
        self.hide_button.clicked.connect(self.on_hide_clicked)
        self.unhide_button.clicked.connect(self.on_unhide_clicked)
        self.signers_button.clicked.connect(self.on_signers_clicked)
        self.receipt_button.clicked.connect(self.on_receipt_clicked)
        self.table.selectionModel().currentRowChanged.connect(self.on_current_changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.table.setAccessibleName(self.tr("Organisations"))
        self.details.setAccessibleName(self.tr("Key history of the chosen organisation"))
        self.trust_button.setText(self.tr("&Confirm key…"))
        self.revoke_button.setText(self.tr("Re&voke trust…"))
        self.hide_button.setText(self.tr("Hi&de organisation…"))
        self.unhide_button.setText(self.tr("&Show organisation again"))
        self.signers_button.setText(self.tr("Save allowed_signers file…"))
        self.receipt_button.setText(receipt_actions.t("receipt_ui_make_button"))
        self.receipt_button.setToolTip(receipt_actions.t("receipt_ui_make_tip"))
        self.signers_button.setToolTip(
            self.tr(
                "The trusted keys in OpenSSH's format, for checking packages with ssh-keygen -Y "
                "verify"
            )
        )
        self.model.refresh_all()
        self.update_summary()
        self.show_details()

    def load(self) -> None:
        keep = self.current_status()
        self.model.set_records([OrganisationEntry(s) for s in self._ws.status()])
        if keep is not None:
            self.select(keep.organisation_id)
        self.update_summary()
        self.show_details()

    def on_catalogue_changed(self, changes: Changes) -> None:
        if changes.lists & {"organisations", "keys", "opportunitys", "opportunities"}:
            self.load()

    def update_summary(self) -> None:
        statuses = [entry.status for entry in self.model.records]
        waiting = sum(1 for s in statuses if s.trust_state == "pending")
        stale = sum(1 for s in statuses if s.stale)
        self.summary.setText(
            self.tr(
                "{count} organisations: {waiting} waiting for key confirmation, {stale} stale."
            ).format(count=len(statuses), waiting=waiting, stale=stale)
        )

    # -- the chosen organisation ----------------------------------------------------------
    def current_status(self) -> OrganisationStatus | None:
        index = self.proxy.mapToSource(self.table.currentIndex())
        if not index.isValid():
            return None
        entry: OrganisationEntry = self.model.record(index.row())
        return entry.status

    def select(self, organisation_id: str) -> None:
        row = self.model.row_of(organisation_id)
        if row >= 0:
            self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))

    def on_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_details()

    def show_details(self) -> None:
        status = self.current_status()
        self.trust_button.setEnabled(status is not None and bool(status.pending_fingerprints))
        self.revoke_button.setEnabled(
            status is not None and status.trust_state in ("trusted", "pending")
        )
        self.hide_button.setEnabled(
            status is not None and not status.hidden and status.last_sequence is not None
        )
        self.unhide_button.setEnabled(status is not None and status.hidden)
        if status is None:
            self.details.setHtml(
                "<p>" + html.escape(self.tr("Choose an organisation to see its keys.")) + "</p>"
            )
            return
        lines = []
        for entry in reversed(self._ws.audit(organisation_id=status.organisation_id)):
            text = self.history_line(entry.action, entry.details)
            if text:
                lines.append(
                    f"<li>{html.escape(texts.timestamp(entry.at))} – "
                    f"{html.escape(entry.actor)}: {html.escape(text)}</li>"
                )
        heading = html.escape(self.tr("Key history of {name}").format(name=status.name))
        state = html.escape(f"{texts.trust_state(status.trust_state)}: {status.fingerprint or '–'}")
        self.details.setHtml(f"<h3>{heading}</h3><p><b>{state}</b></p><ul>{''.join(lines)}</ul>")

    def history_line(self, action: str, details: dict[str, Any]) -> str | None:
        fingerprint = str(details.get("fingerprint") or "")
        if action == "pending":
            return self.tr("key {fingerprint} seen, waiting for confirmation").format(
                fingerprint=fingerprint
            )
        if action == "trust":
            return self.tr("key {fingerprint} confirmed").format(fingerprint=fingerprint)
        if action == "revoke":
            return self.tr("trust revoked")
        if action == "import":
            key_action = details.get("key_action")
            if key_action == "rotate":
                return self.tr("key rotated to {fingerprint}, signed by the previous key").format(
                    fingerprint=fingerprint
                )
            if key_action == "trust_first_use":
                return self.tr("key {fingerprint} trusted on first use").format(
                    fingerprint=fingerprint
                )
            return None
        if action == "refused":
            return self.tr("package refused: {reason}").format(
                reason=texts.reason(details.get("reason"), details.get("params"))
            )
        return None

    # -- actions --------------------------------------------------------------------------
    def on_trust_clicked(self) -> None:
        status = self.current_status()
        if status is None or not status.pending_fingerprints:
            return
        fingerprint = status.pending_fingerprints[-1]
        records = self._ws.records_of(status.organisation_id)
        key = KeyToConfirm(
            organisation_id=status.organisation_id,
            organisation_name=status.name,
            fingerprint=fingerprint,
            display=key_display(fingerprint),
            details=records.organisation or {},
            trusted_fingerprint=status.fingerprint if status.trust_state == "trusted" else None,
            flags=status.flags,
            findings=status.findings,
            workspace=str(self._ws.folder),
        )
        self.trust_dialog = TrustDialog(key, self)
        self.trust_dialog.confirmed.connect(self.on_key_confirmed)
        self.trust_dialog.open()

    def on_key_confirmed(self, organisation_id: str, fingerprint: str) -> None:
        if self._run(lambda: self._ws.trust(organisation_id, fingerprint, self._actor)):
            self.key_trusted.emit(organisation_id)

    def review_waiting(self, organisation_id: str) -> bool:
        """Review and import the package that waited in the catalogue for its key to be
        trusted (it arrived through the command line or in an earlier session)."""
        ws, actor = self._ws, self._actor
        if not ws.waiting(organisation_id):
            return False
        outcome = ws.import_waiting(organisation_id, decisions=None, actor=actor)
        if outcome is None or outcome.review is None:
            if outcome is not None and not outcome.done:
                self.details.append(texts.reason(outcome.reason, outcome.params))
            return False

        def import_work(decisions: ReviewFile) -> ImportOutcome:
            done = ws.import_waiting(organisation_id, decisions=decisions, actor=actor)
            if done is None:  # imported meanwhile (another coordinator, the command line)
                raise KnownError("catalogue_review_stale", organisation=organisation_id)
            return done

        target = ReviewTarget(
            organisation_id, outcome.review, import_work, outcome.diff, outcome.findings
        )
        dialog = ReviewDialog([target], self._vocab, executor=self._executor, parent=self)
        dialog.applied.connect(self.on_waiting_applied)
        self.review_dialog = dialog
        dialog.open()
        return True

    def on_waiting_applied(self, outcome: ImportOutcome) -> None:
        self.load()
        if outcome.done:
            self.catalogue_changed.emit(outcome.changes)

    def on_revoke_clicked(self) -> None:
        status = self.current_status()
        if status is None:
            return
        if Confirm.ask(
            self,
            self.tr("Revoke trust"),
            self.tr(
                "Revoke trust in {name}? Its packages will be refused from now on, whichever "
                "key signed them. Its records stay in the catalogue until you hide them."
            ).format(name=status.name),
            self.tr("Revoke trust"),
        ):
            self._run(lambda: self._ws.revoke(status.organisation_id, self._actor))

    def on_hide_clicked(self) -> None:
        status = self.current_status()
        if status is None:
            return
        reason = ReasonDialog.ask(
            self,
            self.tr("Hide organisation"),
            self.tr(
                "Why do you hide {name}? All its opportunities stay out of every output until "
                "you show it again."
            ).format(name=status.name),
        )
        if reason:
            self._run(lambda: self._ws.hide(status.organisation_id, reason, self._actor))

    def on_unhide_clicked(self) -> None:
        status = self.current_status()
        if status is not None:
            self._run(lambda: self._ws.unhide(status.organisation_id, self._actor))

    def _run(self, action: Any) -> bool:
        try:
            changes: Changes = action()
        except Exception as error:  # known failures are explained, bugs reach the crash dialog
            show_error(self, error)
            return False
        self.load()
        self.catalogue_changed.emit(changes)
        return True

    def on_receipt_clicked(self) -> None:
        """The signed receipt for the chosen organisation's latest package (audited)."""
        status = self.current_status()
        if status is None:
            return
        written = receipt_actions.make_receipts(
            self, self._ws, [status.organisation_id], self._actor
        )
        if written:
            self.summary.setText(
                receipt_actions.t("receipt_ui_written", count=len(written),
                                  folder=str(written[0].parent))
            )  # fmt: skip
            self.catalogue_changed.emit(Changes(lists={"audit"}))

    def on_signers_clicked(self) -> None:
        target = FileChooser.save(
            self,
            self.tr("Save allowed_signers file"),
            Path("allowed_signers"),
            self.tr("All files (*)"),
        )
        if target is None:
            return
        try:
            write_file_atomic(target, self._ws.signers().encode("utf-8"))
        except Exception as error:  # known failures are explained, bugs reach the crash dialog
            show_error(self, error)
