"""The coordinator's answers shown in a record's form: each rejected field marked in place
with the reason (beside the field's own problems, as those are shown), and the reasons about
the whole record (hidden, a rejected addition) above the fields."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.services.receipt_standing import RecordStanding, Standings, standings
from kuhina_desktop.ui.association.receipt_texts import record_notes, rejection_note


class ReceiptMarks:
    """What the newest receipt says about the record a form shows."""

    def __init__(self) -> None:
        self.standing: RecordStanding | None = None
        # The page's standings, read once per receipt or package (else read here).
        self.provider: Callable[[], Standings] | None = None

    def load(self, workspace: OrgWorkspace, record_id: str | None) -> None:
        if not record_id:
            self.standing = None
            return
        known = self.provider() if self.provider is not None else standings(workspace)
        self.standing = known.of(record_id)

    def field_notes(self, row_key: str, row_for: Callable[[str], Any]) -> list[str]:
        """The rejection lines of the fields shown by the row `row_key`."""
        if self.standing is None:
            return []
        notes: list[str] = []
        for path, reasons in self.standing.field_reasons.items():
            row = row_for(path)
            if row is not None and row.key == row_key:
                notes.extend(rejection_note(reason) for reason in reasons)
        return notes

    def unplaced_notes(self, row_for: Callable[[str], Any]) -> list[str]:
        """Reasons about the whole record, and about fields this form has no row for."""
        if self.standing is None:
            return []
        notes = record_notes(self.standing)
        for path, reasons in self.standing.field_reasons.items():
            if row_for(path) is None:
                notes.extend(rejection_note(reason) for reason in reasons)
        return notes
