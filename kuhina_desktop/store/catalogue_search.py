"""Opportunity search for the coordinator's windows: one function, SQLite or PostgreSQL.

Text is matched on `opportunity_document.search_text`, which the program fills with the title,
description and what one learns in every language plus the organisation's and the coaching
environment's names, casefolded and without diacritics (`normalise`,
`opportunity_search_text`; `SearchTexts` for one organisation's opportunities at once, as
an import writes them). The query goes through the same function, so `aidinkiel*` (or
just `aidinkiel`: every word is a prefix) finds "Äidinkielen" on both backends. SQLite
matches through the FTS5 table `opportunity_fts`, PostgreSQL through the GIN index over
the stored `search_vector = to_tsvector('simple', search_text)`; any other database falls
back to LIKE.
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
    false,
    func,
    literal_column,
    not_,
    or_,
    select,
    table,
    text,
    true,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import TextClause

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
DENSE = 50_000  # from this many matches on, a page walks the index of its order
_WORD = re.compile(r"[^\W_]+")

_opp = table_of(OpportunityRow)
_doc = table_of(OpportunityDocumentRow)
_org = table_of(OrganisationRow)
_fts = table("opportunity_fts", column("rowid"))
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


def _member(matches: Select[Any], dense: bool) -> ColumnElement[bool]:
    """`num IN (matches)`. With few matches the database starts from them and sorts them.
    With many, the key is wrapped (`num + 0`) so that it cannot start from the match list:
    it walks the index of the requested order, tests membership and stops after one page,
    instead of fetching and sorting every match."""
    return (_opp.c.num + 0).in_(matches) if dense else _opp.c.num.in_(matches)


def _link_condition(link: Any, codes: list[str], dense: bool) -> ColumnElement[bool]:
    """The opportunity has one of `codes` in a link table."""
    return _member(select(link.c.opportunity_num).where(link.c.code.in_(codes)), dense)


def _conditions(
    filters: SearchFilters, now: datetime, *, dense: bool = False
) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    for name, link in _links.items():
        codes = list(getattr(filters, name))
        if codes:
            conds.append(_link_condition(link, codes, dense))
    if filters.kinds:
        conds.append(_opp.c.kind.in_(list(filters.kinds)))
    if filters.statuses:
        conds.append(_opp.c.status.in_(list(filters.statuses)))
    if filters.organisations:
        conds.append(_opp.c.organisation_id.in_(list(filters.organisations)))
    hidden_orgs = select(_org.c.id).where(_org.c.hidden == true())
    if filters.hidden is True:
        conds.append(or_(_opp.c.hidden == true(), _opp.c.organisation_id.in_(hidden_orgs)))
    elif filters.hidden is False:
        conds.append(and_(_opp.c.hidden == false(), not_(_opp.c.organisation_id.in_(hidden_orgs))))
    if filters.stale is not None:
        stale_orgs = select(_org.c.id).where(_org.c.last_import_at < now - STALE_AFTER)
        in_stale = _opp.c.organisation_id.in_(stale_orgs)
        conds.append(in_stale if filters.stale else not_(in_stale))
    if filters.checked_before is not None:
        conds.append(_not_checked_since(filters.checked_before))
    return conds


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


def _ts_match(param: str, terms: list[str]) -> TextClause:
    return text(f"opportunity_document.search_vector @@ to_tsquery('simple', :{param})").bindparams(
        **{param: _tsquery(terms)}
    )


def _text_matches(dialect: str, terms: list[str]) -> Select[Any]:
    """The `num` of every opportunity whose search text has all the terms (as prefixes)."""
    if dialect == "sqlite":
        return select(_fts.c.rowid).where(_fts_match(_fts_expression(terms)))
    if dialect == "postgresql":
        return select(_doc.c.num).where(_ts_match("tsq", terms))
    return select(_doc.c.num).where(*(_doc.c.search_text.like(f"%{t}%") for t in terms))


def _text_condition(dialect: str, terms: list[str], dense: bool) -> ColumnElement[bool]:
    """The opportunity's search text has all the terms."""
    return _member(_text_matches(dialect, terms), dense)


def _with_relevance(stmt: Select[Any], dialect: str, terms: list[str]) -> tuple[Select[Any], Any]:
    """The page joined to the text index, and the expression that orders by relevance."""
    if dialect == "sqlite":
        joined = stmt.join(_fts, _fts.c.rowid == _opp.c.num).where(
            _fts_match(_fts_expression(terms))
        )
        return joined, literal_column("opportunity_fts.rank")
    if dialect == "postgresql":
        joined = stmt.join(_doc, _doc.c.num == _opp.c.num).where(_ts_match("tsq", terms))
        rank = text(
            "ts_rank(opportunity_document.search_vector, to_tsquery('simple', :tsq_rank)) DESC"
        ).bindparams(tsq_rank=_tsquery(terms))
        return joined, rank
    return stmt.where(_opp.c.num.in_(_text_matches(dialect, terms))), _opp.c.title_fi


_COLUMNS = ("id", "organisation_id", "title_fi", "kind", "status", "updated_at")


def _ordering(columns: Any, org_name: Any, order: str) -> list[Any]:
    if order == "updated":
        return [columns.updated_at.desc(), columns.num.desc()]
    if order == "organisation":
        return [org_name, columns.title_fi, columns.num]
    return [columns.title_fi, columns.num]


def _walked_page(
    dialect: str,
    conds: list[ColumnElement[bool]],
    terms: list[str],
    dense: bool,
    order: str,
    offset: int,
    limit: int,
) -> Select[Any]:
    """One page as one query: the database walks the order's index (or sorts by rank)."""
    page = (
        select(
            *(_opp.c[name] for name in _COLUMNS),
            _org.c.name_fi,
            or_(_opp.c.hidden, _org.c.hidden).label("hidden"),
        )
        .select_from(_opp)
        .join(_org, _org.c.id == _opp.c.organisation_id)
        .where(*conds)
    )
    if order == "relevance" and terms:
        page, rank = _with_relevance(page, dialect, terms)
        ordering = [rank, _opp.c.title_fi, _opp.c.num]
    else:
        if terms:
            page = page.where(_text_condition(dialect, terms, dense))
        ordering = _ordering(_opp.c, _org.c.name_fi, order)
    return page.order_by(*ordering).offset(max(offset, 0)).limit(max(limit, 0))


def _collected_page(
    conds: list[ColumnElement[bool]], terms: list[str], order: str, offset: int, limit: int
) -> Select[Any]:
    """One page on PostgreSQL when the matches are few: collect them (a materialised CTE,
    a fence the planner keeps), sort them, then join the page's organisations. Left to
    itself, PostgreSQL walks the title index hoping to meet a page of matches soon, which
    becomes a whole scan when the matches cluster in title order (a word of the titles, a
    kind whose titles look alike)."""
    matching = select(_opp.c.num, *(_opp.c[name] for name in _COLUMNS), _opp.c.hidden).where(*conds)
    if order == "organisation":
        matching = matching.add_columns(_org.c.name_fi.label("org_name")).join(
            _org, _org.c.id == _opp.c.organisation_id
        )
    if terms:
        matching = matching.where(_opp.c.num.in_(_text_matches("postgresql", terms)))
    found = matching.cte("matching").prefix_with("MATERIALIZED")
    org_name = found.c.org_name if order == "organisation" else None
    inner = (
        select(found)
        .order_by(*_ordering(found.c, org_name, order))
        .offset(max(offset, 0))
        .limit(max(limit, 0))
        .subquery("page")
    )
    outer_name = inner.c.org_name if order == "organisation" else None
    return (
        select(
            *(inner.c[name] for name in _COLUMNS),
            _org.c.name_fi,
            or_(inner.c.hidden, _org.c.hidden).label("hidden"),
        )
        .select_from(inner)
        .join(_org, _org.c.id == inner.c.organisation_id)
        .order_by(*_ordering(inner.c, outer_name, order))
    )


def count_matches(
    session: Session,
    query: str = "",
    filters: SearchFilters | None = None,
    *,
    limit: int | None = None,
    now: datetime | None = None,
) -> int:
    """How many opportunities match; with `limit`, counting stops at `limit + 1`."""
    filters = filters or SearchFilters()
    dialect = session.get_bind().dialect.name
    terms = search_terms(query)
    conds = _conditions(filters, now or datetime.now(UTC))
    if terms and not conds:
        # Words alone: count in the text index, without touching the opportunities.
        matching: Select[Any] = _text_matches(dialect, terms)
    else:
        matching = select(_opp.c.num).where(*conds)
        if terms:
            matching = matching.where(_opp.c.num.in_(_text_matches(dialect, terms)))
    if limit is not None:
        matching = matching.limit(limit + 1)
    return int(session.execute(select(func.count()).select_from(matching.subquery())).scalar_one())


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
    page itself).
    """
    if order not in ORDERS:
        raise ValueError(f"unknown order {order!r}")
    filters = filters or SearchFilters()
    now = now or datetime.now(UTC)
    dialect = session.get_bind().dialect.name
    terms = search_terms(query)
    counted_to = None if count_limit is None else max(count_limit, DENSE)
    total = count_matches(session, query, filters, limit=counted_to, now=now)
    dense = total >= DENSE
    conds = _conditions(filters, now, dense=dense)
    if dialect == "postgresql" and not dense and (conds or terms) and order != "relevance":
        page = _collected_page(conds, terms, order, offset, limit)
    else:
        page = _walked_page(dialect, conds, terms, dense, order, offset, limit)
    hits = [
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
        for r in session.execute(page)
    ]
    if count_limit is not None and total > count_limit:
        total = count_limit + 1
    return hits, total
