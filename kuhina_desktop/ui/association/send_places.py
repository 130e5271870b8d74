"""Where the send dialog saves a package: removable drives first, the folder used last time,
Documents, or a folder the user picks; and the file name.

`Drives.removable()` lists the USB sticks and memory cards mounted now (Qt's
`QStorageInfo`); it is a class method so tests can offer a folder as a stick. `SaveTarget`
is the dialog's "Save to" part: a list of those places, the file name and, in words, the
whole path the package will have, so nobody has to read a path field to know where it goes.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path, PurePath, PureWindowsPath

from PySide6.QtCore import QStandardPaths, QStorageInfo, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from kuhina_desktop.ui.i18n import Retranslatable
from kuhina_desktop.ui.label_roles import set_role

# File systems of memory sticks and cards, and of external disks formatted on Windows.
REMOVABLE_FILE_SYSTEMS = {"vfat", "fat", "fat32", "exfat", "ntfs", "msdos", "fuseblk"}
# Where Linux and macOS mount what is plugged in.
MOUNT_FOLDERS = ("/media/", "/run/media/", "/Volumes/")
ANOTHER = "another"


@dataclass(frozen=True)
class Drive:
    """A removable drive: its folder and the name it shows (e.g. "KINGSTON")."""

    root: Path
    name: str


def looks_removable(root: str, file_system: str, system_root: str, platform: str) -> bool:
    """Whether a mounted volume is a stick, card or external disk the user plugged in."""
    if platform == "win32":
        drive = PureWindowsPath(root).drive.upper()
        system = PureWindowsPath(system_root).drive.upper()
        return bool(drive) and drive != system and file_system.lower() in REMOVABLE_FILE_SYSTEMS
    return root.startswith(MOUNT_FOLDERS) and root not in MOUNT_FOLDERS


class Drives:
    """The removable drives mounted now (a class method, so tests can answer)."""

    @classmethod
    def removable(cls) -> list[Drive]:
        system_root = str(Path.home().anchor or "/")
        drives = []
        for volume in QStorageInfo.mountedVolumes():
            if not volume.isValid() or not volume.isReady() or volume.isReadOnly():
                continue
            root = volume.rootPath()
            file_system = bytes(volume.fileSystemType().data()).decode("ascii", "replace")
            if looks_removable(root, file_system, system_root, sys.platform):
                drives.append(Drive(Path(root), volume.displayName() or root))
        return drives


class FolderChoice:
    """Asks for a folder to save in (a class method, so tests can answer)."""

    @classmethod
    def choose(cls, parent: QWidget, title: str, start: Path) -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, title, str(start))
        return Path(name) if name else None


def documents_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def shown_path(path: PurePath) -> str:
    """A path as the user's system writes it (E:\\rekka-7.kuhina on Windows)."""
    return str(path)


class SaveTarget(Retranslatable, QWidget):
    """Signals: changed(): the place or the name changed (see `path()`)."""

    changed = Signal()

    def __init__(self, last_folder: Path | None, file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.drives = Drives.removable()
        self.last_folder = last_folder if last_folder and last_folder.is_dir() else None
        self.documents = documents_folder()
        self.chosen: Path | None = None  # a folder picked with "Another folder…"
        self.place = QComboBox(self)
        self.place_label = QLabel(self)
        self.place_label.setBuddy(self.place)
        self.name = QLineEdit(file_name, self)
        self.name_label = QLabel(self)
        self.name_label.setBuddy(self.name)
        self.another_button = QPushButton(self)
        self.another_button.setAutoDefault(False)
        self.another_button.clicked.connect(self.on_another_clicked)
        self.full_path = QLabel(self)
        self.full_path.setWordWrap(True)
        self.drive_note = QLabel(self)
        self.drive_note.setWordWrap(True)
        set_role(self.drive_note, "hint")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.place_label, 0, 0)
        grid.addWidget(self.place, 0, 1)
        grid.addWidget(self.another_button, 0, 2)
        grid.addWidget(self.name_label, 1, 0)
        grid.addWidget(self.name, 1, 1, 1, 2)
        grid.addWidget(self.full_path, 2, 0, 1, 3)
        grid.addWidget(self.drive_note, 3, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        self.place.activated.connect(self.on_place_activated)
        self.name.textChanged.connect(self.on_changed)
        self.retranslate_ui()
        self.place.setCurrentIndex(self.first_choice())
        self.on_changed()

    # -- the places -------------------------------------------------------------------
    def folders(self) -> list[tuple[str, Path]]:
        """(kind, folder) in the order the list shows them, without "Another folder…"."""
        places: list[tuple[str, Path]] = [("drive", d.root) for d in self.drives]
        seen = {p for _k, p in places}
        for kind, folder in (
            ("chosen", self.chosen),
            ("last", self.last_folder),
            ("documents", self.documents),
        ):
            if folder is not None and folder not in seen:
                places.append((kind, folder))
                seen.add(folder)
        return places

    def first_choice(self) -> int:
        """The folder used last time if it is still there (a stick's too), else the first
        place listed: a USB stick if one is in, else Documents."""
        for n, (_kind, folder) in enumerate(self.folders()):
            if folder == self.last_folder:
                return n
        return 0

    def place_text(self, kind: str, folder: Path) -> str:
        if kind == "drive":
            drive = next(d for d in self.drives if d.root == folder)
            return (
                self.tr("USB stick or memory card: %1 (%2)")
                .replace("%1", drive.name)
                .replace("%2", shown_path(folder))
            )
        if kind == "last":
            return self.tr("The folder used last time: %1").replace("%1", shown_path(folder))
        if kind == "documents":
            return self.tr("Documents: %1").replace("%1", shown_path(folder))
        return shown_path(folder)

    def retranslate_ui(self) -> None:
        self.place_label.setText(self.tr("Save &to:"))
        self.place.setAccessibleName(self.tr("Where the package is saved"))
        self.name_label.setText(self.tr("File &name:"))
        self.name.setAccessibleName(self.tr("Name of the package file"))
        self.another_button.setText(self.tr("&Another folder…"))
        self._fill_places()
        self.on_changed()

    def _fill_places(self) -> None:
        current = self.folder()
        self.place.clear()
        for kind, folder in self.folders():
            self.place.addItem(self.place_text(kind, folder), str(folder))
        if current is not None:
            index = self.place.findData(str(current))
            if index >= 0:
                self.place.setCurrentIndex(index)

    # -- values -----------------------------------------------------------------------
    def folder(self) -> Path | None:
        data = self.place.currentData()
        return Path(data) if data else None

    def file_name(self) -> str:
        name = self.name.text().strip()
        if name and not name.lower().endswith(".kuhina"):
            name += ".kuhina"
        return name

    def path(self) -> Path | None:
        folder, name = self.folder(), self.file_name()
        return folder / name if folder is not None and name else None

    def set_path(self, path: Path) -> None:
        """Save to `path` (its folder joins the list as a chosen folder)."""
        self.chosen = path.parent
        self._fill_places()
        self.place.setCurrentIndex(self.place.findData(str(path.parent)))
        self.name.setText(path.name)
        self.on_changed()

    def on_drive_chosen(self) -> bool:
        folder = self.folder()
        return folder is not None and folder in {d.root for d in self.drives}

    # -- slots ------------------------------------------------------------------------
    def on_place_activated(self, _index: int) -> None:
        self.on_changed()

    def on_another_clicked(self) -> None:
        start = self.folder() or self.documents
        folder = FolderChoice.choose(self, self.tr("Choose the folder for the package"), start)
        if folder is not None:
            self.chosen = folder
            self._fill_places()
            self.place.setCurrentIndex(self.place.findData(str(folder)))
            self.on_changed()

    def on_changed(self) -> None:
        path = self.path()
        if path is None:
            self.full_path.setText(self.tr("Give the file a name."))
        else:
            self.full_path.setText(
                self.tr("The package will be saved as: %1").replace("%1", shown_path(path))
            )
        if self.drives:
            self.drive_note.setText("")
        else:
            self.drive_note.setText(
                self.tr(
                    "No USB stick found. To save the package on one, plug it in and open "
                    "this window again, or choose it with “Another folder…”."
                )
            )
        self.drive_note.setVisible(not self.drives)
        self.changed.emit()
