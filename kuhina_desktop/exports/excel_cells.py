"""Safe cells for the Excel workbooks: untrusted text never becomes a formula or breaks XML.

Every text in a workbook comes from an association's package. openpyxl turns a string that
starts with `=` into a formula and a string such as `#N/A` into an error value, and Excel or
LibreOffice evaluate a cell starting with `=`, `+`, `-` or `@` once someone edits it. So a
text that starts with one of those (or with tab, CR or NUL) is written as an explicit text
cell with the `quotePrefix` style flag: the cell shows the text as typed and stays text, and
no apostrophe is added to the data (TECH-NOTES, "Excel").

Characters that XML 1.0 cannot carry (C0 controls other than tab, LF and CR, lone
surrogates, U+FFFE, U+FFFF) are replaced by U+FFFD instead of crashing the export.

Cells are made with openpyxl's public API only (`WriteOnlyCell`, its style attributes,
`value` and `data_type`), so any openpyxl 3.1 or later serves.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any, Protocol
from urllib.parse import urlsplit

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.styles import Alignment, Font, PatternFill

FORMULA_STARTS = frozenset("=+-@\t\r\x00")
REPLACEMENT = "\ufffd"
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_EMAIL = re.compile(r"[A-Za-z0-9.!#$'*+/=^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?")
_BARE_HOST = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?:[/?#]|$)")
_URL_BAD = re.compile(r"[\s\"<>\\^`{|}\x00-\x1f\x7f]")
MAX_LINK = 2000  # Excel refuses longer hyperlink targets (its limit is 2,079 characters)
MAX_TEXT = 32_767  # characters in a cell, Excel's limit
DATE_FORMAT = "d.m.yyyy"  # a Finnish date; the cell stays a real date
HEADER_FILL = "DDE6F0"
LINK_COLOUR = "0563C1"


class StreamedSheet(Protocol):
    """What the export uses of a write-only worksheet (`Workbook(write_only=True).create_sheet`);
    openpyxl ships no type hints, so this names them."""

    column_dimensions: Any
    row_dimensions: Any
    freeze_panes: Any
    print_title_rows: Any
    page_setup: Any
    sheet_properties: Any
    auto_filter: Any

    @property
    def path(self) -> str: ...  # the sheet's part in the saved file, "/xl/worksheets/..."

    @property
    def closed(self) -> bool: ...

    def append(self, row: Iterable[Any]) -> None: ...
    def close(self) -> None: ...


# The looks a cell can have, as bits: a text that links, a text behind the formula guard.
LINK, QUOTE = 1, 2


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


def styled_cell(
    sheet: StreamedSheet,
    *,
    wrap: bool = False,
    date: bool = False,
    link: bool = False,
    quote: bool = False,
    header: bool = False,
) -> Cell:
    """An empty cell of `sheet` with a look: `wrap` (wrapped), `date` (d.m.yyyy), `link`
    (link colour, underlined), `quote` (the quotePrefix text guard), `header` (bold on a
    light fill). Every cell is top-aligned, so a row of wrapped texts reads from the top.

    The workbook registers each distinct font, fill and alignment once, however many cells
    use it.
    """
    cell = WriteOnlyCell(sheet)
    cell.alignment = Alignment(wrap_text=wrap or header, vertical="top")
    if header:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
    elif link:
        cell.font = Font(color=LINK_COLOUR, underline="single")
    if date:
        cell.number_format = DATE_FORMAT
    if quote:
        cell.quotePrefix = True
    return cell


def set_text(cell: Cell, value: str) -> Cell:
    """Give `cell` the text `value`, cleaned and cut to Excel's length; it stays text.

    openpyxl guesses a formula from a leading `=` and an error from `#N/A`; the explicit
    `data_type` undoes that guess, so the cell holds the text as it is.
    """
    cell.value = clean_text(value)[:MAX_TEXT]
    cell.data_type = "s"
    return cell


def text_cell(sheet: StreamedSheet, value: str, *, wrap: bool = False) -> Cell:
    """A text cell that stays text whatever `value` holds."""
    value = clean_text(value)
    return set_text(styled_cell(sheet, wrap=wrap, quote=needs_text_guard(value)), value)


def header_cell(sheet: StreamedSheet, value: str) -> Cell:
    return set_text(styled_cell(sheet, header=True), value)


def number_cell(sheet: StreamedSheet, value: int | float) -> Cell:
    cell = styled_cell(sheet)
    cell.value = value
    return cell


class RowCells:
    """The cells of a streamed sheet's rows: one per column and look, refilled for every row.

    openpyxl's write-only `append` writes a row out before it returns, so a row's cells can
    be filled again for the next one; styling a cell once per look instead of once per row
    is what keeps a big sheet near the speed of unstyled values. (The read-back tests would
    show repeated values if a later openpyxl held rows back.)
    """

    def __init__(self, sheet: StreamedSheet, wraps: tuple[bool, ...]) -> None:
        self.sheet = sheet
        self.wraps = wraps
        self._cells: list[list[Cell | None]] = [[None] * 4 for _ in wraps]
        self._dates: list[Cell | None] = [None] * len(wraps)
        self._numbers: list[Cell | None] = [None] * len(wraps)

    def text(self, index: int, value: str, *, link: bool) -> Cell:
        """`link` only gives the cell the look of a link; `SheetLinks` holds the target."""
        value = clean_text(value)
        look = (LINK if link else 0) | (QUOTE if needs_text_guard(value) else 0)
        cell = self._cells[index][look]
        if cell is None:
            cell = self._cells[index][look] = styled_cell(
                self.sheet, wrap=self.wraps[index], link=link, quote=bool(look & QUOTE)
            )
        cell.value = value[:MAX_TEXT]
        cell.data_type = "s"  # never "f" (formula) or "e" (error), whatever the text
        return cell

    def date(self, index: int, value: date) -> Cell:
        cell = self._dates[index]
        if cell is None:
            cell = self._dates[index] = styled_cell(self.sheet, date=True)
        cell.value = value
        return cell

    def number(self, index: int, value: int | float) -> Cell:
        cell = self._numbers[index]
        if cell is None:
            cell = self._numbers[index] = styled_cell(self.sheet)
        cell.value = value
        return cell
