"""search indexes: opportunities by kind and title, organisations by hidden

For the national-scale search (`store/catalogue_search_plan.py`):
- `ix_opportunity_kind_title` (kind, title_fi, num): a page of one kind's opportunities in
  title order is read from it; the titles of one kind look alike, so in the index of all
  titles a kind's rows cluster and a page of them can lie far from the start. `num` last,
  so that equal titles keep the search's order without a sort.
- `ix_organisation_hidden`: the hidden organisations, which every search with the hidden
  filter lists, without reading every organisation row (each holds its record's JSON).
The same B-tree indexes on SQLite and PostgreSQL. Data and results are unchanged.

Revision ID: cat0003
Revises: cat0002
Create Date: 2026-12-07 15:30:00
"""

from alembic import op


revision = 'cat0003'
down_revision = 'cat0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_opportunity_kind_title", "opportunity", ["kind", "title_fi", "num"], unique=False
    )
    op.create_index("ix_organisation_hidden", "organisation", ["hidden"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_organisation_hidden", table_name="organisation")
    op.drop_index("ix_opportunity_kind_title", table_name="opportunity")
