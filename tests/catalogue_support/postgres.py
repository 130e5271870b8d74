"""A throwaway PostgreSQL server for the catalogue tests, and the `database_url` fixture.

The server is started once per test session as TECH-NOTES describes: `initdb` into a
temporary folder (as the `postgres` user through `runuser` when the tests run as root, since
the server refuses to run as root), a Unix socket in that folder, no TCP, and
`pg_ctl -m fast stop` at the end. Every test that asks for `database_url` with the
PostgreSQL parameter gets a schema of its own (in the database `kuhina_tests`, chosen
through `search_path` in the URL), dropped afterwards.

`KUHINA_TEST_POSTGRES_URL` (e.g. `postgresql+psycopg://user@/postgres?host=/run/pg`) points
the tests at an existing server instead; its user must be allowed to create databases.

When the server programs are missing, tests run as root fail (the test set-up,
`build/system-deps.sh test`, installs `postgresql`); other users get a skip that says what
to install.
"""

from __future__ import annotations

import glob
import os
import random
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

ENV_URL = "KUHINA_TEST_POSTGRES_URL"
USER = "kuhina"
INSTALL_HINT = "install the Debian package postgresql (apt-get install -y postgresql)"


def find_bin_dir() -> Path | None:
    """The folder of `initdb` and `pg_ctl`: the newest Debian cluster version, or PATH."""
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: (
            int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0
        ),
    )
    if candidates:
        return Path(candidates[-1]).parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


@dataclass
class PostgresServer:
    """A running server. Tests get a schema of their own in one shared database: creating a
    schema is instant, where CREATE DATABASE costs a checkpoint (a few tenths of a second)."""

    base_url: str
    database: str = "kuhina_tests"
    _created: bool = False

    def url(self, database: str, schema: str | None = None) -> str:
        head, _, query = self.base_url.partition("?")
        root = head.rsplit("/", 1)[0]
        params = [query] if query else []
        if schema:
            params.append(f"options=-csearch_path%3D{schema}")
        return f"{root}/{database}" + ("?" + "&".join(params) if params else "")

    def _admin(self, database: str, statement: str) -> None:
        engine = create_engine(self.url(database), isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as connection:
                connection.execute(text(statement))
        finally:
            engine.dispose()

    def create_schema(self) -> str:
        """A new empty schema; the URL that uses it is `url(self.database, schema)`."""
        if not self._created:
            self._admin("postgres", f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)')
            self._admin("postgres", f'CREATE DATABASE "{self.database}"')
            self._created = True
        name = "kt_" + uuid.uuid4().hex[:16]
        self._admin(self.database, f'CREATE SCHEMA "{name}"')
        return name

    def drop_schema(self, name: str) -> None:
        self._admin(self.database, f'DROP SCHEMA IF EXISTS "{name}" CASCADE')


class _Cluster:
    """initdb + pg_ctl start/stop in a temporary folder, as `postgres` when we are root."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.folder = Path(tempfile.mkdtemp(prefix="kuhina-pg-"))
        self.data = self.folder / "data"
        self.port = 0
        self.as_root = os.geteuid() == 0

    def _run(self, *args: str) -> None:
        command = list(args)
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def start(self) -> str:
        if self.as_root:
            shutil.chown(self.folder, user="postgres")
        self._run(
            str(self.bin_dir / "initdb"),
            "-D",
            str(self.data),
            "-A",
            "trust",
            "-U",
            USER,
            "-E",
            "UTF8",
            "--no-sync",
        )
        last_error: Exception | None = None
        for _attempt in range(5):
            self.port = 55432 + random.randrange(0, 2000)
            options = (
                f"-p {self.port} -k {self.folder} -c listen_addresses='' "
                "-c fsync=off -c max_connections=50"
            )
            try:
                self._run(
                    str(self.bin_dir / "pg_ctl"),
                    "-D",
                    str(self.data),
                    "-o",
                    options,
                    "-l",
                    str(self.folder / "log"),
                    "-w",
                    "start",
                )
                return f"postgresql+psycopg://{USER}@/postgres?host={self.folder}&port={self.port}"
            except subprocess.CalledProcessError as error:
                last_error = error
        raise RuntimeError(f"PostgreSQL did not start: {last_error}; see {self.folder}/log")

    def stop(self) -> None:
        try:
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """The session's PostgreSQL server (started on first use, stopped at the end)."""
    existing = os.environ.get(ENV_URL)
    if existing:
        yield PostgresServer(existing)
        return
    bin_dir = find_bin_dir()
    if bin_dir is None:
        if os.geteuid() == 0:
            pytest.fail(f"PostgreSQL server programs not found: {INSTALL_HINT}")
        pytest.skip(f"PostgreSQL server programs not found: {INSTALL_HINT}")
    cluster = _Cluster(bin_dir)
    url = cluster.start()
    try:
        yield PostgresServer(url)
    finally:
        cluster.stop()


@pytest.fixture(
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
)
def database_url(request: pytest.FixtureRequest) -> Iterator[str | None]:
    """None for the workspace's own SQLite file, or the URL of a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield None
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    schema = server.create_schema()
    try:
        yield server.url(server.database, schema)
    finally:
        server.drop_schema(schema)
