"""Faceted counts in a real browser: every filter choice's count is the number of results
choosing it gives, with the other filters as they are (a target group: that group alone).
Each count is checked three ways: the label, the result count after choosing it, and the
number the published data predicts."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page
from playwright.sync_api import expect as playwright_expect

from kuhina_desktop.exports.site import publish_site
from kuhina_desktop.exports.site_data import ALL_JOB_SEEKERS, count_text, strings_for
from tests.e2e.site_browsing import TODAY, Row, Site, Watch, browser, need_chromium, settle, watch
from tests.unit.published_fixtures import published_from_demo

pytestmark = pytest.mark.e2e
need_chromium()
__all__ = ["browser", "watch"]  # the fixtures
COUNT = re.compile(r"\((\d+)\)$")


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    catalogue = published_from_demo(orgs=8, opps=20, seed=3)
    out = publish_site(catalogue, tmp_path_factory.mktemp("web") / "site", today=TODAY)
    return Site(catalogue, out)


def predicted(site: Site, **state: object) -> int:
    """How many entries the filters give, computed from the published data."""

    def keep(row: Row) -> bool:
        groups = state.get("groups") or ()
        words = str(state.get("q") or "").split()
        return (
            (not state.get("kind") or row.kind == state["kind"])
            and (not state.get("language") or state["language"] in row.languages)
            and (not state.get("municipality") or state["municipality"] in row.municipalities)
            and (
                not groups
                or ALL_JOB_SEEKERS in row.target_groups
                or any(g in row.target_groups for g in groups)  # type: ignore[union-attr]
            )
            and all(word in row.search for word in words)
        )

    return sum(1 for row in site.rows if keep(row))


def label_count(text: str) -> int:
    match = COUNT.search(text.strip())
    assert match, text
    return int(match.group(1))


def result_count(page: Page, expected: int) -> None:
    settle(page)
    text = count_text(strings_for("fi"), expected)
    playwright_expect(page.locator("#result-count")).to_have_text(text)


def check_select(page: Page, site: Site, select: str, key: str, state: dict[str, object]) -> int:
    """Each option of a select: its count, then choosing it. Returns how many were checked."""
    options = page.locator(f"{select} option").all()
    values = [(o.get_attribute("value") or "", o.text_content() or "") for o in options]
    checked = 0
    for value, text in values:
        if not value:
            continue
        expected = predicted(site, **{**state, key: value})
        assert label_count(text) == expected, (select, value, text)
        page.select_option(select, value)
        result_count(page, expected)
        checked += 1
    page.select_option(select, "")
    return checked


def test_each_count_is_what_choosing_it_gives(demo_site: Site, watch: Watch) -> None:
    page = watch.page
    watch.open(demo_site, "index.html")
    settle(page)
    state: dict[str, object] = {"municipality": "167", "q": "tyo"}
    page.select_option("#f-municipality", "167")
    page.fill("#f-search", "tyo")
    result_count(page, predicted(demo_site, **state))
    checked = check_select(page, demo_site, "#f-kind", "kind", state)
    checked += check_select(page, demo_site, "#f-language", "language", state)

    boxes = page.locator("#f-groups input").all()
    for box in boxes:
        group = box.get_attribute("value") or ""
        text = page.locator(f"label[for='{box.get_attribute('id')}']").text_content() or ""
        expected = predicted(demo_site, **{**state, "groups": (group,)})
        assert label_count(text) == expected, (group, text)
        box.check()
        result_count(page, expected)
        box.uncheck()
        checked += 1

    kind = demo_site.rows[0].kind
    page.fill("#f-search", "")
    page.select_option("#f-municipality", "")
    page.select_option("#f-kind", kind)
    state = {"kind": kind}
    result_count(page, predicted(demo_site, **state))
    checked += check_select(page, demo_site, "#f-municipality", "municipality", state)
    assert checked > 25
    # A count that really follows the filters: some choice's count changed from the set's.
    watch.check(demo_site.out)


def test_counts_differ_from_the_unfiltered_ones(demo_site: Site, watch: Watch) -> None:
    page = watch.page
    watch.open(demo_site, "index.html")
    settle(page)
    group = page.locator("#f-groups label").first
    before = label_count(group.text_content() or "")
    page.select_option("#f-municipality", "167")
    settle(page)
    after = label_count(group.text_content() or "")
    assert after < before
    value = page.locator("#f-groups input").first.get_attribute("value") or ""
    assert after == predicted(demo_site, municipality="167", groups=(value,))
    watch.check(demo_site.out)
