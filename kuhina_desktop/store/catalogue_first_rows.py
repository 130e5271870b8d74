"""The catalogue table's first rows, read through the standard library's `sqlite3`.

Importing SQLAlchemy with the catalogue's store costs more at start-up than the whole bare
window (docs/performance.md). The coordinator's window therefore shows the rows of its
catalogue table from this read first, and opens the workspace through the ORM
(`services.catalogue_workspace`) after them.

It answers only what the table asks before any filter is chosen: a page of every
opportunity, in one of the orders of `catalogue_search` (title, organisation, newest
update), and the number of them. The SQL is the one `catalogue_search.search_opportunities`
runs for that (no search words, `SearchFilters()`), so the rows are the same, in the same
order (`tests/unit/test_catalogue_first_rows.py` holds the two equal). Nothing here
writes: the database is opened read-only, and one that is not at the revision this program
knows is never read here (the ordinary open migrates it first).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kuhina_desktop.store.catalogue_values import OpportunityHit
from kuhina_desktop.store.sqlite_read import connect_read_only, revision

_PAGE = (
    "SELECT opportunity.id, opportunity.organisation_id, organisation.name_fi, "
    "opportunity.title_fi, opportunity.kind, opportunity.status, opportunity.updated_at, "
    "opportunity.hidden = 1 OR organisation.hidden = 1 "
    "FROM opportunity JOIN organisation ON organisation.id = opportunity.organisation_id "
    "ORDER BY {order} LIMIT ? OFFSET ?"
)
# `catalogue_search._ordering`, column for column.
ORDERS = {
    "title": "opportunity.title_fi, opportunity.num",
    "updated": "opportunity.updated_at DESC, opportunity.num DESC",
    "organisation": "organisation.name_fi, opportunity.title_fi, opportunity.num",
}


def is_readable(database_file: Path, expected_revision: str) -> bool:
    """Whether the file exists and is at `expected_revision` (so this module may read it)."""
    if not database_file.is_file():
        return False
    try:
        connection = connect_read_only(database_file)
    except sqlite3.Error:
        return False
    try:
        return revision(connection) == expected_revision
    except sqlite3.Error:
        return False
    finally:
        connection.close()


def first_rows(
    database_file: Path, order: str = "title", offset: int = 0, limit: int = 100
) -> tuple[list[OpportunityHit], int]:
    """A page of every opportunity in `order` and the number of all of them (in one
    read transaction, so the two agree)."""
    if order not in ORDERS:
        raise ValueError(f"unknown order {order!r}")
    connection = connect_read_only(database_file)
    try:
        connection.execute("BEGIN")
        (total,) = connection.execute("SELECT count(*) FROM opportunity").fetchone()
        rows = connection.execute(
            _PAGE.format(order=ORDERS[order]), (max(limit, 0), max(offset, 0))
        ).fetchall()
        connection.execute("COMMIT")
    finally:
        connection.close()
    hits = [
        OpportunityHit(id_, organisation_id, name, title, kind, status, updated_at, bool(hidden))
        for id_, organisation_id, name, title, kind, status, updated_at, hidden in rows
    ]
    return hits, int(total)
