"""The catalogue's privacy notice inside the program (Help → Privacy notice), offline: the
same text as the web catalogue's `tietosuojaseloste.html` (services.privacy_notice), in the
interface language.

A window of its own, not modal, like the user guide; it follows a change of language. The
coordinator's window passes its workspace folder, so the notice names the controller set
there; the association's app passes none.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from kuhina_desktop.services.privacy_notice import app_notice_html
from kuhina_desktop.ui.i18n import current_language
from kuhina_desktop.ui.widgets.document_window import DocumentWindow


class PrivacyNoticeWindow(DocumentWindow):
    def __init__(self, catalogue_folder: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue_folder = catalogue_folder
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Kuhina privacy notice"))
        self.browser.setAccessibleName(self.tr("Privacy notice"))
        self.language = current_language()
        self.browser.setHtml(app_notice_html(self.language, self.catalogue_folder))

    def refresh(self) -> None:
        """Show the notice again (the coordinator changed the controller)."""
        self.browser.setHtml(app_notice_html(current_language(), self.catalogue_folder))
