"""List entries (macros.html `result`) rendered by filling a frame instead of calling the
macro for each: a list entry is rendered once per opportunity and language, tens of
thousands of times, and a Jinja2 macro call is most of that cost.

The macro is rendered once per *shape* of entry (which of its optional parts it has and the
languages its texts fell back to) with marker texts in place of the entry's own values; the
frame is that markup split at the markers, and an entry is the frame with each marker
replaced by its value escaped, as the template would have escaped it. The first entry of
each shape is rendered both ways and compared; if they differ (a template that transforms a
value, say), that shape is rendered by the macro from then on. So the markup is always the
macro's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from markupsafe import Markup, escape

from kuhina_desktop.exports.site_data import ListItem, Localised

_MARK = "kuhina-entry-mark-"
_SPLIT = re.compile(f"({_MARK}[a-z]+)")
_VALUES: dict[str, Callable[[ListItem], Any]] = {
    _MARK + "slug": lambda item: item.slug,
    _MARK + "title": lambda item: item.title.text,
    _MARK + "org": lambda item: item.organisation.text,
    _MARK + "kind": lambda item: item.kind_label,
    _MARK + "places": lambda item: item.places,
    _MARK + "place": lambda item: item.place,
    _MARK + "where": lambda item: item.municipality_labels,
    _MARK + "summary": lambda item: item.summary.text if item.summary else "",
    _MARK + "checked": lambda item: item.checked,
}
Shape = tuple[bool, bool, str | None, bool, str, str]
Frame = list[str | Callable[[ListItem], Any]]


def _shape(item: ListItem) -> Shape:
    summary = item.summary.lang if item.summary else None
    return (
        item.ended, item.places is not None, summary, bool(item.checked), item.title.lang,
        item.organisation.lang,
    )  # fmt: skip


def _fill(frame: Frame, item: ListItem) -> str:
    return "".join([p if isinstance(p, str) else str(escape(p(item))) for p in frame])


class EntryFrames:
    """Renders entries as `macro` does, from one frame per shape."""

    def __init__(self, macro: Callable[[ListItem], Markup]) -> None:
        self.macro = macro
        self._frames: dict[Shape, Frame | None] = {}

    def __call__(self, item: ListItem) -> Markup:
        shape = _shape(item)
        if shape not in self._frames:
            return self._first(shape, item)
        frame = self._frames[shape]
        if frame is None:
            return self.macro(item)
        return Markup(_fill(frame, item))  # each value escaped by _fill, the rest the macro's

    def _first(self, shape: Shape, item: ListItem) -> Markup:
        marked = replace(
            item,
            slug=_MARK + "slug",
            title=Localised(_MARK + "title", item.title.lang),
            organisation=Localised(_MARK + "org", item.organisation.lang),
            kind_label=_MARK + "kind",
            places=_MARK + "places" if item.places is not None else None,  # type: ignore[arg-type]
            place=_MARK + "place",
            municipality_labels=_MARK + "where",
            summary=Localised(_MARK + "summary", item.summary.lang) if item.summary else None,
            checked=_MARK + "checked" if item.checked else "",
        )
        rendered = self.macro(item)
        pieces = _SPLIT.split(str(self.macro(marked)))
        frame: Frame | None = [_VALUES.get(piece, piece) for piece in pieces]
        if frame is not None and _fill(frame, item) != str(rendered):
            frame = None  # the template does more with a value than show it escaped
        self._frames[shape] = frame
        return rendered
