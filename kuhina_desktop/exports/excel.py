"""Excel workbooks for the municipalities (docs/excel-workbooks.md).

`write_excel` writes one workbook per municipality and, unless the caller picked
municipalities, one regional workbook: a summary sheet (opportunities by kind ×
municipality) and a sheet per municipality. An opportunity available in several
municipalities is a row on each of their sheets.

openpyxl's write-only mode streams each sheet to a temporary file, so memory stays flat
however many rows there are; the writer uses openpyxl's public API only (styled
`WriteOnlyCell`s, `ExcelWriter`), and the hyperlinks, which openpyxl would hold in memory
until the end, are streamed into the saved file by `excel_links`. Every workbook is saved
under a temporary name in the output folder and the whole set is renamed into place at the
end: cancelled or failed, the call leaves the folder as it found it.

Excel allows 65,530 hyperlinks per sheet; past that a sheet's texts are written without
links rather than making a file Excel would "repair".
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import unicodedata
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

from kuhina_desktop.atomic_write import SHARED, StagedFiles, remove_stale, write_error
from kuhina_desktop.catalogue.published import PublishedCatalogue
from kuhina_desktop.domain.vocab import VocabEntry, load_vocabulary
from kuhina_desktop.errors import KnownError
from kuhina_desktop.exports.excel_cells import RowCells, StreamedSheet, header_cell
from kuhina_desktop.exports.excel_columns import (
    COLUMNS,
    EMAIL_COLUMN,
    ORGANISATION_COLUMN,
    Labels,
    Row,
)
from kuhina_desktop.exports.excel_links import SheetLinks, add_links
from kuhina_desktop.exports.excel_print import row_height, set_up_printing
from kuhina_desktop.exports.excel_summary import (
    Counts,
    Ordered,
    count,
    municipality_rows,
    ordered,
    write_summary,
)
from kuhina_desktop.messages import LANGUAGES, translate

if TYPE_CHECKING:  # the caller passes a Progress in; exports never import services at run time
    from kuhina_desktop.progress import Progress

REGION_SLUG = "pohjois-karjala"
CREATOR = "Kuhina"
BATCH = 500  # rows between progress steps (and so between chances to cancel)
MAX_LINKS_PER_SHEET = 65_530
_LAST_COLUMN = get_column_letter(len(COLUMNS))
_WRAPS = tuple(column.wrap for column in COLUMNS)
Links = list[tuple[StreamedSheet, SheetLinks]]  # a workbook's sheets and their links
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")
_LEGACY_PART = re.compile(r"\.kuhina-.+\.xlsx\.[a-z0-9_]{8}\.part")  # an earlier version's


class _Steps(Protocol):
    """What the export needs of a `Progress`: counting, and raising `Cancelled` in step/check."""

    def start(self, total: int, stage: str = "") -> None: ...
    def step(self, amount: int = 1) -> None: ...
    def check(self) -> None: ...


class _Quiet:
    """Progress nobody watches and nobody cancels."""

    def start(self, total: int, stage: str = "") -> None:
        pass

    def step(self, amount: int = 1) -> None:
        pass

    def check(self) -> None:
        pass


def write_excel(
    catalogue: PublishedCatalogue,
    out_dir: Path,
    *,
    municipalities: list[str] | None = None,
    language: str = "fi",
    today: date | None = None,
    progress: Progress | None = None,
) -> list[Path]:
    """Write the workbooks into `out_dir`; returns their paths (municipalities, then region).

    `municipalities` limits the output to those codes and leaves out the regional
    workbook; an unknown code is refused (KnownError `excel_unknown_municipality`).
    Raises `Cancelled` from `progress` after removing every file it started.
    """
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    vocab = load_vocabulary()
    chosen = _choose(vocab.entries("municipalities"), municipalities)
    today = today or date.today()
    order = ordered(catalogue, language, today)
    run = _Run(
        order=order,
        labels=Labels(vocab, language),
        counts=count(order, [entry.code for entry in chosen]),
        chosen=chosen,
        today=today,
        progress=progress if progress is not None else _Quiet(),
    )
    regional = municipalities is None
    run.progress.start(run.counts.rows * (2 if regional else 1), "excel")
    suffix = "" if language == "fi" else f"-{language}"
    remove_stale(out_dir, lambda path: bool(_LEGACY_PART.fullmatch(path.name)))
    staged = StagedFiles(mode=SHARED, make_folders=True)  # all renamed at the end
    done: list[Path] = []
    try:
        for entry in chosen:
            slug = ascii_slug(entry.label("fi"))
            final = out_dir / f"kuhina-{entry.code}-{slug}-{run.today}{suffix}.xlsx"
            done.append(final)
            title = translate("excel_title_municipality", language, name=entry.label(language))
            run.produce(staged.add(final), title, partial(run.municipality, entry))
        if regional:
            final = out_dir / f"kuhina-{REGION_SLUG}-{run.today}{suffix}.xlsx"
            done.append(final)
            run.produce(staged.add(final), translate("excel_title_region", language), run.region)
        run.progress.check()
        staged.commit()
    except OSError as error:  # a full disk, a read-only folder: nothing replaced
        staged.abort()
        raise write_error(error, done[-1] if done else out_dir) from None
    except BaseException:
        staged.abort()
        raise
    return done


@dataclass(frozen=True)
class _Run:
    """What the workbooks of one `write_excel` call share."""

    order: Ordered
    labels: Labels
    counts: Counts
    chosen: list[VocabEntry]
    today: date
    progress: _Steps

    @property
    def language(self) -> str:
        return self.labels.language

    def produce(self, path: Path, title: str, fill: Callable[[Workbook], Links]) -> None:
        """Fill a new workbook and save it to `path`, flushed to disk; on failure leave nothing.

        openpyxl saves it uncompressed into a scratch file in the temporary folder, and
        `add_links` copies that into `path`, compressed, with the sheets' links.
        """
        wb = _new_workbook(f"{title} {self.today}", self.language, self.today)
        handle, name = tempfile.mkstemp(prefix="kuhina-excel-", suffix=".zip")
        os.close(handle)
        plain = Path(name)
        try:
            links = fill(wb)
            _save_plain(wb, plain)
            add_links(plain, path, {ws.path.lstrip("/"): sheet_links for ws, sheet_links in links})
            with path.open("rb+") as handle_out:
                os.fsync(handle_out.fileno())
        except BaseException:
            _discard(wb)
            path.unlink(missing_ok=True)
            raise
        finally:
            plain.unlink(missing_ok=True)

    def municipality(self, entry: VocabEntry, wb: Workbook) -> Links:
        ws = wb.create_sheet(sheet_name(entry, self.language))
        rows = municipality_rows(self.order, self.labels, entry.code)
        place = entry.label(self.language)
        links = _write_rows(ws, rows, self.language, self.progress, place=place, today=self.today)
        return [(ws, links)]

    def region(self, wb: Workbook) -> Links:
        summary = wb.create_sheet(translate("excel_sheet_summary", self.language)[:31])
        write_summary(summary, self.labels, self.counts, self.chosen)
        set_up_printing(
            summary, translate("excel_title_region", self.language), self.language, self.today
        )
        return [link for entry in self.chosen for link in self.municipality(entry, wb)]


def ascii_slug(text: str) -> str:
    """`Polvijärvi` -> `Polvijarvi`: letters without accents, digits and hyphens only."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^A-Za-z0-9]+", "-", plain).strip("-") or "x"


def sheet_name(entry: VocabEntry, language: str) -> str:
    """`167 Joensuu`: code first, so sheets sort and stay unique; at most 31 characters."""
    return _SHEET_NAME_BAD.sub(" ", f"{entry.code} {entry.label(language)}")[:31]


def _choose(entries: Iterable[VocabEntry], codes: list[str] | None) -> list[VocabEntry]:
    known = {entry.code: entry for entry in entries}
    if codes is None:
        return list(known.values())
    for code in codes:
        if code not in known:
            raise KnownError("excel_unknown_municipality", municipality=code)
    wanted = set(codes)
    return [entry for entry in known.values() if entry.code in wanted]


def _new_workbook(title: str, language: str, today: date) -> Workbook:
    wb = Workbook(write_only=True)
    created = datetime.now(UTC).replace(tzinfo=None)
    if created.date() != today:
        created = datetime.combine(today, time(12))
    props = wb.properties
    props.title = title
    props.creator = CREATOR
    props.lastModifiedBy = CREATOR
    props.created = created
    props.language = language
    return wb


def _write_rows(
    ws: StreamedSheet,
    rows: Iterable[Row],
    language: str,
    progress: _Steps,
    *,
    place: str,
    today: date,
) -> SheetLinks:
    """The header and the rows of one municipality sheet, with widths, freeze, filter, row
    heights and the page set-up for printing (`excel_print`)."""
    headers = [translate(f"excel_col_{column.key}", language) for column in COLUMNS]
    widths = []
    for index, (column, header) in enumerate(zip(COLUMNS, headers, strict=True), 1):
        width = max(column.width, min(len(header) + 3, 40))
        ws.column_dimensions[get_column_letter(index)].width = width
        widths.append(width)
    ws.freeze_panes = "A2"
    set_up_printing(ws, place, language, today)
    ws.row_dimensions[1].height = row_height(headers, widths, [True] * len(headers))
    ws.append([header_cell(ws, text) for text in headers])
    del ws.row_dimensions[1]
    cells = RowCells(ws, _WRAPS)
    links = SheetLinks(MAX_LINKS_PER_SHEET)
    written = pending = 0
    for row in rows:
        line: list[Cell | None] = []
        for index, value in enumerate(row.values):
            if value is None:
                line.append(None)
            elif isinstance(value, str):
                target = None
                if index == ORGANISATION_COLUMN:
                    target = row.website
                elif index == EMAIL_COLUMN:
                    target = row.mailto
                if target is not None and not links.full:
                    links.add(written + 2, index + 1, target)
                else:
                    target = None
                line.append(cells.text(index, value, link=bool(target)))
            elif isinstance(value, date):
                line.append(cells.date(index, value))
            else:
                line.append(cells.number(index, value))
        # Room for the wrapped texts (set just before the row is streamed, dropped after).
        ws.row_dimensions[written + 2].height = row_height(row.values, widths, _WRAPS)
        ws.append(line)
        del ws.row_dimensions[written + 2]
        written += 1
        pending += 1
        if pending == BATCH:
            progress.step(pending)
            pending = 0
    if pending:
        progress.step(pending)
    progress.check()
    ws.auto_filter.ref = f"A1:{_LAST_COLUMN}{written + 1}"
    ws.close()  # writes the sheet's tail (filter, page set-up) and closes its temporary file
    return links


def _save_plain(wb: Workbook, path: Path) -> None:
    """Save `wb` to `path` as `Workbook.save` does, but uncompressed (links come after)."""
    wb.properties.modified = datetime.now(UTC).replace(tzinfo=None)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED, allowZip64=True) as archive:
        ExcelWriter(wb, archive).save()


def _discard(wb: Workbook) -> None:
    """End a workbook that will not be saved: openpyxl removes each sheet's temporary file
    once the sheet is saved, so save it where it costs nothing and keep nothing."""
    with (
        contextlib.suppress(Exception),
        tempfile.TemporaryFile() as sink,
        zipfile.ZipFile(sink, "w", zipfile.ZIP_STORED, allowZip64=True) as archive,
    ):
        ExcelWriter(wb, archive).save()
