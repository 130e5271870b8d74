"""What every record form shares: sections of labelled fields, saving a field when it is left,
and showing validation problems beside the field as the user types.

A form keeps the record as loaded and the record as its fields show it. When a field is
finished (`committed`) or the form is flushed (another record chosen, the window closed),
the fields are collected into a record; if it differs from what was last saved, it is saved
at once through the workspace. Nothing waits for a Save button, so the title never shows
unsaved work. Problems of fields the user has not touched yet are kept quiet on a new
record, so an empty form does not start with a wall of "required".
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from kuhina_desktop.domain.checks import Problem
from kuhina_desktop.messages import translate
from kuhina_desktop.services.changes import Changes
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.ui.association.receipt_marks import ReceiptMarks
from kuhina_desktop.ui.errors import show_error
from kuhina_desktop.ui.i18n import Retranslatable, current_language
from kuhina_desktop.ui.label_roles import set_role
from kuhina_desktop.ui.widgets import field_texts
from kuhina_desktop.ui.widgets.field_row import WARNING_SIGN, FieldRow
from kuhina_desktop.ui.widgets.text_editor import TranslatedTextEditor
from kuhina_desktop.ui.widgets.wheel_guard import WheelGuard

log = logging.getLogger(__name__)


def problem_message(record_type: str, problem: Problem, *, with_field: bool = False) -> str:
    """A problem in the interface language, naming the language or item it is about."""
    lang = current_language()
    text = translate(problem.code, lang, **problem.params)
    prefix = []
    if with_field:
        prefix.append(field_texts.label(record_type, problem.field))
    about = field_texts.language_of(problem.field)
    if about and problem.code not in ("text_fi_required", "photo_description_required"):
        names = {
            "fi": QCoreApplication.translate("RecordForm", "Finnish"),
            "sv": QCoreApplication.translate("RecordForm", "Swedish"),
            "en": QCoreApplication.translate("RecordForm", "English"),
        }
        prefix.append(names[about])
    return f"{' – '.join(prefix)}: {text}" if prefix else text


class RecordForm(Retranslatable, QWidget):
    """Signals:
    saved(object): a field was saved; the `Changes` the workspace returned.
    problems_changed(list): the record's problems after a change (list of `Problem`).
    """

    saved = Signal(object)
    problems_changed = Signal(list)
    RECORD_TYPE = ""

    def __init__(self, workspace: OrgWorkspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.vocab = workspace.vocab
        self.rows: dict[str, FieldRow] = {}
        self._sections: list[tuple[QLabel, str]] = []
        self._section = ""  # the section rows are being added to
        self._row_sections: dict[str, str] = {}
        self._record: Any = None
        self._baseline: Any = None
        self._touched: set[str] = set()
        self._show_all = True
        self._loading = False
        self.problems: list[Problem] = []
        self.receipt_marks = ReceiptMarks()

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        heading_font = QFont(self.heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.35)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.heading.setWordWrap(True)
        self.top_bar = QVBoxLayout()
        outer.addLayout(self.top_bar)
        self.top_bar.addWidget(self.heading)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.body = QWidget(self.scroll_area)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(4, 4, 16, 16)
        self.scroll_area.setWidget(self.body)
        self.wheel_guard = WheelGuard(self.scroll_area)
        outer.addWidget(self.scroll_area, 1)
        self.required_note = QLabel(self.body)
        self.required_note.setWordWrap(True)
        set_role(self.required_note, "hint")
        self.other_problems = QLabel(self.body)
        self.other_problems.setWordWrap(True)
        set_role(self.other_problems, "problem")
        self.other_problems.setVisible(False)
        self.body_layout.addWidget(self.required_note)
        self.body_layout.addWidget(self.other_problems)

    # -- building (subclasses) --------------------------------------------------------
    def add_section(self, source: str) -> QLabel:
        """A section heading; `source` is a QT_TRANSLATE_NOOP("Sections", ...) text."""
        label = QLabel(self.body)
        font = QFont(label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)
        label.setContentsMargins(0, 12, 0, 2)
        self._sections.append((label, source))
        self._section = source
        self.body_layout.addWidget(label)
        return label

    def add_row(self, key: str, editor: Any, *, required: bool = False) -> FieldRow:
        row = FieldRow(self.RECORD_TYPE, key, editor, self.body, required=required)
        self.rows[key] = row
        self._row_sections[key] = self._section
        self.body_layout.addWidget(row)
        editor.changed.connect(lambda k=key: self.on_field_changed(k))
        editor.committed.connect(lambda k=key: self.on_field_committed(k))
        return row

    def finish_layout(self) -> None:
        self.body_layout.addStretch(1)
        self.wheel_guard.install(self.body)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for label, source in self._sections:
            label.setText(QCoreApplication.translate("Sections", source))
        for key, row in self.rows.items():
            # A field named as its section ("Opening hours" under "Opening hours") shows
            # the title once; the field keeps its name for screen readers.
            section = QCoreApplication.translate("Sections", self._row_sections.get(key, ""))
            row.set_label_shown(row.title() != section)
        self.required_note.setText(
            self.tr(
                "Fields marked * are required. Everything is saved as soon as you leave a "
                "field: there is no Save button."
            )
        )
        self.update_heading()
        if self._record is not None:
            self.show_problems()

    # -- what subclasses provide --------------------------------------------------------
    def fill(self, record: Any) -> None:
        """Put the record's values into the editors."""
        raise NotImplementedError

    def collect(self) -> Any:
        """The record as the editors show it."""
        raise NotImplementedError

    def validate(self, record: Any) -> list[Problem]:
        raise NotImplementedError

    def save(self, record: Any) -> Changes:
        raise NotImplementedError

    def heading_text(self, record: Any) -> str:
        return ""

    # -- loading and saving ---------------------------------------------------------------
    @property
    def record(self) -> Any:
        return self._record

    @property
    def record_id(self) -> str | None:
        return self._record.id if self._record is not None else None

    def load(self, record: Any, *, fresh: bool = False) -> None:
        """Show `record`; `fresh` (just created) keeps untouched fields' problems quiet."""
        self._loading = True
        try:
            self._record = record
            self.receipt_marks.load(self.workspace, getattr(record, "id", None))
            self._touched = set()
            self._show_all = not fresh
            self.fill(record)
            self._baseline = self.collect()
        finally:
            self._loading = False
        self.update_heading()
        self.show_problems()
        self.wheel_guard.install(self.body)  # editors that add rows (contacts) made more
        self.scroll_area.verticalScrollBar().setValue(0)

    def refresh_receipt_marks(self) -> None:
        """A receipt was applied: show its answers about the open record (edits stay)."""
        self.receipt_marks.load(self.workspace, self.record_id)
        self.show_problems()

    def clear(self) -> None:
        self._record = None
        self._baseline = None

    def reload_references(self) -> None:
        """Other records changed (names of places, contacts): refresh the choices."""

    def flush(self) -> Changes | None:
        """Save the fields if they differ from what was last saved."""
        if self._record is None or self._loading:
            return None
        current = self.collect()
        if current == self._baseline:
            return None
        try:
            changes = self.save(current)
        except Exception as exc:  # a locked or full disk: say so, keep the fields as typed
            show_error(self, exc)
            return None
        self._record = current
        self._baseline = current
        self.update_heading()
        self.saved.emit(changes)
        return changes

    def has_unsaved(self) -> bool:
        """True while the fields hold an edit that could not be saved (a failed flush)."""
        return self._record is not None and not self._loading and self.collect() != self._baseline

    def update_heading(self) -> None:
        self.heading.setText(self.heading_text(self._record) if self._record is not None else "")

    # -- slots ------------------------------------------------------------------------
    def on_field_changed(self, key: str) -> None:
        if self._loading:
            return
        self._touched.add(key)
        self.show_problems()

    def on_field_committed(self, key: str) -> None:
        if self._loading:
            return
        self._touched.add(key)
        self.flush()
        self.show_problems()

    # -- problems ---------------------------------------------------------------------
    def row_for(self, field: str) -> FieldRow | None:
        path = field_texts.normalise_path(field)
        best = None
        for key, row in self.rows.items():
            if (path == key or path.startswith(key + ".")) and (
                best is None or len(key) > len(best.key)
            ):
                best = row
        return best

    def show_problems(self) -> None:
        if self._record is None:
            return
        self.problems = self.validate(self.collect())
        by_row: dict[str, list[Problem]] = {key: [] for key in self.rows}
        others: list[Problem] = []
        for problem in self.problems:
            row = self.row_for(problem.field)
            if row is None:
                others.append(problem)
            elif self._show_all or row.key in self._touched:
                by_row[row.key].append(problem)
        for key, row in self.rows.items():
            row.show_problems(
                [problem_message(self.RECORD_TYPE, p) for p in by_row[key]]
                + self.receipt_marks.field_notes(key, self.row_for)
            )
            if isinstance(row.editor, TranslatedTextEditor):
                row.editor.set_problem_languages(
                    {field_texts.language_of(p.field) or "fi" for p in by_row[key]}
                )
        lines = [
            f"{WARNING_SIGN} {problem_message(self.RECORD_TYPE, p, with_field=True)}"
            for p in others
        ] + [f"{WARNING_SIGN} {note}" for note in self.receipt_marks.unplaced_notes(self.row_for)]
        self.other_problems.setText("\n".join(lines))
        self.other_problems.setVisible(bool(lines))
        self.problems_changed.emit(self.problems)

    def focus_field(self, field: str) -> bool:
        """Scroll to the field a problem names and put the cursor in it."""
        row = self.row_for(field)
        if row is None:
            return False
        lang = field_texts.language_of(field)
        if lang and isinstance(row.editor, TranslatedTextEditor):
            row.editor.show_language(lang)
            row.editor.editors[lang].setFocus()
        else:
            row.editor.setFocus()
        self.scroll_area.ensureWidgetVisible(row)
        return True
