"""The hyperlinks of a streamed sheet, held compactly and written as streams.

openpyxl keeps a `Hyperlink` and a `Relationship` object per link (about 650 bytes) until the
workbook is saved, even in write-only mode, and then builds the sheet's relationships part
as one XML tree (about 1.3 kB a link): a sheet at Excel's limit of 65,530 links needs some
130 MB for it. Here a link costs 12 bytes (its cell and the number of its target, each
distinct target kept once); the sheet's `<hyperlinks>` element is streamed when the sheet
closes, and its relationships part (one relationship per link, as Excel writes them) is
streamed into the saved file afterwards, so the memory of an export stays flat.

`SheetLinks.attach` replaces the `write_hyperlinks` step of openpyxl 3.1's write-only sheet
writer for one sheet; the read-back tests fail if a later openpyxl stops calling it.
"""

from __future__ import annotations

import zipfile
from array import array
from xml.sax.saxutils import quoteattr

from openpyxl.packaging.relationship import get_rels_path
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.xml.constants import PKG_REL_NS, REL_NS
from openpyxl.xml.functions import Element

HYPERLINK_TYPE = f"{REL_NS}/hyperlink"
_COLUMNS = 1 << 14  # Excel's 16,384 columns
_CHUNK = 2_000  # relationships per write into the archive


class SheetLinks:
    """Links of one sheet: `add(row, column, target)` while rows are written; `attach` the
    sheet after its first row; after the workbook is saved, `write_relationships`."""

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

    def attach(self, sheet: WriteOnlyWorksheet) -> None:
        """Have `sheet` stream these links as its `<hyperlinks>` element when it closes."""
        writer = sheet._writer

        def write_hyperlinks() -> None:
            if not self._cells:
                return
            if len(writer._rels):  # openpyxl related something else first: ids would clash
                raise RuntimeError("sheet relationships before hyperlinks")
            self._numbers.clear()  # no more links: only _targets is needed from here on
            xf = writer.xf.send(True)
            with xf.element("hyperlinks"):
                for offset, cell in enumerate(self._cells, 1):
                    row, column = divmod(cell, _COLUMNS)
                    ref = f"{get_column_letter(column + 1)}{row}"
                    xf.write(Element("hyperlink", {"ref": ref, f"{{{REL_NS}}}id": f"rId{offset}"}))
            writer.xf.send(None)

        writer.write_hyperlinks = write_hyperlinks

    def write_relationships(self, archive: zipfile.ZipFile, sheet_path: str) -> None:
        """Add the sheet's relationships part, `rId1`... in link order, to the saved file."""
        if not self._cells:
            return
        name = get_rels_path(sheet_path).lstrip("/")
        if name in archive.namelist():
            raise RuntimeError(f"{name} already written")
        with archive.open(name, "w") as part:
            part.write(f'<Relationships xmlns="{PKG_REL_NS}">'.encode())
            lines: list[str] = []
            for offset, number in enumerate(self._links, 1):
                target = quoteattr(self._targets[number])
                lines.append(
                    f'<Relationship Id="rId{offset}" Type="{HYPERLINK_TYPE}" '
                    f'Target={target} TargetMode="External"/>'
                )
                if len(lines) == _CHUNK:
                    part.write("".join(lines).encode())
                    lines.clear()
            part.write(("".join(lines) + "</Relationships>").encode())
