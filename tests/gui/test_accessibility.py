"""Every input of the association's pages has a name for screen readers, and the pages can
be reached and used from the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kuhina_desktop.domain.model import Environment, Opportunity, Text
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.ui.association.window import PAGES, MainWindow

INPUTS = (
    QLineEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractButton,
)


def unnamed_inputs(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QAbstractSpinBox):
            continue  # the spin box's own line, named through the spin box
        if isinstance(widget, QHeaderView):
            continue  # announced as the table's column headers
        name = widget.accessibleName() or (
            widget.text() if isinstance(widget, QAbstractButton) else ""
        )
        if not name.strip():
            found.append(
                f"{type(widget).__name__} {widget.objectName()!r} in "
                f"{type(widget.parent()).__name__}"
            )
    return found


@pytest.mark.parametrize("page_key", PAGES)
def test_every_input_has_a_name(
    qtbot: QtBot, window: MainWindow, workspace: OrgWorkspace, page_key: str
) -> None:
    workspace.save_environment(Environment(name=Text(fi="Paja")))
    workspace.save_opportunity(Opportunity(title=Text(fi="Työkokeilu"), status="published"))
    page = window.show_page(page_key)
    if hasattr(page, "reload"):
        page.reload()
    if hasattr(page, "table") and page.table.model().rowCount():
        page.table.selectRow(0)
    assert unnamed_inputs(page) == []


def test_pages_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    for n, key in enumerate(PAGES, start=1):
        qtbot.keyClick(window, Qt.Key.Key_0 + n, Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_key() == key
