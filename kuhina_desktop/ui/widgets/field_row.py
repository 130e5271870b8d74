"""One labelled field: the label (with * when required), the editor, a visible hint and the
field's problems, shown in words with a warning sign (never colour alone).

The label is the editor's buddy (Alt+letter jumps to it) and its accessible name; the hint
is its tooltip, What's This text and accessible description, with the problems added so a
screen reader announces them too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from kuhina_desktop.ui.i18n import Retranslatable
from kuhina_desktop.ui.label_roles import set_role
from kuhina_desktop.ui.widgets import field_texts

WARNING_SIGN = "⚠"


class FieldRow(Retranslatable, QWidget):
    """A field of a record form; `key` is the field path validation uses (e.g. "title")."""

    def __init__(
        self,
        record_type: str,
        key: str,
        editor: Any,
        parent: QWidget | None = None,
        *,
        required: bool = False,
    ) -> None:
        super().__init__(parent)
        self.record_type = record_type
        self.key = key
        self.editor = editor
        self.required = required
        self._problems: list[str] = []
        self._local_problem = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        set_role(self.hint, "hint")
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        set_role(self.problem, "problem")
        # The line for a problem is kept when there is none, so the fields below do not
        # move when one appears or goes while typing (the next click would miss).
        policy = self.problem.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.problem.setSizePolicy(policy)
        self.problem.setVisible(False)
        is_checkbox = isinstance(editor, QCheckBox)
        if not is_checkbox:
            layout.addWidget(self.label)
        else:
            self.label.setVisible(False)
        layout.addWidget(editor)
        layout.addWidget(self.hint)
        layout.addWidget(self.problem)
        focus_target = editor.focusProxy() or editor
        self.label.setBuddy(focus_target)
        if hasattr(editor, "local_problem"):
            editor.local_problem.connect(self.show_local_problem)
        if hasattr(editor, "changed"):
            editor.changed.connect(self.clear_local_problem)
        self.retranslate_ui()

    def title(self) -> str:
        return field_texts.label(self.record_type, self.key)

    def retranslate_ui(self) -> None:
        self.problem.setMinimumHeight(self.problem.fontMetrics().lineSpacing())
        title = self.title()
        shown = f"{title} *" if self.required else title
        if isinstance(self.editor, QCheckBox):
            self.editor.setText(title)
        self.label.setText(shown)
        hint = field_texts.hint(self.record_type, self.key)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        target = self.editor
        target.setToolTip(hint)
        target.setWhatsThis(hint)
        if hasattr(target, "set_field_name"):
            target.set_field_name(title)
        else:
            target.setAccessibleName(title)
        self._update_description()

    def set_label_shown(self, shown: bool) -> None:
        """Show the label above the editor (a check box has its own text, never a label)."""
        self.label.setVisible(shown and not isinstance(self.editor, QCheckBox))

    def _update_description(self) -> None:
        hint = field_texts.hint(self.record_type, self.key)
        messages = [*self._problems, *([self._local_problem] if self._local_problem else [])]
        description = " ".join([hint, *messages]).strip()
        self.editor.setAccessibleDescription(description)
        if messages:
            self.problem.setText("\n".join(f"{WARNING_SIGN} {m}" for m in messages))
        self.problem.setVisible(bool(messages))

    def show_problems(self, messages: list[str]) -> None:
        if messages != self._problems:
            self._problems = list(messages)
            self._update_description()

    @property
    def problems(self) -> list[str]:
        return list(self._problems)

    def show_local_problem(self, message: str) -> None:
        self._local_problem = message
        self._update_description()

    def clear_local_problem(self) -> None:
        if self._local_problem:
            self._local_problem = ""
            self._update_description()
