"""Windows that fit the screen they open on: a laptop of 1366x768 pixels, or 1280x720, at
100 % or 125 % scaling, leaves 1093x614 (1024x576) logical pixels less the task bar, and a
window taller than that hides its status bar (the only sign that a save happened).
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# A frame's title bar and borders, which the window's own geometry does not include.
FRAME_ALLOWANCE = (16, 40)


def available_area(widget: QWidget) -> QRect | None:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def fit_to_screen(widget: QWidget) -> None:
    """Shrink `widget` to the screen's free area (task bar excluded) and move it inside."""
    area = available_area(widget)
    if area is None or area.isEmpty():
        return
    width = min(widget.width(), area.width() - FRAME_ALLOWANCE[0])
    height = min(widget.height(), area.height() - FRAME_ALLOWANCE[1])
    width = max(width, min(widget.minimumSizeHint().width(), area.width()))
    height = max(height, min(widget.minimumSizeHint().height(), area.height()))
    widget.resize(width, height)
    x = min(max(widget.x(), area.left()), area.right() - width - FRAME_ALLOWANCE[0] + 1)
    y = min(max(widget.y(), area.top()), area.bottom() - height - FRAME_ALLOWANCE[1] + 1)
    widget.move(max(x, area.left()), max(y, area.top()))
