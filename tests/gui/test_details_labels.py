"""The coordinator's record details (the catalogue page, beside the list): in the narrow
pane every label and value breaks only between words. In two columns the label
"Valmennusympäristö" broke into "Valmennusympärist" / "ö", and with the labels kept whole
the values broke instead ("Kierrätystavarata" / "lo"); each label now stands above its
value."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from kuhina_desktop.demo.content import generate_demo
from kuhina_desktop.domain.serialize import snapshot_to_json
from kuhina_desktop.domain.vocab import load_vocabulary
from kuhina_desktop.ui.coordinator.values import field_label, record_html
from kuhina_desktop.ui.i18n import Translations

PANE = 290  # the details pane's text width at 1366x768


def breaks_inside_words(document: QTextDocument) -> list[str]:
    """Lines of `document` that end inside a word."""
    document.setTextWidth(PANE)
    document.size()  # lay it out
    found = []
    block = document.begin()
    while block.isValid():
        text = block.text().replace("\u00a0", " ")
        layout = block.layout()
        for number in range(layout.lineCount() - 1):
            line = layout.lineAt(number)
            end = line.textStart() + line.textLength()
            if text[end - 1] not in " -/\u2028" and text[end] not in " \u2028":
                found.append(f"{text[:end]} | {text[end:]}")
        block = block.next()
    return found


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_labels_and_values_break_only_between_words(
    qtbot: QtBot, translations: Translations, language: str
) -> None:
    translations.apply(language)
    vocab = load_vocabulary()
    shown = placed = 0
    for demo in generate_demo(3, 3, seed=5):
        data = snapshot_to_json(demo.snapshot)
        names = {e["id"]: e["name"]["fi"] for e in data["environments"]}
        names |= {c["id"]: c["name"] for c in data["organisation"].get("contacts") or []}
        for record in data["opportunities"]:
            document = QTextDocument()
            document.setHtml(record_html(vocab, "opportunity", record, names))
            placed += field_label("opportunity", "environment_id") in document.toPlainText()
            assert breaks_inside_words(document) == []
            shown += 1
    assert shown == 9 and placed >= 3
