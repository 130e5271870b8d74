"""Opportunity search for the coordinator's windows: one function, SQLite or PostgreSQL.

Text is matched on `opportunity_document.search_text`, which the program fills with the title,
description and what one learns in every language plus the organisation's and the coaching
environment's names, casefolded and without diacritics (`normalise`,
`opportunity_search_text`; `SearchTexts` for one organisation's opportunities at once, as
an import writes them). The query goes through the same function, so `aidinkiel*` (or
just `aidinkiel`: every word is a prefix) finds "Äidinkielen" on both backends. SQLite
matches through the FTS5 table `opportunity_fts`, PostgreSQL through the GIN index over
`opportunity_search.search_vector = to_tsvector('simple', search_text)` (a narrow table
triggers keep, cat0004, with the opportunity's title and update time beside the vector,
cat0005, so a page of a word's matches is sorted there); any other database falls back to
LIKE.
Words alone are counted in the text index itself.

Filters are index lookups: codes through the link tables, organisation, kind and status
through indexed columns; `hidden` covers records hidden themselves and through their
organisation; `stale` selects organisations without a package for 180 days.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    column,
    exists,
    false,
    func,
    literal_column,
    not_,
    or_,
    select,
    table,
    text,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import TextClause

from kuhina_desktop.store import catalogue_search_plan as plan
from kuhina_desktop.store.catalogue_search_plan import Part
from kuhina_desktop.store.catalogue_tables import (
    OpportunityDocumentRow,
    OpportunityLanguageRow,
    OpportunityMunicipalityRow,
    OpportunityRow,
    OpportunityTargetGroupRow,
    OrganisationRow,
    table_of,
)
from kuhina_desktop.store.catalogue_values import (  # also the names callers import here
    OpportunityHit,
    SearchFilters,
)

ORDERS = ("relevance", "title", "updated", "organisation")
MAX_TERMS = 16
MAX_TERM_LENGTH = 64
STALE_AFTER = timedelta(days=180)
DENSE = 20_000  # from this many matches of every part on, a page walks its order's index
_WORD = re.compile(r"[^\W_]+")

_opp = table_of(OpportunityRow)
_doc = table_of(OpportunityDocumentRow)
_org = table_of(OrganisationRow)
_fts = table("opportunity_fts", column("rowid"))
# PostgreSQL: num, search_vector, and the opportunity's title_fi and updated_at (cat0005)
_vectors = table("opportunity_search", column("num"), column("title_fi"), column("updated_at"))
_fts_match = literal_column("opportunity_fts").op("MATCH")
_links = {
    "municipalities": table_of(OpportunityMunicipalityRow),
    "target_groups": table_of(OpportunityTargetGroupRow),
    "languages": table_of(OpportunityLanguageRow),
}


class _StripMarks(dict[int, int | None]):
    """A str.translate table that drops combining marks, filled in as characters appear."""

    def __missing__(self, code: int) -> int | None:
        value = None if unicodedata.combining(chr(code)) else code
        self[code] = value
        return value


_STRIP_MARKS = _StripMarks()


def _plain(char: str) -> str:
    return unicodedata.normalize("NFKD", char).translate(_STRIP_MARKS)


def _latin1_table() -> tuple[bytes, re.Pattern[str]]:
    """Text in Latin-1 (Finnish, Swedish, English) is normalised a byte at a time: each of
    its characters whose plain form is one Latin-1 character is mapped to it by a table,
    which gives what NFKD and dropping the marks give (each character decomposes on its
    own, and the marks canonical ordering would move are all dropped). The characters
    whose plain form is longer or outside Latin-1 (µ ¼ ½ ¾) send the text the general way."""
    table = bytearray(range(256))
    elsewhere = []
    for code in range(128, 256):
        plain = _plain(chr(code))
        if len(plain) == 1 and ord(plain) < 256:
            table[code] = ord(plain)
        else:
            elsewhere.append(chr(code))
    return bytes(table), re.compile("[" + re.escape("".join(elsewhere)) + "]")


_LATIN1, _LATIN1_ELSEWHERE = _latin1_table()


def normalise(value: str) -> str:
    """Casefolded, diacritics removed (NFKD without combining marks): Äidinkieli → aidinkieli."""
    folded = value.casefold()
    if folded.isascii():
        return folded
    try:
        latin1 = folded.encode("latin-1")
    except UnicodeEncodeError:
        latin1 = b""
    if latin1 and not _LATIN1_ELSEWHERE.search(folded):
        return latin1.translate(_LATIN1).decode("latin-1")
    return unicodedata.normalize("NFKD", folded).translate(_STRIP_MARKS)


def words(value: str) -> list[str]:
    return _WORD.findall(normalise(value))


def search_text(values: Iterable[str | None]) -> str:
    """The stored search text of a record: its normalised words, space-separated."""
    return " ".join(words(" ".join(value for value in values if value)))


def _text_values(text: Any) -> list[str | None]:
    if isinstance(text, Mapping):
        return [text.get("fi"), text.get("sv"), text.get("en")]
    return []


def opportunity_search_text(
    opp: Mapping[str, Any], org: Mapping[str, Any] | None, env: Mapping[str, Any] | None
) -> str:
    values: list[str | None] = []
    for key in ("title", "description", "learning"):
        values += _text_values(opp.get(key))
    values += _text_values((org or {}).get("name"))
    values += _text_values((env or {}).get("name"))
    return search_text(values)


class SearchTexts:
    """`opportunity_search_text` for the opportunities of one organisation, with the words
    of the organisation's and each environment's name worked out once rather than once per
    opportunity. The same text: words never run across the values joined by a space."""

    def __init__(
        self, organisation: Mapping[str, Any] | None, environments: Mapping[str, dict[str, Any]]
    ) -> None:
        self._organisation = search_text(_text_values((organisation or {}).get("name")))
        self._environments = environments
        self._environment_words: dict[str, str] = {}

    def __call__(self, opp: Mapping[str, Any]) -> str:
        own: list[str | None] = []
        for key in ("title", "description", "learning"):
            own += _text_values(opp.get(key))
        env_id = str(opp.get("environment_id") or "")
        env_words = self._environment_words.get(env_id)
        if env_words is None:
            env = self._environments.get(env_id) or {}
            env_words = self._environment_words[env_id] = search_text(_text_values(env.get("name")))
        parts = (search_text(own), self._organisation, env_words)
        return " ".join(part for part in parts if part)


def search_terms(query: str) -> list[str]:
    """The query's words, normalised; each is matched as a prefix (a trailing * is optional)."""
    return [w[:MAX_TERM_LENGTH] for w in words(query)][:MAX_TERMS]


def _parts(dialect: str, terms: list[str], filters: SearchFilters, now: datetime) -> list[Part]:
    """The search's conditions as parts of a plan (`catalogue_search_plan`); the words last,
    so that a probe of them is made only for rows that passed the rest."""
    parts: list[Part] = []
    for name, link in _links.items():
        codes = list(getattr(filters, name))
        if codes:
            parts.append(plan.link_part(dialect, link, codes))
    if filters.kinds:
        parts.append(plan.column_part(dialect, _opp.c.kind, list(filters.kinds), kind=True))
    if filters.statuses:
        parts.append(plan.column_part(dialect, _opp.c.status, list(filters.statuses)))
    if filters.organisations:
        orgs = list(filters.organisations)
        parts.append(plan.column_part(dialect, _opp.c.organisation_id, orgs))
    parts += plan.hidden_parts(dialect, filters.hidden)
    if filters.stale is not None:
        stale_orgs = select(_org.c.id).where(_org.c.last_import_at < now - STALE_AFTER)
        org_id = plan.unindexed(dialect, _opp.c.organisation_id)
        if filters.stale:
            rows = plan.of_organisations(dialect, stale_orgs)
            parts.append(Part(org_id.in_(stale_orgs), rows=rows))
        else:
            parts.append(Part(not_(org_id.in_(stale_orgs))))
    if filters.checked_before is not None:
        parts.append(Part(_not_checked_since(filters.checked_before)))
    if terms:
        parts.append(_text_part(dialect, terms))
    return parts


def not_checked_counts(s: Session, day: date) -> dict[str, int]:
    """Per organisation, its published, shown offers not checked since `day`."""
    stmt = (
        select(_opp.c.organisation_id, func.count())
        .where(_opp.c.status == "published", _opp.c.hidden == false(), _not_checked_since(day))
        .group_by(_opp.c.organisation_id)
    )
    return {str(org): int(n) for org, n in s.execute(stmt)}


def _not_checked_since(day: date) -> ColumnElement[bool]:
    """Neither changed nor marked checked on `day` or later (`domain.checked`'s rule)."""
    cutoff = day.isoformat()
    reviewed = func.coalesce(_doc.c.data["reviewed_on"].as_string(), "")
    unchecked = select(_doc.c.num).where(reviewed < cutoff)
    return and_(func.substr(_opp.c.updated_at, 1, 10) < cutoff, _opp.c.num.in_(unchecked))


def _fts_expression(terms: list[str]) -> str:
    return " ".join(f'"{t}"*' for t in terms)


def _tsquery(terms: list[str]) -> str:
    return " & ".join(f"{t}:*" for t in terms)


def _ts_match(param: str, terms: list[str], vector: str = "opportunity_search") -> TextClause:
    return text(f"{vector}.search_vector @@ to_tsquery('simple', :{param})").bindparams(
        **{param: _tsquery(terms)}
    )


def _text_matches(dialect: str, terms: list[str]) -> Select[Any]:
    """The `num` of every opportunity whose search text has all the terms (as prefixes)."""
    if dialect == "sqlite":
        return select(_fts.c.rowid).where(_fts_match(_fts_expression(terms)))
    if dialect == "postgresql":
        return select(_vectors.c.num).where(_ts_match("tsq", terms))
    return select(_doc.c.num).where(*(_doc.c.search_text.like(f"%{t}%") for t in terms))


def _text_part(dialect: str, terms: list[str]) -> Part:
    """The words. As a probe: on SQLite a list of the matches (a prefix longer than the
    full-text index's prefix indexes costs a whole look-up per row), or, in a walk where
    they are many and every word is short, a look-up per row; on PostgreSQL the row's
    stored tsvector."""
    matches = _text_matches(dialect, terms)

    def listed_on(num: Any) -> ColumnElement[bool]:
        return plan.unindexed(dialect, num).in_(matches)

    if dialect == "postgresql":
        own = _vectors.alias("own_search")

        def probe_on(num: Any) -> ColumnElement[bool]:
            return exists().where(own.c.num == num, _ts_match("tsq_probe", terms, "own_search"))

        return Part(
            probe_on(_opp.c.num),
            nums=matches,
            alone_count=matches,
            probe_on=probe_on,
            sorted_on=_search_table_order,
        )
    walk_probe = None
    if dialect == "sqlite" and all(len(t) in plan.SHORT_PREFIX for t in terms):
        one = _fts.alias("one_fts")
        walk_probe = exists().where(
            literal_column("one_fts.opportunity_fts").op("MATCH")(_fts_expression(terms)),
            one.c.rowid == _opp.c.num,
        )
    return Part(
        listed_on(_opp.c.num),
        nums=matches,
        walk_probe=walk_probe,
        alone_count=matches,
        probe_on=listed_on,
    )


def _search_table_order(order: str) -> list[Any] | None:
    """The order's keys in PostgreSQL's search table (cat0005), as `plan` sorts the rows of
    `opportunity`; None for an order it does not hold (the organisation's name)."""
    if order == "title":
        return [_vectors.c.title_fi, _vectors.c.num]
    if order == "updated":
        return [_vectors.c.updated_at.desc(), _vectors.c.num.desc()]
    return None


def _relevance(dialect: str, terms: list[str], part: int) -> plan.Rank | None:
    """The text index joined to the opportunities, and the order by relevance."""
    if dialect == "sqlite":
        joined = _fts.join(_opp, _fts.c.rowid == _opp.c.num)
        matched = joined  # the MATCH goes into the WHERE clause
        rank: Any = literal_column("opportunity_fts.rank")
        return plan.Rank(matched, rank, part, _fts_match(_fts_expression(terms)))
    if dialect == "postgresql":
        joined = _vectors.join(_opp, _vectors.c.num == _opp.c.num)
        rank = text(
            "ts_rank(opportunity_search.search_vector, to_tsquery('simple', :tsq_rank)) DESC"
        ).bindparams(tsq_rank=_tsquery(terms))
        return plan.Rank(
            joined, rank, part, _ts_match("tsq", terms), alone=(_vectors.c.num, _vectors.c.title_fi)
        )
    return None


_COLUMNS = ("id", "organisation_id", "title_fi", "kind", "status", "updated_at")


def count_matches(
    session: Session,
    query: str = "",
    filters: SearchFilters | None = None,
    *,
    limit: int | None = None,
    now: datetime | None = None,
) -> int:
    """How many opportunities match; with `limit`, counting stops at `limit + 1`."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        _interactive(session)
    parts = _parts(dialect, search_terms(query), filters or SearchFilters(), now or _now())
    sizes = plan.estimates(session, parts) if len(parts) > 1 else [0] * len(parts)
    return plan.count(session, parts, plan.choose_driver(parts, sizes), limit)


def _interactive(session: Session) -> None:
    """PostgreSQL's settings for this search's transaction alone (SET LOCAL): no parallel
    workers (starting them costs more than a query of milliseconds saves), the cost of a
    random page read as on an SSD or from memory (1.1 instead of 4, which otherwise makes
    the planner scan every tsvector rather than read the GIN index's matches), and a plan
    made for each statement's own values: psycopg prepares a statement run five times, and
    PostgreSQL's generic plan for it cannot know how many rows a word or code matches (a
    common word's page went from 8 to 60 ms from the third search on)."""
    session.execute(text("SET LOCAL max_parallel_workers_per_gather = 0"))
    session.execute(text("SET LOCAL random_page_cost = 1.1"))
    session.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))


def _now() -> datetime:
    return datetime.now(UTC)


def _hits(session: Session, nums: list[int]) -> list[OpportunityHit]:
    """The page's rows, in the order of `nums`."""
    if not nums:
        return []
    stmt = (
        select(
            _opp.c.num,
            *(_opp.c[name] for name in _COLUMNS),
            _org.c.name_fi,
            or_(_opp.c.hidden, _org.c.hidden).label("hidden"),
        )
        .select_from(_opp)
        .join(_org, _org.c.id == _opp.c.organisation_id)
        .where(_opp.c.num.in_(nums))
    )
    rows = {r.num: r for r in session.execute(stmt)}
    return [
        OpportunityHit(
            r.id,
            r.organisation_id,
            r.name_fi,
            r.title_fi,
            r.kind,
            r.status,
            r.updated_at,
            bool(r.hidden),
        )
        for r in (rows[n] for n in nums if n in rows)
    ]


def search_opportunities(
    session: Session,
    query: str = "",
    filters: SearchFilters | None = None,
    order: str = "title",
    offset: int = 0,
    limit: int = 50,
    *,
    now: datetime | None = None,
    count_limit: int | None = None,
) -> tuple[list[OpportunityHit], int]:
    """One page of matching opportunities and the number of all matches.

    With `count_limit`, counting stops early: a total of `count_limit + 1` means "more than
    `count_limit`" (at national scale an exact count of a common word costs more than the
    page itself). How the count and the page are found: `catalogue_search_plan`.
    """
    if order not in ORDERS:
        raise ValueError(f"unknown order {order!r}")
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        _interactive(session)
    terms = search_terms(query)
    parts = _parts(dialect, terms, filters or SearchFilters(), now or _now())
    sizes = plan.estimates(session, parts) if parts else []
    driver = plan.choose_driver(parts, sizes)
    rank = _relevance(dialect, terms, len(parts) - 1) if order == "relevance" and terms else None
    found = None
    if rank is None:
        found = plan.matching_numbers(session, parts, sizes, order, offset, limit, DENSE)
    if found is not None:
        # Every match's number in hand: the count is theirs, the page sorts only them.
        total = len(found.numbers)
        if count_limit is not None and total > count_limit:
            total = count_limit + 1
        return _hits(session, found.page(session, order, offset, limit)), total
    total = plan.count(session, parts, driver, count_limit)
    exact = count_limit is None or total <= count_limit
    nums = plan.page_nums(
        session, dialect, parts, sizes, order, offset, limit, total, exact, DENSE, rank
    )
    return _hits(session, nums), total
