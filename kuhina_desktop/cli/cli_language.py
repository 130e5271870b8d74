"""The command line's help and usage errors in the chosen language, argparse's own texts
included.

argparse makes its texts ("usage: ", "options", "the following arguments are required:
%s"...) translatable through `gettext` (the Python documentation's "How to translate the
argparse output"); the help texts of Kuhina's own commands and options go through the
same catalogue. The catalogues are `resources/i18n/cli/<language>/LC_MESSAGES/kuhina-cli.mo`,
compiled by `build/update_cli_translations.py` from `resources/i18n/cli/cli-help.json`
(English is the source language and needs none).

`speaking(language)` makes gettext answer in `language` while the arguments are parsed
(help and usage errors are printed during `parse_args`) and puts everything back after;
`language_in(argv)` finds `--language` before the parser exists.
"""

from __future__ import annotations

import argparse
import gettext
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from kuhina_desktop.messages import LANGUAGES, system_language
from kuhina_desktop.resources import resource_path

DOMAIN = "kuhina-cli"


def language_in(argv: Sequence[str]) -> str:
    """The language `--language X` (or `--language=X`) asks for, else the system's."""
    for index, arg in enumerate(argv):
        value = None
        if arg == "--language" and index + 1 < len(argv):
            value = argv[index + 1]
        elif arg.startswith("--language="):
            value = arg.split("=", 1)[1]
        if value in LANGUAGES:
            return value
    return system_language()


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """gettext's default domain answers in `language` inside the block."""
    previous_domain = gettext.textdomain()
    previous_language = os.environ.get("LANGUAGE")
    gettext.bindtextdomain(DOMAIN, str(resource_path("i18n", "cli")))
    gettext.textdomain(DOMAIN)
    # gettext picks the catalogue's language from the environment; LANGUAGE comes first.
    os.environ["LANGUAGE"] = language
    try:
        yield
    finally:
        gettext.textdomain(previous_domain)
        if previous_language is None:
            os.environ.pop("LANGUAGE", None)
        else:
            os.environ["LANGUAGE"] = previous_language


class TranslatedHelpFormatter(argparse.HelpFormatter):
    """Help texts and descriptions of Kuhina's commands through the same catalogue."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = action.help
        return gettext.gettext(text) if text else text

    def add_text(self, text: str | None) -> None:
        if text and text is not argparse.SUPPRESS:
            text = gettext.gettext(text)
        super().add_text(text)


class KuhinaParser(argparse.ArgumentParser):
    """An argument parser whose help is translated; its sub-parsers are of this class too
    (argparse makes them of the parent's class), so every command's help is."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", TranslatedHelpFormatter)
        super().__init__(*args, **kwargs)
