"""A translated text (`Text`): Finnish, Swedish and English in tabs, Finnish first.

The Finnish tab is marked required where the field is; a tab whose language has a problem
shows a warning sign in its title, so the problem is found without colour.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from kuhina_desktop.domain.model import Text
from kuhina_desktop.ui.i18n import Retranslatable
from kuhina_desktop.ui.widgets.editors import LineEditor, MultiLineEditor

TEXT_LANGUAGES = ("fi", "sv", "en")
WARNING_SIGN = "⚠"


class TranslatedTextEditor(Retranslatable, QTabWidget):
    """Signals: changed(), committed() as every editor (see `editors`), local_problem(str)
    when a language's editor refused text (`text_guard`)."""

    changed = Signal()
    committed = Signal()
    local_problem = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        multiline: bool = False,
        required: bool = False,
        lines: int = 4,
    ) -> None:
        super().__init__(parent)
        self.required = required
        self.multiline = multiline
        self.setDocumentMode(True)
        self.editors: dict[str, LineEditor | MultiLineEditor] = {}
        self._problem_languages: set[str] = set()
        self._field_name = ""
        for lang in TEXT_LANGUAGES:
            editor: LineEditor | MultiLineEditor = (
                MultiLineEditor(self, lines=lines) if multiline else LineEditor(self)
            )
            editor.changed.connect(self.changed)
            editor.committed.connect(self.committed)
            editor.local_problem.connect(self.local_problem)
            self.editors[lang] = editor
            self.addTab(editor, lang)
        self.setFocusProxy(self.editors["fi"])
        self.retranslate_ui()

    def _language_names(self) -> dict[str, str]:
        return {"fi": self.tr("Finnish"), "sv": self.tr("Swedish"), "en": self.tr("English")}

    def retranslate_ui(self) -> None:
        names = self._language_names()
        for i, lang in enumerate(TEXT_LANGUAGES):
            title = names[lang]
            if lang == "fi" and self.required:
                title = self.tr("%1 (required)").replace("%1", title)
            if lang in self._problem_languages:
                title = f"{WARNING_SIGN} {title}"
            self.setTabText(i, title)
            self.setTabToolTip(i, self.tr("The text in %1").replace("%1", names[lang].lower()))
        self.set_field_name(self._field_name)

    def set_field_name(self, name: str) -> None:
        """The field's label, for screen readers: "Title, in Finnish"."""
        self._field_name = name
        names = self._language_names()
        for lang, editor in self.editors.items():
            editor.setAccessibleName(
                self.tr("%1, in %2").replace("%1", name).replace("%2", names[lang].lower())
            )

    def set_problem_languages(self, languages: set[str]) -> None:
        if languages != self._problem_languages:
            self._problem_languages = set(languages)
            self.retranslate_ui()

    def value(self) -> Text | None:
        values = {lang: editor.value() for lang, editor in self.editors.items()}
        if not self.required and not any(values.values()):
            return None
        return Text(fi=values["fi"] or "", sv=values["sv"], en=values["en"])

    def set_value(self, value: Text | None) -> None:
        value = value or Text()
        for lang, editor in self.editors.items():
            editor.set_value(value.get(lang))

    def show_language(self, lang: str) -> None:
        self.setCurrentIndex(TEXT_LANGUAGES.index(lang))
