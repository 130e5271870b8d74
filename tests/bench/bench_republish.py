"""Benchmark of republishing the web catalogue after one package (issue 19): the time to
publish again into the same folder, with the state of the earlier publish
(exports/site_reuse), as a ratio to a full publish of the same catalogue into an empty
folder measured in the same run (goal: at most 10 %).

    .venv/bin/python tests/bench/bench_republish.py [--sizes 10000 50000]

Each size runs in its own child process. A catalogue of that many published opportunities
is built from demo content (bench_site.build_catalogue, not timed); the full publish into an
empty folder is timed (the floor); then, one after the other, what one package can do is
applied and the catalogue is published again into the same folder, each timed end to end
(wall clock and CPU seconds of the publishing process; for the full publish also its page
rendering processes' CPU seconds, which on a shared machine tell more than the wall clock):
- one organisation's package edits two of its offers (their descriptions) and comes in on
  a later day;
- one organisation renames itself (its name is on all its 30 offers, their pages and
  entries);
- one offer is added (its title sorts it near the top, so every later page of the whole list
  and of its municipalities moves by one entry);
- one offer is withdrawn;
- nothing changed.
After the last step the folder is compared, file by file, with a full publish of the same
catalogue into an empty folder (the same bytes and the same files: the check the unit test
makes, at scale). `make bench-quick` (KUHINA_BENCH_QUICK) runs 10,000 only. Prints one
JSON line per size and a last line with the rows. Not collected by pytest.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kuhina_desktop.catalogue.published import (  # noqa: E402
    PublishedCatalogue,
    PublishedOrganisation,
)
from kuhina_desktop.domain.model import Text  # noqa: E402
from kuhina_desktop.exports.site import publish_site  # noqa: E402
from tests.bench.bench_site import TODAY, build_catalogue  # noqa: E402

LATER = "2026-11-28T15:00:00+02:00"
GOAL = 0.10


def _org(
    cat: PublishedCatalogue, index: int, change: Callable[[PublishedOrganisation], Any]
) -> PublishedCatalogue:
    orgs = list(cat.organisations)
    orgs[index] = replace(change(orgs[index]), last_updated=LATER)
    return replace(cat, organisations=orgs)


def edited(org: PublishedOrganisation) -> PublishedOrganisation:
    opps = list(org.opportunities)
    for n in (0, 1):
        opps[n] = replace(opps[n], description=Text(fi=f"Uusi kuvaus {n}.", sv="Ny text."))
    return replace(org, opportunities=opps)


def renamed(org: PublishedOrganisation) -> PublishedOrganisation:
    return replace(org, organisation=replace(org.organisation, name=Text(fi="Uusi nimi ry")))


def added(org: PublishedOrganisation) -> PublishedOrganisation:
    new = replace(
        org.opportunities[0], id="0badc0de-0000-4000-8000-000000000001",
        title=Text(fi="Aakkosten alkuun", sv="Först i alfabetet", en="First of all"),
    )  # fmt: skip
    return replace(org, opportunities=[*org.opportunities, new])


def withdrawn(org: PublishedOrganisation) -> PublishedOrganisation:
    return replace(org, opportunities=org.opportunities[1:])


STEPS: list[tuple[str, Callable[[PublishedCatalogue], PublishedCatalogue]]] = [
    ("one package: two offers edited", lambda cat: _org(cat, 7, edited)),
    ("one package: the organisation renamed (30 offers)", lambda cat: _org(cat, 11, renamed)),
    ("one package: an offer added at the top of the lists", lambda cat: _org(cat, 13, added)),
    ("one package: an offer withdrawn", lambda cat: _org(cat, 17, withdrawn)),
    ("nothing changed", lambda cat: cat),
]


def timed(work: Callable[[], object]) -> tuple[float, float]:
    started, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - started, time.process_time() - cpu


def same_folders(first: Path, second: Path) -> bool:
    def files(root: Path) -> list[str]:
        return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())

    names = files(first)
    if names != files(second):
        return False
    _match, mismatch, errors = filecmp.cmpfiles(first, second, names, shallow=False)
    return not mismatch and not errors


def child(size: int) -> None:
    catalogue = build_catalogue(size)
    with tempfile.TemporaryDirectory(prefix="kuhina-bench-republish-") as temp:
        site, state, fresh = Path(temp) / "site", Path(temp) / "state.json", Path(temp) / "fresh"
        children = os.times().children_user + os.times().children_system
        full, full_cpu = timed(lambda: publish_site(catalogue, site, today=TODAY, state=state))
        workers_cpu = os.times().children_user + os.times().children_system - children
        steps = []
        for name, change in STEPS:
            catalogue = change(catalogue)
            seconds, cpu = timed(partial(publish_site, catalogue, site, today=TODAY, state=state))
            steps.append({"step": name, "seconds": round(seconds, 2), "cpu": round(cpu, 2)})
        publish_site(catalogue, fresh, today=TODAY)
        identical = same_folders(site, fresh)
        shutil.rmtree(site, ignore_errors=True)
        shutil.rmtree(fresh, ignore_errors=True)
    result = {
        "opportunities": size,
        "full_publish_seconds": round(full, 2),
        "full_publish_cpu_seconds": round(full_cpu, 2),
        "full_publish_workers_cpu_seconds": round(workers_cpu, 2),
        "cores": os.cpu_count(),
        "steps": steps,
        "identical_to_full_publish": identical,
    }
    print(json.dumps(result), flush=True)


def table_rows(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for r in results:
        size = f"{r['opportunities']:,}"
        floor = r["full_publish_seconds"]
        for step in r["steps"]:
            ratio = round(step["seconds"] / floor, 3)
            goal = step["step"].startswith("one package")
            rows.append(
                {
                    "figure": f"republish after {step['step']}, {size} opportunities",
                    "value": step["seconds"],
                    "unit": "s",
                    "floor": "a full publish of the same catalogue into an empty folder",
                    "floor_value": floor,
                    "ratio": ratio,
                    "goal": f"≤ {GOAL:.2f}× the floor" if goal else None,
                    "met": ratio <= GOAL if goal else None,
                }
            )
        rows.append(
            {
                "figure": f"republished site byte-identical to a full publish, {size}",
                "value": "yes" if r["identical_to_full_publish"] else "NO",
                "unit": "",
                "floor": None,
                "floor_value": None,
                "ratio": None,
                "goal": "yes",
                "met": bool(r["identical_to_full_publish"]),
            }
        )
    return rows


def main(argv: list[str] | None = None) -> list[dict[str, Any]]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    quick = bool(os.environ.get("KUHINA_BENCH_QUICK"))
    sizes = [10_000] if quick else [10_000, 50_000]
    parser.add_argument("--sizes", type=int, nargs="+", default=sizes)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child)
        return []
    results = []
    for size in args.sizes:
        done = subprocess.run(
            [sys.executable, __file__, "--child", str(size)],
            check=True, capture_output=True, text=True, env={**os.environ},
        )  # fmt: skip
        result = json.loads(done.stdout.strip().splitlines()[-1])
        print(json.dumps(result), flush=True)
        results.append(result)
    print(json.dumps({"bench": "republish", "results": results, "rows": table_rows(results)}))
    return results


if __name__ == "__main__":
    main()
