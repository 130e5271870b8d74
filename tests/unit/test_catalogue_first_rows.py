"""The catalogue table's first rows read through sqlite3 (`store.catalogue_first_rows`,
reached through `services.catalogue_start`) are exactly the rows the ORM's search gives
for the table's unfiltered query: every order, paging, ties, hidden records and
organisations, titles in non-ASCII letters; and the start holds the folder's lock."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from kuhina_desktop.domain import model
from kuhina_desktop.errors import WorkspaceError
from kuhina_desktop.services.catalogue_start import CatalogueStart
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from kuhina_desktop.store.catalogue_search import SearchFilters
from tests.catalogue_support.packages import publishers

ACCEPT = "accept_all"
# Upper and lower case, letters past ASCII (ä, å, ö sort after z in binary order), a
# combining mark, an emoji, the same title twice (ordered by insertion then).
TITLES = [
    "Äidinkielen opetus",
    "aamukahvila",
    "Zumba",
    "Åländsk kväll",
    "Öljyvärimaalaus",
    "école du soir",
    "e\u0301cole combinée",
    "Kahvila 🍰",
    "Kahvila",
    "Kahvila",
    "",
    "kahvila",
]


def _titles(offset: int):  # type: ignore[no-untyped-def]
    def change(snapshot: model.Snapshot) -> None:
        for number, opp in enumerate(snapshot.opportunities):
            title = TITLES[(number + offset) % len(TITLES)]
            opp.title = model.Text(fi=title or "–", sv=None, en=None)

    return change


COUNTS: dict[str, int] = {}


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    """A catalogue of four organisations: one hidden, one record of another hidden."""
    packs = publishers(4, opportunities=9, seed=5)
    COUNTS["all"] = sum(len(p.snapshot.opportunities) for p in packs)
    COUNTS["hidden"] = len(packs[1].snapshot.opportunities) + 1
    for number, publisher in enumerate(packs):
        publisher.edit(_titles(number * 3))
    where = tmp_path / "catalogue"
    with CatalogueWorkspace.create(where) as ws:
        for publisher in packs:
            assert ws.import_package(publisher.export(), trust_new=True, decisions=ACCEPT).done
        ws.hide(packs[1].snapshot.organisation.id, "test", "tester")
        ws.hide(packs[2].snapshot.opportunities[4].id, "test", "tester")
    yield where


ORM_ORDERS = ("title", "updated", "organisation")


def test_first_rows_are_the_orm_search_rows(folder: Path) -> None:
    start = CatalogueStart.begin(folder)
    assert start.readable
    plain = {
        (order, offset, limit): start.first_page(order, offset, limit)
        for order in ORM_ORDERS
        for offset, limit in ((0, 100), (0, 7), (7, 7), (30, 10), (32, 5), (100, 100))
    }
    with start.open() as ws:
        for (order, offset, limit), (hits, total) in plain.items():
            orm = ws.search("", SearchFilters(), order, offset, limit)
            assert (hits, total) == (list(orm.hits), orm.total), (order, offset, limit)
        everything = ws.search("", SearchFilters(), "title", 0, 100)
    assert everything.total == COUNTS["all"] > 30
    assert plain[("title", 0, 100)][0] == everything.hits
    assert plain[("title", 100, 100)] == ([], COUNTS["all"])
    hidden = [hit for hit in everything.hits if hit.hidden]
    assert len(hidden) == COUNTS["hidden"]  # the hidden organisation's and one more
    titles = [hit.title_fi for hit in everything.hits]
    assert titles == sorted(titles)  # binary order: "Äidinkielen" after "Zumba"
    assert titles.index("Zumba") < titles.index("Äidinkielen opetus")


def test_a_start_holds_the_lock_until_opened_or_closed(folder: Path) -> None:
    start = CatalogueStart.begin(folder)
    with pytest.raises(WorkspaceError) as raised:
        CatalogueWorkspace.open(folder)
    assert raised.value.code == "workspace_locked"
    start.close()
    CatalogueWorkspace.open(folder).close()  # released
    start = CatalogueStart.begin(folder)
    ws = start.open()
    with pytest.raises(WorkspaceError):
        CatalogueStart.begin(folder)  # the opened workspace holds it now
    start.close()  # nothing to release: the workspace owns the lock
    with pytest.raises(WorkspaceError):
        CatalogueWorkspace.open(folder)
    ws.close()
    CatalogueStart.begin(folder).close()


def test_a_database_at_another_revision_is_not_read_first(folder: Path) -> None:
    connection = sqlite3.connect(folder / "kuhina.sqlite")
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = 'cat0001'")
    connection.close()
    start = CatalogueStart.begin(folder)
    try:
        assert not start.readable
        with pytest.raises(RuntimeError):
            start.first_page()
    finally:
        start.close()


def test_the_first_read_writes_nothing(folder: Path) -> None:
    database = folder / "kuhina.sqlite"
    before = database.read_bytes()
    start = CatalogueStart.begin(folder)
    start.first_page()
    start.close()
    assert database.read_bytes() == before


def test_a_folder_of_another_kind_is_refused(tmp_path: Path) -> None:
    from kuhina_desktop.services.org_workspace import OrgWorkspace

    OrgWorkspace.create(tmp_path / "org", "Testiyhdistys").close()
    with pytest.raises(WorkspaceError) as raised:
        CatalogueStart.begin(tmp_path / "org")
    assert raised.value.code == "workspace_wrong_kind"
    OrgWorkspace.open(tmp_path / "org").close()  # not left locked


def test_the_audit_filter_names_are_the_status_names(folder: Path) -> None:
    """The audit log's organisation filter reads the names alone (not the whole status)."""
    with CatalogueWorkspace.open(folder) as ws:
        names = ws.organisation_names()
        assert names == {s.organisation_id: s.name for s in ws.status()}
        assert len(names) == 4 and all(names.values())
