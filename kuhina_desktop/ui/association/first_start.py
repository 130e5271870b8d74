"""The first start: language and role, then create an organisation, open a workspace,
restore a backup or try the demo; after creating, the key's fingerprint explained.

The wizard ends with `folder` (the workspace to open) and `role`. Every question that
would open a modal file dialog is a class method elsewhere, so tests answer it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kuhina_desktop import paths
from kuhina_desktop.domain.checks import business_id_problem
from kuhina_desktop.messages import translate
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.ui.association import key_actions
from kuhina_desktop.ui.association.demo import create_demo_workspace
from kuhina_desktop.ui.association.send_places import FolderChoice
from kuhina_desktop.ui.association.window import WorkspaceFolders
from kuhina_desktop.ui.errors import error_message, is_known, show_error
from kuhina_desktop.ui.i18n import Retranslatable, current_language
from kuhina_desktop.ui.label_roles import set_role
from kuhina_desktop.ui.roles import ASSOCIATION, ROLES
from kuhina_desktop.ui.widgets.background import BackgroundOperation, Executor
from kuhina_desktop.ui.widgets.field_row import WARNING_SIGN
from kuhina_desktop.ui.widgets.key_info import KeyInfo
from kuhina_desktop.ui.widgets.language_choice import language_combo
from kuhina_desktop.ui.widgets.passphrase_dialog import NewPassphraseFields

WELCOME, START, CREATE, KEY = range(4)
CREATE_NEW, OPEN_EXISTING, RESTORE, DEMO = range(4)


def free_folder(base: Path) -> Path:
    candidate, n = base, 1
    while candidate.exists() and any(candidate.iterdir()):
        n += 1
        candidate = base.with_name(f"{base.name}-{n}")
    return candidate


class WelcomePage(Retranslatable, QWizardPage):
    """Signals: language_chosen(str)."""

    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.language = language_combo(self)
        self.language.activated.connect(self.on_language_activated)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        self.role_label = QLabel(self)
        self.roles = QButtonGroup(self)
        self.role_buttons: dict[str, QRadioButton] = {}
        self.role_notes: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.language_label)
        layout.addWidget(self.language)
        layout.addSpacing(12)
        layout.addWidget(self.role_label)
        for role in ROLES:
            button = QRadioButton(self)
            note = QLabel(self)
            note.setWordWrap(True)
            set_role(note, "hint")
            note.setContentsMargins(24, 0, 0, 6)
            button.setEnabled(role.available())
            self.roles.addButton(button)
            self.role_buttons[role.key] = button
            self.role_notes[role.key] = note
            layout.addWidget(button)
            layout.addWidget(note)
        self.role_buttons[ASSOCIATION.key].setChecked(True)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Welcome to Kuhina"))
        self.intro.setText(
            self.tr(
                "With Kuhina your association describes what it offers job seekers in North "
                "Karelia (work trials, coaching, volunteering and more) and sends it to the "
                "regional coordinator, who publishes the catalogue. Everything stays on this "
                "computer until you send it, and the program works without the internet."
            )
        )
        self.language_label.setText(self.tr("&Language:"))
        self.role_label.setText(self.tr("Who will use this program?"))
        for role in ROLES:
            self.role_buttons[role.key].setText(role.label())
            note = role.note()
            if not role.available():
                note += " " + self.tr(
                    "(Not available in this version yet: use the command line, "
                    "kuhina catalogue …, meanwhile.)"
                )
            self.role_notes[role.key].setText(note)

    def on_language_activated(self, index: int) -> None:
        self.language_chosen.emit(self.language.itemData(index))

    def validatePage(self) -> bool:
        """Another role's window chooses its own workspace (see `roles`)."""
        role = next(r for r in ROLES if r.key == self.role())
        wizard = self.wizard()
        if role is ASSOCIATION or (isinstance(wizard, FirstStartWizard) and wizard.folder):
            return True
        folder = role.module().choose_workspace(self)
        if folder is not None and isinstance(wizard, FirstStartWizard):
            wizard.on_folder_ready(folder)
        return False

    def role(self) -> str:
        for key, button in self.role_buttons.items():
            if button.isChecked():
                return key
        return ASSOCIATION.key


class StartPage(Retranslatable, QWizardPage):
    def __init__(self, wizard: FirstStartWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.group = QButtonGroup(self)
        self.options: list[QRadioButton] = []
        self.notes: list[QLabel] = []
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        set_role(self.error, "problem")
        self.error.setVisible(False)
        layout = QVBoxLayout(self)
        for n in range(4):
            button = QRadioButton(self)
            note = QLabel(self)
            note.setWordWrap(True)
            set_role(note, "hint")
            note.setContentsMargins(24, 0, 0, 6)
            self.group.addButton(button, n)
            self.options.append(button)
            self.notes.append(note)
            layout.addWidget(button)
            layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.options[CREATE_NEW].setChecked(True)
        self.group.idToggled.connect(self.on_choice_toggled)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("How do you want to start?"))
        texts = [
            (
                self.tr("Create a new organisation"),
                self.tr("The usual start: you describe your association from the beginning."),
            ),
            (
                self.tr("Open an existing workspace"),
                self.tr("A workspace folder made earlier with Kuhina, e.g. on a USB stick."),
            ),
            (
                self.tr("Restore from a backup"),
                self.tr("A backup file made with Kuhina, e.g. from a computer that broke."),
            ),
            (
                self.tr("Try with demo data"),
                self.tr(
                    "An invented association with example offers, to look around safely. "
                    "It is kept apart from real work."
                ),
            ),
        ]
        for n, (text, note) in enumerate(texts):
            self.options[n].setText(text)
            self.notes[n].setText(note)

    def choice(self) -> int:
        return self.group.checkedId()

    def on_choice_toggled(self, _id: int, _checked: bool) -> None:
        self.error.setVisible(False)
        self.completeChanged.emit()

    def nextId(self) -> int:
        return CREATE if self.choice() == CREATE_NEW else -1

    def show_problem(self, text: str) -> None:
        self.error.setText(f"{WARNING_SIGN} {text}")
        self.error.setVisible(True)

    def validatePage(self) -> bool:
        choice = self.choice()
        if choice == CREATE_NEW:
            return True
        return self.wizard_.start_other(choice)


class CreatePage(Retranslatable, QWizardPage):
    def __init__(self, wizard: FirstStartWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.name = QLineEdit(self)
        self.business_id = QLineEdit(self)
        self.business_id.setMaxLength(20)
        self.business_problem = QLabel(self)
        set_role(self.business_problem, "problem")
        self.business_problem.setWordWrap(True)
        self.business_problem.setVisible(False)
        self.passphrase_text = QLabel(self)
        self.passphrase_text.setWordWrap(True)
        self.passphrase = NewPassphraseFields(self, optional=True)
        self.folder = QLineEdit(str(free_folder(paths.default_organisation_workspace())), self)
        self.name_label = QLabel(self)
        self.name_label.setBuddy(self.name)
        self.business_label = QLabel(self)
        self.business_label.setBuddy(self.business_id)
        self.folder_label = QLabel(self)
        self.folder_label.setBuddy(self.folder)
        self.browse_button = QPushButton(self)
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.on_browse_clicked)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse_button)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        set_role(self.error, "problem")
        self.error.setVisible(False)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.name_label, self.name)
        form.addRow(self.business_label, self.business_id)
        form.addRow(self.business_problem)
        form.addRow(self.folder_label, folder_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.passphrase_text)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.error)
        layout.addStretch(1)
        # The order a reader goes in, top to bottom (the passphrase fields were made first).
        QWidget.setTabOrder(self.name, self.business_id)
        QWidget.setTabOrder(self.business_id, self.folder)
        QWidget.setTabOrder(self.folder, self.browse_button)
        QWidget.setTabOrder(self.browse_button, self.passphrase.first)
        QWidget.setTabOrder(self.passphrase.first, self.passphrase.second)
        self.name.textChanged.connect(self.completeChanged)
        self.business_id.textChanged.connect(self.on_business_id_changed)
        self.passphrase.first.textChanged.connect(self.completeChanged)
        self.passphrase.second.textChanged.connect(self.completeChanged)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Your organisation"))
        self.setSubTitle(self.tr("You can change and add everything later."))
        self.name_label.setText(self.tr("Name of the ass&ociation:"))
        self.name.setAccessibleName(self.tr("Name of the association"))
        self.business_label.setText(self.tr("Business &ID (optional):"))
        self.business_id.setAccessibleName(self.tr("Business ID"))
        self.business_id.setPlaceholderText("1234567-8")
        self.folder_label.setText(self.tr("&Saved in the folder:"))
        self.folder.setAccessibleName(self.tr("Workspace folder"))
        self.browse_button.setText(self.tr("&Choose…"))
        self.browse_button.setAccessibleName(self.tr("Choose the workspace folder"))
        self.passphrase_text.setText(
            self.tr(
                "A passphrase protects the key that signs your packages, in case someone else "
                "uses this computer. It is optional; if you set one, you type it every time "
                "you send a package. Do not forget it."
            )
        )
        self.on_business_id_changed(self.business_id.text())

    def on_browse_clicked(self) -> None:
        start = Path(self.folder.text().strip() or str(Path.home())).expanduser()
        chosen = FolderChoice.choose(
            self, self.tr("Where to keep the workspace"), start.parent if start.parent else start
        )
        if chosen is not None:
            self.folder.setText(str(free_folder(chosen / start.name)))

    def on_business_id_changed(self, text: str) -> None:
        finding = business_id_problem(text.strip()) if text.strip() else None
        message = translate(finding[0], current_language(), **finding[1]) if finding else ""
        self.business_problem.setText(f"{WARNING_SIGN} {message}" if message else "")
        self.business_problem.setVisible(bool(message))
        self.business_id.setAccessibleDescription(message)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        business = self.business_id.text().strip()
        return (
            bool(self.name.text().strip())
            and (not business or business_id_problem(business) is None)
            and self.passphrase.is_valid()
        )

    def validatePage(self) -> bool:
        folder = Path(self.folder.text().strip()).expanduser()
        try:
            workspace = OrgWorkspace.create(
                folder,
                self.name.text().strip(),
                self.business_id.text().strip() or None,
                self.passphrase.value(),
            )
        except Exception as exc:
            if not is_known(exc):
                raise
            self.error.setText(f"{WARNING_SIGN} {error_message(exc)}")
            self.error.setVisible(True)
            return False
        try:
            self.wizard_.fingerprint = workspace.fingerprint()
        finally:
            workspace.close()
        self.wizard_.folder = folder
        self.wizard_.key_page.key_info.set_fingerprint(self.wizard_.fingerprint)
        return True


class KeyPage(Retranslatable, QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key_info = KeyInfo("", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.key_info)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Your signing key is ready"))
        self.setSubTitle(self.tr("You can see this code later on the Organisation page."))


class FirstStartWizard(Retranslatable, QWizard):
    """Signals: language_chosen(str) (apply it now)."""

    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, executor: Executor | None = None) -> None:
        super().__init__(parent)
        self.executor = executor
        self.folder: Path | None = None
        self.fingerprint = ""
        self.operation: Any = None
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.welcome_page = WelcomePage(self)
        self.start_page = StartPage(self)
        self.create_page = CreatePage(self)
        self.key_page = KeyPage(self)
        self.setPage(WELCOME, self.welcome_page)
        self.setPage(START, self.start_page)
        self.setPage(CREATE, self.create_page)
        self.setPage(KEY, self.key_page)
        self.welcome_page.language_chosen.connect(self.language_chosen)
        self.resize(720, 560)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Kuhina: first start"))

    @property
    def role(self) -> str:
        return self.welcome_page.role()

    def start_other(self, choice: int) -> bool:
        """Open, restore or demo: find the folder, then finish (False keeps the page).

        Finishing validates the page again (QWizard.accept), so a found folder ends it.
        """
        if self.folder is not None:
            return True
        if choice == OPEN_EXISTING:
            folder = WorkspaceFolders.choose(self, self.tr("Choose the workspace folder"))
            if folder is None:
                return False
            self.folder = folder
            return True
        if choice == RESTORE:
            key_actions.restore_backup(self, self.executor, self.on_folder_ready)
            return False
        op = BackgroundOperation(
            self, create_demo_workspace, title=self.tr("Making the demo…"), executor=self.executor
        )
        self.operation = op
        op.success(self.on_folder_ready).failure(self.on_start_failed).run()
        return False

    def on_folder_ready(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.operation = None
        self.accept()

    def on_start_failed(self, exc: BaseException) -> None:
        self.operation = None
        if is_known(exc):
            self.start_page.show_problem(error_message(exc))
        else:
            show_error(self, exc)
