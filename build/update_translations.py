"""Regenerate the interface translations: `make translations`.

1. `pyside6-lupdate` collects every `tr()` / `translate()` / `QT_TRANSLATE_NOOP` text of
   `kuhina_desktop/ui/` into `resources/i18n/kuhina_{fi,sv,en}.ts`, keeping the translations
   already there and dropping texts no longer used;
2. in the English file, a finished translation is filled in from the source text (the
   sources are English) unless it has plural forms, which are written by hand;
3. `pyside6-lrelease` compiles each `.ts` into the `.qm` the program loads.

Translate the Finnish and Swedish files with Qt Linguist (`pyside6-linguist`) or any editor;
`tests/gui/test_translations.py` fails while a text is unfinished or missing.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO / "kuhina_desktop" / "ui"
I18N = REPO / "resources" / "i18n"
LANGUAGES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    candidate = BIN / name
    return str(candidate) if candidate.exists() else name


def source_files() -> list[str]:
    return sorted(str(p.relative_to(REPO)) for p in SOURCES.rglob("*.py"))


def ts_file(language: str) -> Path:
    return I18N / f"kuhina_{language}.ts"


def run_lupdate(language: str) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *source_files(),
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            LANGUAGES[language],
            "-ts",
            str(ts_file(language)),
        ],
        cwd=REPO,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def fill_english(path: Path) -> int:
    """Finish English messages without plural forms with their source text."""
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or message.get("numerus") == "yes":
            continue
        if translation.get("type") == "unfinished" or not (translation.text or ""):
            translation.text = source
            translation.attrib.pop("type", None)
            filled += 1
    if filled:
        tree.write(path, encoding="utf-8", xml_declaration=True)
        text = path.read_text(encoding="utf-8")
        path.write_text(
            text.replace(
                "<?xml version='1.0' encoding='utf-8'?>",
                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>',
            ),
            encoding="utf-8",
        )
    return filled


def run_lrelease(language: str) -> None:
    subprocess.run(
        [
            tool("pyside6-lrelease"),
            str(ts_file(language)),
            "-qm",
            str(I18N / f"kuhina_{language}.qm"),
        ],
        cwd=REPO,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def main() -> int:
    I18N.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        run_lupdate(language)
    filled = fill_english(ts_file("en"))
    for language in LANGUAGES:
        run_lrelease(language)
    print(f"translations updated in {I18N.relative_to(REPO)} ({filled} English texts filled in)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
