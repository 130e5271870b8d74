"""A municipality's workbook printed by a real spreadsheet program: LibreOffice turns it
into a PDF, and the PDF has A4 landscape pages, the rows flowing onto several pages at the
page's width, the header row and the municipality's name on every page, page numbers in
the footer, Finnish dates and national phone numbers; the rows are tall enough for their
wrapped texts."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from kuhina_desktop.exports.excel import write_excel
from kuhina_desktop.exports.excel_print import LINE_HEIGHT, national_phone
from kuhina_desktop.messages import translate
from tests.unit.published_fixtures import published_from_demo

SOFFICE = shutil.which("soffice")
if SOFFICE is None:
    pytest.skip("soffice (libreoffice-calc-nogui) is not installed", allow_module_level=True)
TODAY = date(2026, 11, 28)
A4_LONG, A4_SHORT = 841.89, 595.28  # points
JOENSUU = "167"


def to_pdf(workbook: Path, out: Path, profile: Path, kind: str = "pdf") -> Path:
    assert SOFFICE is not None
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            kind,
            "--outdir",
            str(out),
            str(workbook),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return out / f"{workbook.stem}.{kind}"


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("print")
    catalogue = published_from_demo(orgs=40, opps=20, seed=5)
    [workbook] = write_excel(catalogue, base / "xlsx", municipalities=[JOENSUU], today=TODAY)
    return workbook, to_pdf(workbook, base / "pdf", base / "profile")


def test_the_pdf_has_a4_landscape_pages_with_header_and_page_numbers(
    printed: tuple[Path, Path],
) -> None:
    workbook, pdf = printed
    reader = PdfReader(pdf)
    pages = reader.pages
    assert len(pages) >= 2, "the rows should flow onto more than one page"
    for page in pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        if (page.get("/Rotate") or 0) % 180:
            width, height = height, width
        assert abs(width - A4_LONG) < 2 and abs(height - A4_SHORT) < 2, (width, height)
    second = pages[1].extract_text()
    assert "Joensuu" in second  # the municipality in the page header
    assert f"Sivu 2 / {len(pages)}" in second  # the footer's page numbers
    for title in ("Järjestö", "Mahdollisuus", "Näin haet"):  # the repeated header row
        assert title in second
    everything = "\n".join(p.extract_text() for p in pages)
    assert translate("excel_print_date", "fi", date="28.11.2026") in everything

    (ws,) = openpyxl.load_workbook(workbook).worksheets
    shown_dates = [
        f"{c.value.day}.{c.value.month}.{c.value.year}"
        for row in ws.iter_rows(min_row=2, min_col=16, max_col=16)
        for c in row
        if c.value is not None
    ]
    assert shown_dates and all(d in everything for d in shown_dates[:5])
    phones = [c.value for row in ws.iter_rows(min_row=2, min_col=13, max_col=13) for c in row]
    assert phones and all(isinstance(p, str) and not p.startswith("+358") for p in phones if p)
    assert all(p in everything for p in phones[:5] if p)


def test_page_set_up_and_row_heights(printed: tuple[Path, Path]) -> None:
    workbook, _pdf = printed
    (ws,) = openpyxl.load_workbook(workbook).worksheets
    setup = ws.page_setup
    assert (str(setup.paperSize), setup.orientation) == (ws.PAPERSIZE_A4, "landscape")
    assert (setup.fitToWidth, setup.fitToHeight) == (1, 0)
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$1:$1"
    assert ws.oddHeader.left.text == "Joensuu"
    assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text
    widths = {c: ws.column_dimensions[c].width for c in ("B", "O")}
    taller = 0
    for row in ws.iter_rows(min_row=2):
        height = ws.row_dimensions[row[0].row].height
        assert height is not None and height >= LINE_HEIGHT
        how_to_apply = row[14].value or ""
        # a text two column widths long needs at least two lines
        if len(how_to_apply) > 2 * widths["O"]:
            assert height >= 2 * LINE_HEIGHT, (row[0].row, how_to_apply)
            taller += 1
    assert taller, "the demo texts should include long how-to-apply texts"


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("+358446422817", "044 6422817"),
        ("0401234567", "040 1234567"),
        ("+358 13 123 4567", "013 1234567"),
        ("+46 8 123 456 78", "+46 8 123 456 78"),
        ("soita toimistoon", "soita toimistoon"),
    ],
)
def test_phone_numbers_in_the_national_form(raw: str, shown: str) -> None:
    assert national_phone(raw) == shown


def test_libreoffice_keeps_the_row_heights_of_wrapped_texts(
    printed: tuple[Path, Path], tmp_path: Path
) -> None:
    """The workbook as LibreOffice lays it out (saved again by LibreOffice itself): rows of
    long how-to-apply texts are as tall as written, not one line that the texts overlap."""
    workbook, _pdf = printed
    again = to_pdf(workbook, tmp_path / "again", tmp_path / "profile", kind="xlsx")
    (written,) = openpyxl.load_workbook(workbook).worksheets
    (laid_out,) = openpyxl.load_workbook(again).worksheets
    assert laid_out.max_row == written.max_row
    taller = 0
    for row in range(2, written.max_row + 1):
        wanted = written.row_dimensions[row].height
        shown = laid_out.row_dimensions[row].height
        assert shown is not None and abs(shown - wanted) < 1.5, (row, wanted, shown)
        taller += wanted >= 2 * LINE_HEIGHT
    assert taller, "some rows should need more than one line"
