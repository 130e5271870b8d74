"""Benchmark of importing packages into the catalogue (issue 4).

    .venv/bin/python tests/bench/bench_import.py [--sizes 300,3000] [--opportunities 30]
                                                 [--backends sqlite,postgresql]

`kuhina demo` content (`generate_demo`), one signed package per organisation, imported
into a new catalogue with `CatalogueWorkspace.import_package(..., trust_new=True,
decisions="accept_all")`: verification, the trust registry, the diff, the merge, the
audit entry, one transaction per package, on SQLite (WAL, synchronous=FULL) and on a
throwaway PostgreSQL server (started as the tests start it).

The floor, measured in the same run on the same database: verification alone
(`read_package`, which includes parsing the JSON) plus a raw DBAPI `executemany` of the
same rows (every record as JSON text with its organisation, type and id) into a plain
table, one transaction per package with the same durability. Goals: within 3x of the
floor, and the time per package flat from the smaller to the larger catalogue (the ratio
of ms per package, larger over smaller, at most 1.25).

Prints one JSON line per figure and a last line `{"rows": [...]}` for `run_all.py`.
Not collected by pytest.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kuhina_desktop.demo.content import generate_demo  # noqa: E402
from kuhina_desktop.domain.vocab import load_vocabulary  # noqa: E402
from kuhina_desktop.packages import keys  # noqa: E402
from kuhina_desktop.packages.reader import read_package  # noqa: E402
from kuhina_desktop.packages.writer import build_package  # noqa: E402
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace  # noqa: E402
from kuhina_desktop.services.import_facts import contract_json  # noqa: E402
from tests.catalogue_support.postgres import PostgresServer, _Cluster, find_bin_dir  # noqa: E402

SEED = 2026
GOAL_RATIO = 3.0
GOAL_FLAT = 1.25
CREATED_AT = "2026-11-01T08:00:00+00:00"


def make_packages(count: int, opportunities: int) -> list[bytes]:
    version = load_vocabulary().version
    result = []
    for demo in generate_demo(count, opportunities, SEED):
        snapshot = dataclasses.replace(
            demo.snapshot,
            opportunities=[o for o in demo.snapshot.opportunities if o.status != "draft"],
        )
        result.append(
            build_package(
                snapshot,
                demo.attachments,
                keys.generate_key(),
                sequence=1,
                created_at=CREATED_AT,
                vocab_version=version,
            )
        )
    return result


def raw_rows(data: bytes) -> list[tuple[str, str, str, str]]:
    """The rows a raw insert of one package writes: (id, organisation, type, JSON)."""
    pkg = read_package(data)
    snapshot = contract_json(pkg.snapshot)
    org = snapshot["organisation"]
    rows = [(org["id"], org["id"], "organisation", json.dumps(org))]
    rows += [(e["id"], org["id"], "environment", json.dumps(e)) for e in snapshot["environments"]]
    rows += [(o["id"], org["id"], "opportunity", json.dumps(o)) for o in snapshot["opportunities"]]
    return rows


RAW_TABLE = (
    "CREATE TABLE raw_record (id TEXT PRIMARY KEY, organisation_id TEXT, type TEXT, data TEXT)"
)


def floor_sqlite(path: Path, packages: list[bytes]) -> float:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute(RAW_TABLE)
    started = time.perf_counter()
    for data in packages:
        rows = raw_rows(data)
        connection.execute("BEGIN IMMEDIATE")
        connection.executemany("INSERT INTO raw_record VALUES (?, ?, ?, ?)", rows)
        connection.execute("COMMIT")
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def floor_postgres(url: str, packages: list[bytes]) -> float:
    import psycopg
    from sqlalchemy.engine import make_url

    parts = make_url(url)
    query = dict(parts.query)
    options = query.pop("options", None)
    connection = psycopg.connect(
        dbname=parts.database,
        user=parts.username,
        host=str(query["host"]),
        port=int(str(query["port"])),
        options=str(options) if options else "",
    )
    with connection.cursor() as cursor:
        cursor.execute(RAW_TABLE)
    connection.commit()
    started = time.perf_counter()
    for data in packages:
        rows = raw_rows(data)
        with connection.cursor() as cursor:
            cursor.executemany("INSERT INTO raw_record VALUES (%s, %s, %s, %s)", rows)
        connection.commit()
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def import_all(folder: Path, url: str | None, packages: list[bytes]) -> float:
    with CatalogueWorkspace.create(folder, url) as ws:
        started = time.perf_counter()
        for data in packages:
            outcome = ws.import_package(data, trust_new=True, decisions="accept_all")
            assert outcome.status == "imported", (
                f"{outcome.package.organisation_name if outcome.package else '?'}: "
                f"{outcome.status} ({outcome.reason})"
            )
        return time.perf_counter() - started


@contextmanager
def databases(backends: list[str]) -> Iterator[dict[str, Any]]:
    """A factory of fresh database URLs per backend (None: SQLite in the workspace)."""
    cluster = None
    try:
        factories: dict[str, Any] = {}
        if "sqlite" in backends:
            factories["sqlite"] = lambda: None
        if "postgresql" in backends:
            bin_dir = find_bin_dir()
            if bin_dir is None:
                raise SystemExit("PostgreSQL server programs not found")
            cluster = _Cluster(bin_dir)
            server = PostgresServer(cluster.start())

            def fresh() -> str:
                return server.url(server.database, server.create_schema())

            factories["postgresql"] = fresh
        yield factories
    finally:
        if cluster is not None:
            cluster.stop()


def row(figure: str, value: float, unit: str, floor: str | None = None,
        floor_value: float | None = None, goal: str | None = None,
        met: bool | None = None) -> dict[str, Any]:  # fmt: skip
    ratio = value / floor_value if floor_value else None
    result = {
        "figure": figure,
        "value": round(value, 3),
        "unit": unit,
        "floor": floor,
        "floor_value": None if floor_value is None else round(floor_value, 3),
        "ratio": None if ratio is None else round(ratio, 2),
        "goal": goal,
        "met": met,
    }
    print(json.dumps(result), flush=True)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="300,3000")
    parser.add_argument("--opportunities", type=int, default=30)
    parser.add_argument("--backends", default="sqlite,postgresql")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    backends = args.backends.split(",")
    rows: list[dict[str, Any]] = []
    per_package: dict[tuple[str, int], float] = {}
    work = Path(tempfile.mkdtemp(prefix="kuhina-bench-import-"))
    try:
        with databases(backends) as fresh:
            for size in sizes:
                print(f"making {size} packages ...", file=sys.stderr, flush=True)
                packages = make_packages(size, args.opportunities)
                started = time.perf_counter()
                for data in packages:
                    read_package(data)
                verify = time.perf_counter() - started
                for backend in backends:
                    print(f"{backend}, {size} organisations ...", file=sys.stderr, flush=True)
                    folder = work / f"{backend}-{size}"
                    url = fresh[backend]()
                    seconds = import_all(folder, url, packages)
                    if url is None:
                        raw = floor_sqlite(work / f"raw-{backend}-{size}.sqlite", packages)
                    else:
                        raw = floor_postgres(fresh[backend](), packages)
                    floor = raw  # raw_rows() verifies each package: the floor includes it
                    label = f"{backend}, {size} × {args.opportunities}"
                    rows.append(row(f"import {label}: packages/s", size / seconds, "pkg/s"))
                    ratio = seconds / floor
                    rows.append(
                        row(
                            f"import {label}: time",
                            seconds,
                            "s",
                            "verify + JSON + raw executemany",
                            floor,
                            f"≤ {GOAL_RATIO:g}× floor",
                            ratio <= GOAL_RATIO,
                        )
                    )
                    rows.append(row(f"verify only, {size} packages", verify, "s"))
                    per_package[(backend, size)] = seconds / size * 1000
                    shutil.rmtree(folder, ignore_errors=True)
        if len(sizes) > 1:
            small, large = min(sizes), max(sizes)
            for backend in backends:
                flat = per_package[(backend, large)] / per_package[(backend, small)]
                rows.append(
                    row(
                        f"{backend}: ms per package at {large} vs {small} organisations",
                        per_package[(backend, large)],
                        "ms",
                        f"ms per package at {small}",
                        per_package[(backend, small)],
                        f"≤ {GOAL_FLAT:g}×",
                        flat <= GOAL_FLAT,
                    )
                )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps({"rows": rows}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
