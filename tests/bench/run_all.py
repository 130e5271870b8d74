"""`make bench`: run every benchmark in tests/bench/ and write docs/performance.md.

Each benchmark is a script `bench_*.py` with a `main()` that prints JSON lines on stdout;
the last line holding `"rows"` is its result: a list of
`{"figure", "value", "unit", "floor", "floor_value", "ratio", "goal", "met"}` (floor
fields null where a figure has no floor). Benchmarks measure ratios against a floor taken
in the same run, so the table reads the same on a faster or slower machine.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = ROOT / "docs" / "performance.md"
READING = HERE / "reading.md"

# `make bench-quick` (KUHINA_BENCH_QUICK=1): the regional scale only, for a quick look.
QUICK_ARGS = {
    "bench_excel": ["--sizes", "10000"],
    "bench_import": ["--sizes", "300", "--backends", "sqlite,postgresql"],
    "bench_site": ["--sizes", "10000"],
    "bench_search": ["--opportunities", "100000"],
    "bench_catalogue_table": ["--opportunities", "100000"],
}


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    system = f"{platform.system()} {platform.release()}"
    return f"{os.cpu_count()} × {cpu}{mem}, {system}, Python {platform.python_version()}"


def run(script: Path, args: list[str]) -> tuple[list[dict[str, Any]], str]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(script), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=3600,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    elapsed = time.perf_counter() - started
    rows: list[dict[str, Any]] = []
    for line in done.stdout.splitlines():
        line = line.strip()
        if line.startswith("{"):
            try:
                parsed = json.loads(line)
            except ValueError:
                continue
            if isinstance(parsed, dict) and "rows" in parsed:
                rows = parsed["rows"]
    note = f"{elapsed:.0f} s"
    if done.returncode != 0:
        note += f", failed ({done.returncode}): {done.stderr.strip().splitlines()[-1:]}"
    return rows, note


def fmt(value: Any, unit: str = "") -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        text = f"{value:.3g}" if abs(value) < 100 else f"{value:,.0f}"
    else:
        text = str(value)
    return f"{text} {unit}".strip()


def main(argv: list[str]) -> int:
    only = set(argv)
    quick = bool(os.environ.get("KUHINA_BENCH_QUICK"))
    scripts = sorted(p for p in HERE.glob("bench_*.py") if not only or p.stem in only)
    lines = [
        "# Performance",
        "",
        f"Measured by `make {'bench-quick' if quick else 'bench'}` on "
        f"{datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}"
        + (" (the regional scale only)." if quick else "."),
        "",
        f"Machine: {machine()}.",
        "",
        "Each figure is compared with a floor measured in the same run (the least work the",
        "same result could take), so the ratio, not the seconds, is what to compare.",
        "",
        "| benchmark | figure | value | floor | floor value | ratio | goal | met |",
        "|---|---|---|---|---|---|---|---|",
    ]
    notes = []
    if only and OUT.is_file():  # a subset: keep the other benchmarks' rows from last time
        ran = {p.stem.removeprefix("bench_") for p in scripts} | {"benchmark"}
        for line in OUT.read_text(encoding="utf-8").splitlines():
            cells = line.split("|")
            if line.startswith("| ") and len(cells) > 2 and cells[1].strip() not in ran:
                lines.append(line)
    for script in scripts:
        print(f"running {script.name} ...", file=sys.stderr, flush=True)
        args = QUICK_ARGS.get(script.stem, []) if quick else []
        rows, note = run(script, args)
        notes.append(f"- `{script.name} {' '.join(args)}`: {note}".replace(" `:", "`:"))
        for row in rows:
            met = row.get("met")
            lines.append(
                "| {b} | {f} | {v} | {fl} | {fv} | {r} | {g} | {m} |".format(
                    b=script.stem.removeprefix("bench_"),
                    f=row.get("figure", ""),
                    v=fmt(row.get("value"), row.get("unit", "")),
                    fl=row.get("floor") or "—",
                    fv=fmt(row.get("floor_value"), row.get("unit", "")),
                    r=fmt(row.get("ratio"), "×" if row.get("ratio") is not None else ""),
                    g=row.get("goal") or "—",
                    m={True: "yes", False: "**no**"}.get(met, "—"),
                )
            )
    lines += ["", "Run times:", "", *notes, ""]
    if READING.is_file():
        lines += [READING.read_text(encoding="utf-8").strip(), ""]
    OUT.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
