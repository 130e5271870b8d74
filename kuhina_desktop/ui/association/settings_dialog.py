"""Settings: the interface language (switched at once, no restart), the coordinator's e-mail
address, the signing key (passphrase, new key) and backups."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.domain.checks import email_problem
from kuhina_desktop.messages import translate
from kuhina_desktop.services.changes import Changes
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.ui.association import key_actions
from kuhina_desktop.ui.association.send_dialog import COORDINATOR_EMAIL
from kuhina_desktop.ui.i18n import Retranslatable, current_language
from kuhina_desktop.ui.label_roles import set_role
from kuhina_desktop.ui.widgets.background import Executor
from kuhina_desktop.ui.widgets.field_row import WARNING_SIGN
from kuhina_desktop.ui.widgets.key_info import KeyInfo
from kuhina_desktop.ui.widgets.language_choice import language_combo
from kuhina_desktop.ui.widgets.screen_fit import fit_to_screen


class SettingsDialog(Retranslatable, QDialog):
    """Signals:
    language_chosen(str): fi, sv or en, to apply now.
    changes_made(object): `Changes` (a new key).
    status_message(str): what just happened.
    restore_requested(): the user wants to restore a backup.
    """

    language_chosen = Signal(str)
    changes_made = Signal(object)
    status_message = Signal(str)
    restore_requested = Signal()

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
        self.headings: list[QLabel] = []

        self.language = language_combo(self)
        self.language.activated.connect(self.on_language_activated)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)

        self.email = QLineEdit(str(workspace.setting(COORDINATOR_EMAIL) or ""), self)
        self.email_label = QLabel(self)
        self.email_label.setBuddy(self.email)
        self.email_hint = QLabel(self)
        self.email_hint.setWordWrap(True)
        set_role(self.email_hint, "hint")
        self.email_problem = QLabel(self)
        set_role(self.email_problem, "problem")
        self.email_problem.setVisible(False)
        self.email.textEdited.connect(self.on_email_edited)
        self.email.editingFinished.connect(self.on_email_finished)

        self.key_info = KeyInfo(workspace.fingerprint(), self)
        self.passphrase_button = QPushButton(self)
        self.passphrase_button.clicked.connect(self.on_passphrase_clicked)
        self.rotate_button = QPushButton(self)
        self.rotate_button.clicked.connect(self.on_rotate_clicked)
        self.backup_text = QLabel(self)
        self.backup_text.setWordWrap(True)
        self.backup_button = QPushButton(self)
        self.backup_button.clicked.connect(self.on_backup_clicked)
        self.restore_button = QPushButton(self)
        self.restore_button.clicked.connect(self.on_restore_clicked)

        # The settings scroll and the Close button stays put, so the dialog fits a laptop
        # screen at 125 % (1024x576 free): it is taller than that.
        content = QWidget(self)
        layout = QVBoxLayout(content)
        self.language_heading = self._heading(layout)
        layout.addWidget(self.language_label)
        layout.addWidget(self.language)
        self.email_heading = self._heading(layout)
        layout.addWidget(self.email_label)
        layout.addWidget(self.email)
        layout.addWidget(self.email_hint)
        layout.addWidget(self.email_problem)
        self.key_heading = self._heading(layout)
        layout.addWidget(self.key_info)
        key_buttons = QHBoxLayout()
        key_buttons.addWidget(self.passphrase_button)
        key_buttons.addWidget(self.rotate_button)
        key_buttons.addStretch(1)
        layout.addLayout(key_buttons)
        self.backup_heading = self._heading(layout)
        layout.addWidget(self.backup_text)
        backup_buttons = QHBoxLayout()
        backup_buttons.addWidget(self.backup_button)
        backup_buttons.addWidget(self.restore_button)
        backup_buttons.addStretch(1)
        layout.addLayout(backup_buttons)
        layout.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(self.scroll_area, 1)
        outer.addWidget(buttons)
        self.resize(620, 640)
        fit_to_screen(self)
        self.retranslate_ui()

    def _heading(self, layout: QVBoxLayout) -> QLabel:
        label = QLabel(self)
        font = QFont(label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)
        label.setContentsMargins(0, 10, 0, 0)
        layout.addWidget(label)
        return label

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.language_heading.setText(self.tr("Language"))
        self.language_label.setText(self.tr("&Language of the program:"))
        self.email_heading.setText(self.tr("Coordinator"))
        self.email_label.setText(self.tr("Coordinator's &e-mail address:"))
        self.email_hint.setText(
            self.tr("Where packages are sent. It is shown when a package is ready.")
        )
        self.key_heading.setText(self.tr("Signing key"))
        self.passphrase_button.setText(self.tr("Change the passphrase…"))
        self.rotate_button.setText(self.tr("Make a new key…"))
        self.backup_heading.setText(self.tr("Backup"))
        self.backup_text.setText(
            self.tr(
                "A backup is one file holding all your records and the signing key. Keep it "
                "on a USB stick or another computer, so a broken laptop loses nothing."
            )
        )
        self.backup_button.setText(self.tr("Make a backup…"))
        self.restore_button.setText(self.tr("Restore from a backup…"))
        self.on_email_edited(self.email.text())

    # -- slots ------------------------------------------------------------------------
    def on_language_activated(self, index: int) -> None:
        self.language_chosen.emit(self.language.itemData(index))

    def _email_problem(self, text: str) -> str:
        finding = email_problem(text) if text else None
        return translate(finding[0], current_language(), **finding[1]) if finding else ""

    def on_email_edited(self, text: str) -> None:
        problem = self._email_problem(text.strip()) if self.email_problem.isVisible() else ""
        self.email_problem.setText(f"{WARNING_SIGN} {problem}" if problem else "")
        self.email_problem.setVisible(bool(problem))

    def on_email_finished(self) -> None:
        text = self.email.text().strip()
        problem = self._email_problem(text)
        self.email_problem.setText(f"{WARNING_SIGN} {problem}" if problem else "")
        self.email_problem.setVisible(bool(problem))
        self.email.setAccessibleDescription(problem)
        if not problem and text != (self.workspace.setting(COORDINATOR_EMAIL) or ""):
            self.workspace.set_setting(COORDINATOR_EMAIL, text or None)
            self.status_message.emit(self.tr("The coordinator's e-mail address was saved."))

    def _say(self) -> Callable[[str], None]:
        return self.status_message.emit

    def on_passphrase_clicked(self) -> None:
        key_actions.change_passphrase(self, self.workspace, self.executor, self._say())

    def on_rotate_clicked(self) -> None:
        def done(changes: Changes, message: str) -> None:
            self.key_info.set_fingerprint(self.workspace.fingerprint())
            self.changes_made.emit(changes)
            self.status_message.emit(message)

        key_actions.rotate_key(self, self.workspace, self.executor, done)

    def on_backup_clicked(self) -> None:
        key_actions.make_backup(self, self.workspace, self.executor, self._say())

    def on_restore_clicked(self) -> None:
        self.restore_requested.emit()
        self.accept()
