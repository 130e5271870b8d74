"""The catalogue's privacy notice for the apps' Help → Privacy notice (issue 20).

The association's app shows the catalogue's notice as the program carries it (it does not
know the coordinator's settings, so it points to the web catalogue's notice for the
controller); the coordinator's app fills in the controller its workspace has set.
"""

from __future__ import annotations

from pathlib import Path

from kuhina_desktop.exports.privacy_notice import (
    ASSOCIATION_APP,
    WEB,
    controller_is_set,
    notice_html,
    privacy_notice,
)
from kuhina_desktop.exports.site_settings import SiteSettings
from kuhina_desktop.services.retention_setting import load_retention_months
from kuhina_desktop.services.site_settings import load_site_settings

__all__ = ["app_notice_html", "controller_missing"]


def app_notice_html(lang: str, catalogue_folder: Path | None = None) -> str:
    """The notice as HTML for the apps' viewer: with the controller a catalogue workspace
    has set when `catalogue_folder` is given, else as the association's app shows it."""
    if catalogue_folder is None:
        return notice_html(privacy_notice(lang, where=ASSOCIATION_APP))
    settings = load_site_settings(catalogue_folder)
    notice = privacy_notice(
        lang,
        controller_name=settings.controller_name,
        controller_email=settings.controller_email,
        retention_months=load_retention_months(catalogue_folder),
        where=WEB,
    )
    return notice_html(notice)


def controller_missing(settings: SiteSettings) -> bool:
    """Whether publishing should warn that the privacy notice names no controller."""
    return not controller_is_set(settings.controller_name, settings.controller_email)
