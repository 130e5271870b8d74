"""The hyperlinks of the streamed sheets, held compactly and written into the saved file.

openpyxl's own links (`cell.hyperlink`) keep a `Hyperlink` and a `Relationship` object per
link until the workbook is saved, even in write-only mode, and then build each sheet's
`<hyperlinks>` element and relationships part as whole XML trees: about 2.3 kB a link, so a
regional workbook with Excel's limit of 65,530 links on a sheet needs well over 150 MB.
Here a link costs 12 bytes (its cell and the number of its target, each distinct target
kept once). openpyxl saves the workbook without links into an uncompressed package, and
`add_links` copies that package into the final, compressed file, streaming each sheet's
`<hyperlinks>` element into its place in the sheet and its relationships part (one
relationship per link, `rId1`... in link order, as Excel writes them) beside it. Memory
stays flat, and the package is compressed once, as openpyxl would have done.

Only the standard library's `zipfile` and the part names of the Office Open XML format are
used; the sheet parts are found by `Worksheet.path`, openpyxl's public name for them.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from array import array
from collections.abc import Mapping
from pathlib import Path
from typing import IO
from xml.sax.saxutils import quoteattr

from openpyxl.utils import get_column_letter

REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
HYPERLINK_TYPE = f"{REL_NS}/hyperlink"
_COLUMNS = 1 << 14  # Excel's 16,384 columns
_LINES = 2_000  # elements per write
_BLOCK = 1 << 20  # bytes per read when copying a part
_SHEET_DATA_END = b"</sheetData>"
# What may follow <hyperlinks> in a worksheet (ECMA-376 part 1, CT_Worksheet), and its end.
_AFTER_HYPERLINKS = re.compile(
    rb"<(?:printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks"
    rb"|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing"
    rb"|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts"
    rb"|extLst)[\s/>]|</worksheet>"
)
_BIG_PART = 1 << 30  # parts that may pass the 4 GiB of plain ZIP get ZIP64 headers


class SheetLinks:
    """Links of one sheet: `add(row, column, target)` while its rows are written."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._cells = array("Q")  # row * 16384 + column - 1
        self._links = array("I")  # number of the link's target in _targets
        self._numbers: dict[str, int] = {}
        self._targets: list[str] = []

    def __len__(self) -> int:
        return len(self._cells)

    @property
    def full(self) -> bool:
        return len(self._cells) >= self.limit

    def add(self, row: int, column: int, target: str) -> None:
        """Link cell (row, column), both from 1, to `target`, a checked http(s) or mailto URL."""
        if self.full:
            return
        number = self._numbers.get(target)
        if number is None:
            number = self._numbers[target] = len(self._targets)
            self._targets.append(target)
        self._cells.append(row * _COLUMNS + column - 1)
        self._links.append(number)

    def write_element(self, out: IO[bytes]) -> None:
        """The sheet's `<hyperlinks>` element, link n pointing at relationship `rId<n>`."""
        out.write(f'<hyperlinks xmlns:r="{REL_NS}">'.encode())
        lines: list[str] = []
        for offset, cell in enumerate(self._cells, 1):
            row, column = divmod(cell, _COLUMNS)
            lines.append(
                f'<hyperlink ref="{get_column_letter(column + 1)}{row}" r:id="rId{offset}"/>'
            )
            if len(lines) == _LINES:
                out.write("".join(lines).encode())
                lines.clear()
        out.write(("".join(lines) + "</hyperlinks>").encode())

    def write_relationships(self, out: IO[bytes]) -> None:
        """The sheet's relationships part: `rId1`... in link order, each an external target."""
        out.write(f'<Relationships xmlns="{PKG_REL_NS}">'.encode())
        lines: list[str] = []
        for offset, number in enumerate(self._links, 1):
            target = quoteattr(self._targets[number])
            lines.append(
                f'<Relationship Id="rId{offset}" Type="{HYPERLINK_TYPE}" '
                f'Target={target} TargetMode="External"/>'
            )
            if len(lines) == _LINES:
                out.write("".join(lines).encode())
                lines.clear()
        out.write(("".join(lines) + "</Relationships>").encode())


def rels_name(part: str) -> str:
    """`xl/worksheets/sheet1.xml` -> `xl/worksheets/_rels/sheet1.xml.rels` (OPC part 2, 9.3)."""
    folder, _, name = part.rpartition("/")
    return f"{folder}/_rels/{name}.rels" if folder else f"_rels/{name}.rels"


def add_links(plain: Path, target: Path, links: Mapping[str, SheetLinks]) -> None:
    """Copy the package `plain` into `target`, compressed, with the links of each sheet.

    `links` maps a sheet's part name (`xl/worksheets/sheet1.xml`) to its links. Raises
    RuntimeError if a linked sheet already has links or relationships of its own (the
    relationship ids would clash).
    """
    linked = {name: sheet for name, sheet in links.items() if len(sheet)}
    with (
        zipfile.ZipFile(plain) as source,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as out,
    ):
        names = set(source.namelist())
        for name in linked:
            if name not in names or rels_name(name) in names:
                raise RuntimeError(f"cannot link {name}: missing, or related to other parts")
        for info in source.infolist():
            copy = zipfile.ZipInfo(info.filename, info.date_time)
            copy.compress_type = zipfile.ZIP_DEFLATED
            copy.external_attr = info.external_attr
            big = info.file_size > _BIG_PART
            with source.open(info) as part, out.open(copy, "w", force_zip64=big) as written:
                sheet = linked.get(info.filename)
                if sheet is None:
                    shutil.copyfileobj(part, written, _BLOCK)
                else:
                    _copy_with_links(part, written, sheet)
        for name, sheet in linked.items():
            info = zipfile.ZipInfo(rels_name(name), source.getinfo(name).date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            with out.open(info, "w") as written:
                sheet.write_relationships(written)


def _copy_with_links(part: IO[bytes], out: IO[bytes], sheet: SheetLinks) -> None:
    """Copy a worksheet part, its `<hyperlinks>` element put where the format wants it.

    Cell texts are escaped, so `</sheetData>` occurs once, as the end of the rows; what
    follows it is the sheet's short tail (filter, margins, page set-up).
    """
    keep = len(_SHEET_DATA_END) - 1
    carry = b""
    while True:
        block = part.read(_BLOCK)
        if not block:
            raise RuntimeError("worksheet without </sheetData>")
        data = carry + block
        end = data.find(_SHEET_DATA_END)
        if end >= 0:
            cut = end + len(_SHEET_DATA_END)
            out.write(data[:cut])
            tail = data[cut:] + part.read()
            break
        out.write(data[:-keep])
        carry = data[-keep:]
    place = _AFTER_HYPERLINKS.search(tail)
    if place is None or b"<hyperlinks" in tail:
        raise RuntimeError("worksheet tail not as expected")
    out.write(tail[: place.start()])
    sheet.write_element(out)
    out.write(tail[place.start() :])
