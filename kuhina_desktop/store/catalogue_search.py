"""Opportunity search for the coordinator's windows: one function, SQLite or PostgreSQL.

Text is matched on `opportunity_document.search_text`, which the program fills with the title,
description and what one learns in every language plus the organisation's and the coaching
environment's names, casefolded and without diacritics (`normalise`). The query goes
through the same function, so `aidinkiel*` (or just `aidinkiel`: every word is a prefix)
finds "Äidinkielen" on both backends. SQLite matches through the FTS5 table
`opportunity_fts`, PostgreSQL through the GIN index over the stored
`search_vector = to_tsvector('simple', search_text)`; any other database falls back to LIKE.
Words alone are counted in the text index itself.

Filters are index lookups: codes through the link tables, organisation, kind and status
through indexed columns; `hidden` covers records hidden themselves and through their
organisation; `stale` selects organisations without a package for 180 days.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
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

ORDERS = ("relevance", "title", "updated", "organisation")
MAX_TERMS = 16
MAX_TERM_LENGTH = 64
STALE_AFTER = timedelta(days=180)
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


def normalise(value: str) -> str:
    """Casefolded, diacritics removed (NFKD without combining marks): Äidinkieli → aidinkieli."""
    folded = value.casefold()
    if folded.isascii():
        return folded
    return unicodedata.normalize("NFKD", folded).translate(_STRIP_MARKS)


def words(value: str) -> list[str]:
    return _WORD.findall(normalise(value))


def search_text(values: Iterable[str | None]) -> str:
    """The stored search text of a record: its normalised words, space-separated."""
    return " ".join(w for value in values if value for w in words(value))


def search_terms(query: str) -> list[str]:
    """The query's words, normalised; each is matched as a prefix (a trailing * is optional)."""
    return [w[:MAX_TERM_LENGTH] for w in words(query)][:MAX_TERMS]


@dataclass(frozen=True)
class SearchFilters:
    """Each tuple filter matches any of its values; None leaves a yes/no filter off."""

    municipalities: Sequence[str] = ()
    kinds: Sequence[str] = ()
    target_groups: Sequence[str] = ()
    languages: Sequence[str] = ()
    statuses: Sequence[str] = ()
    organisations: Sequence[str] = ()
    hidden: bool | None = None
    stale: bool | None = None


@dataclass(frozen=True)
class OpportunityHit:
    id: str
    organisation_id: str
    organisation_name: str
    title_fi: str
    kind: str
    status: str
    updated_at: str
    hidden: bool


def _conditions(filters: SearchFilters, now: datetime) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    for name, link in _links.items():
        codes = list(getattr(filters, name))
        if codes:
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
    if filters.hidden is True:
        conds.append(or_(_opp.c.hidden == true(), _opp.c.organisation_id.in_(hidden_orgs)))
    elif filters.hidden is False:
        conds.append(and_(_opp.c.hidden == false(), not_(_opp.c.organisation_id.in_(hidden_orgs))))
    if filters.stale is not None:
        stale_orgs = select(_org.c.id).where(_org.c.last_import_at < now - STALE_AFTER)
        in_stale = _opp.c.organisation_id.in_(stale_orgs)
        conds.append(in_stale if filters.stale else not_(in_stale))
    return conds


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


def search_opportunities(
    session: Session,
    query: str = "",
    filters: SearchFilters | None = None,
    order: str = "title",
    offset: int = 0,
    limit: int = 50,
    *,
    now: datetime | None = None,
) -> tuple[list[OpportunityHit], int]:
    """One page of matching opportunities and the number of all matches."""
    if order not in ORDERS:
        raise ValueError(f"unknown order {order!r}")
    filters = filters or SearchFilters()
    now = now or datetime.now(UTC)
    dialect = session.get_bind().dialect.name
    terms = search_terms(query)
    conds = _conditions(filters, now)

    if terms and not conds:
        # Words alone: count in the text index, without touching the opportunities.
        count_stmt = select(func.count()).select_from(_text_matches(dialect, terms).subquery())
    elif terms:
        count_stmt = (
            select(func.count())
            .select_from(_opp)
            .where(*conds, _opp.c.num.in_(_text_matches(dialect, terms)))
        )
    else:
        count_stmt = select(func.count()).select_from(_opp).where(*conds)
    page = (
        select(
            _opp.c.id,
            _opp.c.organisation_id,
            _org.c.name_fi,
            _opp.c.title_fi,
            _opp.c.kind,
            _opp.c.status,
            _opp.c.updated_at,
            or_(_opp.c.hidden, _org.c.hidden).label("hidden"),
        )
        .select_from(_opp)
        .join(_org, _org.c.id == _opp.c.organisation_id)
        .where(*conds)
    )
    ordering: list[Any]
    if order == "relevance" and terms:
        page, rank = _with_relevance(page, dialect, terms)
        ordering = [rank, _opp.c.title_fi, _opp.c.num]
    else:
        if terms:
            page = page.where(_opp.c.num.in_(_text_matches(dialect, terms)))
        if order == "updated":
            ordering = [_opp.c.updated_at.desc(), _opp.c.num.desc()]
        elif order == "organisation":
            ordering = [_org.c.name_fi, _opp.c.title_fi, _opp.c.num]
        else:
            ordering = [_opp.c.title_fi, _opp.c.num]
    page = page.order_by(*ordering).offset(max(offset, 0)).limit(max(limit, 0))

    total = int(session.execute(count_stmt).scalar_one())
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
    return hits, total
