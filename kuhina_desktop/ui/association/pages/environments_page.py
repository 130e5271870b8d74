"""The coaching environments: the places where job seekers practise work."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kuhina_desktop.domain.model import Environment
from kuhina_desktop.domain.validation import validate_environment
from kuhina_desktop.services.changes import Changes
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.ui.association.forms.environment_form import EnvironmentForm
from kuhina_desktop.ui.association.pages.records_page import RecordsPage
from kuhina_desktop.ui.i18n import current_language
from kuhina_desktop.ui.widgets.record_models import EnvironmentTableModel


class EnvironmentsPage(RecordsPage):
    TABLE = "environment"
    LISTS = frozenset({"environments"})
    FIRST_FIELD = "name"

    def __init__(self, workspace: OrgWorkspace, parent: QWidget | None = None) -> None:
        vocab = workspace.vocab
        model = EnvironmentTableModel(vocab, lambda env: validate_environment(env, vocab))
        super().__init__(workspace, model, lambda: EnvironmentForm(workspace), parent)
        self.table.setAccessibleName(self.tr("Coaching environments"))

    def retranslate_ui(self) -> None:
        self.new_button.setText(self.tr("New coaching environment"))
        self.new_button.setToolTip(self.tr("Add a place where job seekers practise work."))
        self.table.setAccessibleName(self.tr("Coaching environments"))
        super().retranslate_ui()

    def empty_text(self) -> str:
        if self.model.rowCount() == 0:
            return self.tr(
                "No coaching environments yet. A coaching environment is a place where a job "
                "seeker practises work: a thrift shop, a café, a workshop or an office. "
                "Press “New coaching environment” to add one."
            )
        return super().empty_text()

    def fetch(self) -> list[Environment]:
        return self.workspace.snapshot().environments

    def make_new(self) -> Environment:
        return Environment()

    def save_record(self, record: Environment) -> Changes:
        return self.workspace.save_environment(record)

    def record_name(self, record: Environment) -> str:
        return record.name.best(current_language()) or self.tr("(no name yet)")
