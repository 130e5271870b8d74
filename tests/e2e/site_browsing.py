"""Driving a published web catalogue in Debian's Chromium (Playwright, from file://), as a
reader would: what the tests of the web catalogue share."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, cast
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from playwright.sync_api import Browser, Dialog, Page, sync_playwright

from kuhina_desktop.catalogue.published import PublishedCatalogue
from kuhina_desktop.domain.vocab import load_vocabulary
from kuhina_desktop.exports.site_data import list_item, search_text, sort_key

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
TODAY = date(2026, 11, 28)


def need_chromium() -> None:
    if not CHROMIUM.exists():
        pytest.skip(
            "Debian's chromium is not installed (apt-get install chromium)",
            allow_module_level=True,
        )


@dataclass(frozen=True)
class Row:
    """What a test needs to know of one opportunity to predict a list."""

    slug: str
    title: str
    kind: str
    target_groups: tuple[str, ...]
    languages: tuple[str, ...]
    municipalities: tuple[str, ...]
    search: str


@dataclass
class Site:
    catalogue: PublishedCatalogue
    out: Path
    lang: str = "fi"
    rows: list[Row] = field(default_factory=list)  # in list order
    by_slug: dict[str, Row] = field(default_factory=dict)

    def __post_init__(self) -> None:
        vocab = load_vocabulary()
        for org, opp in self.catalogue.opportunities():
            item = list_item(org, opp, vocab, self.lang, TODAY)
            if item.ended:
                continue  # an ended offer is in no list
            search = search_text(org, opp, item, self.lang)
            self.rows.append(
                Row(item.slug, item.title.text, item.kind, item.target_groups, item.languages,
                    item.municipalities, search)
            )  # fmt: skip
        self.rows.sort(key=lambda row: (sort_key(row.title), row.slug))
        self.by_slug = {row.slug: row for row in self.rows}

    def url(self, page: str) -> str:
        """The file:// address of a page, with its ?query and #fragment."""
        page, hash_mark, fragment = page.partition("#")
        path, question_mark, query = page.partition("?")
        return (self.out / path).as_uri() + question_mark + query + hash_mark + fragment

    def listed(self, keep: Callable[[Row], bool]) -> list[str]:
        """The slugs a list shows for this filter, in list order."""
        return [row.slug for row in self.rows if keep(row)]


def expect(site: Site, keep: Callable[[Row], bool]) -> list[str]:
    return sorted(site.listed(keep))


def follow(page: Page, link: str, action: Callable[[], None]) -> None:
    """Do `action` (a click or a key press on `link`) and wait until the link's page is there.

    It waits for the link's own address, which is checked before it waits, so a navigation
    that ended before the wait began is not missed (`expect_navigation` hung a loaded run for
    five minutes about one run in three), and for the document, not its last image."""
    target = urljoin(page.url, page.get_attribute(link, "href") or "")
    action()
    page.wait_for_url(target, wait_until="domcontentloaded")


class Watch:
    """A page whose dialogs, console errors, script errors and requests are recorded."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.problems: list[str] = []
        self.requests: list[str] = []
        page.on("dialog", self._on_dialog)
        page.on("console", lambda m: self.problems.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda error: self.problems.append(str(error)))
        page.on("request", lambda request: self.requests.append(request.url))

    def _on_dialog(self, dialog: Dialog) -> None:
        self.problems.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    def open(self, site: Site, page: str, *, ready: bool = True) -> None:
        self.page.goto(site.url(page))
        if ready:
            self.page.wait_for_selector("body[data-ready=true]")

    def data_files(self) -> list[str]:
        """The data files requested so far (`data/<lang>/...`), by name, in order."""
        names = [urlsplit(url).path for url in self.requests]
        return [name.rsplit("/", 1)[-1] for name in names if "/data/" in name]

    def check(self, out: Path) -> None:
        assert self.problems == []
        assert self.requests, "the request listener saw nothing"
        root = out.resolve()
        for url in self.requests:
            parts = urlsplit(url)
            assert parts.scheme == "file", url
            assert Path(unquote(parts.path)).resolve().is_relative_to(root), url


# Playwright gives up on a click or a page load after 30 s; on a loaded machine (CI, or
# several test runs at once) a page load can take longer, and a test must not fail for that.
# Every context and page of these tests waits up to five minutes, as the tests' subprocesses do.
PATIENCE_MS = 300_000


class _PatientBrowser:
    """The browser, with the patient default timeouts set on every context and page it makes."""

    def __init__(self, browser: Browser) -> None:
        self._browser = browser

    def __getattr__(self, name: str) -> Any:
        return getattr(self._browser, name)

    def new_context(self, **options: Any) -> Any:
        context = self._browser.new_context(**options)
        context.set_default_timeout(PATIENCE_MS)
        context.set_default_navigation_timeout(PATIENCE_MS)
        return context

    def new_page(self, **options: Any) -> Any:
        page = self._browser.new_page(**options)
        page.set_default_timeout(PATIENCE_MS)
        page.set_default_navigation_timeout(PATIENCE_MS)
        return page


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield cast(Browser, _PatientBrowser(launched))
        launched.close()


@pytest.fixture
def watch(browser: Browser) -> Iterator[Watch]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    watched = Watch(context.new_page())
    yield watched
    context.close()


def settle(page: Page) -> None:
    """Wait until the list has the data it is waiting for (catalogue.js marks the body)."""
    page.wait_for_selector("body:not([data-busy])", state="attached")


def shown_ids(page: Page) -> list[str]:
    settle(page)
    ids: list[str] = page.eval_on_selector_all(
        "#results > li.result", "nodes => nodes.map(node => node.dataset.id)"
    )
    return ids


MORE = "#more button:not([hidden])"


def show_all(page: Page) -> list[str]:
    """Press "show more" until the whole list is shown."""
    settle(page)
    while page.locator(MORE).count():
        page.click(MORE)
        settle(page)
    return shown_ids(page)


def focus_by_tab(page: Page, element_id: str, limit: int = 60) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement && document.activeElement.id") == element_id:
            return
    raise AssertionError(f"Tab never reached #{element_id}")


def visible_text(page: Page) -> str:
    """The text of the page's main content. textContent, not innerText: entries far below
    the fold are not laid out yet (content-visibility: auto), which innerText depends on."""
    text: str = page.evaluate("document.querySelector('main').textContent")
    return text
