"""organisation name keys: what an arriving package's organisation is compared with

An arriving package is compared with every organisation already in the catalogue (same
business ID, a name that looks the same, a key of another organisation). Reading every
organisation and comparing each made an import's cost grow with the catalogue (at 3,000
organisations about two thirds of it). `organisation_name_key` holds each organisation's
name keys (`catalogue.impostors.name_keys`, as SHA-256), so the organisations a newcomer
could resemble are looked up by key and only they are compared, by the same rules.

The table starts empty: the first package to arrive fills it for every organisation (each
organisation's keys are made again whenever its row lacks the current version's marker),
so no data is rewritten here.

Revision ID: cat0006
Revises: cat0005
Create Date: 2026-12-08 00:30:00
"""

import sqlalchemy as sa
from alembic import op


revision = 'cat0006'
down_revision = 'cat0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "organisation_name_key",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"],
            name=op.f("fk_organisation_name_key_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("key", "organisation_id", name=op.f("pk_organisation_name_key")),
    )
    op.create_index(
        op.f("ix_organisation_name_key_organisation_id"),
        "organisation_name_key",
        ["organisation_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(
        op.f("ix_organisation_name_key_organisation_id"), table_name="organisation_name_key"
    )
    op.drop_table("organisation_name_key")
