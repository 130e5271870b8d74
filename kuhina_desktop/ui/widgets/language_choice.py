"""The language chooser that dialogs and pages share: each language by its own name."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from kuhina_desktop.messages import LANGUAGES
from kuhina_desktop.ui.i18n import current_language, language_name


def language_combo(parent: QWidget) -> QComboBox:
    """fi, sv and en by their own names (the item data is the code), the interface's chosen."""
    combo = QComboBox(parent)
    for code in LANGUAGES:
        combo.addItem(language_name(code), code)
    combo.setCurrentIndex(max(combo.findData(current_language()), 0))
    return combo
