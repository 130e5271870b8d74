"""Safe cells for the Excel workbooks: untrusted text never becomes a formula or breaks XML.

Every text in a workbook comes from an association's package. openpyxl turns a string that
starts with `=` into a formula and a string such as `#N/A` into an error value, and Excel or
LibreOffice evaluate a cell starting with `=`, `+`, `-` or `@` once someone edits it. So a
text that starts with one of those (or with tab, CR or NUL) is written as an explicit text
cell with the `quotePrefix` style flag: the cell shows the text as typed and stays text, and
no apostrophe is added to the data (TECH-NOTES, "Excel").

Characters that XML 1.0 cannot carry (C0 controls other than tab, LF and CR, lone
surrogates, U+FFFE, U+FFFF) are replaced by U+FFFD instead of crashing the export.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from urllib.parse import urlsplit

from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

FORMULA_STARTS = frozenset("=+-@\t\r\x00")
REPLACEMENT = "\ufffd"
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_EMAIL = re.compile(r"[A-Za-z0-9.!#$'*+/=^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?")
_BARE_HOST = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?:[/?#]|$)")
_URL_BAD = re.compile(r"[\s\"<>\\^`{|}\x00-\x1f\x7f]")
MAX_LINK = 2000  # Excel refuses longer hyperlink targets (its limit is 2,079 characters)
MAX_TEXT = 32_767  # characters in a cell, Excel's limit
DATE_FORMAT = "yyyy-mm-dd"
HEADER_FILL = "DDE6F0"
LINK_COLOUR = "0563C1"


def clean_text(value: str) -> str:
    """`value` with every character XML cannot hold replaced by U+FFFD."""
    if _ILLEGAL_XML.search(value):
        return _ILLEGAL_XML.sub(REPLACEMENT, value)
    return value


def needs_text_guard(value: str) -> bool:
    """Whether a spreadsheet could read `value` as a formula or an error value."""
    return (value[:1] in FORMULA_STARTS) or value in ERROR_CODES


def mailto_link(email: str | None) -> str | None:
    """`mailto:` target for a plain address, or None when it is not one (no query, no spaces)."""
    if not email:
        return None
    address = email.strip()
    if len(address) > MAX_LINK - 7 or not _EMAIL.fullmatch(address):
        return None
    return "mailto:" + address


def web_link(url: str | None) -> str | None:
    """An http(s) target for a website, `https://` added to a bare host; None otherwise."""
    if not url:
        return None
    candidate = url.strip()
    if _BARE_HOST.match(candidate):
        candidate = "https://" + candidate
    if len(candidate) > MAX_LINK or _URL_BAD.search(candidate):
        return None
    try:
        parts = urlsplit(candidate)
        parts.port  # noqa: B018 -- raises ValueError on a port that is not a number
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return candidate


class CellMaker:
    """Makes the cells of one workbook's sheets; styles are registered once per workbook.

    A style is a combination of flags: `wrap` (wrapped, top-aligned), `date`
    (yyyy-mm-dd), `link` (link colour, underlined), `quote` (the quotePrefix text guard),
    `header` (bold on a light fill). Data cells are top-aligned so a row of wrapped texts
    reads from the top.
    """

    def __init__(self, workbook: Workbook) -> None:
        self._scratch = workbook.create_sheet("scratch")
        self._styles: dict[tuple[bool, bool, bool, bool, bool], StyleArray] = {}
        workbook.remove(self._scratch)

    def style(
        self,
        *,
        wrap: bool = False,
        date: bool = False,
        link: bool = False,
        quote: bool = False,
        header: bool = False,
    ) -> StyleArray:
        key = (wrap, date, link, quote, header)
        found = self._styles.get(key)
        if found is None:
            found = self._styles[key] = self._make_style(*key)
        return found

    def _make_style(
        self, wrap: bool, is_date: bool, link: bool, quote: bool, header: bool
    ) -> StyleArray:
        cell = Cell(self._scratch, row=1, column=1)
        cell.alignment = Alignment(wrap_text=wrap or header, vertical="top")
        if header:
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        elif link:
            cell.font = Font(color=LINK_COLOUR, underline="single")
        if is_date:
            cell.number_format = DATE_FORMAT
        if quote:
            cell.quotePrefix = True
        return StyleArray(cell._style)

    def text(self, sheet: WriteOnlyWorksheet, value: str, *, wrap: bool = False) -> Cell:
        """A text cell that stays text whatever `value` holds."""
        return self.fill_text(Cell(sheet, row=1, column=1), value, wrap=wrap, link=False)

    # The fill_* methods set the value and type directly rather than through `Cell.value`,
    # whose type guessing is what turns "=..." into a formula; it is also the slow part.

    def fill_text(self, cell: Cell, value: str, *, wrap: bool, link: bool) -> Cell:
        """`link` only gives the cell the look of a link; `SheetLinks` holds the target."""
        value = clean_text(value)[:MAX_TEXT]
        cell._style = self.style(wrap=wrap, link=link, quote=needs_text_guard(value))
        cell._value = value
        cell.data_type = "s"  # never "f" (formula) or "e" (error), whatever the text
        return cell

    def fill_date(self, cell: Cell, value: date) -> Cell:
        cell._style = self.style(date=True)
        cell._value = value
        cell.data_type = "d"
        return cell

    def fill_number(self, cell: Cell, value: int | float) -> Cell:
        cell._style = self.style()
        cell._value = value
        cell.data_type = "n"
        return cell

    def number(self, sheet: WriteOnlyWorksheet, value: int | float) -> Cell:
        return self.fill_number(Cell(sheet, row=1, column=1), value)

    def header(self, sheet: WriteOnlyWorksheet, value: str) -> Cell:
        cell = Cell(sheet, row=1, column=1)
        cell._style = self.style(header=True)
        cell.value = clean_text(value)
        cell.data_type = "s"
        return cell


def stream_cells(sheet: WriteOnlyWorksheet) -> None:
    """Make `sheet.append` take rows of ready cells (or None) and pass them straight through.

    openpyxl's write-only `append` first tries every Cell as a plain value and fails (an
    exception and a repr per cell); it also serialises a row before `append` returns, so
    the cells of a row can be refilled for the next one (`RowCells`). Together these halve
    the time of a big sheet. This replaces openpyxl 3.1's `_values_to_row` for this sheet
    only; the read-back tests fail if a later openpyxl changes what it must do.
    """

    def cells_as_given(cells: list[Cell | None], row_index: int) -> Iterator[Cell]:
        for column, cell in enumerate(cells, 1):
            if cell is None:
                continue
            cell.column = column
            cell.row = row_index
            yield cell

    sheet._values_to_row = cells_as_given


class RowCells:
    """One cell per column of a streamed sheet, refilled for every row."""

    def __init__(self, sheet: WriteOnlyWorksheet, maker: CellMaker, columns: int) -> None:
        self.maker = maker
        self.cells = [Cell(sheet, row=1, column=index) for index in range(1, columns + 1)]

    def text(self, index: int, value: str, *, wrap: bool, link: bool) -> Cell:
        return self.maker.fill_text(self.cells[index], value, wrap=wrap, link=link)

    def date(self, index: int, value: date) -> Cell:
        return self.maker.fill_date(self.cells[index], value)

    def number(self, index: int, value: int | float) -> Cell:
        return self.maker.fill_number(self.cells[index], value)
