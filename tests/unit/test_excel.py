"""The municipal Excel workbooks (docs/excel-workbooks.md), read back with openpyxl and as XML."""

from __future__ import annotations

import re
import sys
import types
import zipfile
from collections import Counter
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.worksheet import _writer as openpyxl_sheet_writer
from published_fixtures import (
    HOSTILE_TEXTS,
    as_sheet_text,
    excel_expected_rows,
    published_from_demo,
    with_opportunities,
)

from kuhina_desktop.catalogue.published import PublishedCatalogue
from kuhina_desktop.domain.model import Opportunity, Text
from kuhina_desktop.domain.vocab import load_vocabulary
from kuhina_desktop.errors import KnownError
from kuhina_desktop.exports import excel
from kuhina_desktop.exports.excel import write_excel
from kuhina_desktop.exports.excel_cells import clean_text, mailto_link, web_link
from kuhina_desktop.messages import translate
from kuhina_desktop.progress import Cancelled, Progress

TODAY = date(2026, 11, 28)
CODES = [entry.code for entry in load_vocabulary().entries("municipalities")]
COLUMN_KEYS = [
    "organisation", "opportunity", "kind", "target_groups", "languages", "places",
    "starts_on", "ends_on", "environment", "address", "accessibility", "contact",
    "phone", "email", "how_to_apply", "updated", "checked",
]  # fmt: skip
EMAIL, ORGANISATION = 13, 0


@pytest.fixture(scope="module")
def catalogue() -> PublishedCatalogue:
    return published_from_demo(orgs=6, opps=12, seed=5)


@pytest.fixture(scope="module")
def written(catalogue: PublishedCatalogue, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return write_excel(catalogue, tmp_path_factory.mktemp("excel"), today=TODAY)


def shown(value: Any) -> str:
    """A read-back cell value as the sheet shows it."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    return str(value)


def data_rows(ws: Any) -> list[list[str]]:
    return [[shown(v) for v in row] for row in ws.iter_rows(min_row=2, values_only=True)]


def regional(paths: list[Path]) -> Path:
    return next(p for p in paths if "pohjois-karjala" in p.name)


def test_one_workbook_per_municipality_and_a_regional_one(written: list[Path]) -> None:
    assert [p.name for p in written[:3]] == [
        "kuhina-090-Heinavesi-2026-11-28.xlsx",
        "kuhina-146-Ilomantsi-2026-11-28.xlsx",
        "kuhina-167-Joensuu-2026-11-28.xlsx",
    ]
    assert "kuhina-707-Raakkyla-2026-11-28.xlsx" in [p.name for p in written]
    assert written[-1].name == "kuhina-pohjois-karjala-2026-11-28.xlsx"
    assert len(written) == len(CODES) + 1
    assert sorted(p.name for p in written[0].parent.iterdir()) == sorted(p.name for p in written)
    assert all(p.name.isascii() for p in written)
    wb = openpyxl.load_workbook(regional(written))
    assert wb.sheetnames[0] == "Yhteenveto"
    assert wb.sheetnames[1:4] == ["090 Heinävesi", "146 Ilomantsi", "167 Joensuu"]
    assert len(wb.sheetnames) == len(CODES) + 1


def test_rows_of_each_municipality_equal_the_view(
    catalogue: PublishedCatalogue, written: list[Path]
) -> None:
    region = openpyxl.load_workbook(regional(written))
    nonempty = 0
    for code, path in zip(CODES, written, strict=False):
        expected = excel_expected_rows(catalogue, code, today=TODAY)
        nonempty += bool(expected)
        (ws,) = openpyxl.load_workbook(path).worksheets
        assert data_rows(ws) == expected, code
        assert data_rows(region[next(n for n in region.sheetnames if n[:3] == code)]) == expected
    assert nonempty >= 5  # the demo spreads opportunities over the region


def test_an_opportunity_of_several_municipalities_is_on_each_sheet(
    catalogue: PublishedCatalogue, written: list[Path]
) -> None:
    _org, opp = next((o, p) for o, p in catalogue.opportunities() if len(p.municipalities) > 1)
    for code in opp.municipalities:
        (ws,) = openpyxl.load_workbook(written[CODES.index(code)]).worksheets
        assert opp.title.fi in [row[1] for row in data_rows(ws)]


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_header_frozen_filtered_and_sized(
    catalogue: PublishedCatalogue, tmp_path: Path, language: str
) -> None:
    (path,) = write_excel(
        catalogue, tmp_path, municipalities=["167"], language=language, today=TODAY
    )
    assert (
        path.name
        == "kuhina-167-Joensuu-2026-11-28" + ("" if language == "fi" else f"-{language}") + ".xlsx"
    )
    ws = openpyxl.load_workbook(path).active
    header = [c.value for c in ws[1]]
    assert header == [translate(f"excel_col_{key}", language) for key in COLUMN_KEYS]
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:Q{ws.max_row}"
    assert ws.max_row == len(excel_expected_rows(catalogue, "167", language, today=TODAY)) + 1
    widths = [ws.column_dimensions[c].width for c in "ABCDEFGHIJKLMNOP"]
    assert all(10 <= w <= 60 for w in widths)
    assert ws["B2"].alignment.wrap_text and ws["O2"].alignment.wrap_text
    if language != "fi":
        kinds = {row[2] for row in data_rows(ws)}
        assert kinds <= {e.label(language) for e in load_vocabulary().entries("kinds")}


def test_dates_are_dates_and_empty_values_empty(
    catalogue: PublishedCatalogue, written: list[Path]
) -> None:
    dated = continuous = no_places = 0
    for path in written[:-1]:
        (ws,) = openpyxl.load_workbook(path).worksheets
        for row in ws.iter_rows(min_row=2):
            start, end, updated, places = row[6], row[7], row[15], row[5]
            assert updated.is_date and updated.number_format == "d.m.yyyy"
            assert isinstance(updated.value, datetime)
            if start.value is None:
                continuous += 1
            else:
                dated += 1
                assert start.is_date and start.number_format == "d.m.yyyy"
            assert end.value is None or end.is_date
            if places.value is None:
                no_places += 1
            else:
                assert places.data_type == "n"
    assert dated and continuous and no_places


def test_links_are_mailto_and_https_only(written: list[Path]) -> None:
    mailto = https = 0
    for path in written[:-1]:
        (ws,) = openpyxl.load_workbook(path).worksheets
        for row in ws.iter_rows(min_row=2):
            email, org = row[EMAIL], row[ORGANISATION]
            if email.value:
                assert email.hyperlink.target == f"mailto:{email.value}"
                mailto += 1
            if org.hyperlink is not None:
                assert org.hyperlink.target.startswith("https://")
                https += 1
            assert all(c.hyperlink is None for i, c in enumerate(row) if i not in (0, EMAIL))
    assert mailto and https
    linked_sheets = 0
    for path in written:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            assert len(names) == len(set(names))
            for name in names:
                if not re.fullmatch(r"xl/worksheets/sheet\d+\.xml", name):
                    continue
                sheet = archive.read(name).decode()
                rels_name = name.replace("worksheets/", "worksheets/_rels/") + ".rels"
                rels = archive.read(rels_name).decode() if rels_name in names else ""
                targets = re.findall(r'Target="([^"]*)"', rels)
                assert all(t.startswith(("https://", "http://", "mailto:")) for t in targets)
                ids = re.findall(r'Id="(rId\d+)"', rels)
                assert ids == [f"rId{n}" for n in range(1, len(ids) + 1)]
                assert re.findall(r'r:id="(rId\d+)"', sheet) == ids  # one relationship a link
                linked_sheets += bool(ids)
    assert linked_sheets > len(CODES)  # municipal workbooks and regional sheets alike


def test_summary_counts_by_kind_and_municipality(
    catalogue: PublishedCatalogue, written: list[Path]
) -> None:
    vocab = load_vocabulary()
    ws = openpyxl.load_workbook(regional(written))["Yhteenveto"]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    assert rows[0][0] == translate("excel_summary_kind", "fi")
    assert rows[0][1:-1] == [e.label("fi") for e in vocab.entries("municipalities")]
    assert rows[0][-1] == translate("excel_summary_total", "fi")
    cells: Counter[tuple[str, str]] = Counter()
    kinds: Counter[str] = Counter()
    for _org, opp in catalogue.opportunities():
        if opp.ends_on and opp.ends_on < TODAY.isoformat():
            continue  # an ended offer leaves the workbooks
        kinds[opp.kind] += 1
        for code in set(opp.municipalities):
            cells[opp.kind, code] += 1
    kind_codes = vocab.codes("kinds")
    for row, kind in zip(rows[1:], kind_codes, strict=False):
        assert row[0] == vocab.label("kinds", kind, "fi")
        assert row[1:] == [cells[kind, code] for code in CODES] + [kinds[kind]]
    totals = rows[1 + len(kind_codes)]
    assert totals[0] == translate("excel_summary_total", "fi")
    assert totals[1:] == [len(excel_expected_rows(catalogue, c, today=TODAY)) for c in CODES] + [
        sum(kinds.values())
    ]
    assert rows[-1][0] == translate("excel_summary_note", "fi")
    assert ws.freeze_panes == "B2"


def test_document_properties(written: list[Path]) -> None:
    props = openpyxl.load_workbook(written[2]).properties
    assert props.creator == "Kuhina"
    title = translate("excel_title_municipality", "fi", name="Joensuu")
    assert props.title == f"{title} 2026-11-28"
    assert props.created is not None and props.created.date() == TODAY
    props = openpyxl.load_workbook(written[-1]).properties
    assert props.title.startswith(translate("excel_title_region", "fi"))


def hostile_catalogue(base: PublishedCatalogue) -> PublishedCatalogue:
    """Every hostile text as an opportunity title and how-to-apply, plus an organisation and a
    contact whose name, phone and e-mail are hostile."""
    first = base.organisations[0]
    contact = replace(first.organisation.contacts[0], name="=1+1", phone="-2+3", email="@SUM(1)")
    organisation = replace(
        first.organisation,
        name=Text(fi='=HYPERLINK("http://x","y")'),
        contacts=[contact, *first.organisation.contacts[1:]],
    )
    extra = [
        Opportunity(
            title=Text(fi=text),
            description=Text(fi="x"),
            status="published",
            how_to_apply=Text(fi=text),
            municipalities=["167"],
            contact_id=contact.id,
            updated_at="2026-11-20T10:00:00+02:00",
        )
        for text in HOSTILE_TEXTS
    ]
    hostile = with_opportunities(base, {0: extra})
    first = replace(hostile.organisations[0], organisation=organisation)
    return replace(hostile, organisations=[first, *hostile.organisations[1:]])


def test_hostile_texts_stay_literal_text(catalogue: PublishedCatalogue, tmp_path: Path) -> None:
    hostile = hostile_catalogue(catalogue)
    paths = write_excel(hostile, tmp_path, today=TODAY)
    joensuu = paths[CODES.index("167")]
    ws = openpyxl.load_workbook(joensuu).active
    titles = {}
    for row in ws.iter_rows(min_row=2):
        titles[row[1].value] = row
    for text in HOSTILE_TEXTS:
        row = titles[as_sheet_text(text)]
        for cell in (row[1], row[14]):
            assert cell.value == as_sheet_text(text)
            assert cell.data_type == "s"
        if text[0] in "=+-@\t\r":
            assert row[1].quotePrefix and row[14].quotePrefix
        assert row[0].value == '=HYPERLINK("http://x","y")' and row[0].quotePrefix
        assert (row[11].value, row[12].value, row[13].value) == ("=1+1", "-2+3", "@SUM(1)")
        assert row[13].hyperlink is None  # "@SUM(1)" is no address
    assert "\ufffdx" in titles
    assert data_rows(ws) == excel_expected_rows(hostile, "167", today=TODAY)
    for path in paths:
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                    xml = archive.read(name).decode("utf-8")
                    assert not re.search(r"<f[ >/]", xml), (path.name, name)
                    assert 't="e"' not in xml and 't="str"' not in xml
                    assert "<t>'" not in xml  # no literal apostrophe added


def test_characters_xml_cannot_carry_are_replaced(
    catalogue: PublishedCatalogue, tmp_path: Path
) -> None:
    assert clean_text("a\x01b\x1fc\ud800d\ufffe") == "a\ufffdb\ufffdc\ufffdd\ufffd"
    assert clean_text("tab\tlf\ncr\r") == "tab\tlf\ncr\r"
    odd = Opportunity(
        title=Text(fi="bell\x07 \x0b\x0c"),
        description=Text(fi="x"),
        status="published",
        municipalities=["167"],
        how_to_apply=Text(fi="lone \udc80 surrogate"),
    )
    (path,) = write_excel(
        with_opportunities(catalogue, {1: [odd]}), tmp_path, municipalities=["167"], today=TODAY
    )
    values = {row[1]: row for row in data_rows(openpyxl.load_workbook(path).active)}
    assert values["bell\ufffd \ufffd\ufffd"][14] == "lone \ufffd surrogate"


def test_municipality_filter_leaves_out_the_region(
    catalogue: PublishedCatalogue, tmp_path: Path
) -> None:
    paths = write_excel(catalogue, tmp_path, municipalities=["260", "167"], today=TODAY)
    assert [p.name for p in paths] == [
        "kuhina-167-Joensuu-2026-11-28.xlsx",
        "kuhina-260-Kitee-2026-11-28.xlsx",
    ]
    with pytest.raises(KnownError) as refused:
        write_excel(catalogue, tmp_path / "x", municipalities=["999"], today=TODAY)
    assert refused.value.code == "excel_unknown_municipality"
    assert not (tmp_path / "x").exists()


def test_progress_counts_every_row_and_cancel_leaves_nothing(
    catalogue: PublishedCatalogue, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reports: list[tuple[int, int]] = []
    progress = Progress(lambda done, total, _stage: reports.append((done, total)))
    write_excel(catalogue, tmp_path / "all", progress=progress, today=TODAY)
    rows = sum(len(excel_expected_rows(catalogue, code, today=TODAY)) for code in CODES)
    assert progress.total == progress.done == 2 * rows

    monkeypatch.setattr(excel, "BATCH", 2)
    temporaries = set(openpyxl_sheet_writer.ALL_TEMP_FILES)
    out = tmp_path / "cancelled"
    out.mkdir()
    (out / "keep.txt").write_text("mine")

    def cancel_midway(done: int, total: int, _stage: str) -> None:
        if done >= total // 2:
            cancelling.cancel()

    cancelling = Progress(cancel_midway)
    with pytest.raises(Cancelled):
        write_excel(catalogue, out, progress=cancelling, today=TODAY)
    assert [p.name for p in out.iterdir()] == ["keep.txt"]
    assert set(openpyxl_sheet_writer.ALL_TEMP_FILES) == temporaries


def test_links_stop_at_the_excel_limit_per_sheet(
    catalogue: PublishedCatalogue, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(excel, "MAX_LINKS_PER_SHEET", 4)
    busiest = max(CODES, key=lambda code: len(excel_expected_rows(catalogue, code, today=TODAY)))
    (path,) = write_excel(catalogue, tmp_path, municipalities=[busiest], today=TODAY)
    ws = openpyxl.load_workbook(path).active
    assert ws.max_row > 6
    links = [c for row in ws.iter_rows(min_row=2) for c in row if c.hyperlink is not None]
    assert 0 < len(links) <= 4
    assert all(row[EMAIL].value for row in ws.iter_rows(min_row=2))


def test_link_targets_are_checked() -> None:
    assert mailto_link("maija@example.fi") == "mailto:maija@example.fi"
    for bad in ("@SUM(1)", "a@b.fi?body=x", "a b@c.fi", "javascript:alert(1)", "", None):
        assert mailto_link(bad) is None
    assert web_link("https://x.example.fi/a?b=1") == "https://x.example.fi/a?b=1"
    assert web_link("www.example.fi") == "https://www.example.fi"
    assert web_link("http://x.fi") == "http://x.fi"
    for bad in (
        "javascript:alert(1)",
        "file:///etc/passwd",
        "https://",
        "https://a b.fi",
        "https://x.fi:alert(1)",
        "javascript://x.fi/%0aalert(1)",
        "ftp://x.fi",
        "data:text/html,x",
        None,
    ):
        assert web_link(bad) is None


def test_cli_excel_command(
    catalogue: PublishedCatalogue,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import argparse

    from kuhina_desktop.cli.console import Console
    from kuhina_desktop.cli.output_commands import add_output_commands

    opened: list[Path] = []
    audited: list[object] = []

    class FakeStore:
        def run(self, work: object) -> None:
            audited.append(work)  # the audit entry's transaction, not run here

    class FakeWorkspace:
        store = FakeStore()

        @classmethod
        def open(cls, path: Path) -> FakeWorkspace:
            opened.append(path)
            return cls()

        def __enter__(self) -> FakeWorkspace:
            return self

        def __exit__(self, *exc: object) -> None:
            return None

        def published(self) -> PublishedCatalogue:
            return catalogue

    fake = types.ModuleType("kuhina_desktop.services.catalogue_workspace")
    fake.CatalogueWorkspace = FakeWorkspace  # type: ignore[attr-defined]
    fake.default_actor = lambda: "tester"  # type: ignore[attr-defined]
    monkeypatch.delitem(sys.modules, "kuhina_desktop.services.output_audit", raising=False)
    monkeypatch.delitem(sys.modules, "kuhina_desktop.services.outputs", raising=False)
    monkeypatch.setitem(sys.modules, "kuhina_desktop.services.catalogue_workspace", fake)
    parser = argparse.ArgumentParser()
    parser.add_argument("--language")
    add_output_commands(parser.add_subparsers(dest="command"))
    args = parser.parse_args(
        [
            "--language",
            "en",
            "excel",
            "--workspace",
            str(tmp_path / "ws"),
            "--out",
            str(tmp_path / "out"),
            "--municipality",
            "167",
            "--language",
            "sv",
        ]
    )
    assert args.language == "en" and args.output_language == "sv"
    assert args.handler(args, Console("en")) == 0
    (written,) = (tmp_path / "out").iterdir()
    assert written.name.startswith("kuhina-167-Joensuu-") and written.name.endswith("-sv.xlsx")
    assert opened == [tmp_path / "ws"]
    assert len(audited) == 1  # the workbook went into the audit log
    assert capsys.readouterr().err.strip() == f"Wrote {written}"
