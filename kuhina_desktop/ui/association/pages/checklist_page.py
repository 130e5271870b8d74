"""Ready to send: what still stops the package, and what is due for review.

The package carries the organisation, every coaching environment and every opportunity that
is not a draft, so their problems are listed here (drafts stay at home and are not checked).
Opportunities not checked for six months are listed too, and so is each coaching environment
with photos that will not be published because their permission to publish is not confirmed
(`services.photo_publication`). Activating a row opens the record at the field in question.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QWidget,
)

from kuhina_desktop.domain.validation import (
    validate_environment,
    validate_opportunity,
    validate_organisation,
)
from kuhina_desktop.services.changes import Changes
from kuhina_desktop.services.drafts import draft_summary, publish_drafts
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.services.photo_publication import unpublished_photos
from kuhina_desktop.services.receipt_standing import rejected_items
from kuhina_desktop.ui.association.forms.base import problem_message
from kuhina_desktop.ui.association.pages.checklist_model import ChecklistItem, ChecklistModel
from kuhina_desktop.ui.association.pages.page_parts import (
    page_explanation,
    page_heading,
    page_layout,
    record_table,
)
from kuhina_desktop.ui.association.receipt_texts import t
from kuhina_desktop.ui.association.review_due import review_due
from kuhina_desktop.ui.errors import show_error
from kuhina_desktop.ui.i18n import Retranslatable, current_language
from kuhina_desktop.ui.widgets.record_models import untitled
from kuhina_desktop.ui.widgets.table_model import OBJECT_ROLE


class ChecklistPage(Retranslatable, QWidget):
    """Signals:
    navigate(str, str, str): record type, record id and field to open.
    send_requested(): the user wants to send the package now.
    changes_made(object): the `Changes` of drafts published here.
    status_message(str): a short note for the status bar.
    """

    navigate = Signal(str, str, str)
    send_requested = Signal()
    changes_made = Signal(object)
    status_message = Signal(str)
    LISTS = frozenset({"organisation", "environments", "opportunities", "receipts"})

    def __init__(self, workspace: OrgWorkspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.heading = page_heading(self)
        self.summary = page_explanation(self)
        self.model = ChecklistModel(self)
        self.proxy, self.table = record_table(
            self, self.model, QAbstractItemView.SelectionMode.SingleSelection
        )
        self.table.setWordWrap(True)
        # Each row as tall as its wrapped advice, whatever the columns' widths (a few rows).
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMinimumSectionSize(rows.defaultSectionSize())  # a one-line row as before
        self.table.activated.connect(self.on_row_activated)
        self.table.doubleClicked.connect(self.on_row_activated)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.on_open_clicked)
        self.publish_button = QPushButton(self)
        self.publish_button.clicked.connect(self.on_publish_clicked)
        self.send_button = QPushButton(self)
        self.send_button.clicked.connect(self.send_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.publish_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        page_layout(self, self.heading, self.summary, self.table, buttons)
        self.counts = (0, 0, 0)
        self.unpublished_photos = 0
        self.complete_drafts: list[str] = []
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Ready to send?"))
        self.open_button.setText(self.tr("Open the record"))
        self.send_button.setText(self.tr("Send to coordinator…"))
        self.table.setAccessibleName(self.tr("Things to fix before sending"))
        self.reload()

    def on_workspace_changed(self, changes: Changes) -> None:
        if changes.lists & self.LISTS:
            self.reload()

    def reload(self) -> None:
        lang = current_language()
        vocab = self.workspace.vocab
        snapshot = self.workspace.snapshot()
        org = snapshot.organisation
        items: list[ChecklistItem] = []

        def add(record_type: str, record_id: str, name: str, problems: list[Any]) -> None:
            for n, problem in enumerate(problems):
                items.append(
                    ChecklistItem(
                        id=f"{record_id}/{problem.field}/{problem.code}/{n}",
                        record_type=record_type,
                        record_id=record_id,
                        record_name=name or untitled(),
                        field=problem.field,
                        message=problem_message(record_type, problem),
                    )
                )

        add("organisation", org.id, org.name.best(lang), validate_organisation(org, vocab))
        env_ids = {e.id for e in snapshot.environments}
        contact_ids = {c.id for c in org.contacts}
        for env in snapshot.environments:
            add("environment", env.id, env.name.best(lang), validate_environment(env, vocab))
        sent = [o for o in snapshot.opportunities if o.status != "draft"]
        review = 0
        for opp in sent:
            problems = validate_opportunity(
                opp, vocab, environment_ids=env_ids, contact_ids=contact_ids
            )
            add("opportunity", opp.id, opp.title.best(lang), problems)
            if review_due(opp):
                review += 1
                items.append(
                    ChecklistItem(
                        id=f"{opp.id}/review",
                        record_type="opportunity",
                        record_id=opp.id,
                        record_name=opp.title.best(lang) or untitled(),
                        field="reviewed_on",
                        message=self.tr(
                            "Not checked for six months. Check that it is still true and press "
                            "“Checked today”."
                        ),
                    )
                )
        drafts = draft_summary(self.workspace)
        for opp in drafts.incomplete:
            first = validate_opportunity(
                opp, vocab, environment_ids=env_ids, contact_ids=contact_ids
            )
            items.append(
                ChecklistItem(
                    id=f"{opp.id}/draft",
                    record_type="opportunity",
                    record_id=opp.id,
                    record_name=opp.title.best(lang) or untitled(),
                    field=first[0].field if first else "status",
                    message=self.tr(
                        "A draft: not sent. To publish it, fill in what is missing "
                        "(%n problem(s)), then set its status to Published.",
                        "",
                        len(first),
                    ),
                )
            )
        problems_count = len(items) - review - len(drafts.incomplete)
        rejected = rejected_items(self.workspace)
        for n, entry in enumerate(rejected):
            changed = t("receipt_ui_yes") if entry.changed_since else t("receipt_ui_no")
            items.append(
                ChecklistItem(
                    id=f"{entry.record_id}/rejected/{entry.field}/{n}",
                    record_type=entry.record_type,
                    record_id=entry.record_id,
                    record_name=entry.label or untitled(),
                    field=entry.field or "",
                    message=t("receipt_ui_checklist_rejected", reason=entry.reason,
                              changed=changed),
                )
            )  # fmt: skip
        photos = unpublished_photos(snapshot)
        for photo_entry in photos:
            items.append(
                ChecklistItem(
                    id=f"{photo_entry.environment.id}/unpublished_photos",
                    record_type="environment",
                    record_id=photo_entry.environment.id,
                    record_name=photo_entry.environment.name.best(lang) or untitled(),
                    field=photo_entry.field,
                    message=self.tr(
                        "%n photo(s) will not be published, because the permission to publish "
                        "has not been confirmed. Tick the box under the photo once the people "
                        "in it have agreed, or if no person can be recognised in it.",
                        "",
                        photo_entry.count,
                    ),
                )
            )
        self.model.set_records(items)
        self.unpublished_photos = sum(photo_entry.count for photo_entry in photos)
        published = sum(1 for o in sent if o.status == "published")
        self.counts = (published, problems_count, review)
        self.complete_drafts = [o.id for o in drafts.complete]
        lines = [self.tr("%n published opportunity(s) will be sent.", "", published)]
        if drafts.count:
            lines.append(
                self.tr("⚠ %n draft(s) stay on this computer and are not sent.", "", drafts.count)
            )
        if drafts.complete:
            lines.append(
                self.tr(
                    "%n of the drafts are complete: publish them with “Publish complete drafts”.",
                    "",
                    len(drafts.complete),
                )
            )
        self.publish_button.setText(
            self.tr("&Publish complete drafts (%n)", "", len(drafts.complete))
        )
        self.publish_button.setVisible(bool(drafts.complete))
        if problems_count:
            lines.append(
                self.tr(
                    "⚠ %n problem(s) must be fixed before the package can be made. "
                    "Double-click a row to go to the field.",
                    "",
                    problems_count,
                )
            )
        else:
            lines.append(self.tr("✓ No problems: everything is ready to send."))
        if review:
            lines.append(self.tr("%n opportunity(s) are due for review.", "", review))
        if photos:
            lines.append(
                self.tr(
                    "⚠ %n photo(s) will not be published until their permission to publish "
                    "is confirmed.",
                    "",
                    self.unpublished_photos,
                )
            )
        if rejected:
            unchanged = sum(1 for entry in rejected if not entry.changed_since)
            lines.append(
                t("receipt_ui_checklist_summary", count=len(rejected), unchanged=unchanged)
            )
        self.summary.setText("\n".join(lines))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)

    def on_row_activated(self, index: QModelIndex) -> None:
        item = self.proxy.data(index, OBJECT_ROLE)
        if isinstance(item, ChecklistItem):
            self.navigate.emit(item.record_type, item.record_id, item.field)

    def on_publish_clicked(self) -> None:
        try:
            changes = publish_drafts(self.workspace, self.complete_drafts)
        except Exception as exc:
            show_error(self, exc)
            return
        count = len(changes.changed) + len(changes.added)
        self.changes_made.emit(changes)
        self.reload()
        self.status_message.emit(self.tr("%n draft(s) published.", "", count))

    def on_open_clicked(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.on_row_activated(index)

    def flush(self) -> bool:
        """Nothing to save on this page."""
        return True

    def focus_list(self) -> None:
        self.table.setFocus()
