"""Texts of Qt's own dialogs that Qt's Finnish or Swedish translation (qtbase_fi/sv.qm)
lacks, so the app's translation files supply them (in Qt's contexts: a translator installed
by the app answers for any context). Qt's own file dialog is used on Linux and wherever the
system's dialog is not; on Windows the system's dialog is translated by Windows.

`lupdate` collects these from here; `tests/gui/test_no_english.py` opens the dialogs in
Finnish and Swedish and fails on English it finds, which is how this list was made.
"""

from __future__ import annotations

from kuhina_desktop.ui.noop import QT_TRANSLATE_NOOP

QT_STRINGS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
