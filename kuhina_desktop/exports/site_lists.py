"""The lists of the web catalogue: the whole catalogue and one per municipality.

Each list is written as pages of `page_size` entries (`index.html`, `sivu/2.html`, ...;
`kunta/167.html`, `kunta/167-2.html`, ...) and as a data set for catalogue.js (a head and
parts of `part_size` records, see `site_js`). Opportunities arrive one at a time in list
order and each page or part is written as soon as it is full, so a national catalogue never
holds every rendered entry in memory at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from kuhina_desktop.exports.site_data import ListItem
from kuhina_desktop.exports.site_js import Tally, part_script

RenderPage = Callable[[str, dict[str, Any]], None]
"""Renders list.html into a page (its path under the language's root) with this context."""
WriteData = Callable[[str, str], None]
"""Writes a data file (its name under `data/<lang>/`) with this text."""


def page_count(entries: int, page_size: int) -> int:
    """How many pages a list of `entries` takes: always at least one, maybe empty."""
    return max(1, -(-entries // page_size))


def index_page(number: int) -> str:
    """The whole catalogue's pages: index.html, then sivu/2.html, sivu/3.html..."""
    return "index.html" if number == 1 else f"sivu/{number}.html"


def municipality_page(code: str) -> Callable[[int], str]:
    """A municipality's pages: kunta/167.html, then kunta/167-2.html, kunta/167-3.html..."""
    return lambda number: f"kunta/{code}.html" if number == 1 else f"kunta/{code}-{number}.html"


@dataclass
class ListSet:
    """One list being written: its pages (rendered entries) and its data parts."""

    name: str  # the data set: "kaikki" or "kunta-<code>"
    page_path: Callable[[int], str]  # page n's path under the language's root
    count: int  # how many opportunities the list has, known before the first arrives
    context: dict[str, Any]  # what list.html needs besides the page's entries and pager
    strings: dict[str, str]
    page_size: int
    part_size: int
    render_page: RenderPage
    write_data: WriteData
    tally: Tally = field(default_factory=Tally)
    parts: int = 0
    _pages: int = 0
    _entries: list[Markup] = field(default_factory=list)
    _records: list[str] = field(default_factory=list)

    @property
    def pages(self) -> int:
        return page_count(self.count, self.page_size)

    def add(self, item: ListItem, entry: Markup, record: str) -> None:
        """The next opportunity in list order: its rendered entry and its data record."""
        self.tally.add(item)
        self._entries.append(entry)
        self._records.append(record)
        if len(self._entries) == self.page_size:
            self._write_page()
        if len(self._records) == self.part_size:
            self._write_part()

    def finish(self) -> None:
        """Write what is left (an empty list still gets its first page)."""
        if self._entries or self._pages == 0:
            self._write_page()
        if self._records:
            self._write_part()
        if self._pages != self.pages:
            raise ValueError(f"list {self.name}: {self._pages} pages written, {self.pages} due")

    def _write_page(self) -> None:
        self._pages += 1
        number = self._pages
        context = {
            **self.context,
            "results": self._entries,
            "total": self.count,
            "pager": self.pager(number),
            "data_set": self.name if number == 1 else None,
        }
        self.render_page(self.page_path(number), context)
        self._entries = []

    def _write_part(self) -> None:
        self.parts += 1
        self.write_data(
            f"{self.name}-{self.parts}.js", part_script(self.name, self.parts, self._records)
        )
        self._records = []

    def pager(self, number: int) -> dict[str, Any]:
        """Links to the first, previous, next and last pages, relative to page `number`."""
        s, pages = self.strings, self.pages
        up = "../" * self.page_path(number).count("/")

        def link(n: int, key: str, rel: str | None = None) -> dict[str, Any]:
            return {"href": up + self.page_path(n), "text": s[key], "rel": rel}

        links = []
        if number > 2:
            links.append(link(1, "first_page"))
        if number > 1:
            links.append(link(number - 1, "previous_page", "prev"))
        if number < pages:
            links.append(link(number + 1, "next_page", "next"))
        if number < pages - 1:
            links.append(link(pages, "last_page"))
        first = (number - 1) * self.page_size + 1
        last = min(number * self.page_size, self.count)
        return {
            "number": number,
            "pages": pages,
            "first": up + self.page_path(1),
            "status": s["page_status"].format(page=number, pages=pages),
            "range": s["showing_range"].format(first=first, last=last),
            "links": links,
        }
