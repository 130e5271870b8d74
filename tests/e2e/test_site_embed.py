"""The one-line embed in a real browser: the site served over http on 127.0.0.1, embedded by a
municipality's page on another port (another origin), a stranger's page on a third.

The frame is as tall as its content (within 30 px) before and after filtering and after an
opportunity is opened inside it; the opportunity has the embed layout and its back link
returns to the same list with the same filters; messages from any other origin or window
change nothing; the plain <iframe> form still works."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Frame, Page
from playwright.sync_api import expect as playwright_expect

from kuhina_desktop.exports.site import publish_site
from tests.e2e.site_browsing import TODAY, Site, browser, expect, need_chromium
from tests.e2e.site_http import serve, write_host, write_stranger
from tests.unit.published_fixtures import published_from_demo

pytestmark = pytest.mark.e2e
need_chromium()
__all__ = ["browser"]  # the fixture
CODE = "167"
TOLERANCE = 30
FRAME = "iframe.kuhina-embed"


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    catalogue = published_from_demo(orgs=8, opps=20, seed=3)
    out = publish_site(catalogue, tmp_path_factory.mktemp("web") / "site", today=TODAY)
    return Site(catalogue, out)


@pytest.fixture(scope="module")
def servers(demo_site: Site, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """The site, the host page (embedding the site by the snippet) and a stranger."""
    folder = tmp_path_factory.mktemp("hosts")
    with serve(demo_site.out) as site, serve(folder / "stranger") as stranger:
        write_stranger(folder / "stranger")
        snippet = (
            f'<script src="{site}embed.js" data-kunta="{CODE}" data-kieli="fi" async></script>'
        )
        intruder = f'<iframe id="stranger" title="stranger" src="{stranger}index.html"></iframe>'
        write_host(folder / "host", snippet, intruder)
        plain = (
            f'<iframe id="plain" src="{site}embed.html?kunta={CODE}&amp;lang=sv" title="Kuhina" '
            'width="100%" height="900" style="border:0"></iframe>'
        )
        write_host(folder / "plain", plain)
        swedish = f'<script src="{site}embed.js" data-kunta="426" data-kieli="sv" async></script>'
        write_host(folder / "swedish", swedish)
        with (
            serve(folder / "host") as host,
            serve(folder / "plain") as plain_host,
            serve(folder / "swedish") as swedish_host,
        ):
            yield {
                "site": site, "host": host, "stranger": stranger, "plain": plain_host,
                "swedish": swedish_host,
            }  # fmt: skip


def kuhina_frame(page: Page) -> Frame:
    handle = page.locator(FRAME).element_handle()
    assert handle is not None
    frame = handle.content_frame()
    assert frame is not None
    return frame


def settled(page: Page) -> Frame:
    """The frame once its page has its data (catalogue.js marks the body) or is a details page."""
    frame = kuhina_frame(page)
    playwright_expect(
        frame.locator("body[data-ready=true]:not([data-busy]), body.page-details")
    ).to_have_count(1)
    return frame


def near(height: int) -> re.Pattern[str]:
    """Any whole number within TOLERANCE of `height`."""
    values = range(max(0, height - TOLERANCE), height + TOLERANCE + 1)
    return re.compile("^(" + "|".join(str(v) for v in values) + ")$")


def content_height(frame: Frame) -> int:
    height: int = frame.evaluate("Math.ceil(document.body.getBoundingClientRect().height)")
    return height


def assert_fits(page: Page) -> int:
    """The frame is as tall as its content, within TOLERANCE, and the content does not scroll."""
    frame = settled(page)
    height = content_height(frame)
    playwright_expect(page.locator(FRAME)).to_have_attribute("height", near(height))
    box = page.locator(FRAME).bounding_box()
    assert box is not None and abs(box["height"] - height) <= TOLERANCE, (box, height)
    scrolls = frame.evaluate(
        "document.documentElement.scrollHeight > document.documentElement.clientHeight + 1"
    )
    assert not scrolls
    return height


@pytest.fixture(params=[375, 1280], ids=["phone", "desktop"])
def host_page(
    browser: Browser, servers: dict[str, str], request: pytest.FixtureRequest
) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": request.param, "height": 800})
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.goto(servers["host"])
    yield page
    assert problems == []
    context.close()


def test_frame_follows_its_content_and_back_link_restores_the_list(
    demo_site: Site, host_page: Page, servers: dict[str, str]
) -> None:
    page = host_page
    frame = settled(page)
    assert frame.url.startswith(servers["site"] + "embed.html?kunta=167&host=")
    listed = demo_site.listed(lambda row: CODE in row.municipalities)
    playwright_expect(frame.locator("#results > li")).to_have_count(min(30, len(listed)))
    before = assert_fits(page)
    assert before > 1000, "the list of a municipality should be long"

    kind = demo_site.rows[0].kind
    if frame.locator("#more-filters").get_attribute("open") is None:
        frame.locator("#more-filters summary").click()  # folded on a phone
    frame.select_option("#f-kind", kind)
    wanted = expect(demo_site, lambda row: CODE in row.municipalities and row.kind == kind)
    playwright_expect(frame.locator("#results > li")).to_have_count(min(30, len(wanted)))
    after = assert_fits(page)
    assert after != before
    shown = frame.eval_on_selector_all("#results > li", "nodes => nodes.map(n => n.dataset.id)")

    frame.locator("#results a").first.click()
    playwright_expect(frame.locator("body.page-details")).to_have_count(1)
    frame = kuhina_frame(page)
    assert "/tarjous/" in frame.url and "upotus=167" in frame.url
    playwright_expect(frame.locator(".site-header")).to_be_hidden()
    playwright_expect(frame.locator("h1")).to_have_count(1)
    assert_fits(page)

    frame.locator("#back-link").click()
    frame = settled(page)
    playwright_expect(frame.locator("#f-kind")).to_have_value(kind)
    assert "kunta=167" in frame.url
    playwright_expect(frame.locator("#results > li")).to_have_count(len(shown))
    again = frame.eval_on_selector_all("#results > li", "nodes => nodes.map(n => n.dataset.id)")
    assert again == shown
    assert_fits(page)


def test_messages_from_elsewhere_change_nothing(host_page: Page, servers: dict[str, str]) -> None:
    page = host_page
    height = assert_fits(page)
    attribute = page.locator(FRAME).get_attribute("height")
    fake = {"kuhina": "height", "height": height + 2000, "top": True}
    stranger = page.frame_locator("#stranger").locator("body")
    playwright_expect(stranger).to_have_count(1)
    handle = page.locator("#stranger").element_handle()
    assert handle is not None and handle.content_frame() is not None
    stranger_frame = handle.content_frame()
    assert stranger_frame is not None
    # From another origin to the host page, and to the catalogue's frame.
    stranger_frame.evaluate("message => parent.postMessage(message, '*')", fake)
    stranger_frame.evaluate(
        "message => parent.frames[0].postMessage(message, '*')", {**fake, "kuhina": "filter"}
    )
    # From the host page's own origin, which is not the catalogue's.
    page.evaluate("message => window.postMessage(message, '*')", fake)
    log = page.locator("#log li")
    playwright_expect(log.filter(has_text=servers["stranger"].rstrip("/"))).to_have_count(1)
    playwright_expect(log.filter(has_text=servers["host"].rstrip("/"))).to_have_count(1)
    assert page.locator(FRAME).get_attribute("height") == attribute
    assert_fits(page)
    for entry in log.all_text_contents():
        origin, _, data = entry.partition(" ")
        if json.loads(data).get("height") == height + 2000:
            assert origin != servers["site"].rstrip("/")


def test_plain_iframe_still_works(
    browser: Browser, demo_site: Site, servers: dict[str, str]
) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    try:
        page = context.new_page()
        page.goto(servers["plain"])
        frame = page.frame_locator("#plain")
        playwright_expect(frame.locator("body[data-ready=true]:not([data-busy])")).to_have_count(1)
        playwright_expect(frame.locator("html")).to_have_attribute("lang", "sv")
        listed = demo_site.listed(lambda row: CODE in row.municipalities)
        playwright_expect(frame.locator("#results > li")).to_have_count(min(30, len(listed)))
        assert page.locator("#plain").get_attribute("height") == "900"
        frame.locator("#results a").first.click()
        playwright_expect(frame.locator("body.page-details")).to_have_count(1)
        playwright_expect(frame.locator(".site-header")).to_be_hidden()
        frame.locator("#back-link").click()
        playwright_expect(frame.locator("body[data-ready=true]")).to_have_count(1)
        playwright_expect(frame.locator("#results > li")).to_have_count(min(30, len(listed)))
    finally:
        context.close()


def test_embed_help_shows_both_forms_with_the_address(
    demo_site: Site, browser: Browser, servers: dict[str, str]
) -> None:
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(servers["site"] + "embed-ohje.html")
        script = page.locator(f"#script-{CODE}")
        playwright_expect(script).to_have_value(
            f'<script src="{servers["site"]}embed.js" data-kunta="{CODE}" data-kieli="fi" '
            "async></script>"
        )
        playwright_expect(page.locator(f"#snippet-{CODE}")).to_have_value(
            re.compile(re.escape(f'<iframe src="{servers["site"]}embed.html?kunta={CODE}"'))
        )
    finally:
        context.close()


def test_the_snippet_takes_its_municipality_and_language(
    browser: Browser, demo_site: Site, servers: dict[str, str]
) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    try:
        page = context.new_page()
        page.goto(servers["swedish"])
        frame = settled(page)
        assert frame.url.startswith(servers["site"] + "sv/embed.html?kunta=426&host=")
        playwright_expect(frame.locator("html")).to_have_attribute("lang", "sv")
        playwright_expect(frame.locator("h1")).to_contain_text("Libelits")
        title = page.locator(FRAME).get_attribute("title") or ""
        assert "Libelits" in title and "arbetssökande" in title
        listed = demo_site.listed(lambda row: "426" in row.municipalities)
        playwright_expect(frame.locator("#results > li")).to_have_count(min(30, len(listed)))
        assert_fits(page)
    finally:
        context.close()
