"""Alembic environment of the catalogue workspace: the program passes the connection in.

The full-text index (an FTS5 table on SQLite, a generated tsvector column and its GIN
index on PostgreSQL) is made by hand in the migrations, so autogenerate is told to leave
it, and SQLite's own FTS5 shadow tables, alone.
"""

from typing import Any

from alembic import context

import kuhina_desktop.store.catalogue_tables  # noqa: F401  (registers the tables)
from kuhina_desktop.store.base import CatalogueBase


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    if type_ == "table" and name and name.startswith("opportunity_fts"):
        return False
    if type_ == "column" and name == "search_vector":
        return False
    return not (type_ == "index" and name == "ix_opportunity_search")


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
