"""Erasing a contact person from the coordinator's window (docs/catalogue.md, "Erasing a
person"): the coordinator types an e-mail, a phone number or a name, sees every matching
contact and what else the erasure changes, and is asked once more before anything is done.

The search changes nothing; a bad value or no match is said in the dialog itself, in the
interface language. Erasing goes through `services.erasure`, as `kuhina catalogue
erase-person` does.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.catalogue.status import OrganisationStatus
from kuhina_desktop.errors import KnownError
from kuhina_desktop.messages import translate
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from kuhina_desktop.services.changes import Changes
from kuhina_desktop.services.erasure import (
    ErasurePlan,
    checked_query,
    erase_person,
    find_person,
)
from kuhina_desktop.services.retention import FLAG, plan_removal, remove_organisation
from kuhina_desktop.ui.errors import show_error
from kuhina_desktop.ui.i18n import current_language
from kuhina_desktop.ui.widgets.confirm import Confirm

KINDS = ("email", "phone", "name")


def t(code: str, **params: object) -> str:
    return translate(code, current_language(), **params)


class EraseDialog(QDialog):
    """Signals: erased(object): the `Changes` of an erasure done."""

    erased = Signal(object)

    def __init__(self, workspace: CatalogueWorkspace, actor: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._ws = workspace
        self._actor = actor
        self.plan: ErasurePlan | None = None
        self.kind = QComboBox(self)
        self.value = QLineEdit(self)
        self.value.setMaxLength(200)
        self.kind_label = QLabel(self)
        self.kind_label.setBuddy(self.kind)
        self.value_label = QLabel(self)
        self.value_label.setBuddy(self.value)
        self.find_button = QPushButton(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.matches = QListWidget(self)
        self.matches.setWordWrap(True)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)  # may hold typed or package text
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.erase_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.erase_button.setEnabled(False)
        grid = QGridLayout()
        grid.addWidget(self.kind_label, 0, 0)
        grid.addWidget(self.kind, 0, 1)
        grid.addWidget(self.value_label, 1, 0)
        grid.addWidget(self.value, 1, 1)
        grid.addWidget(self.find_button, 1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addWidget(self.matches, 1)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self.find_button.setDefault(True)
        self.find_button.clicked.connect(self.on_find_clicked)
        self.value.returnPressed.connect(self.on_find_clicked)
        self.value.textEdited.connect(self.on_value_edited)
        self.kind.activated.connect(self.on_value_edited)
        self.erase_button.clicked.connect(self.on_erase_clicked)
        self.buttons.rejected.connect(self.reject)
        self.retranslate_ui()
        self.resize(640, 440)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Erase a person's details"))
        self.intro.setText(
            self.tr(
                "A contact person can ask to have their details erased. Find them by e-mail "
                "address, phone number or name. Nothing changes until you confirm."
            )
        )
        current = self.kind.currentIndex()
        self.kind.clear()
        for kind, text in zip(
            KINDS,
            (self.tr("E-mail address"), self.tr("Phone number"), self.tr("Name")),
            strict=True,
        ):
            self.kind.addItem(text, kind)
        self.kind.setCurrentIndex(max(current, 0))
        self.kind_label.setText(self.tr("&Find by:"))
        self.value_label.setText(self.tr("&Value:"))
        self.find_button.setText(self.tr("F&ind"))
        self.erase_button.setText(self.tr("&Erase…"))
        self.matches.setAccessibleName(self.tr("Matching contact people"))

    def _query_args(self) -> tuple[str | None, str | None, str | None]:
        kind, value = self.kind.currentData(), self.value.text()
        return (
            value if kind == "email" else None,
            value if kind == "phone" else None,
            value if kind == "name" else None,
        )

    def on_value_edited(self, *_args: object) -> None:
        """A changed search forgets the earlier matches: Erase acts only on what is shown."""
        self.plan = None
        self.matches.clear()
        self.erase_button.setEnabled(False)

    def on_find_clicked(self) -> None:
        self.on_value_edited()
        try:
            query = checked_query(*self._query_args())
            plan = find_person(self._ws, query)
            if plan.empty:
                raise KnownError("erasure_no_match", value=query.value)
        except KnownError as refused:
            self.outcome.setText(t(refused.code, **refused.params))
            return
        except Exception as error:  # a bug reaches the crash dialog
            show_error(self, error)
            return
        self.plan = plan
        for c in plan.contacts:
            details = ", ".join(p for p in (c.role, c.email, c.phone) if p)
            self.matches.addItem(
                f"{c.name} — {c.organisation}" + (f" ({details})" if details else "")
            )
        lines = [
            t("erasure_will_erase", count=len(plan.contacts)),
            t(
                "erasure_will_pseudonymise",
                audit=plan.audit_entries,
                moderation=plan.moderation_reasons,
            ),
        ]
        if plan.pending_packages:
            lines.append(t("erasure_will_drop_pending", count=len(plan.pending_packages)))
        if plan.files:
            lines.append(t("erasure_files_hold"))
            lines += [f"  {path}" for path in plan.files]
        self.outcome.setText("\n".join(lines))
        self.erase_button.setEnabled(True)

    def on_erase_clicked(self) -> None:
        plan = self.plan
        if plan is None:
            return
        names = ", ".join(dict.fromkeys(c.name for c in plan.contacts))
        if not Confirm.ask(
            self,
            self.tr("Erase a person's details"),
            self.tr(
                "Erase {names} from the catalogue? Their name, e-mail address and phone number "
                "are removed and replaced by a token in the audit log. This cannot be undone."
            ).format(names=names),
            self.tr("Erase"),
        ):
            return
        try:
            done = erase_person(self._ws, plan.query, actor=self._actor)
        except Exception as error:
            show_error(self, error)
            return
        self.on_value_edited()
        self.outcome.setText(t("erasure_done", count=len(done.contacts)))
        self.erased.emit(Changes(lists={"organisations", "opportunities", "audit"}))


def remove_records(
    parent: QWidget,
    workspace: CatalogueWorkspace,
    status: OrganisationStatus,
    actor: str,
    run: Callable[[Callable[[], Changes]], bool],
) -> None:
    """Ask, then remove an organisation's records and erase its contact people
    (`services.retention.remove_organisation`); `run` reports a failure and refreshes."""
    try:
        plan = plan_removal(workspace, status.organisation_id)
    except Exception as error:
        show_error(parent, error)
        return
    due = FLAG in status.flags
    text = t(
        "removal_will",
        organisation=plan.name,
        environments=len(plan.environments),
        opportunities=len(plan.opportunities),
        contacts=len(plan.contacts),
        audit=plan.audit_entries,
        pending=len(plan.pending_packages),
    )
    if not due:
        text += "\n\n" + QCoreApplication.translate(
            "EraseDialog",
            "This organisation is not due for removal: its key is trusted and it has sent a "
            "package within the retention time.",
        )
    title = QCoreApplication.translate("EraseDialog", "Remove the organisation's records")
    if Confirm.ask(parent, title, text, QCoreApplication.translate("EraseDialog", "Remove")):

        def work() -> Changes:
            remove_organisation(workspace, status.organisation_id, actor=actor)
            return Changes(
                removed=plan.environments + plan.opportunities,
                lists={"organisations", "opportunities", "environments", "audit"},
            )

        run(work)
