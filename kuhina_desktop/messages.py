"""Translated messages for problem and error codes, outside Qt.

The core reports problems and refusals as codes with parameters; this module turns a code
into a sentence in Finnish, Swedish or English. The catalogues are the JSON files in
`resources/messages/` (one per area: validation, package, catalogue, cli...), each
`{code: {"fi": ..., "sv": ..., "en": ...}}` with `str.format` placeholders. The Qt windows
use the same catalogues for these codes, and Qt Linguist files for their own strings.
"""

from __future__ import annotations

import json
import locale
import os
from functools import cache
from typing import Any

from kuhina_desktop.resources import resource_path

LANGUAGES = ("fi", "sv", "en")
DEFAULT_LANGUAGE = "fi"


@cache
def catalogue() -> dict[str, dict[str, str]]:
    """Every message code with its texts, merged from all files in resources/messages/."""
    merged: dict[str, dict[str, str]] = {}
    for path in sorted(resource_path("messages").glob("*.json")):
        for code, texts in json.loads(path.read_text(encoding="utf-8")).items():
            if code in merged:
                raise ValueError(f"message code {code!r} defined twice ({path.name})")
            merged[code] = texts
    return merged


def translate(code: str, language: str = DEFAULT_LANGUAGE, /, **params: Any) -> str:
    """The message for `code` in `language`; an unknown code shows itself and its parameters."""
    texts = catalogue().get(code)
    if texts is None:
        detail = ", ".join(f"{k}={v}" for k, v in sorted(params.items()))
        return f"{code} ({detail})" if detail else code
    template = texts.get(language) or texts[DEFAULT_LANGUAGE]
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


_WINDOWS_NAMES = {"finnish": "fi", "swedish": "sv", "english": "en"}


def system_language() -> str:
    """fi, sv or en from KUHINA_LANGUAGE or the system locale; Finnish otherwise.

    A C or POSIX locale states no preference (Python reports it as en_US), so it gives
    Finnish; Windows reports names such as "Swedish_Finland".
    """
    for candidate in (
        os.environ.get("KUHINA_LANGUAGE"),
        os.environ.get("LC_ALL"),
        os.environ.get("LC_MESSAGES"),
        os.environ.get("LANG"),
    ):
        if candidate:
            return _language_of(candidate)
    return _language_of(locale.getlocale()[0] or "")


def _language_of(name: str) -> str:
    short = name.split("_")[0].split(".")[0].lower()
    short = _WINDOWS_NAMES.get(short, short)
    return short if short in LANGUAGES else DEFAULT_LANGUAGE
