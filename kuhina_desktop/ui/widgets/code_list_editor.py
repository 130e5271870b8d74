"""Code lists as checkable lists (work areas, accessibility, languages, target groups...).

The labels come from the code lists in the interface language. A retired code (docs/data-model.md,
"Code lists") is offered only when the record already has it, marked "no longer in use".
`MunicipalityEditor` adds a "Whole region" box that ticks every municipality at once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QListView,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.domain.vocab import Vocabulary
from kuhina_desktop.ui.i18n import Retranslatable, current_language
from kuhina_desktop.ui.signals import signals_blocked
from kuhina_desktop.ui.widgets.record_models import capitalised

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class CodeListEditor(Retranslatable, QListView):
    """Signals: changed(), committed() (both on every tick)."""

    changed = Signal()
    committed = Signal()

    def __init__(
        self, vocab: Vocabulary, list_name: str, parent: QWidget | None = None, rows: int = 7
    ) -> None:
        super().__init__(parent)
        self.vocab = vocab
        self.list_name = list_name
        self._rows = rows
        self._items = QStandardItemModel(self)
        self.setModel(self._items)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._codes: list[str] = []
        self._order: list[str] = []
        self._fill([])
        self._items.itemChanged.connect(self.on_item_changed)

    def _fill(self, chosen: list[str]) -> None:
        """Offer the selectable codes, plus any chosen ones that are retired or unknown."""
        lang = current_language()
        offered = [e.code for e in self.vocab.selectable(self.list_name)]
        extra = [c for c in chosen if c not in offered]
        with signals_blocked(self._items):
            self._items.clear()
            self._codes = offered + extra
            for code in self._codes:
                label = capitalised(self.vocab.label(self.list_name, code, lang))
                if code in extra:
                    label = self.tr("%1 (no longer in use)").replace("%1", label)
                item = QStandardItem(label)
                item.setData(code, CODE_ROLE)
                item.setCheckable(True)
                item.setEditable(False)
                item.setSizeHint(QSize(-1, self._row_height()))
                item.setCheckState(
                    Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked
                )
                self._items.appendRow(item)
        self._fit_height()

    def _row_height(self) -> int:
        indicator = self.style().pixelMetric(self.style().PixelMetric.PM_IndicatorHeight)
        return max(self.fontMetrics().height(), indicator) + 8

    def _fit_height(self) -> None:
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        """As tall as `rows` rows (or all of them, when fewer): no empty space, no clipping."""
        count = self._items.rowCount()
        shown = min(self._rows, max(count, 1))
        row = self.sizeHintForRow(0) if count else self._row_height()
        margins = self.contentsMargins()
        height = row * shown + margins.top() + margins.bottom() + 2 * self.frameWidth()
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fill(self.value())
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self._fill(self.value())

    def on_item_changed(self, _item: QStandardItem) -> None:
        self.changed.emit()
        self.committed.emit()

    def value(self) -> list[str]:
        """The ticked codes: those the record had in their order, then new ones."""
        ticked = [
            self._items.item(row).data(CODE_ROLE)
            for row in range(self._items.rowCount())
            if self._items.item(row).checkState() == Qt.CheckState.Checked
        ]
        kept = [c for c in self._order if c in ticked]
        return kept + [c for c in ticked if c not in kept]

    def set_value(self, codes: list[str]) -> None:
        chosen = list(dict.fromkeys(codes))
        self._order = chosen
        if [c for c in chosen if c not in self._codes]:
            self._fill(chosen)
            return
        with signals_blocked(self._items):
            for row in range(self._items.rowCount()):
                item = self._items.item(row)
                state = (
                    Qt.CheckState.Checked
                    if item.data(CODE_ROLE) in chosen
                    else Qt.CheckState.Unchecked
                )
                item.setCheckState(state)

    def set_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        with signals_blocked(self._items):
            for row in range(self._items.rowCount()):
                self._items.item(row).setCheckState(state)
        self.viewport().update()

    def all_checked(self) -> bool:
        offered = [e.code for e in self.vocab.selectable(self.list_name)]
        return bool(offered) and set(offered) <= set(self.value())


class MunicipalityEditor(Retranslatable, QWidget):
    """The region's municipalities with a "Whole region" box above them."""

    changed = Signal()
    committed = Signal()

    def __init__(self, vocab: Vocabulary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.whole_region = QCheckBox(self)
        self.list = CodeListEditor(
            vocab, "municipalities", self, rows=len(vocab.codes("municipalities"))
        )
        layout.addWidget(self.whole_region)
        layout.addWidget(self.list)
        self.setFocusProxy(self.whole_region)
        self.whole_region.clicked.connect(self.on_whole_region_clicked)
        self.list.changed.connect(self.on_list_changed)
        self.list.committed.connect(self.committed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.whole_region.setText(self.tr("Whole region (all municipalities)"))

    def set_field_name(self, name: str) -> None:
        self.list.setAccessibleName(name)
        self.whole_region.setAccessibleName(self.whole_region.text())

    def on_whole_region_clicked(self, checked: bool) -> None:
        self.list.set_all(checked)
        self.changed.emit()
        self.committed.emit()

    def on_list_changed(self) -> None:
        with signals_blocked(self.whole_region):
            self.whole_region.setChecked(self.list.all_checked())
        self.changed.emit()

    def value(self) -> list[str]:
        return self.list.value()

    def set_value(self, codes: list[str]) -> None:
        self.list.set_value(codes)
        with signals_blocked(self.whole_region):
            self.whole_region.setChecked(self.list.all_checked())
