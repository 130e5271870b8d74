"""The association's main window: navigation between the pages, menus, shortcuts and the
status bar. It passes the workspace to the pages and tells every page what an operation
changed (`on_changes`), so each refreshes only what it shows.

The window exists before its workspace: `create_window(context)` gives the frame (menus,
page list, "Opening the workspace…"), which the launcher shows at once, and
`open_workspace(folder)` then shows the workspace's records. A page is built the first
time it is shown, so opening builds only the page the window starts on. This module
imports nothing heavy at the top (the workspace and the pages load in `open_workspace`),
which is what lets the window appear quickly.

Opening has two steps of its own (docs/architecture.md, "Start-up"): `open_workspace`
locks the workspace and shows the first page from a read through `sqlite3`
(`OrgWorkspace.open_first`); once those rows are painted, the store is imported off the
UI thread, and back on it the workspace is opened for writing (`finish_opening`). Only
then are the page's buttons, its form and the window's actions enabled, so nothing can be
changed before the workspace is open for writing.
`opening_done(object)` tells the launcher how that ended.

`open_window(folder, context)` is the role hook (see `roles`) that does both steps at once.
"""

from __future__ import annotations

import importlib
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.ui.association.window_opening import (
    ROWS_PAINTED_AT_THE_LATEST_MS,
    load_store_in_background,
    set_editable,
)
from kuhina_desktop.ui.first_paint import after_first_paint
from kuhina_desktop.ui.i18n import Retranslatable, current_language
from kuhina_desktop.ui.widgets.window_parts import (
    build_navigation,
    make_action,
    set_page_icons,
    set_page_titles,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from kuhina_desktop.services.changes import Changes
    from kuhina_desktop.services.org_workspace import OrgWorkspace
    from kuhina_desktop.ui.roles import WindowContext

STATUS_TIMEOUT_MS = 8000
PAGES = ("organisation", "environments", "opportunities", "checklist", "bin", "history")
FIRST_PAGE = "opportunities"
# Where each page's class lives; a page's module is imported when the page is first shown.
PAGE_CLASSES = {
    "organisation": "kuhina_desktop.ui.association.pages.organisation_page:OrganisationPage",
    "environments": "kuhina_desktop.ui.association.pages.environments_page:EnvironmentsPage",
    "opportunities": "kuhina_desktop.ui.association.pages.opportunities_page:OpportunitiesPage",
    "checklist": "kuhina_desktop.ui.association.pages.checklist_page:ChecklistPage",
    "bin": "kuhina_desktop.ui.association.pages.bin_page:BinPage",
    "history": "kuhina_desktop.ui.association.pages.history_page:HistoryPage",
}
SPLITTER_PAGES = ("environments", "opportunities")


class Lifecycle(Enum):
    """Where the window is in its life, in this order (it never goes back)."""

    WAITING = "waiting"  # shown, its workspace not open yet ("Opening the workspace…")
    SHOWING = "showing"  # its first page shown (from the first read), opening for writing
    OPEN = "open"  # showing its workspace, open for writing
    CLOSED = "closed"  # closed: nothing is opened or shown in it any more


class StandardKey(str):
    """A shortcut named as a `QKeySequence.StandardKey` ("Open"): looked up when the
    shortcuts are applied, after the first paint (creating that enum costs about 1 ms)."""


class WorkspaceFolders:
    """Asks for a workspace folder (a class method, so tests can answer)."""

    @classmethod
    def choose(cls, parent: QWidget, title: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name = QFileDialog.getExistingDirectory(parent, title, str(Path.home()))
        return Path(name) if name else None


class MainWindow(Retranslatable, QMainWindow):
    """Signals:
    open_requested(object): open another workspace folder (a `Path`) instead of this one.
    closed(): the window closed; the workspace may be closed now.
    opening_done(object): the workspace `open_workspace` showed is open for writing (None),
        or could not be opened (the KnownError); the window is then left as it was.
    """

    open_requested = Signal(object)
    closed = Signal()
    opening_done = Signal(object)

    workspace: OrgWorkspace  # set by `attach`; nothing reads it before

    def __init__(
        self,
        workspace: OrgWorkspace | None,
        context: WindowContext,
        parent: QWidget | None = None,
    ) -> None:
        """The frame; with a `workspace`, also its pages (else call `open_workspace`)."""
        super().__init__(parent)
        self.context = context
        self.executor = context.executor
        self.setObjectName("MainWindow")
        self.lifecycle = Lifecycle.WAITING
        self._rows_painted = False
        self.pages: dict[str, Any] = {}  # the pages built so far
        self._shortcuts: list[tuple[QAction, Any]] = []  # set by `_apply_shortcuts`
        self.placeholders = {key: QWidget(self) for key in PAGES}
        self.loading_label: QLabel | None = self._loading_note(self.placeholders[FIRST_PAGE])
        self.navigation, self.stack = build_navigation(self, self.placeholders, PAGES)
        self.navigation.currentRowChanged.connect(self.on_navigation_changed)
        self._build_actions()
        self._build_menus()
        self.statusBar()  # there from the start: the first "Saved." does not move the pages
        self.retranslate_ui()
        self.navigation.setCurrentRow(PAGES.index(FIRST_PAGE))
        self._restore_geometry()
        if workspace is not None:
            self.attach(workspace)

    @staticmethod
    def _loading_note(page: QWidget) -> QLabel:
        """A label in the middle of `page` (centred by stretches: alignment flags would load
        Qt's `Qt` namespace, which costs more than the rest of the frame)."""
        label = QLabel(page)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(label)
        row.addStretch(1)
        column = QVBoxLayout(page)
        column.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)
        return label

    # -- the workspace ------------------------------------------------------------------
    def opening_modules(self) -> list[str]:
        """What `open_workspace` and `attach` import first: the workspace's services (the
        lock's library with them), the current page's module and the check reminder's."""
        page_module = PAGE_CLASSES[self.current_page_key()].split(":")[0]
        return [
            "kuhina_desktop.services.org_workspace",
            page_module,
            "kuhina_desktop.ui.association.checked_action",
        ]

    def open_workspace(self, folder: Path, *, at_once: bool = False) -> None:
        """Show the organisation workspace in `folder` (raises a KnownError when it cannot
        be opened; the window is then left as it was). The first page comes from the
        workspace's first read, and the workspace is opened for writing after its rows are
        painted (`opening_done` says when); `at_once` opens it fully before returning."""
        from PySide6.QtCore import Qt

        from kuhina_desktop.services.org_workspace import OrgWorkspace

        self._apply_shortcuts()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            workspace = (OrgWorkspace.open if at_once else OrgWorkspace.open_first)(folder)
            try:
                self.attach(workspace)
            except BaseException:
                workspace.close()
                raise
        finally:
            QApplication.restoreOverrideCursor()
        self.closed.connect(workspace.close)

    def attach(self, workspace: OrgWorkspace) -> None:
        """Show `workspace`: build the current page; once the workspace is open for writing
        (at once when it already is), enable the page's edits and the actions."""
        self._apply_shortcuts()
        self.workspace = workspace
        self.lifecycle = Lifecycle.SHOWING
        self.retranslate_ui()
        page = self.page(self.current_page_key())
        self.stack.setCurrentWidget(page)
        self.loading_label = None  # went with its placeholder
        set_page_icons(self, self.navigation, PAGES, self.page_icons())
        from kuhina_desktop.ui.association.checked_action import start_reminder

        self.check_reminder = start_reminder(self)  # from the first read, like the rows
        if workspace.is_open():
            self._rows_painted = True
            self._workspace_ready()
            return
        set_editable(page, False)
        after_first_paint(
            page, self._on_rows_painted, at_the_latest_ms=ROWS_PAINTED_AT_THE_LATEST_MS
        )

    def _on_rows_painted(self) -> None:
        """Import the store off the UI thread (the rows stay responsive)."""
        self._rows_painted = True
        if self.lifecycle is Lifecycle.SHOWING:
            load_store_in_background(self.executor, self._on_store_loaded)

    def _on_store_loaded(self, error: BaseException | None) -> None:
        if error is not None:
            raise error  # not a workspace's problem: the crash handler reports it
        if self.lifecycle is not Lifecycle.SHOWING:
            return  # closed meanwhile
        from kuhina_desktop.ui.errors import is_known

        try:
            self.workspace.finish_opening()
        except Exception as exc:
            if not is_known(exc):
                raise
            self.opening_done.emit(exc)
            return
        self._workspace_ready()

    def _workspace_ready(self) -> None:
        self.lifecycle = Lifecycle.OPEN
        for page in self.pages.values():
            set_editable(page, True)
        self.stack.setCurrentWidget(self.page(self.current_page_key()))
        for action in self.workspace_actions:
            action.setEnabled(True)
        from kuhina_desktop.ui.association.receipt_window import ReceiptWindowPart

        self.receipts = ReceiptWindowPart(self)
        self.opening_done.emit(None)

    @staticmethod
    def page_icons() -> dict[str, Any]:
        from PySide6.QtWidgets import QStyle

        return {
            "organisation": QStyle.StandardPixmap.SP_DirHomeIcon,
            "environments": QStyle.StandardPixmap.SP_DriveNetIcon,
            "opportunities": QStyle.StandardPixmap.SP_FileDialogDetailedView,
            "checklist": QStyle.StandardPixmap.SP_DialogApplyButton,
            "bin": QStyle.StandardPixmap.SP_TrashIcon,
            "history": QStyle.StandardPixmap.SP_FileDialogContentsView,
        }

    def is_loading(self) -> bool:
        """True until the workspace is shown and open for writing, or the window closed
        (the start-up benchmark waits for this)."""
        return self.lifecycle in (Lifecycle.WAITING, Lifecycle.SHOWING)

    def rows_shown(self) -> bool:
        """True once the first page's rows have been painted (the start-up benchmark's
        "shown" mark; editing waits for `is_loading` to end)."""
        return self._rows_painted and self.lifecycle in (Lifecycle.SHOWING, Lifecycle.OPEN)

    def page(self, key: str) -> Any:
        """The page `key`, built the first time it is asked for (the workspace must be
        attached)."""
        if key not in self.pages:
            module_name, class_name = PAGE_CLASSES[key].split(":")
            page_class = getattr(importlib.import_module(module_name), class_name)
            page = page_class(self.workspace)
            self.pages[key] = page
            self._wire(key, page)
            placeholder = self.placeholders[key]
            index = self.stack.indexOf(placeholder)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            if key in SPLITTER_PAGES:
                state = self.context.settings.window_state(f"main/{key}/splitter")
                if state is not None:
                    page.splitter.restoreState(state)
        return self.pages[key]

    def _wire(self, key: str, page: Any) -> None:
        if hasattr(page, "changes_made"):
            page.changes_made.connect(self.on_changes)
        if hasattr(page, "status_message"):
            page.status_message.connect(self.show_status)
        if key == "opportunities":
            page.preview_requested.connect(self.on_preview_requested)
        if key == "checklist":
            page.navigate.connect(self.on_navigate)
        if key in ("checklist", "history"):
            page.send_requested.connect(self.on_send_triggered)

    # -- actions and menus ------------------------------------------------------------
    def _action(self, slot: Any, shortcut: str | None = None) -> QAction:
        """An action; `shortcut` is a key sequence ("Ctrl+E") or a `StandardKey`."""
        action = make_action(self, slot)
        if shortcut is not None:
            self._shortcuts.append((action, shortcut))
        return action

    def _apply_shortcuts(self) -> None:
        """Give the actions their shortcuts: after the frame's first paint, since Qt's
        first shortcut costs about 15 ms (its key tables), a tenth of a bare window's
        start; the menus cannot be opened before that paint."""
        from PySide6.QtGui import QKeySequence

        pending, self._shortcuts = self._shortcuts, []
        for action, shortcut in pending:
            if isinstance(shortcut, StandardKey):
                action.setShortcut(QKeySequence(getattr(QKeySequence.StandardKey, shortcut)))
            else:
                action.setShortcut(QKeySequence(shortcut))

    def _build_actions(self) -> None:
        self.send_action = self._action(self.on_send_triggered, "Ctrl+E")
        self.open_action = self._action(self.on_open_triggered, StandardKey("Open"))
        self.backup_action = self._action(self.on_backup_triggered)
        self.restore_action = self._action(self.on_restore_triggered)
        self.quit_action = self._action(self.close, "Ctrl+Q")
        self.new_opportunity_action = self._action(self.on_new_opportunity_triggered, "Ctrl+N")
        self.new_environment_action = self._action(
            self.on_new_environment_triggered, "Ctrl+Shift+N"
        )
        self.duplicate_action = self._action(self.on_duplicate_triggered, "Ctrl+D")
        self.find_action = self._action(self.on_find_triggered, StandardKey("Find"))
        self.preview_action = self._action(self.on_preview_triggered, "Ctrl+P")
        self.settings_action = self._action(self.on_settings_triggered, "Ctrl+,")
        self.page_actions = []
        for n, key in enumerate(PAGES, start=1):
            action = self._action(lambda _c=False, k=key: self.show_page(k), f"Ctrl+{n}")
            self.page_actions.append(action)
        self.guide_action = self._action(self.on_guide_triggered, "F1")
        self.privacy_action = self._action(self.on_privacy_triggered)
        self.shortcuts_action = self._action(self.on_shortcuts_triggered)
        self.about_action = self._action(self.on_about_triggered)
        # What needs the workspace waits for it.
        self.workspace_actions = [
            self.send_action,
            self.backup_action,
            self.restore_action,
            self.new_opportunity_action,
            self.new_environment_action,
            self.duplicate_action,
            self.find_action,
            self.preview_action,
            self.settings_action,
            self.about_action,
            *self.page_actions,
        ]
        for action in self.workspace_actions:
            action.setEnabled(False)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.send_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.backup_action)
        self.file_menu.addAction(self.restore_action)
        self.file_menu.addAction(self.open_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.new_opportunity_action)
        self.edit_menu.addAction(self.new_environment_action)
        self.edit_menu.addAction(self.duplicate_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addAction(self.preview_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.settings_action)
        self.view_menu = bar.addMenu("")
        for action in self.page_actions:
            self.view_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addAction(self.privacy_action)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.about_action)

    def retranslate_ui(self) -> None:
        self._set_title()
        if self.loading_label is not None:
            self.loading_label.setText(self.tr("Opening the workspace…"))
        set_page_titles(self.navigation, self.page_actions, PAGES, self.page_titles())
        self.navigation.setAccessibleName(self.tr("Pages"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.send_action.setText(self.tr("&Send to coordinator…"))
        self.open_action.setText(self.tr("&Open another workspace…"))
        self.backup_action.setText(self.tr("Make a &backup…"))
        self.restore_action.setText(self.tr("&Restore from a backup…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.new_opportunity_action.setText(self.tr("New &opportunity"))
        self.new_environment_action.setText(self.tr("New coaching &environment"))
        self.duplicate_action.setText(self.tr("&Duplicate the opportunity"))
        self.find_action.setText(self.tr("&Search the list"))
        self.preview_action.setText(self.tr("&Preview the opportunity"))
        self.settings_action.setText(self.tr("Se&ttings…"))
        self.guide_action.setText(self.tr("&User guide"))
        self.privacy_action.setText(self.tr("&Privacy notice"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About Kuhina"))

    def page_titles(self) -> dict[str, str]:
        return {
            "organisation": self.tr("Organisation"),
            "environments": self.tr("Coaching environments"),
            "opportunities": self.tr("Opportunities"),
            "checklist": self.tr("Ready to send"),
            "bin": self.tr("Bin"),
            "history": self.tr("Sent packages"),
        }

    # -- pages ------------------------------------------------------------------------
    def current_page_key(self) -> str:
        return PAGES[max(self.navigation.currentRow(), 0)]

    def show_page(self, key: str) -> Any:
        self.navigation.setCurrentRow(PAGES.index(key))
        return self.page(key)

    def on_navigation_changed(self, row: int) -> None:
        for page in self.pages.values():
            page.flush()
        if not 0 <= row < len(PAGES):
            return
        key = PAGES[row]
        if self.lifecycle is Lifecycle.OPEN:
            self.stack.setCurrentWidget(self.page(key))
        elif key in self.pages:  # the first page, before the workspace is open for writing
            self.stack.setCurrentWidget(self.pages[key])
        else:
            self.stack.setCurrentWidget(self.placeholders[key])

    def on_changes(self, changes: Changes) -> None:
        """Tell every page built so far what changed; each refreshes only what it shows (a
        page built later reads the workspace then)."""
        for page in self.pages.values():
            page.on_workspace_changed(changes)
        if "organisation" in changes.lists:
            self._set_title()

    def _set_title(self) -> None:
        if self.lifecycle not in (Lifecycle.SHOWING, Lifecycle.OPEN):
            self.setWindowTitle("Kuhina")
            return
        name = self.workspace.organisation.name.best(current_language())
        self.setWindowTitle(self.tr("Kuhina – %1").replace("%1", name))

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    def on_navigate(self, record_type: str, record_id: str, field: str) -> None:
        if record_type == "organisation":
            page = self.show_page("organisation")
        else:
            page = self.show_page(
                "environments" if record_type == "environment" else "opportunities"
            )
            page.select_record(record_id)
        page.form.focus_field(field)

    # -- slots of actions ---------------------------------------------------------------
    def on_send_triggered(self) -> None:
        from kuhina_desktop.ui.association.send_dialog import SendDialog

        for page in self.pages.values():
            page.flush()
        dialog = SendDialog(self.workspace, self, executor=self.executor)
        dialog.exported.connect(self.on_exported)
        dialog.changes_made.connect(self.on_changes)
        dialog.show_checklist.connect(lambda: self.show_page("checklist"))
        dialog.exec()
        dialog.deleteLater()

    def on_exported(self, result: Any) -> None:
        self.on_changes(result.changes)
        self.show_status(
            self.tr("Package no. %1 was saved to %2.")
            .replace("%1", str(result.sequence))
            .replace("%2", str(result.path))
        )

    def on_new_opportunity_triggered(self) -> None:
        self.show_page("opportunities").on_new_clicked()

    def on_new_environment_triggered(self) -> None:
        self.show_page("environments").on_new_clicked()

    def on_duplicate_triggered(self) -> None:
        self.show_page("opportunities").on_duplicate_clicked()

    def on_find_triggered(self) -> None:
        page = self.page(self.current_page_key())
        if hasattr(page, "focus_search"):
            page.focus_search()

    def on_preview_triggered(self) -> None:
        self.show_page("opportunities").on_preview_clicked()

    def on_preview_requested(self, opp: Any) -> None:
        from kuhina_desktop.ui.association.preview import PreviewDialog

        snapshot = self.workspace.snapshot()
        env = next((e for e in snapshot.environments if e.id == opp.environment_id), None)
        shown = env.with_confirmed_photos_only().photos if env else []  # as the catalogue shows
        photo = self.workspace.attachment(shown[0]) if shown else None
        dialog = PreviewDialog(opp, snapshot, self.workspace.vocab, photo, self)
        dialog.exec()
        dialog.deleteLater()

    def on_settings_triggered(self) -> None:
        from kuhina_desktop.ui.association.settings_dialog import SettingsDialog

        for page in self.pages.values():
            page.flush()
        dialog = SettingsDialog(self.workspace, self, executor=self.executor)
        dialog.language_chosen.connect(self.on_language_chosen)
        dialog.changes_made.connect(self.on_changes)
        dialog.status_message.connect(self.show_status)
        dialog.restore_requested.connect(self.on_restore_triggered)
        dialog.exec()
        dialog.deleteLater()

    def on_language_chosen(self, language: str) -> None:
        self.context.settings.language = language
        self.context.set_language(language)

    def on_backup_triggered(self) -> None:
        from kuhina_desktop.ui.association import key_actions

        key_actions.make_backup(self, self.workspace, self.executor, self.show_status)

    def on_restore_triggered(self) -> None:
        from kuhina_desktop.ui.association import key_actions

        key_actions.restore_backup(self, self.executor, self.open_requested.emit)

    def on_open_triggered(self) -> None:
        folder = WorkspaceFolders.choose(self, self.tr("Choose the workspace folder"))
        if folder is not None:
            self.open_requested.emit(folder)

    def on_guide_triggered(self) -> None:
        from kuhina_desktop.ui.widgets.guide import GuideWindow

        guide = getattr(self, "guide", None)
        if guide is None:
            guide = self.guide = GuideWindow(self)
        guide.present()

    def on_privacy_triggered(self) -> None:
        from kuhina_desktop.ui.widgets.privacy import PrivacyNoticeWindow

        notice = getattr(self, "privacy_notice", None)
        if notice is None:
            notice = self.privacy_notice = PrivacyNoticeWindow(None, self)
        notice.present()

    def on_shortcuts_triggered(self) -> None:
        from kuhina_desktop.ui.widgets.about import show_shortcuts

        show_shortcuts(self, [a for a in self.actions() if not a.shortcut().isEmpty()])

    def on_about_triggered(self) -> None:
        from kuhina_desktop.ui.widgets.about import show_about

        show_about(self, self.workspace.folder)

    # -- state ------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        from kuhina_desktop.ui.widgets.screen_fit import fit_to_screen

        geometry = self.context.settings.window_state("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        fit_to_screen(self)  # a laptop's 1366x768 (or 1280x720 at 125 %) holds it whole

    def closeEvent(self, event: QCloseEvent) -> None:
        from kuhina_desktop.ui.widgets.confirm import Confirm

        unsaved = [page for page in self.pages.values() if not page.flush()]
        if unsaved and not Confirm.ask(
            self,
            self.tr("Changes not saved"),
            self.tr(
                "Some changes could not be saved (the reason was shown). If you close now, "
                "they are lost. Close anyway?"
            ),
        ):
            event.ignore()
            return
        self.lifecycle = Lifecycle.CLOSED
        settings = self.context.settings
        settings.set_window_state("main/geometry", self.saveGeometry())
        for key in SPLITTER_PAGES:
            if key in self.pages:  # a page never shown keeps what was saved before
                settings.set_window_state(
                    f"main/{key}/splitter", self.pages[key].splitter.saveState()
                )
        settings.sync()
        super().closeEvent(event)
        self.closed.emit()


def create_window(context: WindowContext) -> MainWindow:
    """The association role's window before its workspace is open (see `open_workspace`)."""
    return MainWindow(None, context)


def open_window(folder: Path, context: WindowContext) -> MainWindow:
    """The association role's window on the organisation workspace in `folder`."""
    window = create_window(context)
    window.open_workspace(folder, at_once=True)
    return window
