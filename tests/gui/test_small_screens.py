"""The coordinator's window and its dialogs fit the screens coordinators have: 1366×768 and
1280×720, at 100 % and at 125 % scaling (where Qt lays out in 1093×614 and 1024×576
device-independent pixels), less a task bar and the window's title bar. Every page's
buttons and the status bar stay inside the window at that size."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QPushButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from kuhina_desktop.ui.coordinator.trust import KeyToConfirm, TrustDialog
from kuhina_desktop.ui.coordinator.window import CoordinatorWindow
from kuhina_desktop.ui.i18n import Translations
from kuhina_desktop.ui.roles import WindowContext
from tests.catalogue_support.packages import publishers

TASK_BAR, TITLE_BAR = 48, 32  # physical pixels of Windows' task bar; a window's title bar
SCREENS = [(1366, 768, 1.0), (1366, 768, 1.25), (1280, 720, 1.0), (1280, 720, 1.25)]


def room(width: int, height: int, scale: float) -> tuple[int, int]:
    """The window's client area on a maximised window, in device-independent pixels."""
    return int(width / scale), int((height - TASK_BAR) / scale) - TITLE_BAR


@pytest.fixture
def window(
    qtbot: QtBot, tmp_path: Path, context: WindowContext, translations: Translations
) -> Iterator[CoordinatorWindow]:
    translations.apply("fi")  # Finnish labels are the longest
    ws = CatalogueWorkspace.create(tmp_path / "catalogue")
    for pub in publishers(3, opportunities=4, seed=91):
        assert ws.import_package(pub.export(), trust_new=True, decisions="accept_all").done
    main = CoordinatorWindow(ws, context, actor="koordinaattori")
    qtbot.addWidget(main)
    main.show()
    yield main
    main.close()
    ws.close()


def inside(widget: QWidget, top: QWidget) -> bool:
    """Whether `widget` lies within `top`; inside a scroll area, whether the scroll area
    does (the widget is then reached by scrolling)."""
    shown: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QScrollArea):
            shown = parent
        parent = parent.parentWidget()
    corner = shown.mapTo(top, QPoint(0, 0))
    return top.rect().contains(QRect(corner, shown.size()))


@pytest.mark.parametrize(("width", "height", "scale"), SCREENS)
def test_the_window_and_its_pages_fit(
    window: CoordinatorWindow, qtbot: QtBot, width: int, height: int, scale: float
) -> None:
    available = room(width, height, scale)
    hint = window.minimumSizeHint()
    assert hint.width() <= available[0] and hint.height() <= available[1], (hint, available)
    window.resize(*available)
    for name in ("inbox", "catalogue", "organisations", "outputs", "audit"):
        page = window.show_page(name)
        qtbot.wait(10)
        assert page.minimumSizeHint().width() <= available[0], name
        buttons = [b for b in page.findChildren(QPushButton) if b.isVisible()]
        assert buttons, name
        for button in buttons:
            assert inside(button, window), (name, button.text())
        assert inside(window.statusBar(), window), name


@pytest.mark.parametrize(("width", "height", "scale"), SCREENS)
def test_the_trust_dialog_with_warnings_fits(
    qtbot: QtBot, width: int, height: int, scale: float, translations: Translations
) -> None:
    translations.apply("fi")
    from kuhina_desktop.catalogue.impostors import Finding

    key = KeyToConfirm(
        "id",
        "Liperin Kierrätyskeskus ry",
        "SHA256:" + "A" * 43,
        "256 SHA256:" + "A" * 43 + " (ED25519)",
        {"business_id": "1234567-1", "address": {"street": "Kauppakatu 1"}},
        "SHA256:" + "B" * 43,
        ("new_key_without_rotation",),
        (
            Finding("duplicate_business_id", "o", "Liperin Kierrätyskeskus ry", "1234567-1"),
            Finding("similar_name", "o", "Liperin Kierrätyskeskus ry", "x", "confusable"),
        ),
    )
    dialog = TrustDialog(key)
    qtbot.addWidget(dialog)
    available = room(width, height, scale)
    hint = dialog.minimumSizeHint()
    assert hint.width() <= available[0] and hint.height() <= available[1], (hint, available)
    dialog.resize(min(dialog.width(), available[0]), min(dialog.height(), available[1]))
    dialog.show()
    qtbot.wait(10)
    assert inside(dialog.trust_button, dialog) and inside(dialog.cancel_button, dialog)


def test_the_review_of_several_packages_fits(
    window: CoordinatorWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    from kuhina_desktop.services.review_files import review_of
    from kuhina_desktop.ui.coordinator.review import ReviewDialog, ReviewTarget
    from tests.catalogue_support.packages import retitle

    targets = []
    for pub in publishers(3, opportunities=4, seed=91):
        item = window.workspace.inspect(pub.edit(retitle(0, "Uusi otsikko")).export(sequence=5))
        review = review_of(item)
        assert review is not None
        targets.append(ReviewTarget(pub.organisation_id, review, lambda d: None, item.diff))
    dialog = ReviewDialog(targets, window.inbox._vocab, parent=window)
    dialog.show()
    qtbot.wait(10)
    for width, height, scale in SCREENS:
        available = room(width, height, scale)
        hint = dialog.minimumSizeHint()
        assert hint.width() <= available[0] and hint.height() <= available[1], (hint, available)
    dialog.close()
