"""The association window's ways to open a receipt: File → "Avaa kuittaus…" and a
`.kuhina-receipt` dropped on the window (a file given on the command line comes through
`open_receipt`). Installed once the workspace is attached; the texts follow the window's
language through its LanguageChange event."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QDropEvent

from kuhina_desktop.ui.association.receipt_open import ReceiptOpener, is_receipt_file
from kuhina_desktop.ui.association.receipt_texts import t


def _receipt_paths(event: Any) -> list[Path]:
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile() and
            is_receipt_file(u.toLocalFile())]  # fmt: skip


class ReceiptWindowPart(QObject):
    """The receipt action and drops of one association window."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.opener = ReceiptOpener(window.workspace, window)
        self.opener.changes_made.connect(window.on_changes)
        self.action = QAction(window)
        self.action.triggered.connect(self.on_open_triggered)
        menu = window.file_menu
        actions = menu.actions()
        after = actions.index(window.send_action) + 1 if window.send_action in actions else 0
        menu.insertAction(actions[after] if after < len(actions) else None, self.action)
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.action.setText(t("receipt_ui_menu"))
        self.action.setStatusTip(t("receipt_ui_menu_tip"))

    def on_open_triggered(self) -> None:
        self.opener.choose_and_open()

    def open_receipt(self, path: Path) -> Any:
        return self.opener.open_file(path)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
            event, QDropEvent
        ):
            if _receipt_paths(event):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            paths = _receipt_paths(event)
            if paths:
                event.acceptProposedAction()
                for path in paths:
                    self.opener.open_file(path)
                return True
        return False
