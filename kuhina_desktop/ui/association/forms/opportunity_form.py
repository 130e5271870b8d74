"""An opportunity: what a job seeker can do, where, for whom, when and how to apply."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from kuhina_desktop.domain.checks import Problem
from kuhina_desktop.domain.model import STATUSES, Opportunity, Text
from kuhina_desktop.domain.validation import validate_opportunity
from kuhina_desktop.services.changes import Changes
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.ui.association.forms.base import RecordForm
from kuhina_desktop.ui.association.review_due import review_due
from kuhina_desktop.ui.i18n import Retranslatable, current_language
from kuhina_desktop.ui.noop import QT_TRANSLATE_NOOP
from kuhina_desktop.ui.widgets.code_list_editor import CodeListEditor, MunicipalityEditor
from kuhina_desktop.ui.widgets.editors import (
    CheckEditor,
    ComboEditor,
    CountEditor,
    DateEditor,
    HoursEditor,
)
from kuhina_desktop.ui.widgets.record_models import capitalised, short_date, status_label
from kuhina_desktop.ui.widgets.text_editor import TranslatedTextEditor


class ReviewEditor(Retranslatable, QWidget):
    """The day the opportunity was last checked, and a button to say "checked today"."""

    changed = Signal()
    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: str | None = None
        self._due = False
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.clicked.connect(self.on_checked_today_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.button)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.button.setText(self.tr("Checked today"))
        self.button.setToolTip(
            self.tr("Press when you have checked that everything here is still true.")
        )
        self._show()

    def set_due(self, due: bool) -> None:
        self._due = due
        self._show()

    def _show(self) -> None:
        if self._value:
            text = self.tr("Checked on %1.").replace("%1", short_date(self._value))
        else:
            text = self.tr("Not marked as checked yet.")
        if self._due:
            text += " " + self.tr("⚠ Due for review: over six months since the last check.")
        self.label.setText(text)

    def on_checked_today_clicked(self) -> None:
        self._value = date.today().isoformat()
        self._due = False
        self._show()
        self.changed.emit()
        self.committed.emit()

    def value(self) -> str | None:
        return self._value

    def set_value(self, value: str | None) -> None:
        self._value = value
        self._show()


class PublishBar(Retranslatable, QWidget):
    """Above the form: whether the opportunity is sent, and "Publish" for a draft.

    Always the same height (the button keeps its room when hidden), so the form below does
    not move when the status changes.

    Signals: publish_clicked().
    """

    publish_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status = "draft"
        self._problems = 0
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.button = QPushButton(self)
        policy = self.button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.button.setSizePolicy(policy)
        self.button.clicked.connect(self.publish_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.button)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.button.setText(self.tr("P&ublish"))
        self.show_state(self._status, self._problems)

    def show_state(self, status: str, problems: int) -> None:
        self._status, self._problems = status, problems
        if status == "draft" and problems:
            text = self.tr(
                "Draft: stays on this computer and is not sent. %n thing(s) still missing "
                "before it can be published.",
                "",
                problems,
            )
        elif status == "draft":
            text = self.tr("Draft: stays on this computer and is not sent. It is complete:")
        elif status == "published":
            text = "✓ " + self.tr("Published: goes into the next package.")
        else:
            text = self.tr("%1: sent, shown as not available now.").replace(
                "%1", status_label(status)
            )
        self.note.setText(text)
        self.button.setVisible(status == "draft")
        self.button.setToolTip(
            self.tr("Shows what is still missing.")
            if problems
            else self.tr("Publish it: it then goes into the next package.")
        )


class OpportunityForm(RecordForm):
    RECORD_TYPE = "opportunity"

    def __init__(self, workspace: OrgWorkspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self._environment_ids: list[str] = []
        self._contact_ids: list[str] = []
        self.status_bar = PublishBar(self)
        self.status_bar.publish_clicked.connect(self.on_publish_clicked)
        self.top_bar.addWidget(self.status_bar)
        self.add_section(QT_TRANSLATE_NOOP("Sections", "Basic information"))
        self.title = TranslatedTextEditor(required=True)
        self.add_row("title", self.title, required=True)
        self.kind = ComboEditor()
        self.add_row("kind", self.kind, required=True)
        self.status = ComboEditor()
        self.add_row("status", self.status)
        self.environment = ComboEditor()
        self.environment.committed.connect(self.on_environment_committed)  # before saving
        self.add_row("environment_id", self.environment)
        self.description = TranslatedTextEditor(multiline=True, required=True, lines=5)
        self.add_row("description", self.description, required=True)
        self.learning = TranslatedTextEditor(multiline=True)
        self.add_row("learning", self.learning)
        self.requirements = TranslatedTextEditor(multiline=True, lines=3)
        self.add_row("requirements", self.requirements)
        self.add_section(QT_TRANSLATE_NOOP("Sections", "For whom and where"))
        self.target_groups = CodeListEditor(self.vocab, "target_groups")
        self.add_row("target_groups", self.target_groups, required=True)
        self.municipalities = MunicipalityEditor(self.vocab)
        self.add_row("municipalities", self.municipalities, required=True)
        self.languages = CodeListEditor(self.vocab, "languages", rows=6)
        self.add_row("languages", self.languages)
        self.add_section(QT_TRANSLATE_NOOP("Sections", "Places and times"))
        self.places = CountEditor(maximum=999)
        self.add_row("places", self.places)
        self.places.changed.connect(self.on_places_changed)
        self.places_updated_on = DateEditor()
        self.add_row("places_updated_on", self.places_updated_on)
        self.starts_on = DateEditor()
        self.add_row("starts_on", self.starts_on)
        self.ends_on = DateEditor()
        self.add_row("ends_on", self.ends_on)
        self.hours = HoursEditor()
        self.add_row("hours_per_week", self.hours)
        self.duration = TranslatedTextEditor()
        self.add_row("duration", self.duration)
        self.add_section(QT_TRANSLATE_NOOP("Sections", "Applying"))
        self.referral = CheckEditor()
        self.add_row("referral_required", self.referral)
        self.how_to_apply = TranslatedTextEditor(multiline=True, lines=3)
        self.add_row("how_to_apply", self.how_to_apply)
        self.contact = ComboEditor()
        self.add_row("contact_id", self.contact)
        self.cost = TranslatedTextEditor()
        self.add_row("cost", self.cost)
        self.add_section(QT_TRANSLATE_NOOP("Sections", "Review"))
        self.reviewed_on = ReviewEditor()
        self.add_row("reviewed_on", self.reviewed_on)
        self.finish_layout()

    # -- choices ------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.places.set_none_text(self.tr("not given"))
        self.starts_on.set_no_date_text(self.tr("No start date (one can start any time)"))
        self.ends_on.set_no_date_text(self.tr("No end date (continues)"))
        self.places_updated_on.set_no_date_text(self.tr("No date"))
        self.status.set_items([(s, status_label(s)) for s in STATUSES])
        self._fill_kinds(self.kind.value())
        self.reload_references()
        super().retranslate_ui()

    def _fill_kinds(self, current: str | None) -> None:
        lang = current_language()
        items: list[tuple[str | None, str]] = [
            (e.code, capitalised(e.label(lang))) for e in self.vocab.selectable("kinds")
        ]
        if current and current not in {code for code, _ in items}:
            label = capitalised(self.vocab.label("kinds", current, lang))
            items.append((current, self.tr("%1 (no longer in use)").replace("%1", label)))
        self.kind.set_items(items)

    def reload_references(self) -> None:
        lang = current_language()
        snapshot = self.workspace.snapshot()
        self._environment_ids = [e.id for e in snapshot.environments]
        places: list[tuple[str | None, str]] = [
            (None, self.tr("— no place (e.g. career coaching) —"))
        ]
        places += [(e.id, e.name.best(lang) or self.tr("(no name)")) for e in snapshot.environments]
        self.environment.set_items(places)
        contacts = snapshot.organisation.contacts
        self._contact_ids = [c.id for c in contacts]
        people: list[tuple[str | None, str]] = [(None, self.tr("— nobody chosen —"))]
        people += [(c.id, c.name or self.tr("(no name)")) for c in contacts]
        self.contact.set_items(people)

    # -- the record -------------------------------------------------------------------
    def heading_text(self, record: Opportunity) -> str:
        return record.title.best(current_language()) or self.tr("New opportunity")

    def fill(self, record: Opportunity) -> None:
        self._fill_kinds(record.kind)
        self.title.set_value(record.title)
        self.kind.set_value(record.kind)
        self.status.set_value(record.status)
        self.environment.set_value(record.environment_id)
        self.description.set_value(record.description)
        self.learning.set_value(record.learning)
        self.requirements.set_value(record.requirements)
        self.target_groups.set_value(record.target_groups)
        self.municipalities.set_value(record.municipalities)
        self.languages.set_value(record.languages)
        self.places.set_value(record.places)
        self.places_updated_on.set_value(record.places_updated_on)
        self.starts_on.set_value(record.starts_on)
        self.ends_on.set_value(record.ends_on)
        self.hours.set_value(record.hours_per_week)
        self.duration.set_value(record.duration)
        self.referral.set_value(record.referral_required)
        self.how_to_apply.set_value(record.how_to_apply)
        self.contact.set_value(record.contact_id)
        self.cost.set_value(record.cost)
        self.reviewed_on.set_value(record.reviewed_on)
        self.reviewed_on.set_due(review_due(record))

    def collect(self) -> Opportunity:
        return dataclasses.replace(
            self._record,
            title=self.title.value() or Text(),
            kind=self.kind.value() or "",
            status=self.status.value() or "draft",
            environment_id=self.environment.value(),
            description=self.description.value() or Text(),
            learning=self.learning.value(),
            requirements=self.requirements.value(),
            target_groups=self.target_groups.value(),
            municipalities=self.municipalities.value(),
            languages=self.languages.value(),
            places=self.places.value(),
            places_updated_on=self.places_updated_on.value(),
            starts_on=self.starts_on.value(),
            ends_on=self.ends_on.value(),
            hours_per_week=self.hours.value(),
            duration=self.duration.value(),
            referral_required=self.referral.value(),
            how_to_apply=self.how_to_apply.value(),
            contact_id=self.contact.value(),
            cost=self.cost.value(),
            reviewed_on=self.reviewed_on.value(),
        )

    def show_problems(self) -> None:
        super().show_problems()
        if self._record is not None:
            self.status_bar.show_state(self.status.value() or "draft", len(self.problems))

    def on_publish_clicked(self) -> None:
        """One click from draft to published, when nothing is missing."""
        if self.problems:  # say what is missing, where it is
            self._show_all = True
            self.show_problems()
            self.focus_field(self.problems[0].field)
            return
        self.status.set_value("published")
        self.on_field_committed("status")

    def validate(self, record: Opportunity) -> list[Problem]:
        return validate_opportunity(
            record,
            self.vocab,
            environment_ids=self._environment_ids,
            contact_ids=self._contact_ids,
            new_record=not self._show_all,
        )

    def save(self, record: Opportunity) -> Changes:
        return self.workspace.save_opportunity(record)

    def on_environment_committed(self) -> None:
        """The opportunity is where its environment is: its municipality is taken from the
        environment's address while none is chosen."""
        if self._loading or self.municipalities.value():
            return
        env_id = self.environment.value()
        env = next((e for e in self.workspace.snapshot().environments if e.id == env_id), None)
        if env is not None and env.address.municipality:
            self.municipalities.set_value([env.address.municipality])
            self._touched.add("municipalities")

    def on_places_changed(self) -> None:
        """A new count of free places is as of today."""
        if self.places.value() is not None:
            self.places_updated_on.set_value(date.today().isoformat())
