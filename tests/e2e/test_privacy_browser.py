"""The privacy notice in a real browser (issue 20), served over http with its controller set:
axe-core finds no violation at 375 and 1280 px in Finnish, Swedish and English, and the
footer link of the front page leads to it. (The notice without a controller is among every
page type of test_site_browser's axe test.)"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from kuhina_desktop.exports.site import publish_site
from kuhina_desktop.exports.site_settings import checked_settings
from tests.e2e.site_browsing import TODAY, browser, follow, need_chromium
from tests.e2e.site_http import serve
from tests.e2e.site_screenshots import CONTROLLER
from tests.e2e.test_site_browser import axe_problems
from tests.unit.published_fixtures import published_from_demo

pytestmark = pytest.mark.e2e
need_chromium()
__all__ = ["browser"]  # the fixture
HEADINGS = {"fi": "Tietosuojaseloste", "sv": "Dataskyddsbeskrivning", "en": "Privacy notice"}


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    settings = checked_settings("https://www.example.fi/kuhina/", None, *CONTROLLER)
    out = tmp_path_factory.mktemp("privacy-web") / "site"
    publish_site(published_from_demo(3, 6, 1), out, today=TODAY, settings=settings)
    with serve(Path(out)) as base:
        yield base


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_axe_finds_no_violation_on_the_privacy_notice(
    served: str, browser: Browser, width: int, lang: str
) -> None:
    context = browser.new_context(bypass_csp=True, viewport={"width": width, "height": 900})
    try:
        page = context.new_page()
        prefix = "" if lang == "fi" else f"{lang}/"
        page.goto(f"{served}{prefix}index.html")
        page.wait_for_selector("body[data-ready=true]")
        # The keyboard, not the mouse: once ready, the list may still load its small set and
        # move the footer, so a click aimed at the link can land beside it (it hung a
        # loaded run: no navigation ever came). Enter on the focused link cannot miss.
        link = f"footer a:text-is('{HEADINGS[lang]}')"
        page.focus(link)
        follow(page, link, lambda: page.keyboard.press("Enter"))
        assert page.url == f"{served}{prefix}tietosuojaseloste.html"
        assert page.get_attribute("html", "lang") == lang
        assert page.text_content("h1") == HEADINGS[lang]
        assert CONTROLLER[0] in (page.text_content("main") or "")
        assert axe_problems(page) == []
    finally:
        context.close()
