"""Alembic environment of the catalogue workspace: the program passes the connection in.

The full-text index (an FTS5 table on SQLite; on PostgreSQL the table opportunity_search
with its tsvector, GIN index and trigger, cat0004, before that a generated column) and the
(title, num) and (updated, num) indexes of PostgreSQL are made by hand in the migrations,
so autogenerate is told to leave them, and SQLite's own FTS5 shadow tables, alone.
"""

from typing import Any

from alembic import context

import kuhina_desktop.store.catalogue_tables  # noqa: F401  (registers the tables)
from kuhina_desktop.store.base import CatalogueBase


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    if type_ == "table" and name and name.startswith(("opportunity_fts", "opportunity_search")):
        return False
    if type_ == "column" and name == "search_vector":
        return False
    hand_made = ("ix_opportunity_search", "ix_opportunity_title_num", "ix_opportunity_updated_num")
    return not (type_ == "index" and name in hand_made)


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=CatalogueBase.metadata,
    render_as_batch=True,
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
