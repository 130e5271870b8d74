"""The web catalogue for search engines and link previews, when it has a base address
(site_settings): `sitemap.xml` (every list and opportunity page, absolute addresses; an index
of `sitemap-<n>.xml` files past 50,000 addresses, the protocol's limit) and `robots.txt`. The
pages' canonical links and Open Graph tags come from base.html.
"""

from __future__ import annotations

from collections.abc import Callable
from xml.sax.saxutils import escape

SITEMAP_LIMIT = 50_000
_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
_URLSET = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
_INDEX = '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
OG_LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}

WriteFile = Callable[[str, str], None]
"""Writes a text file (its path under the site's root)."""


class Sitemap:
    """Addresses in the order the pages are written; parts are written as they fill."""

    def __init__(self, base_url: str, write: WriteFile, limit: int = SITEMAP_LIMIT) -> None:
        self.base_url, self.write, self.limit = base_url, write, max(1, limit)
        self._urls: list[str] = []
        self._parts = 0

    def add(self, path: str) -> None:
        """A page by its path under the site's root (`sv/tarjous/<id>.html`)."""
        self._urls.append(f"  <url><loc>{escape(self.base_url + path)}</loc></url>\n")
        if len(self._urls) == self.limit:
            self._write_part()

    def _write_part(self) -> None:
        self._parts += 1
        self.write(
            f"sitemap-{self._parts}.xml", _HEAD + _URLSET + "".join(self._urls) + "</urlset>\n"
        )
        self._urls = []

    def finish(self) -> None:
        """`sitemap.xml`: the addresses themselves, or an index of the parts."""
        if self._parts == 0:
            self.write("sitemap.xml", _HEAD + _URLSET + "".join(self._urls) + "</urlset>\n")
            return
        if self._urls:
            self._write_part()
        entries = "".join(
            f"  <sitemap><loc>{escape(self.base_url)}sitemap-{n}.xml</loc></sitemap>\n"
            for n in range(1, self._parts + 1)
        )
        self.write("sitemap.xml", _HEAD + _INDEX + entries + "</sitemapindex>\n")


def robots_text(base_url: str) -> str:
    return f"User-agent: *\nAllow: /\nSitemap: {base_url}sitemap.xml\n"
