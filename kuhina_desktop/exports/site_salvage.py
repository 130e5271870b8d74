"""Entries and data records taken over from the earlier site (docs/web-catalogue.md,
"Republishing only what changed").

A list page or a data part is rendered again when any of its entries changed or moved: one
offer added near the top of the list moves every later entry by one, so every later page
and part of the list is new, although each entry on them is the same as before. Rendering
an entry or a data record is most of a list page's or part's cost, so before a page or part
is rendered the earlier site's file at the same path (and the next one, where the entries
moved up) is read, and its entries or records are taken over where the opportunity's key
(site.py `_record_key`: everything its entry and record are made from) is the one the
earlier publish recorded for it. The result is the same text rendering would give: the
earlier file was rendered by the same renderer (site_reuse checks the renderer and each
file's inode) from records with those keys.

An entry is the markup of macros.html `result` (`<li class="result" data-id="<slug>">` to
its `</li>`: its texts are escaped, so no `</li>` is inside one); a record is one item of a
part's `"items"` array, which starts `{"i":"<slug>"` (site_js.item_record; a `"` inside a
text is escaped, so that sequence starts nothing but a record). A slug found twice in a
file, or given to two opportunities, is not taken over.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from markupsafe import Markup

from kuhina_desktop.exports.site_reuse import Reuse

ENTRY_START = '<li class="result" data-id="'
ENTRY_END = "</li>\n"  # how macros.html's `result` ends (a test holds it to that)
RECORD_START = '{"i":"'
PART_ITEMS, PART_END = '"items":[', "]};\n"


def entries_of(text: str) -> dict[str, str]:
    """The list entries of a list page, by slug."""
    found: dict[str, str] = {}
    twice: set[str] = set()
    for piece in text.split(ENTRY_START)[1:]:
        end = piece.find("</li>")
        slug_end = piece.find('"')
        if end < 0 or slug_end < 0:
            continue
        slug = piece[:slug_end]
        if slug in found:
            twice.add(slug)
        found[slug] = ENTRY_START + piece[:end] + ENTRY_END
    for slug in twice:
        del found[slug]
    return found


def records_of(text: str) -> dict[str, str]:
    """The records of a data part (site_js.part_script), by slug."""
    start = text.find(PART_ITEMS)
    if start < 0 or not text.endswith(PART_END):
        return {}
    body = text[start + len(PART_ITEMS) : -len(PART_END)]
    if not body.startswith(RECORD_START):
        return {}
    pieces = body[len(RECORD_START) :].split("," + RECORD_START)
    slugs = [piece[: piece.find('"')] for piece in pieces]
    found = dict(zip(slugs, [RECORD_START + piece for piece in pieces], strict=True))
    if len(found) != len(pieces):  # a slug twice: neither is taken over
        for slug, count in Counter(slugs).items():
            if count > 1:
                del found[slug]
    return found


class Salvage:
    """What may be taken over from the earlier site's list pages and parts, in one language
    at a time (`language`): pieces are read from a file when a page or part of that path is
    rendered again, and each is handed out once (the caller keeps it for the other lists)."""

    def __init__(self, reuse: Reuse) -> None:
        self.reuse = reuse
        self.keys = reuse.earlier_records()  # slug -> the key its entry and record had
        self._read: set[str] = set()
        self.taken = 0
        self.language()

    def language(self) -> None:
        """A new language: nothing of the last one's is of use."""
        self._entries: dict[bool, dict[str, str]] = {True: {}, False: {}}
        self._records: dict[str, str] = {}
        # Slugs asked for already: the caller keeps what it got, so a copy read later from
        # another list's page is not kept (memory stays bounded by the pages in reach).
        self._asked: dict[bool, set[str]] = {True: set(), False: set()}
        self._asked_records: set[str] = set()

    def pages(self, paths: Iterable[tuple[str, bool]]) -> None:
        """Read the entries of the earlier site's list pages at these paths (with `top`:
        the front page, whose links start one folder higher)."""
        if not self.keys:
            return
        for relative, top in paths:
            text = self._text(relative)
            if text:
                found = entries_of(text)
                for slug in self._asked[top] & found.keys():
                    del found[slug]
                found.update(self._entries[top])  # what the pool has already stays
                self._entries[top] = found

    def parts(self, paths: Iterable[str]) -> None:
        """Read the records of the earlier site's data parts at these paths."""
        if not self.keys:
            return
        for relative in paths:
            text = self._text(relative)
            if text:
                found = records_of(text)
                for slug in self._asked_records & found.keys():
                    del found[slug]
                found.update(self._records)  # what the pool has already stays
                self._records = found

    def record_pool(self) -> tuple[dict[str, str], set[str]]:
        """The records read and not yet handed out, by slug, and the slugs asked for
        (`record` in one pass over many: the caller pops, adds and counts `taken`)."""
        return self._records, self._asked_records

    def entry(self, slug: str, key: str, top: bool) -> Markup | None:
        self._asked[top].add(slug)
        text = self._entries[top].pop(slug, None)
        if text is None or self.keys.get(slug) != key:
            return None
        self.taken += 1
        # The earlier site's own rendering of this very entry (escaped when it was rendered).
        return Markup(text)

    def record(self, slug: str, key: str) -> str | None:
        self._asked_records.add(slug)
        text = self._records.pop(slug, None)
        if text is None or self.keys.get(slug) != key:
            return None
        self.taken += 1
        return text

    def _text(self, relative: str) -> str | None:
        if relative in self._read:
            return None
        self._read.add(relative)
        return self.reuse.earlier_text(relative)
