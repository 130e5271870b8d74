"""The catalogue after importing a set of packages is the same for every arrival order
(docs/catalogue.md): a property-based test over permutations, on SQLite and PostgreSQL."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kuhina_desktop.domain.serialize import snapshot_to_json
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from tests.catalogue_support.packages import (
    add_opportunity,
    drop_opportunity,
    publishers,
    retitle,
    state_of,
)
from tests.catalogue_support.postgres import PostgresServer


@cache
def packages() -> tuple[list[bytes], dict[str, Any], str]:
    """Packages of three organisations, one of them rotating its key, plus a duplicate;
    the expected records (each organisation's newest snapshot) and signers file."""
    first, second, third = publishers(3, opportunities=5, seed=41)
    made: list[bytes] = [first.export()]
    first.edit(retitle(0, "Toinen versio"))
    made.append(first.export())
    first.edit(drop_opportunity(1)).edit(add_opportunity("Kolmas versio"))
    made.append(first.export())
    made.append(second.export())
    second.rotate_key()
    second.edit(retitle(0, "Uusi avain", "en"))
    made.append(second.export())
    made.append(third.export())
    made.append(made[1])  # the same package arriving twice
    expected = {}
    for pub in (first, second, third):
        data = snapshot_to_json(pub.snapshot)
        expected[pub.organisation_id] = {
            "sequence": pub.sequence,
            "organisation": data["organisation"],
            "environments": {e["id"]: e for e in data["environments"]},
            "opportunities": {o["id"]: o for o in data["opportunities"]},
            "hidden": [],
        }
    signers = sorted(
        f'{p.organisation_id} namespaces="kuhina-package-v1" {p.public_key}'
        for p in (first, second, third)
    )
    return made, expected, "".join(line + "\n" for line in signers)


@pytest.fixture
def fresh_url(
    request: pytest.FixtureRequest, database_url: str | None
) -> Iterator[Callable[[], str | None]]:
    """Makes a new empty database for each call (each Hypothesis example)."""
    if database_url is None:
        yield lambda: None
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    schemas: list[str] = []

    def make() -> str:
        schemas.append(server.create_schema())
        return server.url(server.database, schemas[-1])

    yield make
    for schema in schemas:
        server.drop_schema(schema)


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(order=st.permutations(range(7)))
def test_arrival_order_does_not_matter(
    fresh_url: Callable[[], str | None], order: list[int]
) -> None:
    made, expected, signers = packages()
    with (
        tempfile.TemporaryDirectory() as folder,
        CatalogueWorkspace.create(Path(folder) / "catalogue", fresh_url()) as ws,
    ):
        for index in order:
            outcome = ws.import_package(made[index], trust_new=True, decisions="accept_all")
            assert outcome.status in ("imported", "already_imported", "refused")
            if outcome.status == "refused":
                assert outcome.reason == "catalogue_refused_replay"
        assert state_of(ws) == expected
        assert "".join(sorted(ws.signers().splitlines(keepends=True))) == signers
