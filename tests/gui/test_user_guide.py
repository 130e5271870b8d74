"""The user guide (issue 15): Help → User guide and F1 open it in the interface's language,
with its pictures, and it follows a change of language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kuhina_desktop.resources import resource_path
from kuhina_desktop.ui.association.window import MainWindow
from kuhina_desktop.ui.i18n import Translations
from kuhina_desktop.ui.widgets.guide import GuideWindow
from tests.gui.conftest import OFFSCREEN_NOISE
from tests.gui.visible_text import english_words

HEADINGS = {
    "fi": "Kuhinan käyttöohje",
    "sv": "Bruksanvisning för Kuhina",
    "en": "Kuhina user guide",
}
SECTIONS = ("start", "offers", "send", "receipt", "backup", "trouble", "privacy")


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_every_language_has_the_whole_guide_with_its_pictures(language: str) -> None:
    page = resource_path("guide", f"guide-{language}.html").read_text(encoding="utf-8")
    assert [s for s in SECTIONS if f'id="{s}"' not in page] == []
    pictures = re.findall(r'<img src="([^"]+)"', page)
    assert len(pictures) == 7
    for picture in pictures:
        assert picture.startswith(f"{language}-")
        assert resource_path("guide", picture).stat().st_size > 10_000, picture
    if language != "en":
        text = re.sub(r"<[^>]+>", " ", page)
        assert english_words(text.replace("Kuhina", "")) == []


# Qt's offscreen platform cannot raise a window; on a desktop the guide comes to the front.
@pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, r"This plugin does not support raise\(\)")
def test_f1_opens_the_guide_in_the_interface_language(
    qtbot: QtBot, window: MainWindow, translations: Translations
) -> None:
    translations.apply("fi")
    QApplication.processEvents()
    assert window.guide_action.shortcut().toString() == "F1"
    assert window.guide_action.text() == "&Käyttöohje"
    assert window.guide_action in window.help_menu.actions()
    window.guide_action.trigger()
    guide = window.findChild(GuideWindow)
    assert guide is not None and guide.isVisible()
    document = guide.browser.document()
    assert document.toPlainText().startswith(HEADINGS["fi"])
    image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl("fi-12-send.png"))
    assert image is not None and not image.isNull()
    translations.apply("sv")
    QApplication.processEvents()
    assert guide.browser.document().toPlainText().startswith(HEADINGS["sv"])
    assert guide.windowTitle() == "Bruksanvisning för Kuhina"
