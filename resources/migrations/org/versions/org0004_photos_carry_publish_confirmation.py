"""photos carry a publish confirmation (package format 3)

Records are kept as the contract's JSON, so no column changes: each stored coaching
environment gets `photo_confirmed_on`, one null per photo. A photo stored before the
confirmation existed is not confirmed; the volunteer ticks it in the environment's form
after checking that the people in it agreed, or that nobody can be recognised.

Revision ID: org0004
Revises: org0003
Create Date: 2026-12-07 15:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = 'org0004'
down_revision = 'org0003'
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
