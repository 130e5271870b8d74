"""Set-based statements of the catalogue store: many rows per statement, on SQLite and
PostgreSQL alike, and the writes of one import sent together (moved here from
catalogue_records and catalogue_store, which use them).

- `insert_rows`, `update_rows`, `delete_rows`: one statement per table and kind of write
  (per `BATCH` rows), never one per record.
- `Writes`: writes that need no result back. PostgreSQL is a round trip away, so there they
  travel as one statement; elsewhere each runs at once.
- `upsert`, `insert_ignore`: INSERT ... ON CONFLICT.
- `UNPREPARED`: statements planned at every execution on PostgreSQL (`plan_every_time`).

The statements are built once per shape (`functools.cache`) and their values bound at
execution, so that SQLAlchemy, psycopg and the server each handle a statement's text once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import cache
from typing import Any, Literal, TypeVar

from sqlalchemy import (
    JSON,
    Engine,
    Row,
    Table,
    bindparam,
    column,
    delete,
    event,
    func,
    insert,
    select,
    update,
    values,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

T = TypeVar("T")
Rows = list[dict[str, Any]]
BATCH = 500  # rows per UPDATE ... FROM VALUES, ids per IN list


def chunks(items: Sequence[T], size: int = BATCH) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# -- planning -----------------------------------------------------------------------------
# Execution option of a statement to plan at every execution (see `_execute_unprepared`).
UNPREPARED = {"kuhina_unprepared": True}


def _execute_unprepared(
    cursor: Any, statement: str, parameters: Any, context: Any
) -> Literal[True] | None:
    """Run a statement marked `UNPREPARED` without preparing it on the server.

    psycopg prepares a statement on the server once it has run five times, and the server
    then keeps a generic plan made for the table sizes of that moment. That suits look-ups
    by key, but not a query whose best plan changes as an import fills the tables: planned
    while the catalogue was small, the import's read scanned every opportunity for each
    package (a few milliseconds at 10,000 opportunities, growing). Planned at every
    execution it probes the indexes, for a fraction of a millisecond of planning."""
    if context is not None and context.execution_options.get("kuhina_unprepared"):
        cursor.execute(statement, parameters, prepare=False)
        return True
    return None


def plan_every_time(engine: Engine) -> None:
    """Honour `UNPREPARED` on this engine (psycopg only: other drivers do not prepare)."""
    if engine.dialect.driver == "psycopg" and not event.contains(
        engine, "do_execute", _execute_unprepared
    ):
        event.listen(engine, "do_execute", _execute_unprepared)


# -- writes sent together -----------------------------------------------------------------
Builder = Callable[..., Any]


class Writes:
    """Writes that need no result back. On PostgreSQL they are kept until `send` and then
    travel as one statement, each a WITH clause of the last (none reads what another
    writes, so their order is immaterial; they must not write one row twice); elsewhere
    each runs when it is added.

    A write is a cached statement builder, its arguments and the values to bind:
    `build(*args, prefix)` names its parameters with `prefix`, so that the writes of one
    statement keep theirs apart."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self.together = s.get_bind().dialect.name == "postgresql"
        self._writes: list[tuple[Builder, tuple[Any, ...], dict[str, Any]]] = []

    def add(self, build: Builder, args: tuple[Any, ...], params: Mapping[str, Any]) -> None:
        if not self.together:
            self.s.execute(build(*args, "w_"), {f"w_{k}": v for k, v in params.items()})
            return
        self._writes.append((build, args, dict(params)))

    def send(self) -> None:
        if not self._writes:
            return
        shapes = tuple((build, args) for build, args, _params in self._writes)
        bound: dict[str, Any] = {}
        for index, (_build, _args, params) in enumerate(self._writes):
            bound.update({f"w{index}_{k}": v for k, v in params.items()})
        self._writes.clear()
        self.s.execute(_together(shapes), bound)


@cache
def _together(shapes: tuple[tuple[Builder, tuple[Any, ...]], ...]) -> Any:
    built = [build(*args, f"w{index}_") for index, (build, args) in enumerate(shapes)]
    statement = built[-1]
    for index, part in enumerate(built[:-1]):
        statement = statement.add_cte(part.cte(f"w{index}"))
    return statement


def send_now(s: Session, build: Builder, args: tuple[Any, ...], params: Mapping[str, Any]) -> None:
    writes = Writes(s)
    writes.add(build, args, params)
    writes.send()


@cache
def insert_values(tbl: Table, names: tuple[str, ...], prefix: str) -> Any:
    """INSERT of one row (`names` bound as prefix + name)."""
    return insert(tbl).values({n: bindparam(prefix + n, type_=tbl.c[n].type) for n in names})


@cache
def update_values(tbl: Table, key: str, names: tuple[str, ...], prefix: str) -> Any:
    """UPDATE of the row whose `key` is bound as prefix + key."""
    where = tbl.c[key] == bindparam(prefix + key, type_=tbl.c[key].type)
    return (
        update(tbl)
        .where(where)
        .values({n: bindparam(prefix + n, type_=tbl.c[n].type) for n in names})
    )


# -- many rows ----------------------------------------------------------------------------
def insert_rows(
    s: Session,
    tbl: Table,
    rows: Rows,
    *returning: str,
    writes: Writes | None = None,
    one_statement: bool = False,
) -> list[Any]:
    """INSERT `rows` (each with the same keys); the `returning` columns of the new rows.

    PostgreSQL: one statement whose text does not depend on the number of rows (see
    `_pg_insert`), added to `writes` when nothing is to be returned. SQLite and others:
    with rows to return or `one_statement`, SQLAlchemy's "insertmanyvalues", one multi-row
    VALUES statement per 1,000 rows (it batches an executemany INSERT only when it has
    RETURNING, so the primary key is returned when nothing is asked); otherwise a plain
    executemany, on SQLite a loop in C over one statement. `one_statement` is for tables
    indexed by FTS5 through triggers: FTS5 flushes its pending terms at the end of every
    statement, so a row-by-row executemany would write an index segment per row."""
    if not rows:
        return []
    names = tuple(rows[0])
    if s.get_bind().dialect.name == "postgresql":
        params = _pg_params(tbl, names, rows)
        if writes is not None and not returning:
            writes.add(_pg_insert, (tbl, names, ()), params)
            return []
        result = s.execute(_pg_insert(tbl, names, returning, ""), params)
        return list(result) if returning else []
    if returning or one_statement:
        return list(s.execute(_returning_insert(tbl, returning), rows))
    s.execute(_plain_insert(tbl), rows)
    return []


@cache
def _plain_insert(tbl: Table) -> Any:
    return insert(tbl)


@cache
def _returning_insert(tbl: Table, returning: tuple[str, ...]) -> Any:
    columns = [tbl.c[name] for name in returning] or list(tbl.primary_key.columns)
    return insert(tbl).returning(*columns)


def _has_json(tbl: Table, names: tuple[str, ...]) -> bool:
    return any(isinstance(tbl.c[name].type, JSON) for name in names)


@cache
def _pg_insert(tbl: Table, names: tuple[str, ...], returning: tuple[str, ...], prefix: str) -> Any:
    """INSERT INTO tbl (names) SELECT ... FROM the rows, bound as one array per column
    (unnest) or, where a column holds JSON, as one JSON array of objects
    (json_to_recordset, which keeps each JSON value's text as sent). Either way a short
    statement whose text does not change with the number of rows: psycopg parses it once
    (it parses the placeholders of every statement in Python, and caches only short ones)
    and the server prepares it once."""
    if _has_json(tbl, names):
        rows = func.json_to_recordset(bindparam(f"{prefix}rows", type_=JSON))
        columns = [column(name, tbl.c[name].type) for name in names]
        source = rows.table_valued(*columns).render_derived(name="batch", with_types=True)
    else:
        arrays = [bindparam(f"{prefix}{name}", type_=ARRAY(tbl.c[name].type)) for name in names]
        source = func.unnest(*arrays).table_valued(*names).render_derived(name="batch")
    statement = insert(tbl).from_select(list(names), select(*(source.c[n] for n in names)))
    return statement.returning(*(tbl.c[name] for name in returning)) if returning else statement


def _pg_params(tbl: Table, names: tuple[str, ...], rows: Rows) -> dict[str, Any]:
    if _has_json(tbl, names):
        return {"rows": rows}
    return {name: [row[name] for row in rows] for name in names}


def update_rows(s: Session, tbl: Table, key: str, rows: Rows) -> None:
    """UPDATE the rows of `tbl` whose `key` column matches, each to its own values: one
    statement per `BATCH` rows, the values joined from a VALUES list (UPDATE ... FROM
    works on SQLite 3.33 and later and on PostgreSQL). Every row sets the same columns."""
    if not rows:
        return
    names = list(rows[0])
    for part in chunks(rows):
        batch = (
            values(*(column(name, tbl.c[name].type) for name in names), name="batch")
            .data([tuple(row[name] for name in names) for row in part])
            .cte("batch")
        )
        s.execute(
            update(tbl)
            .where(tbl.c[key] == batch.c[key])
            .values({name: batch.c[name] for name in names if name != key}),
            execution_options=UNPREPARED,
        )


def delete_rows(s: Session, tbl: Table, key: str, keys: Sequence[Any]) -> None:
    for part in chunks(keys):
        s.execute(delete(tbl).where(tbl.c[key].in_(part)), execution_options=UNPREPARED)


# -- insert or ... ------------------------------------------------------------------------
def insert_ignore(s: Session, tbl: Table, rows: Rows, keys: list[str]) -> None:
    """INSERT ... ON CONFLICT DO NOTHING on SQLite and PostgreSQL (checked insert elsewhere)."""
    if not rows:
        return
    dialect = s.get_bind().dialect.name
    if dialect == "sqlite":
        from sqlalchemy.dialects import sqlite

        s.execute(sqlite.insert(tbl).on_conflict_do_nothing(index_elements=keys), rows)
        return
    if dialect == "postgresql":
        from sqlalchemy.dialects import postgresql

        s.execute(postgresql.insert(tbl).on_conflict_do_nothing(index_elements=keys), rows)
        return
    for row in rows:
        where = [tbl.c[k] == row[k] for k in keys]
        if s.execute(select(tbl.c[keys[0]]).where(*where)).first() is None:
            s.execute(insert(tbl), [row])


@cache
def upsert_statement(
    dialect: str,
    tbl: Table,
    names: tuple[str, ...],
    keys: tuple[str, ...],
    overwrite: tuple[str, ...],
    returning: tuple[str, ...],
    prefix: str,
) -> Any:
    """INSERT ... ON CONFLICT (keys) DO UPDATE SET each `overwrite` column to the value
    offered; with none, the existing row is set to itself (which locks it on PostgreSQL).
    `names` are bound as prefix + name."""
    if dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        statement: Any = sqlite_insert(tbl)
    else:
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        statement = pg_insert(tbl)
    statement = statement.values({n: bindparam(prefix + n, type_=tbl.c[n].type) for n in names})
    changes = {name: statement.excluded[name] for name in overwrite}
    statement = statement.on_conflict_do_update(
        index_elements=list(keys), set_=changes or {keys[0]: tbl.c[keys[0]]}
    )
    return statement.returning(*(tbl.c[name] for name in returning)) if returning else statement


def upsert(
    s: Session,
    tbl: Table,
    row: dict[str, Any],
    keys: tuple[str, ...],
    overwrite: tuple[str, ...],
    returning: tuple[str, ...] = (),
    writes: Writes | None = None,
) -> Row[Any] | None:
    """INSERT `row`, or set the `overwrite` columns of the row with the same `keys` to the
    row's values, in one statement (ON CONFLICT DO UPDATE on SQLite and PostgreSQL; a
    look-up first elsewhere); with `returning`, those columns of the row afterwards.
    Without, it goes with `writes` when given."""
    dialect = s.get_bind().dialect.name
    if dialect in ("sqlite", "postgresql"):
        shape = (dialect, tbl, tuple(row), keys, overwrite, returning)
        if writes is not None and not returning:
            writes.add(upsert_statement, shape, row)
            return None
        result = s.execute(upsert_statement(*shape, "u_"), {f"u_{k}": v for k, v in row.items()})
        return result.one() if returning else None
    where = [tbl.c[k] == row[k] for k in keys]
    if s.execute(select(tbl.c[keys[0]]).where(*where)).first() is None:
        s.execute(insert(tbl), [row])
    elif overwrite:
        s.execute(update(tbl).where(*where).values({name: row[name] for name in overwrite}))
    if returning:
        columns = [tbl.c[name] for name in returning]
        return s.execute(select(*columns).where(*where).with_for_update()).one()
    return None
