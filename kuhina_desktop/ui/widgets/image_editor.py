"""Logo and photos: picked with a file dialog or dropped from the file manager, shown as
thumbnails. Each image goes through `OrgWorkspace.add_image`, which re-encodes it and strips
its camera and location data before anything is stored.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.ui.errors import error_message, is_known
from kuhina_desktop.ui.i18n import Retranslatable

REF_ROLE = Qt.ItemDataRole.UserRole + 1
THUMBNAIL = 112
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff")


class ImageStore(Protocol):
    def add_image(self, content: bytes) -> str: ...

    def attachment(self, ref: str) -> bytes | None: ...


class ImageFiles:
    """Asks for image files (a class method, so tests can answer instead of a dialog)."""

    @classmethod
    def choose(cls, parent: QWidget, title: str, many: bool) -> list[Path]:
        pattern = QCoreApplication.translate("ImageEditor", "Images (%1)").replace(
            "%1", " ".join(f"*{s}" for s in IMAGE_SUFFIXES)
        )
        if many:
            names, _ = QFileDialog.getOpenFileNames(parent, title, str(Path.home()), pattern)
            return [Path(n) for n in names]
        name, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), pattern)
        return [Path(name)] if name else []


class ImageEditor(Retranslatable, QWidget):
    """Signals: changed(), committed(), local_problem(str) (an image could not be used)."""

    changed = Signal()
    committed = Signal()
    local_problem = Signal(str)

    def __init__(self, store: ImageStore, parent: QWidget | None = None, *, many: bool) -> None:
        super().__init__(parent)
        self.store = store
        self.many = many
        self.setAcceptDrops(True)
        self._items = QStandardItemModel(self)
        self.view = QListView(self)
        self.view.setModel(self._items)
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.view.setGridSize(QSize(THUMBNAIL + 16, THUMBNAIL + 16))
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setWrapping(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setFixedHeight(THUMBNAIL + 28)
        self.view.setAcceptDrops(False)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.add_button.clicked.connect(self.on_add_clicked)
        self.remove_button.clicked.connect(self.on_remove_clicked)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.add_button)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.add_button.setText(
            self.tr("Add picture…") if self.many else self.tr("Choose picture…")
        )
        self.remove_button.setText(self.tr("Remove"))
        self.view.setAccessibleName(self.tr("Pictures"))
        self.view.setToolTip(self.tr("You can also drag pictures here from your files."))
        self._label_items()

    def _label_items(self) -> None:
        for row in range(self._items.rowCount()):
            text = self.tr("Picture %1 of %2").replace("%1", str(row + 1))
            self._items.item(row).setData(
                text.replace("%2", str(self._items.rowCount())), Qt.ItemDataRole.AccessibleTextRole
            )

    # -- values -----------------------------------------------------------------------
    def value(self) -> list[str]:
        return [self._items.item(row).data(REF_ROLE) for row in range(self._items.rowCount())]

    def set_value(self, refs: list[str]) -> None:
        self._items.clear()
        for ref in refs:
            self._append(ref)
        self._label_items()

    def _append(self, ref: str) -> None:
        item = QStandardItem()
        item.setData(ref, REF_ROLE)
        item.setEditable(False)
        pixmap = QPixmap()
        content = self.store.attachment(ref)
        if content is not None and pixmap.loadFromData(content):
            item.setData(
                pixmap.scaled(
                    THUMBNAIL,
                    THUMBNAIL,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                ),
                Qt.ItemDataRole.DecorationRole,
            )
        else:
            item.setText(self.tr("(missing picture)"))
        self._items.appendRow(item)

    # -- adding and removing ----------------------------------------------------------
    def on_add_clicked(self) -> None:
        title = self.tr("Choose pictures") if self.many else self.tr("Choose a picture")
        self.add_files(ImageFiles.choose(self, title, self.many))

    def add_files(self, files: list[Path]) -> None:
        """Store each file as an attachment and show it; problems go to `local_problem`."""
        if not files:
            return
        added = False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for file in files if self.many else files[:1]:
                try:
                    ref = self.store.add_image(file.read_bytes())
                except OSError as exc:
                    self.local_problem.emit(
                        self.tr("The file %1 could not be read: %2")
                        .replace("%1", file.name)
                        .replace("%2", exc.strerror or str(exc))
                    )
                    continue
                except Exception as exc:
                    if not is_known(exc):
                        raise
                    self.local_problem.emit(f"{file.name}: {error_message(exc)}")
                    continue
                if not self.many:
                    self._items.clear()
                if ref not in self.value():
                    self._append(ref)
                    added = True
        finally:
            QGuiApplication.restoreOverrideCursor()
        if added:
            self._label_items()
            self.changed.emit()
            self.committed.emit()

    def on_remove_clicked(self) -> None:
        rows = sorted({i.row() for i in self.view.selectedIndexes()}, reverse=True)
        if not rows and self._items.rowCount() == 1:
            rows = [0]
        for row in rows:
            self._items.removeRow(row)
        if rows:
            self._label_items()
            self.changed.emit()
            self.committed.emit()

    # -- drag and drop ----------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(
            Path(u.toLocalFile()).suffix.lower() in IMAGE_SUFFIXES for u in event.mimeData().urls()
        ):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        files = [f for f in files if f.suffix.lower() in IMAGE_SUFFIXES]
        if files:
            event.acceptProposedAction()
            self.add_files(files)
