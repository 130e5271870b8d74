"""A program that takes the open data follows a service's `url` and lands on its offer page
in the published web catalogue: the coordinator saves the site's base address (as the
coordinator's window does), publishes the site, makes the open data, and every HSDS service,
in every language, links to the page Chromium opens over http with that service's title."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser
from playwright.sync_api import expect as playwright_expect

from kuhina_desktop.cli import main
from kuhina_desktop.services.site_settings import save_site_settings
from tests.e2e.site_browsing import browser, need_chromium
from tests.e2e.site_http import serve

pytestmark = pytest.mark.e2e
need_chromium()
__all__ = ["browser"]  # the fixture


def kuhina(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--language", "en", *[str(a) for a in args]])
    return code, capsys.readouterr().err


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """A folder served over http; the site and the open data are written into it later."""
    folder = tmp_path_factory.mktemp("web")
    with serve(folder) as address:
        yield folder, address


def test_service_urls_open_their_offer_pages(
    browser: Browser,
    root: tuple[Path, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder, address = root
    demo, cat = tmp_path / "demo", tmp_path / "cat"
    assert main(["demo", "--out", str(demo), "--organisations", "2", "--seed", "5"]) == 0
    assert kuhina(capsys, "catalogue", "init", "--workspace", cat)[0] == 0
    packages = sorted((demo / "packages").glob("*.kuhina"))
    code, err = kuhina(
        capsys, "catalogue", "import", "--workspace", cat, "--trust-new", "--accept-all", *packages
    )
    assert code == 0, err
    base = address + "kuhina/"
    save_site_settings(cat, base, None)
    code, err = kuhina(
        capsys, "catalogue", "publish", "--workspace", cat, "--out", folder / "kuhina"
    )
    assert code == 0, err
    code, err = kuhina(
        capsys, "catalogue", "opendata", "--workspace", cat, "--out", folder / "open"
    )
    assert code == 0, err

    page = browser.new_page()
    try:
        checked = 0
        for lang in ("fi", "sv", "en"):
            services = json.loads(
                (folder / "open" / "hsds" / lang / "services.json").read_text(encoding="utf-8")
            )
            assert services
            for service in services[:3]:
                assert service["url"].startswith(base)
                response = page.goto(service["url"])
                assert response is not None and response.status == 200
                playwright_expect(page.locator("html")).to_have_attribute("lang", lang)
                playwright_expect(page.locator("h1#title")).to_have_text(service["name"])
                checked += 1
        assert checked == 9
    finally:
        page.close()


def test_opendata_takes_a_base_address_and_refuses_a_bad_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo, cat = tmp_path / "demo", tmp_path / "cat"
    assert main(["demo", "--out", str(demo), "--organisations", "1", "--seed", "2"]) == 0
    assert kuhina(capsys, "catalogue", "init", "--workspace", cat)[0] == 0
    packages = sorted((demo / "packages").glob("*.kuhina"))
    code, err = kuhina(
        capsys, "catalogue", "import", "--workspace", cat, "--trust-new", "--accept-all", *packages
    )
    assert code == 0, err
    code, err = kuhina(
        capsys, "catalogue", "opendata", "--workspace", cat, "--out", tmp_path / "bad",
        "--base-url", "javascript:alert(1)",
    )  # fmt: skip
    assert code == 1 and "javascript:alert(1)" in err
    assert not (tmp_path / "bad").exists(), "a refused address writes nothing"
    code, err = kuhina(
        capsys, "catalogue", "opendata", "--workspace", cat, "--out", tmp_path / "open",
        "--base-url", "https://WWW.Example.fi/kuhina",
    )  # fmt: skip
    assert code == 0, err
    services = json.loads((tmp_path / "open" / "hsds" / "sv" / "services.json").read_text())
    assert services
    for service in services:
        assert service["url"] == f"https://www.example.fi/kuhina/sv/tarjous/{service['id']}.html"
