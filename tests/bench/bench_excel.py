"""Benchmark of the municipal Excel export (issue 5): time and peak memory.

    .venv/bin/python tests/bench/bench_excel.py [--sizes 10000 300000]

For each size a catalogue of that many published opportunities is built from demo content.
In separate child processes (so one run's memory does not colour the other's):
- `excel`: `write_excel` into a temporary folder, timed end to end (ordering, counting,
  rows, styles, links, saving); its memory is the peak resident size above the resident
  size just before the export (the catalogue itself is not counted);
- `raw`: the same workbooks, sheets and cell values written with plain openpyxl write-only
  `append` and no styling, links or guards, values computed beforehand and not timed;
- `styled`: the same, but every cell styled as the export styles it, through openpyxl's
  public API (one `WriteOnlyCell` per column and look, refilled for each row): what
  openpyxl itself needs for styled cells, which the export cannot go below.
Times are CPU seconds of each process (wall-clock time is reported too, but other work on
the machine skews it). The ratio excel/raw is the cost of everything the export adds; the
goal is within 1.5x and flat memory under 150 MB. The result is printed as one JSON line per
size and a last line with all of them. Not collected by pytest (bench_*.py).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kuhina_desktop.catalogue.published import PublishedCatalogue  # noqa: E402
from kuhina_desktop.exports.excel import write_excel  # noqa: E402

PER_ORGANISATION = 40
TODAY = date(2026, 11, 28)


def build_catalogue(opportunities: int) -> PublishedCatalogue:
    """`opportunities` opportunities from demo content, every one of them published."""
    from dataclasses import replace

    from kuhina_desktop.demo.content import generate_demo
    from tests.unit.published_fixtures import published_from_snapshots

    organisations, rest = divmod(opportunities, PER_ORGANISATION)
    demo = generate_demo(organisations, PER_ORGANISATION, seed=7)
    if rest:
        demo += generate_demo(1, rest, seed=8)
    snapshots = []
    for item in demo:
        published = [replace(o, status="published") for o in item.snapshot.opportunities]
        snapshots.append(replace(item.snapshot, opportunities=published))
    del demo
    return published_from_snapshots(snapshots)


def resident_mb() -> float:
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3  # kB on Linux


def run_excel(catalogue: PublishedCatalogue, out: Path) -> dict[str, Any]:
    gc.collect()
    before = resident_mb()
    started, cpu = time.perf_counter(), time.process_time()
    paths = write_excel(catalogue, out, today=TODAY)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "memory_mb": round(peak_mb() - before, 1),
        "catalogue_rss_mb": round(before, 1),
        "files": len(paths),
        "bytes": sum(p.stat().st_size for p in paths),
    }


def run_raw(catalogue: PublishedCatalogue, out: Path, styled: bool = False) -> dict[str, Any]:
    """The same sheets and values with plain openpyxl, no styling: the baseline; `styled`:
    each cell styled as the export does, with openpyxl's public API only."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    from kuhina_desktop.domain.vocab import load_vocabulary
    from kuhina_desktop.exports.excel import sheet_name
    from kuhina_desktop.exports.excel_columns import COLUMNS, Labels
    from kuhina_desktop.exports.excel_summary import count, municipality_rows, ordered

    entries = load_vocabulary().entries("municipalities")
    labels = Labels(load_vocabulary(), "fi")
    order = ordered(catalogue, "fi")
    counts = count(order, [e.code for e in entries])
    header = [c.key for c in COLUMNS]
    sheets = {e.code: [r.values for r in municipality_rows(order, labels, e.code)] for e in entries}
    summary = [
        [kind, *(counts.by_kind_and_municipality[kind, e.code] for e in entries)]
        for kind in labels.vocab.codes("kinds")
    ]

    def append_all(ws: Any, rows: list[tuple[Any, ...]]) -> None:
        if not styled:
            for values in rows:
                ws.append(values)
            return
        cells: dict[tuple[int, type], Any] = {}
        for values in rows:
            line = []
            for index, value in enumerate(values):
                if value is None:
                    line.append(None)
                    continue
                cell = cells.get((index, type(value)))
                if cell is None:
                    cell = cells[index, type(value)] = WriteOnlyCell(ws)
                    cell.alignment = Alignment(wrap_text=COLUMNS[index].wrap, vertical="top")
                    if index in (0, 13):
                        cell.font = Font(color="0563C1", underline="single")
                    if isinstance(value, date):
                        cell.number_format = "d.m.yyyy"
                cell.value = value
                line.append(cell)
            ws.append(line)

    gc.collect()
    started, cpu = time.perf_counter(), time.process_time()
    for entry in entries:
        wb = Workbook(write_only=True)
        ws = wb.create_sheet(sheet_name(entry, "fi"))
        ws.append(header)
        append_all(ws, sheets[entry.code])
        wb.save(out / f"raw-{entry.code}.xlsx")
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("summary")
    for line in summary:
        ws.append(line)
    for entry in entries:
        ws = wb.create_sheet(sheet_name(entry, "fi"))
        ws.append(header)
        append_all(ws, sheets[entry.code])
    wb.save(out / "raw-region.xlsx")
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2), "rows": 2 * counts.rows}


def child(mode: str, size: int) -> None:
    catalogue = build_catalogue(size)
    with tempfile.TemporaryDirectory(prefix="bench-excel-") as folder:
        if mode == "excel":
            result = run_excel(catalogue, Path(folder))
        else:
            result = run_raw(catalogue, Path(folder), styled=mode == "styled")
    print(json.dumps(result))


def measure(mode: str, size: int) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", mode, str(size)],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 300_000])
    parser.add_argument("--child", nargs=2, metavar=("MODE", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child[0], int(args.child[1]))
        return
    results = []
    for size in args.sizes:
        # Small sizes run twice, interleaved, and keep the faster run of each (other work
        # on the machine only ever slows a run down); 300,000 runs once, and so does every
        # size in `make bench-quick` (KUHINA_BENCH_QUICK), to stay within its few minutes.
        quick = bool(os.environ.get("KUHINA_BENCH_QUICK"))
        runs = 2 if size <= 50_000 and not quick else 1
        raws, styles, ours = [], [], []
        for _ in range(runs):
            raws.append(measure("raw", size))
            styles.append(measure("styled", size))
            ours.append(measure("excel", size))
        raw = min(raws, key=lambda r: r["cpu_seconds"])
        styled = min(styles, key=lambda r: r["cpu_seconds"])
        mine = min(ours, key=lambda r: r["cpu_seconds"])
        result = {
            "benchmark": "excel",
            "opportunities": size,
            "rows_written": raw["rows"],
            "excel_cpu_seconds": mine["cpu_seconds"],
            "raw_openpyxl_cpu_seconds": raw["cpu_seconds"],
            "ratio": round(mine["cpu_seconds"] / raw["cpu_seconds"], 2),
            "styled_openpyxl_cpu_seconds": styled["cpu_seconds"],
            "ratio_to_styled": round(mine["cpu_seconds"] / styled["cpu_seconds"], 2),
            "excel_wall_seconds": mine["seconds"],
            "raw_openpyxl_wall_seconds": raw["seconds"],
            "rows_per_cpu_second": round(raw["rows"] / mine["cpu_seconds"]),
            "peak_memory_above_catalogue_mb": max(r["memory_mb"] for r in ours),
            "catalogue_rss_mb": mine["catalogue_rss_mb"],
            "files": mine["files"],
            "output_mb": round(mine["bytes"] / 1e6, 1),
            "goal": "ratio <= 1.5, memory flat and < 150 MB",
        }
        print(json.dumps(result), flush=True)
        results.append(result)
    rows = []
    for r in results:
        size = f"{r['opportunities']:,}"
        rows.append(
            {
                "figure": f"workbooks, {size} opportunities (CPU)",
                "value": r["excel_cpu_seconds"],
                "unit": "s",
                "floor": "raw openpyxl write-only, same cells",
                "floor_value": r["raw_openpyxl_cpu_seconds"],
                "ratio": r["ratio"],
                "goal": "≤ 1.5×",
                "met": r["ratio"] <= 1.5,
            }
        )
        rows.append(
            {
                "figure": f"workbooks, {size} opportunities (CPU), against styled cells",
                "value": r["excel_cpu_seconds"],
                "unit": "s",
                "floor": "openpyxl public API, same cells and styles",
                "floor_value": r["styled_openpyxl_cpu_seconds"],
                "ratio": r["ratio_to_styled"],
                "goal": "—",
                "met": None,
            }
        )
        memory = r["peak_memory_above_catalogue_mb"]
        rows.append(
            {
                "figure": f"peak memory above the catalogue, {size} opportunities",
                "value": memory,
                "unit": "MB",
                "goal": "< 150 MB, flat",
                "met": memory < 150,
            }
        )
    print(json.dumps({"benchmark": "excel", "results": results, "rows": rows}))


if __name__ == "__main__":
    main()
