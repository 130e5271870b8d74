"""`make bench` and `make bench-quick`: run every benchmark once and write one report.

    .venv/bin/python tests/bench/run_all.py [--quick] [--out PATH] [bench_NAME ...]

The contract between this collector and a benchmark `tests/bench/bench_<name>.py`:

- It is run as `python tests/bench/bench_<name>.py [ARGS]` from the repository root, in
  its own process, with `QT_QPA_PLATFORM=offscreen`. In a quick run its environment also
  holds `KUHINA_BENCH_QUICK=1` and ARGS are `QUICK_ARGS[<stem>]` below (the regional scale,
  about 10,000 opportunities); otherwise ARGS are empty and the script's defaults are the
  national scale.
- It prints JSON lines on stdout; the **last** line that is an object with a `"rows"` list
  is its result (other stdout lines, and stderr, are its own; stderr is shown as it runs).
  Each row is an object:

      figure       str, required: what was measured, with its scale
      value        number, str or null
      unit         str: the unit of value and floor_value ("ms", "s", "kB", "")
      floor        str or null: the least work the same result could take, measured in
                   the same run (what the figure is compared with)
      floor_value  number or null
      ratio        number or null: value / floor_value (computed here when left out)
      goal         str as shown ("≤ 1.3×", "< 50 ms"), a bare number meaning "≤ N×" the
                   floor, or null where the row has no goal
      met          true, false, or null (no goal)

- It exits 0. A script that exits otherwise, runs longer than TIMEOUT, prints no rows line
  or a malformed one is **reported as failed** (a row in the table with the exit status
  and the last line of its stderr, and in the header) and this collector exits 1 after
  writing the report: a benchmark never drops out silently. Rows it printed before failing
  are kept.
- What limits its figures is written in `tests/bench/reading/bench_<name>.md` (Markdown,
  kept next to the benchmark and updated with it); the report puts it under the
  benchmark's heading, or says that it is missing.

A new benchmark: add the script and its reading, its place in ORDER (unlisted ones run
after these, by name) and its QUICK_ARGS when its defaults are national.

Where the report goes: a full run (`make bench`) writes docs/performance.md; a quick run
(`make bench-quick`) writes build/work/performance-quick.md; a run of some benchmarks
(names as arguments) writes build/work/performance-partial.md; `--out` chooses. Quick and
partial reports say so in their title.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import platform
import resource
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.bench.report import BenchRun, RunInfo, render  # noqa: E402

OUT = ROOT / "docs" / "performance.md"
OUT_QUICK = ROOT / "build" / "work" / "performance-quick.md"
OUT_PARTIAL = ROOT / "build" / "work" / "performance-partial.md"
TIMEOUT = 3600  # seconds per benchmark
MAX_REASON = 400  # characters of a failed benchmark's last error line in the report

# Issue 19's items first: start-up (1, 2), republish and the pooled publish (3), search and
# the coordinator's table (4), verification (5), the web first paint (6, in bench_site);
# then the other benchmarks.
ORDER = [
    "bench_startup",
    "bench_republish",
    "bench_site",
    "bench_search",
    "bench_catalogue_table",
    "bench_package",
    "bench_excel",
    "bench_import",
]

# `make bench-quick`: the regional scale (10,000 opportunities; import: 300 organisations).
QUICK_ARGS = {
    "bench_excel": ["--sizes", "10000"],
    "bench_import": ["--sizes", "300", "--backends", "sqlite,postgresql"],
    "bench_republish": ["--sizes", "10000"],
    "bench_site": ["--sizes", "10000"],
    "bench_search": ["--opportunities", "10000"],
    "bench_catalogue_table": ["--opportunities", "10000"],
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


def git(*args: str) -> str:
    try:
        done = subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=30, check=True
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout.rstrip()


def commit() -> str:
    head = git("rev-parse", "--short", "HEAD") or "unknown"
    branch = git("rev-parse", "--abbrev-ref", "HEAD")
    return f"{head} (branch {branch})" if branch and branch != "HEAD" else head


def tree_state() -> str:
    changed = [line for line in git("status", "--porcelain").splitlines() if line.strip()]
    if not changed:
        return "clean"
    names = ", ".join(line[3:] for line in changed[:5]) + (", …" if len(changed) > 5 else "")
    return f"**not clean** ({len(changed)} changed or untracked: {names})"


def reading_origin(path: Path) -> str | None:
    if git("status", "--porcelain", "--", str(path)):
        return "not committed"
    last = git("log", "-1", "--format=commit %h, %cs", "--", str(path))
    return f"last changed in {last}" if last else None


def parse_rows(stdout: str) -> list[dict[str, Any]] | None:
    """The rows of the last JSON object line with a "rows" key, or None without one.
    Raises ValueError when those rows are malformed."""
    rows: Any = None
    for line in stdout.splitlines():
        line = line.strip()
        if not line.startswith("{"):
            continue
        try:
            parsed = json.loads(line)
        except ValueError:
            continue
        if isinstance(parsed, dict) and "rows" in parsed:
            rows = parsed["rows"]
    if rows is None:
        return None
    if not isinstance(rows, list) or not all(
        isinstance(r, dict) and isinstance(r.get("figure"), str) for r in rows
    ):
        raise ValueError("its rows line is malformed (a list of objects with a figure)")
    return rows


def _pump(stream: Iterable[str], keep: collections.deque[str], echo: bool) -> None:
    for line in stream:
        keep.append(line.rstrip("\n"))
        if echo and line.strip():
            print(f"  {line}", end="", file=sys.stderr, flush=True)


def children_cpu() -> float:
    """User and system seconds of the ended child processes (their children included, as
    far as they waited for them: not a PostgreSQL server started in the background)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(script: Path, args: list[str], env: dict[str, str], timeout: float) -> BenchRun:
    """Run one benchmark; stdout is kept whole, stderr echoed and its tail kept."""
    load_before = os.getloadavg()[0]
    started, cpu = time.perf_counter(), children_cpu()
    out: collections.deque[str] = collections.deque()
    err: collections.deque[str] = collections.deque(maxlen=20)
    failure = None
    with subprocess.Popen(
        [sys.executable, str(script), *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # so a timed-out benchmark is stopped with its children
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        pumps = [
            threading.Thread(target=_pump, args=(process.stdout, out, False), daemon=True),
            threading.Thread(target=_pump, args=(process.stderr, err, True), daemon=True),
        ]
        for pump in pumps:
            pump.start()
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            failure = f"stopped after {timeout:.0f} s (TIMEOUT)"
        for pump in pumps:
            pump.join(timeout=10)
    seconds = time.perf_counter() - started
    try:
        rows = parse_rows("\n".join(out))
    except ValueError as error:
        rows, failure = [], failure or str(error)
    last_err = next((line.strip() for line in reversed(err) if line.strip()), "")
    if len(last_err) > MAX_REASON:  # a whole object's repr says less than its first words
        last_err = last_err[: MAX_REASON - 1] + "…"
    if failure is None and process.returncode != 0:
        failure = f"exit status {process.returncode}" + (f": {last_err}" if last_err else "")
    if failure is None and rows is None:
        failure = "it printed no rows line" + (f" ({last_err})" if last_err else "")
    return BenchRun(
        name=script.stem,
        args=args,
        seconds=seconds,
        cpu_seconds=children_cpu() - cpu,
        load_before=load_before,
        load_after=os.getloadavg()[0],
        rows=rows or [],
        failure=failure,
    )


def scripts(folder: Path, only: set[str]) -> list[Path]:
    found = {p.stem: p for p in folder.glob("bench_*.py")}
    wanted = {n.removesuffix(".py") for n in only}
    if wanted - set(found):
        raise SystemExit(f"no such benchmark: {', '.join(sorted(wanted - set(found)))}")
    names = [n for n in ORDER if n in found] + sorted(set(found) - set(ORDER))
    return [found[n] for n in names if not wanted or n in wanted]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="run only these benchmarks (bench_NAME)")
    parser.add_argument("--quick", action="store_true", default=None, help="regional scale")
    parser.add_argument("--out", type=Path, help="where to write the report")
    parser.add_argument("--bench-dir", type=Path, default=HERE, help=argparse.SUPPRESS)
    parser.add_argument("--timeout", type=float, default=TIMEOUT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    quick = bool(os.environ.get("KUHINA_BENCH_QUICK")) if args.quick is None else args.quick
    chosen = scripts(args.bench_dir, set(args.names))
    out = args.out or (OUT_QUICK if quick else OUT_PARTIAL if args.names else OUT)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if quick:
        env["KUHINA_BENCH_QUICK"] = "1"
    else:
        env.pop("KUHINA_BENCH_QUICK", None)
    info = RunInfo(
        command="make bench-quick" if quick else "make bench",
        started=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        seconds=0.0,
        machine=machine(),
        cores=os.cpu_count() or 1,
        commit=commit(),
        tree=tree_state(),
        load_start=os.getloadavg(),
        load_end=(0.0, 0.0, 0.0),
        quick=quick,
        partial=bool(args.names),
    )
    if args.names:
        info.command = f"run_all.py {' '.join(args.names)}" + (" (quick)" if quick else "")
    started = time.perf_counter()
    runs = []
    for script in chosen:
        bench_args = QUICK_ARGS.get(script.stem, []) if quick else []
        print(f"running {script.name} {' '.join(bench_args)} ...", file=sys.stderr, flush=True)
        result = run(script, bench_args, env, args.timeout)
        reading = args.bench_dir / "reading" / f"{script.stem}.md"
        if reading.is_file():
            result.reading = reading.read_text(encoding="utf-8")
            result.reading_origin = reading_origin(reading)
        status = "ok" if result.failure is None else f"FAILED: {result.failure}"
        print(f"{script.name}: {result.seconds:.0f} s, {status}", file=sys.stderr, flush=True)
        runs.append(result)
    info.seconds = time.perf_counter() - started
    info.load_end = os.getloadavg()
    at_end = commit()
    if at_end != info.commit:
        info.commit_changed = at_end
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render(info, runs), encoding="utf-8")
    print(f"wrote {out} in {info.seconds:.0f} s", file=sys.stderr)
    return 1 if any(r.failure is not None for r in runs) else 0


if __name__ == "__main__":
    sys.exit(main())
