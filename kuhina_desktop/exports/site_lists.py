"""The lists of the web catalogue: the whole catalogue and one per municipality.

Each list is written as pages of `page_size` entries (`index.html`, `sivu/2.html`, ...;
`kunta/167.html`, `kunta/167-2.html`, ...) and as a data set for catalogue.js (a head and
parts of `part_size` records, see `site_js`). Opportunities arrive one at a time in list
order and each page or part is written as soon as it is full, so a national catalogue never
holds every rendered entry in memory at once. An entry and a data record are rendered only
for a page or part that is written: one whose key (its records' keys and its place in the
list) matches the earlier site's is linked from there instead (site_reuse).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from kuhina_desktop.exports.site_data import ListRow
from kuhina_desktop.exports.site_js import Tally, part_script
from kuhina_desktop.exports.site_reuse import digest

RenderPage = Callable[[str, Callable[[], dict[str, Any]], str, str, "PageFrame | None"], None]
"""Renders list.html into a page (its path under the language's root) with the context the
function gives, unless the page's key (site_reuse) says the earlier site's page is the same;
then the next page's path (whose earlier entries may have moved onto this one), and for a
later page its frame (site_pages)."""
WriteData = Callable[[str, Callable[[], str], str, str], None]
"""Writes a data file (its name under `data/<lang>/`) with the text the function gives,
unless its key says the earlier site's file is the same; last, the next part's name."""
Entry = Callable[[], Markup]
Record = Callable[[], str]


PAGE_MARKS = {
    name: f"kuhina-list-page-{name}-mark"
    for name in ("number", "previous", "next", "from", "to", "results")
}


@dataclass
class PageFrame:
    """A later page of a list as a frame (site_pages): its shape (the list, and which
    links its pager has), its path and context with marks for the numbers and the entries,
    and what the marks stand for."""

    shape: tuple[Any, ...]
    path: str
    context: Callable[[], dict[str, Any]]
    values: dict[str, str]
    entries: Callable[[], list[Markup]]


FIRST_PAGE_ONLY = ("municipality_links", "catalogue_updated", "published_on")


def without(context: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    """`context` with these keys left out, and no catalogue date (base.html's footer)."""
    return {**{k: v for k, v in context.items() if k not in keys}, "catalogue_updated": None}


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
    _entries: list[tuple[str, Entry]] = field(default_factory=list)
    _records: list[tuple[str, Record]] = field(default_factory=list)
    _rows: list[ListRow] = field(default_factory=list)
    _shared: dict[bool, dict[str, Any]] = field(default_factory=dict)
    _context_keys: dict[bool, str] = field(default_factory=dict)  # first page, the others

    @property
    def pages(self) -> int:
        return page_count(self.count, self.page_size)

    def add(self, item: ListRow, key: str, entry: Entry, record: Record) -> None:
        """The next opportunity in list order: its key (site_reuse: what its entry and record
        are made from) and its entry and data record."""
        self._rows.append(item)
        self._entries.append((key, entry))
        self._records.append((key, record))
        if len(self._entries) == self.page_size:
            self._write_page()
        if len(self._records) == self.part_size:
            self._write_part()

    def finish(self) -> None:
        """Write what is left (an empty list still gets its first page) and count the
        choices."""
        self.tally.add_all(self._rows)
        self._rows = []
        if self._entries or self._pages == 0:
            self._write_page()
        if self._records:
            self._write_part()
        if self._pages != self.pages:
            raise ValueError(f"list {self.name}: {self._pages} pages written, {self.pages} due")

    def _write_page(self) -> None:
        self._pages += 1
        number = self._pages
        entries = self._entries
        # The links to every municipality (with counts) and the day the catalogue was updated
        # and published are on the first page only: the later pages change only with their
        # entries and the list's count.
        first = number == 1
        if first not in self._shared:
            shared = self.context if first else without(self.context, FIRST_PAGE_ONLY)
            self._shared[first] = shared
            self._context_keys[first] = digest(sorted(shared.items()), self.strings)
        shared = self._shared[first]
        key = digest(
            "page", self.name, number, self.count, self.page_size, self._context_keys[number == 1],
            *(k for k, _ in entries),
        )  # fmt: skip

        def context() -> dict[str, Any]:
            return {
                **shared,
                "results": [entry() for _, entry in entries],
                "total": self.count,
                "pager": self.pager(number),
                "data_set": self.name if number == 1 else None,
            }

        frame = None
        if number > 1:  # the later pages of a list differ in their numbers and entries only
            pages, marks = self.pages, PAGE_MARKS

            def marked() -> dict[str, Any]:
                return {
                    **shared, "results": [Markup(marks["results"])], "total": self.count,
                    "pager": self.pager(number, marks), "data_set": None,
                }  # fmt: skip

            first_entry = (number - 1) * self.page_size + 1
            frame = PageFrame(
                shape=(self.name, number > 2, number < pages, number < pages - 1),
                path=self.page_path(marks["number"]),  # type: ignore[arg-type]
                context=marked,
                values={
                    marks["number"]: str(number),
                    marks["previous"]: str(number - 1),
                    marks["next"]: str(number + 1),
                    marks["from"]: str(first_entry),
                    marks["to"]: str(min(number * self.page_size, self.count)),
                },
                entries=lambda: [entry() for _, entry in entries],
            )
        self.render_page(self.page_path(number), context, key, self.page_path(number + 1), frame)
        self._entries = []

    def _write_part(self) -> None:
        self.parts += 1
        name, number, records = self.name, self.parts, self._records
        key = digest("part", name, number, *(k for k, _ in records))
        self.write_data(
            f"{name}-{number}.js",
            lambda: part_script(name, number, [record() for _, record in records]),
            key,
            f"{name}-{number + 1}.js",
        )
        self._records = []

    def pager(self, number: int, marks: dict[str, str] | None = None) -> dict[str, Any]:
        """Links to the first, previous, next and last pages, relative to page `number`.
        With `marks` (PageFrame), the numbers that differ from page to page are marks."""
        s, pages = self.strings, self.pages
        up = "../" * self.page_path(number).count("/")

        def shown(value: int, mark: str) -> Any:
            return marks[mark] if marks else value

        def link(n: Any, key: str, rel: str | None = None) -> dict[str, Any]:
            return {"href": up + self.page_path(n), "text": s[key], "rel": rel}

        links = []
        if number > 2:
            links.append(link(1, "first_page"))
        if number > 1:
            previous = shown(number - 1, "previous") if number > 2 else 1
            links.append(link(previous, "previous_page", "prev"))
        if number < pages:
            links.append(link(shown(number + 1, "next"), "next_page", "next"))
        if number < pages - 1:
            links.append(link(pages, "last_page"))
        first = (number - 1) * self.page_size + 1
        last = min(number * self.page_size, self.count)
        return {
            "number": number,
            "pages": pages,
            "first": up + self.page_path(1),
            "status": s["page_status"].format(page=shown(number, "number"), pages=pages),
            "range": s["showing_range"].format(first=shown(first, "from"), last=shown(last, "to")),
            "links": links,
        }
