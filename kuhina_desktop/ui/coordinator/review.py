"""Reviewing one package before it goes into the catalogue, and applying it.

The dialog shows the package's changes grouped by record (`ReviewModel`), the selected
change in full beside the list (old → new, a translated text per language, a whole new or
removed record field by field), and lets the coordinator accept or reject changes (a
rejection asks for a reason) or accept them all. "Import" applies the decisions in one
transaction off the UI thread; the result is shown in the dialog and sent as `applied`.

The dialog is opened with `open()` (window-modal, not blocking), so a test drives it like
a user would.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.catalogue.review import ACCEPT, REJECT, PackageReview, ReviewedChange
from kuhina_desktop.domain.vocab import Vocabulary
from kuhina_desktop.services.catalogue_results import IMPORTED, ImportOutcome
from kuhina_desktop.ui.coordinator import texts
from kuhina_desktop.ui.coordinator.dialogs import ReasonDialog
from kuhina_desktop.ui.coordinator.review_model import RecordGroup, ReviewModel
from kuhina_desktop.ui.coordinator.values import field_label, format_value, record_html
from kuhina_desktop.ui.errors import error_message, is_known, show_error
from kuhina_desktop.ui.i18n import Retranslatable
from kuhina_desktop.ui.widgets.background import BackgroundOperation, Executor

ImportWork = Any  # Callable[[ReviewFile], ImportOutcome], run off the UI thread


def _block(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


class ReviewDialog(Retranslatable, QDialog):
    """Signals:
    applied(object): the `ImportOutcome` of the import, whatever it was.
    """

    applied = Signal(object)

    def __init__(
        self,
        review: PackageReview,
        vocab: Vocabulary,
        import_work: ImportWork,
        *,
        executor: Executor | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vocab = vocab
        self._import_work = import_work
        self._executor = executor
        self.outcome: ImportOutcome | None = None
        self.model = ReviewModel(review, vocab, self)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # may hold package text
        self.heading.setWordWrap(True)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.expandAll()
        for column, width in (
            (ReviewModel.RECORD, 260),
            (ReviewModel.CHANGE, 110),
            (ReviewModel.OLD, 170),
            (ReviewModel.NEW, 170),
        ):
            self.tree.setColumnWidth(column, width)
        self.details = QTextBrowser(self)
        self.details.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([860, 380])
        self.accept_button = QPushButton(self)
        self.reject_button = QPushButton(self)
        self.accept_all_button = QPushButton(self)
        self.import_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.accept_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.reject_button.setShortcut(QKeySequence("Ctrl+Backspace"))
        self.import_button.setDefault(True)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # may hold package text
        self.result_label = QLabel(self)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)  # may hold package text
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.reject_button, self.accept_all_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.result_label)
        layout.addLayout(buttons)

        self.accept_button.clicked.connect(self.on_accept_clicked)
        self.reject_button.clicked.connect(self.on_reject_clicked)
        self.accept_all_button.clicked.connect(self.on_accept_all_clicked)
        self.import_button.clicked.connect(self.on_import_clicked)
        self.close_button.clicked.connect(self.reject)
        self.model.decisions_changed.connect(self.on_decisions_changed)
        self.tree.selectionModel().currentRowChanged.connect(self.on_current_changed)
        self.resize(1260, 720)
        self.retranslate_ui()
        if self.model.rowCount():
            self.tree.setCurrentIndex(self.model.index(0, 0))
        self.tree.setFocus()

    # -- texts ----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        review = self.model.review
        self.setWindowTitle(
            self.tr("Review the package of {name}").format(name=review.organisation_name)
        )
        counts = review.summary
        self.heading.setText(
            self.tr(
                "Package no. {sequence} of {name}: {added} new, {changed} changed and {removed} "
                "removed records. Every change is accepted unless you reject it."
            ).format(
                sequence=review.sequence,
                name=review.organisation_name,
                added=counts.get("added", 0),
                changed=counts.get("changed", 0),
                removed=counts.get("removed", 0),
            )
        )
        if counts.get("hidden_changes"):
            self.heading.setText(
                self.heading.text()
                + " "
                + self.tr(
                    "%n change(s) concern records you have hidden; they stay hidden.",
                    "",
                    counts["hidden_changes"],
                )
            )
        self.tree.setAccessibleName(self.tr("Changes in the package"))
        self.details.setAccessibleName(self.tr("The selected change in full"))
        self.accept_button.setText(self.tr("&Accept"))
        self.accept_button.setToolTip(self.tr("Accept the selected changes (Ctrl+Enter)"))
        self.reject_button.setText(self.tr("&Reject…"))
        self.reject_button.setToolTip(
            self.tr("Reject the selected changes, with a reason (Ctrl+Backspace)")
        )
        self.accept_all_button.setText(self.tr("Accept a&ll"))
        self.import_button.setText(self.tr("&Import into the catalogue"))
        self.close_button.setText(self.tr("Close") if self.outcome else self.tr("Cancel"))
        self.on_decisions_changed(*self.model.counts())
        self.show_current()

    # -- deciding -------------------------------------------------------------------------
    def selected_changes(self) -> list[ReviewedChange]:
        rows = self.tree.selectionModel().selectedRows()
        if not rows and self.tree.currentIndex().isValid():
            rows = [self.tree.currentIndex()]
        changes: dict[str, ReviewedChange] = {}
        for index in rows:
            for change in self.model.changes_at(index):
                changes[change.change_id] = change
        return list(changes.values())

    def on_accept_clicked(self) -> None:
        chosen = self.selected_changes()
        if chosen:
            self.model.set_decision([c.change_id for c in chosen], ACCEPT)

    def on_reject_clicked(self) -> None:
        chosen = self.selected_changes()
        if not chosen:
            return
        reason = ReasonDialog.ask(
            self,
            self.tr("Reject changes"),
            self.tr(
                "Why do you reject %n change(s)? The reason goes to the audit log.", "", len(chosen)
            ),
        )
        if reason:
            self.model.set_decision([c.change_id for c in chosen], REJECT, reason)

    def on_accept_all_clicked(self) -> None:
        self.model.accept_all()

    def on_decisions_changed(self, accepted: int, rejected: int) -> None:
        self.summary.setText(
            self.tr("{accepted} accepted, {rejected} rejected").format(
                accepted=accepted, rejected=rejected
            )
        )
        self.show_current()

    # -- details --------------------------------------------------------------------------
    def on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_current()

    def show_current(self) -> None:
        item = self.model.item(self.tree.currentIndex())
        if item is None:
            self.details.clear()
            return
        if isinstance(item, RecordGroup):
            self.details.setHtml(self._group_html(item))
        else:
            self.details.setHtml(self._change_html(item))

    def _decision_html(self, change: ReviewedChange) -> str:
        return f"<p><b>{_block(self.model.decision_text(change.change_id))}</b></p>"

    def _group_html(self, group: RecordGroup) -> str:
        title = f"<h3>{_block(texts.record_type(group.record_type))}: {_block(group.label)}</h3>"
        hidden = ""
        if group.hidden:
            hidden = (
                "<p><b>"
                + _block(
                    self.tr(
                        "You have hidden this record. It stays hidden whatever you decide here."
                    )
                )
                + "</p>"
            )
        if group.kind == "changed":
            rows = "".join(self._change_row(c) for c in group.changes)
            return title + hidden + f"<table cellspacing='4'>{rows}</table>"
        change = group.changes[0]
        record = change.new if change.kind == "added" else change.old
        intro = (
            self.tr("A new record:")
            if change.kind == "added"
            else self.tr(
                "The package no longer has this record; accepting removes it from the catalogue:"
            )
        )
        body = (
            record_html(self._vocab, group.record_type, record) if isinstance(record, dict) else ""
        )
        return title + hidden + self._decision_html(change) + f"<p>{_block(intro)}</p>" + body

    def _change_row(self, change: ReviewedChange) -> str:
        label = _block(field_label(change.record_type, change.field))
        old = _block(format_value(self._vocab, change.record_type, change.field, change.old))
        new = _block(format_value(self._vocab, change.record_type, change.field, change.new))
        decision = _block(self.model.decision_text(change.change_id))
        return (
            f"<tr><th align='left' valign='top'>{label}</th><td valign='top'>{old}</td>"
            f"<td valign='top'>→</td><td valign='top'>{new}</td>"
            f"<td valign='top'><i>{decision}</i></td></tr>"
        )

    def _change_html(self, change: ReviewedChange) -> str:
        label = _block(field_label(change.record_type, change.field))
        old = _block(format_value(self._vocab, change.record_type, change.field, change.old))
        new = _block(format_value(self._vocab, change.record_type, change.field, change.new))
        record = f"{texts.record_type(change.record_type)}: {change.label}"
        now = _block(self.tr("Now in the catalogue:"))
        incoming = _block(self.tr("In the package:"))
        return (
            f"<h3>{label}</h3><p>{_block(record)}</p>"
            + self._decision_html(change)
            + f"<p><b>{now}</b><br>{old}</p>"
            + f"<p><b>{incoming}</b><br>{new}</p>"
        )

    # -- importing ------------------------------------------------------------------------
    def on_import_clicked(self) -> None:
        decisions = self.model.review_file()
        self.import_button.setEnabled(False)
        operation = BackgroundOperation(
            self,
            lambda progress: self._import_work(decisions),
            title=self.tr("Importing the package"),
            executor=self._executor,
        )
        operation.success(self.on_imported).failure(self.on_import_failed)
        operation.run()

    def on_imported(self, outcome: ImportOutcome) -> None:
        self.outcome = outcome
        if outcome.status == IMPORTED:
            text = self.tr("Imported: {applied} changes applied, {rejected} rejected.").format(
                applied=outcome.applied, rejected=outcome.rejected
            )
            for button in (self.accept_button, self.reject_button, self.accept_all_button):
                button.setEnabled(False)
        else:
            text = self.tr("Not imported: {reason}").format(
                reason=texts.reason(outcome.reason, outcome.params)
                or texts.change_kind(outcome.status)
            )
            self.import_button.setEnabled(True)
        self.result_label.setText(text)
        self.close_button.setText(self.tr("Close"))
        self.applied.emit(outcome)

    def on_import_failed(self, error: BaseException) -> None:
        self.import_button.setEnabled(True)
        if not is_known(error):
            show_error(self, error)
        self.result_label.setText(
            self.tr("Not imported: {reason}").format(reason=error_message(error))
        )

    def select_change(self, change_id: str) -> bool:
        """Make the row of one change current (tests and keyboard navigation use it)."""
        for row in range(self.model.rowCount()):
            parent = self.model.index(row, 0)
            group = self.model.item(parent)
            assert isinstance(group, RecordGroup)
            candidates = (
                [parent]
                if group.kind != "changed"
                else [self.model.index(i, 0, parent) for i in range(self.model.rowCount(parent))]
            )
            for index in candidates:
                if any(c.change_id == change_id for c in self.model.changes_at(index)) and (
                    index.parent().isValid() or group.kind != "changed"
                ):
                    self.tree.selectionModel().setCurrentIndex(
                        index,
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
                    return True
        return False
