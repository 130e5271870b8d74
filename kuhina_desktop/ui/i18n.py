"""The interface's languages: our Qt Linguist translations and Qt's own, switchable live.

`Translations.apply(language)` swaps the installed translators; Qt then sends every widget a
`LanguageChange` event and each window retranslates itself (`Retranslatable`). The current
language is the default `QLocale`, so dates and numbers follow the language too, and the
windows use `current_language()` for code-list labels and problem messages.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from kuhina_desktop.messages import DEFAULT_LANGUAGE, LANGUAGES
from kuhina_desktop.resources import resource_path

log = logging.getLogger(__name__)

LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}


def current_language() -> str:
    """fi, sv or en: the language the interface shows now."""
    code = QLocale().name().split("_")[0]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def language_name(code: str) -> str:
    """A language's own name, as a language menu shows it (never translated)."""
    return {"fi": "suomi", "sv": "svenska", "en": "English"}.get(code, code)


def qm_folder() -> Path:
    return resource_path("i18n")


class Translations:
    """The translators installed in the application, replaced as a whole on a switch."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = DEFAULT_LANGUAGE

    def apply(self, language: str) -> None:
        if language not in LANGUAGES:
            language = DEFAULT_LANGUAGE
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        QLocale.setDefault(QLocale(LOCALES[language]))
        self.language = language
        ours = QTranslator(self._app)
        if ours.load(str(qm_folder() / f"kuhina_{language}.qm")):
            self._installed.append(ours)
        else:
            log.warning("no compiled translation for %s in %s", language, qm_folder())
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_own = QTranslator(self._app)
        if language != "en" and qt_own.load(f"qtbase_{language}", qt_folder):
            self._installed.append(qt_own)
        for translator in self._installed:
            self._app.installTranslator(translator)
        if isinstance(self._app, QApplication):
            locale = QLocale()
            for widget in QApplication.topLevelWidgets():
                widget.setLocale(locale)


class Retranslatable:
    """Mixin for widgets: calls `retranslate_ui()` when the language changes.

    List it before the Qt base class: `class Page(Retranslatable, QWidget)`.
    """

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)  # type: ignore[misc]
