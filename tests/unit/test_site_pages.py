"""The later pages of a list filled into frames (exports/site_pages) are the pages list.html
renders: a site published with the frames is byte for byte the site published rendering
every page in full, and no shape of page needed the full rendering."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kuhina_desktop.exports import site_pages
from kuhina_desktop.exports.site import publish_site
from kuhina_desktop.exports.site_settings import SiteSettings
from tests.unit.published_fixtures import published_from_demo
from tests.unit.test_site_republish import TODAY, tree


def test_framed_list_pages_are_the_rendered_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cat = published_from_demo(orgs=8, opps=7, seed=5)
    settings = SiteSettings(base_url="https://www.example.fi/kuhina/")
    made: list[site_pages.ListFrames] = []
    init = site_pages.ListFrames.__init__

    def kept(frames: site_pages.ListFrames, render: Any) -> None:
        init(frames, render)
        made.append(frames)

    monkeypatch.setattr(site_pages.ListFrames, "__init__", kept)
    publish_site(cat, tmp_path / "framed", today=TODAY, settings=settings, page_size=4)
    shapes = [shape for frames in made for shape in frames._frames.items()]
    assert len(shapes) > 10  # lists with middle, next-to-last and last pages
    assert all(pieces is not None for _shape, pieces in shapes)

    def in_full(frames: site_pages.ListFrames, page: str, context: Any, frame: Any) -> str:
        return frames.render(page, context())

    monkeypatch.setattr(site_pages.ListFrames, "page", in_full)
    publish_site(cat, tmp_path / "full", today=TODAY, settings=settings, page_size=4)
    framed, full = tree(tmp_path / "framed"), tree(tmp_path / "full")
    assert sorted(framed) == sorted(full)
    assert [n for n in full if framed[n][0] != full[n][0]] == []
