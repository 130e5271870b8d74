"""The hyperlinks of a streamed sheet, held compactly so memory stays flat.

openpyxl keeps a `Hyperlink` and a `Relationship` object per link (about 650 bytes) until the
workbook is saved, even in write-only mode: a regional workbook at national scale would hold
close to a million of them. Here a link costs 12 bytes (its cell and the number of its
target, each distinct target kept once) and the sheet's `<hyperlinks>` element and
relationships are made from them when the sheet and the workbook are written. Each link
still has its own relationship, as Excel itself writes them.

`SheetLinks.attach` replaces the `write_hyperlinks` step of openpyxl 3.1's write-only sheet
writer for one sheet; the read-back tests fail if a later openpyxl stops calling it.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from typing import Any

from openpyxl.packaging.relationship import Relationship
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.xml.constants import PKG_REL_NS, REL_NS
from openpyxl.xml.functions import Element, SubElement

HYPERLINK_TYPE = f"{REL_NS}/hyperlink"
_COLUMNS = 1 << 14  # Excel's 16,384 columns


class SheetLinks:
    """Links of one sheet: `add(row, column, target)` as rows are written, then `attach`."""

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
        """Have `sheet` write these links when it is closed (call after its first row)."""
        writer = sheet._writer

        def write_hyperlinks() -> None:
            if not self._cells:
                return
            first = len(writer._rels) + 1
            tree = Element("hyperlinks")
            for offset, cell in enumerate(self._cells):
                row, column = divmod(cell, _COLUMNS)
                ref = f"{get_column_letter(column + 1)}{row}"
                SubElement(
                    tree, "hyperlink", {"ref": ref, f"{{{REL_NS}}}id": f"rId{first + offset}"}
                )
            writer._rels = LinkRelationships(list(writer._rels), self._targets, self._links)
            writer.xf.send(tree)

        writer.write_hyperlinks = write_hyperlinks


class LinkRelationships:
    """A sheet's relationships: those openpyxl made, then one per link, made when written.

    Stands in for openpyxl's `RelationshipList` where the workbook writer uses it
    (`len`, iteration, `append`, `get`, `find`, `to_tree`).
    """

    def __init__(self, others: list[Relationship], targets: list[str], links: array[int]) -> None:
        self._others = others
        self._first = len(others) + 1
        self._targets = targets
        self._links = links

    def __len__(self) -> int:
        return len(self._others) + len(self._links)

    def _link_ids(self) -> Iterator[tuple[str, str]]:
        for offset, number in enumerate(self._links):
            yield f"rId{self._first + offset}", self._targets[number]

    def __iter__(self) -> Iterator[Relationship]:
        yield from self._others
        for rel_id, target in self._link_ids():
            yield Relationship(Id=rel_id, Type=HYPERLINK_TYPE, Target=target, TargetMode="External")

    def append(self, value: Relationship) -> None:
        if not value.Id:
            value.Id = f"rId{len(self) + 1}"
        self._others.append(value)

    def get(self, key: str) -> Relationship:
        for rel in self:
            if rel.Id == key:
                return rel
        raise KeyError(f"Unknown relationship: {key}")

    def find(self, content_type: str) -> Iterator[Relationship]:
        return (rel for rel in self if rel.Type == content_type)

    def to_tree(self) -> Any:
        tree = Element("Relationships")
        for rel in self._others:
            tree.append(rel.to_tree())
        for rel_id, target in self._link_ids():
            attributes = {"Id": rel_id, "Type": HYPERLINK_TYPE, "Target": target}
            SubElement(tree, "Relationship", {**attributes, "TargetMode": "External"})
        tree.set("xmlns", PKG_REL_NS)
        return tree
