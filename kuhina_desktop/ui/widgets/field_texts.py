# ruff: noqa: E501 - a table of texts reads best one field a line
"""Every field's label and short help text, shared by the forms and the checklist.

Keys are (record type, field path) with list indexes and language suffixes left out, as
validation names fields: `("opportunity", "title")` also labels the problem path
`title.fi`, and `("organisation", "contacts.email")` labels `contacts[2].email`.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from kuhina_desktop.ui.noop import QT_TRANSLATE_NOOP

C = "Fields"

ADDRESS = {
    "address": (QT_TRANSLATE_NOOP("Fields", "Address"), ""),
    "address.street": (
        QT_TRANSLATE_NOOP("Fields", "Street address"),
        QT_TRANSLATE_NOOP("Fields", "Street and number, e.g. Koulukatu 5 B."),
    ),
    "address.postal_code": (
        QT_TRANSLATE_NOOP("Fields", "Postal code"),
        QT_TRANSLATE_NOOP("Fields", "Five digits, e.g. 80100."),
    ),
    "address.post_office": (
        QT_TRANSLATE_NOOP("Fields", "Post office"),
        QT_TRANSLATE_NOOP("Fields", "The town of the postal address."),
    ),
    "address.municipality": (
        QT_TRANSLATE_NOOP("Fields", "Municipality"),
        QT_TRANSLATE_NOOP("Fields", "The municipality the address is in."),
    ),
}

TEXTS: dict[str, dict[str, tuple[str, str]]] = {
    "organisation": {
        "name": (
            QT_TRANSLATE_NOOP("Fields", "Name of the association"),
            QT_TRANSLATE_NOOP("Fields", "The official name, as job seekers should see it."),
        ),
        "business_id": (
            QT_TRANSLATE_NOOP("Fields", "Business ID"),
            QT_TRANSLATE_NOOP(
                "Fields", "The Y-tunnus, e.g. 1234567-8. Leave empty if the association has none."
            ),
        ),
        "description": (
            QT_TRANSLATE_NOOP("Fields", "About the association"),
            QT_TRANSLATE_NOOP(
                "Fields", "A few plain sentences: what the association does and for whom."
            ),
        ),
        "website": (
            QT_TRANSLATE_NOOP("Fields", "Website"),
            QT_TRANSLATE_NOOP("Fields", "The address beginning with https://"),
        ),
        "email": (
            QT_TRANSLATE_NOOP("Fields", "E-mail"),
            QT_TRANSLATE_NOOP(
                "Fields", "A general address that someone reads, e.g. info@association.fi."
            ),
        ),
        "phone": (
            QT_TRANSLATE_NOOP("Fields", "Phone"),
            QT_TRANSLATE_NOOP("Fields", "A number job seekers can call, e.g. 040 123 4567."),
        ),
        **ADDRESS,
        "logo": (
            QT_TRANSLATE_NOOP("Fields", "Logo"),
            QT_TRANSLATE_NOOP(
                "Fields",
                "A PNG or JPEG picture. It is resized and its hidden camera and location data removed.",
            ),
        ),
        "contacts": (
            QT_TRANSLATE_NOOP("Fields", "Contact people"),
            QT_TRANSLATE_NOOP(
                "Fields",
                "People job seekers or coaches can contact. Each needs a name and an e-mail address or phone number.",
            ),
        ),
        "contacts.name": (
            QT_TRANSLATE_NOOP("Fields", "Name"),
            QT_TRANSLATE_NOOP("Fields", "The contact person's name."),
        ),
        "contacts.role": (
            QT_TRANSLATE_NOOP("Fields", "Role"),
            QT_TRANSLATE_NOOP("Fields", "E.g. work coach or volunteer coordinator."),
        ),
        "contacts.email": (
            QT_TRANSLATE_NOOP("Fields", "E-mail"),
            QT_TRANSLATE_NOOP("Fields", "The contact person's e-mail address."),
        ),
        "contacts.phone": (
            QT_TRANSLATE_NOOP("Fields", "Phone"),
            QT_TRANSLATE_NOOP("Fields", "The contact person's phone number."),
        ),
    },
    "environment": {
        "updated_at": (QT_TRANSLATE_NOOP("Fields", "Last changed"), ""),
        "name": (
            QT_TRANSLATE_NOOP("Fields", "Name of the place"),
            QT_TRANSLATE_NOOP("Fields", "E.g. Recycling centre Kierrätyskeskus or Café Kulma."),
        ),
        "description": (
            QT_TRANSLATE_NOOP("Fields", "Description"),
            QT_TRANSLATE_NOOP("Fields", "What the place is like and what work is done there."),
        ),
        "work_areas": (
            QT_TRANSLATE_NOOP("Fields", "Kinds of work"),
            QT_TRANSLATE_NOOP("Fields", "Tick every kind of work a job seeker can practise here."),
        ),
        **ADDRESS,
        "latitude": (
            QT_TRANSLATE_NOOP("Fields", "Latitude"),
            QT_TRANSLATE_NOOP("Fields", "Optional. For a map, e.g. 62.6010 (north)."),
        ),
        "longitude": (
            QT_TRANSLATE_NOOP("Fields", "Longitude"),
            QT_TRANSLATE_NOOP("Fields", "Optional. For a map, e.g. 29.7636 (east)."),
        ),
        "accessibility": (
            QT_TRANSLATE_NOOP("Fields", "Accessibility"),
            QT_TRANSLATE_NOOP(
                "Fields",
                "Tick what is true of the place. This helps people with partial work ability choose.",
            ),
        ),
        "languages": (
            QT_TRANSLATE_NOOP("Fields", "Languages used at work"),
            QT_TRANSLATE_NOOP("Fields", "The languages spoken at the workplace."),
        ),
        "coaching": (
            QT_TRANSLATE_NOOP("Fields", "Coaching and supervision"),
            QT_TRANSLATE_NOOP(
                "Fields",
                "Who guides the job seeker and how, e.g. a work coach is present every day.",
            ),
        ),
        "capacity": (
            QT_TRANSLATE_NOOP("Fields", "Places at once"),
            QT_TRANSLATE_NOOP("Fields", "How many job seekers can practise here at the same time."),
        ),
        "opening_hours": (
            QT_TRANSLATE_NOOP("Fields", "Opening hours"),
            QT_TRANSLATE_NOOP("Fields", "When the place is open. Tick the days and set the times."),
        ),
        "photos": (
            QT_TRANSLATE_NOOP("Fields", "Photos"),
            QT_TRANSLATE_NOOP(
                "Fields", "Pictures of the place. Do not show people who have not agreed to it."
            ),
        ),
        "photo_descriptions": (
            QT_TRANSLATE_NOOP("Fields", "What the photos show"),
            QT_TRANSLATE_NOOP(
                "Fields",
                "For each photo a sentence, e.g. “The sorting table in the back room of the "
                "thrift shop”. A blind visitor of the web catalogue hears it instead of seeing "
                "the photo. Under it, tick the box once the people in the photo have agreed to "
                "its publication, or if no person can be recognised in it: only such photos are "
                "published.",
            ),
        ),
        "photo_confirmed_on": (
            QT_TRANSLATE_NOOP("Fields", "Permission to publish the photos"),
            QT_TRANSLATE_NOOP(
                "Fields",
                "For each photo, the day the association confirmed that the people in it have "
                "agreed to its publication, or that no person can be recognised in it. A photo "
                "without it is not published.",
            ),
        ),
    },
    "opportunity": {
        "title": (
            QT_TRANSLATE_NOOP("Fields", "Title"),
            QT_TRANSLATE_NOOP(
                "Fields", "A short, plain name, e.g. Work trial in a recycling centre."
            ),
        ),
        "kind": (
            QT_TRANSLATE_NOOP("Fields", "Kind"),
            QT_TRANSLATE_NOOP("Fields", "What kind of opportunity this is."),
        ),
        "status": (
            QT_TRANSLATE_NOOP("Fields", "Status"),
            QT_TRANSLATE_NOOP(
                "Fields",
                "Only published opportunities are sent to the coordinator. Drafts stay here.",
            ),
        ),
        "environment_id": (
            QT_TRANSLATE_NOOP("Fields", "Coaching environment"),
            QT_TRANSLATE_NOOP(
                "Fields", "Where the work is done. Career coaching may have no place."
            ),
        ),
        "description": (
            QT_TRANSLATE_NOOP("Fields", "Description"),
            QT_TRANSLATE_NOOP("Fields", "What the job seeker does, in plain language."),
        ),
        "learning": (
            QT_TRANSLATE_NOOP("Fields", "What one learns"),
            QT_TRANSLATE_NOOP("Fields", "Skills and experience the job seeker gains."),
        ),
        "requirements": (
            QT_TRANSLATE_NOOP("Fields", "Requirements"),
            QT_TRANSLATE_NOOP(
                "Fields", "What is needed, e.g. able to lift 10 kg. Leave empty if nothing."
            ),
        ),
        "target_groups": (
            QT_TRANSLATE_NOOP("Fields", "For whom"),
            QT_TRANSLATE_NOOP("Fields", "Tick the groups of job seekers this is meant for."),
        ),
        "municipalities": (
            QT_TRANSLATE_NOOP("Fields", "Municipalities"),
            QT_TRANSLATE_NOOP("Fields", "Where job seekers can take part. Tick at least one."),
        ),
        "languages": (
            QT_TRANSLATE_NOOP("Fields", "Languages"),
            QT_TRANSLATE_NOOP("Fields", "The languages this can be done in."),
        ),
        "places": (
            QT_TRANSLATE_NOOP("Fields", "Free places"),
            QT_TRANSLATE_NOOP(
                "Fields", "How many can start now. Leave as not given if you do not know."
            ),
        ),
        "places_updated_on": (
            QT_TRANSLATE_NOOP("Fields", "Free places checked on"),
            QT_TRANSLATE_NOOP("Fields", "The day the number of free places was last checked."),
        ),
        "starts_on": (
            QT_TRANSLATE_NOOP("Fields", "Starts on"),
            QT_TRANSLATE_NOOP("Fields", "Leave without a date if one can start at any time."),
        ),
        "ends_on": (
            QT_TRANSLATE_NOOP("Fields", "Ends on"),
            QT_TRANSLATE_NOOP("Fields", "Leave without a date if it continues."),
        ),
        "hours_per_week": (
            QT_TRANSLATE_NOOP("Fields", "Hours per week"),
            QT_TRANSLATE_NOOP("Fields", "The usual weekly hours, e.g. from 12 to 25."),
        ),
        "duration": (
            QT_TRANSLATE_NOOP("Fields", "Duration"),
            QT_TRANSLATE_NOOP("Fields", "E.g. 3–6 months."),
        ),
        "referral_required": (
            QT_TRANSLATE_NOOP("Fields", "Referral needed"),
            QT_TRANSLATE_NOOP(
                "Fields", "Tick if the job seeker needs a referral from employment services."
            ),
        ),
        "how_to_apply": (
            QT_TRANSLATE_NOOP("Fields", "How to apply"),
            QT_TRANSLATE_NOOP(
                "Fields", "What the job seeker should do first, e.g. call the work coach."
            ),
        ),
        "contact_id": (
            QT_TRANSLATE_NOOP("Fields", "Contact person"),
            QT_TRANSLATE_NOOP(
                "Fields", "Who answers questions. Add people on the organisation page."
            ),
        ),
        "cost": (
            QT_TRANSLATE_NOOP("Fields", "Cost"),
            QT_TRANSLATE_NOOP("Fields", "Leave empty when it is free for the job seeker."),
        ),
        "reviewed_on": (
            QT_TRANSLATE_NOOP("Fields", "Last reviewed"),
            QT_TRANSLATE_NOOP("Fields", "Check each opportunity at least every six months."),
        ),
        "updated_at": (QT_TRANSLATE_NOOP("Fields", "Last changed"), ""),
    },
}

_INDEX = re.compile(r"\[\d+\]")
_LANG_SUFFIX = re.compile(r"\.(fi|sv|en)$")


def normalise_path(path: str) -> str:
    """`contacts[2].email` → `contacts.email`, `title.fi` → `title`."""
    return _LANG_SUFFIX.sub("", _INDEX.sub("", path))


def _find(record_type: str, path: str) -> tuple[str, str] | None:
    table = TEXTS.get(record_type, {})
    key = normalise_path(path)
    while key:
        if key in table:
            return table[key]
        key = key.rpartition(".")[0]
    return None


def label(record_type: str, path: str) -> str:
    found = _find(record_type, path)
    return QCoreApplication.translate(C, found[0]) if found else path


def hint(record_type: str, path: str) -> str:
    found = _find(record_type, path)
    return QCoreApplication.translate(C, found[1]) if found and found[1] else ""


def language_of(path: str) -> str | None:
    """The language a problem path names (`title.sv` → sv), if any."""
    match = _LANG_SUFFIX.search(path)
    return match.group(1) if match else None
