"""Reviewing packages before they go into the catalogue, and applying them.

The dialog goes through one or several packages (a day's arrivals, chosen together in the
inbox, oldest first): "Previous" and "Next" move between them, each keeps its own
decisions. For the current package it shows the changes grouped by record
(`ReviewModel`), the selected change in full beside the list (old → new with the changed
words marked), and lets the coordinator accept or reject changes (a rejection asks for a
reason) or accept them all. What a rejection means for other records (an opportunity at a
rejected new place is rejected too; one at a place whose change is rejected keeps the
place as it is) is said in plain words under the list as soon as it is decided. Findings
about the sender (a name or business ID like another organisation's) are shown on top.

"Import" applies the current package's decisions in one transaction off the UI thread and
moves on to the next package; "Accept all remaining" imports the current package and every
following one not yet imported, each with all its changes accepted. Each result is shown
and sent as `applied` (the outcome) and `package_applied` (the target's key and outcome).

The dialog is opened with `open()` (window-modal, not blocking), so a test drives it like
a user would.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QKeySequence, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.catalogue.review import ACCEPT, REJECT, PackageReview, ReviewedChange
from kuhina_desktop.domain.vocab import Vocabulary
from kuhina_desktop.services.catalogue_results import IMPORTED, ImportOutcome
from kuhina_desktop.services.review_dependencies import consequences_of, references_of
from kuhina_desktop.ui.coordinator import review_details, texts
from kuhina_desktop.ui.coordinator.dialogs import ReasonDialog
from kuhina_desktop.ui.coordinator.review_model import RecordGroup, ReviewModel
from kuhina_desktop.ui.errors import error_message, is_known, show_error
from kuhina_desktop.ui.i18n import Retranslatable
from kuhina_desktop.ui.widgets.background import BackgroundOperation, Executor
from kuhina_desktop.ui.widgets.confirm import Confirm
from kuhina_desktop.ui.widgets.wrapping_delegate import WrappingDelegate

ImportWork = Callable[[Any], ImportOutcome]  # takes a ReviewFile; runs off the UI thread


@dataclass
class ReviewTarget:
    """One package to review: `key` names it to the caller (the inbox entry's id)."""

    key: str
    review: PackageReview
    import_work: ImportWork
    diff: Any = None  # the PackageDiff the review was made from: consequences and names
    findings: tuple[Any, ...] = ()  # whom the sender resembles (impostor checks)
    outcome: ImportOutcome | None = None
    model: ReviewModel | None = field(default=None, repr=False)


class ReviewDialog(Retranslatable, QDialog):
    """Signals:
    applied(object): the `ImportOutcome` of an import, whatever it was.
    package_applied(str, object): the target's key and its `ImportOutcome`.
    """

    applied = Signal(object)
    package_applied = Signal(str, object)

    def __init__(
        self,
        targets: list[ReviewTarget],
        vocab: Vocabulary,
        *,
        executor: Executor | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if not targets:
            raise ValueError("nothing to review")
        self._vocab = vocab
        self._executor = executor
        self.targets = list(targets)
        self.position = 0
        self._remaining: list[int] = []  # packages "accept all remaining" still imports
        self.position_label = QLabel(self)
        self.previous_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # may hold package text
        self.heading.setWordWrap(True)
        self.findings_label = QLabel(self)
        self.findings_label.setTextFormat(Qt.TextFormat.PlainText)  # holds package text
        self.findings_label.setWordWrap(True)
        self.findings_label.setObjectName("warning")
        self.tree = QTreeView(self)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAlternatingRowColors(True)
        # Long values wrap at word boundaries in their cells (rows grow), never mid-word.
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))  # rows as tall as their text
        self.details = QTextBrowser(self)
        self.details.setOpenLinks(False)
        self.details.setWordWrapMode(QTextOption.WrapMode.WordWrap)  # never inside a word
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.consequences = QLabel(self)
        self.consequences.setTextFormat(Qt.TextFormat.PlainText)  # holds package text
        self.consequences.setWordWrap(True)
        self.accept_button = QPushButton(self)
        self.reject_button = QPushButton(self)
        self.accept_all_button = QPushButton(self)
        self.import_button = QPushButton(self)
        self.remaining_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.accept_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.reject_button.setShortcut(QKeySequence("Ctrl+Backspace"))
        self.previous_button.setShortcut(QKeySequence("Alt+Left"))
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        self.import_button.setDefault(True)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # may hold package text
        self.result_label = QLabel(self)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)  # may hold package text
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self.position_label, 1)
        top.addWidget(self.previous_button)
        top.addWidget(self.next_button)
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.reject_button, self.accept_all_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.import_button, self.remaining_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addWidget(self.findings_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.consequences)
        layout.addWidget(self.summary)
        layout.addWidget(self.result_label)
        layout.addLayout(buttons)

        self.previous_button.clicked.connect(self.on_previous_clicked)
        self.next_button.clicked.connect(self.on_next_clicked)
        self.accept_button.clicked.connect(self.on_accept_clicked)
        self.reject_button.clicked.connect(self.on_reject_clicked)
        self.accept_all_button.clicked.connect(self.on_accept_all_clicked)
        self.import_button.clicked.connect(self.on_import_clicked)
        self.remaining_button.clicked.connect(self.on_accept_remaining_clicked)
        self.close_button.clicked.connect(self.reject)
        self._fit_screen(splitter)
        self.show_package(0)

    def _fit_screen(self, splitter: QSplitter) -> None:
        """1260×720 where there is room, never more than the screen's free area."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else None
        width = min(1260, area.width() - 40) if area is not None else 1260
        height = min(720, area.height() - 60) if area is not None else 720
        self.resize(width, height)
        splitter.setSizes([width * 3 // 5, width * 2 // 5])

    # -- packages -------------------------------------------------------------------------
    @property
    def target(self) -> ReviewTarget:
        return self.targets[self.position]

    @property
    def model(self) -> ReviewModel:
        target = self.target
        if target.model is None:
            references = references_of(target.diff) if target.diff is not None else {}
            target.model = ReviewModel(target.review, self._vocab, self, references=references)
            target.model.decisions_changed.connect(self.on_decisions_changed)
        return target.model

    def show_package(self, position: int) -> None:
        self.position = max(0, min(position, len(self.targets) - 1))
        model = self.model
        self.tree.setModel(model)
        self.tree.expandAll()
        width = max(self.tree.width(), self.width() * 3 // 5 - 24)  # before the first layout
        for column, share in (
            (ReviewModel.RECORD, 30),
            (ReviewModel.CHANGE, 12),
            (ReviewModel.OLD, 20),
            (ReviewModel.NEW, 20),
        ):
            self.tree.setColumnWidth(column, max(90, width * share // 100))
        # A record's name wraps at its words; the column is wide enough for the longest
        # word (Finnish compounds are long), up to less than half of the list.
        longest = self._longest_word(model, ReviewModel.RECORD)
        if longest > self.tree.columnWidth(ReviewModel.RECORD):
            self.tree.setColumnWidth(ReviewModel.RECORD, min(longest, width * 45 // 100))
        self.tree.selectionModel().currentRowChanged.connect(self.on_current_changed)
        if model.rowCount():
            self.tree.setCurrentIndex(model.index(0, 0))
        self.tree.setFocus()
        self.retranslate_ui()

    def _longest_word(self, model: ReviewModel, column: int) -> int:
        """The width a column needs for its longest word, in the rows' own fonts, with
        the first level's indentation and the cell's margins."""
        margin = 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        widest = 0
        for row in range(model.rowCount()):
            index = model.index(row, column)
            font = model.data(index, Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(font if isinstance(font, QFont) else self.tree.font())
            words = str(model.data(index) or "").split()
            widest = max([widest, *(metrics.horizontalAdvance(w) for w in words)])
        return widest + margin + self.tree.indentation() + 4

    def on_previous_clicked(self) -> None:
        if self.position > 0:
            self.show_package(self.position - 1)

    def on_next_clicked(self) -> None:
        if self.position < len(self.targets) - 1:
            self.show_package(self.position + 1)

    def _next_open(self) -> int | None:
        """The first package after the current one not imported yet."""
        for position in range(self.position + 1, len(self.targets)):
            if self.targets[position].outcome is None:
                return position
        return None

    # -- texts ----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        target, review = self.target, self.target.review
        self.setWindowTitle(
            self.tr("Review the package of {name}").format(name=review.organisation_name)
        )
        self.position_label.setText(
            self.tr("Package {number} of {count}: {name}").format(
                number=self.position + 1, count=len(self.targets), name=review.organisation_name
            )
        )
        several = len(self.targets) > 1
        for button in (self.previous_button, self.next_button, self.remaining_button):
            button.setVisible(several)
        self.previous_button.setText(self.tr("◀ &Previous package"))
        self.next_button.setText(self.tr("&Next package ▶"))
        self.previous_button.setEnabled(self.position > 0)
        self.next_button.setEnabled(self.position < len(self.targets) - 1)
        counts = review.summary
        heading = self.tr(
            "Package no. {sequence} of {name}: {added} new, {changed} changed and {removed} "
            "removed records. Every change is accepted unless you reject it."
        ).format(
            sequence=review.sequence,
            name=review.organisation_name,
            added=counts.get("added", 0),
            changed=counts.get("changed", 0),
            removed=counts.get("removed", 0),
        )
        if counts.get("hidden_changes"):
            heading += " " + self.tr(
                "%n change(s) concern records you have hidden; they stay hidden.",
                "",
                counts["hidden_changes"],
            )
        self.heading.setText(heading)
        self.findings_label.setText(
            "\n".join(
                self.tr("Warning: {finding}").format(finding=texts.finding(f))
                for f in target.findings
            )
        )
        self.findings_label.setVisible(bool(target.findings))
        self.tree.setAccessibleName(self.tr("Changes in the package"))
        self.details.setAccessibleName(self.tr("The selected change in full"))
        self.consequences.setAccessibleName(self.tr("What the rejections mean"))
        self.accept_button.setText(self.tr("&Accept"))
        self.accept_button.setToolTip(self.tr("Accept the selected changes (Ctrl+Enter)"))
        self.reject_button.setText(self.tr("&Reject…"))
        self.reject_button.setToolTip(
            self.tr("Reject the selected changes, with a reason (Ctrl+Backspace)")
        )
        self.accept_all_button.setText(self.tr("Accept a&ll"))
        self.import_button.setText(self.tr("&Import into the catalogue"))
        self.remaining_button.setText(self.tr("Accept all &remaining…"))
        self.remaining_button.setToolTip(
            self.tr(
                "Import this package and every following one not imported yet, each with all "
                "its changes accepted"
            )
        )
        self.close_button.setText(self.tr("Close") if target.outcome else self.tr("Cancel"))
        done = target.outcome is not None and target.outcome.status == IMPORTED
        for button in (self.accept_button, self.reject_button, self.accept_all_button):
            button.setEnabled(not done)
        self.import_button.setEnabled(not done)
        self.remaining_button.setEnabled(
            any(t.outcome is None for t in self.targets[self.position :])
        )
        self.result_label.setText(self._result_text(target.outcome) if target.outcome else "")
        self.on_decisions_changed(*self.model.counts())

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
        target = self.target
        said: list[str] = []
        if target.diff is not None:
            [review] = self.model.review_file().packages
            found = consequences_of(target.diff, review)
            self.model.set_forced(dict(found.forced))
            said = [review_details.consequence_text(c) for c in found.said]
            accepted, rejected = self.model.counts()
        self.consequences.setText("\n".join(f"• {line}" for line in said))
        self.consequences.setVisible(bool(said))
        self.summary.setText(
            self.tr("{accepted} accepted, {rejected} rejected").format(
                accepted=accepted, rejected=rejected
            )
        )
        self.show_current()

    def consequence_lines(self) -> list[str]:
        text = self.consequences.text()
        return [line.removeprefix("• ") for line in text.splitlines()] if text else []

    # -- details --------------------------------------------------------------------------
    def on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_current()

    def show_current(self) -> None:
        item = self.model.item(self.tree.currentIndex())
        if item is None:
            self.details.clear()
        elif isinstance(item, RecordGroup):
            self.details.setHtml(review_details.group_html(self.model, self._vocab, item))
        else:
            self.details.setHtml(review_details.change_html(self.model, item))

    # -- importing ------------------------------------------------------------------------
    def on_import_clicked(self) -> None:
        self._import(self.position, self.model.review_file())

    def on_accept_remaining_clicked(self) -> None:
        remaining = [
            p for p in range(self.position, len(self.targets)) if self.targets[p].outcome is None
        ]
        if not remaining:
            return
        if len(remaining) > 1 and not Confirm.ask(
            self,
            self.tr("Accept all remaining"),
            self.tr(
                "Import %n package(s), this one and the ones after it, each with all its "
                "changes accepted?",
                "",
                len(remaining),
            ),
            self.tr("Import"),
        ):
            return
        first, *self._remaining = remaining
        if first != self.position:
            self.show_package(first)
        self.model.accept_all()
        self._import(first, self.model.review_file())

    def _import(self, position: int, decisions: Any) -> None:
        target = self.targets[position]
        self.import_button.setEnabled(False)
        self.remaining_button.setEnabled(False)
        operation = BackgroundOperation(
            self,
            lambda progress: target.import_work(decisions),
            title=self.tr("Importing the package"),
            executor=self._executor,
        )
        operation.success(lambda outcome: self.on_imported(position, outcome))
        operation.failure(self.on_import_failed)
        operation.run()

    def _result_text(self, outcome: ImportOutcome) -> str:
        if outcome.status == IMPORTED:
            return self.tr("Imported: {applied} changes applied, {rejected} rejected.").format(
                applied=outcome.applied, rejected=outcome.rejected
            )
        return self.tr("Not imported: {reason}").format(
            reason=texts.reason(outcome.reason, outcome.params) or texts.change_kind(outcome.status)
        )

    def on_imported(self, position: int, outcome: ImportOutcome) -> None:
        target = self.targets[position]
        target.outcome = outcome
        self.applied.emit(outcome)
        self.package_applied.emit(target.key, outcome)
        if self._remaining:
            following = self._remaining.pop(0)
            self.show_package(following)
            self.model.accept_all()
            self._import(following, self.model.review_file())
            return
        following_open = self._next_open() if outcome.status == IMPORTED else None
        if following_open is not None:
            self.show_package(following_open)
            previous = self.targets[position].review.organisation_name
            following_name = self.targets[following_open].review.organisation_name
            self.result_label.setText(
                self.tr("{name}: {result} Next package: {next}.").format(
                    name=previous, result=self._result_text(outcome), next=following_name
                )
            )
        else:
            self.show_package(position)

    def on_import_failed(self, error: BaseException) -> None:
        self._remaining = []
        self.import_button.setEnabled(True)
        self.remaining_button.setEnabled(True)
        if not is_known(error):
            show_error(self, error)
        self.result_label.setText(
            self.tr("Not imported: {reason}").format(reason=error_message(error))
        )

    def select_change(self, change_id: str) -> bool:
        """Make the row of one change current (tests and keyboard navigation use it)."""
        model = self.model
        for row in range(model.rowCount()):
            parent = model.index(row, 0)
            group = model.item(parent)
            assert isinstance(group, RecordGroup)
            candidates = (
                [parent]
                if group.kind != "changed"
                else [model.index(i, 0, parent) for i in range(model.rowCount(parent))]
            )
            for index in candidates:
                if any(c.change_id == change_id for c in model.changes_at(index)) and (
                    index.parent().isValid() or group.kind != "changed"
                ):
                    self.tree.selectionModel().setCurrentIndex(
                        index,
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
                    return True
        return False
