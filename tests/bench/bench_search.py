"""Benchmark of the coordinator's opportunity search at national scale (issue 4).

    .venv/bin/python tests/bench/bench_search.py [--opportunities 300000]
                                                 [--backends sqlite,postgresql] [--runs 15]
                                                 [--keep DIR]

A catalogue of about 300,000 opportunities (10,000 organisations × 30): `kuhina demo`
content for 1,000 organisations, cloned with new ids, written through the same store code
an import uses (denormalised columns, link tables, the full-text index), with some records
hidden and a tenth of the organisations stale, then ANALYZE (PostgreSQL: VACUUM ANALYZE,
as autovacuum does soon after a large import). Then typical queries of the coordinator's
search window through `search_opportunities` (one page of 50 and the total count): rare
and common words, filters alone, words and filters, hidden/stale, deep paging, relevance.

Each figure is the median of `--runs` runs after one warm-up run, at the regional scale
(10,000 opportunities) and the national one (300,000); the goal is under 50 ms a query.
Counting stops at `--count-limit` matches (1,000: the window then says "more than 1,000").
The floor is a `SELECT count(*)` over the whole opportunity table in the same database.
Wall-clock times: the last row gives the machine's load average, since on a shared
machine every figure grows with it.

Building a catalogue of 300,000 takes minutes; `--keep DIR` keeps each catalogue in DIR (a
SQLite workspace folder per size; for PostgreSQL a server whose data folder is in DIR,
started for the run on a fixed port) and a later run with the same DIR reuses it as it is,
after the migrations a newer program brings (so the run then has no load row).

Prints one JSON line per figure and a last line `{"rows": [...]}` for `run_all.py`.
Not collected by pytest.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import func, insert, select, text  # noqa: E402

from kuhina_desktop.demo.content import generate_demo  # noqa: E402
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace  # noqa: E402
from kuhina_desktop.services.import_facts import contract_json  # noqa: E402
from kuhina_desktop.store import catalogue_records as records  # noqa: E402
from kuhina_desktop.store.catalogue_search import SearchFilters, search_opportunities  # noqa: E402
from kuhina_desktop.store.catalogue_tables import (  # noqa: E402
    LINK_TABLES,
    EnvironmentRow,
    OpportunityDocumentRow,
    OpportunityRow,
    OrganisationRow,
    table_of,
)
from tests.bench.bench_import import databases, row  # noqa: E402
from tests.catalogue_support.postgres import USER, find_bin_dir  # noqa: E402

SEED = 2026
BASE_ORGANISATIONS = 1000
PER_ORGANISATION = 30
BATCH = 500
GOAL_MS = 50.0
LOADED = "bench-loaded"  # written into a catalogue's folder once its load is done
KEPT_PORT = 58432  # the kept server's port (outside the tests' random 55432-57431)

QUERIES: dict[str, tuple[str, SearchFilters, str, int]] = {
    "rare word": ("kielikahv", SearchFilters(), "title", 0),
    "common word prefix": ("työ", SearchFilters(), "title", 0),
    "common word, by relevance": ("suomen", SearchFilters(), "relevance", 0),
    "municipality + kind": (
        "",
        SearchFilters(municipalities=["167"], kinds=["work_trial"]),
        "title",
        0,
    ),
    "word + municipality + target group + language": (
        "uravalmennus",
        SearchFilters(municipalities=["260"], target_groups=["youth"], languages=["fi"]),
        "title",
        0,
    ),
    "everything, first page": ("", SearchFilters(), "title", 0),
    "published, not hidden, not stale, newest first": (
        "",
        SearchFilters(statuses=["published"], hidden=False, stale=False),
        "updated",
        0,
    ),
    "hidden only": ("", SearchFilters(hidden=True), "title", 0),
    "deep page (offset 10,000)": ("", SearchFilters(), "title", 10_000),
}


def _recode(data: dict[str, Any], ids: dict[str, str]) -> dict[str, Any]:
    def new(old: str) -> str:
        return ids.setdefault(old, str(uuid.uuid4()))

    org = dict(data["organisation"], id=new(data["organisation"]["id"]))
    org["contacts"] = [dict(c, id=new(c["id"])) for c in org.get("contacts") or []]
    envs = [dict(e, id=new(e["id"])) for e in data["environments"]]
    opps = []
    for o in data["opportunities"]:
        env = o.get("environment_id")
        opps.append(
            dict(
                o,
                id=new(o["id"]),
                environment_id=new(env) if env else None,
                contact_id=ids.get(o.get("contact_id") or "", o.get("contact_id")),
            )
        )
    return {"organisation": org, "environments": envs, "opportunities": opps}


def snapshots(total: int) -> Iterator[dict[str, Any]]:
    """Organisation snapshots (contract JSON, no drafts) until `total` opportunities."""
    base = []
    for demo in generate_demo(BASE_ORGANISATIONS, PER_ORGANISATION, SEED):
        snap = dataclasses.replace(
            demo.snapshot,
            opportunities=[o for o in demo.snapshot.opportunities if o.status != "draft"],
        )
        base.append(contract_json(snap))
    made = 0
    round_ = 0
    while made < total:
        for data in base:
            if made >= total:
                return
            clone = data if round_ == 0 else _recode(data, {})
            made += len(clone["opportunities"])
            yield clone
        round_ += 1


def load(ws: CatalogueWorkspace, total: int) -> int:
    """Write the catalogue in large batches with the store's own row builders (the same
    denormalised columns, link tables, search text and full-text index an import writes,
    without one transaction per organisation); returns the number of organisations."""
    now = datetime.now(UTC)
    stale_time = now - timedelta(days=400)
    tables = {
        name: table_of(row)
        for name, row in (
            ("organisation", OrganisationRow),
            ("environment", EnvironmentRow),
            ("opportunity", OpportunityRow),
            ("document", OpportunityDocumentRow),
        )
    }
    num = 0
    count = 0
    batch: list[dict[str, Any]] = []

    def flush() -> None:
        nonlocal num, count
        rows: dict[str, list[dict[str, Any]]] = {name: [] for name in tables}
        links: dict[str, list[dict[str, Any]]] = {key: [] for key in LINK_TABLES}
        for data in batch:
            org = data["organisation"]
            envs = {e["id"]: e for e in data["environments"]}
            rows["organisation"].append(
                {
                    "id": org["id"],
                    "name": org["name"],
                    "name_fi": org["name"]["fi"][:200],
                    "business_id": org.get("business_id"),
                    "data": org,
                    "last_sequence": 1,
                    "last_package_sha256": "0" * 64,
                    "last_package_created_at": None,
                    "last_import_at": stale_time if count % 10 == 0 else now,
                    "first_seen_at": now,
                    "hidden": False,
                    "flags": [],
                }
            )
            count += 1
            for env in envs.values():
                rows["environment"].append(
                    {
                        "id": env["id"],
                        "organisation_id": org["id"],
                        **records._env_columns(env, False),
                    }
                )
            for opp in data["opportunities"]:
                num += 1
                rows["opportunity"].append(
                    {
                        "num": num,
                        "id": opp["id"],
                        "organisation_id": org["id"],
                        **records._opp_columns(opp, False),
                    }
                )
                env = envs.get(str(opp.get("environment_id") or ""))
                rows["document"].append(
                    {
                        "num": num,
                        "data": opp,
                        "search_text": records.opportunity_search_text(opp, org, env),
                    }
                )
                for key, link_rows in records._link_rows(num, opp).items():
                    links[key] += link_rows
        with ws.store.transaction() as s:
            for name, table in tables.items():
                s.execute(insert(table), rows[name])
            for key, link_rows in links.items():
                s.execute(insert(table_of(LINK_TABLES[key])), link_rows)
        batch.clear()

    for data in snapshots(total):
        batch.append(data)
        if len(batch) == BATCH:
            flush()
    if batch:
        flush()
    with ws.store.transaction() as s:
        if ws.store.dialect == "postgresql":
            s.execute(
                text("SELECT setval(pg_get_serial_sequence('opportunity', 'num'), :n)"), {"n": num}
            )
        # Moderation: hide one opportunity in a hundred and one organisation in a thousand.
        opp_ids = s.scalars(text("SELECT id FROM opportunity WHERE num % 100 = 7")).all()
        org_ids = s.scalars(select(tables["organisation"].c.id).limit(max(1, count // 1000))).all()
    for record_id in list(opp_ids) + list(org_ids):
        ws.hide(record_id, "benchmark", actor="bench")
    if ws.store.dialect == "postgresql":
        # What autovacuum does soon after a large import: statistics and the visibility
        # map (which lets an index-only scan skip the table).
        with ws.engine.connect() as connection:
            connection.execution_options(isolation_level="AUTOCOMMIT")
            connection.execute(text("VACUUM ANALYZE"))
    else:
        with ws.store.transaction() as s:
            s.execute(text("ANALYZE"))
    return count


@contextmanager
def kept_server(folder: Path) -> Iterator[str]:
    """A PostgreSQL server whose data folder stays in `folder` (made on first use), running
    for the run on a Unix socket there, no TCP; yields its base URL."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise SystemExit("PostgreSQL server programs not found")
    as_root = os.geteuid() == 0

    def run(*args: str) -> None:
        command = ["runuser", "-u", "postgres", "--", *args] if as_root else list(args)
        subprocess.run(command, check=True, capture_output=True, timeout=600)

    data = folder / "data"
    if not (data / "PG_VERSION").is_file():
        folder.mkdir(parents=True, exist_ok=True)
        if as_root:
            shutil.chown(folder, user="postgres")
        run(str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", USER, "-E", "UTF8")
    options = f"-p {KEPT_PORT} -k {folder} -c listen_addresses='' -c max_connections=20"
    pg_ctl = str(bin_dir / "pg_ctl")
    run(pg_ctl, "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "start")
    try:
        yield f"postgresql+psycopg://{USER}@/postgres?host={folder}&port={KEPT_PORT}"
    finally:
        run(pg_ctl, "-D", str(data), "-m", "fast", "stop")


def kept_database(base_url: str, name: str) -> str:
    """The URL of a new empty database `name` on the kept server."""
    from sqlalchemy import create_engine

    engine = create_engine(base_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        engine.dispose()
    head, _, query = base_url.partition("?")
    return f"{head.rsplit('/', 1)[0]}/{name}?{query}"


def timed(work: Callable[[], object], runs: int) -> float:
    work()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def run_queries(ws: CatalogueWorkspace, label: str, runs: int, count_limit: int) -> list[Any]:
    result = []

    def count_all() -> object:
        with ws.store.transaction() as s:
            return s.scalar(select(func.count()).select_from(text("opportunity")))

    floor = timed(count_all, runs)
    for name, (query, filters, order, offset) in QUERIES.items():

        def search(
            q: str = query, f: SearchFilters = filters, o: str = order, off: int = offset
        ) -> tuple[list[Any], int]:
            with ws.store.transaction() as s:
                return search_opportunities(s, q, f, o, off, 50, count_limit=count_limit)

        matched = search()[1]
        shown = f"more than {count_limit}" if matched > count_limit else str(matched)
        ms = timed(search, runs)
        result.append(
            row(
                f"{label}: {name} ({shown} matches)",
                ms,
                "ms",
                "count(*) of all opportunities",
                floor,
                f"< {GOAL_MS:g} ms",
                ms < GOAL_MS,
            )
        )
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--opportunities", default="10000,300000", help="catalogue sizes, comma-separated"
    )
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--count-limit", type=int, default=1000)
    parser.add_argument(
        "--keep", type=Path, help="keep the catalogues in this folder and reuse them"
    )
    args = parser.parse_args(argv)
    backends = args.backends.split(",")
    sizes = [int(n) for n in args.opportunities.split(",")]
    rows: list[dict[str, Any]] = []

    def measure(folder: Path, url: Callable[[], str | None], size: int, backend: str) -> None:
        nonlocal rows
        reuse = (folder / LOADED).is_file()
        if not reuse and folder.exists():
            shutil.rmtree(folder)  # a load that did not finish
        opened = CatalogueWorkspace.open(folder) if reuse else None
        with opened or CatalogueWorkspace.create(folder, url()) as ws:
            if not reuse:
                print(f"{backend}: loading {size} ...", file=sys.stderr, flush=True)
                started = time.perf_counter()
                organisations = load(ws, size)
                loaded = time.perf_counter() - started
                (folder / LOADED).write_text(f"{organisations}\n")
            with ws.store.transaction() as s:
                total = int(s.scalar(text("SELECT count(*) FROM opportunity")) or 0)
            label = f"{backend}, {total} opportunities"
            if not reuse:
                rows.append(row(f"{label}: load ({organisations} organisations)", loaded, "s"))
            rows += run_queries(ws, label, args.runs, args.count_limit)

    if args.keep is not None:
        keep = args.keep.resolve()
        for backend in backends:
            if backend == "sqlite":
                for size in sizes:
                    measure(keep / f"sqlite-{size}", lambda: None, size, backend)
                continue
            with kept_server(keep / "postgresql") as base_url:
                for size in sizes:
                    measure(
                        keep / f"postgresql-{size}",
                        lambda n=size: kept_database(base_url, f"bench_{n}"),  # type: ignore[misc]
                        size,
                        backend,
                    )
    else:
        work = Path(tempfile.mkdtemp(prefix="kuhina-bench-search-"))
        try:
            with databases(backends) as fresh:
                for backend in backends:
                    for size in sizes:
                        folder = work / f"{backend}-{size}"
                        measure(folder, fresh[backend], size, backend)
                        shutil.rmtree(folder, ignore_errors=True)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    rows.append(row("load average of the machine during the run (1 min)", os.getloadavg()[0], ""))
    print(json.dumps({"rows": rows}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
