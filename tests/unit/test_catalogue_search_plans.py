"""The search's plans (`store/catalogue_search_plan.py`) give the rows of a plain reference
query: every condition as `IN (SELECT ...)`, the whole result sorted, then cut. Checked on
generated catalogues (demo content written through the store, some organisations stale,
some records hidden), on SQLite and PostgreSQL, with each plan forced in turn: collecting
the matches, walking the order's index, a walk that runs out of its budget and collects,
every match's number fetched first (and too many of them to pass back), and on SQLite the
per-row look-up of short words."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, literal_column, or_, select, text, true
from sqlalchemy.orm import Session

from kuhina_desktop.demo.content import generate_demo
from kuhina_desktop.domain.serialize import snapshot_to_json
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from kuhina_desktop.store import catalogue_records as records
from kuhina_desktop.store import catalogue_search, catalogue_search_plan
from kuhina_desktop.store import catalogue_store as registry
from kuhina_desktop.store.catalogue_search import STALE_AFTER, SearchFilters, search_terms
from kuhina_desktop.store.catalogue_tables import (
    LINK_TABLES,
    OpportunityRow,
    OrganisationRow,
    table_of,
)

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
_opp = table_of(OpportunityRow)
_org = table_of(OrganisationRow)


def _build(ws: CatalogueWorkspace, organisations: int, per_organisation: int) -> None:
    demo = generate_demo(organisations, per_organisation, 5)

    def work(s: Session) -> None:
        for number, item in enumerate(demo):
            data = snapshot_to_json(item.snapshot)
            org = data["organisation"]
            row = registry.lock_organisation(s, org["id"], org["name"], NOW)
            envs = {e["id"]: e for e in data["environments"]}
            opps = {o["id"]: o for o in data["opportunities"]}
            records.write_records(
                s,
                org["id"],
                records.StoredRecords(None, {}, {}, {}, {}),
                organisation=org,
                environments=envs,
                opportunities=opps,
                upserts={"environment": envs, "opportunity": opps},
                deletes={},
            )
            row.data, row.name_fi = org, org["name"]["fi"][:200]
            row.last_sequence, row.last_package_sha256 = 1, f"{number:064x}"
            row.last_import_at = NOW - timedelta(days=400 if number % 4 == 0 else 3)
            if number % 7 == 3:
                records.set_hidden(s, "organisation", org["id"], True)
            if number % 3 == 1:
                records.set_hidden(s, "opportunity", next(iter(opps)), True)

    ws.store.run(work)


@pytest.fixture
def catalogue(tmp_path: Path, database_url: str | None) -> Iterator[CatalogueWorkspace]:
    with CatalogueWorkspace.create(tmp_path / "catalogue", database_url) as ws:
        _build(ws, 24, 12)
        yield ws


def _text_nums(dialect: str, terms: list[str]) -> Any:
    """The opportunities whose words the full-text index matches, straight from it."""
    if dialect == "sqlite":
        expression = " ".join(f'"{t}"*' for t in terms)
        match = text("opportunity_fts MATCH :q").bindparams(q=expression)
        return select(literal_column("rowid")).select_from(text("opportunity_fts")).where(match)
    query = " & ".join(f"{t}:*" for t in terms)
    match = text("search_vector @@ to_tsquery('simple', :q)").bindparams(q=query)
    return select(literal_column("num")).select_from(text("opportunity_search")).where(match)


def _reference(s: Session, query: str, filters: SearchFilters, order: str) -> list[str]:
    """Every match's id in the search's order: the plain query."""
    dialect = s.get_bind().dialect.name
    terms = search_terms(query)
    conds: list[Any] = []
    for name, row_type in LINK_TABLES.items():
        codes = list(getattr(filters, name))
        if codes:
            link = table_of(row_type)
            conds.append(
                _opp.c.num.in_(select(link.c.opportunity_num).where(link.c.code.in_(codes)))
            )
    if filters.kinds:
        conds.append(_opp.c.kind.in_(list(filters.kinds)))
    if filters.statuses:
        conds.append(_opp.c.status.in_(list(filters.statuses)))
    if filters.organisations:
        conds.append(_opp.c.organisation_id.in_(list(filters.organisations)))
    hidden_orgs = select(_org.c.id).where(_org.c.hidden == true())
    hidden = or_(_opp.c.hidden == true(), _opp.c.organisation_id.in_(hidden_orgs))
    if filters.hidden is not None:
        conds.append(hidden if filters.hidden else ~hidden)
    stale = _opp.c.organisation_id.in_(
        select(_org.c.id).where(_org.c.last_import_at < datetime.now(UTC) - STALE_AFTER)
    )
    if filters.stale is not None:
        conds.append(stale if filters.stale else ~stale)
    stmt = select(_opp.c.id).join(_org, _org.c.id == _opp.c.organisation_id).where(*conds)
    if terms:
        stmt = stmt.where(_opp.c.num.in_(_text_nums(dialect, terms)))
    if order == "relevance" and terms:
        if dialect == "sqlite":
            expression = " ".join(f'"{t}"*' for t in terms)
            rank = text(
                "(SELECT rank FROM opportunity_fts WHERE opportunity_fts MATCH :rq"
                " AND rowid = opportunity.num)"
            ).bindparams(rq=expression)
            ordering: list[Any] = [rank]
        else:
            rank = text(
                "(SELECT ts_rank(search_vector, to_tsquery('simple', :rq)) FROM"
                " opportunity_search v WHERE v.num = opportunity.num) DESC"
            ).bindparams(rq=" & ".join(f"{t}:*" for t in terms))
            ordering = [rank]
        ordering += [_opp.c.title_fi, _opp.c.num]
    elif order == "updated":
        ordering = [_opp.c.updated_at.desc(), _opp.c.num.desc()]
    elif order == "organisation":
        ordering = [_org.c.name_fi, _opp.c.title_fi, _opp.c.num]
    else:
        ordering = [_opp.c.title_fi, _opp.c.num]
    return list(s.scalars(stmt.order_by(*ordering)))


def _cases(ws: CatalogueWorkspace, count: int) -> list[tuple[str, SearchFilters, str]]:
    """Random searches over the catalogue's own codes and words."""

    def values(s: Session) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for name, row_type in LINK_TABLES.items():
            link = table_of(row_type)
            found[name] = sorted(s.scalars(select(link.c.code).distinct()))
        found["kinds"] = sorted(s.scalars(select(_opp.c.kind).distinct()))
        found["statuses"] = sorted(s.scalars(select(_opp.c.status).distinct()))
        found["organisations"] = sorted(s.scalars(select(_org.c.id)))
        found["words"] = sorted(set(" ".join(s.scalars(select(_opp.c.title_fi))).split()))
        return found

    known = ws.store.run(values)
    rng = random.Random(19)
    cases = []
    for _ in range(count):
        chosen: dict[str, Any] = {}
        for name in ("municipalities", "target_groups", "languages", "kinds", "statuses"):
            if rng.random() < 0.3:
                chosen[name] = rng.sample(known[name], min(len(known[name]), rng.choice((1, 1, 2))))
        if rng.random() < 0.1:
            chosen["organisations"] = rng.sample(known["organisations"], 2)
        if rng.random() < 0.3:
            chosen["hidden"] = rng.random() < 0.4
        if rng.random() < 0.3:
            chosen["stale"] = rng.random() < 0.5
        query = ""
        if rng.random() < 0.5:
            word = rng.choice(known["words"])
            query = word[: rng.choice((2, 3, 5, len(word)))]
            if rng.random() < 0.2:
                query += " " + rng.choice(known["words"])[:3]
        order = rng.choice(("title", "title", "updated", "organisation", "relevance"))
        cases.append((query, SearchFilters(**chosen), order))
    cases.append(("", SearchFilters(), "title"))
    cases.append(("", SearchFilters(hidden=False, stale=False), "updated"))
    return cases


PLANS = {
    "chosen": {},
    "collect": {"DENSE": 10**9, "WALK_SPREAD": 10**9},
    "walk": {"DENSE": 1},
    "walk-out-of-budget": {"DENSE": 1, "WALK_BUDGET": 0, "WALK_PER_ROW": 1, "WALK_SPREAD": 0},
    "numbers-first": {"DENSE": 10**9, "WALK_SPREAD": 10**9, "FETCH_MAX": 10**6},
    "numbers-too-many": {"DENSE": 10**9, "WALK_SPREAD": 10**9, "FETCH_MAX": 2},
    "walk-short-words-per-row": {"DENSE": 1, "MANY": 0},
}


@pytest.mark.parametrize("plan", list(PLANS))
def test_every_plan_gives_the_reference_rows(
    catalogue: CatalogueWorkspace, plan: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in PLANS[plan].items():
        module = catalogue_search if name == "DENSE" else catalogue_search_plan
        monkeypatch.setattr(module, name, value)
    checked = 0
    for query, filters, order in _cases(catalogue, 40):
        expected = catalogue.store.run(
            lambda s, q=query, f=filters, o=order: _reference(s, q, f, o)
        )
        for offset, limit, count_limit in ((0, 7, None), (5, 4, 3), (0, 500, None), (11, 6, 1000)):
            result = catalogue.search(query, filters, order, offset, limit, count_limit=count_limit)
            assert [h.id for h in result.hits] == expected[offset : offset + limit], (
                query,
                filters,
                order,
                offset,
                limit,
            )
            if count_limit is None or len(expected) <= count_limit:
                assert (result.total, result.total_exact) == (len(expected), True)
            else:
                assert (result.total, result.total_exact) == (count_limit + 1, False)
        checked += bool(expected)
    assert checked >= 10  # most searches match something


def test_the_last_page_of_a_capped_count_is_collected(catalogue: CatalogueWorkspace) -> None:
    """A walk cannot tell a short last page from a window that ran out when the count was
    capped: the page is then collected, with the same rows."""
    every = catalogue.store.run(lambda s: _reference(s, "", SearchFilters(hidden=False), "title"))
    offset = len(every) - 2
    page = catalogue.search("", SearchFilters(hidden=False), "title", offset, 5, count_limit=3)
    assert [h.id for h in page.hits] == every[offset:]
    assert (page.total, page.total_exact) == (4, False)


def test_estimates_follow_the_parts_sizes(catalogue: CatalogueWorkspace) -> None:
    """The plan's estimate of a part is its exact count in a catalogue smaller than the
    sample (SQLite), or the planner's guess (PostgreSQL): the smallest part drives."""

    def sizes(s: Session) -> tuple[list[int], list[int]]:
        dialect = s.get_bind().dialect.name
        parts = catalogue_search._parts(
            dialect, [], SearchFilters(kinds=["work_trial"], hidden=True), datetime.now(UTC)
        )
        exact = [
            int(s.scalar(select(func.count()).select_from(p.listed().subquery())) or 0)
            for p in parts
        ]
        return catalogue_search_plan.estimates(s, parts), exact

    estimated, exact = catalogue.store.run(sizes)
    if catalogue.store.dialect == "sqlite":
        assert estimated == exact
    assert (estimated[0] > estimated[1]) == (exact[0] > exact[1])


def test_the_search_indexes_migrate_down_and_up_with_the_same_results(
    catalogue: CatalogueWorkspace,
) -> None:
    """cat0004 on a filled catalogue: down to cat0003 and up again (on PostgreSQL the
    tsvector moves back into opportunity_document and out again), the same results; after
    it, a changed title is found by its new word (the trigger keeps the vector)."""
    from alembic import command

    from kuhina_desktop.store import migrate

    cases = _cases(catalogue, 12)

    def results() -> list[list[str]]:
        return [[h.id for h in catalogue.search(q, f, o, 0, 1000).hits] for q, f, o in cases]

    before = results()
    cfg = migrate.alembic_config("catalogue")
    for target in ("cat0003", "head"):
        with catalogue.engine.connect() as connection:
            cfg.attributes["connection"] = connection
            (command.downgrade if target == "cat0003" else command.upgrade)(cfg, target)
            connection.commit()
    assert migrate.current_revision(catalogue.engine) == migrate.head_revision("catalogue")
    assert results() == before

    def rename(s: Session) -> str:
        num, opp_id = s.execute(select(_opp.c.num, _opp.c.id).limit(1)).one()
        s.execute(
            text("UPDATE opportunity_document SET search_text = :t WHERE num = :n"),
            {"t": "zyxwvuttila", "n": num},
        )
        return str(opp_id)

    renamed = catalogue.store.run(rename)
    assert [h.id for h in catalogue.search("zyxwvut").hits] == [renamed]


def test_a_words_page_follows_titles_and_times_changed_without_its_text(
    catalogue: CatalogueWorkspace,
) -> None:
    """On PostgreSQL the search table keeps each opportunity's title and update time beside
    its vector (cat0005) and sorts a word's matches there: when an import changes them
    without the search text, the page still comes in the reference order."""
    word = "työ"

    def change(s: Session) -> list[str]:
        matches = _text_nums(s.get_bind().dialect.name, search_terms(word))
        nums = list(
            s.scalars(
                select(_opp.c.num)
                .where(_opp.c.num.in_(matches))
                .order_by(_opp.c.title_fi.desc(), _opp.c.num)
                .limit(2)
            )
        )
        first, second = nums
        s.execute(_opp.update().where(_opp.c.num == first).values(title_fi="Aakkosten alkuun"))
        s.execute(
            _opp.update().where(_opp.c.num == second).values(updated_at="2099-01-01T00:00:00+00:00")
        )
        return [str(s.scalar(select(_opp.c.id).where(_opp.c.num == n))) for n in nums]

    ids = catalogue.store.run(change)
    for order in ("title", "updated", "relevance"):
        expected = catalogue.store.run(lambda s, o=order: _reference(s, word, SearchFilters(), o))
        for offset, limit in ((0, 3), (2, 5)):
            hits = catalogue.search(word, SearchFilters(), order, offset, limit).hits
            assert [h.id for h in hits] == expected[offset : offset + limit], order
        if order != "relevance":  # the changed ones lead, so the page shows the change
            assert expected[0] == ids[0 if order == "title" else 1]


@pytest.mark.postgres
@pytest.mark.parametrize("fetch_max", [0, 10**6], ids=["collected", "numbers-first"])
def test_a_words_page_is_sorted_in_the_search_table_on_postgresql(
    tmp_path: Path, postgres_server: Any, monkeypatch: pytest.MonkeyPatch, fetch_max: int
) -> None:
    """A word's matches sorted by title, by update time and by relevance, with a filter
    that tests an opportunity by its number, collected or fetched by number first: the page
    is found in `opportunity_search` without reading `opportunity` rows (only the page's
    own rows are read after)."""
    from sqlalchemy import event

    monkeypatch.setattr(catalogue_search, "DENSE", 10**9)  # collected, not walked
    monkeypatch.setattr(catalogue_search_plan, "WALK_SPREAD", 10**9)
    monkeypatch.setattr(catalogue_search_plan, "FETCH_MAX", fetch_max)
    schema = postgres_server.create_schema()
    try:
        url = postgres_server.url(postgres_server.database, schema)
        with CatalogueWorkspace.create(tmp_path / "catalogue", url) as ws:
            _build(ws, 6, 8)
            statements: list[str] = []

            def seen(*args: Any) -> None:
                statements.append(" ".join(str(args[2]).split()))

            event.listen(ws.engine, "before_cursor_execute", seen)
            for order in ("title", "updated", "relevance"):
                for filters in (SearchFilters(), SearchFilters(languages=["fi"])):
                    statements.clear()
                    expected = ws.store.run(
                        lambda s, o=order, f=filters: _reference(s, "työ", f, o)
                    )
                    hits = ws.search("työ", filters, order, 0, 5).hits
                    assert [h.id for h in hits] == expected[:5]
                    pages = [
                        st
                        for st in statements
                        if "ORDER BY" in st and "opportunity_search" in st and "LIMIT" in st
                    ]
                    assert pages, (order, filters, statements)
                    assert all(" opportunity.num" not in st for st in pages), pages
    finally:
        postgres_server.drop_schema(schema)
