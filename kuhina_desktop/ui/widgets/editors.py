"""Editors for single values: each a Qt input with two extra signals and value accessors.

Every editor has `value()` and `set_value(v)` (which never emits) and the signals

    changed(): the user changed the value (validate now, while typing);
    committed(): the user finished with the value (save now: the field was left, Enter
                 pressed, a box ticked, a day picked from the calendar).

Texts are saved when the field is left, so the undo history of a line stays intact
(Ctrl+Z in the field undoes typing; the form never reloads the field under the cursor).
The text editors refuse text the program cannot store (`text_guard`) and say so through
`local_problem(str)`, which the field's row shows under it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from kuhina_desktop.domain.checks import parse_date
from kuhina_desktop.domain.model import HoursRange
from kuhina_desktop.ui.i18n import Retranslatable
from kuhina_desktop.ui.signals import signals_blocked
from kuhina_desktop.ui.widgets.text_guard import guard_text


class LineEditor(QLineEdit):
    """One line of text; empty is None. Signals also local_problem(str): refused text."""

    changed = Signal()
    committed = Signal()
    local_problem = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(False)
        self.guard = guard_text(self)
        self.guard.refused.connect(self.local_problem)
        self.textEdited.connect(self.changed)
        self.editingFinished.connect(self.committed)

    def value(self) -> str | None:
        text = self.text().strip()
        return text or None

    def set_value(self, value: str | None) -> None:
        with signals_blocked(self), self.guard.program_sets():
            if (value or "") != self.text():
                self.setText(value or "")


class MultiLineEditor(QPlainTextEdit):
    """Several lines of text; Tab moves on to the next field. Signals also
    local_problem(str): refused text (the field keeps what it had)."""

    changed = Signal()
    committed = Signal()
    local_problem = Signal(str)

    def __init__(self, parent: QWidget | None = None, lines: int = 4) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._lines = lines
        self.guard = guard_text(self)
        self.guard.refused.connect(self.local_problem)
        self.guard.accepted.connect(self.changed)  # a refused change is no change
        self.setMinimumHeight(self._height())

    def _height(self) -> int:
        return self.fontMetrics().lineSpacing() * self._lines + 12

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.setMinimumHeight(self._height())
        super().changeEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.committed.emit()

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste and drop: refused text is refused before it changes the field."""
        if source.hasText() and not self.guard.check_insert(source.text()):
            return
        super().insertFromMimeData(source)

    def value(self) -> str | None:
        text = self.toPlainText().strip()
        return text or None

    def set_value(self, value: str | None) -> None:
        with signals_blocked(self), self.guard.program_sets():
            if (value or "") != self.toPlainText():
                self.setPlainText(value or "")


class ComboEditor(QComboBox):
    """One choice among (code, label) items; the code None means "none"."""

    changed = Signal()
    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.activated.connect(self.on_activated)

    def on_activated(self, _index: int) -> None:
        self.changed.emit()
        self.committed.emit()

    def set_items(self, items: list[tuple[str | None, str]]) -> None:
        """Replace the choices (e.g. after a language switch), keeping the chosen code."""
        current = self.value()
        with signals_blocked(self):
            self.clear()
            for code, label in items:
                self.addItem(label, code)
            self._select(current)

    def _select(self, code: str | None) -> None:
        index = self.findData(code)
        if index < 0 and code is not None:
            self.addItem(code, code)  # a value the list no longer offers stays visible
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: str | None) -> None:
        with signals_blocked(self):
            self._select(value)


class CheckEditor(QCheckBox):
    """Yes or no."""

    changed = Signal()
    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clicked.connect(self.changed)
        self.clicked.connect(self.committed)

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: bool) -> None:
        with signals_blocked(self):
            self.setChecked(bool(value))


class CountEditor(QSpinBox):
    """A whole number or "not given" (shown at the bottom of the range)."""

    changed = Signal()
    committed = Signal()

    def __init__(self, parent: QWidget | None = None, maximum: int = 9999) -> None:
        super().__init__(parent)
        self.setRange(-1, maximum)
        self.valueChanged.connect(self.changed)
        self.editingFinished.connect(self.committed)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 14)

    def set_none_text(self, text: str) -> None:
        self.setSpecialValueText(text)

    def value(self) -> int | None:  # type: ignore[override]
        number = super().value()
        return None if number < 0 else number

    def set_value(self, value: int | None) -> None:
        with signals_blocked(self):
            self.setValue(-1 if value is None else value)


class CoordinateEditor(QDoubleSpinBox):
    """A latitude or longitude in degrees, or "not given" (0, never in Finland)."""

    changed = Signal()
    committed = Signal()

    def __init__(self, parent: QWidget | None = None, maximum: float = 90.0) -> None:
        super().__init__(parent)
        self.setDecimals(5)
        self.setRange(0.0, maximum)
        self.setSingleStep(0.001)
        self.valueChanged.connect(self.changed)
        self.editingFinished.connect(self.committed)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 14)

    def set_none_text(self, text: str) -> None:
        self.setSpecialValueText(text)

    def value(self) -> float | None:  # type: ignore[override]
        number = super().value()
        return None if number <= 0.0 else round(number, 5)

    def set_value(self, value: float | None) -> None:
        with signals_blocked(self):
            self.setValue(0.0 if value is None else float(value))


class HoursEditor(Retranslatable, QWidget):
    """Hours per week as a range: from (required when given) and to (optional)."""

    changed = Signal()
    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.low = QDoubleSpinBox(self)
        self.high = QDoubleSpinBox(self)
        self.dash = QLabel("–", self)
        for box in (self.low, self.high):
            box.setDecimals(1)
            box.setRange(0.0, 60.0)
            box.setSingleStep(1.0)
            box.valueChanged.connect(self.changed)
            box.editingFinished.connect(self.committed)
            box.setMinimumWidth(box.fontMetrics().horizontalAdvance("0") * 12)
        layout.addWidget(self.low)
        layout.addWidget(self.dash)
        layout.addWidget(self.high)
        layout.addStretch(1)
        self.setFocusProxy(self.low)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        not_given = self.tr("not given")
        self.low.setSpecialValueText(not_given)
        self.high.setSpecialValueText(not_given)
        self.low.setAccessibleName(self.tr("Hours per week, at least"))
        self.high.setAccessibleName(self.tr("Hours per week, at most"))
        self.low.setSuffix(self.tr(" h"))
        self.high.setSuffix(self.tr(" h"))

    def value(self) -> HoursRange | None:
        low, high = self.low.value(), self.high.value()
        if low <= 0 and high <= 0:
            return None
        return HoursRange(min=low if low > 0 else None, max=high if high > 0 else None)

    def set_value(self, value: HoursRange | None) -> None:
        with signals_blocked(self.low, self.high):
            self.low.setValue(value.min or 0.0 if value else 0.0)
            self.high.setValue(value.max or 0.0 if value else 0.0)


class DateEditor(Retranslatable, QWidget):
    """A day picked with a calendar, or no date at all (the "No date" box)."""

    changed = Signal()
    committed = Signal()

    def __init__(self, parent: QWidget | None = None, no_date_text: str = "") -> None:
        super().__init__(parent)
        self._no_date_source = no_date_text
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDate(QDate.currentDate())
        self.none_box = QCheckBox(self)
        layout.addWidget(self.date_edit)
        layout.addWidget(self.none_box)
        layout.addStretch(1)
        self.setFocusProxy(self.date_edit)
        self.date_edit.dateChanged.connect(self.changed)
        self.date_edit.editingFinished.connect(self.committed)
        calendar = self.date_edit.calendarWidget()
        if calendar is not None:
            calendar.clicked.connect(self.on_calendar_picked)
            calendar.activated.connect(self.on_calendar_picked)
        self.none_box.clicked.connect(self.on_none_clicked)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.none_box.setText(self._no_date_source or self.tr("No date"))
        self.date_edit.setDisplayFormat(
            self.locale().dateFormat(self.locale().FormatType.ShortFormat)
        )

    def set_field_name(self, name: str) -> None:
        """The field's label, for screen readers (the day box and the "No date" box)."""
        self.date_edit.setAccessibleName(name)
        self.none_box.setAccessibleName(f"{name}: {self.none_box.text()}")

    def set_no_date_text(self, text: str) -> None:
        self._no_date_source = text
        self.none_box.setText(text)

    def on_calendar_picked(self, _day: QDate) -> None:
        self.changed.emit()
        self.committed.emit()

    def on_none_clicked(self, checked: bool) -> None:
        self.date_edit.setEnabled(not checked)
        self.changed.emit()
        self.committed.emit()

    def value(self) -> str | None:
        if self.none_box.isChecked():
            return None
        return self.date_edit.date().toString("yyyy-MM-dd")

    def set_value(self, value: str | None) -> None:
        day = parse_date(value) if value else None
        with signals_blocked(self.date_edit, self.none_box):
            self.none_box.setChecked(day is None)
            self.date_edit.setEnabled(day is not None)
            shown = day or date.today()
            self.date_edit.setDate(QDate(shown.year, shown.month, shown.day))
