"""Alembic environment of the org workspace: the program passes the connection in."""

from alembic import context

import kuhina_desktop.store.org_tables  # noqa: F401  (registers the tables)
from kuhina_desktop.store.base import OrgBase

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=OrgBase.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
