"""The municipal workbooks made to print, with openpyxl's public API only.

A municipal employment service prints its sheet and files it, so every sheet is set up
for that: A4 landscape, scaled to the page width with the rows flowing onto as many pages
as they need (`fitToWidth` 1, `fitToHeight` 0), the header row repeated on every page
(`print_title_rows`), the municipality's name and the date in the page header and "page
N of M" in the footer (`oddHeader`, `oddFooter`; Excel's and LibreOffice's `&P`/`&N`
fields), and narrow margins.

Wrapped texts need row heights: Excel computes them when a file is opened only for rows
without one, and LibreOffice does not for a streamed sheet, so wrapped cells overlapped the
next row. `row_height` estimates the lines each wrapped cell takes in its column (words
laid out greedily, as the programs do) and gives the row room for its tallest cell.

Dates show as Finnish dates (`d.m.yyyy`, still real date cells) and phone numbers in the
national readable form (`044 6422817`), as text.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from typing import Any

import phonenumbers

from kuhina_desktop.messages import translate

PAPER_A4 = "9"  # the OOXML paperSize code of A4 (openpyxl's Worksheet.PAPERSIZE_A4)
DATE_FORMAT = "d.m.yyyy"
LINE_HEIGHT = 15.0  # points per line of the default 11 pt font
PADDING = 2.0  # points above and below the text
MAX_ROW_HEIGHT = 409.0  # Excel's largest row height
CHARACTER_SHARE = 0.95  # how much of a column's width in "0" characters a text line fills


def set_up_printing(sheet: Any, place: str, language: str, today: date) -> None:
    """Page set-up of one sheet: A4 landscape, fit to width, title row, header and footer.

    `place` names the municipality (or the region) in the page header.
    """
    setup = sheet.page_setup
    setup.paperSize = PAPER_A4
    setup.orientation = "landscape"
    setup.fitToWidth = 1
    setup.fitToHeight = 0  # as many pages down as the rows need
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    margins = sheet.page_margins
    margins.left = margins.right = 0.4
    margins.top = margins.bottom = 0.6
    margins.header = margins.footer = 0.25
    header = sheet.oddHeader
    header.left.text = _escape(place)
    header.left.size = 12
    header.left.font = "Calibri,Bold"
    header.right.text = _escape(
        translate("excel_print_date", language, date=f"{today.day}.{today.month}.{today.year}")
    )
    sheet.oddFooter.center.text = _escape(
        translate("excel_print_page", language, page="\x00P", pages="\x00N")
    ).replace("\x00", "&")
    sheet.oddFooter.left.text = "Kuhina"


def _escape(text: str) -> str:
    """A header or footer text as is: `&` starts a field code there, so it is doubled."""
    return text.replace("&", "&&")


@lru_cache(maxsize=65536)
def lines_needed(text: str, width: float) -> int:
    """How many lines `text` wraps to in a column `width` characters wide."""
    per_line = max(1, int(width * CHARACTER_SHARE) - 1)
    total = 0
    for paragraph in text.split("\n"):
        used = 0
        lines = 1
        for word in paragraph.split():
            length = len(word)
            if length > per_line:  # a word longer than the column is broken anywhere
                lines += math.ceil((used + length) / per_line) - 1
                used = (used + length) % per_line
                continue
            need = length if used == 0 else used + 1 + length
            if need > per_line:
                lines += 1
                used = length
            else:
                used = need
        total += lines
    return total


def row_height(values: Sequence[Any], widths: Sequence[float], wraps: Sequence[bool]) -> float:
    """Points a row needs so its tallest wrapped text shows whole."""
    lines = 1
    for value, width, wrap in zip(values, widths, wraps, strict=False):
        if wrap and isinstance(value, str) and value:
            lines = max(lines, lines_needed(value, width))
    return min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + PADDING)


@lru_cache(maxsize=16384)
def national_phone(text: str) -> str:
    """A Finnish number in the national readable form (`+358446422817` → `044 6422817`);
    a foreign number in the international form; anything else as it was."""
    value = text.strip()
    try:
        number = phonenumbers.parse(value, "FI")
    except phonenumbers.NumberParseException:
        return value
    if not phonenumbers.is_possible_number(number):
        return value
    if number.country_code == 358:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
