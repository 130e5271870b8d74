"""search indexes: opportunities by kind and title, organisations by hidden

For the national-scale search (`store/catalogue_search_plan.py`):
- `ix_opportunity_kind_title` (kind, title_fi, num): a page of one kind's opportunities in
  title order is read from it; the titles of one kind look alike, so in the index of all
  titles a kind's rows cluster and a page of them can lie far from the start. `num` last,
  so that equal titles keep the search's order without a sort.
- `ix_organisation_hidden`: the hidden organisations, which every search with the hidden
  filter lists, without reading every organisation row (each holds its record's JSON).
- PostgreSQL only, `ix_opportunity_title_num` (title_fi, num) and
  `ix_opportunity_updated_num` (updated_at, num): the search's orders, read from the start
  in order; on SQLite the index of one column already ends with the row's number.
The same B-tree indexes otherwise on SQLite and PostgreSQL. Data and results unchanged.

Revision ID: cat0003
Revises: cat0002
Create Date: 2026-12-07 15:30:00
"""

from alembic import op


revision = 'cat0003'
down_revision = 'cat0002'
branch_labels = None
depends_on = None

ORDER_INDEXES = {
    "ix_opportunity_title_num": ["title_fi", "num"],
    "ix_opportunity_updated_num": ["updated_at", "num"],
}


def upgrade() -> None:
    op.create_index(
        "ix_opportunity_kind_title", "opportunity", ["kind", "title_fi", "num"], unique=False
    )
    op.create_index("ix_organisation_hidden", "organisation", ["hidden"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        for name, columns in ORDER_INDEXES.items():
            op.create_index(name, "opportunity", columns, unique=False)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name in ORDER_INDEXES:
            op.drop_index(name, table_name="opportunity")
    op.drop_index("ix_organisation_hidden", table_name="organisation")
    op.drop_index("ix_opportunity_kind_title", table_name="opportunity")
