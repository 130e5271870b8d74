"""The user guide inside the program (Help → User guide, F1): short, plain-language pages in
Finnish, Swedish and English (`resources/guide/guide-<lang>.html`) with pictures of the
program that `make screenshots` takes (`resources/guide/<lang>-<step>.png`).

A window of its own, not modal, so the guide stays open beside the work; it follows a
change of language.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kuhina_desktop.resources import resource_path
from kuhina_desktop.ui.i18n import current_language
from kuhina_desktop.ui.widgets.document_window import DocumentWindow


def guide_file(language: str) -> str:
    folder = resource_path("guide")
    page = folder / f"guide-{language}.html"
    return str(page if page.is_file() else folder / "guide-fi.html")


class GuideWindow(DocumentWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, follow_links=True)  # the guide's own anchors and pages
        self.browser.setSearchPaths([str(resource_path("guide"))])
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Kuhina user guide"))
        self.browser.setAccessibleName(self.tr("User guide"))
        with open(guide_file(current_language()), encoding="utf-8") as handle:
            self.browser.setHtml(handle.read())
        self.language = current_language()
