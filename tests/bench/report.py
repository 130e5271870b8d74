"""The Markdown report of one benchmark run (docs/performance.md), from the runs' results.

Pure functions over what `run_all.py` collected, so a unit test can feed it fake results.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

COLUMNS = ("benchmark", "figure", "value", "floor", "floor value", "ratio", "goal", "met")


@dataclass
class BenchRun:
    """One benchmark script's run: its rows, or why it has none."""

    name: str  # the script's stem, e.g. "bench_startup"
    args: list[str]
    seconds: float
    cpu_seconds: float  # processor time of the benchmark's processes
    load_before: float
    load_after: float
    rows: list[dict[str, Any]] = field(default_factory=list)
    failure: str | None = None  # None when the script exited 0 with a well-formed rows line
    reading: str | None = None  # the text of reading/<name>.md
    reading_origin: str | None = None  # e.g. "commit 1234abc, 2026-12-07"

    @property
    def short(self) -> str:
        return self.name.removeprefix("bench_")


@dataclass
class RunInfo:
    """What the report's header says about the run."""

    command: str  # "make bench", "make bench-quick", ...
    started: str  # "2026-12-07 14:50 UTC"
    seconds: float
    machine: str
    cores: int
    commit: str  # "1234abc (branch bench)"
    tree: str  # "clean", or what was not committed
    load_start: tuple[float, float, float]
    load_end: tuple[float, float, float]
    quick: bool = False
    partial: bool = False
    commit_changed: str | None = None  # the commit at the end when it differs


def fmt(value: Any, unit: str = "") -> str:
    """A figure with its unit: 3 significant digits below 100, whole numbers above."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        text = "yes" if value else "no"
    elif isinstance(value, int):
        text = f"{value:,}"
    elif isinstance(value, float):
        text = f"{value:.3g}" if abs(value) < 100 else f"{value:,.0f}"
    else:
        text = str(value)
    return f"{text} {unit}".strip() if unit and text != "—" else text


def ratio_of(row: dict[str, Any]) -> float | None:
    """The row's ratio, or value / floor_value when the benchmark left it out."""
    ratio = row.get("ratio")
    if isinstance(ratio, int | float) and not isinstance(ratio, bool):
        return float(ratio)
    value, floor = row.get("value"), row.get("floor_value")
    numbers = all(isinstance(x, int | float) and not isinstance(x, bool) for x in (value, floor))
    if numbers and floor:
        return float(value) / float(floor)
    return None


def goal_text(goal: Any) -> str:
    """A goal as written; a bare number is a ratio to the floor ("≤ 3×")."""
    if goal is None or goal == "":
        return "—"
    if isinstance(goal, int | float) and not isinstance(goal, bool):
        return f"≤ {goal:g}×"
    return str(goal)


def cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def table_row(run: BenchRun, row: dict[str, Any]) -> str:
    unit = str(row.get("unit") or "")
    ratio = ratio_of(row)
    met = {True: "yes", False: "**no**"}.get(row.get("met"), "—")
    cells = [
        run.short,
        str(row.get("figure", "")),
        fmt(row.get("value"), unit),
        str(row.get("floor") or "—"),
        fmt(row.get("floor_value"), unit),
        "—" if ratio is None else f"{ratio:.3g}×",
        goal_text(row.get("goal")),
        met,
    ]
    return "| " + " | ".join(cell(c) for c in cells) + " |"


def failed_row(run: BenchRun) -> str:
    cells = [run.short, f"**failed**: {run.failure}", "—", "—", "—", "—", "—", "**no**"]
    return "| " + " | ".join(cell(c) for c in cells) + " |"


def goals(runs: list[BenchRun]) -> tuple[int, list[str]]:
    """How many rows have a goal, and the figures that missed theirs (failures count)."""
    total, missed = 0, []
    for run in runs:
        if run.failure is not None:
            total += 1
            missed.append(f"{run.short} (failed)")
        for row in run.rows:
            if row.get("met") is not None:
                total += 1
                if row.get("met") is False:
                    missed.append(f"{run.short}: {row.get('figure')}")
    return total, missed


def duration(seconds: float) -> str:
    return f"{seconds / 60:.0f} min" if seconds >= 120 else f"{seconds:.0f} s"


def load_text(load: tuple[float, float, float]) -> str:
    return " / ".join(f"{x:.1f}" for x in load)


def header(info: RunInfo, runs: list[BenchRun]) -> list[str]:
    cpu = sum(run.cpu_seconds for run in runs)
    took = f"{duration(info.seconds)} ({duration(cpu)} of processor time in the benchmarks)"
    if info.quick:
        title = "# Performance at the regional scale (make bench-quick; not the figures of record)"
    elif info.partial:
        title = "# Performance of some benchmarks (a partial run; not the figures of record)"
    else:
        title = "# Performance"
    total, missed = goals(runs)
    lines = [
        title,
        "",
        f"Written by `{info.command}` from one run, started {info.started}; the run took {took}.",
        "",
        f"- **Commit**: {info.commit}; the working tree was {info.tree}.",
    ]
    if info.commit_changed:
        lines.append(f"  **The commit changed during the run**: {info.commit_changed} at the end.")
    lines += [
        f"- **Machine**: {info.machine}.",
        f"- **Load average** (1 / 5 / 15 min): {load_text(info.load_start)} at the start, "
        f"{load_text(info.load_end)} at the end, on {info.cores} cores; each benchmark's "
        "below. The machine is shared: other work may have run beside the benchmarks, and "
        "a wall-clock figure grows with it. Each floor is measured in the same run as its "
        "figure, under the same load, so the ratio, not the seconds, is what to compare.",
        f"- **Goals**: {total - len(missed)} of {total} met (a failed benchmark counts as one "
        "missed)" + ("; not met:" if missed else "."),
    ]
    lines += [f"  - {cell(figure)}" for figure in missed]
    failed = [run for run in runs if run.failure is not None]
    if failed:
        lines.append(
            "- **Failed**: "
            + "; ".join(f"`{run.name}.py`: {run.failure}" for run in failed)
            + " (each has a row in the table)."
        )
    if info.quick:
        lines.append(
            "- **Scale**: regional (about 10,000 opportunities; KUHINA_BENCH_QUICK=1). The "
            "national-scale rows and the figures of record are in docs/performance.md, "
            "written by `make bench`."
        )
    return lines


def render(info: RunInfo, runs: list[BenchRun]) -> str:
    lines = header(info, runs)
    lines += [
        "",
        "| " + " | ".join(COLUMNS) + " |",
        "|" + "---|" * len(COLUMNS),
    ]
    for run in runs:
        lines += [table_row(run, row) for row in run.rows]
        if run.failure is not None:
            lines.append(failed_row(run))
    lines += ["", "## Runs", ""]
    for run in runs:
        command = " ".join([f"{run.name}.py", *run.args])
        status = "ok" if run.failure is None else f"**failed**: {run.failure}"
        lines.append(
            f"- `{command}`: {run.seconds:.0f} s ({run.cpu_seconds:.0f} s of CPU), load average "
            f"{run.load_before:.1f} → {run.load_after:.1f}, {len(run.rows)} rows, {status}"
        )
    lines += ["", "## What limits each figure", ""]
    for run in runs:
        lines += [f"### {run.short} (`tests/bench/{run.name}.py`)", ""]
        if run.reading:
            lines.append(demote(run.reading.strip()))
            if run.reading_origin:
                lines += ["", f"*(This reading: `tests/bench/reading/{run.name}.md`, "
                               f"{run.reading_origin}.)*"]  # fmt: skip
        else:
            lines.append(f"**No reading**: `tests/bench/reading/{run.name}.md` is missing.")
        lines.append("")
    return "\n".join(lines)


def demote(text: str) -> str:
    """A reading's own headings go below the report's per-benchmark heading (###)."""
    return re.sub(r"^(#{1,3}) ", lambda m: "####" + " ", text, flags=re.M)
