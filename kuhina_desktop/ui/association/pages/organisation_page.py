"""The organisation's profile page: the organisation form on its own."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kuhina_desktop.services.changes import Changes
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.ui.association.forms.organisation_form import OrganisationForm


class OrganisationPage(QWidget):
    """Signals: changes_made(object), status_message(str)."""

    changes_made = Signal(object)
    status_message = Signal(str)
    LISTS = frozenset({"organisation", "keys"})

    def __init__(self, workspace: OrgWorkspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.form = OrganisationForm(workspace, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.form.saved.connect(self.on_form_saved)
        self.form.load(workspace.organisation)

    def on_form_saved(self, changes: Changes) -> None:
        self.changes_made.emit(changes)
        self.status_message.emit(self.tr("Saved."))

    def on_workspace_changed(self, changes: Changes) -> None:
        if "keys" in changes.lists:
            self.form.key_info.set_fingerprint(self.workspace.fingerprint())
        if "organisation" in changes.lists:
            organisation = self.workspace.organisation
            if organisation != self.form.record:
                self.form.load(organisation)

    def flush(self) -> bool:
        """Save the form's edit; False when it could not be saved (the user was told)."""
        self.form.flush()
        return not self.form.has_unsaved()

    def focus_list(self) -> None:
        self.form.focus_field("name")
