"""Run in a process of its own by `tests/gui/test_scaled_screens.py`: Qt scaled by
`QT_SCALE_FACTOR` (as Windows' 125 % setting scales it) on the offscreen screen the caller
configured. Opens the association's window (with a form open), its send and settings
dialogs and the user guide, and the coordinator's window, its trust and review dialogs,
as a user would meet them, and prints one JSON line: the screen's free area and each
window's frame, in device-independent pixels.

    python -m tests.gui.scaled_fit WORK_DIR
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QPoint, QRect, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton, QScrollArea, QWidget


def settle(ms: int = 100) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def box(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def seen(widget: QWidget) -> dict[str, Any]:
    """The window's place, and whether its status bar (if any) lies inside it."""
    if isinstance(widget, QMainWindow):
        widget.show_status("Tallennettu.")  # type: ignore[attr-defined] # both windows have it
    settle()
    found: dict[str, Any] = {"frame": box(widget.frameGeometry()), "size": box(widget.rect())}
    if isinstance(widget, QMainWindow):
        bar = widget.statusBar()
        found["status_bar_inside"] = bar.isVisible() and widget.rect().contains(bar.geometry())
    found["buttons_outside"] = [
        b.text()
        for b in widget.findChildren(QPushButton)
        if b.isVisible() and not inside(b, widget)
    ]
    return found


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


def main(work: Path) -> int:
    from kuhina_desktop.catalogue.impostors import Finding
    from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
    from kuhina_desktop.services.org_workspace import OrgWorkspace
    from kuhina_desktop.services.review_files import review_of
    from kuhina_desktop.ui.association.send_dialog import SendDialog
    from kuhina_desktop.ui.association.settings_dialog import SettingsDialog
    from kuhina_desktop.ui.association.window import MainWindow
    from kuhina_desktop.ui.coordinator.review import ReviewDialog, ReviewTarget
    from kuhina_desktop.ui.coordinator.trust import KeyToConfirm, TrustDialog
    from kuhina_desktop.ui.coordinator.window import CoordinatorWindow
    from kuhina_desktop.ui.i18n import Translations
    from kuhina_desktop.ui.roles import WindowContext
    from kuhina_desktop.ui.settings import UserSettings
    from kuhina_desktop.ui.widgets.background import ImmediateExecutor
    from kuhina_desktop.ui.widgets.guide import GuideWindow
    from tests.catalogue_support.packages import publishers, retitle

    app = QApplication(sys.argv[:1])
    translations = Translations(app)
    translations.apply("fi")  # the longest labels
    screen = app.primaryScreen()
    result: dict[str, Any] = {
        "scale": screen.devicePixelRatio(),
        "available": box(screen.availableGeometry()),
        "windows": {},
    }
    context = WindowContext(
        UserSettings(work / "settings.ini"), translations.apply, ImmediateExecutor()
    )

    org = OrgWorkspace.create(work / "association", "Testiyhdistys ry", "1234567-1")
    association = MainWindow(org, context)
    association.show()
    association.show_page("opportunities").on_new_clicked()  # a long form open
    result["windows"]["association"] = seen(association)
    for name, make in (
        ("send", lambda: SendDialog(org, association, executor=ImmediateExecutor())),
        ("settings", lambda: SettingsDialog(org, association, executor=ImmediateExecutor())),
        ("guide", lambda: GuideWindow(association)),
    ):
        dialog = make()
        dialog.show()
        result["windows"][name] = seen(dialog)
        dialog.close()

    catalogue = CatalogueWorkspace.create(work / "catalogue")
    pubs = publishers(3, opportunities=4, seed=91)
    for pub in pubs:
        assert catalogue.import_package(pub.export(), trust_new=True, decisions="accept_all").done
    coordinator = CoordinatorWindow(catalogue, context, actor="koordinaattori")
    coordinator.show()
    result["windows"]["coordinator"] = seen(coordinator)

    liperi = "Liperin Kierrätyskeskus ry"
    key = KeyToConfirm(  # a newcomer with both impostor warnings: the tallest dialog
        "id",
        liperi,
        "SHA256:" + "A" * 43,
        "256 SHA256:" + "A" * 43 + " no comment (ED25519)",
        {"business_id": "1234567-1", "address": {"street": "Kauppakatu 1"}},
        "SHA256:" + "B" * 43,
        ("new_key_without_rotation",),
        (
            Finding("duplicate_business_id", "o", liperi, "1234567-1"),
            Finding("similar_name", "o", liperi, "x", "confusable"),
        ),
    )
    trust = TrustDialog(key)
    trust.show()
    result["windows"]["trust"] = seen(trust)
    trust.close()

    targets = []
    for pub in pubs:
        inspected = catalogue.inspect(pub.edit(retitle(0, "Uusi otsikko")).export(sequence=5))
        review = review_of(inspected)
        assert review is not None
        targets.append(ReviewTarget(pub.organisation_id, review, lambda d: None, inspected.diff))
    dialog = ReviewDialog(targets, coordinator.inbox._vocab, parent=coordinator)
    dialog.show()
    result["windows"]["review"] = seen(dialog)
    dialog.close()

    print(json.dumps(result))
    coordinator.close()
    association.close()
    catalogue.close()
    org.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
