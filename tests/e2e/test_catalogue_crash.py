"""Crash safety and concurrent imports (docs/catalogue.md: "a crash or power cut at any
moment leaves the catalogue as it was before or after a whole package").

* An import process is SIGKILLed at random moments, many times, on SQLite and on
  PostgreSQL. After each kill the catalogue equals the state after some whole number of
  packages (with as many import entries in the audit log); a SQLite file also passes
  `PRAGMA integrity_check`.
* Two import processes run at once against one database (two workspace folders pointing at
  the same SQLite file or PostgreSQL schema): no update is lost and no organisation ever
  takes a package older than one it already has.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from kuhina_desktop.store.engine import make_engine
from tests.catalogue_support.packages import (
    Publisher,
    add_opportunity,
    drop_opportunity,
    publishers,
    retitle,
)
from tests.catalogue_support.postgres import PostgresServer

REPO = Path(__file__).resolve().parents[2]
KILLS = 20


def make_packages(folder: Path, pubs: list[Publisher], rounds: int) -> list[Path]:
    """Packages of every publisher, round by round, each round changing some records."""
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for round_ in range(rounds):
        for index, pub in enumerate(pubs):
            if round_:
                pub.edit(retitle(round_ % 3, f"Kierros {round_}"))
                if round_ % 2:
                    pub.edit(add_opportunity(f"Uusi {round_}"))
                else:
                    pub.edit(drop_opportunity(0))
            path = folder / f"r{round_}-o{index}.kuhina"
            path.write_bytes(pub.export())
            files.append(path)
    return files


def environment(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(KUHINA_LANGUAGE="en", KUHINA_HOME=str(tmp_path / "home"), PYTHONPATH=str(REPO))
    return env


class ForkWorker:
    """tests/catalogue_support/fork_worker.py: `kuhina` commands in forked children."""

    def __init__(self, tmp_path: Path, user: str = "koordinaattori") -> None:
        env = environment(tmp_path)
        env["LOGNAME"] = env["USER"] = user  # the audit log's actor
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.catalogue_support.fork_worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd=REPO,
            env=env,
            text=True,
        )

    def submit(self, *argv: str | Path, kill_after: float | None = None) -> None:
        """Start `kuhina argv` in a forked child, SIGKILLed after `kill_after` seconds if
        it is still running."""
        assert self.process.stdin
        request = {"argv": [str(a) for a in argv], "kill_after": kill_after}
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()

    def result(self) -> tuple[int, float]:
        """The child's exit code (-9 when killed) and how long it ran."""
        assert self.process.stdout
        word, code, seconds = self.process.stdout.readline().split()
        assert word == "exit"
        return int(code), float(seconds)

    def run(self, *argv: str | Path, kill_after: float | None = None) -> tuple[int, float]:
        self.submit(*argv, kill_after=kill_after)
        return self.result()

    def close(self) -> None:
        assert self.process.stdin and self.process.stdout
        self.process.stdin.write("\n")
        self.process.stdin.close()
        self.process.wait(timeout=30)
        self.process.stdout.close()


def check_sqlite(path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        fts = connection.execute(
            "INSERT INTO opportunity_fts(opportunity_fts, rank) VALUES ('integrity-check', 1)"
        )
        fts.close()
    finally:
        connection.close()


STATE_QUERIES = (
    "SELECT id, last_sequence, last_package_sha256, data, hidden FROM organisation ORDER BY id",
    "SELECT organisation_id, fingerprint, state FROM publisher_key ORDER BY 1, 2",
    "SELECT id, organisation_id, data, hidden FROM environment ORDER BY id",
    "SELECT o.id, o.organisation_id, o.kind, o.status, o.title_fi, o.hidden, d.data,"
    " d.search_text FROM opportunity o JOIN opportunity_document d ON d.num = o.num"
    " ORDER BY o.id",
    "SELECT o.id, l.code FROM opportunity_municipality l"
    " JOIN opportunity o ON o.num = l.opportunity_num ORDER BY 1, 2",
    "SELECT o.id, l.code FROM opportunity_target_group l"
    " JOIN opportunity o ON o.num = l.opportunity_num ORDER BY 1, 2",
    "SELECT o.id, l.code FROM opportunity_language l"
    " JOIN opportunity o ON o.num = l.opportunity_num ORDER BY 1, 2",
    "SELECT sha256 FROM attachment ORDER BY 1",
)


def sqlite_state(path: Path) -> tuple[str, int]:
    """A digest of everything an import writes, and the number of import audit entries."""
    connection = sqlite3.connect(path)
    try:
        rows = [connection.execute(query).fetchall() for query in STATE_QUERIES]
        (imports,) = connection.execute(
            "SELECT count(*) FROM audit_log WHERE action = 'import'"
        ).fetchone()
    finally:
        connection.close()
    return hashlib.sha256(repr(rows).encode("utf-8")).hexdigest(), int(imports)


def postgres_state(url: str) -> tuple[str, int]:
    """`sqlite_state` of a catalogue in a PostgreSQL schema."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            rows = [
                [tuple(r) for r in connection.exec_driver_sql(query)] for query in STATE_QUERIES
            ]
            imports = connection.exec_driver_sql(
                "SELECT count(*) FROM audit_log WHERE action = 'import'"
            ).scalar()
    finally:
        engine.dispose()
    return hashlib.sha256(repr(rows).encode("utf-8")).hexdigest(), int(imports or 0)


class SqliteCatalogues:
    """Catalogue workspaces with their own SQLite file, for `kill_imports`."""

    def url(self, folder: Path) -> str | None:
        return None

    def init(self, folder: Path) -> list[str | Path]:
        return ["catalogue", "init", "--workspace", folder]

    def state(self, folder: Path) -> tuple[str, int]:
        check_sqlite(folder / "kuhina.sqlite")
        return sqlite_state(folder / "kuhina.sqlite")

    def close(self) -> None:
        pass


class PostgresCatalogues(SqliteCatalogues):
    """Catalogue workspaces each on a schema of its own on the test server."""

    def __init__(self, server: PostgresServer) -> None:
        self.server = server
        self.schemas: dict[Path, str] = {}

    def url(self, folder: Path) -> str | None:
        if folder not in self.schemas:
            self.schemas[folder] = self.server.create_schema()
        return self.server.url(self.server.database, self.schemas[folder])

    def init(self, folder: Path) -> list[str | Path]:
        return ["catalogue", "init", "--workspace", folder, "--database-url", str(self.url(folder))]

    def state(self, folder: Path) -> tuple[str, int]:
        return postgres_state(str(self.url(folder)))

    def forget(self, folder: Path) -> None:
        self.server.drop_schema(self.schemas.pop(folder))

    def close(self) -> None:
        for folder in list(self.schemas):
            self.forget(folder)


def kill_imports(tmp_path: Path, catalogues: SqliteCatalogues) -> None:
    """Import processes SIGKILLed at random moments, many times: after each kill the
    catalogue equals the state after some whole number of packages, with as many import
    entries in the audit log."""
    files = make_packages(tmp_path / "packages", publishers(3, opportunities=12, seed=61), 4)
    reference = tmp_path / "reference"
    with CatalogueWorkspace.create(reference, catalogues.url(reference)) as ws:
        expected = [catalogues.state(reference)[0]]
        for path in files:
            assert ws.import_package(path.read_bytes(), trust_new=True, decisions="accept_all").done
            expected.append(catalogues.state(reference)[0])
    assert len(set(expected)) == len(files) + 1

    worker = ForkWorker(tmp_path)
    folder, timing = tmp_path / "catalogue", tmp_path / "timing"
    command = ["catalogue", "import", "--workspace", folder, "--trust-new", "--accept-all"]
    try:
        assert worker.run(*catalogues.init(timing))[0] == 0
        code, full_run = worker.run(
            "catalogue", "import", "--workspace", timing, "--trust-new", "--accept-all", *files
        )
        assert code == 0

        seed = random.randrange(1 << 30)
        rng = random.Random(seed)
        seen: list[int] = []
        done = 0
        for _kill in range(KILLS):
            if not (folder / "workspace.json").exists():
                assert worker.run(*catalogues.init(folder))[0] == 0
            # The next process imports the packages not imported yet (the earlier ones would
            # only be refused as replays); it is killed somewhere in its run.
            remaining = files[done:]
            window = full_run * len(remaining) / len(files)
            code, _seconds = worker.run(*command, *remaining, kill_after=rng.uniform(0, window))
            assert code in (0, 1, -signal.SIGKILL)  # 1: older packages refused as replays
            state, imports = catalogues.state(folder)
            assert state in expected, f"catalogue between packages (seed {seed})"
            assert imports == expected.index(state), f"audit out of step (seed {seed})"
            seen.append(imports)
            done = imports
            if done == len(files):
                shutil.rmtree(folder)
                if isinstance(catalogues, PostgresCatalogues):
                    catalogues.forget(folder)
                done = 0
    finally:
        worker.close()
        catalogues.close()
    assert any(0 < n < len(files) for n in seen), f"no kill landed mid-way: {seen}"


@pytest.mark.slow
def test_sigkill_at_random_moments_leaves_whole_packages(tmp_path: Path) -> None:
    """On SQLite, where the file also passes `PRAGMA integrity_check` after each kill."""
    kill_imports(tmp_path, SqliteCatalogues())


@pytest.mark.slow
@pytest.mark.postgres
def test_sigkill_on_postgresql_leaves_whole_packages(
    tmp_path: Path, postgres_server: PostgresServer
) -> None:
    """On PostgreSQL: a killed client's transaction is rolled back by the server, so each
    package's writes (sent together as one statement) land whole or not at all."""
    kill_imports(tmp_path, PostgresCatalogues(postgres_server))


@pytest.mark.slow
def test_two_import_processes_at_once(tmp_path: Path, database_url: str | None) -> None:
    pubs = publishers(4, opportunities=6, seed=71)
    files = make_packages(tmp_path / "packages", pubs, 3)
    url = database_url or f"sqlite:///{tmp_path / 'shared.sqlite'}"
    folders = [tmp_path / "coordinator-a", tmp_path / "coordinator-b"]
    for folder in folders:
        CatalogueWorkspace.create(folder, url).close()
    workers = [ForkWorker(tmp_path, "coordinator-a"), ForkWorker(tmp_path, "coordinator-b")]
    try:
        for worker, folder in zip(workers, folders, strict=True):  # warm up: imports loaded
            assert worker.run("catalogue", "status", "--workspace", folder)[0] == 0
        shuffled = list(files)
        random.Random(7).shuffle(shuffled)
        orders = [files, shuffled]
        for worker, folder, order in zip(workers, folders, orders, strict=True):
            worker.submit(
                "catalogue", "import", "--workspace", folder, "--trust-new", "--accept-all", *order
            )
        for worker in workers:
            assert worker.result()[0] in (0, 1)  # 1: some packages refused as replays
    finally:
        for worker in workers:
            worker.close()

    with CatalogueWorkspace.open(folders[0]) as ws:
        statuses = {s.organisation_id: s for s in ws.status()}
        assert {o: s.last_sequence for o, s in statuses.items()} == {
            p.organisation_id: p.sequence for p in pubs
        }
        for pub in pubs:
            records = ws.records_of(pub.organisation_id)
            assert set(records.opportunities) == {o.id for o in pub.snapshot.opportunities}
        imports = list(reversed(ws.audit(action="import")))
    # Both processes ran at once (each was started before either was waited for); which one
    # got to import what depends on timing, so only the outcome is checked.
    assert {e.actor for e in imports} <= {"coordinator-a", "coordinator-b"}
    applied: dict[str, list[int]] = defaultdict(list)
    for entry in imports:
        assert entry.organisation_id is not None and entry.sequence is not None
        applied[entry.organisation_id].append(entry.sequence)
    for organisation_id, sequences in applied.items():
        assert sequences == sorted(set(sequences)), organisation_id
        assert sequences[-1] == statuses[organisation_id].last_sequence
