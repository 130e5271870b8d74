"""A description for each photo (its alt text on the web): a small picture of the photo and
a text in Finnish, Swedish and English beside it, one row per photo, in the photos' order.
Under each description the photo's confirmation that it may be published (the people in it
agreed, or nobody can be recognised: `PhotoConfirmation`); an unconfirmed photo is sent but
not published.

The rows follow the photos (`set_photos`): a description and a confirmation stay with
their photo when another photo is added or removed.

Signals: changed(), committed() as every editor (see `editors`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from kuhina_desktop.domain.model import Text
from kuhina_desktop.ui.i18n import Retranslatable
from kuhina_desktop.ui.label_roles import set_role
from kuhina_desktop.ui.widgets.image_editor import ImageStore
from kuhina_desktop.ui.widgets.photo_confirmation import PhotoConfirmation
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
        self._confirmed: dict[str, str | None] = {}
        self.editors: list[TranslatedTextEditor] = []
        self.confirmations: list[PhotoConfirmation] = []
        self._pictures: list[QLabel] = []
        self._cells: list[QWidget] = []
        self._field_name = ""
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        set_role(self.empty, "hint")
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
        for n, confirmation in enumerate(self.confirmations, start=1):
            confirmation.set_field_name(self.tr("Photo %1").replace("%1", str(n)))

    # -- rows -------------------------------------------------------------------------
    def _remember(self) -> None:
        for ref, editor in zip(self._refs, self.editors, strict=False):
            self._texts[ref] = editor.value()
        for ref, confirmation in zip(self._refs, self.confirmations, strict=False):
            self._confirmed[ref] = confirmation.value()

    def set_photos(self, refs: list[str]) -> None:
        """One row per photo of `refs`; each keeps the description its photo had."""
        if refs == self._refs:
            return
        self._remember()
        for widget in [*self._cells, *self._pictures]:
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self.editors, self.confirmations, self._pictures, self._cells = [], [], [], []
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
            cell = QWidget(self)
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 6)
            editor = TranslatedTextEditor(cell, required=True)
            editor.set_value(self._texts.get(ref))
            editor.changed.connect(self.changed)
            editor.committed.connect(self.committed)
            confirmation = PhotoConfirmation(cell)
            confirmation.set_value(self._confirmed.get(ref))
            confirmation.changed.connect(self.on_confirmation_changed)
            column.addWidget(editor)
            column.addWidget(confirmation)
            self.grid.addWidget(picture, row, 0)
            self.grid.addWidget(cell, row, 1)
            self._pictures.append(picture)
            self._cells.append(cell)
            self.editors.append(editor)
            self.confirmations.append(confirmation)
        self.empty.setVisible(not self._refs)
        if self.editors:
            self.setFocusProxy(self.editors[0])
        self.set_field_name(self._field_name)

    # -- values -------------------------------------------------------------------------
    def value(self) -> list[Text]:
        return [editor.value() or Text() for editor in self.editors]

    def confirmed_on(self) -> list[str | None]:
        """Each photo's confirmation day, or None where it is not confirmed."""
        return [confirmation.value() for confirmation in self.confirmations]

    def set_value(
        self, refs: list[str], texts: list[Text], confirmed_on: list[str | None] | None = None
    ) -> None:
        days = confirmed_on or []
        self._texts = {ref: texts[i] if i < len(texts) else None for i, ref in enumerate(refs)}
        self._confirmed = {ref: days[i] if i < len(days) else None for i, ref in enumerate(refs)}
        self._refs = []  # rebuild: the texts are new
        self.set_photos(refs)
        for editor, ref in zip(self.editors, refs, strict=False):
            editor.set_value(self._texts.get(ref))

    def on_confirmation_changed(self) -> None:
        """A box ticked or unticked: save at once, as every ticked box does."""
        self.changed.emit()
        self.committed.emit()

    def confirmation_at(self, index: int) -> PhotoConfirmation | None:
        """The confirmation of the photo at `index` (0-based), if there is such a photo."""
        return self.confirmations[index] if 0 <= index < len(self.confirmations) else None

    def set_problem_photos(self, numbers: set[int]) -> None:
        """Mark the Finnish tab of the photos (1-based) whose description is missing."""
        for n, editor in enumerate(self.editors, start=1):
            editor.set_problem_languages({"fi"} if n in numbers else set())
