"""A printed page of a municipality's workbook for docs/screenshots/ (`make screenshots`).

Writes Joensuu's workbook from demo content, has LibreOffice print it to PDF and renders
page 2 (header row repeated, the municipality in the page header, page numbers in the
footer) with `pdftoppm` (Debian package poppler-utils):

    .venv/bin/python build/screenshots_excel.py [OUT]
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main(out_dir: str | None = None) -> int:
    sys.path.insert(0, str(REPO))
    from kuhina_desktop.exports.excel import write_excel
    from tests.unit.published_fixtures import published_from_demo

    out = Path(out_dir) if out_dir else REPO / "docs" / "screenshots"
    soffice, pdftoppm = shutil.which("soffice"), shutil.which("pdftoppm")
    if soffice is None or pdftoppm is None:
        print("needs soffice (libreoffice-calc-nogui) and pdftoppm (poppler-utils)")
        return 1
    work = Path(tempfile.mkdtemp(prefix="kuhina-excel-print-"))
    catalogue = published_from_demo(orgs=40, opps=20, seed=5)
    [workbook] = write_excel(catalogue, work, municipalities=["167"], today=date(2026, 11, 28))
    subprocess.run(
        [soffice, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(work), str(workbook)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    pdf = work / (workbook.stem + ".pdf")
    target = out / "excel-fi-printed-page-2"
    subprocess.run(
        [pdftoppm, "-f", "2", "-l", "2", "-r", "110", "-png", "-singlefile", str(pdf), str(target)],
        check=True,
    )
    print(target.with_suffix(".png").relative_to(REPO))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))
