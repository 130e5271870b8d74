"""The table models of the association's lists: coaching environments and opportunities.

Each row shows a record in the interface language, and a "Check" column saying in words
(not only colour) whether the record has problems or is due for review. The models take
a `problems` function so they know nothing of where validation gets its references.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, Qt

from kuhina_desktop.domain.checks import Problem, parse_date
from kuhina_desktop.domain.model import Environment, Opportunity
from kuhina_desktop.domain.vocab import Vocabulary
from kuhina_desktop.services.receipt_standing import RecordStanding, Standings
from kuhina_desktop.ui.association.receipt_texts import standing_header, standing_label
from kuhina_desktop.ui.association.review_due import review_due
from kuhina_desktop.ui.i18n import current_language
from kuhina_desktop.ui.noop import QT_TRANSLATE_NOOP
from kuhina_desktop.ui.widgets.table_model import RecordTableModel

ProblemsOf = Callable[[Any], list[Problem]]


def short_date(iso: str | None) -> str:
    """A `YYYY-MM-DD` (or timestamp) in the interface language's short date format."""
    day = parse_date(iso[:10]) if iso else None
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def status_label(status: str) -> str:
    return QCoreApplication.translate("Statuses", STATUS_TEXTS.get(status, status))


STATUS_TEXTS = {
    "draft": QT_TRANSLATE_NOOP("Statuses", "Draft"),
    "published": QT_TRANSLATE_NOOP("Statuses", "Published"),
    "paused": QT_TRANSLATE_NOOP("Statuses", "Paused"),
    "closed": QT_TRANSLATE_NOOP("Statuses", "Closed"),
}


def capitalised(text: str) -> str:
    """A code-list label as an item of a list or menu: "työkokeilu" -> "Työkokeilu"."""
    return text[:1].upper() + text[1:]


def untitled() -> str:
    return QCoreApplication.translate("Check", "(no name yet)")


def problems_text(count: int) -> str:
    if count == 0:
        return QCoreApplication.translate("Check", "OK")
    return QCoreApplication.translate("Check", "%n problem(s)", "", count)


class _CheckedModel(RecordTableModel):
    STANDING = -1  # the column of the record's standing in the catalogue (from receipts)

    def __init__(self, vocab: Vocabulary, problems: ProblemsOf, parent: QObject | None = None):
        super().__init__(parent)
        self.vocab = vocab
        self._problems_of = problems
        self._problems: dict[str, list[Problem]] = {}
        self._standings: Standings | None = None

    def set_standings(self, standings: Standings | None) -> None:
        """Each record's standing in the regional catalogue, from the applied receipts."""
        self._standings = standings
        self.refresh_all()

    def standing(self, record: Any) -> RecordStanding | None:
        return self._standings.of(record.id) if self._standings else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if (
            section == self.STANDING
            and orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return standing_header()
        return super().headerData(section, orientation, role)

    def problems(self, record: Any) -> list[Problem]:
        cached = self._problems.get(record.id)
        if cached is None:
            cached = self._problems_of(record)
            self._problems[record.id] = cached
        return cached

    def set_records(self, records: Any) -> None:
        self._problems.clear()
        super().set_records(records)

    def upsert(self, record: Any) -> None:
        self._problems.pop(record.id, None)
        super().upsert(record)

    def recheck(self) -> None:
        """Run validation again for every row (references may have changed)."""
        self._problems.clear()
        self.refresh_all()


class EnvironmentTableModel(_CheckedModel):
    NAME, STANDING, CHECK, MUNICIPALITY, WORK_AREAS, UPDATED = range(6)
    COLUMNS = ("name", "standing", "check", "municipality", "work_areas", "updated")
    PRIORITY = (NAME, CHECK, STANDING, MUNICIPALITY, WORK_AREAS, UPDATED)
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Name"),
        "In the catalogue",  # headerData: a message code (receipt_column_standing)
        QT_TRANSLATE_NOOP("Columns", "Check"),
        QT_TRANSLATE_NOOP("Columns", "Municipality"),
        QT_TRANSLATE_NOOP("Columns", "Kinds of work"),
        QT_TRANSLATE_NOOP("Columns", "Changed"),
    )
    FILTERS = (
        ("all", QT_TRANSLATE_NOOP("Filters", "All")),
        ("problems", QT_TRANSLATE_NOOP("Filters", "With problems")),
    )

    def cell(self, record: Environment, column: int) -> str:
        lang = current_language()
        if column == self.NAME:
            return record.name.best(lang) or untitled()
        if column == self.MUNICIPALITY:
            code = record.address.municipality
            return self.vocab.label("municipalities", code, lang) if code else ""
        if column == self.WORK_AREAS:
            return capitalised(
                ", ".join(self.vocab.label("work_areas", c, lang) for c in record.work_areas)
            )
        if column == self.UPDATED:
            return short_date(record.updated_at)
        if column == self.CHECK:
            return problems_text(len(self.problems(record)))
        if column == self.STANDING:
            return standing_label(self.standing(record))
        return ""

    def sort_key(self, record: Environment, column: int) -> Any:
        if column == self.UPDATED:
            return record.updated_at
        if column == self.CHECK:
            return len(self.problems(record))
        return super().sort_key(record, column)

    def search_text(self, record: Environment) -> str:
        names = [record.name.fi, record.name.sv or "", record.name.en or ""]
        address = record.address
        extra = [address.street or "", address.post_office or ""]
        return " ".join([super().search_text(record), *names, *extra]).casefold()

    def matches(self, record: Environment, filter_key: str) -> bool:
        if filter_key == "problems":
            return bool(self.problems(record))
        return True


class OpportunityTableModel(_CheckedModel):
    TITLE, STATUS, STANDING, CHECK, KIND, MUNICIPALITIES, PLACES, UPDATED = range(8)
    COLUMNS = (
        "title", "status", "standing", "check", "kind", "municipalities", "places", "updated"
    )  # fmt: skip
    PRIORITY = (TITLE, STATUS, CHECK, STANDING, KIND, MUNICIPALITIES, PLACES, UPDATED)
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Title"),
        QT_TRANSLATE_NOOP("Columns", "Status"),
        "In the catalogue",  # headerData: a message code (receipt_column_standing)
        QT_TRANSLATE_NOOP("Columns", "Check"),
        QT_TRANSLATE_NOOP("Columns", "Kind"),
        QT_TRANSLATE_NOOP("Columns", "Municipalities"),
        QT_TRANSLATE_NOOP("Columns", "Free places"),
        QT_TRANSLATE_NOOP("Columns", "Changed"),
    )
    FILTERS = (
        ("all", QT_TRANSLATE_NOOP("Filters", "All")),
        ("draft", QT_TRANSLATE_NOOP("Filters", "Drafts")),
        ("published", QT_TRANSLATE_NOOP("Filters", "Published")),
        ("paused", QT_TRANSLATE_NOOP("Filters", "Paused")),
        ("closed", QT_TRANSLATE_NOOP("Filters", "Closed")),
        ("problems", QT_TRANSLATE_NOOP("Filters", "With problems")),
        ("review", QT_TRANSLATE_NOOP("Filters", "Due for review")),
    )

    def cell(self, record: Opportunity, column: int) -> str:
        lang = current_language()
        if column == self.TITLE:
            return record.title.best(lang) or untitled()
        if column == self.KIND:
            return capitalised(self.vocab.label("kinds", record.kind, lang)) if record.kind else ""
        if column == self.STATUS:
            return status_label(record.status)
        if column == self.MUNICIPALITIES:
            return self.municipalities_text(record.municipalities, lang)
        if column == self.PLACES:
            return "" if record.places is None else str(record.places)
        if column == self.UPDATED:
            return short_date(record.updated_at)
        if column == self.CHECK:
            count = len(self.problems(record))
            if count == 0 and review_due(record):
                return QCoreApplication.translate("Check", "Due for review")
            return problems_text(count)
        if column == self.STANDING:
            return standing_label(self.standing(record))
        return ""

    def municipalities_text(self, codes: list[str], lang: str) -> str:
        everything = self.vocab.codes("municipalities")
        if codes and set(everything) <= set(codes):
            return QCoreApplication.translate("Check", "Whole region")
        return ", ".join(self.vocab.label("municipalities", c, lang) for c in codes)

    def sort_key(self, record: Opportunity, column: int) -> Any:
        if column == self.PLACES:
            return -1 if record.places is None else record.places
        if column == self.UPDATED:
            return record.updated_at
        if column == self.STATUS:
            return STATUS_ORDER.get(record.status, 9)
        if column == self.CHECK:
            return len(self.problems(record)) * 2 + int(review_due(record))
        return super().sort_key(record, column)

    def search_text(self, record: Opportunity) -> str:
        titles = [record.title.fi, record.title.sv or "", record.title.en or ""]
        return " ".join([super().search_text(record), *titles, record.description.fi]).casefold()

    def matches(self, record: Opportunity, filter_key: str) -> bool:
        if filter_key in STATUS_ORDER:
            return record.status == filter_key
        if filter_key == "problems":
            return bool(self.problems(record))
        if filter_key == "review":
            return review_due(record)
        return True


STATUS_ORDER = {"draft": 0, "published": 1, "paused": 2, "closed": 3}
