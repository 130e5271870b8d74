"""One photo's confirmation that it may be published: a box the volunteer ticks after
checking that the people in the photo agreed, or that nobody can be recognised in it, and a
note under it. Ticking records today's date; unticking withdraws it. An unconfirmed photo
is sent to the coordinator but never published, and the note says so.

The sentence is a word-wrapped label beside the box (a QCheckBox's own text never wraps,
and the whole sentence on one line widened the form past its pane); clicking the sentence
ticks the box as clicking a check box's text does, and the box's accessible name is the
sentence.

Signals: changed() when the volunteer ticks or unticks the box.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QWidget

from kuhina_desktop.ui.i18n import Retranslatable
from kuhina_desktop.ui.label_roles import set_role
from kuhina_desktop.ui.signals import signals_blocked
from kuhina_desktop.ui.widgets.record_models import short_date


class _Sentence(QLabel):
    """A check box's text that wraps: a click on it ticks or unticks the box."""

    def __init__(self, box: QCheckBox, parent: QWidget) -> None:
        super().__init__(parent)
        self.box = box
        self.setWordWrap(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        inside = self.rect().contains(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and inside:
            self.box.toggle()
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


class PhotoConfirmation(Retranslatable, QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._day: str | None = None
        self.box = QCheckBox(self)
        self.sentence = _Sentence(self.box, self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.box.toggled.connect(self.on_box_toggled)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(2)
        layout.addWidget(self.box, 0, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.sentence, 0, 1)
        layout.addWidget(self.note, 1, 1)
        layout.setColumnStretch(1, 1)
        self.setFocusProxy(self.box)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        sentence = self.tr(
            "The people in this photo have agreed to its publication, or no person can be "
            "recognised in it"
        )
        self.sentence.setText(sentence)
        self.box.setAccessibleName(sentence)
        self._show_note()

    def _show_note(self) -> None:
        if self._day:
            set_role(self.note, "hint")
            self.note.setText(self.tr("Confirmed on %1.").replace("%1", short_date(self._day)))
        else:
            set_role(self.note, "notice")
            self.note.setText(
                self.tr(
                    "Not published: the photo is sent to the coordinator, but the web "
                    "catalogue does not show it until this is ticked."
                )
            )
        self.note.style().unpolish(self.note)
        self.note.style().polish(self.note)

    def value(self) -> str | None:
        """The day the photo was confirmed, or None (not confirmed)."""
        return self._day

    def set_value(self, day: str | None) -> None:
        self._day = day or None
        with signals_blocked(self.box):
            self.box.setChecked(self._day is not None)
        self._show_note()

    def set_field_name(self, name: str) -> None:
        self.box.setAccessibleDescription(name)

    def on_box_toggled(self, checked: bool) -> None:
        self._day = date.today().isoformat() if checked else None
        self._show_note()
        self.changed.emit()
