"""The Excel workbooks opened by a real spreadsheet program: LibreOffice converts every sheet
to CSV, and the CSV must hold exactly the catalogue's rows, hostile texts as literal text."""

from __future__ import annotations

import csv
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from kuhina_desktop.catalogue.published import PublishedCatalogue
from kuhina_desktop.domain.model import Opportunity, Text
from kuhina_desktop.domain.vocab import VocabEntry, load_vocabulary
from kuhina_desktop.exports.excel import sheet_name, write_excel
from kuhina_desktop.exports.excel_columns import DATE_COLUMNS
from kuhina_desktop.messages import translate
from tests.unit.published_fixtures import (
    HOSTILE_TEXTS,
    as_sheet_text,
    excel_expected_rows,
    published_from_demo,
    with_opportunities,
)

SOFFICE = shutil.which("soffice")
if SOFFICE is None:
    pytest.skip("soffice (libreoffice-calc-nogui) is not installed", allow_module_level=True)
TODAY = date(2026, 11, 28)
# Field separator, text delimiter, UTF-8, first line 1, default column types, ..., cells as
# shown (so dates read as the sheet shows them, d.m.yyyy), ..., all sheets.
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"
MUNICIPALITIES = load_vocabulary().entries("municipalities")


def hostile_catalogue() -> PublishedCatalogue:
    base = published_from_demo(orgs=8, opps=10, seed=11)
    extra = [
        Opportunity(
            title=Text(fi=text),
            description=Text(fi="x"),
            status="published",
            how_to_apply=Text(fi=text),
            municipalities=["167", "260"],
            places=2,
            starts_on="2027-01-04",
            ends_on="2027-03-31",
            updated_at="2026-11-20T10:00:00+02:00",
        )
        for text in HOSTILE_TEXTS
    ]
    return with_opportunities(base, {2: extra})


def to_csv(workbooks: list[Path], out: Path, profile: Path) -> None:
    """Every sheet of every workbook as `<workbook>-<sheet>.csv` in `out`."""
    assert SOFFICE is not None
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            CSV_FILTER,
            "--outdir",
            str(out),
            *map(str, workbooks),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )


def finnish_dates(row: list[str]) -> list[str]:
    """The expected row with its ISO dates as the sheet shows them (2027-01-04 → 4.1.2027)."""
    shown = list(row)
    for index in DATE_COLUMNS:
        if shown[index][:4].isdigit() and shown[index][4:5] == "-":
            day = date.fromisoformat(shown[index])
            shown[index] = f"{day.day}.{day.month}.{day.year}"
    return shown


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> tuple[PublishedCatalogue, Path]:
    catalogue = hostile_catalogue()
    base = tmp_path_factory.mktemp("lo")
    paths = write_excel(catalogue, base / "xlsx", today=TODAY)
    to_csv(paths, base / "csv", base / "profile")
    return catalogue, base / "csv"


def header() -> list[str]:
    keys = [
        "organisation", "opportunity", "kind", "target_groups", "languages", "places",
        "starts_on", "ends_on", "environment", "address", "accessibility", "contact",
        "phone", "email", "how_to_apply", "updated", "checked",
    ]  # fmt: skip
    return [translate(f"excel_col_{key}", "fi") for key in keys]


@pytest.mark.parametrize("entry", MUNICIPALITIES, ids=lambda e: e.code)
def test_each_sheet_holds_exactly_the_catalogue_rows(
    converted: tuple[PublishedCatalogue, Path], entry: VocabEntry
) -> None:
    catalogue, out = converted
    code = entry.code
    expected = [
        header(),
        *map(finnish_dates, excel_expected_rows(catalogue, code, today=TODAY)),
    ]
    (own,) = out.glob(f"kuhina-{code}-*.csv")
    assert read_csv(own) == expected
    regional = out / f"kuhina-pohjois-karjala-2026-11-28-{sheet_name(entry, 'fi')}.csv"
    assert read_csv(regional) == expected


def test_hostile_texts_come_out_literally(converted: tuple[PublishedCatalogue, Path]) -> None:
    _catalogue, out = converted
    for code in ("167", "260"):
        (path,) = out.glob(f"kuhina-{code}-*.csv")
        rows = {row[1]: row for row in read_csv(path)[1:]}
        for text in HOSTILE_TEXTS:
            row = rows[as_sheet_text(text)]
            assert row[14] == as_sheet_text(text)
            assert row[5:8] == ["2", "4.1.2027", "31.3.2027"]
        assert rows["-2+3"][1] == "-2+3"  # not evaluated to 1
        assert rows["=1+1"][14] == "=1+1"  # not 2
        assert '=HYPERLINK("http://x","y")' in rows


def test_summary_sheet_totals(converted: tuple[PublishedCatalogue, Path]) -> None:
    catalogue, out = converted
    rows = read_csv(out / "kuhina-pohjois-karjala-2026-11-28-Yhteenveto.csv")
    total = next(r for r in rows[1:] if r[0] == translate("excel_summary_total", "fi"))
    expected = [
        str(len(excel_expected_rows(catalogue, e.code, today=TODAY))) for e in MUNICIPALITIES
    ]
    assert total[1:-1] == expected
    on_offer = [o for _org, o in catalogue.opportunities()
                if not (o.ends_on and o.ends_on < TODAY.isoformat())]  # fmt: skip
    assert total[-1] == str(len(on_offer))
