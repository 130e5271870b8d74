"""The pieces of the lists one language's pass of the web catalogue builds (site.py): each
opportunity's list entry and data record, built when first asked for and at most once
however many lists show it, or taken over from the earlier site (site_salvage)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from markupsafe import Markup

from kuhina_desktop.domain.vocab import Vocabulary
from kuhina_desktop.exports.site_data import ListItem, ListRow, list_item, search_text
from kuhina_desktop.exports.site_js import item_record
from kuhina_desktop.exports.site_salvage import Salvage


def once(make: Callable[[], Any]) -> Callable[[], Any]:
    """`make`, called at most once (an entry or record shared by several lists)."""
    done: list[Any] = []

    def made() -> Any:
        if not done:
            done.append(make())
        return done[0]

    return made


class Items:
    """The list entries of one language (`list_item`), each built when first asked for."""

    def __init__(
        self, pairs: list[Any], vocab: Vocabulary, lang: str, today: date, slugs: list[str]
    ) -> None:
        self.pairs, self.vocab, self.lang, self.today = pairs, vocab, lang, today
        self.slugs = slugs
        self._items: list[ListItem | None] = [None] * len(pairs)
        self._memo: dict[int, Any] = {}

    def __getitem__(self, n: int) -> ListItem:
        item = self._items[n]
        if item is None:
            org, opp = self.pairs[n]
            item = self._items[n] = list_item(
                org, opp, self.vocab, self.lang, self.today, self._memo
            )
        return item


def record_of(pairs: list[Any], items: Items, salvage: Salvage, n: int, key: str) -> str:
    """An opportunity's data record: the earlier site's where its key is the same."""
    record = salvage.record(items.slugs[n], key)
    if record is None:
        org, opp = pairs[n]
        item = items[n]
        record = item_record(item, search_text(org, opp, item, items.lang))
    return record


def entry_of(
    macro: Callable[[ListItem], Markup], items: Items, salvage: Salvage, n: int, key: str,
    top: bool,
) -> Markup:  # fmt: skip
    """An opportunity's list entry: the earlier site's where its key is the same."""
    entry = salvage.entry(items.slugs[n], key, top)
    return macro(items[n]) if entry is None else entry


def unique_keys(rows: list[ListRow], keys: list[str]) -> dict[str, str]:
    """Each slug's key (site_salvage), leaving out a slug two opportunities have."""
    found: dict[str, str] = {}
    twice: set[str] = set()
    for row, key in zip(rows, keys, strict=True):
        if row.slug in found:
            twice.add(row.slug)
        found[row.slug] = key
    for slug in twice:
        del found[slug]
    return found
