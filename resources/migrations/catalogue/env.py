"""Alembic environment of the catalogue workspace: the program passes the connection in."""

from alembic import context

import kuhina_desktop.store.catalogue_tables  # noqa: F401  (registers the tables)
from kuhina_desktop.store.base import CatalogueBase

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=CatalogueBase.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
