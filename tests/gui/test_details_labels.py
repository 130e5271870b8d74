"""The coordinator's record details (the catalogue page, beside the list): a field's label
stays whole in the narrow pane; only the values wrap, at their words (the label
"Valmennusympäristö" was broken into "Valmennusympärist" / "ö")."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from kuhina_desktop.domain.vocab import load_vocabulary
from kuhina_desktop.ui.coordinator.values import field_label, record_html
from kuhina_desktop.ui.i18n import Translations


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_labels_stay_whole_in_a_narrow_pane(
    qtbot: QtBot, translations: Translations, language: str
) -> None:
    translations.apply(language)
    record = {
        "id": "o1",
        "title": {"fi": "Työkokeilu"},
        "environment_id": "e1",
        "description": {"fi": "Lajittelua, hinnoittelua ja asiakaspalvelua ohjatusti. " * 4},
        "target_groups": ["immigrants", "long_term_unemployed"],
    }
    document = QTextDocument()
    document.setHtml(record_html(load_vocabulary(), "opportunity", record, {"e1": "Kirppis"}))
    document.setTextWidth(290)  # the details pane at 1366x768
    document.size()  # lay it out
    labels = {field_label("opportunity", key) for key in record if key != "id"}
    assert "Valmennusympäristö" in labels or "Coachningsmiljö" in labels, labels
    seen: dict[str, int] = {}
    wrapped = 0
    block = document.begin()
    while block.isValid():
        text = block.text().replace("\u00a0", " ")  # Qt keeps unbroken spaces as no-break
        if text in labels:
            seen[text] = block.layout().lineCount()
        elif len(text) > 100:
            wrapped += block.layout().lineCount() > 1
        block = block.next()
    assert seen == {label: 1 for label in labels}  # every label on one line
    assert wrapped == 1  # the long value wraps
