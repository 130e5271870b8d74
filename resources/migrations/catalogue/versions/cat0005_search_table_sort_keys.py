"""search table sort keys: on PostgreSQL each opportunity's title and update time beside its
tsvector, so a page of a word's matches is sorted in the search table alone

A word's matches come from the GIN index of `opportunity_search` as row addresses, so every
match's row there is read; sorting them by title (or by relevance, then title) also read
each match's `opportunity` row through its primary key: about five times the pages (at
300,000 opportunities, a word of 10,000 matches read some 50,000 pages against 9,700 from the
search table alone). `title_fi` and `updated_at` are copied into `opportunity_search`:

- the trigger that keeps the vector from the document's search text (cat0004) also copies
  the opportunity's title and update time, on the document's insert and on a change of its
  search text (the opportunity's row is written before its document, which references it);
- a trigger on `opportunity` copies them when they change without the search text.

The table is built anew with the two columns (its rows in number order, its keys and GIN
index as cat0004 made them) rather than filled by an UPDATE of every row.

SQLite is unchanged (its full-text index is an FTS5 table keyed by the opportunity's number).
Data and results unchanged.

Revision ID: cat0005
Revises: cat0004
Create Date: 2026-12-08 00:00:00
"""

from alembic import op


revision = 'cat0005'
down_revision = 'cat0004'
branch_labels = None
depends_on = None

SYNC_FROM_DOCUMENT = """
CREATE OR REPLACE FUNCTION opportunity_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO opportunity_search (num, search_vector, title_fi, updated_at)
    SELECT NEW.num, to_tsvector('simple', NEW.search_text), o.title_fi, o.updated_at
    FROM opportunity o WHERE o.num = NEW.num
    ON CONFLICT (num) DO UPDATE SET search_vector = EXCLUDED.search_vector,
        title_fi = EXCLUDED.title_fi, updated_at = EXCLUDED.updated_at;
    RETURN NULL;
END
$$"""
SYNC_FROM_DOCUMENT_BEFORE = """
CREATE OR REPLACE FUNCTION opportunity_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO opportunity_search (num, search_vector)
    VALUES (NEW.num, to_tsvector('simple', NEW.search_text))
    ON CONFLICT (num) DO UPDATE SET search_vector = EXCLUDED.search_vector;
    RETURN NULL;
END
$$"""
SYNC_FROM_OPPORTUNITY = """
CREATE FUNCTION opportunity_search_sort_keys() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE opportunity_search SET title_fi = NEW.title_fi, updated_at = NEW.updated_at
    WHERE num = NEW.num;
    RETURN NULL;
END
$$"""
SYNC_FROM_OPPORTUNITY_TRIGGER = (
    "CREATE TRIGGER opportunity_search_sort_keys AFTER UPDATE OF title_fi, updated_at"
    " ON opportunity FOR EACH ROW"
    " WHEN (OLD.title_fi IS DISTINCT FROM NEW.title_fi"
    " OR OLD.updated_at IS DISTINCT FROM NEW.updated_at)"
    " EXECUTE FUNCTION opportunity_search_sort_keys()"
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # Built anew rather than updated in place: an UPDATE of every row would leave the
    # table half dead rows, read by every search until a vacuum (which cannot run inside
    # the migration's transaction).
    op.execute(
        "CREATE TABLE opportunity_search_sorted AS"
        " SELECT s.num, s.search_vector, o.title_fi::VARCHAR(200) AS title_fi,"
        " o.updated_at::VARCHAR(40) AS updated_at"
        " FROM opportunity_search s JOIN opportunity o ON o.num = s.num ORDER BY s.num"
    )
    op.execute("DROP TABLE opportunity_search")
    op.execute("ALTER TABLE opportunity_search_sorted RENAME TO opportunity_search")
    for column in ("search_vector", "title_fi", "updated_at"):
        op.execute(f"ALTER TABLE opportunity_search ALTER COLUMN {column} SET NOT NULL")
    op.execute(
        "ALTER TABLE opportunity_search ADD CONSTRAINT opportunity_search_pkey"
        " PRIMARY KEY (num), ADD CONSTRAINT opportunity_search_num_fkey FOREIGN KEY (num)"
        " REFERENCES opportunity_document (num) ON DELETE CASCADE"
    )
    op.execute(
        "CREATE INDEX ix_opportunity_search_vector ON opportunity_search"
        " USING gin (search_vector)"
    )
    op.execute("ANALYZE opportunity_search")
    op.execute(SYNC_FROM_DOCUMENT)
    op.execute(SYNC_FROM_OPPORTUNITY)
    op.execute(SYNC_FROM_OPPORTUNITY_TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER opportunity_search_sort_keys ON opportunity")
    op.execute("DROP FUNCTION opportunity_search_sort_keys()")
    op.execute(SYNC_FROM_DOCUMENT_BEFORE)
    op.execute("ALTER TABLE opportunity_search DROP COLUMN title_fi, DROP COLUMN updated_at")
