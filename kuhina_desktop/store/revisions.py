"""The newest schema revision of each kind of workspace.

Opening an up-to-date workspace compares with this instead of loading Alembic and its
scripts (a start-up cost); `tests/unit/test_org_workspace.py` holds it equal to what the
migration scripts say. A module of its own so the start-up's first read
(`store.org_reader`) can check it without importing SQLAlchemy (which `migrate` does).
"""

HEADS = {"org": "org0004", "catalogue": "cat0006"}
