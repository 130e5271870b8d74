"""The benchmark collector (tests/bench/run_all.py) on fake benchmarks: small scripts that
print JSON lines as the real ones do, so nothing is measured here."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from tests.bench import run_all
from tests.bench.report import fmt, goal_text

ALPHA_ROWS = [
    {
        "figure": "first paint, source",
        "value": 252.0,
        "unit": "ms",
        "floor": "bare QMainWindow",
        "floor_value": 200.0,
        "goal": 1.3,
        "met": True,
    },
    {
        "figure": "search, 300,000 opportunities: a | b",
        "value": 61.5,
        "unit": "ms",
        "floor": "count(*)",
        "floor_value": 1.5,
        "ratio": 41.0,
        "goal": "< 50 ms",
        "met": False,
    },
    {"figure": "load (370 organisations)", "value": 12, "unit": "s"},
]


def bench(folder: Path, name: str, body: str, reading: str | None = None) -> None:
    (folder / f"{name}.py").write_text(textwrap.dedent(body), encoding="utf-8")
    if reading is not None:
        (folder / "reading").mkdir(exist_ok=True)
        (folder / "reading" / f"{name}.md").write_text(reading, encoding="utf-8")


def printing(*lines: object, exit_status: int = 0, stderr: str = "") -> str:
    """The body of a fake benchmark printing `lines` (dicts as JSON lines)."""
    out = [json.dumps(x) if isinstance(x, dict) else str(x) for x in lines]
    return (
        f"import sys\nfor line in {out!r}:\n    print(line)\n"
        f"print({stderr!r}, file=sys.stderr)\nsys.exit({exit_status})\n"
    )


@pytest.fixture
def benches(tmp_path: Path) -> Path:
    folder = tmp_path / "bench"
    folder.mkdir()
    return folder


def collect(folder: Path, *args: str) -> tuple[int, str]:
    out = folder.parent / "performance.md"
    status = run_all.main(["--bench-dir", str(folder), "--out", str(out), *args])
    return status, out.read_text(encoding="utf-8")


def table(report: str) -> list[str]:
    return [line for line in report.splitlines() if line.startswith("| ")][1:]


def test_every_row_and_reading_go_into_the_report(benches: Path) -> None:
    bench(
        benches,
        "bench_alpha",
        printing(
            "a progress line",
            {"size": 10000},
            {"rows": [{"figure": "an earlier result"}]},
            {"benchmark": "alpha", "rows": ALPHA_ROWS},
        ),
        reading="- **First paint** is limited by the imports.\n\n## A heading of its own\n",
    )
    bench(benches, "bench_beta", printing({"rows": [{"figure": "size", "value": 27.6}]}))

    status, report = collect(benches)

    assert status == 0
    assert table(report) == [
        "| alpha | first paint, source | 252 ms | bare QMainWindow | 200 ms | 1.26× | ≤ 1.3× "
        "| yes |",
        "| alpha | search, 300,000 opportunities: a \\| b | 61.5 ms | count(*) | 1.5 ms | 41× "
        "| < 50 ms | **no** |",
        "| alpha | load (370 organisations) | 12 s | — | — | — | — | — |",
        "| beta | size | 27.6 | — | — | — | — | — |",
    ]
    assert "Goals**: 1 of 2 met (a failed benchmark counts as one missed); not met:\n" in report
    assert "\n  - alpha: search, 300,000 opportunities: a \\| b\n" in report
    assert "- **Commit**: " in report and "the working tree was " in report
    assert "at the start" in report and "at the end" in report and "shared" in report
    alpha = report.index("### alpha (`tests/bench/bench_alpha.py`)")
    beta = report.index("### beta (`tests/bench/bench_beta.py`)")
    assert alpha < report.index("**First paint** is limited by the imports.") < beta
    assert "#### A heading of its own" in report
    assert "**No reading**: `tests/bench/reading/bench_beta.md` is missing." in report[beta:]


def test_a_failed_benchmark_is_reported_not_dropped(benches: Path) -> None:
    bench(
        benches,
        "bench_broken",
        printing(
            {"rows": [ALPHA_ROWS[0]]},
            exit_status=3,
            stderr="Traceback (most recent call last):\nValueError: boom",
        ),
    )
    bench(benches, "bench_malformed", printing({"rows": [{"value": 1}]}))
    bench(benches, "bench_silent", printing("working ...", stderr="no database"))
    bench(benches, "bench_slow", "import time\ntime.sleep(60)\n")

    status, report = collect(benches, "--timeout", "2")

    assert status == 1
    rows = table(report)
    assert rows[0].startswith("| broken | first paint, source | 252 ms |")
    assert rows[1:] == [
        "| broken | **failed**: exit status 3: ValueError: boom | — | — | — | — | — | **no** |",
        "| malformed | **failed**: its rows line is malformed (a list of objects with a figure) "
        "| — | — | — | — | — | **no** |",
        "| silent | **failed**: it printed no rows line (no database) | — | — | — | — | — "
        "| **no** |",
        "| slow | **failed**: stopped after 2 s (TIMEOUT) | — | — | — | — | — | **no** |",
    ]
    assert "Goals**: 1 of 5 met" in report and "\n  - silent (failed)\n" in report
    assert "- **Failed**: `bench_broken.py`: exit status 3: ValueError: boom; " in report
    assert "- `bench_slow.py`: " in report and "**failed**: stopped after 2 s" in report


def test_a_quick_run_passes_the_regional_scale_and_writes_elsewhere(
    benches: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = """\
        import json, os, sys
        row = {"figure": " ".join(sys.argv[1:]), "value": os.environ.get("KUHINA_BENCH_QUICK")}
        print(json.dumps({"rows": [row]}))
    """
    bench(benches, "bench_gamma", body)
    record, quick = benches.parent / "performance.md", benches.parent / "quick.md"
    monkeypatch.setattr(run_all, "OUT", record)
    monkeypatch.setattr(run_all, "OUT_QUICK", quick)
    monkeypatch.setitem(run_all.QUICK_ARGS, "bench_gamma", ["--sizes", "10000"])
    monkeypatch.setenv("KUHINA_BENCH_QUICK", "1")

    assert run_all.main(["--bench-dir", str(benches)]) == 0

    assert not record.exists()
    report = quick.read_text(encoding="utf-8")
    assert report.startswith("# Performance at the regional scale (make bench-quick; not the")
    assert table(report) == ["| gamma | --sizes 10000 | 1 | — | — | — | — | — |"]

    monkeypatch.delenv("KUHINA_BENCH_QUICK")
    assert run_all.main(["--bench-dir", str(benches)]) == 0
    assert table(record.read_text(encoding="utf-8")) == ["| gamma |  | — | — | — | — | — | — |"]


def test_the_issue_items_come_first_in_order(benches: Path) -> None:
    for name in ("bench_zeta", "bench_excel", "bench_startup", "bench_aaa"):
        bench(benches, name, printing({"rows": [{"figure": name}]}))

    _status, report = collect(benches)

    assert [row.split(" | ")[1] for row in table(report)] == [
        "bench_startup",
        "bench_excel",
        "bench_aaa",
        "bench_zeta",
    ]
    with pytest.raises(SystemExit, match="no such benchmark: bench_nothing"):
        collect(benches, "bench_nothing")


def test_values_and_goals_are_written_as_read() -> None:
    assert fmt(300008) == "300,008"
    assert fmt(0.1234, "s") == "0.123 s"
    assert fmt(1458.4, "ms") == "1,458 ms"
    assert fmt(None, "ms") == "—"
    assert fmt(True) == "yes"
    assert goal_text(3.0) == "≤ 3×"
    assert goal_text("≤ 0.10× the floor") == "≤ 0.10× the floor"
    assert goal_text(None) == "—"
