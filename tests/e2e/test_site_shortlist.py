"""A job coach's shortlist and printing, in a real browser over http on 127.0.0.1: offers
added with "Lisää listalle" are on lista.html in the order added; its link opens the same list
in a fresh browser context (nothing but the address carries it); the list of eight prints on
at most two A4 pages, and an opportunity's page on one."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page
from playwright.sync_api import expect as playwright_expect
from pypdf import PdfReader

from kuhina_desktop.exports.site import publish_site
from kuhina_desktop.exports.site_data import page_slug, strings_for
from tests.e2e.site_browsing import TODAY, Site, browser, need_chromium
from tests.e2e.site_http import serve
from tests.unit.published_fixtures import published_from_demo

pytestmark = pytest.mark.e2e
need_chromium()
__all__ = ["browser"]  # the fixture
S = strings_for("fi")


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    catalogue = published_from_demo(orgs=8, opps=20, seed=3)
    out = publish_site(catalogue, tmp_path_factory.mktemp("web") / "site", today=TODAY)
    return Site(catalogue, out)


@pytest.fixture(scope="module")
def address(demo_site: Site) -> Iterator[str]:
    with serve(demo_site.out) as base:
        yield base


def new_page(browser: Browser, width: int = 1280) -> Page:
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.on("pageerror", lambda error: pytest.fail(str(error)))
    return page


def pdf_pages(page: Page) -> int:
    return len(PdfReader(io.BytesIO(page.pdf(format="A4"))).pages)


def listed_ids(page: Page) -> list[str]:
    ids: list[str] = page.eval_on_selector_all(
        "#shortlist > li", "nodes => nodes.map(node => node.dataset.id)"
    )
    return ids


def test_shortlist_link_reproduces_the_list_and_prints_on_two_pages(
    browser: Browser, demo_site: Site, address: str
) -> None:
    page = new_page(browser)
    page.goto(address + "index.html")
    playwright_expect(page.locator("body[data-ready=true]")).to_have_count(1)
    entries = page.locator("#results > li.result")
    chosen = [entries.nth(n).get_attribute("data-id") or "" for n in (4, 0, 7, 2, 9, 1, 12, 5)]
    for slug in chosen:
        button = page.locator(f"#results > li[data-id='{slug}'] .shortlist-toggle")
        playwright_expect(button).to_contain_text(S["shortlist_add"])
        button.click()
        playwright_expect(button).to_contain_text(S["shortlist_remove"])
    playwright_expect(page.locator("#shortlist-count")).to_have_text(f"({len(chosen)})")
    # Taken off and put back: last in the list now.
    page.locator(f"#results > li[data-id='{chosen[0]}'] .shortlist-toggle").click()
    page.locator(f"#results > li[data-id='{chosen[0]}'] .shortlist-toggle").click()
    chosen = [*chosen[1:], chosen[0]]

    page.goto(address + f"tarjous/{chosen[3]}.html")
    playwright_expect(page.locator(".shortlist-slot .shortlist-toggle")).to_contain_text(
        S["shortlist_remove"]
    )
    page.locator("#shortlist-nav").click()
    playwright_expect(page.locator("#shortlist > li")).to_have_count(len(chosen))
    assert listed_ids(page) == chosen
    for slug in chosen:
        row = demo_site.by_slug[slug]
        playwright_expect(page.locator(f"#shortlist > li[data-id='{slug}'] h2")).to_have_text(
            row.title
        )
    link = page.locator("#shortlist-link").input_value()
    assert link == address + "lista.html?ids=" + ".".join(chosen)
    assert pdf_pages(page) <= 2

    fresh = new_page(browser, 375)
    fresh.goto(link)
    playwright_expect(fresh.locator("#shortlist > li")).to_have_count(len(chosen))
    assert listed_ids(fresh) == chosen
    assert fresh.evaluate("localStorage.getItem('kuhina-lista')") is None
    fresh.locator("#shortlist-save").click()
    playwright_expect(fresh.locator("#shortlist-count")).to_have_text(f"({len(chosen)})")
    fresh.goto(address + "sv/lista.html")
    playwright_expect(fresh.locator("#shortlist > li")).to_have_count(len(chosen))
    assert listed_ids(fresh) == chosen
    fresh.context.close()
    page.context.close()


def test_bad_ids_in_a_link_are_ignored(browser: Browser, demo_site: Site, address: str) -> None:
    page = new_page(browser)
    good = demo_site.rows[3].slug
    page.goto(address + f"lista.html?ids=<script>.{good}.../../x.{good}")
    playwright_expect(page.locator("#shortlist > li")).to_have_count(1)
    assert listed_ids(page) == [good]
    page.context.close()


def test_an_offer_prints_on_one_page(browser: Browser, demo_site: Site, address: str) -> None:
    """The longest opportunities of the demo (by the text their pages show) and one with
    photos each print on one A4 page."""

    def length(pair: tuple[object, object]) -> int:
        _org, opp = pair
        texts = [opp.description, opp.learning, opp.requirements, opp.how_to_apply]  # type: ignore[attr-defined]
        return sum(len(t.fi or "") for t in texts if t)

    pairs = sorted(demo_site.catalogue.opportunities(), key=length, reverse=True)
    with_photos = [
        (org, opp)
        for org, opp in pairs
        if (env := org.environment(opp.environment_id)) and env.photos
    ]
    page = new_page(browser)
    for _org, opp in [*pairs[:4], *with_photos[:1]]:
        for prefix in ("", "sv/"):
            page.goto(address + f"{prefix}tarjous/{page_slug(opp.id)}.html")
            playwright_expect(page.locator("h1")).to_have_count(1)
            assert pdf_pages(page) == 1, (prefix, opp.id)
    page.context.close()
