"""An opportunity's page on a 375 px phone, in a real browser: what, where, for whom, free
places and how to apply (the phone and e-mail as links) come before the description, within
the first screens; an offer without how-to-apply text shows the organisation's contact."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page
from playwright.sync_api import expect as playwright_expect

from kuhina_desktop.exports.site import publish_site
from kuhina_desktop.exports.site_data import page_slug, strings_for
from tests.e2e.site_browsing import TODAY, Site, browser, need_chromium
from tests.unit.published_fixtures import published_from_demo

pytestmark = pytest.mark.e2e
need_chromium()
__all__ = ["browser"]  # the fixture


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    catalogue = published_from_demo(orgs=8, opps=20, seed=3)
    out = publish_site(catalogue, tmp_path_factory.mktemp("web") / "site", today=TODAY)
    return Site(catalogue, out)


def top(page: Page, selector: str) -> float:
    box = page.locator(selector).first.bounding_box()
    assert box is not None, selector
    return float(box["y"])


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_on_a_phone_the_way_to_apply_comes_first(
    demo_site: Site, browser: Browser, lang: str
) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 812})
    try:
        page = context.new_page()
        with_apply = [
            (org, opp) for org, opp in demo_site.catalogue.opportunities() if opp.how_to_apply
        ]
        without = [
            (org, opp) for org, opp in demo_site.catalogue.opportunities() if not opp.how_to_apply
        ]
        prefix = "" if lang == "fi" else f"{lang}/"
        for _org, opp in [*with_apply[:3], *without[:2]]:
            page.goto(demo_site.url(f"{prefix}tarjous/{page_slug(opp.id)}.html"))
            playwright_expect(page.locator("h1")).to_have_count(1)
            essentials = top(page, "#h-essentials")
            apply = top(page, "#h-apply")
            phone = top(page, ".apply a[href^='tel:']")
            email = top(page, ".apply a[href^='mailto:']")
            description = top(page, "#h-description")
            assert essentials < apply < phone < description and email < description
            assert phone < 2 * 812, "the phone number should be within two screens"
            if not opp.how_to_apply:
                playwright_expect(page.locator(".apply")).to_contain_text(
                    strings_for(lang)["apply_fallback"]
                )
    finally:
        context.close()
