"""contacts carry publish consent (package format 3)

Records are kept as the contract's JSON, so no column changes (the same on SQLite and
PostgreSQL): each contact person of an imported organisation gets `consent_given_on` and
`consent_recorded_by` as null, as a package of format 1 or 2 is read. A contact imported
before consent existed has not consented and is not published until a newer package says
so. Organisations not yet imported (`data` null) are left alone.

Revision ID: cat0002
Revises: cat0001
Create Date: 2026-12-07 12:50:00
"""

from alembic import op
import sqlalchemy as sa


revision = 'cat0002'
down_revision = 'cat0001'
branch_labels = None
depends_on = None

CONSENT_KEYS = ("consent_given_on", "consent_recorded_by")
organisation = sa.table("organisation", sa.column("id", sa.String), sa.column("data", sa.JSON(none_as_null=True)))


def _rewrite(change) -> None:
    connection = op.get_bind()
    for row in connection.execute(sa.select(organisation.c.id, organisation.c.data)).all():
        data = row.data
        if not isinstance(data, dict) or not isinstance(data.get("contacts"), list):
            continue
        contacts = [change(dict(c)) if isinstance(c, dict) else c for c in data["contacts"]]
        connection.execute(
            organisation.update()
            .where(organisation.c.id == row.id)
            .values(data={**data, "contacts": contacts})
        )


def upgrade() -> None:
    def add(contact: dict) -> dict:
        for key in CONSENT_KEYS:
            contact.setdefault(key, None)
        return contact

    _rewrite(add)


def downgrade() -> None:
    def drop(contact: dict) -> dict:
        for key in CONSENT_KEYS:
            contact.pop(key, None)
        return contact

    _rewrite(drop)
