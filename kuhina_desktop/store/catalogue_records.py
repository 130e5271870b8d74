"""Reading and writing one organisation's records in the catalogue (the SQL of a merge).

Records travel as contract JSON. An opportunity is two rows: its search and filter columns
(`opportunity`: kind, status, Finnish title, dates, the copy of its moderation flag) and its
document (`opportunity_document`: the JSON and the normalised search text the full-text
index reads); writing keeps both, and the link tables of codes, in step with the JSON.

An import costs a handful of statements whatever the number of records: one query reads
everything a package is checked and merged against, keys for its new opportunities
included (`load_package_rows`), and each table is written with one set-based statement
(catalogue_batches), never one statement per record; on PostgreSQL, a round trip away,
the inserts travel together as one statement. On SQLite the FTS5 index behind
`opportunity_document` flushes its pending terms at the end of every statement, so
writing documents row by row would also cost a flush and a tiny index segment per record.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import (
    JSON,
    ColumnElement,
    CompoundSelect,
    Select,
    String,
    and_,
    bindparam,
    cast,
    func,
    literal_column,
    null,
    or_,
    select,
    type_coerce,
    union_all,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY, REGCLASS
from sqlalchemy.orm import Session

from kuhina_desktop.store.catalogue_batches import (
    UNPREPARED,
    Rows,
    Writes,
    chunks,
    delete_rows,
    insert_rows,
    update_rows,
)
from kuhina_desktop.store.catalogue_search import (  # noqa: F401  (the writer's, re-exported)
    SearchTexts,
    opportunity_search_text,
)
from kuhina_desktop.store.catalogue_tables import (
    LINK_TABLES,
    AttachmentRow,
    EnvironmentRow,
    ModerationRow,
    OpportunityDocumentRow,
    OpportunityRow,
    OrganisationRow,
    PendingPackageRow,
    PublisherKeyRow,
    table_of,
)

JSONDict = dict[str, Any]

_env = table_of(EnvironmentRow)
_opp = table_of(OpportunityRow)
_doc = table_of(OpportunityDocumentRow)
_org = table_of(OrganisationRow)
_mod = table_of(ModerationRow)
_key = table_of(PublisherKeyRow)
_att = table_of(AttachmentRow)
_pending = table_of(PendingPackageRow)


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


@dataclass(frozen=True)
class StoredKey:
    public_key: str
    fingerprint: str
    state: str


@dataclass
class PackageRows:
    """What importing one package is checked and merged against, read in one query."""

    stored: StoredRecords
    keys: list[StoredKey] = field(default_factory=list)  # the organisation's, oldest first
    foreign: list[str] = field(default_factory=list)  # package ids of other organisations
    hidden: set[str] = field(default_factory=set)  # moderated: organisation, stored, package
    attachments: set[str] = field(default_factory=set)  # the package's images already stored
    business_ids: dict[str, list[str]] = field(default_factory=dict)  # → other organisations
    pending: list[int] = field(default_factory=list)  # sequences of its waiting packages
    # Keys (`num`) for the package's opportunities that are not in the catalogue yet, taken
    # before writing so that no insert has to send them back (see `_number_branch`).
    new_nums: dict[str, int] = field(default_factory=dict)


def _branch(
    kind: str,
    record_id: Any,
    *,
    num: Any = None,
    data: Any = None,
    text: Any = None,
    extra: Any = None,
) -> Select[Any]:
    """One SELECT of the union in `load_package_rows`: (kind, id, num, data, text, extra)."""
    return select(
        literal_column(f"'{kind}'", String).label("kind"),
        record_id.label("id"),
        (null() if num is None else num).label("num"),
        (null() if data is None else data).label("data"),
        (null() if text is None else text).label("text"),
        (null() if extra is None else extra).label("extra"),
    )


def _listed(dialect: str, name: str) -> Any:
    """The list bound as `name`, as a table of one column `value`, bound as one parameter so
    that the text of the statement does not depend on the length of the list: unnest() of
    an array on PostgreSQL, json_each() of a JSON array on SQLite."""
    if dialect == "postgresql":
        listed = func.unnest(bindparam(name, type_=ARRAY(String)))
        return listed.table_valued("value").render_derived(name=name)
    return func.json_each(bindparam(name, type_=JSON)).table_valued("value", name=name)


def _found(key: Any, wanted: Any, value: Any) -> Any:
    """`wanted` of the row whose `key` is `value` (NULL when there is none): a subquery run
    once per listed value, so that each value costs one index look-up."""
    return select(wanted).where(key == value).scalar_subquery()


def _listed_branches(dialect: str) -> list[Select[Any]]:
    """Which of the bound `ids` are records of other organisations or hidden, and which of
    the bound `shas` are stored images."""
    org = bindparam("organisation_id", type_=String)
    ids = _listed(dialect, "ids")
    value = ids.c.value
    foreign = or_(
        _found(_env.c.id, _env.c.organisation_id, value) != org,
        _found(_opp.c.id, _opp.c.organisation_id, value) != org,
        and_(_found(_org.c.id, _org.c.id, value).is_not(None), value != org),
    )
    hidden = _found(_mod.c.record_id, _mod.c.record_id, value).is_not(None)
    shas = _listed(dialect, "shas")
    stored = _found(_att.c.sha256, _att.c.sha256, shas.c.value).is_not(None)
    return [
        _branch("foreign", value).select_from(ids).where(foreign),
        _branch("hidden", value).select_from(ids).where(hidden),
        _branch("attachment", shas.c.value).select_from(shas).where(stored),
        _number_branch(dialect),
    ]


def _number_branch(dialect: str) -> Select[Any]:
    """Keys for new opportunities. PostgreSQL: the next value of `opportunity.num`'s
    sequence for each of the bound `opportunity_ids` not in the catalogue (a value taken
    and left unused, when the import does not happen, is a gap, as after any rollback).
    SQLite: the largest key, the next ones being free while the transaction holds the
    database's write lock (they are the keys SQLite would choose itself)."""
    if dialect == "postgresql":
        opps = _listed(dialect, "opportunity_ids")
        sequence = func.pg_get_serial_sequence(_opp.name, _opp.c.num.name)
        number = func.nextval(select(cast(sequence, REGCLASS)).scalar_subquery())  # once
        absent = _found(_opp.c.id, _opp.c.id, opps.c.value).is_(None)
        return _branch("number", opps.c.value, num=number).select_from(opps).where(absent)
    largest = select(func.max(_opp.c.num)).scalar_subquery()
    return _branch("largest", literal_column("''", String), num=largest)


def _among(col: Any, name: str) -> ColumnElement[bool]:
    return col.in_(bindparam(name, expanding=True))


def _in_branches() -> list[Select[Any]]:
    """`_listed_branches` for other databases: IN lists, one parameter per value."""
    org = bindparam("organisation_id", type_=String)
    branches = [
        _branch("foreign", tbl.c.id).where(_among(tbl.c.id, "ids"), tbl.c.organisation_id != org)
        for tbl in (_env, _opp)
    ]
    return [
        *branches,
        _branch("foreign", _org.c.id).where(_among(_org.c.id, "ids"), _org.c.id != org),
        _branch("hidden", _mod.c.record_id).where(_among(_mod.c.record_id, "ids")),
        _branch("attachment", _att.c.sha256).where(_among(_att.c.sha256, "shas")),
    ]


@cache
def _package_query(dialect: str, first: bool = True) -> CompoundSelect[Any]:
    """The query of `load_package_rows`, built once per dialect (`first`: the whole query,
    otherwise what depends on the listed ids, for IN lists beyond the first `BATCH` ids).

    On PostgreSQL it is planned at every execution (`UNPREPARED`): whether a look-up by
    key or a scan is cheaper changes as an import fills the tables."""
    listed = dialect in ("postgresql", "sqlite")
    by_value = _listed_branches(dialect) if listed else _in_branches()
    if not first:
        return union_all(*by_value)
    org = bindparam("organisation_id", type_=String)
    opp_branch = select(
        literal_column("'opportunity'", String).label("kind"),
        _opp.c.id.label("id"),
        _opp.c.num.label("num"),
        _doc.c.data.label("data"),
        _doc.c.search_text.label("text"),
        type_coerce(null(), String).label("extra"),
    )
    # The first SELECT gives the union its column types (JSON is decoded by them).
    query = union_all(
        opp_branch.join(_doc, _doc.c.num == _opp.c.num).where(_opp.c.organisation_id == org),
        _branch("environment", _env.c.id, data=_env.c.data).where(_env.c.organisation_id == org),
        _branch(
            "key", _key.c.fingerprint, num=_key.c.id, text=_key.c.public_key, extra=_key.c.state
        ).where(_key.c.organisation_id == org),
        _branch("pending", _pending.c.sha256, num=_pending.c.sequence).where(
            _pending.c.organisation_id == org
        ),
        # Moderation of the organisation and its stored records, without listing them.
        _branch("hidden", _mod.c.record_id).where(_mod.c.organisation_id == org),
        *by_value,
        *(
            _branch("business", _org.c.id, extra=_org.c.business_id).where(
                _org.c.business_id == bindparam(name, type_=String), _org.c.id != org
            )
            for name in BUSINESS_IDS
        ),
    )
    return query.execution_options(**UNPREPARED)


BUSINESS_IDS = ("business_id", "previous_business_id")


def load_package_rows(
    s: Session,
    organisation_id: str,
    organisation: JSONDict | None,
    record_ids: Collection[str],
    *,
    attachments: Collection[str] = (),
    business_ids: Collection[str] = (),
    opportunity_ids: Sequence[str] = (),
) -> PackageRows:
    """The organisation's stored records and keys, which of the package's `record_ids`
    belong to other organisations, which records are hidden, which of the package's
    `attachments` (sha256) are stored, which other organisations claim `business_ids` (at
    most two: the package's and the catalogue's), the organisation's waiting packages and
    keys for those of `opportunity_ids` (the package's, in order) that are new: one UNION
    ALL query instead of one per table or per record.

    `organisation` is the organisation's stored JSON, which the caller has already read
    (with its lock)."""
    dialect = s.get_bind().dialect.name
    ids = list(dict.fromkeys(record_ids))
    claimed = sorted({b for b in business_ids if b})
    if len(claimed) > len(BUSINESS_IDS):
        raise ValueError(f"at most {len(BUSINESS_IDS)} business ids")
    params: dict[str, Any] = {
        "organisation_id": organisation_id,
        "shas": list(dict.fromkeys(attachments)),
        **dict(zip(BUSINESS_IDS, [*claimed, None, None], strict=False)),
    }
    new_ids = list(dict.fromkeys(opportunity_ids))
    if dialect in ("postgresql", "sqlite"):
        params.update(ids=ids, opportunity_ids=new_ids)
        found = list(s.execute(_package_query(dialect), params))
    else:
        first, *more = list(chunks(ids)) or [[]]
        found = list(s.execute(_package_query(dialect), {**params, "ids": list(first)}))
        for part in more:  # IN lists of at most `BATCH` ids
            found += s.execute(_package_query(dialect, False), {**params, "ids": list(part)})
    return _package_rows(found, organisation_id, organisation, ids, new_ids)


def _package_rows(
    found: Iterable[Any],
    organisation_id: str,
    organisation: JSONDict | None,
    ids: list[str],
    opportunity_ids: list[str],
) -> PackageRows:
    stored = StoredRecords(organisation, {}, {}, {}, {})
    rows = PackageRows(stored)
    keys: list[tuple[int, StoredKey]] = []
    largest: int | None = None
    for kind, record_id, num, data, text, extra in found:
        if kind == "opportunity":
            stored.opportunities[record_id] = data
            stored.opportunity_nums[record_id] = num
            stored.opportunity_search[record_id] = text
        elif kind == "environment":
            stored.environments[record_id] = data
        elif kind == "key":
            keys.append((num, StoredKey(text, record_id, extra)))
        elif kind == "pending":
            rows.pending.append(num)
        elif kind == "foreign":
            rows.foreign.append(record_id)
        elif kind == "hidden":
            rows.hidden.add(record_id)
        elif kind == "attachment":
            rows.attachments.add(record_id)
        elif kind == "business":
            rows.business_ids.setdefault(extra, []).append(record_id)
        elif kind == "number":
            rows.new_nums[record_id] = num
        elif kind == "largest":
            largest = num or 0
    rows.keys = [key for _num, key in sorted(keys, key=lambda k: k[0])]
    rows.foreign = sorted(set(rows.foreign))
    if largest is not None:
        taken = {*rows.foreign, *stored.opportunities}
        free = [i for i in opportunity_ids if i not in taken]
        rows.new_nums = {i: largest + n for n, i in enumerate(free, 1)}
    for owners in rows.business_ids.values():
        owners.sort()
    # Only the records this package concerns: the organisation, its stored records and the
    # package's (a moderation row can outlive its record).
    concerned = {organisation_id, *ids, *stored.environments, *stored.opportunities}
    rows.hidden &= concerned
    return rows


def moderated(s: Session, ids: Collection[str]) -> set[str]:
    """The ids among `ids` that moderation hides."""
    if not ids:
        return set()
    return set(s.scalars(select(_mod.c.record_id).where(_mod.c.record_id.in_(list(ids)))))


def _title_fi(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key)
    return str(value.get("fi") or "")[:200] if isinstance(value, Mapping) else ""


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
    writes: Writes | None = None,
    new_nums: Mapping[str, int] | None = None,
) -> None:
    """Write a merge: `environments`/`opportunities` are the final records of the organisation,
    `upserts` and `deletes` the records that differ from `stored` (by record type).

    Set-based throughout: whatever the number of records, one statement per table and kind
    of write (insert, update, delete), and the full-text index (FTS5 through its triggers,
    PostgreSQL's generated tsvector) is touched only by documents whose search text is new
    or changed. Updates and deletes run at once, inserts go with `writes` (sent before
    returning when not given). New opportunities take their keys from `new_nums`
    (`PackageRows.new_nums`); without, they are inserted at once and return them."""
    delete_rows(s, _env, "id", list(deletes.get("environment", ())))
    delete_rows(s, _opp, "id", list(deletes.get("opportunity", ())))

    env_upserts = dict(upserts.get("environment", {}))
    opp_upserts = dict(upserts.get("opportunity", {}))
    if hidden is None:
        hidden = moderated(s, list(env_upserts) + list(opp_upserts))

    new_envs, old_envs = [], []
    for record_id, data in env_upserts.items():
        columns = _env_columns(data, record_id in hidden)
        if record_id in stored.environments:
            old_envs.append({"id": record_id, **columns})
        else:
            new_envs.append({"id": record_id, "organisation_id": organisation_id, **columns})
    update_rows(s, _env, "id", old_envs)

    text_of = SearchTexts(organisation, environments)

    nums = stored.opportunity_nums
    new_opps, old_opps = [], []
    documents, retexted, same_text = [], [], []
    for record_id, data in opp_upserts.items():
        columns = _opp_columns(data, record_id in hidden)
        wanted = text_of(data)
        if record_id not in stored.opportunities:
            new_opps.append({"id": record_id, "organisation_id": organisation_id, **columns})
            documents.append((record_id, data, wanted))
        elif wanted != stored.opportunity_search.get(record_id):
            old_opps.append({"num": nums[record_id], **columns})
            retexted.append({"num": nums[record_id], "data": data, "search_text": wanted})
        else:
            old_opps.append({"num": nums[record_id], **columns})
            same_text.append({"num": nums[record_id], "data": data})
    update_rows(s, _opp, "num", old_opps)
    update_rows(s, _doc, "num", retexted)
    update_rows(s, _doc, "num", same_text)
    old_nums = [row["num"] for row in old_opps]
    for link in LINK_TABLES.values():
        delete_rows(s, table_of(link), "opportunity_num", old_nums)

    batch = writes or Writes(s)
    nums_by_id = dict(nums)
    if new_nums is not None and all(row["id"] in new_nums for row in new_opps):
        for row in new_opps:
            row["num"] = nums_by_id[row["id"]] = new_nums[row["id"]]
        insert_rows(s, _opp, new_opps, writes=batch)
    else:
        for record_id, num in insert_rows(s, _opp, new_opps, "id", "num"):
            nums_by_id[record_id] = num
    new_docs = [
        {"num": nums_by_id[record_id], "data": data, "search_text": wanted}
        for record_id, data, wanted in documents
    ]
    link_rows: dict[str, Rows] = {key: [] for key in LINK_TABLES}
    for record_id, data in opp_upserts.items():
        for key, rows in _link_rows(nums_by_id[record_id], data).items():
            link_rows[key] += rows
    insert_rows(s, _env, new_envs, writes=batch)
    insert_rows(s, _doc, new_docs, writes=batch, one_statement=True)
    for key, rows in link_rows.items():
        insert_rows(s, table_of(LINK_TABLES[key]), rows, writes=batch)

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
            refresh.append({"num": nums[record_id], "search_text": wanted})
    update_rows(s, _doc, "num", refresh)
    if writes is None:
        batch.send()


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
