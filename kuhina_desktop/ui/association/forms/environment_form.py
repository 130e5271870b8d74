"""A coaching environment (valmennusympäristö): the place where a job seeker practises work."""

from __future__ import annotations

import dataclasses
import re

from PySide6.QtWidgets import QCheckBox, QWidget

from kuhina_desktop.domain.checks import Problem
from kuhina_desktop.domain.model import Address, Environment
from kuhina_desktop.domain.validation import validate_environment
from kuhina_desktop.services.changes import Changes
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.ui.association.forms.base import RecordForm
from kuhina_desktop.ui.association.forms.organisation_form import AddressFields
from kuhina_desktop.ui.i18n import current_language
from kuhina_desktop.ui.noop import QT_TRANSLATE_NOOP
from kuhina_desktop.ui.widgets.code_list_editor import CodeListEditor
from kuhina_desktop.ui.widgets.editors import CoordinateEditor, CountEditor
from kuhina_desktop.ui.widgets.image_editor import ImageEditor
from kuhina_desktop.ui.widgets.opening_hours_editor import OpeningHoursEditor
from kuhina_desktop.ui.widgets.photo_descriptions import PhotoDescriptionsEditor
from kuhina_desktop.ui.widgets.text_editor import TranslatedTextEditor

# The checklist's way to a photo whose permission to publish is not confirmed.
CONFIRMATION_PATH = re.compile(r"photo_confirmed_on\[(\d+)\]")


class EnvironmentForm(RecordForm):
    RECORD_TYPE = "environment"

    def __init__(self, workspace: OrgWorkspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.add_section(QT_TRANSLATE_NOOP("Sections", "Basic information"))
        self.name = TranslatedTextEditor(required=True)
        self.add_row("name", self.name, required=True)
        self.description = TranslatedTextEditor(multiline=True)
        self.add_row("description", self.description)
        self.work_areas = CodeListEditor(self.vocab, "work_areas")
        self.add_row("work_areas", self.work_areas)
        self.add_section(QT_TRANSLATE_NOOP("Sections", "Address"))
        self.address = AddressFields(self)
        # A map position is optional and few know it: its fields show only when asked for
        # (or when the record has one).
        self.coordinates_box = QCheckBox(self.body)
        self.coordinates_box.toggled.connect(self.on_coordinates_toggled)
        self.body_layout.addWidget(self.coordinates_box)
        self.latitude = CoordinateEditor(maximum=90.0)
        self.add_row("latitude", self.latitude)
        self.longitude = CoordinateEditor(maximum=180.0)
        self.add_row("longitude", self.longitude)
        self.on_coordinates_toggled(False)
        self.add_section(QT_TRANSLATE_NOOP("Sections", "Working there"))
        self.accessibility = CodeListEditor(self.vocab, "accessibility")
        self.add_row("accessibility", self.accessibility)
        self.languages = CodeListEditor(self.vocab, "languages", rows=6)
        self.add_row("languages", self.languages)
        self.coaching = TranslatedTextEditor(multiline=True)
        self.add_row("coaching", self.coaching)
        self.capacity = CountEditor(maximum=999)
        self.add_row("capacity", self.capacity)
        self.add_section(QT_TRANSLATE_NOOP("Sections", "Opening hours"))
        self.opening_hours = OpeningHoursEditor()
        self.add_row("opening_hours", self.opening_hours)
        self.add_section(QT_TRANSLATE_NOOP("Sections", "Photos"))
        self.photos = ImageEditor(workspace, many=True)
        self.add_row("photos", self.photos)
        self.photo_descriptions = PhotoDescriptionsEditor(workspace)
        self.add_row("photo_descriptions", self.photo_descriptions, required=True)
        self.photos.changed.connect(self.on_photos_changed)
        self.finish_layout()

    def retranslate_ui(self) -> None:
        not_given = self.tr("not given")
        self.capacity.set_none_text(not_given)
        self.latitude.set_none_text(not_given)
        self.longitude.set_none_text(not_given)
        self.address.retranslate()
        self.coordinates_box.setText(
            self.tr("Give the map position as coordinates (optional; the address is enough)")
        )
        super().retranslate_ui()

    def on_coordinates_toggled(self, checked: bool) -> None:
        self.rows["latitude"].setVisible(checked)
        self.rows["longitude"].setVisible(checked)

    def heading_text(self, record: Environment) -> str:
        return record.name.best(current_language()) or self.tr("New coaching environment")

    def fill(self, record: Environment) -> None:
        self.name.set_value(record.name)
        self.description.set_value(record.description)
        self.work_areas.set_value(record.work_areas)
        self.address.set_value(record.address)
        self.latitude.set_value(record.latitude)
        self.longitude.set_value(record.longitude)
        self.coordinates_box.setChecked(record.latitude is not None or record.longitude is not None)
        self.accessibility.set_value(record.accessibility)
        self.languages.set_value(record.languages)
        self.coaching.set_value(record.coaching)
        self.capacity.set_value(record.capacity)
        self.opening_hours.set_value(record.opening_hours)
        self.photos.set_value(record.photos)
        self.photo_descriptions.set_value(
            record.photos, record.photo_descriptions, record.photo_confirmed_on
        )

    def collect(self) -> Environment:
        return dataclasses.replace(
            self._record,
            name=self.name.value(),
            description=self.description.value(),
            work_areas=self.work_areas.value(),
            address=self.address.value(optional=False) or Address(),
            latitude=self.latitude.value(),
            longitude=self.longitude.value(),
            accessibility=self.accessibility.value(),
            languages=self.languages.value(),
            coaching=self.coaching.value(),
            capacity=self.capacity.value(),
            opening_hours=self.opening_hours.value(),
            photos=self.photos.value(),
            photo_descriptions=self.photo_descriptions.value(),
            photo_confirmed_on=self.photo_descriptions.confirmed_on(),
        )

    def on_photos_changed(self) -> None:
        """A photo added or removed: its description and confirmation come or go with it."""
        self.photo_descriptions.set_photos(self.photos.value())
        if not self._loading:
            self._touched.add("photo_descriptions")  # ask for it at once, even on a new one
        self.wheel_guard.install(self.body)

    def focus_field(self, field: str) -> bool:
        """`photo_confirmed_on[i]` (the checklist's unpublished photos) puts the focus on
        that photo's box; every other field as in any form."""
        match = CONFIRMATION_PATH.fullmatch(field)
        if match is None:
            return super().focus_field(field)
        confirmation = self.photo_descriptions.confirmation_at(int(match.group(1)))
        if confirmation is None:
            return super().focus_field("photo_descriptions")
        confirmation.box.setFocus()
        self.scroll_area.ensureWidgetVisible(confirmation)
        return True

    def show_problems(self) -> None:
        super().show_problems()
        missing = {
            int(p.params.get("number", 0))
            for p in self.problems
            if p.code == "photo_description_required"
        }
        self.photo_descriptions.set_problem_photos(missing)

    def validate(self, record: Environment) -> list[Problem]:
        return validate_environment(record, self.vocab, new_record=not self._show_all)

    def save(self, record: Environment) -> Changes:
        return self.workspace.save_environment(record)
