"""The regional coordinator's main window: inbox, catalogue, organisations, outputs and the
audit log, on one catalogue workspace.

The window builds the pages, passes each the workspace and what it needs, and relays what
an operation changed (`Changes`) from the page that did it to the others, so each refreshes
only what it shows. `open_window(folder, context)` and `choose_workspace(parent)` are the
role hooks (`roles.COORDINATOR`): `kuhina --workspace DIR` on a catalogue workspace and the
first-start choice "I am the regional coordinator" arrive here.

As the association's window, it exists before its workspace: `create_window(context)` gives
the frame (menus and the page list), which the launcher shows at once, and
`open_workspace(folder)` then opens the catalogue and builds the pages. On a SQLite
catalogue it builds the catalogue page first, on the table's first rows read without the
ORM, and opens the workspace through the ORM after them (`catalogue_opening`);
`opening_done` tells the launcher how that ended. This module imports nothing heavy at the
top (the workspace, SQLAlchemy and the pages load when the catalogue opens).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, QThreadPool, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from kuhina_desktop import paths
from kuhina_desktop.errors import WorkspaceError
from kuhina_desktop.messages import LANGUAGES
from kuhina_desktop.ui.i18n import Retranslatable, current_language, language_name
from kuhina_desktop.ui.widgets.window_parts import (
    build_navigation,
    make_action,
    set_page_icons,
    set_page_titles,
)

if TYPE_CHECKING:
    from kuhina_desktop.domain.vocab import Vocabulary
    from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
    from kuhina_desktop.services.changes import Changes
    from kuhina_desktop.ui.coordinator.audit import AuditPage
    from kuhina_desktop.ui.coordinator.catalogue_opening import CatalogueOpening
    from kuhina_desktop.ui.coordinator.catalogue_page import CataloguePage
    from kuhina_desktop.ui.coordinator.inbox import InboxPage
    from kuhina_desktop.ui.coordinator.organisations import OrganisationsPage
    from kuhina_desktop.ui.coordinator.outputs import OutputsPage
    from kuhina_desktop.ui.roles import WindowContext

STATUS_TIMEOUT_MS = 8000
PAGES = ("inbox", "catalogue", "organisations", "outputs", "audit")
SHUTDOWN_WAIT_MS = 15000


class CoordinatorWindow(Retranslatable, QMainWindow):
    """Signals:
    open_requested(object): open another workspace folder (a `Path`) instead of this one.
    closed(): the window closed; the workspace may be closed now.
    opening_done(object): the catalogue `open_workspace` started to show is open (None),
        or the KnownError that kept it from opening.
    """

    open_requested = Signal(object)
    closed = Signal()
    opening_done = Signal(object)

    workspace: CatalogueWorkspace  # set by `attach`
    _shortcuts: list[tuple[QAction, Any]]  # set by `_set_shortcuts` (then empty)
    inbox: InboxPage
    catalogue: CataloguePage
    organisations: OrganisationsPage
    outputs: OutputsPage
    audit: AuditPage

    def __init__(
        self,
        workspace: CatalogueWorkspace | None,
        context: WindowContext,
        *,
        actor: str | None = None,
        vocab: Vocabulary | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """The frame; with a `workspace`, also its pages (else call `open_workspace`)."""
        super().__init__(parent)
        self.context = context
        self.executor = context.executor
        self._actor = actor
        self._vocab = vocab
        self.setObjectName("CoordinatorWindow")
        self.opened = False
        self.closing = False
        self.pages: dict[str, Any] = {}
        self._opening: CatalogueOpening | None = None  # the first rows, then the open
        self.placeholders = {key: QWidget(self) for key in PAGES}
        self.navigation, self.stack = build_navigation(self, self.placeholders, PAGES)
        self.navigation.currentRowChanged.connect(self.on_navigation_changed)
        self._build_actions()
        self._build_menus()
        self.retranslate_ui()
        self.navigation.setCurrentRow(PAGES.index("inbox"))
        self._restore_state()
        if workspace is not None:
            self.attach(workspace)

    # -- the workspace ------------------------------------------------------------------
    @staticmethod
    def opening_modules() -> list[str]:
        """What `open_workspace` imports first: the catalogue's start (the lock's library
        with it), the code lists, the opening and the catalogue page."""
        return [
            "kuhina_desktop.services.catalogue_start",
            "kuhina_desktop.domain.vocab",
            "kuhina_desktop.ui.coordinator.catalogue_opening",
            "kuhina_desktop.ui.coordinator.catalogue_page",
        ]

    def open_workspace(self, folder: Path, *, at_once: bool = False) -> None:
        """Show the catalogue workspace in `folder` (raises a KnownError when it cannot be
        opened; the window is then left as it was). On a SQLite catalogue at this program's
        revision the catalogue table's first rows come first and the workspace opens after
        them (`opening_done` says how that ended); `at_once`, or another catalogue, opens it
        fully before returning."""
        from kuhina_desktop.services.catalogue_start import CatalogueStart

        self._set_shortcuts()
        start = CatalogueStart.begin(folder)
        if at_once or not start.readable:
            workspace = start.open()  # releases the lock if it fails
            try:
                self.attach(workspace)
            except BaseException:
                workspace.close()
                raise
            self.closed.connect(workspace.close)
            return
        from kuhina_desktop.domain.vocab import load_vocabulary
        from kuhina_desktop.ui.coordinator.catalogue_opening import CatalogueOpening

        opening = CatalogueOpening(self, start)
        self.closed.connect(opening.close)  # closed before the catalogue opened: unlocked
        try:
            self._vocab = self._vocab or load_vocabulary()
            self.catalogue = opening.show_first_rows(self._vocab)
            self._put_page("catalogue", self.catalogue)
        except BaseException:
            opening.close()
            raise
        self._opening = opening
        self.catalogue.load()

    def rows_shown(self) -> bool:
        """True once the catalogue table holds its first rows (the start-up benchmark's
        "shown" mark; the window's actions wait for `is_loading` to end)."""
        return self.opened or (self._opening is not None and self._opening.rows_in)

    def _put_page(self, key: str, page: QWidget) -> None:
        """`page` in place of its placeholder in the stack."""
        self.pages[key] = page
        placeholder = self.placeholders.pop(key)
        index = self.stack.indexOf(placeholder)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if self.navigation.currentRow() == PAGES.index(key):
            self.stack.setCurrentWidget(page)

    def attach(self, workspace: CatalogueWorkspace) -> None:
        """Build the pages on `workspace` (the catalogue page may be there already, on the
        first rows), load them and enable the actions."""
        from kuhina_desktop.domain.vocab import load_vocabulary
        from kuhina_desktop.services.catalogue_workspace import default_actor
        from kuhina_desktop.ui.coordinator.audit import AuditPage
        from kuhina_desktop.ui.coordinator.catalogue_page import CataloguePage
        from kuhina_desktop.ui.coordinator.inbox import InboxPage
        from kuhina_desktop.ui.coordinator.organisations import OrganisationsPage
        from kuhina_desktop.ui.coordinator.outputs import OutputsPage
        from kuhina_desktop.ui.coordinator.receipt_actions import CoordinatorReceiptPart

        self._set_shortcuts()
        self.workspace = workspace
        self.actor = self._actor or default_actor()
        vocab = self._vocab or load_vocabulary()
        first_rows = "catalogue" in self.pages
        if first_rows:
            self.catalogue.attach_workspace(workspace, self.actor)
        else:
            self.catalogue = CataloguePage(workspace, vocab, self.actor, executor=self.executor)
        self.organisations = OrganisationsPage(
            workspace, self.actor, vocab=vocab, executor=self.executor
        )
        self.inbox = InboxPage(
            workspace,
            vocab,
            self.actor,
            executor=self.executor,
            trusted_fingerprint=self.trusted_fingerprint,
        )
        self.outputs = OutputsPage(workspace, vocab, executor=self.executor, actor=self.actor)
        self.audit = AuditPage(workspace)
        pages = {
            "inbox": self.inbox,
            "catalogue": self.catalogue,
            "organisations": self.organisations,
            "outputs": self.outputs,
            "audit": self.audit,
        }
        for key in PAGES:
            if key in self.placeholders:
                self._put_page(key, pages[key])
        set_page_icons(self, self.navigation, PAGES, self.page_icons())

        for page in (self.inbox, self.catalogue, self.organisations):
            page.catalogue_changed.connect(
                lambda changes, source=page: self.on_catalogue_changed(changes, source)
            )
        self.organisations.key_trusted.connect(self.on_key_trusted)
        self.setAcceptDrops(True)
        self.outputs.output_finished.connect(self.on_output_finished)
        self.audit.exported.connect(self.on_audit_exported)
        self.receipts = CoordinatorReceiptPart(self)
        self.opened = True
        for action in self.workspace_actions:
            action.setEnabled(True)
        self.retranslate_ui()
        if not first_rows or (self._opening is not None and self._opening.source.failed):
            self.catalogue.load()  # else the rows shown are the workspace's already
        self.organisations.load()
        self.audit.load()
        self.on_navigation_changed(self.navigation.currentRow())

    @staticmethod
    def page_icons() -> dict[str, Any]:
        from PySide6.QtWidgets import QStyle

        return {
            "inbox": QStyle.StandardPixmap.SP_ArrowDown,
            "catalogue": QStyle.StandardPixmap.SP_FileDialogDetailedView,
            "organisations": QStyle.StandardPixmap.SP_DirHomeIcon,
            "outputs": QStyle.StandardPixmap.SP_DialogSaveButton,
            "audit": QStyle.StandardPixmap.SP_FileDialogContentsView,
        }

    # -- actions and menus ------------------------------------------------------------
    def _action(
        self, slot: Any, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = make_action(self, slot)
        if shortcut is not None:
            self._shortcuts.append((action, shortcut))
        return action

    def _set_shortcuts(self) -> None:
        """The actions' shortcuts, once: Qt's first shortcut costs a noticeable part of the
        first paint, so they are set as the catalogue starts to open (none can be pressed
        before the first paint)."""
        shortcuts: list[tuple[QAction, Any]] = self._shortcuts
        self._shortcuts = []
        for action, shortcut in shortcuts:
            action.setShortcut(QKeySequence(shortcut))

    def _build_actions(self) -> None:
        self._shortcuts = []
        self.add_action = self._action(self.on_add_triggered)
        self.open_action = self._action(self.on_open_triggered, "Ctrl+Shift+O")
        self.quit_action = self._action(self.close, "Ctrl+Q")
        self.find_action = self._action(self.on_find_triggered, QKeySequence.StandardKey.Find)
        self.page_actions = [
            self._action(lambda _c=False, k=key: self.show_page(k), f"Ctrl+{n}")
            for n, key in enumerate(PAGES, start=1)
        ]
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGES:
            action = QAction(language_name(code), self)
            action.setCheckable(True)
            action.setChecked(code == current_language())
            action.triggered.connect(lambda _c=False, c=code: self.on_language_chosen(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.privacy_action = self._action(self.on_privacy_triggered)
        self.shortcuts_action = self._action(self.on_shortcuts_triggered, "F1")
        self.about_action = self._action(self.on_about_triggered)
        # What needs the workspace waits for it.
        self.workspace_actions = [
            self.add_action,
            self.find_action,
            self.about_action,
            *self.page_actions,
        ]
        for action in self.workspace_actions:
            action.setEnabled(False)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.add_action)
        self.file_menu.addAction(self.open_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = bar.addMenu("")
        for action in self.page_actions:
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.find_action)
        self.language_menu = bar.addMenu("")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.privacy_action)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.about_action)

    def is_loading(self) -> bool:
        """True until the catalogue is open and shown, or the window closed (see
        `roles.RoleWindow`; the start-up waits for it)."""
        return not self.opened and not self.closing

    def data_pending(self) -> bool:
        """True while the catalogue table waits for its first rows (the start-up
        benchmark waits for this too)."""
        return self.opened and self.catalogue.model.loading

    def retranslate_ui(self) -> None:
        if self.opened:
            self.setWindowTitle(
                self.tr("Kuhina – regional catalogue ({folder})").format(
                    folder=self.workspace.folder.name
                )
            )
        else:
            self.setWindowTitle("Kuhina")
        set_page_titles(self.navigation, self.page_actions, PAGES, self.page_titles())
        self.navigation.setAccessibleName(self.tr("Pages"))
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&Go"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.add_action.setText(self.tr("&Add packages to the inbox…"))
        self.open_action.setText(self.tr("&Open another workspace…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.find_action.setText(self.tr("&Search the catalogue"))
        self.privacy_action.setText(self.tr("&Privacy notice"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About Kuhina"))
        if hasattr(self, "receipts"):
            self.receipts.retranslate_ui()
        for code, action in self.language_actions.items():
            action.setChecked(code == current_language())

    def page_titles(self) -> dict[str, str]:
        return {
            "inbox": self.tr("Inbox"),
            "catalogue": self.tr("Catalogue"),
            "organisations": self.tr("Organisations"),
            "outputs": self.tr("Publishing"),
            "audit": self.tr("Audit log"),
        }

    # -- pages ------------------------------------------------------------------------
    def show_page(self, key: str) -> Any:
        self.navigation.setCurrentRow(PAGES.index(key))
        return self.pages[key]

    def on_navigation_changed(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            key = PAGES[row]
            self.stack.setCurrentWidget(self.pages.get(key) or self.placeholders[key])

    def on_catalogue_changed(self, changes: Changes, source: object = None) -> None:
        """Tell the other pages what an operation changed; each refreshes what it shows."""
        for page in (self.catalogue, self.organisations, self.audit):
            if page is not source:
                page.on_catalogue_changed(changes)
        if source is self.inbox and (changes.added or changes.changed or changes.removed):
            self.show_status(
                self.tr(
                    "The catalogue was updated: {added} records added, {changed} changed, "
                    "{removed} removed."
                ).format(
                    added=len(changes.added),
                    changed=len(changes.changed),
                    removed=len(changes.removed),
                )
            )

    def on_key_trusted(self, organisation_id: str) -> None:
        """A key confirmed in the organisations view: its packages in the inbox are checked
        again; without one there, the package waiting in the catalogue is reviewed."""
        if self.inbox.has_organisation(organisation_id):
            self.inbox.recheck_organisation(organisation_id)
        else:
            self.organisations.review_waiting(organisation_id)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.opened:
            self.inbox.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """Packages dropped anywhere on the window go to the inbox."""
        self.show_page("inbox")
        self.inbox.dropEvent(event)

    def trusted_fingerprint(self, organisation_id: str) -> str | None:
        """The key an organisation's packages are trusted with now, if any."""
        for status in self.workspace.status():
            if status.organisation_id == organisation_id and status.trust_state == "trusted":
                return status.fingerprint
        return None

    def on_output_finished(self, kind: str, ok: bool, _result: object) -> None:
        if ok:
            self.show_status(
                self.tr("Done: {what}.").format(what=self.outputs.sections[kind].title())
            )

    def on_audit_exported(self, path: str) -> None:
        self.show_status(self.tr("The audit log was saved to {path}.").format(path=path))

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    # -- slots of actions -------------------------------------------------------------
    def on_add_triggered(self) -> None:
        self.show_page("inbox").on_add_clicked()

    def on_find_triggered(self) -> None:
        self.show_page("catalogue").filters.search.setFocus()

    def on_open_triggered(self) -> None:
        folder = CatalogueFolders.existing(self, self.tr("Choose the workspace folder"))
        if folder is not None:
            self.open_requested.emit(folder)

    def on_language_chosen(self, language: str) -> None:
        self.context.settings.language = language
        self.context.set_language(language)

    def on_privacy_triggered(self) -> None:
        from kuhina_desktop.ui.widgets.privacy import PrivacyNoticeWindow

        notice = getattr(self, "privacy_notice", None)
        if notice is None:
            notice = self.privacy_notice = PrivacyNoticeWindow(self.workspace.folder, self)
        notice.refresh()  # the controller may have been set since
        notice.present()

    def on_shortcuts_triggered(self) -> None:
        from kuhina_desktop.ui.widgets.about import show_shortcuts

        show_shortcuts(self, [a for a in self.actions() if not a.shortcut().isEmpty()])

    def on_about_triggered(self) -> None:
        from kuhina_desktop.ui.widgets.about import show_about

        show_about(self, self.workspace.folder)

    # -- state ------------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self.context.settings.window_state("coordinator/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(fitting_size(self, 1360, 820))

    def showEvent(self, event: QShowEvent) -> None:
        """Keep the window inside the screen's free area (a restored size from a bigger
        screen, or a screen scaled to 125 %)."""
        super().showEvent(event)
        wanted = fitting_size(self, self.width(), self.height())
        if wanted != self.size() and not self.isMaximized():
            self.resize(wanted)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing = True
        if self.opened and self.outputs.operation is not None:
            self.outputs.operation.cancel()
        # Work still running uses the workspace, which closes with this window.
        QThreadPool.globalInstance().waitForDone(SHUTDOWN_WAIT_MS)
        settings = self.context.settings
        settings.set_window_state("coordinator/geometry", self.saveGeometry())
        settings.sync()
        super().closeEvent(event)
        self.closed.emit()


class CatalogueFolders:
    """Asks for catalogue workspace folders (class methods, so tests can answer)."""

    @classmethod
    def existing(cls, parent: QWidget | None, title: str) -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, title, str(Path.home()))
        return Path(name) if name else None

    @classmethod
    def where(cls, parent: QWidget | None) -> Path | None:
        """First start: the default folder, or one the coordinator picks."""

        default = paths.default_catalogue_workspace()
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("CatalogueFolders", "The regional catalogue"))
        box.setText(
            QCoreApplication.translate(
                "CatalogueFolders",
                "Where should the regional catalogue be kept? The usual place is {folder}. An "
                "existing catalogue workspace, e.g. a copy from another computer, can be opened "
                "too.",
            ).format(folder=default)
        )
        usual = box.addButton(
            QCoreApplication.translate("CatalogueFolders", "Use the usual place"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        other = box.addButton(
            QCoreApplication.translate("CatalogueFolders", "Choose a folder…"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is usual:
            return default
        if box.clickedButton() is other:
            return cls.existing(
                parent,
                QCoreApplication.translate(
                    "CatalogueFolders", "Choose the folder for the regional catalogue"
                ),
            )
        return None


def fitting_size(window: QWidget, width: int, height: int) -> QSize:
    """`width` × `height`, made smaller to fit the free area of the window's screen (the
    task bar and the window frame left out)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(width, height)
    area = screen.availableGeometry()
    frame = 40  # title bar and borders, which the size does not include
    return QSize(min(width, area.width() - 16), min(height, area.height() - frame))


def choose_workspace(parent: QWidget) -> Path | None:
    """First start as coordinator: create (or pick) a catalogue workspace folder."""
    folder = CatalogueFolders.where(parent)
    if folder is None:
        return None
    if folder.is_dir() and any(folder.iterdir()):
        return folder  # an existing workspace: the launcher opens it or says why it cannot
    from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace

    try:
        CatalogueWorkspace.create(folder).close()
    except WorkspaceError as error:
        from kuhina_desktop.ui.errors import show_error

        show_error(parent, error)
        return None
    return folder


def create_window(context: WindowContext) -> CoordinatorWindow:
    """The coordinator role's window before its catalogue is open (see `open_workspace`)."""
    return CoordinatorWindow(None, context)


def open_window(folder: Path, context: WindowContext) -> CoordinatorWindow:
    """The coordinator role's window on the catalogue workspace in `folder`."""
    window = create_window(context)
    window.open_workspace(folder, at_once=True)
    return window
