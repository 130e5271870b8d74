"""Doing what a user does to the editors, without keyClicks for non-ASCII text (it aborts
the test process, see TECH-NOTES): type a value, then leave the field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from kuhina_desktop.ui.widgets.code_list_editor import CODE_ROLE, CodeListEditor
from kuhina_desktop.ui.widgets.editors import ComboEditor, LineEditor, MultiLineEditor
from kuhina_desktop.ui.widgets.text_editor import TranslatedTextEditor


def type_text(editor: Any, text: str, *, leave: bool = True) -> None:
    """Type `text` into a line or text box (as if typed), then leave it."""
    if isinstance(editor, TranslatedTextEditor):
        editor = editor.editors["fi"]
    if isinstance(editor, LineEditor):
        editor.setText(text)
        editor.textEdited.emit(text)
        if leave:
            editor.editingFinished.emit()
    elif isinstance(editor, MultiLineEditor):
        editor.setPlainText(text)
        if leave:
            editor.committed.emit()
    else:
        raise TypeError(type(editor))


def type_in_language(editor: TranslatedTextEditor, language: str, text: str) -> None:
    type_text(editor.editors[language], text)


def choose(combo: ComboEditor, code: str | None) -> None:
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def tick(editor: CodeListEditor, *codes: str) -> None:
    model = editor.model()
    for row in range(model.rowCount()):
        item = model.item(row)
        if item.data(CODE_ROLE) in codes:
            item.setCheckState(Qt.CheckState.Checked)
