"""The web catalogue in a real browser (Debian's Chromium driven by Playwright, from file://):
filters and search show what the data says, the embed view shows one municipality, hostile
texts stay text, no request leaves the folder, axe-core finds nothing serious, and the
keyboard alone is enough."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page
from playwright.sync_api import expect as playwright_expect

from kuhina_desktop.catalogue.published import PublishedCatalogue
from kuhina_desktop.domain.model import Contact, Environment, Opportunity, Text
from kuhina_desktop.domain.vocab import load_vocabulary
from kuhina_desktop.exports.site import PAGE_SIZE, publish_site
from kuhina_desktop.exports.site_data import count_text, strings_for
from tests.e2e.site_browsing import (
    TODAY,
    Site,
    Watch,
    browser,
    expect,
    focus_by_tab,
    need_chromium,
    show_all,
    shown_ids,
    visible_text,
    watch,
)
from tests.unit.published_fixtures import published_from_demo, with_opportunities

pytestmark = pytest.mark.e2e
need_chromium()
__all__ = ["browser", "watch"]  # the fixtures
REPO = Path(__file__).resolve().parents[2]
NPM_PREFIX = REPO / ".cache" / "npm"
AXE = NPM_PREFIX / "node_modules" / "axe-core" / "axe.min.js"
HOSTILE = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "</textarea><b>bold</b>",
    "</script><script>alert(2)</script>",
    "\u202eevil right-to-left\u202c & more",
)
HOSTILE_WORD = "hostilemarker"


def hostile_catalogue() -> PublishedCatalogue:
    base = published_from_demo(orgs=3, opps=10, seed=1)
    org = base.organisations[0]
    env = Environment(name=Text(fi=HOSTILE[1]), description=Text(fi=HOSTILE[0]))
    contact = Contact(name=HOSTILE[3], email="javascript:alert(1)", phone="javascript:alert(1)")
    organisation = replace(
        org.organisation,
        name=Text(fi=HOSTILE[4]),
        website="javascript:alert(1)",
        contacts=[contact],
    )
    extra = [
        Opportunity(
            environment_id=env.id,
            title=Text(fi=f"{text} {HOSTILE_WORD}"),
            description=Text(fi=text),
            learning=Text(fi=text),
            how_to_apply=Text(fi=text),
            municipalities=["167"],
            target_groups=["youth"],
            languages=["fi"],
            contact_id=contact.id,
            status="published",
        )
        for text in HOSTILE
    ]
    catalogue = with_opportunities(base, {0: extra})
    first = replace(
        catalogue.organisations[0],
        organisation=organisation,
        environments=[*catalogue.organisations[0].environments, env],
    )
    return replace(catalogue, organisations=[first, *catalogue.organisations[1:]])


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    catalogue = published_from_demo(orgs=8, opps=20, seed=3)
    out = publish_site(catalogue, tmp_path_factory.mktemp("web") / "site", today=TODAY)
    return Site(catalogue, out)


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    catalogue = hostile_catalogue()
    out = publish_site(catalogue, tmp_path_factory.mktemp("web") / "site", today=TODAY)
    return Site(catalogue, out)


def test_filters_and_search_follow_the_data(demo_site: Site, watch: Watch) -> None:
    page = watch.page
    watch.open(demo_site, "index.html")
    everything = expect(demo_site, lambda item: True)
    assert len(everything) > 2 * PAGE_SIZE, "the demo should need the Show more button"
    assert sorted(show_all(page)) == everything
    s = strings_for("fi")
    assert page.text_content("#result-count") == count_text(s, len(everything))

    kind = demo_site.rows[0].kind
    page.select_option("#f-kind", kind)
    assert sorted(show_all(page)) == expect(demo_site, lambda i: i.kind == kind)
    page.select_option("#f-kind", "")

    page.select_option("#f-municipality", "260")
    assert sorted(show_all(page)) == expect(demo_site, lambda i: "260" in i.municipalities)
    page.select_option("#f-language", "en")
    both = expect(demo_site, lambda i: "260" in i.municipalities and "en" in i.languages)
    assert sorted(show_all(page)) == both
    assert page.text_content("#result-count") == count_text(s, len(both))
    page.click("#f-reset")
    # Waits the page's CSP allows (no string evaluated in the page): Playwright's assertions
    # poll from the test's side.
    playwright_expect(page.locator("#f-municipality")).to_have_value("")
    playwright_expect(page.locator("#results > li")).to_have_count(PAGE_SIZE)

    page.check("#f-groups label:has-text('maahanmuuttajat') input")
    groups = ("immigrants", "all_job_seekers")
    assert sorted(show_all(page)) == expect(
        demo_site, lambda i: any(g in i.target_groups for g in groups)
    )
    page.uncheck("#f-groups input[value=immigrants]")

    word = "tyokokeilu"  # typed without ö, matches työkokeilu
    page.fill("#f-search", word)
    found = sorted(show_all(page))
    assert found == expect(demo_site, lambda i: word in i.search)
    assert found and len(found) < len(everything)
    titles = page.eval_on_selector_all("#results a", "links => links.map(a => a.textContent)")
    assert any("työkokeilu" in t.lower() for t in titles) or found
    page.fill("#f-search", "tyokokeilu  JOENSUU")
    assert sorted(show_all(page)) == expect(
        demo_site, lambda i: "tyokokeilu" in i.search and "joensuu" in i.search
    )
    page.fill("#f-search", "zzzz-no-such-word")
    assert shown_ids(page) == []
    assert page.text_content("#result-count") == s["count_none"]
    watch.check(demo_site.out)


def test_filters_survive_back_navigation(demo_site: Site, watch: Watch) -> None:
    page = watch.page
    watch.open(demo_site, "index.html")
    page.select_option("#f-municipality", "167")
    page.fill("#f-search", "kahvila")
    expected = sorted(show_all(page))
    page.click("#results a >> nth=0")
    page.wait_for_url("**/tarjous/*.html")
    page.go_back()
    page.wait_for_selector("body[data-ready=true]")
    assert page.input_value("#f-search") == "kahvila"
    assert sorted(show_all(page)) == expected
    watch.check(demo_site.out)


def test_municipality_page_lists_only_its_opportunities(demo_site: Site, watch: Watch) -> None:
    page = watch.page
    watch.open(demo_site, "sv/kunta/167.html")
    assert page.get_attribute("html", "lang") == "sv"
    assert page.locator("#f-municipality").count() == 0
    assert sorted(show_all(page)) == expect(demo_site, lambda i: "167" in i.municipalities)
    watch.check(demo_site.out)


@pytest.mark.parametrize("code", ["167", "426", "848"])
def test_embed_shows_one_municipality(demo_site: Site, watch: Watch, code: str) -> None:
    page = watch.page
    watch.open(demo_site, f"embed.html?kunta={code}")
    assert sorted(show_all(page)) == expect(demo_site, lambda i: code in i.municipalities)
    name = load_vocabulary().label("municipalities", code, "fi")
    assert name in page.inner_text("h1")
    assert page.is_hidden("#embed-fallback")
    watch.check(demo_site.out)


def test_embed_from_disk_opens_offers_in_the_embed_layout(demo_site: Site, watch: Watch) -> None:
    page = watch.page
    watch.open(demo_site, "embed.html?kunta=167#laji=work_trial")
    playwright_expect(page.locator("#f-kind")).to_have_value("work_trial")
    page.locator("#results a").first.click()
    page.wait_for_url("**/tarjous/*.html?upotus=167#laji=work_trial")
    playwright_expect(page.locator(".site-header")).to_be_hidden()
    page.locator("#back-link").click()
    page.wait_for_url("**/embed.html?kunta=167#laji=work_trial")
    playwright_expect(page.locator("#f-kind")).to_have_value("work_trial")
    watch.check(demo_site.out)


def test_embed_switches_language_and_refuses_unknown_codes(demo_site: Site, watch: Watch) -> None:
    page = watch.page
    watch.open(demo_site, "embed.html?kunta=426&lang=sv")
    assert page.url.endswith("/sv/embed.html?kunta=426")
    assert page.get_attribute("html", "lang") == "sv"
    assert "Libelits" in page.inner_text("h1")
    assert sorted(show_all(page)) == expect(demo_site, lambda i: "426" in i.municipalities)
    watch.open(demo_site, "embed.html?kunta=999", ready=False)
    page.wait_for_load_state("load")
    assert page.is_visible("#embed-fallback") and page.is_hidden("#embed-app")
    assert page.text_content("#embed-message") == strings_for("fi")["embed_unknown"]
    watch.check(demo_site.out)


def test_hostile_texts_stay_text(hostile_site: Site, watch: Watch) -> None:
    page = watch.page
    hostile_slugs = [i.slug for i in hostile_site.rows if HOSTILE_WORD in i.title]
    pages = ["index.html", "kunta/167.html", "embed.html?kunta=167", "sv/index.html"]
    for name in pages:
        watch.open(hostile_site, name)
        page.fill("#f-search", HOSTILE_WORD)
        assert sorted(shown_ids(page)) == sorted(hostile_slugs)
        assert all(entry.is_visible() for entry in page.locator("#results > li").all())
        text = visible_text(page)
        for hostile in HOSTILE:
            assert hostile in text, (name, hostile)
        assert "<script>alert(1)</script>" in text
        assert page.locator("#results img, #results b, #results script").count() == 0
    for slug in hostile_slugs:
        watch.open(hostile_site, f"tarjous/{slug}.html", ready=False)
        page.wait_for_load_state("load")
        assert "<script>alert(1)</script>" in visible_text(page)
        assert "<img src=x onerror=alert(1)>" in visible_text(page)
        assert page.locator("main b, main script").count() == 0
        assert page.locator("a[href^='javascript' i]").count() == 0
        assert "javascript:alert(1)" in visible_text(page)
        images = page.eval_on_selector_all("img", "imgs => imgs.map(i => i.getAttribute('src'))")
        assert images == []
    page.wait_for_timeout(200)
    assert watch.problems == []
    watch.check(hostile_site.out)


def axe_script() -> Path:
    if not AXE.is_file():
        npm = shutil.which("npm")
        if npm is None:
            pytest.skip("npm is not installed, so axe-core cannot be fetched from the registry")
        subprocess.run(
            [npm, "install", "--no-audit", "--no-fund", "--prefix", str(NPM_PREFIX), "axe-core@4"],
            check=True,
            capture_output=True,
            timeout=300,
        )
    return AXE


def axe_problems(page: Page) -> list[str]:
    """Every violation axe-core reports, of any impact (minor and moderate too)."""
    page.add_script_tag(path=str(axe_script()))
    violations: list[dict[str, object]] = page.evaluate(
        """async () => (await axe.run(document, {resultTypes: ['violations']})).violations
            .map(v => ({id: v.id, impact: v.impact, help: v.help,
                        targets: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))"""
    )
    return [str(v) for v in violations]


def page_types(site: Site, lang: str) -> list[str]:
    """One page of every type in a language: list, municipality, offer, embed (the list and
    an offer in the embed layout), shortlist, accessibility statement, the embed help, a later
    list page and the privacy notice."""
    prefix = "" if lang == "fi" else f"{lang}/"
    slug = next(row.slug for row in site.rows if "167" in row.municipalities)
    ids = ".".join(row.slug for row in site.rows[:5])
    query = "" if lang == "fi" else f"&lang={lang}"
    return [
        f"{prefix}index.html", f"{prefix}kunta/167.html", f"{prefix}tarjous/{slug}.html",
        f"embed.html?kunta=167{query}", f"{prefix}tarjous/{slug}.html?upotus=167",
        f"{prefix}lista.html?ids={ids}",
        f"{prefix}saavutettavuusseloste.html", f"{prefix}embed-ohje.html", f"{prefix}sivu/2.html",
        f"{prefix}tietosuojaseloste.html",
    ]  # fmt: skip


SCRIPTED = ("index.html", "kunta/", "embed.html", "lista.html")


@pytest.mark.parametrize("width", [1280, 375])
@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_axe_finds_no_violation_on_any_page_type(
    demo_site: Site, browser: Browser, width: int, lang: str
) -> None:
    context = browser.new_context(bypass_csp=True, viewport={"width": width, "height": 900})
    try:
        page = context.new_page()
        for name in page_types(demo_site, lang):
            page.goto(demo_site.url(name))
            page.wait_for_load_state("load")
            if any(kind in name for kind in SCRIPTED):
                page.wait_for_selector("body[data-ready=true]")
                page.wait_for_selector("body:not([data-busy])", state="attached")
            assert page.get_attribute("html", "lang") == lang, name
            assert axe_problems(page) == [], name
    finally:
        context.close()


def test_keyboard_alone_is_enough(demo_site: Site, watch: Watch) -> None:
    page = watch.page
    watch.open(demo_site, "index.html")
    page.keyboard.press("Tab")
    first_tab_target = page.evaluate("document.activeElement.className")
    assert first_tab_target == "skip-link"
    focus_by_tab(page, "f-search")
    page.keyboard.type("tyokokeilu")
    assert sorted(show_all(page)) == expect(demo_site, lambda i: "tyokokeilu" in i.search)
    focus_by_tab(page, "f-municipality")
    code = "167"
    for _ in range(20):  # arrow keys walk a closed select's options, as a keyboard user does
        page.keyboard.press("ArrowDown")
        if page.input_value("#f-municipality") == code:
            break
    expected = expect(demo_site, lambda i: "tyokokeilu" in i.search and code in i.municipalities)
    assert expected and sorted(shown_ids(page)) == expected
    focus_by_tab(page, "f-group-0")
    page.keyboard.press("Space")
    assert page.is_checked("#f-group-0")
    group = page.get_attribute("#f-group-0", "value")
    assert sorted(shown_ids(page)) == [
        slug
        for slug in expected
        if {group, "all_job_seekers"} & set(demo_site.by_slug[slug].target_groups)
    ]
    page.keyboard.press("Space")
    assert sorted(shown_ids(page)) == expected
    # On to the first result's link, then Enter opens its details.
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("!!document.activeElement.closest('#results')"):
            break
    href = page.evaluate("document.activeElement.getAttribute('href')")
    assert href and href.startswith("tarjous/")
    page.keyboard.press("Enter")
    page.wait_for_url("**/" + href)
    assert page.locator("h1").count() == 1
    watch.check(demo_site.out)


def test_show_more_moves_focus_to_the_new_results(demo_site: Site, watch: Watch) -> None:
    page = watch.page
    watch.open(demo_site, "index.html")
    assert shown_ids(page) == demo_site.listed(lambda row: True)[:PAGE_SIZE]
    page.focus("#more button")
    page.keyboard.press("Enter")
    assert shown_ids(page) == demo_site.listed(lambda row: True)[: 2 * PAGE_SIZE]
    focused = page.evaluate("document.activeElement.closest('li').dataset.id")
    assert focused == shown_ids(page)[PAGE_SIZE]
    watch.check(demo_site.out)
