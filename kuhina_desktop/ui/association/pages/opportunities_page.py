"""The opportunities: their list, "Duplicate", status changes for several rows at once, and a
preview of how one will look in the published catalogue."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QPushButton, QToolBar, QWidget

from kuhina_desktop.domain.checks import Problem
from kuhina_desktop.domain.model import STATUSES, Opportunity, Text, new_id
from kuhina_desktop.domain.validation import validate_opportunity
from kuhina_desktop.services.changes import Changes
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.ui.association.checked_action import (
    checked_button,
    retranslate_checked_button,
)
from kuhina_desktop.ui.association.pages.records_page import RecordsPage
from kuhina_desktop.ui.errors import show_error
from kuhina_desktop.ui.i18n import current_language
from kuhina_desktop.ui.widgets.record_models import OpportunityTableModel, status_label

if TYPE_CHECKING:
    from kuhina_desktop.ui.association.forms.base import RecordForm


def _form(workspace: OrgWorkspace) -> RecordForm:
    """The form, imported when a record is first chosen (it is not needed to show the list)."""
    from kuhina_desktop.ui.association.forms.opportunity_form import OpportunityForm

    return OpportunityForm(workspace)


class OpportunitiesPage(RecordsPage):
    """Signals (besides RecordsPage's): preview_requested(object) with the opportunity."""

    preview_requested = Signal(object)
    TABLE = "opportunity"
    LISTS = frozenset({"opportunities", "environments", "organisation"})
    FIRST_FIELD = "title"

    def __init__(self, workspace: OrgWorkspace, parent: QWidget | None = None) -> None:
        self._environment_ids: set[str] = set()
        self._contact_ids: set[str] = set()
        model = OpportunityTableModel(workspace.vocab, self._problems)
        self.workspace = workspace
        super().__init__(workspace, model, lambda: _form(workspace), parent)

    def _problems(self, opp: Opportunity) -> list[Problem]:
        return validate_opportunity(
            opp,
            self.workspace.vocab,
            environment_ids=self._environment_ids,
            contact_ids=self._contact_ids,
        )

    def add_extra_buttons(self, bar: QToolBar) -> None:
        self.duplicate_button = QPushButton(self)
        self.duplicate_button.clicked.connect(self.on_duplicate_clicked)
        self.status_button = QPushButton(self)
        self.status_menu = QMenu(self.status_button)
        self.status_button.setMenu(self.status_menu)
        self.preview_button = QPushButton(self)
        self.preview_button.clicked.connect(self.on_preview_clicked)
        self.checked_button = checked_button(self)
        bar.addWidget(self.duplicate_button)
        bar.addWidget(self.status_button)
        bar.addWidget(self.checked_button)
        bar.addWidget(self.preview_button)

    def retranslate_ui(self) -> None:
        self.new_button.setText(self.tr("New opportunity"))
        self.new_button.setToolTip(self.tr("Add a work trial, coaching or other opportunity."))
        self.duplicate_button.setText(self.tr("Duplicate"))
        self.duplicate_button.setToolTip(
            self.tr("Make a copy of the chosen opportunity to start a similar one (Ctrl+D).")
        )
        self.status_button.setText(self.tr("Change status"))
        self.status_button.setToolTip(self.tr("Set the status of every selected row at once."))
        self.status_menu.clear()
        for status in STATUSES:
            action = self.status_menu.addAction(status_label(status))
            action.triggered.connect(lambda _checked=False, s=status: self.set_status(s))
        self.preview_button.setText(self.tr("Preview"))
        self.preview_button.setToolTip(
            self.tr("How the chosen opportunity will look in the published catalogue (Ctrl+P).")
        )
        retranslate_checked_button(self.checked_button)
        self.table.setAccessibleName(self.tr("Opportunities"))
        super().retranslate_ui()

    def empty_text(self) -> str:
        if self.model.rowCount() == 0:
            return self.tr(
                "No opportunities yet. An opportunity is something a job seeker can do with "
                "you: a work trial, rehabilitative work, coaching, volunteering... "
                "Press “New opportunity” to add one."
            )
        return super().empty_text()

    def fetch(self) -> list[Opportunity]:
        snapshot = self.workspace.snapshot()
        self._environment_ids = {e.id for e in snapshot.environments}
        self._contact_ids = {c.id for c in snapshot.organisation.contacts}
        return snapshot.opportunities

    def reload(self) -> None:
        first = self.model.rowCount() == 0  # every row new: checked as it is first shown
        super().reload()
        if self.has_form():
            self.form.reload_references()
        if isinstance(self.model, OpportunityTableModel) and not first:
            self.model.recheck()

    def _sync_form(self) -> None:
        super()._sync_form()
        one = len(self.selected_records()) == 1
        self.duplicate_button.setEnabled(one)
        self.preview_button.setEnabled(one)
        self.status_button.setEnabled(bool(self.selected_records()))

    def make_new(self) -> Opportunity:
        return Opportunity()

    def save_record(self, record: Opportunity) -> Changes:
        return self.workspace.save_opportunity(record)

    def record_name(self, record: Opportunity) -> str:
        return record.title.best(current_language()) or self.tr("(no name yet)")

    # -- actions ----------------------------------------------------------------------
    def on_duplicate_clicked(self) -> None:
        records = self.selected_records()
        if len(records) != 1:
            return
        self.flush()
        original = self.workspace_copy(records[0])
        suffix = self.tr("(copy)")
        title = Text(
            fi=f"{original.title.fi} {suffix}".strip(),
            sv=f"{original.title.sv} {suffix}" if original.title.sv else None,
            en=f"{original.title.en} {suffix}" if original.title.en else None,
        )
        copy = dataclasses.replace(
            original, id=new_id(), title=title, status="draft", reviewed_on=None
        )
        self._add_and_open(copy)
        self.status_message.emit(
            self.tr("A copy was made as a draft. Change what differs and publish it.")
        )

    def workspace_copy(self, record: Opportunity) -> Opportunity:
        """The record as saved (the list may hold an older copy while a field is open)."""
        for opp in self.workspace.snapshot().opportunities:
            if opp.id == record.id:
                return opp
        return record

    def set_status(self, status: str) -> None:
        records = self.selected_records()
        if not records:
            return
        self.flush()
        changes = Changes()
        with_problems = 0
        try:
            for record in records:
                current = self.workspace_copy(record)
                if current.status != status:
                    changes.merge(
                        self.workspace.save_opportunity(dataclasses.replace(current, status=status))
                    )
                if status == "published" and self._problems(current):
                    with_problems += 1
        except Exception as exc:
            show_error(self, exc)
        if self.has_form():
            self.form.clear()
        self.reload()
        self.changes_made.emit(changes)
        message = self.tr("Status set to “%1” for %n row(s).", "", len(records)).replace(
            "%1", status_label(status)
        )
        if with_problems:
            message += " " + self.tr(
                "%n of them still have problems and cannot be sent until they are fixed.",
                "",
                with_problems,
            )
        self.status_message.emit(message)

    def on_preview_clicked(self) -> None:
        records = self.selected_records()
        if len(records) == 1:
            self.flush()
            self.preview_requested.emit(self.workspace_copy(records[0]))
