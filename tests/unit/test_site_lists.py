"""The web catalogue's lists as files: every list is paged (first page, then sivu/<n>.html or
kunta/<code>-<n>.html) with a pager a reader can follow to the end, and the data set of each
list (head and parts) holds the same opportunities in the same order. Publishing is
deterministic, and the shortcuts that make it fast change no byte of the output."""

from __future__ import annotations

import math
import re
from datetime import date
from pathlib import Path

import pytest
from published_fixtures import published_from_demo
from site_files import LANGS, count_line, data_set, entries, page_chain, parse, prefix

from kuhina_desktop.catalogue.published import PublishedCatalogue
from kuhina_desktop.domain.vocab import load_vocabulary
from kuhina_desktop.exports import site_templates
from kuhina_desktop.exports.site import publish_site
from kuhina_desktop.exports.site_data import (
    count_text,
    list_item,
    search_text,
    sort_key,
    strings_for,
)
from kuhina_desktop.exports.site_js import JS_STRINGS

TODAY = date(2026, 11, 28)
PAGE, PART = 7, 5
VOCAB = load_vocabulary()
MUNICIPALITIES = [e.code for e in VOCAB.entries("municipalities")]


@pytest.fixture(scope="module")
def paged(tmp_path_factory: pytest.TempPathFactory) -> tuple[PublishedCatalogue, Path]:
    catalogue = published_from_demo(orgs=4, opps=12, seed=5)
    out = tmp_path_factory.mktemp("paged") / "site"
    return catalogue, publish_site(catalogue, out, today=TODAY, page_size=PAGE, part_size=PART)


def in_order(catalogue: PublishedCatalogue, lang: str, code: str | None = None) -> list[str]:
    """The slugs a list holds, in the order the site promises: title as Finnish sorts, id;
    offers that have ended are in no list."""
    items = [list_item(o, p, VOCAB, lang, TODAY) for o, p in catalogue.opportunities()]
    kept = [i for i in items if (code is None or code in i.municipalities) and not i.ended]
    return [i.slug for i in sorted(kept, key=lambda i: (sort_key(i.title.text), i.slug))]


def lists(lang: str) -> list[tuple[str, str | None, str]]:
    """(first page under the language's root, municipality code, data set) of every list."""
    first = [("index.html", None, "kaikki")]
    return first + [(f"kunta/{c}.html", c, f"kunta-{c}") for c in MUNICIPALITIES]


def test_pages_of_a_list_follow_each_other_to_the_end(
    paged: tuple[PublishedCatalogue, Path],
) -> None:
    catalogue, out = paged
    for lang in LANGS:
        s = strings_for(lang)
        for first, code, _set in lists(lang):
            expected = in_order(catalogue, lang, code)
            chain = page_chain(out / prefix(lang) / first)
            assert len(chain) == max(1, math.ceil(len(expected) / PAGE)), first
            assert [slug for page in chain for slug in entries(page)] == expected, first
            for number, page in enumerate(chain, start=1):
                assert count_line(page) == count_text(s, len(expected))
                tags = parse(page).tags
                scripts = [str(a["src"]) for t, a in tags if t == "script"]
                # Every page: the embed layout and the shortlist.
                assert scripts[0].endswith("assets/frame.js")
                assert scripts[1].endswith("assets/shortlist.js")
                scripts = scripts[2:]
                ids = {a.get("id") for _t, a in tags}
                if number == 1:
                    assert scripts[0].endswith(f"data/{lang}/{_set}.js") and "filters" in ids
                else:
                    assert scripts == [] and "filters" not in ids  # plain pages
                    status = s["page_status"].format(page=number, pages=len(chain))
                    assert status in "".join(parse(page).text)
                assert ("pager" in ids) == (len(chain) > 1)
    index_pages = page_chain(out / "index.html")
    assert [p.relative_to(out).as_posix() for p in index_pages[1:3]] == [
        "sivu/2.html",
        "sivu/3.html",
    ]


def test_pager_links_go_both_ways(paged: tuple[PublishedCatalogue, Path]) -> None:
    _catalogue, out = paged
    chain = page_chain(out / "sv" / "index.html")
    assert len(chain) > 3
    for number, page in enumerate(chain):
        links = {
            str(a.get("rel") or ""): (page.parent / str(a["href"])).resolve()
            for t, a in parse(page).tags
            if t == "a" and a.get("rel") in ("prev", "next")
        }
        assert links.get("prev") == (chain[number - 1] if number else None)
        assert links.get("next") == (chain[number + 1] if number + 1 < len(chain) else None)


def test_page_titles_differ(paged: tuple[PublishedCatalogue, Path]) -> None:
    _catalogue, out = paged
    for lang in LANGS:
        titles = []
        for page in page_chain(out / prefix(lang) / "index.html"):
            raw = page.read_text(encoding="utf-8")
            match = re.search(r"<title>(.*?)</title>", raw)
            assert match
            titles.append(match.group(1))
        assert len(titles) > 1 and len(set(titles)) == len(titles)


def test_data_sets_hold_the_lists(paged: tuple[PublishedCatalogue, Path]) -> None:
    catalogue, out = paged
    for lang in LANGS:
        by_slug = {
            item.slug: (org, opp, item)
            for org, opp in catalogue.opportunities()
            if (item := list_item(org, opp, VOCAB, lang, TODAY))
        }
        for _first, code, name in lists(lang):
            head, records = data_set(out, lang, name)
            expected = in_order(catalogue, lang, code)
            assert [r["i"] for r in records] == expected
            assert head["count"] == len(expected) and head["page_size"] == PAGE
            assert head["parts"] == math.ceil(len(expected) / PART)
            assert sorted(head["strings"]) == sorted(JS_STRINGS)
            kinds: dict[str, int] = {}
            for record in records:
                kinds[record["k"]] = kinds.get(record["k"], 0) + 1
                org, opp, item = by_slug[record["i"]]
                assert record["q"] == search_text(org, opp, item, lang)
            assert dict(head["choices"]["k"]) == kinds
            order = [e.code for e in VOCAB.entries("kinds")]
            assert [c for c, _n in head["choices"]["k"]] == [c for c in order if c in kinds]


def test_an_empty_municipality_has_one_empty_page(tmp_path: Path) -> None:
    catalogue = published_from_demo(orgs=1, opps=3, seed=1)
    out = publish_site(catalogue, tmp_path / "site", today=TODAY, page_size=2, part_size=2)
    used = {code for _org, opp in catalogue.opportunities() for code in opp.municipalities}
    empty = next(code for code in MUNICIPALITIES if code not in used)
    page = out / "kunta" / f"{empty}.html"
    assert page_chain(page) == [page] and entries(page) == []
    assert count_line(page) == strings_for("fi")["count_none"]
    head, records = data_set(out, "fi", f"kunta-{empty}")
    assert head["count"] == head["parts"] == 0 and records == []


def files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_publishing_twice_writes_the_same_bytes(
    paged: tuple[PublishedCatalogue, Path], tmp_path: Path
) -> None:
    catalogue, out = paged
    again = publish_site(catalogue, tmp_path / "again", today=TODAY, page_size=PAGE, part_size=PART)
    assert files(again) == files(out)


def test_ui_strings_written_into_the_templates_change_nothing(
    paged: tuple[PublishedCatalogue, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    catalogue, out = paged
    monkeypatch.setattr(site_templates, "_UI_STRING", re.compile("(?!)"))  # matches nothing
    plain = publish_site(catalogue, tmp_path / "plain", today=TODAY, page_size=PAGE, part_size=PART)
    assert files(plain) == files(out)
