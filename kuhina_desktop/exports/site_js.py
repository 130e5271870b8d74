"""The data files that catalogue.js reads (`data/<lang>/`), format 2.

A list page loads only what it needs: its data set's small head first, then the parts of the
set in list order, when the reader filters, searches or asks for more (or straight away when
the set is small). A set is the whole catalogue (`kaikki`) or one municipality
(`kunta-<code>`):

    data/<lang>/<set>.js      window.KUHINA_DATA = {"format": 2, "lang", "set", "count",
                              "parts", "page_size", "strings", "labels", "choices"}
    data/<lang>/<set>-<n>.js  window.KUHINA_PART = {"set", "part": n, "items": [...]}

The files are scripts, not JSON, because browsers refuse fetch() of local files. Every text
in them is untrusted: `js_text` writes JSON with <, >, &, U+2028 and U+2029 escaped, so no
text can end the script or be read as markup.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from itertools import chain
from typing import Any

from kuhina_desktop.domain.vocab import Vocabulary
from kuhina_desktop.exports.site_data import ListItem, ListRow, strings_for

FORMAT = 2
ALL_SET = "kaikki"
JS_STRINGS = (
    "count_none", "count_one", "count_many", "show_more", "no_results_hint", "places_count",
    "ended", "municipalities", "municipality_heading", "embed_unknown", "filters_active",
    "loading", "load_failed", "place_label", "served_label",
    "tag_only_fi", "tag_only_sv", "tag_only_en",
)  # fmt: skip
CHOICE_LISTS = {"k": "kinds", "g": "target_groups", "l": "languages", "m": "municipalities"}
_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def municipality_set(code: str) -> str:
    return f"kunta-{code}"


def js_text(data: Any) -> str:
    """Compact JSON that is safe inside a script: <, >, &, U+2028 and U+2029 escaped."""
    text = _ENCODER.encode(data)
    for character, escaped in _ESCAPES.items():
        if character in text:
            text = text.replace(character, escaped)
    return text


def js_assignment(name: str, data: Any) -> str:
    """`window.NAME = <json>;` with <, >, &, U+2028 and U+2029 escaped."""
    return f"window.{name} = {js_text(data)};\n"


def item_record(item: ListItem, search: str) -> str:
    """The compact record of one opportunity (JSON text); catalogue.js reads these keys."""
    record: dict[str, Any] = {
        "i": item.slug, "t": item.title.text, "o": item.organisation.text, "k": item.kind,
        "g": item.target_groups, "l": item.languages, "m": item.municipalities, "q": search,
        "w": item.place,
        "tl": item.title.lang, "ol": item.organisation.lang,
    }  # fmt: skip
    if item.summary:
        record["s"], record["sl"] = item.summary.text, item.summary.lang
    if item.places is not None:
        record["p"] = item.places
    if item.phone:
        record["ph"] = item.phone
    if item.email:
        record["em"] = item.email
    if item.ended:
        record["e"] = 1
    if item.checked:
        record["c"] = item.checked
    return js_text(record)


def part_script(set_name: str, number: int, records: Iterable[str]) -> str:
    """One part of a set: records already encoded by `item_record`, in list order."""
    head = js_text({"set": set_name, "part": number})[:-1]
    return f'window.KUHINA_PART = {head},"items":[{",".join(records)}]}};\n'


class Tally:
    """How many of a set's opportunities have each code, per filter (catalogue.js shows the
    counts beside the choices); codes in the order they are first seen."""

    def __init__(self) -> None:
        self.counts: dict[str, dict[str, int]] = {field: {} for field in CHOICE_LISTS}

    def add(self, item: ListItem | ListRow) -> None:
        self.add_all([item])

    def add_all(self, items: Iterable[ListItem | ListRow]) -> None:
        """Count these opportunities' codes (Counter's C loop: a national list is long)."""
        rows = list(items)
        for field, values in (
            ("k", [item.kind for item in rows]),
            ("g", chain.from_iterable(item.target_groups for item in rows)),
            ("l", chain.from_iterable(item.languages for item in rows)),
            ("m", chain.from_iterable(item.municipalities for item in rows)),
        ):
            counts = self.counts[field]
            for code, n in Counter(values).items():  # new codes in the order first seen
                counts[code] = counts.get(code, 0) + n

    def choices(self, vocab: Vocabulary) -> dict[str, list[list[Any]]]:
        """`{field: [[code, count], ...]}`: codes in code-list order, then unknown ones."""
        result: dict[str, list[list[Any]]] = {}
        for field, list_name in CHOICE_LISTS.items():
            counts = self.counts[field]
            known = [e.code for e in vocab.entries(list_name) if e.code in counts]
            rest = [code for code in counts if vocab.get(list_name, code) is None]
            result[field] = [[code, counts[code]] for code in [*known, *rest]]
        return result


def code_labels(vocab: Vocabulary, list_name: str, lang: str) -> list[list[str]]:
    """`[[code, label], ...]` in code-list order (an array keeps "090" before "146" in JS)."""
    return [[e.code, e.label(lang)] for e in vocab.entries(list_name)]


def head_script(
    lang: str,
    set_name: str,
    *,
    count: int,
    parts: int,
    page_size: int,
    tally: Tally,
    vocab: Vocabulary,
) -> str:
    strings = strings_for(lang)
    head = {
        "format": FORMAT,
        "lang": lang,
        "set": set_name,
        "count": count,
        "parts": parts,
        "page_size": page_size,
        "strings": {key: strings[key] for key in JS_STRINGS},
        "labels": {name: code_labels(vocab, name, lang) for name in CHOICE_LISTS.values()},
        "choices": tally.choices(vocab),
    }
    return js_assignment("KUHINA_DATA", head)
