"""The checked date and ended offers in the published site, read in Chromium over http:
each card and offer page says when the association last checked the offer ("Tiedot
tarkistettu 12.3.2027", sv/en likewise) instead of the import date, and an offer whose end
date has passed is in no list, also not after the list loaded all its data."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
from playwright.sync_api import Browser
from playwright.sync_api import expect as playwright_expect

from kuhina_desktop.domain.model import Opportunity, Text
from kuhina_desktop.exports.site import publish_site
from kuhina_desktop.exports.site_data import page_slug
from tests.e2e.site_browsing import TODAY, browser, need_chromium, show_all
from tests.unit.published_fixtures import published_from_demo, with_opportunities

pytestmark = pytest.mark.e2e
need_chromium()
__all__ = ["browser"]  # the fixture

CHECKED = Opportunity(
    title=Text(fi="Tarkistettu tarjous", sv="Kontrollerat erbjudande"),
    description=Text(fi="Läksyapua koululaisille."),
    municipalities=["167"],
    status="published",
    reviewed_on="2026-03-12",
    updated_at="2025-12-01T10:00:00+02:00",
)
ENDED = Opportunity(
    title=Text(fi="Päättynyt kurssi"),
    description=Text(fi="Kurssi loppui."),
    municipalities=["167"],
    ends_on="2026-01-31",
    status="published",
)


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    catalogue = with_opportunities(
        published_from_demo(orgs=2, opps=6, seed=3), {0: [CHECKED, ENDED]}
    )
    out = publish_site(catalogue, tmp_path_factory.mktemp("site") / "site", today=TODAY)
    handler = functools.partial(_Quiet, directory=str(out))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize(
    ("prefix", "sentence"),
    [("", "Tiedot tarkistettu 12.3.2026"), ("sv/", "Uppgifterna kontrollerade 12.3.2026"),
     ("en/", "Information checked 2026-03-12")],
)  # fmt: skip
def test_cards_and_offer_pages_show_the_checked_date(
    browser: Browser, served: str, prefix: str, sentence: str
) -> None:
    page = browser.new_page()
    try:
        page.goto(served + prefix + "kunta/167.html")
        page.wait_for_selector("body[data-ready=true]")
        show_all(page)
        card = page.locator(f'#results li.result[data-id="{page_slug(CHECKED.id)}"]')
        playwright_expect(card.locator(".result-checked")).to_have_text(sentence)
        page.goto(served + prefix + f"tarjous/{page_slug(CHECKED.id)}.html")
        playwright_expect(page.locator("p.checked")).to_have_text(sentence)
        playwright_expect(page.locator("p.updated")).to_have_count(0)  # not the import day
    finally:
        page.close()


def test_an_ended_offer_is_in_no_list(browser: Browser, served: str) -> None:
    page = browser.new_page()
    try:
        for address in ("index.html", "kunta/167.html", "sv/kunta/167.html"):
            page.goto(served + address)
            page.wait_for_selector("body[data-ready=true]")
            shown = show_all(page)
            assert shown and page_slug(ENDED.id) not in shown
            assert page_slug(CHECKED.id) in shown
        page.goto(served + f"tarjous/{page_slug(ENDED.id)}.html")
        playwright_expect(page.locator("h1")).to_contain_text("Päättynyt kurssi")
    finally:
        page.close()
