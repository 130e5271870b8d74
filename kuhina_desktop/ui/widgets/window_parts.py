"""Parts the main windows share (the association's `MainWindow` and the coordinator's
`CoordinatorWindow`): the page list on the left with the stacked pages beside it, the
titles of both, and actions with shortcuts.

Plain functions on the window, so each window keeps its own texts (`tr()` in its class).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QStyle

NAVIGATION_ICON = QSize(24, 24)


def build_navigation(
    window: QMainWindow,
    pages: Mapping[str, QWidget],
    order: Sequence[str],
    icons: Mapping[str, QStyle.StandardPixmap] | None = None,
) -> tuple[QListWidget, QStackedWidget]:
    """The page list (one item a page in `order`) and the stack of `pages`, side by side as
    the window's central widget.

    Without `icons` the items get blank icons of the same size, for `set_page_icons` to
    fill in later: the style's icons cost a noticeable part of a window's first paint."""
    navigation = QListWidget(window)
    navigation.setIconSize(NAVIGATION_ICON)
    navigation.setSpacing(2)
    stack = QStackedWidget(window)
    blank = QPixmap(NAVIGATION_ICON)
    blank.fill(QColor(0, 0, 0, 0))
    for key in order:
        QListWidgetItem(QIcon(blank), "", navigation)
        stack.addWidget(pages[key])
    if icons is not None:
        set_page_icons(window, navigation, order, icons)
    central = QWidget(window)
    layout = QHBoxLayout(central)
    layout.setContentsMargins(6, 6, 6, 0)
    layout.addWidget(navigation)
    layout.addWidget(stack, 1)
    window.setCentralWidget(central)
    return navigation, stack


def set_page_icons(
    window: QWidget,
    navigation: QListWidget,
    order: Sequence[str],
    icons: Mapping[str, QStyle.StandardPixmap],
) -> None:
    for row, key in enumerate(order):
        navigation.item(row).setIcon(window.style().standardIcon(icons[key]))


def set_page_titles(
    navigation: QListWidget,
    page_actions: Sequence[QAction],
    order: Sequence[str],
    titles: Mapping[str, str],
) -> None:
    """Name the pages in the page list and their actions, and fit the list to the names."""
    for row, key in enumerate(order):
        navigation.item(row).setText(titles[key])
        page_actions[row].setText(titles[key])
    navigation.setFixedWidth(
        max(navigation.sizeHintForColumn(0), 120) + 2 * navigation.frameWidth() + 8
    )


def make_action(
    window: QWidget,
    slot: Any,
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
) -> QAction:
    """An action of `window` (so its shortcut works anywhere in it) that calls `slot`."""
    action = QAction(window)
    if shortcut is not None:
        from PySide6.QtGui import QKeySequence  # here: the frames give theirs after a paint

        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    window.addAction(action)
    return action
