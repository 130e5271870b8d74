"""The inbox's rows: package files the coordinator opened, what checking them said, and what
importing them did.

Each row is an `InboxEntry`: the file, its bytes and the package verified from them (read
and verified once, so what is reviewed is what is imported: the review is bound to the
package's SHA-256), the workspace's `InboxItem` (verification, trust verdict, diff counts)
and, once imported, the `ImportOutcome`. The
verification column says the result in plain words and its icon repeats it; meaning is
never carried by colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QApplication, QStyle

from kuhina_desktop.services.catalogue_results import (
    ALREADY_IMPORTED,
    IMPORTED,
    PENDING_TRUST,
    REFUSED,
    ImportOutcome,
    InboxItem,
)
from kuhina_desktop.services.inbox import CheckedPackage
from kuhina_desktop.ui.coordinator import texts
from kuhina_desktop.ui.noop import QT_TRANSLATE_NOOP
from kuhina_desktop.ui.widgets.table_model import Index, RecordTableModel

if TYPE_CHECKING:
    from kuhina_desktop.packages.verified import VerifiedPackage

C = "Inbox"

# What a row is, for icons, filters and the buttons that apply to it.
READY, DONE, WAITING, REFUSED_STATE, UNREADABLE, CHECKING = (
    "ready", "done", "waiting", "refused", "unreadable", "checking",
)  # fmt: skip


@dataclass(frozen=True)
class InboxEntry:
    """One package file in the inbox."""

    path: Path
    data: bytes | None = None
    item: InboxItem | None = None
    outcome: ImportOutcome | None = None
    error: str | None = None  # why the file could not be read, in words
    verified: VerifiedPackage | None = None  # the package `data` holds, once verified

    @property
    def id(self) -> str:
        return str(self.path)

    @property
    def package(self) -> Any:
        if self.outcome is not None and self.outcome.package is not None:
            return self.outcome.package
        return self.item.package if self.item is not None else None

    @property
    def state(self) -> str:
        if self.error is not None:
            return UNREADABLE
        if self.outcome is not None:
            return {IMPORTED: DONE, ALREADY_IMPORTED: DONE, PENDING_TRUST: WAITING}.get(
                self.outcome.status, REFUSED_STATE
            )
        if self.item is None:
            return CHECKING
        if self.item.package is None or self.item.verdict == REFUSED:
            return REFUSED_STATE
        return {IMPORTED: READY, ALREADY_IMPORTED: DONE, PENDING_TRUST: WAITING}.get(
            self.item.verdict, REFUSED_STATE
        )

    @property
    def counts(self) -> dict[str, int] | None:
        diff = self.outcome.diff if self.outcome is not None else None
        if diff is None and self.item is not None:
            diff = self.item.diff
        return diff.counts() if diff is not None else None

    def checked(self) -> CheckedPackage:
        """What checking the file found, to check again or import without verifying again."""
        return CheckedPackage(self.data, self.verified, self.item, self.outcome, self.error)

    def with_item(self, item: InboxItem) -> InboxEntry:
        return replace(self, item=item, outcome=None, error=None)

    def with_outcome(self, outcome: ImportOutcome) -> InboxEntry:
        return replace(self, outcome=outcome)


def verification_text(entry: InboxEntry) -> str:
    """The verification result in plain words."""

    if entry.error is not None:
        return QCoreApplication.translate("Inbox", "Cannot read the file: {reason}").format(
            reason=entry.error
        )
    outcome = entry.outcome
    if outcome is not None and not (outcome.status == PENDING_TRUST and entry.item is not None):
        if outcome.status == IMPORTED:
            text = QCoreApplication.translate(
                "Inbox", "Imported: %n change(s) applied", "", outcome.applied
            )
            if outcome.rejected:
                text += ", " + QCoreApplication.translate(
                    "Inbox", "%n rejected", "", outcome.rejected
                )
            return text
        if outcome.status == ALREADY_IMPORTED:
            return QCoreApplication.translate("Inbox", "Already imported: nothing changed")
        if outcome.status == PENDING_TRUST and entry.item is None:
            return QCoreApplication.translate(
                "Inbox", "Waiting for you to confirm the organisation's key"
            )
        return QCoreApplication.translate("Inbox", "Refused: {reason}").format(
            reason=texts.reason(outcome.reason, outcome.params)
        )
    item = entry.item
    if item is None:
        return QCoreApplication.translate("Inbox", "Checking…")
    if item.package is None or item.verdict == REFUSED:
        return QCoreApplication.translate("Inbox", "Refused: {reason}").format(
            reason=texts.reason(item.reason, item.params)
        )
    if item.verdict == ALREADY_IMPORTED:
        return QCoreApplication.translate("Inbox", "Already imported: nothing to do")
    if item.verdict == PENDING_TRUST:
        if item.findings:
            return QCoreApplication.translate(
                "Inbox",
                "Valid signature, but it resembles {other}, already in the catalogue: check "
                "before you trust the key",
            ).format(other=item.findings[0].other_name)
        if "new_key_without_rotation" in item.flags:
            return QCoreApplication.translate(
                "Inbox", "Valid signature, but with a new key: confirm the key by phone first"
            )
        return QCoreApplication.translate(
            "Inbox", "Valid, from a new organisation: confirm its key by phone first"
        )
    if item.key_state == "rotation":
        return QCoreApplication.translate(
            "Inbox", "Valid, signed with a new key that the previous key vouched for"
        )
    return QCoreApplication.translate("Inbox", "Valid: ready to review")


class InboxModel(RecordTableModel):
    """Package files and their verification, one row each."""

    ORGANISATION, SEQUENCE, CREATED, VERIFICATION, ADDED, CHANGED, REMOVED, FILE, ARRIVED = range(9)
    COLUMNS = ("organisation", "sequence", "created", "verification", "added", "changed",
               "removed", "file", "arrived")  # fmt: skip
    HEADERS = (
        QT_TRANSLATE_NOOP("Inbox", "Organisation"),
        QT_TRANSLATE_NOOP("Inbox", "Package no."),
        QT_TRANSLATE_NOOP("Inbox", "Made"),
        QT_TRANSLATE_NOOP("Inbox", "Verification"),
        QT_TRANSLATE_NOOP("Inbox", "New"),
        QT_TRANSLATE_NOOP("Inbox", "Changed"),
        QT_TRANSLATE_NOOP("Inbox", "Removed"),
        QT_TRANSLATE_NOOP("Inbox", "File"),
        QT_TRANSLATE_NOOP("Inbox", "Arrived"),
    )
    HEADER_CONTEXT = "Inbox"
    _ICONS = {
        READY: QStyle.StandardPixmap.SP_DialogApplyButton,
        DONE: QStyle.StandardPixmap.SP_DialogYesButton,
        WAITING: QStyle.StandardPixmap.SP_MessageBoxWarning,
        REFUSED_STATE: QStyle.StandardPixmap.SP_MessageBoxCritical,
        UNREADABLE: QStyle.StandardPixmap.SP_MessageBoxCritical,
        CHECKING: QStyle.StandardPixmap.SP_BrowserReload,
    }

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # When each file arrived: its modification time (saved from the mail, copied from
        # a stick), then the order it was added in. Kept here, since rows are replaced.
        self._arrived: dict[str, tuple[float, int]] = {}

    def upsert(self, record: InboxEntry) -> None:
        if record.id not in self._arrived:
            try:
                moment = record.path.stat().st_mtime
            except OSError:
                moment = float("inf")
            self._arrived[record.id] = (moment, len(self._arrived))
        super().upsert(record)

    def arrival(self, record: InboxEntry) -> tuple[float, int]:
        return self._arrived.get(record.id, (float("inf"), len(self._arrived)))

    def by_arrival(self, entries: list[InboxEntry]) -> list[InboxEntry]:
        return sorted(entries, key=self.arrival)

    def cell(self, record: InboxEntry, column: int) -> str:
        package = record.package
        counts = record.counts
        if column == self.ORGANISATION:
            return package.organisation_name if package is not None else ""
        if column == self.SEQUENCE:
            return str(package.sequence) if package is not None else ""
        if column == self.CREATED:
            return texts.timestamp(package.created_at) if package is not None else ""
        if column == self.VERIFICATION:
            return verification_text(record)
        if column in (self.ADDED, self.CHANGED, self.REMOVED):
            key = self.COLUMNS[column]
            return str(counts[key]) if counts is not None else ""
        if column == self.FILE:
            return record.path.name
        if column == self.ARRIVED:
            moment = self.arrival(record)[0]
            if moment == float("inf"):
                return ""
            shown = QDateTime.fromSecsSinceEpoch(int(moment))
            return QLocale().toString(shown, QLocale.FormatType.ShortFormat)
        return ""

    def sort_key(self, record: InboxEntry, column: int) -> Any:
        if column == self.SEQUENCE:
            return record.package.sequence if record.package is not None else -1
        if column == self.CREATED:
            return record.package.created_at if record.package is not None else ""
        if column in (self.ADDED, self.CHANGED, self.REMOVED):
            counts = record.counts
            return counts[self.COLUMNS[column]] if counts is not None else -1
        if column == self.ARRIVED:  # a number: the proxy compares it as a QVariant
            moment, order = self.arrival(record)
            return moment * 1000.0 + order
        return super().sort_key(record, column)

    def tooltip(self, record: InboxEntry, column: int) -> str | None:
        if column == self.FILE:
            return str(record.path)
        if column == self.VERIFICATION:
            return verification_text(record)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.DecorationRole
            and index.isValid()
            and index.column() == self.VERIFICATION
            and 0 <= index.row() < self.rowCount()
        ):
            state = self.record(index.row()).state
            return QApplication.style().standardIcon(self._ICONS[state])
        return super().data(index, role)

    def entries_in(self, *states: str) -> list[InboxEntry]:
        return [entry for entry in self.records if entry.state in states]

    def entry(self, index: QModelIndex) -> InboxEntry | None:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        record: InboxEntry = self.record(index.row())
        return record
