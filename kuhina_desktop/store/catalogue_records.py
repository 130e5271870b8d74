"""Reading and writing one organisation's records in the catalogue (the SQL of a merge).

Records travel as contract JSON. An opportunity is two rows: its search and filter columns
(`opportunity`: kind, status, Finnish title, dates, the copy of its moderation flag) and its
document (`opportunity_document`: the JSON and the normalised search text the full-text
index reads); writing keeps both, and the link tables of codes, in step with the JSON.
Writes are batched (`executemany`), so an import costs a handful of statements whatever
the number of records.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, select, union_all, update
from sqlalchemy.orm import Session

from kuhina_desktop.store.catalogue_search import search_text
from kuhina_desktop.store.catalogue_tables import (
    LINK_TABLES,
    EnvironmentRow,
    ModerationRow,
    OpportunityDocumentRow,
    OpportunityRow,
    OrganisationRow,
    table_of,
)

JSONDict = dict[str, Any]

_env = table_of(EnvironmentRow)
_opp = table_of(OpportunityRow)
_doc = table_of(OpportunityDocumentRow)
_org = table_of(OrganisationRow)
_mod = table_of(ModerationRow)


@dataclass
class StoredRecords:
    """One organisation's rows: the JSON, and what the writer compares against."""

    organisation: JSONDict | None
    environments: dict[str, JSONDict]
    opportunities: dict[str, JSONDict]
    opportunity_nums: dict[str, int]
    opportunity_search: dict[str, str]


def load_records(s: Session, organisation_id: str) -> StoredRecords:
    org = s.execute(select(_org.c.data).where(_org.c.id == organisation_id)).scalar()
    envs = {
        r.id: r.data
        for r in s.execute(
            select(_env.c.id, _env.c.data).where(_env.c.organisation_id == organisation_id)
        )
    }
    opps: dict[str, JSONDict] = {}
    nums: dict[str, int] = {}
    texts: dict[str, str] = {}
    for r in s.execute(
        select(_opp.c.id, _opp.c.num, _doc.c.data, _doc.c.search_text)
        .join(_doc, _doc.c.num == _opp.c.num)
        .where(_opp.c.organisation_id == organisation_id)
    ):
        opps[r.id], nums[r.id], texts[r.id] = r.data, r.num, r.search_text
    return StoredRecords(org, envs, opps, nums, texts)


def foreign_record_ids(s: Session, organisation_id: str, ids: Collection[str]) -> list[str]:
    """Ids among `ids` that belong to another organisation's records."""
    if not ids:
        return []
    wanted = list(ids)
    query = union_all(
        *(
            select(tbl.c.id).where(tbl.c.id.in_(wanted), tbl.c.organisation_id != organisation_id)
            for tbl in (_env, _opp)
        ),
        select(_org.c.id).where(_org.c.id.in_(wanted), _org.c.id != organisation_id),
    )
    return sorted(set(s.scalars(query)))


def moderated(s: Session, ids: Collection[str]) -> set[str]:
    """The ids among `ids` that moderation hides."""
    if not ids:
        return set()
    return set(s.scalars(select(_mod.c.record_id).where(_mod.c.record_id.in_(list(ids)))))


def _text_values(text: Any) -> list[str | None]:
    if isinstance(text, Mapping):
        return [text.get("fi"), text.get("sv"), text.get("en")]
    return []


def _title_fi(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key)
    return str(value.get("fi") or "")[:200] if isinstance(value, Mapping) else ""


def opportunity_search_text(
    opp: Mapping[str, Any], org: Mapping[str, Any] | None, env: Mapping[str, Any] | None
) -> str:
    values: list[str | None] = []
    for key in ("title", "description", "learning"):
        values += _text_values(opp.get(key))
    values += _text_values((org or {}).get("name"))
    values += _text_values((env or {}).get("name"))
    return search_text(values)


def _env_columns(data: JSONDict, hidden: bool) -> dict[str, Any]:
    address = data.get("address") if isinstance(data.get("address"), Mapping) else {}
    return {
        "data": data,
        "name_fi": _title_fi(data, "name"),
        "municipality": (address or {}).get("municipality"),
        "updated_at": str(data.get("updated_at") or "")[:40],
        "hidden": hidden,
    }


def _opp_columns(data: JSONDict, hidden: bool) -> dict[str, Any]:
    return {
        "environment_id": data.get("environment_id"),
        "kind": str(data.get("kind") or ""),
        "status": str(data.get("status") or ""),
        "title_fi": _title_fi(data, "title"),
        "updated_at": str(data.get("updated_at") or "")[:40],
        "starts_on": data.get("starts_on"),
        "ends_on": data.get("ends_on"),
        "hidden": hidden,
    }


def _link_rows(num: int, data: Mapping[str, Any]) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {}
    for key in LINK_TABLES:
        codes = data.get(key) or []
        rows[key] = [{"opportunity_num": num, "code": str(c)} for c in dict.fromkeys(codes)]
    return rows


def write_records(
    s: Session,
    organisation_id: str,
    stored: StoredRecords,
    *,
    organisation: JSONDict,
    environments: Mapping[str, JSONDict],
    opportunities: Mapping[str, JSONDict],
    upserts: Mapping[str, Mapping[str, JSONDict]],
    deletes: Mapping[str, Iterable[str]],
    hidden: Collection[str] | None = None,
) -> None:
    """Write a merge: `environments`/`opportunities` are the final records of the organisation,
    `upserts` and `deletes` the records that differ from `stored` (by record type)."""
    env_deletes = list(deletes.get("environment", ()))
    opp_deletes = list(deletes.get("opportunity", ()))
    if env_deletes:
        s.execute(delete(_env).where(_env.c.id.in_(env_deletes)))
    if opp_deletes:
        s.execute(delete(_opp).where(_opp.c.id.in_(opp_deletes)))

    env_upserts = dict(upserts.get("environment", {}))
    opp_upserts = dict(upserts.get("opportunity", {}))
    if hidden is None:
        hidden = moderated(s, list(env_upserts) + list(opp_upserts))

    new_envs = [
        {"id": i, "organisation_id": organisation_id, **_env_columns(d, i in hidden)}
        for i, d in env_upserts.items()
        if i not in stored.environments
    ]
    old_envs = [
        {"b_id": i, **_env_columns(d, i in hidden)}
        for i, d in env_upserts.items()
        if i in stored.environments
    ]
    if new_envs:
        s.execute(insert(_env), new_envs)
    if old_envs:
        s.execute(
            update(_env)
            .where(_env.c.id == bindparam("b_id"))
            .values({k: bindparam(k) for k in old_envs[0] if k != "b_id"}),
            old_envs,
        )

    def text_of(data: Mapping[str, Any]) -> str:
        return opportunity_search_text(
            data, organisation, environments.get(str(data.get("environment_id") or ""))
        )

    new_opps = [
        {"id": i, "organisation_id": organisation_id, **_opp_columns(d, i in hidden)}
        for i, d in opp_upserts.items()
        if i not in stored.opportunities
    ]
    old_opps = [
        {"b_num": stored.opportunity_nums[i], **_opp_columns(d, i in hidden)}
        for i, d in opp_upserts.items()
        if i in stored.opportunities
    ]
    if old_opps:
        s.execute(
            update(_opp)
            .where(_opp.c.num == bindparam("b_num"))
            .values({k: bindparam(k) for k in old_opps[0] if k != "b_num"}),
            old_opps,
        )
        docs = [
            {"b_num": stored.opportunity_nums[i], "data": d, "search_text": text_of(d)}
            for i, d in opp_upserts.items()
            if i in stored.opportunities
        ]
        s.execute(
            update(_doc)
            .where(_doc.c.num == bindparam("b_num"))
            .values(data=bindparam("data"), search_text=bindparam("search_text")),
            docs,
        )
        nums = [r["b_num"] for r in old_opps]
        for link in LINK_TABLES.values():
            lt = table_of(link)
            s.execute(delete(lt).where(lt.c.opportunity_num.in_(nums)))
    nums_by_id = dict(stored.opportunity_nums)
    if new_opps and s.get_bind().dialect.name == "postgresql":
        # One round trip (insertmanyvalues with RETURNING); SQLite would run it row by row.
        returning = insert(_opp).returning(_opp.c.id, _opp.c.num, sort_by_parameter_order=True)
        for record_id, num in s.execute(returning, new_opps):
            nums_by_id[record_id] = num
    elif new_opps:
        s.execute(insert(_opp), new_opps)
        new_ids = [r["id"] for r in new_opps]
        query = select(_opp.c.id, _opp.c.num).where(_opp.c.id.in_(new_ids))
        for record_id, num in s.execute(query):
            nums_by_id[record_id] = num
    if new_opps:
        s.execute(
            insert(_doc),
            [
                {
                    "num": nums_by_id[r["id"]],
                    "data": opp_upserts[r["id"]],
                    "search_text": text_of(opp_upserts[r["id"]]),
                }
                for r in new_opps
            ],
        )
    link_rows: dict[str, list[dict[str, Any]]] = {key: [] for key in LINK_TABLES}
    for record_id, data in opp_upserts.items():
        for key, rows in _link_rows(nums_by_id[record_id], data).items():
            link_rows[key] += rows
    for key, rows in link_rows.items():
        if rows:
            s.execute(insert(table_of(LINK_TABLES[key])), rows)

    # Opportunities whose own record did not change may still need a new search text
    # (the organisation or the coaching environment was renamed).
    refresh = []
    names_changed = (stored.organisation or {}).get("name") != organisation.get("name") or any(
        (stored.environments.get(i) or {}).get("name") != env.get("name")
        for i, env in environments.items()
    )
    for record_id, data in opportunities.items() if names_changed else ():
        if record_id in opp_upserts or record_id not in stored.opportunities:
            continue
        wanted = text_of(data)
        if wanted != stored.opportunity_search.get(record_id):
            refresh.append({"b_num": stored.opportunity_nums[record_id], "search_text": wanted})
    if refresh:
        s.execute(
            update(_doc)
            .where(_doc.c.num == bindparam("b_num"))
            .values(search_text=bindparam("search_text")),
            refresh,
        )


def set_hidden(s: Session, record_type: str, record_id: str, hidden: bool) -> None:
    tbl = {"organisation": _org, "environment": _env, "opportunity": _opp}[record_type]
    s.execute(update(tbl).where(tbl.c.id == record_id).values(hidden=hidden))


def find_record(s: Session, record_id: str) -> tuple[str, str] | None:
    """(record type, organisation id) of a record in the catalogue, or None."""
    if s.execute(select(_org.c.id).where(_org.c.id == record_id)).first():
        return "organisation", record_id
    for record_type, tbl in (("environment", _env), ("opportunity", _opp)):
        org_id = s.execute(select(tbl.c.organisation_id).where(tbl.c.id == record_id)).scalar()
        if org_id is not None:
            return record_type, str(org_id)
    return None


def record_counts(s: Session) -> dict[str, dict[str, int]]:
    """Per organisation: environments, opportunities, published ones and hidden records."""
    counts: dict[str, dict[str, int]] = {}

    def bucket(org_id: str) -> dict[str, int]:
        return counts.setdefault(
            org_id, {"environments": 0, "opportunities": 0, "published": 0, "hidden": 0}
        )

    for org_id, hidden_flag, n in s.execute(
        select(_env.c.organisation_id, _env.c.hidden, func.count()).group_by(
            _env.c.organisation_id, _env.c.hidden
        )
    ):
        bucket(org_id)["environments"] += int(n)
        if hidden_flag:
            bucket(org_id)["hidden"] += int(n)
    for org_id, status, hidden_flag, n in s.execute(
        select(_opp.c.organisation_id, _opp.c.status, _opp.c.hidden, func.count()).group_by(
            _opp.c.organisation_id, _opp.c.status, _opp.c.hidden
        )
    ):
        b = bucket(org_id)
        b["opportunities"] += int(n)
        if status == "published":
            b["published"] += int(n)
        if hidden_flag:
            b["hidden"] += int(n)
    return counts


def published_rows(s: Session) -> Iterable[tuple[str, str, JSONDict, bool]]:
    """(organisation id, record type, data, hidden) of every environment and published
    opportunity of organisations that are not hidden, ordered for display."""
    visible = select(_org.c.id).where(_org.c.hidden.is_(False), _org.c.data.is_not(None))
    for r in s.execute(
        select(_env.c.organisation_id, _env.c.data, _env.c.hidden)
        .where(_env.c.organisation_id.in_(visible))
        .order_by(_env.c.organisation_id, _env.c.name_fi, _env.c.id)
    ):
        yield r.organisation_id, "environment", r.data, bool(r.hidden)
    for r in s.execute(
        select(_opp.c.organisation_id, _doc.c.data, _opp.c.hidden)
        .join(_doc, _doc.c.num == _opp.c.num)
        .where(
            _opp.c.organisation_id.in_(visible),
            _opp.c.status == "published",
            _opp.c.hidden.is_(False),
        )
        .order_by(_opp.c.organisation_id, _opp.c.title_fi, _opp.c.num)
    ):
        yield r.organisation_id, "opportunity", r.data, bool(r.hidden)
