"""The web catalogue's paged lists in Chromium, driven as a reader would: the pager of links
without JavaScript, "show more" with the keyboard, a list whose data loads only when needed,
filters and search over data that was not in the page, the embedded view loading one
municipality only, and what happens with a broken data file or a strange address."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page
from playwright.sync_api import expect as playwright_expect

from kuhina_desktop.exports.site import publish_site
from kuhina_desktop.exports.site_data import count_text, strings_for
from tests.e2e.site_browsing import (
    MORE,
    TODAY,
    Site,
    Watch,
    browser,
    follow,
    need_chromium,
    settle,
    show_all,
    shown_ids,
    watch,
)
from tests.unit.published_fixtures import published_from_demo

pytestmark = pytest.mark.e2e
need_chromium()
__all__ = ["browser", "watch"]  # the fixtures
PAGE, PART = 10, 5  # 160 opportunities: the whole list has 32 parts (loaded as needed),
# a municipality fewer than 20 (loaded whole once the page has painted)


@pytest.fixture(scope="module")
def paged(tmp_path_factory: pytest.TempPathFactory) -> Site:
    catalogue = published_from_demo(orgs=8, opps=20, seed=3)
    out = tmp_path_factory.mktemp("web") / "site"
    publish_site(catalogue, out, today=TODAY, page_size=PAGE, part_size=PART)
    return Site(catalogue, out)


@pytest.fixture
def no_script(browser: Browser) -> Iterator[Watch]:
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 1280, "height": 900}
    )
    watched = Watch(context.new_page())
    yield watched
    context.close()


def all_ids(page: Page) -> list[str]:
    ids: list[str] = page.eval_on_selector_all(
        "#results > li.result", "nodes => nodes.map(node => node.dataset.id)"
    )
    return ids


def test_without_javascript_the_pager_reaches_every_opportunity(
    paged: Site, no_script: Watch
) -> None:
    page = no_script.page
    no_script.open(paged, "index.html", ready=False)
    assert page.is_visible("#pager") and page.is_hidden("#filters")
    seen = all_ids(page)
    pages = 1
    while page.locator("#pager a[rel=next]").count():
        if pages % 2:
            follow(page, "#pager a[rel=next]", lambda: page.click("#pager a[rel=next]"))
        else:  # the keyboard: the link is focusable and Enter follows it
            page.focus("#pager a[rel=next]")
            follow(page, "#pager a[rel=next]", lambda: page.keyboard.press("Enter"))
        pages += 1
        seen += all_ids(page)
        assert f"{pages}/" in page.text_content("#pager .pager-status")  # type: ignore[operator]
    assert seen == paged.listed(lambda row: True)
    assert page.url.endswith(f"/sivu/{pages}.html")
    first = "#pager >> text=" + strings_for("fi")["first_page"]
    follow(page, first, lambda: page.click(first))
    assert page.url.endswith("/index.html")

    no_script.open(paged, "sv/kunta/167.html", ready=False)
    seen = all_ids(page)
    while page.locator("#pager a[rel=next]").count():
        assert page.text_content("#pager a[rel=next]") == "Nästa sida"
        follow(page, "#pager a[rel=next]", lambda: page.click("#pager a[rel=next]"))
        seen += all_ids(page)
    swedish = Site(paged.catalogue, paged.out, lang="sv")  # Swedish titles sort differently
    assert seen == swedish.listed(lambda row: "167" in row.municipalities)
    assert not [name for name in no_script.data_files()]  # no script, no data
    no_script.check(paged.out)


def test_show_more_loads_a_large_list_only_as_far_as_needed(paged: Site, watch: Watch) -> None:
    page = watch.page
    watch.open(paged, "index.html")
    everything = paged.listed(lambda row: True)
    assert shown_ids(page) == everything[:PAGE]
    assert page.is_hidden("#pager")
    page.wait_for_timeout(300)
    assert watch.data_files() == ["kaikki.js"], "the first page needs no part"
    more = f"{len(everything) - PAGE}"
    assert more in page.text_content(MORE)  # type: ignore[operator]

    page.focus(MORE)
    page.keyboard.press("Enter")
    settle(page)
    assert shown_ids(page) == everything[: 2 * PAGE]
    focused = page.evaluate("document.activeElement.closest('li').dataset.id")
    assert focused == everything[PAGE]
    assert watch.data_files() == [
        "kaikki.js",
        "kaikki-1.js",
        "kaikki-2.js",
        "kaikki-3.js",
        "kaikki-4.js",
    ]

    # The last opportunity of the list is in the last part: a search for words of its own
    # title reads the whole list.
    last = paged.by_slug[everything[-1]]
    words = " ".join(last.search.split()[:3])
    page.fill("#f-search", words)
    expected = paged.listed(lambda row: all(w in row.search for w in words.split()))
    assert everything[-1] in expected
    assert show_all(page) == expected
    s = strings_for("fi")
    assert page.text_content("#result-count") == count_text(s, len(expected))
    assert f"kaikki-{len(everything) // PART}.js" in watch.data_files()
    watch.check(paged.out)


def test_filters_and_search_see_what_the_page_did_not_hold(paged: Site, watch: Watch) -> None:
    page = watch.page
    watch.open(paged, "kunta/167.html")
    in_167 = paged.listed(lambda row: "167" in row.municipalities)
    assert len(in_167) > 2 * PAGE
    page.wait_for_selector("body[data-loaded=true]")  # a small set: loaded after the paint
    assert shown_ids(page) == in_167[:PAGE]
    beyond = paged.by_slug[in_167[-1]]
    page.select_option("#f-kind", beyond.kind)
    expected = paged.listed(lambda r: "167" in r.municipalities and r.kind == beyond.kind)
    assert show_all(page) == expected and beyond.slug in expected
    page.check("#f-groups input[value=youth]")
    groups = {"youth", "all_job_seekers"}
    assert show_all(page) == [s for s in expected if groups & set(paged.by_slug[s].target_groups)]
    page.click("#f-reset")
    playwright_expect(page.locator("#f-kind")).to_have_value("")
    assert shown_ids(page) == in_167[:PAGE]
    watch.check(paged.out)


def test_embed_loads_only_its_municipality(paged: Site, watch: Watch) -> None:
    page = watch.page
    watch.open(paged, "en/embed.html?kunta=426")
    english = Site(paged.catalogue, paged.out, lang="en")
    assert show_all(page) == english.listed(lambda row: "426" in row.municipalities)
    names = watch.data_files()
    assert names[:2] == ["kaikki.js", "kunta-426.js"]
    assert all(name.startswith("kunta-426-") for name in names[2:]) and len(names) > 2
    assert page.locator(MORE).count() == 0
    watch.check(paged.out)


def broken_copy(site: Site, tmp_path: Path, name: str, *, remove: bool) -> Site:
    out = tmp_path / "site"
    shutil.copytree(site.out, out)
    part = out / "data" / "fi" / name
    if remove:
        part.unlink()
    else:  # a part that claims to be another one
        part.write_text(part.read_text(encoding="utf-8").replace('"part":2', '"part":7', 1))
    return Site(site.catalogue, out)


@pytest.mark.parametrize("remove", [True, False], ids=["missing", "mislabelled"])
def test_a_broken_data_part_is_said_and_the_rest_stays_usable(
    paged: Site, watch: Watch, tmp_path: Path, remove: bool
) -> None:
    broken = broken_copy(paged, tmp_path, "kunta-167-2.js", remove=remove)
    page = watch.page
    watch.open(broken, "kunta/167.html")
    in_167 = paged.listed(lambda row: "167" in row.municipalities)
    page.wait_for_selector("#more .notice")
    loaded = in_167[:PART]  # part 1 only: loading stops at the broken part
    assert show_all(page) == in_167[:PAGE]  # the page's own entries, and no more to show
    s = strings_for("fi")
    assert page.text_content("#more .notice") == s["load_failed"]
    assert page.locator(MORE).count() == 0
    page.fill("#f-search", paged.by_slug[loaded[0]].search.split()[0])
    settle(page)
    assert loaded[0] in shown_ids(page)
    assert page.text_content("#result-count") == count_text(s, len(shown_ids(page)))
    if remove:  # the browser reports the missing file; nothing else goes wrong
        assert [p for p in watch.problems if "ERR_FILE_NOT_FOUND" not in p] == []
        watch.problems.clear()
    watch.check(broken.out)


@pytest.mark.parametrize(
    "address",
    [
        "embed.html?kunta=../../etc/passwd",
        "embed.html?kunta=1670",
        "embed.html?kunta=%3Cscript%3E",
        "embed.html?kunta=167&kunta=426&lang=xx",
    ],
)
def test_strange_embed_addresses_show_the_choice(paged: Site, watch: Watch, address: str) -> None:
    page = watch.page
    watch.open(paged, address, ready=False)
    page.wait_for_load_state("load")
    page.wait_for_timeout(200)
    if "kunta=167&" in address:  # the first code counts; an unknown language is ignored
        page.wait_for_selector("body[data-ready=true]")
        assert show_all(page) == paged.listed(lambda row: "167" in row.municipalities)
    else:
        assert page.is_visible("#embed-fallback") and page.is_hidden("#embed-app")
        assert page.text_content("#embed-message") == strings_for("fi")["embed_unknown"]
        assert watch.data_files() == ["kaikki.js"]
    watch.check(paged.out)


def test_a_strange_fragment_is_ignored_or_taken_as_text(paged: Site, watch: Watch) -> None:
    page = watch.page
    watch.open(paged, "index.html#laji=%3Cb%3E&kieli=xx&ryhma=nobody&kunta=999&q=%3Cb%3Ex")
    assert page.input_value("#f-search") == "<b>x"
    assert page.input_value("#f-kind") == "" and page.input_value("#f-municipality") == ""
    assert shown_ids(page) == []
    assert page.text_content("#result-count") == strings_for("fi")["count_none"]
    assert page.locator("#results b").count() == 0
    watch.check(paged.out)


def test_paging_speaks_the_page_language(paged: Site, watch: Watch) -> None:
    page = watch.page
    for lang, more in (("sv", "Visa fler"), ("en", "Show more")):
        watch.open(paged, f"{lang}/index.html")
        assert (page.text_content(MORE) or "").startswith(more)
        page.click(MORE)
        settle(page)
        assert len(shown_ids(page)) == 2 * PAGE
    watch.check(paged.out)
