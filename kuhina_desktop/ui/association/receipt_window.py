"""The association window's ways to open a receipt: File → "Avaa kuittaus…" and a
`.kuhina-receipt` dropped on the window (a file given on the command line comes through
`open_receipt`). Installed once the workspace is attached; the texts follow the window's
language through its LanguageChange event. The opener (and with it the receipt reader
and the signature code) is made when first used, not while the window opens."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QDropEvent

from kuhina_desktop.ui.association.receipt_texts import t

if TYPE_CHECKING:
    from kuhina_desktop.ui.association.receipt_open import ReceiptOpener


def _receipt_paths(event: Any) -> list[Path]:
    from kuhina_desktop.ui.association.receipt_open import is_receipt_file

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
        self._opener: ReceiptOpener | None = None
        self.action = QAction(window)
        self.action.triggered.connect(self.on_open_triggered)
        menu = window.file_menu
        actions = menu.actions()
        after = actions.index(window.send_action) + 1 if window.send_action in actions else 0
        menu.insertAction(actions[after] if after < len(actions) else None, self.action)
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        self.retranslate_ui()

    @property
    def opener(self) -> ReceiptOpener:
        if self._opener is None:
            from kuhina_desktop.ui.association.receipt_open import ReceiptOpener

            self._opener = ReceiptOpener(self.window.workspace, self.window)
            self._opener.changes_made.connect(self.window.on_changes)
        return self._opener

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
