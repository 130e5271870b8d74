"""Text the program cannot store never enters a text field (`domain.text_rules`).

One guard per field, the same for every field of both windows: typing, pasting, dropping
and input methods alike. A change that would put a lone surrogate, a control character, a
noncharacter or a text direction control into the field (or a line break into a one-line
field) is refused whole: the field keeps the text it had, its undo history too, and
`refused(message)` says why in the interface's language, naming the field (its accessible
name, which the form gives it) and the character. The message is also shown as a tool tip
at the field; a form's `FieldRow` shows it under the field (`local_problem`).

- A `QLineEdit` gets a validator that says Invalid to such text, so Qt itself reverts the
  change; a line edit with a validator of its own (spin boxes, dates) is left to it.
- A text stored before these rules may hold such characters: it can still be edited (a
  change that adds none is taken; the form's validation shows the problem) until fixed.
- A `QPlainTextEdit` (or `QTextEdit`) is checked after each change: a refused change is
  undone (exactly, when it was one undo step), else the last accepted text is put back.
  `MultiLineEditor` also checks a paste or drop before it is made (`refuse_insert`).

`install_text_guards(app)` gives every text field the program creates a guard when Qt
first polishes it, so that a field added later cannot be forgotten; the editors of
`editors.py` attach theirs when made. Signals: `TextGuard.refused(str)`, `accepted()`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QToolTip,
    QWidget,
)

from kuhina_desktop.domain.text_rules import TextFault, fault_count, text_fault
from kuhina_desktop.messages import translate
from kuhina_desktop.ui.i18n import current_language

_PROPERTY = "kuhina_text_guard"
TextWidget = QLineEdit | QPlainTextEdit | QTextEdit


def _plain_text(editor: QPlainTextEdit | QTextEdit) -> str:
    return editor.toPlainText()


class _RefusingValidator(QValidator):
    """Invalid for text the guard refuses; every other text is Acceptable."""

    def __init__(self, guard: TextGuard) -> None:
        super().__init__(guard)
        self._guard = guard

    def validate(self, text: str, pos: int) -> object:
        fault = self._guard.new_fault(text)
        if fault is None:
            return QValidator.State.Acceptable, text, pos
        self._guard.refuse(fault)
        return QValidator.State.Invalid, text, pos


class TextGuard(QObject):
    """Keeps refused text out of one field. Signals: refused(str), the message; accepted(),
    a multi-line field's text changed and was kept (a refused change emits none)."""

    refused = Signal(str)
    accepted = Signal()

    def __init__(self, editor: TextWidget) -> None:
        super().__init__(editor)
        self.editor = editor
        self.multiline = not isinstance(editor, QLineEdit)
        self._accepted = ""
        self._restoring = False
        self._program_sets = False
        editor.setProperty(_PROPERTY, True)
        if isinstance(editor, QLineEdit):
            self._accepted = editor.text()
            editor.setValidator(_RefusingValidator(self))
            editor.textChanged.connect(self.on_line_changed)
        else:
            self._accepted = _plain_text(editor)
            editor.textChanged.connect(self.on_text_changed)

    def field_name(self) -> str:
        """The field as the user knows it: its accessible name, the label it is the buddy
        of, or its placeholder text."""
        editor = self.editor
        name = editor.accessibleName()
        if not name:
            labels = editor.window().findChildren(QLabel)
            name = next((lb.text().replace("&", "") for lb in labels if lb.buddy() is editor), "")
        name = (name or editor.placeholderText()).rstrip(" :*")
        return name or QCoreApplication.translate("TextGuard", "this field")

    def message(self, fault: TextFault) -> str:
        """The refusal in the interface's language, naming the field and the character."""
        text = translate(fault.code, current_language(), **fault.params(self.field_name()))
        kept = QCoreApplication.translate("TextGuard", "The field was left as it was.")
        return f"{text} {kept}"

    def refuse(self, fault: TextFault) -> None:
        message = self.message(fault)
        if self.editor.isVisible():
            QToolTip.showText(self.editor.mapToGlobal(QPoint(0, self.editor.height())), message,
                              self.editor)  # fmt: skip
        self.refused.emit(message)

    def new_fault(self, text: str) -> TextFault | None:
        """The fault `text` would bring into the field: None when it has none, or no more
        than the text the field already holds (stored before the rules), or when the
        program itself sets it (`accepted_text_changed`)."""
        fault = text_fault(text, multiline=self.multiline)
        if fault is None or self._program_sets:
            return None
        held = fault_count(self._accepted, multiline=self.multiline)
        if held and fault_count(text, multiline=self.multiline) <= held:
            return None
        return fault

    def on_line_changed(self, text: str) -> None:
        self._accepted = text

    def check_insert(self, inserted: str) -> bool:
        """Whether `inserted` may replace the selection; refuses it (and says so) if not."""
        editor = self.editor
        if isinstance(editor, QLineEdit):
            return True  # the validator sees the whole result
        cursor = editor.textCursor()
        text = _plain_text(editor)
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        fault = self.new_fault(text[:start] + inserted + text[end:])
        if fault is not None:
            self.refuse(fault)
            return False
        return True

    def on_text_changed(self) -> None:
        editor = self.editor
        if self._restoring or isinstance(editor, QLineEdit):
            return
        text = _plain_text(editor)
        fault = self.new_fault(text)
        if fault is None:
            self._accepted = text
            self.accepted.emit()
            return
        self._restoring = True
        try:
            editor.undo()
            if _plain_text(editor) != self._accepted:  # more than one step, or no undo
                position = editor.textCursor().position()
                editor.setPlainText(self._accepted)
                cursor = editor.textCursor()
                cursor.setPosition(min(position, len(self._accepted)))
                editor.setTextCursor(cursor)
        finally:
            self._restoring = False
        self.refuse(fault)

    def program_sets(self) -> _ProgramSets:
        """`with guard.program_sets(): editor.setText(...)`: the program's own text (a
        stored record) is taken as it is, without a refusal."""
        return _ProgramSets(self)

    def accepted_text_changed(self) -> None:
        """The program set the field's text with its signals blocked: take it as accepted."""
        editor = self.editor
        self._accepted = editor.text() if isinstance(editor, QLineEdit) else _plain_text(editor)


class _ProgramSets:
    def __init__(self, guard: TextGuard) -> None:
        self.guard = guard

    def __enter__(self) -> None:
        self.guard._program_sets = True

    def __exit__(self, *_exc: object) -> None:
        self.guard._program_sets = False
        self.guard.accepted_text_changed()


def guard_text(editor: TextWidget) -> TextGuard:
    """The guard of `editor`, attached now if it has none."""
    existing = guard_of(editor)
    return existing if existing is not None else TextGuard(editor)


def guard_of(editor: QWidget) -> TextGuard | None:
    for child in editor.children():
        if isinstance(child, TextGuard):
            return child
    return None


class _Installer(QObject):
    """Attaches a guard to each text field when Qt first polishes it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Polish:
            self.guard(watched)
        return False

    @staticmethod
    def guard(widget: QObject) -> None:
        if (
            isinstance(widget, TextWidget)
            and not widget.property(_PROPERTY)
            and (not isinstance(widget, QLineEdit) or widget.validator() is None)
        ):
            TextGuard(widget)


def install_text_guards(app: QApplication) -> QObject:
    """Guard every text field the application shows from now on, and each one already
    polished (shown), as the filter would have; returns the filter.

    The filter sees every event of the application (a Python call each), so the start-up
    installs it after the main window's first paint (`ui.app`): the frame holds no text
    field, and one polished before is guarded here."""
    from PySide6.QtCore import Qt  # not at the top: the namespace's first import is slow

    installer = _Installer(app)
    app.installEventFilter(installer)
    for widget in app.allWidgets():
        if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
            installer.guard(widget)
    return installer
