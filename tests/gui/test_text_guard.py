"""Text the program cannot store never enters a field of either window (`text_guard`):
pasted, dropped or committed by an input method, it is refused whole with a message that
names the field, the field keeps its text and undo history, and nothing is saved.

Every text field of both windows has the guard (the application-wide installer), checked
by walking the windows' widgets; generated texts go through a one-line and a multi-line
field by the clipboard, as a user pastes.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QInputMethodEvent, QIntValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kuhina_desktop.domain.text_rules import text_fault
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.ui.association.window import PAGES as ASSOCIATION_PAGES
from kuhina_desktop.ui.association.window import MainWindow
from kuhina_desktop.ui.coordinator.dialogs import ReasonDialog
from kuhina_desktop.ui.coordinator.window import PAGES as COORDINATOR_PAGES
from kuhina_desktop.ui.coordinator.window import CoordinatorWindow
from kuhina_desktop.ui.i18n import Translations
from kuhina_desktop.ui.roles import WindowContext
from kuhina_desktop.ui.widgets.editors import LineEditor, MultiLineEditor
from kuhina_desktop.ui.widgets.text_guard import guard_of, install_text_guards
from tests.unit.text_samples import TEXT_SETTINGS, texts


@pytest.fixture
def guards(qapp: QApplication) -> Iterator[None]:
    installer = install_text_guards(qapp)
    yield
    qapp.removeEventFilter(installer)
    installer.deleteLater()


def paste(editor: QLineEdit | QPlainTextEdit, text: str) -> None:
    """What Ctrl+V does: the clipboard's text into the field at the cursor."""
    QApplication.clipboard().setText(text)
    editor.paste()


def commit_by_input_method(editor: QWidget, text: str) -> None:
    """What an input method (or a character map) does when it commits text."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(editor, event)


def test_a_line_refuses_a_direction_control_and_says_where(qtbot: QtBot) -> None:
    editor = LineEditor()
    qtbot.addWidget(editor)
    editor.setAccessibleName("Name")
    editor.setText("Yhdistys")
    with qtbot.waitSignal(editor.local_problem) as said, qtbot.assertNotEmitted(editor.changed):
        paste(editor, " \u202eyr")
    assert editor.text() == "Yhdistys"
    message = said.args[0]
    assert "Name" in message and "U+202E" in message and "left as it was" in message
    with qtbot.waitSignal(editor.local_problem):
        commit_by_input_method(editor, "\x07")
    assert editor.text() == "Yhdistys"
    with qtbot.waitSignal(editor.local_problem):
        paste(editor, "rivi\ntoinen")  # a line break in a one-line field
    assert editor.text() == "Yhdistys"
    paste(editor, " ry 👩\u200d👩\u200d👧")
    assert editor.text() == "Yhdistys ry 👩\u200d👩\u200d👧"


def test_a_text_box_refuses_and_keeps_its_undo_history(qtbot: QtBot) -> None:
    editor = MultiLineEditor()
    qtbot.addWidget(editor)
    editor.setAccessibleName("Description")
    editor.insertPlainText("Ensimmäinen rivi")
    paste(editor, "\ntoinen rivi")
    assert editor.toPlainText() == "Ensimmäinen rivi\ntoinen rivi"
    with qtbot.waitSignal(editor.local_problem) as said, qtbot.assertNotEmitted(editor.changed):
        paste(editor, "\x1b[2J")
    assert "Description" in said.args[0] and "U+001B" in said.args[0]
    with qtbot.waitSignal(editor.local_problem), qtbot.assertNotEmitted(editor.changed):
        commit_by_input_method(editor, "\u2067")  # not a paste: undone after the change
    mime = QMimeData()
    mime.setText("Katu \u2068 1")
    with qtbot.waitSignal(editor.local_problem):
        editor.insertFromMimeData(mime)  # a drop
    assert editor.toPlainText() == "Ensimmäinen rivi\ntoinen rivi"
    editor.undo()
    assert editor.toPlainText() == "Ensimmäinen rivi"  # the user's own last step


@TEXT_SETTINGS
@given(text=texts(max_size=20))
def test_pasting_generated_text(qtbot: QtBot, text: str) -> None:
    line, box = LineEditor(), MultiLineEditor()
    for editor in (line, box):
        qtbot.addWidget(editor)
        editor.set_value("alku ")
        editor.end(False) if isinstance(editor, QLineEdit) else editor.moveCursor(
            editor.textCursor().MoveOperation.End
        )
    refusals: list[str] = []
    line.local_problem.connect(refusals.append)
    box.local_problem.connect(refusals.append)
    sent = QApplication.clipboard()
    sent.setText(text)
    pasted = sent.text()  # Qt drops lone surrogates on the way in: compare with what it holds
    line.paste()
    box.paste()
    line_refused = text_fault("alku " + pasted, multiline=False) is not None
    box_refused = text_fault("alku " + pasted, multiline=True) is not None
    assert line.text() == ("alku " if line_refused else "alku " + pasted)
    plain = QPlainTextEdit()  # what a text box makes of it (line separators become \n)
    plain.insertPlainText("alku " + pasted)
    assert box.toPlainText() == ("alku " if box_refused else plain.toPlainText())
    assert len(refusals) >= line_refused + box_refused
    if not line_refused and not box_refused:
        assert refusals == []


def _text_fields(window: QWidget) -> list[QWidget]:
    return [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit)
        and not isinstance(w.parent(), QAbstractSpinBox)  # the spin box's own validator
    ]


def _visit_every_page(window: MainWindow | CoordinatorWindow, pages: tuple[str, ...]) -> None:
    for name in pages:
        window.show_page(name)


def test_every_text_field_of_the_association_window_is_guarded(
    qtbot: QtBot, guards: None, workspace: OrgWorkspace, context: WindowContext
) -> None:
    window = MainWindow(workspace, context)
    qtbot.addWidget(window)
    window.show()
    _visit_every_page(window, ASSOCIATION_PAGES)
    window.show_page("opportunities").on_new_clicked()
    QApplication.processEvents()
    fields = _text_fields(window)
    assert len(fields) >= 10
    unguarded = [f"{type(f).__name__} {f.objectName() or f.accessibleName()}" for f in fields
                 if guard_of(f) is None]  # fmt: skip
    assert unguarded == []


def test_every_text_field_of_the_coordinator_window_is_guarded(
    qtbot: QtBot, guards: None, tmp_path: Path, context: WindowContext
) -> None:
    with CatalogueWorkspace.create(tmp_path / "catalogue") as ws:
        window = CoordinatorWindow(ws, context, actor="koordinaattori")
        qtbot.addWidget(window)
        window.show()
        _visit_every_page(window, COORDINATOR_PAGES)
        QApplication.processEvents()
        fields = _text_fields(window)
        assert len(fields) >= 3
        assert [type(f).__name__ for f in fields if guard_of(f) is None] == []
        window.close()


@pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)")
def test_a_refused_paste_is_shown_under_the_field_and_saves_nothing(
    qtbot: QtBot, window: MainWindow, workspace: OrgWorkspace
) -> None:
    form = window.show_page("organisation").form
    editor = form.name.editors["fi"]
    before = workspace.organisation.name
    editor.setFocus()
    editor.end(False)
    paste(editor, " \u202e")
    editor.editingFinished.emit()
    row = form.rows["name"]
    assert row.problem.isVisibleTo(form)
    assert "U+202E" in row.problem.text()
    assert workspace.organisation.name == before


# The refusal's tool tip is raised above the field; the offscreen platform cannot raise.
@pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)")
def test_a_dialog_made_anywhere_is_guarded_too(qtbot: QtBot, guards: None) -> None:
    """The reason for a rejection: a plain QPlainTextEdit the dialog makes itself."""
    dialog = ReasonDialog(None, "Hylkää", "Miksi muutos hylätään?")
    qtbot.addWidget(dialog)
    dialog.show()
    guard = guard_of(dialog.reason)
    assert guard is not None
    with qtbot.waitSignal(guard.refused) as said:
        paste(dialog.reason, "Syy \u202e")
    assert dialog.text() == "" and "Miksi muutos hylätään?" in said.args[0]
    paste(dialog.reason, "Harhaanjohtava otsikko")
    assert dialog.text() == "Harhaanjohtava otsikko"


def test_fields_shown_before_the_guards_are_installed_are_guarded_then(
    qapp: QApplication, qtbot: QtBot
) -> None:
    """The start-up installs the guards after the window's first paint: a field already
    polished then is guarded as it is installed, one polished later when it is shown, and
    one with a validator of its own neither time."""
    shown, later, validated = QLineEdit(), QLineEdit(), QLineEdit()
    validated.setValidator(QIntValidator())
    for field in (shown, later, validated):
        qtbot.addWidget(field)
    shown.show()
    validated.show()
    assert guard_of(shown) is None
    installer = install_text_guards(qapp)
    try:
        assert guard_of(shown) is not None and guard_of(later) is None
        later.show()
        assert guard_of(later) is not None
        assert guard_of(validated) is None
        install_text_guards(qapp).deleteLater()  # a second install adds no second guard
        assert sum(isinstance(c, type(guard_of(shown))) for c in shown.children()) == 1
    finally:
        qapp.removeEventFilter(installer)
        installer.deleteLater()


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("fi", "Kentässä Nimi on tekstin suuntaa muuttava ohjausmerkki (U+202E, 4. merkki)"),
        ("sv", "Fältet Nimi innehåller ett styrtecken för textriktning (U+202E, tecken 4)"),
    ],
)
def test_the_refusal_speaks_the_interface_language(
    qtbot: QtBot, translations: Translations, language: str, words: str
) -> None:
    translations.apply(language)
    editor = LineEditor()
    qtbot.addWidget(editor)
    editor.setAccessibleName("Nimi")
    editor.setText("abc")
    with qtbot.waitSignal(editor.local_problem) as said:
        paste(editor, "\u202e")
    kept = {"fi": "Kenttä jätettiin ennalleen.", "sv": "Fältet lämnades som det var."}
    assert words in said.args[0] and said.args[0].endswith(kept[language])


def test_text_stored_before_the_rules_can_still_be_edited(qtbot: QtBot) -> None:
    """A record saved with a control character before the rules: the field shows it, can
    be edited (the form's validation names the problem), and takes no new one."""
    line, box = LineEditor(), MultiLineEditor()
    refusals: list[str] = []
    for editor in (line, box):
        qtbot.addWidget(editor)
        editor.local_problem.connect(refusals.append)
    line.set_value("Nimi\trivi")
    box.set_value("Kuvaus \x07")
    assert refusals == []  # the program's own text is shown as stored
    line.end(False)
    paste(line, " ry")
    box.moveCursor(box.textCursor().MoveOperation.End)
    paste(box, " lisää")
    assert (line.text(), box.toPlainText()) == ("Nimi\trivi ry", "Kuvaus \x07 lisää")
    assert refusals == []
    paste(line, "\u202e")
    paste(box, "\x1b")
    assert (line.text(), box.toPlainText()) == ("Nimi\trivi ry", "Kuvaus \x07 lisää")
    assert len(refusals) == 2
    line.setSelection(4, 1)
    paste(line, " ")  # the tab replaced: the field is clean from now on
    assert line.text() == "Nimi rivi ry"
    paste(line, "\t")
    assert line.text() == "Nimi rivi ry" and len(refusals) == 3


@pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)")
def test_a_field_without_a_name_is_named_by_its_label(qtbot: QtBot, guards: None) -> None:
    from PySide6.QtWidgets import QFormLayout

    page = QWidget()
    qtbot.addWidget(page)
    form = QFormLayout(page)
    line = QLineEdit(page)
    form.addRow("Yhdistyksen &nimi:", line)
    page.show()
    guard = guard_of(line)
    assert guard is not None
    with qtbot.waitSignal(guard.refused) as said:
        paste(line, "\x1b")
    assert "Yhdistyksen nimi" in said.args[0] and line.text() == ""
