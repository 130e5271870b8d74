"""The catalogue view's search and filters: text, municipality, kind, target group,
language, status, publication, staleness and "not checked for N months" (per offer, the
rule of `domain.checked`), as one `CatalogueQuery`.

Typing waits a moment (SEARCH_DELAY_MS) before searching, so a query runs once per pause
and not once per key; a filter choice searches at once. Every filter is a labelled combo
box, reachable with its Alt shortcut.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from kuhina_desktop.domain.checked import months_before
from kuhina_desktop.domain.vocab import Vocabulary
from kuhina_desktop.messages import translate
from kuhina_desktop.services.catalogue_start import SearchFilters
from kuhina_desktop.ui.i18n import Retranslatable, current_language
from kuhina_desktop.ui.widgets.record_models import status_label

SEARCH_DELAY_MS = 250
STATUSES = ("published", "paused", "closed")
CHECKED_MONTHS = (3, 6, 12)


@dataclass(frozen=True)
class CatalogueQuery:
    """What the catalogue table shows: search text and filters."""

    text: str = ""
    filters: SearchFilters = field(default_factory=SearchFilters)


class CatalogueFilterBar(Retranslatable, QWidget):
    """Signals:
    query_changed(object): the new `CatalogueQuery`.
    """

    query_changed = Signal(object)

    def __init__(self, vocab: Vocabulary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vocab = vocab
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.municipality = QComboBox(self)
        self.kind = QComboBox(self)
        self.target_group = QComboBox(self)
        self.language = QComboBox(self)
        self.status = QComboBox(self)
        self.visibility = QComboBox(self)
        self.stale = QComboBox(self)
        self.checked = QComboBox(self)  # not checked for N months (texts: message codes)
        self._combos = (
            self.municipality,
            self.kind,
            self.target_group,
            self.language,
            self.status,
            self.visibility,
            self.stale,
            self.checked,
        )
        for combo in self._combos:  # long labels must not widen the window past a small screen
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        self.labels = [QLabel(self) for _ in range(9)]
        for label in self.labels:
            label.setTextFormat(Qt.TextFormat.PlainText)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.labels[0], 0, 0)
        grid.addWidget(self.search, 0, 1, 1, 7)
        for number, combo in enumerate(self._combos):
            row, column = 1 + number // 4, (number % 4) * 2
            grid.addWidget(self.labels[number + 1], row, column)
            grid.addWidget(combo, row, column + 1)
        for label, widget in zip(self.labels, (self.search, *self._combos), strict=True):
            label.setBuddy(widget)
        for column in (1, 3, 5, 7):
            grid.setColumnStretch(column, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.on_search_paused)
        self.search.textChanged.connect(self.on_search_edited)
        self.search.returnPressed.connect(self.on_search_paused)
        self._filling = False
        self.retranslate_ui()
        for combo in self._combos:
            combo.currentIndexChanged.connect(self.on_filter_chosen)

    def retranslate_ui(self) -> None:
        captions = (
            self.tr("&Search:"),
            self.tr("&Municipality:"),
            self.tr("&Kind:"),
            self.tr("&Target group:"),
            self.tr("La&nguage:"),
            self.tr("St&atus:"),
            self.tr("&Publication:"),
            self.tr("F&reshness:"),
            translate("checked_filter_label", current_language()),
        )
        for label, caption in zip(self.labels, captions, strict=True):
            label.setText(caption)
        for label, widget in zip(self.labels, (self.search, *self._combos), strict=True):
            widget.setAccessibleName(label.text().replace("&", "").rstrip(":"))
        self.search.setPlaceholderText(
            self.tr("Words from the title, description, organisation or place")
        )
        lang = current_language()

        def codes(list_name: str, everything: str) -> list[tuple[str, str | None]]:
            entries = self._vocab.entries(list_name)
            return [(everything, None)] + [(e.label(lang), e.code) for e in entries]

        self._fill(self.municipality, codes("municipalities", self.tr("All municipalities")))
        self._fill(self.kind, codes("kinds", self.tr("All kinds")))
        self._fill(self.target_group, codes("target_groups", self.tr("All target groups")))
        self._fill(self.language, codes("languages", self.tr("All languages")))
        self._fill(
            self.status,
            [(self.tr("All statuses"), None)] + [(status_label(s), s) for s in STATUSES],
        )
        self._fill(
            self.visibility,
            [
                (self.tr("Shown and hidden"), None),
                (self.tr("Shown only"), "shown"),
                (self.tr("Hidden only"), "hidden"),
            ],
        )
        self._fill(
            self.stale,
            [
                (self.tr("All organisations"), None),
                (self.tr("Stale: no package for 6 months"), "stale"),
                (self.tr("Up to date"), "fresh"),
            ],
        )
        lang = current_language()
        self._fill(
            self.checked,
            [(translate("checked_filter_any", lang), None)]
            + [
                (translate("checked_filter_months", lang, months=months), str(months))
                for months in CHECKED_MONTHS
            ],
        )

    def _fill(self, combo: QComboBox, items: list[tuple[str, str | None]]) -> None:
        """Replace the choices, keeping the chosen code."""
        chosen = combo.currentData()
        self._filling = True
        try:
            combo.clear()
            for text, code in items:
                combo.addItem(text, code)
            found = combo.findData(chosen)
            combo.setCurrentIndex(max(found, 0))
        finally:
            self._filling = False

    # -- the query ------------------------------------------------------------------------
    def query(self) -> CatalogueQuery:
        def one(combo: QComboBox) -> tuple[str, ...]:
            code = combo.currentData()
            return (code,) if code else ()

        visibility = self.visibility.currentData()
        stale = self.stale.currentData()
        months = self.checked.currentData()
        filters = SearchFilters(
            municipalities=one(self.municipality),
            kinds=one(self.kind),
            target_groups=one(self.target_group),
            languages=one(self.language),
            statuses=one(self.status),
            hidden=None if visibility is None else visibility == "hidden",
            stale=None if stale is None else stale == "stale",
            checked_before=(None if months is None else months_before(date.today(), int(months))),
        )
        return CatalogueQuery(self.search.text().strip(), filters)

    def choose(self, combo: QComboBox, code: str | None) -> None:
        """Pick a filter's choice by its code (tests and the organisations view use it)."""
        combo.setCurrentIndex(max(combo.findData(code), 0))

    def on_search_edited(self, _text: str) -> None:
        self._timer.start()

    def on_search_paused(self) -> None:
        self._timer.stop()
        self.query_changed.emit(self.query())

    def on_filter_chosen(self, _index: int) -> None:
        if not self._filling:
            self.query_changed.emit(self.query())
