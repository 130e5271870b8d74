"""The later pages of a list (`sivu/<n>.html`, `kunta/<code>-<n>.html`) filled into a frame
instead of rendering list.html for each: a national catalogue has tens of thousands of
them, and after an offer is added near the top of a list every later page is new.

The pages of a list after the first differ only in their numbers (the page's own, the
previous and next page's, the first and last entry's) and their entries, and in which pager
links they have. For each list and set of links, list.html is rendered once with marks in
place of those numbers and the entries (site_lists.PageFrame); a page is that markup with
each mark replaced. The first page of each shape is also rendered in full and compared; a
shape whose frame does not give the same page is rendered in full from then on.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from kuhina_desktop.exports.site_lists import PAGE_MARKS, PageFrame

_SPLIT = re.compile("(" + "|".join(re.escape(m) for m in PAGE_MARKS.values()) + ")")
_RESULTS = PAGE_MARKS["results"]


def _fill(pieces: list[str], frame: PageFrame) -> str:
    values = frame.values
    entries = "\n".join([str(entry) for entry in frame.entries()])
    return "".join([entries if p == _RESULTS else values.get(p, p) for p in pieces])


class ListFrames:
    """One language's list page frames; `render(page, context)` renders list.html."""

    def __init__(self, render: Callable[[str, dict[str, Any]], str]) -> None:
        self.render = render
        self._frames: dict[tuple[Any, ...], list[str] | None] = {}

    def page(self, page: str, context: Callable[[], dict[str, Any]], frame: PageFrame) -> str:
        if frame.shape not in self._frames:
            html = self.render(page, context())
            pieces: list[str] | None = _SPLIT.split(self.render(frame.path, frame.context()))
            if pieces is not None and _fill(pieces, frame) != html:
                pieces = None
            self._frames[frame.shape] = pieces
            return html
        pieces = self._frames[frame.shape]
        if pieces is None:
            return self.render(page, context())
        return _fill(pieces, frame)
