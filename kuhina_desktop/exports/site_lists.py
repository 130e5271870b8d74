"""The lists of the web catalogue: the whole catalogue and one per municipality.

Each list is written as pages of `page_size` entries (`index.html`, `sivu/2.html`, ...;
`kunta/167.html`, `kunta/167-2.html`, ...) and as a data set for catalogue.js (a head and
parts of `part_size` records, see `site_js`). A list is the opportunities it holds, by their
index, in list order; each page's and part's key (its records' keys and its place in the
list, site_reuse) is made from those indexes alone, so a republish learns which pages and
parts changed without building any entry. An entry and a data record are rendered only for
a page or part that is written, and the pages and parts are written in the order a pass in
list order fills them (`write_order`), so a national catalogue never holds every rendered
entry in memory at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from kuhina_desktop.exports.site_reuse import digest

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
    """One list: the opportunities it holds (their index, in list order), its pages and its
    data parts, each with a key made from its records' keys (site_reuse)."""

    name: str  # the data set: "kaikki" or "kunta-<code>"
    page_path: Callable[[int], str]  # page n's path under the language's root
    members: list[int]  # the opportunities of the list (an index each), in list order
    context: dict[str, Any]  # what list.html needs besides the page's entries and pager
    strings: dict[str, str]
    page_size: int
    part_size: int
    _shared: dict[bool, dict[str, Any]] = field(default_factory=dict)
    _context_keys: dict[bool, str] = field(default_factory=dict)  # first page, the others

    @property
    def count(self) -> int:
        return len(self.members)

    @property
    def pages(self) -> int:
        return page_count(self.count, self.page_size)

    @property
    def parts(self) -> int:
        return -(-self.count // self.part_size)

    def page_members(self, number: int) -> list[int]:
        return self.members[(number - 1) * self.page_size : number * self.page_size]

    def part_members(self, number: int) -> list[int]:
        return self.members[(number - 1) * self.part_size : number * self.part_size]

    def shared(self, number: int) -> dict[str, Any]:
        """The context every page of the list has (the first page has more)."""
        # The links to every municipality (with counts) and the day the catalogue was updated
        # and published are on the first page only: the later pages change only with their
        # entries and the list's count.
        first = number == 1
        if first not in self._shared:
            shared = self.context if first else without(self.context, FIRST_PAGE_ONLY)
            self._shared[first] = shared
            self._context_keys[first] = digest(sorted(shared.items()), self.strings)
        return self._shared[first]

    def page_key(self, number: int, keys: list[str]) -> str:
        """What page `number` is made from: its records' keys, its place, the context."""
        self.shared(number)
        return digest(
            "page", self.name, number, self.count, self.page_size,
            self._context_keys[number == 1], *[keys[n] for n in self.page_members(number)],
        )  # fmt: skip

    def part_key(self, number: int, keys: list[str]) -> str:
        return digest("part", self.name, number, *[keys[n] for n in self.part_members(number)])

    def head_key(self, keys: list[str]) -> str:
        """What the data set's head is made from: its records (their codes counted) and
        how many there are and parts."""
        members = self.members
        return digest("head", self.name, self.count, self.parts, self.page_size,
                      *[keys[n] for n in members])  # fmt: skip

    def page_context(
        self, number: int, entries: Callable[[], list[Markup]]
    ) -> Callable[[], dict[str, Any]]:
        shared = self.shared(number)

        def context() -> dict[str, Any]:
            return {
                **shared,
                "results": entries(),
                "total": self.count,
                "pager": self.pager(number),
                "data_set": self.name if number == 1 else None,
            }

        return context

    def page_frame(self, number: int, entries: Callable[[], list[Markup]]) -> PageFrame | None:
        """A later page as a frame (site_pages): they differ in their numbers and entries."""
        if number == 1:
            return None
        shared, pages, marks = self.shared(number), self.pages, PAGE_MARKS

        def marked() -> dict[str, Any]:
            return {
                **shared, "results": [Markup(marks["results"])], "total": self.count,
                "pager": self.pager(number, marks), "data_set": None,
            }  # fmt: skip

        first_entry = (number - 1) * self.page_size + 1
        return PageFrame(
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
            entries=entries,
        )

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


Event = tuple[ListSet, bool, int]
"""A page (False) or data part (True) of a list, by its number."""


def write_order(
    lists: list[tuple[ListSet, Callable[[int], int]]], position: list[int]
) -> list[Event]:
    """Every list's pages and parts in the order a pass over the opportunities in list
    order completes them (the sitemap lists the pages in this order): at an opportunity's
    place (`position`), the lists in the order `rank(n)` gives, each page before its part;
    last, each list's unfilled page (an empty list has one) and part, list by list."""
    done: list[tuple[int, int, bool, int, int]] = []
    for at, (listed, rank) in enumerate(lists):
        members = listed.members
        for size, part in ((listed.page_size, False), (listed.part_size, True)):
            for number in range(1, len(members) // size + 1):
                n = members[number * size - 1]
                done.append((position[n], rank(n), part, at, number))
    done.sort()
    events: list[Event] = [(lists[at][0], part, number) for _p, _r, part, at, number in done]
    for listed, _rank in lists:
        count = listed.count
        if count % listed.page_size or count == 0:
            events.append((listed, False, listed.pages))
        if count % listed.part_size:
            events.append((listed, True, listed.parts))
    return events
