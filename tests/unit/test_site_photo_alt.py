"""The web catalogue describes a photo with the association's own words (package format 2),
and a photo of a format 1 package, which has none, with which photo of which place it is."""

from __future__ import annotations

from kuhina_desktop.domain.model import Environment, Text
from kuhina_desktop.domain.vocab import load_vocabulary
from kuhina_desktop.exports.site_details import environment_view

STRINGS = {"photo_alt": "Kuva {number}/{total}: {name}", "weekdays": "ma|ti|ke|to|pe|la|su"}
FIRST, SECOND = "attachments/" + "a1" * 32 + ".jpg", "attachments/" + "b2" * 32 + ".png"


def files(ref: str) -> str:
    return "kuvat/" + ref.rsplit("/", 1)[1]


def view(env: Environment, lang: str = "fi") -> list[tuple[str, str, str]]:
    shown = environment_view(env, load_vocabulary(), lang, STRINGS, files)
    return [(p.src, p.alt, str(p.alt_lang)) for p in shown.photos]


def test_the_description_is_the_alt_text_in_the_page_language() -> None:
    env = Environment(
        name=Text(fi="Kirpputori"),
        photos=[FIRST, SECOND],
        photo_descriptions=[Text(fi="Lajittelupöytä", sv="Sorteringsbord"), Text(fi="Hyllyt")],
    )
    assert view(env) == [
        ("kuvat/" + "a1" * 32 + ".jpg", "Lajittelupöytä", ""),
        ("kuvat/" + "b2" * 32 + ".png", "Hyllyt", ""),
    ]
    swedish = view(env, "sv")
    assert swedish[0][1] == "Sorteringsbord" and swedish[0][2] == ""
    assert swedish[1][1] == "Hyllyt" and swedish[1][2] == ' lang="fi"'


def test_a_photo_without_a_description_says_which_it_is() -> None:
    env = Environment(name=Text(fi="Kirpputori"), photos=[FIRST, SECOND])
    assert [alt for _src, alt, _lang in view(env)] == [
        "Kuva 1/2: Kirpputori",
        "Kuva 2/2: Kirpputori",
    ]
