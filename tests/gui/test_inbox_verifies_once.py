"""A package dropped on the inbox is read once and verified once on its way to the
catalogue, however many steps it takes there (checked, waiting for its key, key confirmed,
reviewed, imported): the inbox keeps the verified package and import uses it.

The counts are taken on the real path, through the window: every call of the package
reader (`packages.reader.read_package`, which verifies everything) and every opening of
the package file (`open` and `os.open`) are counted.
"""

from __future__ import annotations

import builtins
import os
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from coordinator_demo import DemoPackages, make_demo_packages
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from kuhina_desktop.packages import reader
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from kuhina_desktop.ui.coordinator.inbox_model import DONE, READY, WAITING
from kuhina_desktop.ui.coordinator.window import CoordinatorWindow
from kuhina_desktop.ui.i18n import Translations
from kuhina_desktop.ui.roles import WindowContext
from kuhina_desktop.ui.settings import UserSettings
from kuhina_desktop.ui.widgets.background import ImmediateExecutor

WAIT_MS = 30_000


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoPackages:
    return make_demo_packages(tmp_path_factory.mktemp("demo"))


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, translations: Translations) -> Iterator[CoordinatorWindow]:
    ws = CatalogueWorkspace.create(tmp_path / "catalogue")
    context = WindowContext(
        UserSettings(tmp_path / "settings.ini"), translations.apply, ImmediateExecutor()
    )
    window = CoordinatorWindow(ws, context, actor="koordinaattori")
    qtbot.addWidget(window)
    window.show()
    yield window
    ws.close()


class Counts:
    """How often each package file was opened and how often the reader verified a package."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, files: list[Path]) -> None:
        self.opened: Counter[str] = Counter()
        self.verified = 0
        watched = {str(f.resolve()) for f in files}
        real_open: Callable[..., Any] = builtins.open
        real_os_open: Callable[..., Any] = os.open
        real_read: Callable[..., Any] = reader.read_package

        def count(file: Any) -> None:
            if isinstance(file, str | Path) and str(Path(file).resolve()) in watched:
                self.opened[Path(file).name] += 1

        def counting_open(file: Any, *args: Any, **kwargs: Any) -> Any:
            count(file)
            return real_open(file, *args, **kwargs)

        def counting_os_open(file: Any, *args: Any, **kwargs: Any) -> Any:
            count(file)
            return real_os_open(file, *args, **kwargs)

        def counting_read(*args: Any, **kwargs: Any) -> Any:
            self.verified += 1
            return real_read(*args, **kwargs)

        monkeypatch.setattr(builtins, "open", counting_open)
        monkeypatch.setattr(os, "open", counting_os_open)
        monkeypatch.setattr(reader, "read_package", counting_read)


def drop(qtbot: QtBot, window: CoordinatorWindow, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(QPoint(10, 10)),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.inbox.entries_checked, timeout=WAIT_MS):
        window.inbox.dropEvent(event)


def entry(window: CoordinatorWindow, path: Path) -> Any:
    return window.inbox.model.record(window.inbox.model.row_of(str(path.resolve())))


def confirm_key(qtbot: QtBot, window: CoordinatorWindow, path: Path) -> None:
    inbox = window.inbox
    inbox.select_entry(entry(window, path).id)
    qtbot.mouseClick(inbox.trust_button, Qt.MouseButton.LeftButton)
    dialog = inbox.trust_dialog
    assert dialog is not None
    dialog.heard.setText(entry(window, path).package.fingerprint)
    dialog.done_by_phone.setChecked(True)
    with qtbot.waitSignal(inbox.catalogue_changed, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)


def review_and_import(qtbot: QtBot, window: CoordinatorWindow, path: Path) -> None:
    inbox = window.inbox
    inbox.select_entry(entry(window, path).id)
    qtbot.mouseClick(inbox.review_button, Qt.MouseButton.LeftButton)
    review = inbox.review_dialog
    assert review is not None
    with qtbot.waitSignal(review.applied, timeout=WAIT_MS) as applied:
        qtbot.mouseClick(review.import_button, Qt.MouseButton.LeftButton)
    assert applied.args[0].status == "imported"
    review.close()


def test_a_new_organisations_package_is_read_and_verified_once(
    qtbot: QtBot, window: CoordinatorWindow, demo: DemoPackages, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dropped → waits for its key → key confirmed → reviewed → imported."""
    path = demo.first[0]
    counts = Counts(monkeypatch, [path])
    drop(qtbot, window, path)
    assert entry(window, path).state == WAITING
    confirm_key(qtbot, window, path)
    assert entry(window, path).state == READY
    review_and_import(qtbot, window, path)
    assert entry(window, path).state == DONE
    assert (counts.opened[path.name], counts.verified) == (1, 1)


def test_a_trusted_organisations_package_is_read_and_verified_once(
    qtbot: QtBot, window: CoordinatorWindow, demo: DemoPackages, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The organisation's key is trusted already: dropped → reviewed → imported."""
    window.workspace.import_package(
        demo.first[0].read_bytes(), trust_new=True, decisions="accept_all"
    )
    counts = Counts(monkeypatch, [demo.second])
    drop(qtbot, window, demo.second)
    assert entry(window, demo.second).state == READY
    review_and_import(qtbot, window, demo.second)
    assert entry(window, demo.second).state == DONE
    assert (counts.opened[demo.second.name], counts.verified) == (1, 1)
