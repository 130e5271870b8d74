"""The Qt Linguist files are complete and current: every text of the windows is translated
into Finnish, Swedish and English, placeholders survive, and the .qm files are compiled
from the .ts files as committed (`make translations` regenerates both)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kuhina_desktop.resources import resource_path

REPO = Path(__file__).resolve().parents[2]
I18N = resource_path("i18n")
LANGUAGES = ("fi", "sv", "en")
PLACEHOLDER = re.compile(r"%\d|%n|\{[a-z_]+\}")
BIN = Path(sys.executable).parent


def messages(path: Path) -> dict[tuple[str, str, str], list[str] | None]:
    """(context, source, comment) -> the translations (None when unfinished)."""
    found: dict[tuple[str, str, str], list[str] | None] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")
            state = translation.get("type") if translation is not None else "missing"
            if state in ("missing", "unfinished", "vanished", "obsolete"):
                found[key] = None
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
            found[key] = texts if all(t.strip() for t in texts) else None
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    unfinished = [
        key for key, texts in messages(I18N / f"kuhina_{language}.ts").items() if texts is None
    ]
    assert unfinished == [], f"{len(unfinished)} unfinished in kuhina_{language}.ts"


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_are_kept(language: str) -> None:
    broken = []
    for (context, source, _comment), texts in messages(I18N / f"kuhina_{language}.ts").items():
        wanted = set(PLACEHOLDER.findall(source)) - {"%n"}
        for text in texts or []:
            if not wanted <= set(PLACEHOLDER.findall(text)):
                broken.append((context, source, text))
    assert broken == []


@pytest.mark.slow
def test_ts_files_hold_every_text_of_the_sources(tmp_path: Path) -> None:
    """lupdate on the current sources finds no text the committed files lack."""
    sources = sorted(str(p) for p in (REPO / "kuhina_desktop" / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            *sources,
            "-no-obsolete",
            "-locations",
            "none",
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    current = set(messages(fresh))
    for language in LANGUAGES:
        committed = set(messages(I18N / f"kuhina_{language}.ts"))
        assert sorted(current - committed) == [], f"run make translations ({language})"


@pytest.mark.parametrize("language", LANGUAGES)
def test_qm_files_are_compiled_from_the_ts_files(tmp_path: Path, language: str) -> None:
    source = tmp_path / f"kuhina_{language}.ts"
    shutil.copy(I18N / f"kuhina_{language}.ts", source)
    compiled = tmp_path / f"kuhina_{language}.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(source), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == (I18N / f"kuhina_{language}.qm").read_bytes()
