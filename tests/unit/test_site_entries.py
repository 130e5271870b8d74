"""List entries filled into a frame (exports/site_entries) are the macro's markup, for every
shape of entry: with and without places, summary, checked day, ended, and texts that fell
back to another language; hostile text is escaped as the template escapes it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kuhina_desktop.domain.vocab import load_vocabulary
from kuhina_desktop.exports.site_data import ListItem, Localised, list_item, template_strings
from kuhina_desktop.exports.site_entries import EntryFrames
from kuhina_desktop.exports.site_templates import language_templates, macros
from tests.unit.published_fixtures import published_from_demo


def variants(item: ListItem) -> list[ListItem]:
    hostile = '<script>alert("x")</script> & \' kuhina-entry-mark-title'
    return [
        item,
        replace(item, places=None, summary=None, checked=""),
        replace(item, ended=True, places=0),
        replace(item, title=Localised(hostile, "sv"), organisation=Localised("Ö & <b>", "en")),
        replace(item, summary=Localised(hostile, "fi"), place=hostile, kind_label=hostile),
        replace(item, municipality_labels=hostile, checked=hostile, places=12),
    ]


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
@pytest.mark.parametrize("lang_root", ["", "../"])
def test_entries_from_frames_are_the_macros_markup(lang: str, lang_root: str) -> None:
    context = {"lang": lang, "lang_root": lang_root, "s": template_strings(lang)}
    macro = macros(language_templates(lang), "macros.html", context)["result"]
    frames = EntryFrames(macro)
    vocab = load_vocabulary()
    catalogue = published_from_demo(orgs=3, opps=5, seed=11)
    items = [
        list_item(org, opp, vocab, lang, date(2026, 11, 28))
        for org, opp in catalogue.opportunities()
    ]
    checked = 0
    for item in items:
        for variant in variants(item):
            assert str(frames(variant)) == str(macro(variant))
            checked += 1
    assert checked == 6 * len(items) > 0
    assert frames._frames and all(f is not None for f in frames._frames.values())


def test_a_shape_the_frame_cannot_give_is_rendered_by_the_macro() -> None:
    """A macro that does more with a value than show it escaped (here: upper case) is left
    to render that shape itself."""
    from markupsafe import Markup

    def shouting(item: ListItem) -> Markup:
        return Markup("<li>") + item.title.text.upper() + Markup("</li>")

    frames = EntryFrames(shouting)
    item = list_item(
        *next(iter(published_from_demo(orgs=1, opps=1, seed=3).opportunities())),
        load_vocabulary(), "fi", date(2026, 11, 28),
    )  # fmt: skip
    assert str(frames(item)) == str(frames(item)) == f"<li>{item.title.text.upper()}</li>"
    assert list(frames._frames.values()) == [None]
