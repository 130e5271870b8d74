"""Reading a published web catalogue back, as a reader or its script would: the data sets
(`data/<lang>/<set>.js` and its parts) and the pages of a list, followed by their links."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote

LANGS = ("fi", "sv", "en")


def prefix(lang: str) -> str:
    return "" if lang == "fi" else f"{lang}/"


class Tags(HTMLParser):
    """Every start tag with its attributes, in document order, and the text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(path: Path) -> Tags:
    parser = Tags()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


def read_script(path: Path, name: str) -> dict[str, Any]:
    """The JSON of a data file `window.<name> = {...};`."""
    text = path.read_text(encoding="utf-8")
    start = f"window.{name} = "
    assert text.startswith(start) and text.endswith(";\n"), path
    data: dict[str, Any] = json.loads(text[len(start) : -2])
    return data


def data_set(out: Path, lang: str, name: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A data set's head and every record of its parts, in order; the parts are checked to
    be numbered 1..parts and to name their set."""
    folder = out / "data" / lang
    head = read_script(folder / f"{name}.js", "KUHINA_DATA")
    assert head["set"] == name and head["lang"] == lang and head["format"] == 2
    records: list[dict[str, Any]] = []
    for number in range(1, head["parts"] + 1):
        part = read_script(folder / f"{name}-{number}.js", "KUHINA_PART")
        assert part["set"] == name and part["part"] == number
        records += part["items"]
    assert not (folder / f"{name}-{head['parts'] + 1}.js").exists()
    return head, records


def entries(page: Path) -> list[str]:
    """The ids of a list page's entries, in order."""
    return [str(a["data-id"]) for t, a in parse(page).tags if t == "li" and "data-id" in a]


def page_chain(first: Path) -> list[Path]:
    """A list's pages, from its first page along the pager's rel=next links."""
    pages = [first]
    while True:
        tags = parse(pages[-1]).tags
        nexts = [a["href"] for t, a in tags if t == "a" and a.get("rel") == "next"]
        assert len(nexts) <= 1, pages[-1]
        if not nexts:
            return pages
        following = (pages[-1].parent / unquote(str(nexts[0]))).resolve()
        assert following not in pages, following
        pages.append(following)


def count_line(page: Path) -> str:
    raw = page.read_text(encoding="utf-8")
    match = re.search(r'<p id="result-count"[^>]*>([^<]*)</p>', raw)
    assert match, page
    return match.group(1)
