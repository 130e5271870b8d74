"""The catalogue's privacy notice (issue 20): `tietosuojaseloste.html` in fi/sv/en, linked
from every page's footer, naming the controller the coordinator set (or saying it is not
set), the same text as the apps show; the settings refuse bad values and save nothing."""

from __future__ import annotations

import json
import re
from html import escape as html_escape
from pathlib import Path

import pytest
from markupsafe import escape
from published_fixtures import published_from_demo

from kuhina_desktop.errors import KnownError
from kuhina_desktop.exports.privacy_notice import (
    ASSOCIATION_APP,
    notice_html,
    privacy_notice,
)
from kuhina_desktop.exports.site import publish_site
from kuhina_desktop.exports.site_data import strings_for
from kuhina_desktop.exports.site_settings import checked_settings
from kuhina_desktop.messages import translate
from kuhina_desktop.services.privacy_notice import app_notice_html, controller_missing
from kuhina_desktop.services.site_settings import load_site_settings, save_site_settings

LANGUAGES = ("fi", "sv", "en")
CONTROLLER = ("Pohjois-Karjalan Kuhina-hanke ry", "tietosuoja@kuhina.example.fi")
HEADINGS = {"fi": "Tietosuojaseloste", "sv": "Dataskyddsbeskrivning", "en": "Privacy notice"}


def page_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    settings = checked_settings("https://www.example.fi/kuhina/", None, *CONTROLLER)
    out = tmp_path_factory.mktemp("privacy") / "site"
    return publish_site(published_from_demo(2, 4, 1), out, settings=settings)


def test_every_page_links_to_the_notice_in_its_language(site: Path) -> None:
    pages = list(site.rglob("*.html"))
    assert len(pages) > 30
    notices = {"fi": site / "tietosuojaseloste.html", "sv": site / "sv" / "tietosuojaseloste.html",
               "en": site / "en" / "tietosuojaseloste.html"}  # fmt: skip
    for page in pages:
        relative = page.relative_to(site)
        if relative.name == "embed.html":
            continue  # the embed has no site footer: it lives inside a municipality's page
        lang = relative.parts[0] if relative.parts[0] in ("sv", "en") else "fi"
        footer = page_text(page).split('<footer class="site-footer">', 1)[1]
        links = re.findall(r'<a href="([^"]*tietosuojaseloste\.html)">([^<]*)</a>', footer)
        assert len(links) == 1, relative
        ((href, text),) = links
        assert text == HEADINGS[lang], relative
        assert (page.parent / href).resolve() == notices[lang].resolve(), relative


def test_the_notice_names_the_controller_and_says_what_the_issue_asks(site: Path) -> None:
    for lang, prefix in (("fi", ""), ("sv", "sv/"), ("en", "en/")):
        text = page_text(site / f"{prefix}tietosuojaseloste.html")
        assert f'<html lang="{lang}">' in text
        assert f"<h1>{HEADINGS[lang]}</h1>" in text
        assert CONTROLLER[0] in text and f'href="mailto:{CONTROLLER[1]}"' in text
        s = strings_for(lang)
        for key in (
            "privacy_collected_contacts", "privacy_collected_photos", "privacy_basis",
            "privacy_where_web", "privacy_where_workbooks", "privacy_where_opendata",
            "privacy_kept_person", "privacy_rights", "privacy_complaint",
        ):  # fmt: skip
            assert str(escape(s[key])) in text, (lang, key)
        assert str(escape(s["privacy_kept"].format(months=24))) in text
        assert str(escape(s["privacy_controller_none"])) not in text
    sitemap = page_text(site / "sitemap.xml")
    for prefix in ("", "sv/", "en/"):
        assert f"https://www.example.fi/kuhina/{prefix}tietosuojaseloste.html" in sitemap


def test_without_a_controller_the_notice_says_so(tmp_path: Path) -> None:
    out = publish_site(published_from_demo(1, 2, 1), tmp_path / "site")
    for lang, prefix in (("fi", ""), ("sv", "sv/"), ("en", "en/")):
        text = page_text(out / f"{prefix}tietosuojaseloste.html")
        assert str(escape(strings_for(lang)["privacy_controller_none"])) in text
        assert "mailto:" not in re.sub(r"(?s)<footer.*", "", text.split("<main", 1)[1])


def test_the_apps_show_the_same_text(tmp_path: Path) -> None:
    save_site_settings(tmp_path, None, None, *CONTROLLER)
    for lang in LANGUAGES:
        coordinator = app_notice_html(lang, tmp_path)
        association = app_notice_html(lang, None)
        s = strings_for(lang)
        for html in (coordinator, association):
            assert f"<h1>{HEADINGS[lang]}</h1>" in html
            for key in ("privacy_intro", "privacy_basis", "privacy_where_opendata"):
                assert str(escape(s[key])).replace("&#39;", "&#x27;") in html or s[key] in html
        assert CONTROLLER[0] in coordinator and CONTROLLER[0] not in association
        assert html_escape(s["privacy_controller_app"]) in association
    # A coordinator's workspace without the setting: the notice says it is not set.
    none = html_escape(strings_for("en")["privacy_controller_none"])
    assert none in app_notice_html("en", tmp_path / "x")


def test_the_apps_html_escapes_what_the_coordinator_typed() -> None:
    notice = privacy_notice("fi", controller_name="<b>Ry</b> & co", controller_email="a@b.fi")
    html = notice_html(notice)
    assert "<b>Ry</b>" not in html and "&lt;b&gt;Ry&lt;/b&gt; &amp; co" in html
    assert (
        privacy_notice("sv", where=ASSOCIATION_APP).controller_missing
        == strings_for("sv")["privacy_controller_app"]
    )


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(
    ("name", "email", "code"),
    [
        ("Ry", "ei-osoite", "site_controller_email_invalid"),
        ("x" * 201, "a@b.fi", "site_controller_name_invalid"),
        ("Ry\x00", "a@b.fi", "site_controller_name_invalid"),
        ("Ry\ud800", "a@b.fi", "site_controller_name_invalid"),
    ],
)
def test_a_bad_controller_is_refused_and_nothing_is_saved(
    tmp_path: Path, lang: str, name: str, email: str, code: str
) -> None:
    save_site_settings(tmp_path, None, None, "Vanha ry", "vanha@ry.fi")
    before = (tmp_path / "web-catalogue.json").read_bytes()
    with pytest.raises(KnownError) as caught:
        save_site_settings(tmp_path, None, None, name, email)
    assert caught.value.code == code
    message = translate(caught.value.code, lang, **caught.value.params)
    assert message != code and "{" not in message
    assert (tmp_path / "web-catalogue.json").read_bytes() == before
    assert load_site_settings(tmp_path).controller_name == "Vanha ry"


def test_the_settings_are_saved_and_the_warning_follows_them(tmp_path: Path) -> None:
    assert controller_missing(load_site_settings(tmp_path))
    saved = save_site_settings(tmp_path, None, None, "  Kuhina   ry ", " tietosuoja@ry.fi ")
    assert (saved.controller_name, saved.controller_email) == ("Kuhina ry", "tietosuoja@ry.fi")
    body = json.loads((tmp_path / "web-catalogue.json").read_text("utf-8"))
    assert body["controller_name"] == "Kuhina ry"
    assert not controller_missing(load_site_settings(tmp_path))
    assert controller_missing(save_site_settings(tmp_path, None, None, "Kuhina ry", None))
