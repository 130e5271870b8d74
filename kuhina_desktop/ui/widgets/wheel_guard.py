"""The mouse wheel scrolls the form, not the widgets it passes over.

A long form is read by turning the wheel. Without this, the wheel switched the language
tabs of a text field (and the volunteer typed Finnish into the English tab), changed the
value of a list box or number field the pointer happened to be over, and a list inside the
form kept the wheel to itself even with nothing more to scroll.

`WheelGuard(area)` is an event filter for the widgets inside the scroll area `area`:
- tab bars never take the wheel;
- combo boxes, number and date fields take it only while they have the keyboard focus;
- lists and text boxes take it only while they have the focus and can still scroll that
  way; at their end the form scrolls on.
What a widget does not take goes to the form's scroll bar.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QScrollArea,
    QTabBar,
    QWidget,
)

GUARDED = (QTabBar, QComboBox, QAbstractSpinBox, QAbstractScrollArea)


class WheelGuard(QObject):
    """Event filter; `install(root)` puts it on every guarded widget under `root`."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self.area = area
        self._watched: set[int] = set()

    def install(self, root: QWidget) -> None:
        for widget in root.findChildren(QWidget):
            if isinstance(widget, GUARDED) and id(widget) not in self._watched:
                self._watched.add(id(widget))
                widget.installEventFilter(self)
                if isinstance(widget, QAbstractScrollArea):
                    widget.viewport().installEventFilter(self)

    @staticmethod
    def _owner(obj: QObject) -> QWidget | None:
        """The guarded widget an event is for (a scroll area's viewport means the area)."""
        if isinstance(obj, GUARDED):
            return obj
        parent = obj.parent() if isinstance(obj, QWidget) else None
        return parent if isinstance(parent, QAbstractScrollArea) else None

    def takes_wheel(self, widget: QWidget, event: QWheelEvent) -> bool:
        if isinstance(widget, QTabBar):
            return False
        if isinstance(widget, QComboBox | QAbstractSpinBox):
            return widget.hasFocus()
        if isinstance(widget, QAbstractScrollArea):
            if not widget.hasFocus():
                return False
            bar = widget.verticalScrollBar()
            delta = event.angleDelta().y()
            if delta > 0:
                return bar.value() > bar.minimum()
            if delta < 0:
                return bar.value() < bar.maximum()
            return True  # sideways: the widget's own business
        return True

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(event, QWheelEvent):
            return False
        widget = self._owner(obj)
        if widget is None or widget is self.area or self.takes_wheel(widget, event):
            return False
        QCoreApplication.sendEvent(self.area.verticalScrollBar(), event)
        return True
