"""How a search of `catalogue_search` is run: the count, the page's keys in order, and the
choice between two ways to find a page (SQLite and PostgreSQL alike).

A search is a list of parts, one per condition (the words, each filter). Each part can
test an opportunity row (`probe`: a column test, or an EXISTS into a link table's primary
key), and most can also list their matches from an index of their own (`rows`/`nums`: a
link table's code index, the full-text index, the kind or status index...). Neither
database knows how many opportunities a code has, so they drive from whichever index
looks best and materialise the rest into lists (at 300,000 opportunities, tens of
milliseconds per list). Here each part's matches are estimated first (`estimates`: on
SQLite counted among the first SAMPLE opportunities, one statement over index ranges; on
PostgreSQL its planner's guess), the smallest part drives, and every other part is a
probe. Where the driver lists each opportunity once (one code, or the words) and the
other parts need only the opportunity's number (links, words), the count and a collected
page's matches are found on the numbers alone, without reading opportunity rows.

A page is then found one of two ways:
- **collect**: the driving part's matches, probed, sorted, cut to the page. Its cost grows
  with the driver's size, so it is the way when some part is small (below `dense`), or
  when the matches, spread evenly, would need more rows of a walk than its budget.
- **walk**: the order's index (titles, or updates) read in order from the start, each row
  probed, until the page is full. Its cost grows with the rows read before the page is
  full, small when the matches are many. Matches can cluster in an order (the titles of
  one kind look alike), so a walk reads at most a budget of rows; when the page is not
  full by then, it is collected instead. A filter of one kind walks the index of
  (kind, title) instead of all titles.
Either way only the page's keys are found; its rows and organisation names are read
after, for the page alone. Both ways give the same rows: the tests hold them to each other
and to a plain reference query.

The words as a probe: the full-text index answers a word of two or three letters from its
prefix index quickly for one row at a time; a longer prefix costs a whole look-up per row
on SQLite, so there it is listed once (`num IN (...)`). On PostgreSQL a row's tsvector is
tested directly (in the narrow table `opportunity_search`).

Counting: with a limit (the search window's "more than 1,000") it stops at limit + 1;
the coordinator's table asks for the exact number, which it needs as its row count.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    CTE,
    ColumnElement,
    Select,
    and_,
    any_,
    exists,
    false,
    func,
    literal,
    literal_column,
    not_,
    or_,
    select,
    true,
    tuple_,
)
from sqlalchemy.orm import Session

from kuhina_desktop.store.catalogue_tables import (
    OpportunityDocumentRow,
    OpportunityRow,
    OrganisationRow,
    table_of,
)

SAMPLE = 30_000  # parts' matches are counted among this many opportunities (lowest keys)
MANY = 50_000  # a part matching this many (estimated) is probed by `walk_probe` in a walk
UNKNOWN = 1 << 40  # the size of a part that cannot list its matches
FETCH_MAX = 20_000  # matches whose numbers a search may pass back to sort them
WALK_BUDGET = 20_000  # rows of the order's index a walk reads at most ...
WALK_PER_ROW = 4  # ... or this many per row up to the page's end, if more (deep pages)
WALK_SPREAD = 4  # a walk is tried if this many times the rows it needs fit its budget
SHORT_PREFIX = (2, 3)  # word lengths the SQLite full-text index has prefix indexes for

_opp = table_of(OpportunityRow)
_doc = table_of(OpportunityDocumentRow)
_org = table_of(OrganisationRow)


@dataclass(frozen=True)
class Part:
    """One condition of a search.

    `probe` tests the row of `opportunity`; `rows` (a condition on `opportunity` its own
    index answers) or `nums` (a SELECT of matching `num`s) list the matches, for driving;
    neither: the part only probes (it matches most rows, or has no index). `walk_probe` is
    the probe a walk uses, where it differs (the words on SQLite)."""

    probe: ColumnElement[bool]
    rows: ColumnElement[bool] | None = None
    nums: Select[Any] | None = None
    walk_probe: ColumnElement[bool] | None = None
    kind: str | None = None  # the one kind of a kind filter (a walk may use its index)
    alone_count: Select[Any] | None = None  # its matches, each once: counted by itself
    # The probe on another table's opportunity number, for a part that needs nothing
    # else of the row (links, words): a count then never reads the opportunity rows.
    probe_on: Callable[[Any], ColumnElement[bool]] | None = None
    # The order's keys in the table `alone_count` reads (PostgreSQL's search table holds
    # each opportunity's title and update time): a page of the matches found there on
    # their numbers alone is sorted there too, without reading opportunity rows.
    sorted_on: Callable[[str], list[Any] | None] | None = None

    @property
    def drives(self) -> bool:
        return self.rows is not None or self.nums is not None

    def listed(self) -> Select[Any]:
        if self.nums is not None:
            return self.nums
        assert self.rows is not None
        return select(_opp.c.num).where(self.rows)

    def sampled(self, bound: Any) -> Select[Any]:
        """The part's matches among the opportunities up to `num` `bound`."""
        listed = self.listed()
        key = listed.selected_columns[0]
        return listed.where(key <= bound)

    def driving(self) -> ColumnElement[bool]:
        if self.rows is not None:
            return self.rows
        return _opp.c.num.in_(self.listed())


def unindexed(dialect: str, column: Any) -> Any:
    """The column in a form SQLite cannot look up by index (`+column`), so that a test of
    it stays a probe and does not become the query's driver."""
    if dialect != "sqlite":
        return column
    return literal_column(f"+{column.table.name}.{column.name}", column.type)


def estimates(session: Session, parts: Sequence[Part]) -> list[int]:
    """Each part's matches, estimated: on SQLite in one statement from their number among
    the opportunities numbered up to SAMPLE (exact in a smaller catalogue), scaled to the
    highest number; on PostgreSQL by its planner. UNKNOWN for a part that cannot list
    them. Only the plan depends on these, never the results."""
    if not any(p.drives for p in parts):
        return [UNKNOWN] * len(parts)
    if session.get_bind().dialect.name == "postgresql":
        return [_planned_rows(session, p.listed()) if p.drives else UNKNOWN for p in parts]
    counted = [
        select(func.count()).select_from(p.sampled(SAMPLE).subquery()).scalar_subquery()
        for p in parts
        if p.drives
    ]
    row = session.execute(select(func.max(_opp.c.num), *counted)).one()
    top, values = int(row[0] or 0), iter(row[1:])
    scale = max(top / SAMPLE, 1.0)
    return [round(int(next(values)) * scale) if p.drives else UNKNOWN for p in parts]


def _planned_rows(session: Session, stmt: Select[Any]) -> int:
    """PostgreSQL's own estimate of a statement's rows (its statistics of each code and
    word, kept by ANALYZE and autovacuum): planning only, nothing is read."""
    connection = session.connection()
    compiled = stmt.compile(dialect=connection.dialect, compile_kwargs={"render_postcompile": True})
    explained = connection.exec_driver_sql(
        "EXPLAIN (FORMAT JSON) " + str(compiled), compiled.params
    ).scalar_one()
    if isinstance(explained, str):
        explained = json.loads(explained)
    return int(explained[0]["Plan"]["Plan Rows"])


def _where(
    parts: Sequence[Part],
    driver: int | None,
    sizes: Sequence[int] = (),
    *,
    skip: int | None = None,
) -> list[Any]:
    """The parts' conditions: the driver's as a list of matches, the others as probes (a
    part's `walk_probe` where it matches MANY rows or more)."""
    conds: list[Any] = []
    for i, part in enumerate(parts):
        if i == skip:
            continue
        if i == driver:
            conds.append(part.driving())
        elif part.walk_probe is not None and sizes and sizes[i] >= MANY:
            conds.append(part.walk_probe)
        else:
            conds.append(part.probe)
    return conds


def _by_number(parts: Sequence[Part], driver: int | None) -> Select[Any] | None:
    """The matching numbers without the opportunity rows, where the driver lists each
    opportunity once (one code, or the words) and every other part probes by number
    alone; else None."""
    if driver is None or parts[driver].alone_count is None or len(parts) < 2:
        return None
    others = [p for i, p in enumerate(parts) if i != driver]
    if any(p.probe_on is None for p in others):
        return None
    listed = parts[driver].alone_count
    assert listed is not None
    key = listed.selected_columns[0]
    return listed.where(*(p.probe_on(key) for p in others if p.probe_on is not None))


def matching_numbers(
    session: Session,
    parts: Sequence[Part],
    sizes: Sequence[int],
    order: str,
    offset: int,
    limit: int,
    dense: int,
) -> Found | None:
    """Every match's number, when a page would be collected from a driver whose matches
    are found on their numbers alone (`_by_number`) and are few enough to pass back
    (FETCH_MAX): one statement instead of a count and a collect that each find them; sorted
    in that statement where the driver's table holds the order's keys (`Part.sorted_on`).
    None otherwise (a walk is likely, or the plan cannot)."""
    driver = choose_driver(parts, sizes)
    if driver is None or sizes[driver] > 5 * FETCH_MAX:
        return None
    need = max(offset, 0) + max(limit, 0)
    if order in ("title", "updated") and _walk_first(
        session, parts, sizes, driver, order, need, 0, False, dense
    ):
        return None
    numbers = _by_number(parts, driver)
    if numbers is None:
        return None
    keys = _own_keys(parts[driver], order)
    if keys is not None:  # sorted where they are found: the page is a slice of them
        numbers = numbers.order_by(*keys)
    found = list(session.scalars(numbers.limit(FETCH_MAX + 1)))
    if len(found) > FETCH_MAX:
        return None
    return Found(found, in_order=keys is not None)


@dataclass(frozen=True)
class Found:
    """Every match's number; `in_order`: already in the search's order."""

    numbers: list[int]
    in_order: bool

    def page(self, session: Session, order: str, offset: int, limit: int) -> list[int]:
        if self.in_order:
            start = max(offset, 0)
            return self.numbers[start : start + max(limit, 0)]
        return sorted_page(session, self.numbers, order, offset, limit)


def _own_keys(part: Part, order: str) -> list[Any] | None:
    return part.sorted_on(order) if part.sorted_on is not None else None


def sorted_page(
    session: Session, found: list[int], order: str, offset: int, limit: int
) -> list[int]:
    """The page of `found` (opportunity numbers) in the order."""
    if not found or limit <= 0:
        return []
    stmt = select(_opp.c.num).where(_opp.c.num.in_(found))
    if order == "organisation":
        stmt = stmt.join(_org, _org.c.id == _opp.c.organisation_id)
    stmt = stmt.order_by(*_order_of(_opp.c, order, _org.c.name_fi))
    return list(session.scalars(_cut(stmt, offset, limit)))


def count(session: Session, parts: Sequence[Part], driver: int | None, limit: int | None) -> int:
    """The number of matches; with `limit`, counting stops at `limit + 1`."""
    if len(parts) == 1 and parts[0].alone_count is not None:
        matching: Select[Any] = parts[0].alone_count
    else:
        numbers = _by_number(parts, driver)
        matching = (
            numbers if numbers is not None else select(_opp.c.num).where(*_where(parts, driver))
        )
    if limit is not None:
        matching = matching.limit(limit + 1)
    return int(session.execute(select(func.count()).select_from(matching.subquery())).scalar_one())


def _order_of(columns: Any, order: str, org_name: Any = None) -> list[Any]:
    if order == "updated":
        return [columns.updated_at.desc(), columns.num.desc()]
    if order == "organisation":
        return [org_name, columns.title_fi, columns.num]
    return [columns.title_fi, columns.num]


def _cut(stmt: Select[Any], offset: int, limit: int) -> Select[Any]:
    return stmt.offset(max(offset, 0)).limit(max(limit, 0))


def collected(
    dialect: str,
    parts: Sequence[Part],
    driver: int | None,
    order: str,
    offset: int,
    limit: int,
    rank: Rank | None = None,
) -> Select[Any]:
    """The page's `num`s from the driver's matches, sorted (by relevance: from the text
    index joined to the opportunities)."""
    if rank is None:
        own = _sorted_alone(parts, driver, order)
        if own is not None:
            return _cut(own, offset, limit)
    elif rank.alone is not None and _probe_alone(parts, rank.part):
        num, title = rank.alone
        others = [p.probe_on(num) for i, p in enumerate(parts) if i != rank.part and p.probe_on]
        alone = select(num).where(rank.match, *others)
        return _cut(alone.order_by(rank.by_rank, title, num), offset, limit)
    numbers = _by_number(parts, driver) if rank is None else None
    if numbers is not None:
        # The matches found on their numbers first; only theirs are read to be sorted.
        conds_first: list[Any] = [_opp.c.num.in_(numbers)]
    if rank is not None:
        conds = [rank.match, *_where(parts, None, skip=rank.part)]
        stmt = select(_opp.c.num).select_from(rank.joined).where(*conds)
        order_by = (rank.by_rank, _opp.c.title_fi, _opp.c.num)
        return _cut(stmt.order_by(*order_by), offset, limit)
    conds = conds_first if numbers is not None else _where(parts, driver)
    keys: list[Any] = [_opp.c.num, _opp.c.title_fi, _opp.c.updated_at]
    source: Any = _opp
    if order == "organisation":
        source = _opp.join(_org, _org.c.id == _opp.c.organisation_id)
        keys.append(_org.c.name_fi.label("org_name"))
    if dialect != "postgresql":
        stmt = select(_opp.c.num).select_from(source).where(*conds)
        return _cut(stmt.order_by(*_order_of(_opp.c, order, _org.c.name_fi)), offset, limit)
    # PostgreSQL, left to itself, walks the order's index hoping to meet a page of matches
    # soon, which becomes a whole scan when they cluster: the matches go behind a fence (a
    # materialised CTE) and are sorted there.
    found: CTE = select(*keys).select_from(source).where(*conds).cte("matching")
    found = found.prefix_with("MATERIALIZED")
    org_name = found.c.org_name if order == "organisation" else None
    return _cut(select(found.c.num).order_by(*_order_of(found.c, order, org_name)), offset, limit)


def _probe_alone(parts: Sequence[Part], besides: int) -> bool:
    """Whether every part but `besides` can test an opportunity by its number alone."""
    return all(p.probe_on is not None for i, p in enumerate(parts) if i != besides)


def _sorted_alone(parts: Sequence[Part], driver: int | None, order: str) -> Select[Any] | None:
    """The driver's matches, found and sorted in its own table (`Part.sorted_on`) with the
    other parts probed by number; None where the driver's table does not hold the order's
    keys or another part needs the opportunity's row."""
    if driver is None or not _probe_alone(parts, driver):
        return None
    keys = _own_keys(parts[driver], order)
    listed = parts[driver].alone_count if len(parts) == 1 else _by_number(parts, driver)
    if keys is None or listed is None:
        return None
    return listed.order_by(*keys)


def _keys(order: str) -> tuple[Any, Any, bool]:
    """The order's index key, and whether it is read downwards."""
    if order == "updated":
        return _opp.c.updated_at, _opp.c.num, True
    return _opp.c.title_fi, _opp.c.num, False


def _walk_all(dialect: str, conds: list[Any], order: str, offset: int, limit: int) -> Select[Any]:
    stmt = select(_opp.c.num).where(*conds).order_by(*_order_of(_opp.c, order))
    return _cut(stmt, offset, limit)


def walk(
    session: Session,
    dialect: str,
    parts: Sequence[Part],
    sizes: Sequence[int],
    order: str,
    offset: int,
    limit: int,
    budget: int | None,
) -> list[int] | None:
    """The page's `num`s found by reading the order's index from the start, every row
    probed, in one statement that stops when the page is full; None when the first
    `budget` rows of the index did not fill it (the statement reads no further: it is
    bounded by the key of the budget's last row). `budget` None: as far as it takes."""
    conds = _where(parts, None, sizes)
    if budget is None:
        return list(session.scalars(_walk_all(dialect, conds, order, offset, limit)))
    key, num, down = _keys(order)
    ordering = [key.desc(), num.desc()] if down else [key, num]
    kinds = [p.kind for p in parts if p.kind is not None]
    scope = [_opp.c.kind == kinds[0]] if order == "title" and kinds else []  # (kind, title)
    last = session.execute(
        select(key, num).where(*scope).order_by(*ordering).offset(budget - 1).limit(1)
    ).first()
    bounds = list(scope)
    if last is not None:
        last_key = tuple_(literal(last[0]), literal(last[1]))
        bounds.append(tuple_(key, num) >= last_key if down else tuple_(key, num) <= last_key)
    stmt = select(_opp.c.num).where(*bounds, *conds).order_by(*ordering)
    nums = list(session.scalars(_cut(stmt, offset, limit)))
    if len(nums) == max(limit, 0) or last is None:
        return nums
    return None


@dataclass(frozen=True)
class Rank:
    """An order by relevance: the text index joined to `opportunity` (it filters by the
    words itself, so the words' part `part` is left out), and the rank to order by."""

    joined: Any
    by_rank: Any
    part: int
    match: Any
    # (number, title) in the text index's own table where it holds the title (PostgreSQL's
    # search table): with every other part probed by number, the page is found there alone.
    alone: tuple[Any, Any] | None = None


def choose_driver(parts: Sequence[Part], sizes: Sequence[int]) -> int | None:
    """The index of the part with the fewest matches (None: no part lists its own)."""
    best: int | None = None
    for i, part in enumerate(parts):
        if part.drives and (best is None or sizes[i] < sizes[best]):
            best = i
    return best


def page_nums(
    session: Session,
    dialect: str,
    parts: Sequence[Part],
    sizes: Sequence[int],
    order: str,
    offset: int,
    limit: int,
    total: int,
    exact: bool,
    dense: int,
    rank: Rank | None = None,
) -> list[int]:
    """The `num`s of one page in order: walked where the matches are many, else collected."""
    driver = choose_driver(parts, sizes)
    want = max(min(limit, total - offset), 0) if exact else max(limit, 0)
    if want == 0:
        return []
    need = max(offset, 0) + limit
    if rank is None and order in ("title", "updated"):
        if driver is None:
            # Nothing lists its own matches to collect from: the walk goes as far as it takes.
            return walk(session, dialect, parts, sizes, order, offset, limit, None) or []
        if _walk_first(session, parts, sizes, driver, order, need, total, exact, dense):
            budget = max(WALK_BUDGET, WALK_PER_ROW * need)
            nums = walk(session, dialect, parts, sizes, order, offset, limit, budget)
            if nums is not None:
                return nums
    stmt = collected(dialect, parts, driver, order, offset, limit, rank)
    return list(session.scalars(stmt))


def _walk_first(
    session: Session,
    parts: Sequence[Part],
    sizes: Sequence[int],
    driver: int,
    order: str,
    need: int,
    total: int,
    exact: bool,
    dense: int,
) -> bool:
    """Whether to walk before collecting: the walk would fit its budget (`_walk_rows`), and
    either the driver is `dense` or the walk would read under a quarter of its matches
    (many matches in a small catalogue)."""
    rows = _walk_rows(session, parts, sizes, order, need, total, exact)
    if rows > max(WALK_BUDGET, WALK_PER_ROW * need):
        return False
    return sizes[driver] >= dense or 4 * rows <= sizes[driver]


def table_size(session: Session) -> int:
    """The number of opportunities, roughly: the highest `num` (SQLite), the planner's
    count (PostgreSQL)."""
    if session.get_bind().dialect.name == "postgresql":
        return _planned_rows(session, select(_opp.c.num))
    return int(session.scalar(select(func.max(_opp.c.num))) or 0)


def _walk_rows(
    session: Session,
    parts: Sequence[Part],
    sizes: Sequence[int],
    order: str,
    need: int,
    total: int,
    exact: bool,
) -> float:
    """How many rows a walk would read for `need` matches, if the matches were spread
    evenly over the order: from the exact count, or else from the parts' sizes as if they
    were independent; times WALK_SPREAD, for matches that cluster (a walk that would most
    likely run out is not tried)."""
    everything = max(table_size(session), 1)
    scope = everything
    kinds = [i for i, p in enumerate(parts) if p.kind is not None]
    if order == "title" and kinds:
        scope = max(sizes[kinds[0]], 1)
    if exact:
        share = total / scope
    else:
        share = 1.0
        for i, part in enumerate(parts):
            if part.drives and not (order == "title" and i in kinds[:1]):
                share *= min(sizes[i] / everything, 1.0)
    return WALK_SPREAD * need / max(share, 1e-9)


def of_organisations(dialect: str, organisations: Select[Any]) -> ColumnElement[bool]:
    """The opportunity belongs to one of `organisations` (a SELECT of their ids), as a
    condition its index of organisations answers: on PostgreSQL `= ANY(ARRAY(...))`, since
    it would read every opportunity to test `IN (SELECT ...)` (it guesses half match)."""
    if dialect == "postgresql":
        return _opp.c.organisation_id == any_(func.array(organisations.scalar_subquery()))
    return _opp.c.organisation_id.in_(organisations)


def hidden_parts(dialect: str, hidden: bool | None) -> list[Part]:
    """`hidden` covers records hidden themselves and through their organisation."""
    if hidden is None:
        return []
    hidden_orgs = select(_org.c.id).where(_org.c.hidden == true())
    own = unindexed(dialect, _opp.c.hidden)
    org_id = unindexed(dialect, _opp.c.organisation_id)
    if hidden:
        rows = or_(_opp.c.hidden == true(), of_organisations(dialect, hidden_orgs))
        return [Part(or_(own == true(), org_id.in_(hidden_orgs)), rows=rows)]
    return [Part(and_(own == false(), not_(org_id.in_(hidden_orgs))))]


def link_part(dialect: str, link: Any, codes: list[str]) -> Part:
    """The opportunity has one of `codes` in a link table."""

    def probe_on(num: Any) -> ColumnElement[bool]:
        return exists().where(link.c.opportunity_num == num, link.c.code.in_(codes))

    nums = select(link.c.opportunity_num).where(link.c.code.in_(codes))
    alone = nums if len(codes) == 1 else None  # a code's rows are its opportunities
    return Part(probe_on(_opp.c.num), nums=nums, alone_count=alone, probe_on=probe_on)


def column_part(dialect: str, column: Any, values: list[str], *, kind: bool = False) -> Part:
    probe = unindexed(dialect, column).in_(values)
    return Part(
        probe, rows=column.in_(values), kind=values[0] if kind and len(values) == 1 else None
    )
