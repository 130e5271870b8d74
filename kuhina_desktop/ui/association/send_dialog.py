"""Send to coordinator: make the signed package, say what changed since the last one, where
the file is and what to do with it.

The export runs through `BackgroundOperation` (off the UI thread, progress after a delay,
Cancel). Problems that stop the export are shown in place with a way to the checklist.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.domain.validation import validate_snapshot
from kuhina_desktop.errors import ValidationFailed
from kuhina_desktop.packages.errors import KeyPassphraseError
from kuhina_desktop.progress import Cancelled
from kuhina_desktop.services import package_export
from kuhina_desktop.services.changes import Changes
from kuhina_desktop.services.drafts import draft_summary, publish_drafts
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.ui.association.send_places import SaveTarget, shown_path
from kuhina_desktop.ui.errors import error_message, is_known, show_error
from kuhina_desktop.ui.i18n import Retranslatable, current_language
from kuhina_desktop.ui.label_roles import set_role
from kuhina_desktop.ui.widgets.background import BackgroundOperation, Executor
from kuhina_desktop.ui.widgets.field_row import WARNING_SIGN

COORDINATOR_EMAIL = "coordinator_email"
EXPORT_FOLDER = "export_folder"


def file_slug(name: str) -> str:
    """A file-name-safe, ASCII version of an organisation's name."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^A-Za-z0-9]+", "-", ascii_name).strip("-").lower()
    return slug[:60] or "kuhina"


def key_is_encrypted(workspace: OrgWorkspace) -> bool:
    return workspace.key_needs_passphrase()


class SendDialog(Retranslatable, QDialog):
    """Signals:
    exported(object): the `ExportResult` of a package just written.
    show_checklist(): the user wants to see what to fix.
    changes_made(object): the `Changes` of drafts published from here.
    """

    exported = Signal(object)
    show_checklist = Signal()
    changes_made = Signal(object)

    def __init__(
        self,
        workspace: OrgWorkspace,
        parent: QWidget | None = None,
        *,
        executor: Executor | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.executor = executor
        self.operation: BackgroundOperation | None = None
        self.result: Any = None
        self.encrypted = key_is_encrypted(workspace)
        self.problems = validate_snapshot(workspace.snapshot(include_drafts=False), workspace.vocab)
        self.drafts = draft_summary(workspace)
        self.diff = package_export.diff_since_last_export(workspace)
        last = workspace.store.last_export()
        self.next_sequence = last.sequence + 1 if last else 1

        self.pages = QStackedWidget(self)
        self.prepare_page = QWidget(self)
        self.done_page = QWidget(self)
        self.pages.addWidget(self.prepare_page)
        self.pages.addWidget(self.done_page)
        self._build_prepare_page()
        self._build_done_page()
        self.buttons = QDialogButtonBox(self)
        self.make_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.make_button.clicked.connect(self.on_make_clicked)
        self.close_button.clicked.connect(self.reject)
        self.make_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 480)
        self.retranslate_ui()

    # -- building ---------------------------------------------------------------------
    def _heading(self, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        font = QFont(label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)
        label.setWordWrap(True)
        return label

    def _build_prepare_page(self) -> None:
        page = self.prepare_page
        self.contents_heading = self._heading(page)
        self.contents = QLabel(page)
        self.contents.setWordWrap(True)
        self.drafts_label = QLabel(page)
        self.drafts_label.setWordWrap(True)
        set_role(self.drafts_label, "problem")
        self.publish_button = QPushButton(page)
        self.publish_button.setAutoDefault(False)
        self.publish_button.clicked.connect(self.on_publish_clicked)
        self.problems_label = QLabel(page)
        self.problems_label.setWordWrap(True)
        set_role(self.problems_label, "problem")
        self.checklist_button = QPushButton(page)
        self.checklist_button.clicked.connect(self.on_checklist_clicked)
        self.where_heading = self._heading(page)
        stored = self.workspace.setting(EXPORT_FOLDER)
        self.target = SaveTarget(Path(stored) if stored else None, self.suggested_name(), page)
        self.passphrase = QLineEdit(page)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label = QLabel(page)
        self.passphrase_label.setBuddy(self.passphrase)
        self.error = QLabel(page)
        self.error.setWordWrap(True)
        set_role(self.error, "problem")
        self.error.setVisible(False)
        drafts_row = QHBoxLayout()
        drafts_row.addWidget(self.publish_button)
        drafts_row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.contents_heading)
        layout.addWidget(self.contents)
        layout.addWidget(self.drafts_label)
        layout.addLayout(drafts_row)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.checklist_button)
        layout.addSpacing(8)
        layout.addWidget(self.where_heading)
        layout.addWidget(self.target)
        layout.addWidget(self.passphrase_label)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.error)
        layout.addStretch(1)
        has_problems = bool(self.problems)
        self.problems_label.setVisible(has_problems)
        self.checklist_button.setVisible(has_problems)
        self.passphrase.setVisible(self.encrypted)
        self.passphrase_label.setVisible(self.encrypted)

    def _build_done_page(self) -> None:
        page = self.done_page
        self.done_heading = self._heading(page)
        self.done_path_label = QLabel(page)
        self.done_path = QLineEdit(page)
        self.done_path.setReadOnly(True)
        self.done_text = QLabel(page)
        self.done_text.setWordWrap(True)
        self.done_path_label.setBuddy(self.done_path)
        self.open_folder_button = QPushButton(page)
        self.open_folder_button.setAutoDefault(True)
        self.open_folder_button.clicked.connect(self.on_open_folder_clicked)
        self.copy_email_button = QPushButton(page)
        self.copy_email_button.clicked.connect(self.on_copy_email_clicked)
        self.write_email_button = QPushButton(page)
        self.write_email_button.clicked.connect(self.on_write_email_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_folder_button)
        buttons.addWidget(self.copy_email_button)
        buttons.addWidget(self.write_email_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.done_heading)
        layout.addWidget(self.done_path_label)
        layout.addWidget(self.done_path)
        layout.addWidget(self.done_text)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Send to coordinator"))
        self.make_button.setText(self.tr("&Make the package"))
        self.contents_heading.setText(self.tr("What goes into the package"))
        self.contents.setText(self.contents_text())
        self._show_drafts()
        self.problems_label.setText(
            WARNING_SIGN
            + " "
            + self.tr(
                "%n problem(s) must be fixed before the package can be made.",
                "",
                len(self.problems),
            )
        )
        self.checklist_button.setText(self.tr("&Show what to fix"))
        self.where_heading.setText(self.tr("Where to save it"))
        self.passphrase_label.setText(self.tr("Pass&phrase of the signing key:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase of the signing key"))
        self.open_folder_button.setText(self.tr("&Open the folder"))
        self.done_path_label.setText(self.tr("The package file:"))
        self.copy_email_button.setText(self.tr("Copy the e-mail address"))
        self.write_email_button.setText(self.tr("Write an e-mail…"))
        if self.result is not None:
            self._show_result()

    def contents_text(self) -> str:
        snapshot = self.workspace.snapshot(include_drafts=False)
        published = sum(1 for o in snapshot.opportunities if o.status == "published")
        others = len(snapshot.opportunities) - published
        lines = [
            self.tr("%n published opportunity(s),", "", published),
        ]
        if others:
            lines.append(
                self.tr("%n paused or closed opportunity(s) (shown as not available),", "", others)
            )
        lines.append(
            self.tr(
                "%n coaching environment(s) and your organisation's profile.",
                "",
                len(snapshot.environments),
            )
        )
        diff = self.diff
        if diff.since_sequence is None:
            lines.append(self.tr("This is your first package."))
        elif diff.empty:
            lines.append(
                self.tr("Nothing has changed since package no. %1.").replace(
                    "%1", str(diff.since_sequence)
                )
            )
        else:
            lines.append(
                self.tr("Since package no. %1: %2 new, %3 changed, %4 removed.")
                .replace("%1", str(diff.since_sequence))
                .replace("%2", str(len(diff.added)))
                .replace("%3", str(len(diff.changed)))
                .replace("%4", str(len(diff.removed)))
            )
        return "\n".join(lines)

    def suggested_name(self) -> str:
        return f"{file_slug(self.workspace.organisation.name.fi)}-{self.next_sequence}.kuhina"

    def _show_drafts(self) -> None:
        drafts = self.drafts
        complete = len(drafts.complete)
        if not drafts.count:
            self.drafts_label.setVisible(False)
            self.publish_button.setVisible(False)
            return
        names = ", ".join(
            f"“{o.title.best(current_language()) or self.tr('(no name yet)')}”"
            for o in (*drafts.complete, *drafts.incomplete)
        )
        text = (
            WARNING_SIGN
            + " "
            + self.tr("%n draft(s) stay on this computer and are not sent:", "", drafts.count)
            + " "
            + names
            + "."
        )
        if drafts.incomplete:
            text += " " + self.tr(
                "%n of them still lack something: see “Ready to send”.", "", len(drafts.incomplete)
            )
        self.drafts_label.setText(text)
        self.drafts_label.setVisible(True)
        self.publish_button.setText(self.tr("P&ublish the %n complete draft(s)", "", complete))
        self.publish_button.setVisible(complete > 0)

    def coordinator_email(self) -> str:
        return str(self.workspace.setting(COORDINATOR_EMAIL) or "")

    # -- slots ------------------------------------------------------------------------
    def set_target(self, path: Path) -> None:
        """Save to `path` (as if the folder had been chosen and the name typed)."""
        self.target.set_path(path)

    def on_publish_clicked(self) -> None:
        try:
            changes = publish_drafts(self.workspace, [o.id for o in self.drafts.complete])
        except Exception as exc:
            show_error(self, exc)
            return
        self.drafts = draft_summary(self.workspace)
        self.problems = validate_snapshot(
            self.workspace.snapshot(include_drafts=False), self.workspace.vocab
        )
        self.diff = package_export.diff_since_last_export(self.workspace)
        has_problems = bool(self.problems)
        self.problems_label.setVisible(has_problems)
        self.checklist_button.setVisible(has_problems)
        self.retranslate_ui()
        self.make_button.setFocus()
        self.changes_made.emit(changes if isinstance(changes, Changes) else Changes())

    def on_checklist_clicked(self) -> None:
        self.show_checklist.emit()
        self.reject()

    def on_make_clicked(self) -> None:
        if self.operation is not None:
            return
        target = self.target.path()
        if target is None:
            self.error.setText(f"{WARNING_SIGN} {self.tr('Give the file a name.')}")
            self.error.setVisible(True)
            self.target.name.setFocus()
            return
        out = target.expanduser()
        passphrase = self.passphrase.text() if self.encrypted else None
        self.error.setVisible(False)
        self.make_button.setEnabled(False)
        self.operation = BackgroundOperation(
            self,
            lambda progress: package_export.export_package(
                self.workspace, out, passphrase=passphrase, progress=progress
            ),
            title=self.tr("Making the package…"),
            executor=self.executor,
        )
        self.operation.success(self.on_export_succeeded).failure(self.on_export_failed)
        self.operation.run()

    def on_export_succeeded(self, result: Any) -> None:
        self.operation = None
        self.result = result
        self.workspace.set_setting(EXPORT_FOLDER, str(Path(result.path).parent))
        self._show_result()
        self.pages.setCurrentWidget(self.done_page)
        self.make_button.setVisible(False)
        self.open_folder_button.setDefault(True)
        self.open_folder_button.setFocus()
        self.exported.emit(result)

    def _show_result(self) -> None:
        result = self.result
        self.done_heading.setText(
            "✓ " + self.tr("The package was saved: %1").replace("%1", shown_path(Path(result.path)))
        )
        self.done_path.setText(shown_path(Path(result.path)))
        self.done_path.setAccessibleName(self.tr("The package file"))
        email = self.coordinator_email()
        if email:
            todo = self.tr(
                "Now send this file to the coordinator at %1: attach it to an e-mail, or copy "
                "it onto a USB stick and take it there."
            ).replace("%1", email)
        else:
            todo = self.tr(
                "Now send this file to the coordinator: attach it to an e-mail, or copy it onto "
                "a USB stick and take it there. (You can save the coordinator's e-mail address "
                "in Settings.)"
            )
        note = self.tr(
            "The file is signed: if anybody changes it on the way, the coordinator's program "
            "notices. It holds only what you have published, nothing else."
        )
        number = self.tr("It is package no. %1.").replace("%1", str(result.sequence))
        self.done_text.setText(f"{number} {todo}\n\n{note}")
        self.copy_email_button.setVisible(bool(email))
        self.write_email_button.setVisible(bool(email))

    def on_export_failed(self, exc: BaseException) -> None:
        self.operation = None
        self.make_button.setEnabled(True)
        if isinstance(exc, Cancelled):
            text = error_message(exc)
        elif isinstance(exc, ValidationFailed):
            self.problems = list(exc.problems)
            self.problems_label.setVisible(True)
            self.checklist_button.setVisible(True)
            self.retranslate_ui()
            text = error_message(exc)
        elif is_known(exc):
            text = error_message(exc)
            if isinstance(exc, KeyPassphraseError):
                self.passphrase.setVisible(True)
                self.passphrase_label.setVisible(True)
                self.encrypted = True
                self.passphrase.setFocus()
                self.passphrase.selectAll()
        else:
            show_error(self, exc)
            return
        self.error.setText(f"{WARNING_SIGN} {text}")
        self.error.setVisible(True)

    def on_open_folder_clicked(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.result.path).parent)))

    def on_copy_email_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.coordinator_email())

    def on_write_email_clicked(self) -> None:
        """Opens the user's own mail program (no request from here); the file is attached by
        the user, since mailto links cannot carry attachments."""
        if self.result is None:
            return
        subject = (
            self.tr("Kuhina package no. %1 from %2")
            .replace("%1", str(self.result.sequence))
            .replace("%2", self.workspace.organisation.name.best(current_language()))
        )
        url = QUrl(f"mailto:{self.coordinator_email()}")
        url.setQuery(f"subject={bytes(QUrl.toPercentEncoding(subject).data()).decode()}")
        QDesktopServices.openUrl(url)

    def reject(self) -> None:
        if self.operation is not None and self.operation.running:
            self.operation.cancel()
            return
        super().reject()
