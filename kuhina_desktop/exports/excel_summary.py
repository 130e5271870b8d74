"""The order of rows and the regional summary sheet (opportunities by kind × municipality).

An opportunity available in several municipalities is counted in each of them, so the
municipality columns add up to the rows of the municipality sheets; the total column counts
each opportunity once, and a note under the table says so.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from openpyxl.utils import get_column_letter

from kuhina_desktop.catalogue.published import PublishedCatalogue, PublishedOrganisation
from kuhina_desktop.domain.checked import has_ended
from kuhina_desktop.domain.model import Opportunity
from kuhina_desktop.domain.vocab import VocabEntry
from kuhina_desktop.exports.excel_cells import StreamedSheet, header_cell, number_cell, text_cell
from kuhina_desktop.exports.excel_columns import Labels, OrgRows, Row
from kuhina_desktop.messages import translate

Ordered = list[tuple[PublishedOrganisation, list[Opportunity]]]
_NORDIC = str.maketrans({"å": "z\x01", "ä": "z\x02", "æ": "z\x02", "ö": "z\x03", "ø": "z\x03"})


def sort_key(text: str) -> str:
    """Case-blind key that puts å, ä, ö after z, as Finnish and Swedish readers expect."""
    return text.casefold().translate(_NORDIC)


def ordered(catalogue: PublishedCatalogue, language: str, today: date | None = None) -> Ordered:
    """Organisations by name, each one's opportunities by title (ids break ties); with
    `today`, offers whose end date has passed are left out (they stay in the catalogue and
    its open data, but a municipality's workbook lists what is on offer)."""
    orgs = sorted(
        catalogue.organisations,
        key=lambda o: (sort_key(o.organisation.name.best(language)), o.organisation.id),
    )
    return [
        (
            org,
            sorted(
                (o for o in org.opportunities if today is None or not has_ended(o, today)),
                key=lambda p: (sort_key(p.title.best(language)), p.id),
            ),
        )
        for org in orgs
    ]


def municipality_rows(order: Ordered, labels: Labels, code: str) -> Iterator[Row]:
    """The rows of one municipality's sheet, in order."""
    for published, opportunities in order:
        builder: OrgRows | None = None
        for opp in opportunities:
            if code in opp.municipalities:
                if builder is None:
                    builder = OrgRows(published, labels)
                yield builder.row(opp)


@dataclass
class Counts:
    by_kind_and_municipality: Counter[tuple[str, str]] = field(default_factory=Counter)
    by_kind: Counter[str] = field(default_factory=Counter)  # each opportunity once
    by_municipality: Counter[str] = field(default_factory=Counter)  # = rows of its sheet

    @property
    def rows(self) -> int:
        return sum(self.by_municipality.values())

    @property
    def opportunities(self) -> int:
        return sum(self.by_kind.values())


def count(order: Ordered, codes: list[str]) -> Counts:
    wanted = set(codes)
    counts = Counts()
    for _org, opportunities in order:
        for opp in opportunities:
            here = wanted.intersection(opp.municipalities)
            if not here:
                continue
            counts.by_kind[opp.kind] += 1
            for code in here:
                counts.by_municipality[code] += 1
                counts.by_kind_and_municipality[opp.kind, code] += 1
    return counts


def write_summary(
    ws: StreamedSheet,
    labels: Labels,
    counts: Counts,
    municipalities: list[VocabEntry],
) -> None:
    """The summary sheet; every kind of the code list has a row, zero or not."""
    language = labels.language
    kinds = labels.vocab.codes("kinds")
    kinds += sorted(set(counts.by_kind) - set(kinds))  # codes the code list does not know
    ws.column_dimensions["A"].width = 34
    for index in range(2, len(municipalities) + 3):
        ws.column_dimensions[get_column_letter(index)].width = 13
    ws.freeze_panes = "B2"
    header = [translate("excel_summary_kind", language)]
    header += [entry.label(language) for entry in municipalities]
    header.append(translate("excel_summary_total", language))
    ws.append([header_cell(ws, text) for text in header])
    for kind in kinds:
        values = [counts.by_kind_and_municipality[kind, e.code] for e in municipalities]
        ws.append(
            [text_cell(ws, labels.label("kinds", kind), wrap=True)]
            + [number_cell(ws, value) for value in [*values, counts.by_kind[kind]]]
        )
    totals = [counts.by_municipality[e.code] for e in municipalities]
    ws.append(
        [header_cell(ws, translate("excel_summary_total", language))]
        + [number_cell(ws, value) for value in [*totals, counts.opportunities]]
    )
    ws.append([])
    ws.append([text_cell(ws, translate("excel_summary_note", language))])
