"""A description for each photo (its alt text on the web): a small picture of the photo and
a text in Finnish, Swedish and English beside it, one row per photo, in the photos' order.

The rows follow the photos (`set_photos`): a description stays with its photo when another
photo is added or removed.

Signals: changed(), committed() as every editor (see `editors`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from kuhina_desktop.domain.model import Text
from kuhina_desktop.ui.i18n import Retranslatable
from kuhina_desktop.ui.widgets.image_editor import ImageStore
from kuhina_desktop.ui.widgets.text_editor import TranslatedTextEditor

THUMBNAIL = 56


class PhotoDescriptionsEditor(Retranslatable, QWidget):
    changed = Signal()
    committed = Signal()

    def __init__(self, store: ImageStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._refs: list[str] = []
        self._texts: dict[str, Text | None] = {}
        self.editors: list[TranslatedTextEditor] = []
        self._pictures: list[QLabel] = []
        self._field_name = ""
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "hint")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(1, 1)
        self.grid.addWidget(self.empty, 0, 0, 1, 2)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.empty.setText(self.tr("Add a photo first: its description is written here."))
        self.set_field_name(self._field_name)

    def set_field_name(self, name: str) -> None:
        self._field_name = name
        for n, editor in enumerate(self.editors, start=1):
            editor.set_field_name(self.tr("%1, photo %2").replace("%1", name).replace("%2", str(n)))

    # -- rows -------------------------------------------------------------------------
    def _remember(self) -> None:
        for ref, editor in zip(self._refs, self.editors, strict=False):
            self._texts[ref] = editor.value()

    def set_photos(self, refs: list[str]) -> None:
        """One row per photo of `refs`; each keeps the description its photo had."""
        if refs == self._refs:
            return
        self._remember()
        for widget in [*self.editors, *self._pictures]:
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self.editors, self._pictures = [], []
        self._refs = list(refs)
        for row, ref in enumerate(self._refs, start=1):
            picture = QLabel(self)
            pixmap = QPixmap()
            content = self.store.attachment(ref)
            if content is not None and pixmap.loadFromData(content):
                picture.setPixmap(
                    pixmap.scaled(
                        THUMBNAIL,
                        THUMBNAIL,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
            picture.setAlignment(Qt.AlignmentFlag.AlignTop)
            editor = TranslatedTextEditor(self, required=True)
            editor.set_value(self._texts.get(ref))
            editor.changed.connect(self.changed)
            editor.committed.connect(self.committed)
            self.grid.addWidget(picture, row, 0)
            self.grid.addWidget(editor, row, 1)
            self._pictures.append(picture)
            self.editors.append(editor)
        self.empty.setVisible(not self._refs)
        if self.editors:
            self.setFocusProxy(self.editors[0])
        self.set_field_name(self._field_name)

    # -- values -------------------------------------------------------------------------
    def value(self) -> list[Text]:
        return [editor.value() or Text() for editor in self.editors]

    def set_value(self, refs: list[str], texts: list[Text]) -> None:
        self._texts = {ref: texts[i] if i < len(texts) else None for i, ref in enumerate(refs)}
        self._refs = []  # rebuild: the texts are new
        self.set_photos(refs)
        for editor, ref in zip(self.editors, refs, strict=False):
            editor.set_value(self._texts.get(ref))

    def set_problem_photos(self, numbers: set[int]) -> None:
        """Mark the Finnish tab of the photos (1-based) whose description is missing."""
        for n, editor in enumerate(self.editors, start=1):
            editor.set_problem_languages({"fi"} if n in numbers else set())
