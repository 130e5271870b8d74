"""photos carry a publish confirmation (package format 3)

Records are kept as the contract's JSON, so no column changes (the same on SQLite and
PostgreSQL): each imported coaching environment gets `photo_confirmed_on`, one null per
photo, as a package of format 1 or 2 is read. A photo imported before the confirmation
existed is not confirmed and is not published until a newer package confirms it.

Revision ID: cat0003
Revises: cat0002
Create Date: 2026-12-07 15:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = 'cat0003'
down_revision = 'cat0002'
branch_labels = None
depends_on = None

KEY = "photo_confirmed_on"
environment = sa.table("environment", sa.column("id", sa.String), sa.column("data", sa.JSON))


def _rewrite(change) -> None:
    connection = op.get_bind()
    for row in connection.execute(sa.select(environment.c.id, environment.c.data)).all():
        if not isinstance(row.data, dict):
            continue
        connection.execute(
            environment.update()
            .where(environment.c.id == row.id)
            .values(data=change(dict(row.data)))
        )


def upgrade() -> None:
    def add(data: dict) -> dict:
        photos = data.get("photos")
        data.setdefault(KEY, [None] * len(photos) if isinstance(photos, list) else [])
        return data

    _rewrite(add)


def downgrade() -> None:
    def drop(data: dict) -> dict:
        data.pop(KEY, None)
        return data

    _rewrite(drop)
