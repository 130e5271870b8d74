"""The catalogue's privacy notice (tietosuojaseloste, issue 20) in Finnish, Swedish and English.

One text, in `resources/site/strings.json` (keys `privacy_*`), for the web catalogue's
`tietosuojaseloste.html` (and `sv/`, `en/`) and for Help → Privacy notice in both apps:
who the controller is (the coordinator's setting `controller_name` and `controller_email`,
site_settings), what is collected and why, on what grounds, where it is shown, how long it
is kept and how to have it corrected or erased.

`privacy_notice` gives the notice as plain parts (the web template renders them);
`notice_html` writes it as simple, escaped HTML for the apps' viewer.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from kuhina_desktop.exports.site_data import strings_for

PRIVACY_PAGE = "tietosuojaseloste.html"  # in every language, beside the accessibility statement
# How long an organisation's records stay after it last sent anything, unless the coordinator
# sets another time (docs/catalogue.md); the notice says the time in force.
DEFAULT_RETENTION_MONTHS = 24
COMPLAINT_URLS = {
    "fi": "https://tietosuoja.fi/",
    "sv": "https://tietosuoja.fi/sv/",
    "en": "https://tietosuoja.fi/en/",
}

# Where the notice is read: the web catalogue (the controller as set, or "not set yet"), or
# the association's app, which does not know the coordinator's setting.
WEB, ASSOCIATION_APP = "web", "association"


@dataclass(frozen=True)
class Section:
    heading: str
    paragraphs: tuple[str, ...] = ()
    items: tuple[str, ...] = ()


@dataclass(frozen=True)
class PrivacyNotice:
    lang: str
    heading: str
    intro: str
    controller_heading: str
    controller_name: str | None
    controller_email: str | None
    controller_missing: str  # said instead of the controller when none is set
    controller_label: str
    contact_label: str
    associations: str
    sections: tuple[Section, ...]
    complaint_heading: str
    complaint: str
    complaint_url: str


def privacy_notice(
    lang: str,
    *,
    controller_name: str | None = None,
    controller_email: str | None = None,
    retention_months: int = DEFAULT_RETENTION_MONTHS,
    where: str = WEB,
) -> PrivacyNotice:
    s = strings_for(lang)
    missing = s["privacy_controller_app" if where == ASSOCIATION_APP else "privacy_controller_none"]
    sections = (
        Section(
            s["privacy_collected_heading"],
            items=(
                s["privacy_collected_contacts"],
                s["privacy_collected_photos"],
                s["privacy_collected_log"],
                s["privacy_collected_readers"],
            ),
        ),
        Section(s["privacy_basis_heading"], paragraphs=(s["privacy_basis"],)),
        Section(
            s["privacy_where_heading"],
            items=(
                s["privacy_where_web"],
                s["privacy_where_workbooks"],
                s["privacy_where_opendata"],
            ),
        ),
        Section(
            s["privacy_kept_heading"],
            paragraphs=(
                s["privacy_kept"].format(months=retention_months),
                s["privacy_kept_person"],
            ),
        ),
        Section(s["privacy_rights_heading"], paragraphs=(s["privacy_rights"],)),
    )
    return PrivacyNotice(
        lang=lang,
        heading=s["privacy_heading"],
        intro=s["privacy_intro"],
        controller_heading=s["privacy_controller_heading"],
        controller_name=controller_name or None,
        controller_email=controller_email or None,
        controller_missing=missing,
        controller_label=s["privacy_controller"],
        contact_label=s["privacy_controller_contact"],
        associations=s["privacy_associations"],
        sections=sections,
        complaint_heading=s["privacy_complaint_heading"],
        complaint=s["privacy_complaint"],
        complaint_url=COMPLAINT_URLS.get(lang, COMPLAINT_URLS["fi"]),
    )


def controller_is_set(name: str | None, email: str | None) -> bool:
    """Whether the notice can name the controller: a name and a way to reach them."""
    return bool((name or "").strip() and (email or "").strip())


def notice_html(notice: PrivacyNotice) -> str:
    """The notice as simple HTML for the apps' viewer (QTextBrowser); every text escaped."""
    e = html.escape
    parts = [f"<html lang='{e(notice.lang)}'><body>", f"<h1>{e(notice.heading)}</h1>"]
    parts.append(f"<p>{e(notice.intro)}</p>")
    parts.append(f"<h2>{e(notice.controller_heading)}</h2>")
    if controller_is_set(notice.controller_name, notice.controller_email):
        email = notice.controller_email or ""
        parts.append(f"<p>{e(notice.controller_label)} {e(notice.controller_name or '')}</p>")
        parts.append(f"<p>{e(notice.contact_label)} <a href='mailto:{e(email)}'>{e(email)}</a></p>")
    else:
        parts.append(f"<p>{e(notice.controller_missing)}</p>")
    parts.append(f"<p>{e(notice.associations)}</p>")
    for section in notice.sections:
        parts.append(f"<h2>{e(section.heading)}</h2>")
        parts += [f"<p>{e(p)}</p>" for p in section.paragraphs]
        if section.items:
            parts.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in section.items) + "</ul>")
    url = e(notice.complaint_url)
    parts.append(f"<h2>{e(notice.complaint_heading)}</h2>")
    parts.append(f"<p>{e(notice.complaint)} <a href='{url}'>{url}</a></p>")
    parts.append("</body></html>")
    return "\n".join(parts)
