"""Outputs: Excel workbooks for the municipalities, open data, and the web catalogue.

Each output reads the published view of the catalogue (hidden records and unpublished
opportunities left out, decided in one place) and is written off the UI thread through the
one background runner: the cursor turns busy, a progress dialog with Cancel appears after a
moment, and a cancelled or failed run leaves the target folder as it was (the exporters
write to temporary names and rename at the end). When done, the page says what was
written and "Open folder" shows it in the file manager.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.domain.vocab import Vocabulary
from kuhina_desktop.errors import KnownError
from kuhina_desktop.progress import Cancelled, Progress
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from kuhina_desktop.services.outputs import (
    FlaggedOpportunity,
    publish_web_catalogue,
    write_open_data,
    write_workbooks,
)
from kuhina_desktop.services.privacy_notice import controller_missing
from kuhina_desktop.services.site_settings import load_site_settings, save_site_settings
from kuhina_desktop.ui.coordinator.dialogs import FileChooser, FolderOpener
from kuhina_desktop.ui.errors import error_message, is_known, show_error
from kuhina_desktop.ui.i18n import Retranslatable, current_language
from kuhina_desktop.ui.widgets.background import BackgroundOperation, Executor
from kuhina_desktop.ui.widgets.language_choice import language_combo

EXCEL, OPEN_DATA, WEB = "excel", "opendata", "web"
KINDS = (EXCEL, OPEN_DATA, WEB)


def default_folders(workspace_folder: Path) -> dict[str, Path]:
    base = workspace_folder / "outputs"
    return {EXCEL: base / "excel", OPEN_DATA: base / "open-data", WEB: base / "web-catalogue"}


class OutputSection(Retranslatable, QGroupBox):
    """One output: its folder, its button, what happened last time and "Open folder"."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.explanation = QLabel(self)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)  # may hold package text
        self.explanation.setWordWrap(True)
        self.folder_label = QLabel(self)
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)  # may hold package text
        self.folder = QLineEdit(str(folder), self)
        self.folder_label.setBuddy(self.folder)
        self.choose_button = QPushButton(self)
        self.run_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.open_button.setEnabled(False)
        self.result = QLabel(self)
        self.result.setTextFormat(Qt.TextFormat.PlainText)  # may hold package text
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.options = QVBoxLayout()
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(self.options)
        layout.addLayout(folder_row)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        self.choose_button.clicked.connect(self.on_choose_clicked)
        self.open_button.clicked.connect(self.on_open_clicked)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.folder_label.setText(self.tr("Folder:"))
        self.folder.setAccessibleName(self.tr("Output folder"))
        self.choose_button.setText(self.tr("Choose…"))
        self.choose_button.setAccessibleName(self.tr("Choose the output folder"))
        self.open_button.setText(self.tr("Open folder"))

    def target(self) -> Path:
        return Path(self.folder.text().strip()).expanduser()

    def on_choose_clicked(self) -> None:
        chosen = FileChooser.folder(self, self.tr("Choose the output folder"), self.target())
        if chosen is not None:
            self.folder.setText(str(chosen))

    def on_open_clicked(self) -> None:
        FolderOpener.open(self.target())


class OutputsPage(Retranslatable, QWidget):
    """Signals:
    output_finished(str, bool, object): the output kind (excel, opendata, web), whether it
        was written, and the written paths or the exception.
    """

    output_finished = Signal(str, bool, object)

    def __init__(
        self,
        workspace: CatalogueWorkspace,
        vocab: Vocabulary,
        *,
        executor: Executor | None = None,
        actor: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._vocab = vocab
        self._executor = executor
        self._actor = actor  # who makes the outputs, for the audit log
        self.operation: BackgroundOperation | None = None
        folders = default_folders(workspace.folder)
        self.sections = {kind: OutputSection(folders[kind], self) for kind in KINDS}
        excel = self.sections[EXCEL]
        self.all_municipalities = QRadioButton(excel)
        self.chosen_municipalities = QRadioButton(excel)
        self.all_municipalities.setChecked(True)
        group = QButtonGroup(excel)
        group.addButton(self.all_municipalities)
        group.addButton(self.chosen_municipalities)
        self.municipalities = QListWidget(excel)
        self.municipalities.setMaximumHeight(150)
        for entry in vocab.entries("municipalities"):
            item = QListWidgetItem(self.municipalities)
            item.setData(Qt.ItemDataRole.UserRole, entry.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.municipalities.setEnabled(False)
        self.chosen_municipalities.toggled.connect(self.municipalities.setEnabled)
        self.language_label = QLabel(excel)
        self.language_label.setTextFormat(Qt.TextFormat.PlainText)  # may hold package text
        self.language = language_combo(excel)
        self.language_label.setBuddy(self.language)
        grid = QGridLayout()
        grid.addWidget(self.all_municipalities, 0, 0, 1, 2)
        grid.addWidget(self.chosen_municipalities, 1, 0, 1, 2)
        grid.addWidget(self.municipalities, 2, 0, 1, 2)
        grid.addWidget(self.language_label, 3, 0)
        grid.addWidget(self.language, 3, 1)
        grid.setColumnStretch(1, 1)
        excel.options.addLayout(grid)
        web = self.sections[WEB]
        saved = load_site_settings(workspace.folder)
        self.base_url_label = QLabel(web)
        self.base_url = QLineEdit(saved.base_url or "", web)
        self.base_url.setPlaceholderText("https://www.example.fi/kuhina/")
        self.base_url_label.setBuddy(self.base_url)
        self.feedback_label = QLabel(web)
        self.feedback_email = QLineEdit(saved.feedback_email or "", web)
        self.feedback_email.setPlaceholderText("saavutettavuus@example.fi")
        self.feedback_label.setBuddy(self.feedback_email)
        self.controller_label = QLabel(web)
        self.controller_name = QLineEdit(saved.controller_name or "", web)
        self.controller_label.setBuddy(self.controller_name)
        self.controller_email_label = QLabel(web)
        self.controller_email = QLineEdit(saved.controller_email or "", web)
        self.controller_email.setPlaceholderText("tietosuoja@example.fi")
        self.controller_email_label.setBuddy(self.controller_email)
        self.flagged: list[FlaggedOpportunity] = []
        self.controller_missing = False
        web_grid = QGridLayout()
        web_grid.addWidget(self.base_url_label, 0, 0)
        web_grid.addWidget(self.base_url, 0, 1)
        web_grid.addWidget(self.feedback_label, 1, 0)
        web_grid.addWidget(self.feedback_email, 1, 1)
        web_grid.addWidget(self.controller_label, 2, 0)
        web_grid.addWidget(self.controller_name, 2, 1)
        web_grid.addWidget(self.controller_email_label, 3, 0)
        web_grid.addWidget(self.controller_email, 3, 1)
        web_grid.setColumnStretch(1, 1)
        web.options.addLayout(web_grid)
        runs: dict[str, Callable[[], None]] = {
            EXCEL: self.on_excel_clicked,
            OPEN_DATA: self.on_open_data_clicked,
            WEB: self.on_publish_clicked,
        }
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        for kind in KINDS:
            self.sections[kind].run_button.clicked.connect(runs[kind])
            column.addWidget(self.sections[kind])
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        excel, open_data, web = (self.sections[k] for k in KINDS)
        excel.setTitle(self.tr("Excel workbooks for the municipalities"))
        excel.explanation.setText(
            self.tr(
                "One workbook per municipality with the opportunities on offer there. With all "
                "municipalities, also a regional workbook with a sheet per municipality and a "
                "summary. Hidden records and opportunities that are not published are left out."
            )
        )
        self.all_municipalities.setText(self.tr("&All municipalities and the regional workbook"))
        self.chosen_municipalities.setText(self.tr("Only &these municipalities:"))
        self.municipalities.setAccessibleName(self.tr("Municipalities"))
        lang = current_language()
        for row in range(self.municipalities.count()):
            item = self.municipalities.item(row)
            code = item.data(Qt.ItemDataRole.UserRole)
            item.setText(f"{self._vocab.label('municipalities', code, lang)} ({code})")
        self.language_label.setText(self.tr("Language of the &workbooks:"))
        self.language.setAccessibleName(self.tr("Language of the workbooks"))
        excel.run_button.setText(self.tr("Make &Excel workbooks"))
        open_data.setTitle(self.tr("Open data"))
        open_data.explanation.setText(
            self.tr(
                "The catalogue as open data: HSDS 3.0 JSON, the catalogue's own JSON in all "
                "languages, and CSV tables."
            )
        )
        open_data.run_button.setText(self.tr("Make &open data"))
        web.setTitle(self.tr("Web catalogue"))
        web.explanation.setText(
            self.tr(
                "A static web catalogue in Finnish, Swedish and English, with a page per "
                "municipality. Copy the folder to any web server, or open index.html from disk. "
                "An earlier catalogue in the folder is replaced."
            )
        )
        web.run_button.setText(self.tr("&Publish the web catalogue"))
        self.base_url_label.setText(self.tr("Web &address:"))
        self.base_url.setAccessibleName(self.tr("The address the web catalogue is published at"))
        self.base_url.setToolTip(
            self.tr(
                "With an address the catalogue gets canonical links, a sitemap for search "
                "engines and link previews. Leave empty if it is not yet known."
            )
        )
        self.feedback_label.setText(self.tr("Accessibility &feedback e-mail:"))
        self.feedback_email.setAccessibleName(
            self.tr("E-mail address for feedback on the catalogue's accessibility")
        )
        self.controller_label.setText(self.tr("Privacy &controller:"))
        self.controller_name.setAccessibleName(
            self.tr("Who is responsible for the catalogue's personal data (the controller)")
        )
        self.controller_name.setPlaceholderText(self.tr("e.g. the project's association"))
        self.controller_name.setToolTip(
            self.tr(
                "Named in the web catalogue's privacy notice, with the e-mail address below. "
                "Without them the notice says the controller has not been set."
            )
        )
        self.controller_email_label.setText(self.tr("Controller's e-&mail:"))
        self.controller_email.setAccessibleName(
            self.tr("E-mail address of the controller, for questions about personal data")
        )

    # -- choices --------------------------------------------------------------------------
    def chosen_codes(self) -> list[str] | None:
        """None for every municipality (and the regional workbook), else the checked ones."""
        if self.all_municipalities.isChecked():
            return None
        return [
            str(self.municipalities.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.municipalities.count())
            if self.municipalities.item(row).checkState() == Qt.CheckState.Checked
        ]

    # -- running --------------------------------------------------------------------------
    def on_excel_clicked(self) -> None:
        codes = self.chosen_codes()
        if codes == []:
            self.sections[EXCEL].result.setText(self.tr("Choose at least one municipality."))
            return
        language = str(self.language.currentData())
        out = self.sections[EXCEL].target()
        ws = self._ws
        self.run(
            EXCEL,
            self.tr("Making Excel workbooks"),
            lambda progress: write_workbooks(
                ws,
                out,
                municipalities=codes,
                language=language,
                progress=progress,
                actor=self._actor,
            ),
        )

    def on_open_data_clicked(self) -> None:
        out, ws = self.sections[OPEN_DATA].target(), self._ws
        self.run(
            OPEN_DATA,
            self.tr("Making open data"),
            lambda progress: write_open_data(ws, out, progress=progress, actor=self._actor),
        )

    def on_publish_clicked(self) -> None:
        out, ws = self.sections[WEB].target(), self._ws
        try:  # checked and remembered before anything is written
            settings = save_site_settings(
                ws.folder,
                self.base_url.text(),
                self.feedback_email.text(),
                self.controller_name.text(),
                self.controller_email.text(),
            )
        except KnownError as error:
            self.sections[WEB].result.setText(
                self.tr("Not done: {reason}").format(reason=error_message(error))
            )
            return
        self.flagged = []
        self.controller_missing = controller_missing(settings)

        def work(progress: Progress) -> list[Path]:
            published = publish_web_catalogue(
                ws, out, progress=progress, settings=settings, actor=self._actor
            )
            self.flagged = published.flagged
            return [published.folder]

        self.run(WEB, self.tr("Publishing the web catalogue"), work)

    def run(self, kind: str, title: str, work: Callable[[Progress], Any]) -> BackgroundOperation:
        section = self.sections[kind]
        for other in self.sections.values():
            other.run_button.setEnabled(False)
        section.result.setText(self.tr("Working…"))
        operation = BackgroundOperation(self, work, title=title, executor=self._executor)
        operation.success(lambda paths: self.on_output_done(kind, paths))
        operation.failure(lambda error: self.on_output_failed(kind, error))
        self.operation = operation
        return operation.run()

    def on_output_done(self, kind: str, paths: list[Path]) -> None:
        self.operation = None
        section = self.sections[kind]
        for other in self.sections.values():
            other.run_button.setEnabled(True)
        section.open_button.setEnabled(True)
        text = self.tr("Done: written to {folder}.").format(folder=section.target())
        if kind == WEB and self.controller_missing:
            text += "\n" + self.tr(
                "The privacy notice names no controller yet: it says the controller has not "
                "been set. Fill in the privacy controller and their e-mail, and publish again."
            )
        if kind == WEB and self.flagged:
            lines = [f"{entry.organisation}: {entry.title}" for entry in self.flagged]
            text += "\n" + self.tr(
                "{count} published opportunities do not say how to apply; the web catalogue "
                "shows the association's contact instead. Ask the association to fill them in:"
            ).format(count=len(self.flagged))
            text += "\n" + "\n".join(lines)
        section.result.setText(text)
        self.output_finished.emit(kind, True, paths)

    def on_output_failed(self, kind: str, error: BaseException) -> None:
        self.operation = None
        section = self.sections[kind]
        for other in self.sections.values():
            other.run_button.setEnabled(True)
        if isinstance(error, Cancelled):
            section.result.setText(self.tr("Cancelled: nothing was changed."))
        elif is_known(error):
            section.result.setText(
                self.tr("Not done: {reason}").format(reason=error_message(error))
            )
        else:
            section.result.setText(self.tr("Not done: an unexpected error."))
            show_error(self, error)
        self.output_finished.emit(kind, False, error)
