"""Opening hours as a weekly grid: a row per day, up to two periods a day (e.g. a lunch break).
"Same for every weekday" copies Monday's hours to Tuesday–Friday, so a place open 8–16 on
weekdays is one row and a click, not five rows.

Periods beyond two on one day (possible in data from elsewhere) are kept as they are. A
closing time of 24:00 is shown as 23:59 and written back as 24:00 unless changed.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTime, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QPushButton, QTimeEdit, QWidget

from kuhina_desktop.domain.model import OpeningHours
from kuhina_desktop.ui.i18n import Retranslatable
from kuhina_desktop.ui.signals import signals_blocked

DAYS = range(1, 8)
PERIODS = 2
MIDNIGHT_SHOWN = QTime(23, 59)


class _Period:
    def __init__(self, parent: QWidget) -> None:
        self.box = QCheckBox(parent)
        self.opens = QTimeEdit(parent)
        self.closes = QTimeEdit(parent)
        for edit in (self.opens, self.closes):
            edit.setDisplayFormat("HH:mm")
            edit.setEnabled(False)
        self.midnight = False

    def set(self, hours: OpeningHours | None) -> None:
        self.box.setChecked(hours is not None)
        for edit in (self.opens, self.closes):
            edit.setEnabled(hours is not None)
        if hours is None:
            self.opens.setTime(QTime(8, 0))
            self.closes.setTime(QTime(16, 0))
            self.midnight = False
            return
        self.opens.setTime(QTime.fromString(hours.opens, "HH:mm"))
        self.midnight = hours.closes == "24:00"
        closes = MIDNIGHT_SHOWN if self.midnight else QTime.fromString(hours.closes, "HH:mm")
        self.closes.setTime(closes)

    def get(self, day: int) -> OpeningHours | None:
        if not self.box.isChecked():
            return None
        closes = self.closes.time()
        closing = (
            "24:00" if self.midnight and closes == MIDNIGHT_SHOWN else closes.toString("HH:mm")
        )
        return OpeningHours(day=day, opens=self.opens.time().toString("HH:mm"), closes=closing)


class OpeningHoursEditor(Retranslatable, QWidget):
    """Signals: changed(), committed()."""

    changed = Signal()
    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        self.headers = [QLabel(self) for _ in range(3)]
        grid.addWidget(self.headers[0], 0, 0)
        grid.addWidget(self.headers[1], 0, 1, 1, 3)
        grid.addWidget(self.headers[2], 0, 4, 1, 3)
        self.day_labels: dict[int, QLabel] = {}
        self.periods: dict[int, list[_Period]] = {}
        self._extra: list[OpeningHours] = []
        for day in DAYS:
            label = QLabel(self)
            self.day_labels[day] = label
            grid.addWidget(label, day, 0)
            self.periods[day] = []
            for p in range(PERIODS):
                period = _Period(self)
                column = 1 + p * 3
                grid.addWidget(period.box, day, column)
                grid.addWidget(period.opens, day, column + 1)
                grid.addWidget(period.closes, day, column + 2)
                period.box.clicked.connect(self.on_box_clicked)
                for edit in (period.opens, period.closes):
                    edit.timeChanged.connect(self.changed)
                    edit.editingFinished.connect(self.committed)
                self.periods[day].append(period)
        self.same_button = QPushButton(self)
        self.same_button.setAutoDefault(False)
        self.same_button.clicked.connect(self.on_same_clicked)
        grid.addWidget(self.same_button, len(DAYS) + 1, 0, 1, 7)
        grid.setColumnStretch(7, 1)
        self.setFocusProxy(self.periods[1][0].box)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        locale = QLocale()
        self.headers[0].setText(self.tr("Day"))
        self.headers[1].setText(self.tr("Open"))
        self.headers[2].setText(self.tr("Second period (optional)"))
        self.same_button.setText(self.tr("Same for every weekday: copy Monday to Tuesday–Friday"))
        for day in DAYS:
            name = locale.dayName(day, QLocale.FormatType.LongFormat)
            name = name[:1].upper() + name[1:]
            self.day_labels[day].setText(name)
            for p, period in enumerate(self.periods[day]):
                if p == 0:
                    period.box.setAccessibleName(self.tr("Open on %1").replace("%1", name))
                else:
                    period.box.setAccessibleName(self.tr("Second period on %1").replace("%1", name))
                period.opens.setAccessibleName(self.tr("%1, opens at").replace("%1", name))
                period.closes.setAccessibleName(self.tr("%1, closes at").replace("%1", name))

    def on_box_clicked(self) -> None:
        for day in DAYS:
            first, second = self.periods[day]
            second.box.setEnabled(first.box.isChecked())
            if not first.box.isChecked():
                second.box.setChecked(False)
            for period in (first, second):
                for edit in (period.opens, period.closes):
                    edit.setEnabled(period.box.isChecked())
        self.changed.emit()
        self.committed.emit()

    def on_same_clicked(self) -> None:
        monday = [period.get(1) for period in self.periods[1]]
        for day in range(2, 6):
            for p, period in enumerate(self.periods[day]):
                hours = monday[p]
                with signals_blocked(period.box, period.opens, period.closes):
                    period.set(OpeningHours(day, hours.opens, hours.closes) if hours else None)
                    period.box.setEnabled(p == 0 or monday[0] is not None)
        self.changed.emit()
        self.committed.emit()

    def value(self) -> list[OpeningHours]:
        result: list[OpeningHours] = []
        for day in DAYS:
            for period in self.periods[day]:
                hours = period.get(day)
                if hours is not None:
                    result.append(hours)
        result += self._extra
        return result

    def set_value(self, hours: list[OpeningHours]) -> None:
        by_day: dict[int, list[OpeningHours]] = {}
        self._extra = []
        for entry in hours:
            if entry.day in DAYS and len(by_day.get(entry.day, [])) < PERIODS:
                by_day.setdefault(entry.day, []).append(entry)
            else:
                self._extra.append(entry)
        for day in DAYS:
            entries = by_day.get(day, [])
            for p, period in enumerate(self.periods[day]):
                with signals_blocked(period.box, period.opens, period.closes):
                    period.set(entries[p] if p < len(entries) else None)
                    period.box.setEnabled(p == 0 or bool(entries))
