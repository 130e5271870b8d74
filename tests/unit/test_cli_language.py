"""The command line's help and usage errors come in the chosen language, argparse's own
texts included; every help text has its Finnish and Swedish translation, and the compiled
catalogues say what the source file says."""

from __future__ import annotations

import argparse
import gettext
import json
import os
from pathlib import Path

import pytest

from kuhina_desktop.cli import build_parser, main
from kuhina_desktop.cli.cli_language import DOMAIN, language_in
from kuhina_desktop.resources import resource_path

SOURCE = resource_path("i18n", "cli", "cli-help.json")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exited:
        main(list(argv))
    out, err = capsys.readouterr()
    return int(exited.value.code or 0), out, err


@pytest.mark.parametrize(
    ("language", "usage", "error"),
    [
        ("fi", "käyttö: kuhina catalogue import", "virhe: seuraavat argumentit puuttuvat:"),
        ("sv", "användning: kuhina catalogue import", "fel: följande argument krävs:"),
        ("en", "usage: kuhina catalogue import", "error: the following arguments are required:"),
    ],
)
def test_usage_errors_in_the_chosen_language(
    capsys: pytest.CaptureFixture[str], language: str, usage: str, error: str
) -> None:
    code, _out, err = run(capsys, "--language", language, "catalogue", "import")
    assert code == 2
    assert err.startswith(usage)
    assert error in err and "--workspace" in err


def test_an_invalid_choice_is_said_in_finnish(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "--language=fi", "catalogue", "tuo")
    assert code == 2
    assert "virheellinen valinta: 'tuo'" in err


def test_help_in_swedish_and_finnish(capsys: pytest.CaptureFixture[str]) -> None:
    _code, out, _err = run(capsys, "--language", "sv", "catalogue", "audit", "--help")
    assert out.startswith("användning: kuhina catalogue audit")
    assert "alternativ:" in out and "visa denna hjälp och avsluta" in out
    assert "ett JSON-objekt per rad" in out
    _code, out, _err = run(capsys, "--language", "fi", "--help")
    assert "Pohjois-Karjalan" in out and "valinnat:" in out
    assert "maakunnallinen luettelo (koordinaattori)" in out


def test_the_language_is_put_back_after_parsing(capsys: pytest.CaptureFixture[str]) -> None:
    before = (gettext.textdomain(), os.environ.get("LANGUAGE"))
    run(capsys, "--language", "fi", "catalogue", "import")
    assert (gettext.textdomain(), os.environ.get("LANGUAGE")) == before


def test_language_in_reads_both_spellings() -> None:
    assert language_in(["--language", "sv", "org"]) == "sv"
    assert language_in(["org", "--language=fi"]) == "fi"
    assert language_in(["--language", "de"]) in ("fi", "sv", "en")  # unknown: the system's


def _texts(parser: argparse.ArgumentParser) -> set[str]:
    found = {parser.description} if parser.description else set()
    for action in parser._actions:
        if action.help and action.help is not argparse.SUPPRESS:
            found.add(action.help)
        if isinstance(action, argparse._SubParsersAction):
            found |= {c.help for c in action._choices_actions if c.help}
            for sub in dict.fromkeys(action.choices.values()):
                found |= _texts(sub)
    return found


def test_every_help_text_is_translated_and_compiled() -> None:
    table = json.loads(Path(SOURCE).read_text(encoding="utf-8"))
    missing = sorted(_texts(build_parser()) - set(table))
    assert missing == [], "add them to resources/i18n/cli/cli-help.json"
    for language in ("fi", "sv"):
        path = resource_path("i18n", "cli", language, "LC_MESSAGES", f"{DOMAIN}.mo")
        with open(path, "rb") as handle:
            compiled = gettext.GNUTranslations(handle)
        for english, translated in table.items():
            value = translated[language]
            if isinstance(value, list):
                singular, plural = english.split("|")
                assert [compiled.ngettext(singular, plural, n) for n in (1, 2)] == value
            else:
                assert value and compiled.gettext(english) == value, (language, english)
