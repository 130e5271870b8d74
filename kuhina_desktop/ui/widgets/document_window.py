"""A window of its own that shows one document (the user guide, the privacy notice): not
modal, so it stays open beside the work, sized to fit the screen, and it follows a change of
language through `retranslate_ui` of the subclass."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from kuhina_desktop.ui.i18n import Retranslatable
from kuhina_desktop.ui.widgets.screen_fit import fit_to_screen


class DocumentWindow(Retranslatable, QWidget):
    """`browser` shows the document; the subclass fills it in `retranslate_ui`. Links open
    inside the window (`follow_links`) or not at all; never in a web browser, for the
    program opens nothing on the network."""

    def __init__(self, parent: QWidget | None = None, *, follow_links: bool = False) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)  # a window of its own beside the main one
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(follow_links)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.resize(760, 720)
        fit_to_screen(self)

    def present(self) -> None:
        """Show the window in front, whether it was hidden, behind or already in front."""
        self.show()
        self.raise_()
        self.activateWindow()
