"""The review of one package as a tree: records, and under a changed record its fields.

A new or removed record is one change (the record row itself); a changed record has one
change per field (`title.sv`, `address.street`...), shown old → new. Every change starts
accepted (docs/catalogue.md, merging step 3); the coordinator rejects a change with a
reason. Deciding on a changed record's row decides all its fields. Changes to
records the coordinator has hidden are marked in words.

`review_file()` returns the decisions as the catalogue's `ReviewFile`, which the import
checks against the package's current diff (a stale review is refused, never misapplied).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from kuhina_desktop.catalogue.review import (
    ACCEPT,
    REJECT,
    PackageReview,
    ReviewedChange,
    ReviewFile,
)
from kuhina_desktop.domain.model import now_timestamp
from kuhina_desktop.domain.vocab import Vocabulary
from kuhina_desktop.ui.coordinator import texts
from kuhina_desktop.ui.coordinator.review_words import cut_at_word
from kuhina_desktop.ui.coordinator.values import field_label, format_value
from kuhina_desktop.ui.noop import QT_TRANSLATE_NOOP
from kuhina_desktop.ui.widgets.plain_text import tooltip
from kuhina_desktop.ui.widgets.table_model import OBJECT_ROLE, header_text

Index = QModelIndex | QPersistentModelIndex
C = "Review"
GROUP = 0  # internal id of a record row; a field row's is its group's number + 1
MAX_CELL = 80


@dataclass
class RecordGroup:
    """The changes of one record."""

    record_type: str
    record_id: str
    label: str
    kind: str  # added | changed | removed
    hidden: bool
    changes: list[ReviewedChange]


def group_changes(review: PackageReview) -> list[RecordGroup]:
    groups: dict[tuple[str, str], RecordGroup] = {}
    for change in review.changes:
        key = (change.record_type, change.record_id)
        group = groups.get(key)
        if group is None:
            group = RecordGroup(
                change.record_type, change.record_id, change.label, change.kind, change.hidden, []
            )
            groups[key] = group
        group.changes.append(change)
    return list(groups.values())


def one_line(text: str) -> str:
    """A value for a cell: one line, cut after a whole word."""
    return cut_at_word(text, MAX_CELL)


class ReviewModel(QAbstractItemModel):
    """Signals:
    decisions_changed(int, int): changes accepted and rejected after a decision.
    """

    decisions_changed = Signal(int, int)

    RECORD, CHANGE, OLD, NEW, DECISION = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("Review", "Record or field"),
        QT_TRANSLATE_NOOP("Review", "Change"),
        QT_TRANSLATE_NOOP("Review", "Now in the catalogue"),
        QT_TRANSLATE_NOOP("Review", "In the package"),
        QT_TRANSLATE_NOOP("Review", "Decision"),
    )

    def __init__(
        self,
        review: PackageReview,
        vocab: Vocabulary,
        parent: QObject | None = None,
        *,
        references: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._review = review
        self._vocab = vocab
        self.references = dict(references or {})  # names of environments and contacts
        self._forced: dict[str, str] = {}  # change id → the rejected change it needs
        self._labels = {c.change_id: c.label for c in review.changes}
        self._groups = group_changes(review)
        self._decisions: dict[str, tuple[str, str | None]] = {
            c.change_id: (ACCEPT, None) for c in review.changes
        }

    @property
    def review(self) -> PackageReview:
        return self._review

    @property
    def groups(self) -> list[RecordGroup]:
        return list(self._groups)

    # -- decisions ----------------------------------------------------------------------
    def decision(self, change_id: str) -> tuple[str, str | None]:
        return self._decisions[change_id]

    def counts(self) -> tuple[int, int]:
        rejected = sum(1 for i in self._decisions if self.rejected(i))
        return len(self._decisions) - rejected, rejected

    def rejected(self, change_id: str) -> bool:
        """Rejected by the coordinator, or with a change it needs (dependencies)."""
        return self._decisions[change_id][0] == REJECT or change_id in self._forced

    def set_forced(self, forced: dict[str, str]) -> None:
        """The changes rejected because a change they need is rejected."""
        if forced != self._forced:
            self._forced = dict(forced)
            self._decisions_updated()

    def changes_at(self, index: QModelIndex) -> list[ReviewedChange]:
        """The changes a row stands for: a record row all of its record's, a field row one."""
        item = self.item(index)
        if isinstance(item, RecordGroup):
            return list(item.changes)
        return [item] if isinstance(item, ReviewedChange) else []

    def set_decision(self, change_ids: list[str], decision: str, reason: str | None = None) -> None:
        if decision == REJECT and not (reason or "").strip():
            raise ValueError("a rejection needs a reason")
        for change_id in change_ids:
            self._decisions[change_id] = (decision, (reason or "").strip() or None)
        self._decisions_updated()

    def accept_all(self) -> None:
        for change_id in self._decisions:
            self._decisions[change_id] = (ACCEPT, None)
        self._decisions_updated()

    def _decisions_updated(self) -> None:
        rows = self.rowCount()
        if rows:
            self.dataChanged.emit(self.index(0, self.DECISION), self.index(rows - 1, self.DECISION))
            for row in range(rows):
                parent = self.index(row, 0)
                children = self.rowCount(parent)
                if children:
                    self.dataChanged.emit(
                        self.index(0, self.DECISION, parent),
                        self.index(children - 1, self.DECISION, parent),
                    )
        self.decisions_changed.emit(*self.counts())

    def review_file(self) -> ReviewFile:
        """The decisions, for `import_package(..., decisions=...)`."""
        changes = tuple(
            replace(
                c, decision=self._decisions[c.change_id][0], reason=self._decisions[c.change_id][1]
            )
            for c in self._review.changes
        )
        return ReviewFile((replace(self._review, changes=changes),), now_timestamp())

    # -- the tree -----------------------------------------------------------------------
    def item(self, index: Index) -> RecordGroup | ReviewedChange | None:
        if not index.isValid():
            return None
        group_number = index.internalId()
        if group_number == GROUP:
            return self._groups[index.row()] if index.row() < len(self._groups) else None
        group = self._groups[group_number - 1]
        return group.changes[index.row()] if index.row() < len(group.changes) else None

    def _children(self, group: RecordGroup) -> list[ReviewedChange]:
        """Field rows exist for changed records only; a new or removed record is one row."""
        return group.changes if group.kind == "changed" else []

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, GROUP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == GROUP and parent.column() == 0:
            return len(self._children(self._groups[parent.row()]))
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return header_text(C, self.HEADERS, section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index)
        if item is None:
            return None
        if role == OBJECT_ROLE:
            return item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if isinstance(item, RecordGroup):
                return self._group_cell(item, index.column())
            return self._change_cell(item, index.column())
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and isinstance(item, RecordGroup)
            and index.column() == self.RECORD
        ):
            return self._group_cell(item, self.RECORD)  # the whole name, however narrow
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(item, ReviewedChange):
            if index.column() == self.OLD:
                return tooltip(self.value_text(item, item.old))
            if index.column() == self.NEW:
                return tooltip(self.value_text(item, item.new))
        if role == Qt.ItemDataRole.FontRole and isinstance(item, RecordGroup):
            font = QFont()
            font.setBold(True)
            font.setItalic(item.hidden)
            return font
        return None

    def _group_cell(self, group: RecordGroup, column: int) -> str:
        if column == self.RECORD:
            label = group.label or QCoreApplication.translate("Review", "(no name)")
            return f"{texts.record_type(group.record_type)}: {label}"
        if column == self.CHANGE:
            kind = texts.change_kind(group.kind)
            if group.hidden:
                return QCoreApplication.translate(
                    "Review", "{change}, hidden from publication"
                ).format(change=kind)
            return kind
        if column == self.DECISION:
            return self._summary(group)
        if group.kind == "changed":
            if column == self.OLD:
                return QCoreApplication.translate(
                    "Review", "%n field(s) changed", "", len(group.changes)
                )
            return ""
        change = group.changes[0]
        if column == self.OLD and change.kind == "removed":
            return QCoreApplication.translate("Review", "The whole record")
        if column == self.NEW and change.kind == "added":
            return QCoreApplication.translate("Review", "The whole record")
        return ""

    def _change_cell(self, change: ReviewedChange, column: int) -> str:
        if column == self.RECORD:
            return field_label(change.record_type, change.field)
        if column == self.CHANGE:
            return texts.change_kind(change.kind)
        if column == self.OLD:
            return one_line(self.value_text(change, change.old))
        if column == self.NEW:
            return one_line(self.value_text(change, change.new))
        if column == self.DECISION:
            return self.decision_text(change.change_id)
        return ""

    def value_text(self, change: ReviewedChange, value: Any) -> str:
        """A value of the change in words (names instead of ids)."""
        return format_value(self._vocab, change.record_type, change.field, value, self.references)

    def decision_text(self, change_id: str) -> str:
        decision, reason = self._decisions[change_id]
        needed = self._forced.get(change_id)
        if needed is not None and decision != REJECT:
            return QCoreApplication.translate(
                "Review", "Rejected too: it needs “{record}”, which is rejected"
            ).format(record=self._labels.get(needed) or needed)
        if decision == REJECT:
            return QCoreApplication.translate("Review", "Rejected: {reason}").format(
                reason=reason or ""
            )
        return QCoreApplication.translate("Review", "Accepted")

    def _summary(self, group: RecordGroup) -> str:
        if len(group.changes) == 1:
            return self.decision_text(group.changes[0].change_id)
        rejected = sum(1 for c in group.changes if self.rejected(c.change_id))
        if not rejected:
            return QCoreApplication.translate("Review", "All accepted")
        return QCoreApplication.translate("Review", "%n rejected", "", rejected)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
