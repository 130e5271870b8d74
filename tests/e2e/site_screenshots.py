"""Screenshots of the web catalogue for docs/screenshots/ (a script, not a test).

Publishes the demo catalogue into a temporary folder and photographs it in Debian's Chromium:
the front page, a filtered list and a details page in Finnish and Swedish at 1280 px, the
front page at 200 % zoom, a narrow 400 px phone view and the embedded view; over http on
127.0.0.1, the one-line embed in a municipality's page at 375 and 1280 px, an opportunity on
a 375 px phone, a shortlist as printed, and the privacy notice (fi) at 1280 and 375 px.

    .venv/bin/python -m tests.e2e.site_screenshots [OUT_DIR]    (default docs/screenshots)
    .venv/bin/python -m tests.e2e.site_screenshots --privacy [OUT_DIR]   (only the notice)
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

from playwright.sync_api import Browser, Page, sync_playwright

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from kuhina_desktop.catalogue.published import PublishedCatalogue  # noqa: E402
from kuhina_desktop.exports.site import publish_site  # noqa: E402
from kuhina_desktop.exports.site_data import page_slug  # noqa: E402
from kuhina_desktop.exports.site_settings import checked_settings  # noqa: E402
from tests.e2e.site_http import serve, write_host  # noqa: E402
from tests.unit.published_fixtures import published_from_demo  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
TODAY = date(2026, 11, 28)
# The privacy notice's controller as a coordinator would set it (docs/web-catalogue.md).
CONTROLLER = ("Pohjois-Karjalan Kuhina-hanke ry", "tietosuoja@kuhina.example.fi")


def showcase_slug(catalogue: PublishedCatalogue) -> str:
    """An opportunity with photos and a Swedish title, so the details page shows the most."""
    best = ("", -1)
    for org, opp in catalogue.opportunities():
        env = org.environment(opp.environment_id)
        score = (len(env.photos) if env else 0) * 2 + (2 if opp.title.sv else 0)
        score += 1 if opp.learning and opp.how_to_apply else 0
        if score > best[1]:
            best = (page_slug(opp.id), score)
    return best[0]


def shoot(page: Page, site: Path, address: str, target: Path, *, full: bool = False) -> None:
    path, _, query = address.partition("?")
    page.goto((site / path).as_uri() + (f"?{query}" if query else ""))
    page.wait_for_load_state("load")
    if page.locator("script[src$='catalogue.js']").count() and "ohje" not in address:
        page.wait_for_selector("body[data-ready=true]")
        page.wait_for_selector("body:not([data-busy])", state="attached")
    page.screenshot(path=str(target), full_page=full)
    print(target)


def filtered(page: Page, site: Path, lang: str, target: Path) -> None:
    prefix = "" if lang == "fi" else f"{lang}/"
    page.goto((site / prefix / "index.html").as_uri())
    page.wait_for_selector("body[data-loaded=true]")  # filters read the whole list
    page.select_option("#f-municipality", "167")
    page.check("#f-groups input[value=immigrants]")
    words = ["kahvila", "kierratys", "valmennus"] if lang == "fi" else ["kafé", "språk", "arbete"]
    for word in words:  # the first word that leaves a few results
        page.fill("#f-search", word)
        if page.locator("#results li").count() >= 2:
            break
    page.evaluate("document.activeElement.blur()")
    page.evaluate("window.scrollTo(0, document.querySelector('.layout').offsetTop - 16)")
    page.screenshot(path=str(target))
    print(target)


def web_shots(browser: Browser, site: Path, slug: str, out: Path, temp: Path) -> list[Path]:
    """The embed in a host page (375 and 1280 px), an opportunity on a phone, a printed
    shortlist: the site and the host page served over http on two ports."""
    written = []
    with serve(site) as base:
        snippet = f'<script src="{base}embed.js" data-kunta="167" data-kieli="fi" async></script>'
        write_host(temp / "host", snippet)
        with serve(temp / "host") as host:
            for width in (375, 1280):
                page = browser.new_page(viewport={"width": width, "height": 900})
                page.goto(host)
                frame = page.frame_locator("iframe.kuhina-embed")
                frame.locator("body[data-ready=true]:not([data-busy])").wait_for(state="attached")
                target = out / f"site-embed-host-{width}.png"
                page.screenshot(path=str(target), full_page=False)
                written.append(target)
                page.close()
        phone = browser.new_page(viewport={"width": 375, "height": 812}, device_scale_factor=2)
        phone.goto(f"{base}tarjous/{slug}.html")
        phone.wait_for_load_state("load")
        written.append(out / "site-offer-phone-fi.png")
        phone.screenshot(path=str(written[-1]))
        phone.close()
        printed = browser.new_page(viewport={"width": 794, "height": 1123})
        printed.goto(base + "index.html")
        printed.wait_for_selector("body[data-ready=true]")
        ids = printed.eval_on_selector_all(
            "#results > li", "nodes => nodes.slice(0, 8).map(n => n.dataset.id)"
        )
        printed.goto(f"{base}lista.html?ids={'.'.join(ids)}")
        printed.wait_for_selector("body[data-ready=true]")
        printed.emulate_media(media="print")
        written.append(out / "site-shortlist-print-fi.png")
        printed.screenshot(path=str(written[-1]), full_page=True)
        printed.close()
    for path in written:
        print(path)
    return written


def privacy_shots(out_dir: Path | None = None) -> list[Path]:
    """The privacy notice in Finnish with its controller set, served over http: the whole
    page at 1280 px and the top of it on a 375 px phone."""
    out = Path(out_dir) if out_dir else REPO / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    settings = checked_settings("https://www.example.fi/kuhina/", None, *CONTROLLER)
    written = [out / "site-privacy-fi.png", out / "site-privacy-phone-fi.png"]
    with tempfile.TemporaryDirectory() as temp, sync_playwright() as playwright:
        catalogue = published_from_demo(orgs=3, opps=6, seed=1)
        site = publish_site(catalogue, Path(temp) / "site", today=TODAY, settings=settings)
        browser: Browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        with serve(site) as base:
            for target, width, full in ((written[0], 1280, True), (written[1], 375, False)):
                page = browser.new_page(viewport={"width": width, "height": 900})
                page.goto(base + "tietosuojaseloste.html")
                page.wait_for_load_state("load")
                page.screenshot(path=str(target), full_page=full)
                page.close()
        browser.close()
    for path in written:
        print(path)
    return written


def main(out_dir: Path | None = None) -> list[Path]:
    out = Path(out_dir) if out_dir else REPO / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    catalogue = published_from_demo(orgs=12, opps=12, seed=1)
    slug = showcase_slug(catalogue)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as temp, sync_playwright() as playwright:
        site = publish_site(catalogue, Path(temp) / "site", today=TODAY)
        browser: Browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        wide = browser.new_page(viewport={"width": 1280, "height": 1000})
        for lang in ("fi", "sv"):
            prefix = "" if lang == "fi" else f"{lang}/"
            shots = [
                (f"site-index-{lang}.png", f"{prefix}index.html", False),
                (f"site-details-{lang}.png", f"{prefix}tarjous/{slug}.html", True),
            ]
            for name, address, full in shots:
                shoot(wide, site, address, out / name, full=full)
                written.append(out / name)
            filtered(wide, site, lang, out / f"site-filtered-{lang}.png")
            written.append(out / f"site-filtered-{lang}.png")
        shoot(wide, site, "sv/embed.html?kunta=167", out / "site-embed-sv.png")
        written.append(out / "site-embed-sv.png")
        # 200 % zoom of a 1280 px window: 640 CSS pixels drawn at twice the density.
        zoomed = browser.new_page(viewport={"width": 640, "height": 500}, device_scale_factor=2)
        shoot(zoomed, site, "index.html", out / "site-zoom200-fi.png")
        shoot(zoomed, site, f"tarjous/{slug}.html", out / "site-details-zoom200-fi.png")
        narrow = browser.new_page(viewport={"width": 400, "height": 860})
        shoot(narrow, site, "kunta/167.html", out / "site-narrow-fi.png")
        written += [out / n for n in ("site-zoom200-fi.png", "site-details-zoom200-fi.png")]
        written.append(out / "site-narrow-fi.png")
        written += web_shots(browser, site, slug, out, Path(temp))
        browser.close()
    return written + privacy_shots(out)


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if arguments[:1] == ["--privacy"]:
        privacy_shots(Path(arguments[1]) if len(arguments) > 1 else None)
    else:
        main(Path(arguments[0]) if arguments else None)
