"""The open data's CSV files opened by a real spreadsheet program (LibreOffice Calc, headless,
importing them as UTF-8 CSV and saving a workbook): the raw files run a formula-like value as
a formula and turn a phone number into a number, as docs/open-data.md warns; the copies in
`spreadsheet/` keep every value as text, with no formula anywhere."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from kuhina_desktop.domain.model import Opportunity, Text
from kuhina_desktop.exports.opendata import write_open_data
from tests.unit.published_fixtures import HOSTILE_TEXTS, published_from_demo, with_opportunities

pytestmark = pytest.mark.e2e
SOFFICE = shutil.which("soffice")
if SOFFICE is None:
    pytest.skip("soffice (libreoffice-calc-nogui) is not installed", allow_module_level=True)
# Comma-separated, double quotes, UTF-8 (76), from line 1.
CSV_IMPORT = "CSV:44,34,76,1"


def to_workbook(csv_file: Path, out: Path, profile: Path) -> openpyxl.Workbook:
    """`csv_file` as LibreOffice Calc opens it, saved as .xlsx and read back."""
    assert SOFFICE is not None
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
            f"--infilter={CSV_IMPORT}", "--convert-to", "xlsx", "--outdir", str(out),
            str(csv_file),
        ],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    return openpyxl.load_workbook(out / (csv_file.stem + ".xlsx"))


def test_spreadsheet_copies_run_no_formula_and_keep_numbers_as_text(tmp_path: Path) -> None:
    extra = [
        Opportunity(
            title=Text(fi=text), description=Text(fi=text), status="published",
            municipalities=["167"], updated_at="2026-11-20T10:00:00+02:00",
        )
        for text in HOSTILE_TEXTS
    ]  # fmt: skip
    catalogue = with_opportunities(published_from_demo(orgs=2, opps=3, seed=4), {0: extra})
    out = tmp_path / "open"
    write_open_data(catalogue, out)
    profile = tmp_path / "profile"

    raw = to_workbook(out / "opportunities.csv", tmp_path / "raw", profile).active
    raw_formulas = [c.value for row in raw.iter_rows() for c in row if c.data_type == "f"]
    assert raw_formulas, "the raw file's formula-like values run as formulas in a spreadsheet"

    safe = to_workbook(out / "spreadsheet" / "opportunities.csv", tmp_path / "safe", profile)
    sheet = safe.active
    assert sheet is not None and raw is not None
    header = [c.value for c in next(sheet.iter_rows())]
    assert header[0] == "opportunity_id", "the byte order mark is not part of the first name"
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row]
    assert [c.value for c in cells if c.data_type == "f"] == []
    titles = [row[header.index("title_fi")].value for row in sheet.iter_rows(min_row=2)]
    for text in HOSTILE_TEXTS:
        if text.startswith(("=", "+", "-", "@")):
            assert "'" + text in titles, text
    phones = {row[header.index("contact_phone")].value for row in sheet.iter_rows(min_row=2)}
    assert phones and all(isinstance(p, str) and p.startswith("'+358") for p in phones if p)


def test_a_phone_number_becomes_a_number_only_in_the_raw_file(tmp_path: Path) -> None:
    write_open_data(published_from_demo(orgs=2, opps=2, seed=4), tmp_path / "open")
    profile = tmp_path / "profile"
    raw = to_workbook(tmp_path / "open" / "organisations.csv", tmp_path / "raw", profile).active
    safe = to_workbook(
        tmp_path / "open" / "spreadsheet" / "organisations.csv", tmp_path / "safe", profile
    ).active
    assert raw is not None and safe is not None
    column = [c.value for c in next(raw.iter_rows())].index("phone") + 1
    raw_phones = [raw.cell(row=r, column=column).value for r in range(2, raw.max_row + 1)]
    safe_phones = [safe.cell(row=r, column=column).value for r in range(2, safe.max_row + 1)]
    assert raw_phones and all(isinstance(p, int) for p in raw_phones), raw_phones
    assert [f"'+{p}" for p in raw_phones] == safe_phones
