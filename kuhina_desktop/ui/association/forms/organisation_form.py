"""The organisation's profile: name, business id, description, contact details, address,
logo and contact people, and the signing key's fingerprint."""

from __future__ import annotations

import dataclasses
import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kuhina_desktop.domain import postcodes
from kuhina_desktop.domain.checks import Problem, normalise_phone
from kuhina_desktop.domain.model import Address, Organisation
from kuhina_desktop.domain.validation import validate_organisation
from kuhina_desktop.services.changes import Changes
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.ui.association.forms.base import RecordForm, problem_message
from kuhina_desktop.ui.i18n import current_language
from kuhina_desktop.ui.noop import QT_TRANSLATE_NOOP
from kuhina_desktop.ui.widgets.contacts_editor import ContactsEditor
from kuhina_desktop.ui.widgets.editors import ComboEditor, LineEditor
from kuhina_desktop.ui.widgets.image_editor import ImageEditor
from kuhina_desktop.ui.widgets.key_info import KeyInfo
from kuhina_desktop.ui.widgets.text_editor import TranslatedTextEditor

_CONTACT_INDEX = re.compile(r"^contacts\[(\d+)\]")


class AddressFields:
    """Street, postal code, post office and municipality rows of a form.

    The post office and the municipality fill in from the postal code (Posti's postcode
    file), unless the user wrote something else there; a postal code of another
    municipality than the one chosen is a warning under the postal code.
    """

    def __init__(self, form: RecordForm) -> None:
        self.form = form
        self._filled_office: str | None = None  # what we filled in, so it may be replaced
        self.street = LineEditor()
        self.postal_code = LineEditor()
        self.postal_code.setMaxLength(10)
        self.post_office = LineEditor()
        self.municipality = ComboEditor()
        required = form.RECORD_TYPE == "environment"
        form.add_row("address.street", self.street, required=required)
        form.add_row("address.postal_code", self.postal_code, required=required)
        form.add_row("address.post_office", self.post_office)
        self.municipality_row = form.add_row(
            "address.municipality", self.municipality, required=required
        )
        self.postal_row = form.rows["address.postal_code"]
        self.postal_code.committed.connect(self.on_postal_code_committed)
        self.municipality.committed.connect(self.check_postal_code)
        self.retranslate()

    def on_postal_code_committed(self) -> None:
        """Fill in what the postal code tells (before the form saves the field)."""
        found = postcodes.lookup(self.postal_code.value())
        before = (self.post_office.value(), self.municipality.value())
        if found is not None:
            office = self.post_office.value()
            names = {found.name_fi, found.name_sv}
            if office is None or office == self._filled_office or office in names:
                name = found.name(current_language())
                self.post_office.set_value(name)
                self._filled_office = name
            region = {e.code for e in self.form.vocab.selectable("municipalities")}
            if self.municipality.value() is None and found.municipality in region:
                self.municipality.set_value(found.municipality)
        if (self.post_office.value(), self.municipality.value()) != before:
            self.form.flush()  # the postal code was saved before these were filled in
            self.form.show_problems()
        self.check_postal_code()

    def check_postal_code(self) -> None:
        """Warn when the postal code belongs to another municipality than the one chosen."""
        found = postcodes.lookup(self.postal_code.value())
        chosen = self.municipality.value()
        if found is None or chosen is None or found.municipality == chosen:
            self.postal_row.show_local_problem("")
            return
        lang = current_language()
        vocab = self.form.vocab
        own = vocab.label("municipalities", found.municipality, lang)
        if own == found.municipality:  # outside the region: Posti's name of the office
            own = found.name(lang)
        self.postal_row.show_local_problem(
            QCoreApplication.translate(
                "AddressFields",
                "Postal code %1 belongs to %2, but the municipality chosen is %3. Check both.",
            )
            .replace("%1", found.code)
            .replace("%2", own)
            .replace("%3", vocab.label("municipalities", chosen, lang))
        )

    def retranslate(self) -> None:
        lang = current_language()
        not_given = QCoreApplication.translate("AddressFields", "— not given —")
        items: list[tuple[str | None, str]] = [(None, not_given)]
        items += [(e.code, e.label(lang)) for e in self.form.vocab.selectable("municipalities")]
        self.municipality.set_items(items)

    def set_value(self, address: Address | None) -> None:
        address = address or Address()
        self.street.set_value(address.street)
        self.postal_code.set_value(address.postal_code)
        self.post_office.set_value(address.post_office)
        self.municipality.set_value(address.municipality)
        self._filled_office = None
        self.check_postal_code()

    def value(self, *, optional: bool) -> Address | None:
        address = Address(
            street=self.street.value(),
            postal_code=self.postal_code.value(),
            post_office=self.post_office.value(),
            municipality=self.municipality.value(),
        )
        if optional and address == Address():
            return None
        return address


class OrganisationForm(RecordForm):
    RECORD_TYPE = "organisation"

    def __init__(self, workspace: OrgWorkspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.add_section(QT_TRANSLATE_NOOP("Sections", "Basic information"))
        self.name = TranslatedTextEditor(required=True)
        self.add_row("name", self.name, required=True)
        self.business_id = LineEditor()
        self.business_id.setMaxLength(20)
        self.add_row("business_id", self.business_id)
        self.description = TranslatedTextEditor(multiline=True)
        self.add_row("description", self.description)
        self.add_section(QT_TRANSLATE_NOOP("Sections", "Contact information"))
        self.website = LineEditor()
        self.add_row("website", self.website)
        self.email = LineEditor()
        self.add_row("email", self.email)
        self.phone = LineEditor()
        self.add_row("phone", self.phone)
        self.phone.committed.connect(self.on_phone_committed)
        self.add_section(QT_TRANSLATE_NOOP("Sections", "Address"))
        self.address = AddressFields(self)
        self.add_section(QT_TRANSLATE_NOOP("Sections", "Logo"))
        self.logo = ImageEditor(workspace, many=False)
        self.add_row("logo", self.logo)
        self.add_section(QT_TRANSLATE_NOOP("Sections", "Contact people"))
        self.contacts = ContactsEditor()
        self.add_row("contacts", self.contacts)
        self.add_section(QT_TRANSLATE_NOOP("Sections", "Signing key"))
        self.key_info = KeyInfo(workspace.fingerprint(), self.body)
        self.body_layout.addWidget(self.key_info)
        self.finish_layout()

    def retranslate_ui(self) -> None:
        if hasattr(self, "address"):
            self.address.retranslate()
        super().retranslate_ui()

    def heading_text(self, record: Organisation) -> str:
        return record.name.best(current_language()) or self.tr("Your organisation")

    def fill(self, record: Organisation) -> None:
        self.name.set_value(record.name)
        self.business_id.set_value(record.business_id)
        self.description.set_value(record.description)
        self.website.set_value(record.website)
        self.email.set_value(record.email)
        self.phone.set_value(record.phone)
        self.address.set_value(record.address)
        self.logo.set_value([record.logo] if record.logo else [])
        self.contacts.set_value(record.contacts)

    def collect(self) -> Organisation:
        phone = self.phone.value()
        logos = self.logo.value()
        return dataclasses.replace(
            self._record,
            name=self.name.value(),
            business_id=self.business_id.value(),
            description=self.description.value(),
            website=self.website.value(),
            email=self.email.value(),
            phone=(normalise_phone(phone) or phone) if phone else None,
            address=self.address.value(optional=True),
            logo=logos[0] if logos else None,
            contacts=self.contacts.value(),
        )

    def validate(self, record: Organisation) -> list[Problem]:
        return validate_organisation(record, self.vocab)

    def save(self, record: Organisation) -> Changes:
        return self.workspace.save_organisation(record)

    def on_phone_committed(self) -> None:
        phone = self.phone.value()
        normalised = normalise_phone(phone) if phone else None
        if normalised and normalised != phone:
            self.phone.set_value(normalised)

    def show_problems(self) -> None:
        super().show_problems()
        per_contact: dict[int, list[str]] = {}
        for problem in self.problems:
            match = _CONTACT_INDEX.match(problem.field)
            if match:
                per_contact.setdefault(int(match.group(1)), []).append(
                    problem_message(self.RECORD_TYPE, problem, with_field=True)
                )
        self.contacts.show_row_problems(per_contact)
