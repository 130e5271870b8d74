"""The catalogue workspace's tables (docs/catalogue.md).

Records are kept as the JSON of the data contract, one row per record, with the columns
that search and filters need beside it (kind, status, Finnish title, a normalised search
text) and one link table per multi-valued code (municipalities, target groups, languages),
so that a filter is an index lookup even at 300,000 opportunities.

Moderation lives in its own table keyed by record id, not on the record row: a hidden
record stays hidden when a later package removes it and a still later one brings it back.
The `hidden` columns on the record rows are a copy kept in step with it for fast filters.

The full-text index is not declared here: the migration creates it per backend (an FTS5
external-content table with triggers on SQLite, a GIN index over `to_tsvector` on
PostgreSQL), since neither can be expressed portably. Nor are the (title_fi, num) and
(updated_at, num) indexes PostgreSQL alone gets (cat0004): on SQLite every index already
ends with the row's number.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from kuhina_desktop.store.base import CatalogueBase

ID = 36
KEY_LINE = 200
ACTOR = 200


class OrganisationRow(CatalogueBase):
    """An organisation the catalogue has seen; `data` stays null until its first import."""

    __tablename__ = "organisation"

    id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    name: Mapped[dict[str, Any]] = mapped_column(JSON)
    name_fi: Mapped[str] = mapped_column(String(200), default="", index=True)
    business_id: Mapped[str | None] = mapped_column(String(16), nullable=True, index=True)
    data: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True), nullable=True)
    last_sequence: Mapped[int | None] = mapped_column(Integer, nullable=True)
    last_package_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    last_package_created_at: Mapped[str | None] = mapped_column(String(40), nullable=True)
    last_import_at: Mapped[datetime | None] = mapped_column(
        DateTime(timezone=True), nullable=True, index=True
    )
    first_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    hidden: Mapped[bool] = mapped_column(Boolean, default=False, index=True)  # cat0004
    flags: Mapped[list[str]] = mapped_column(JSON, default=list)


class PublisherKeyRow(CatalogueBase):
    """A public key seen for an organisation, with its trust state.

    States: `pending` (seen, not confirmed), `trusted` (packages accepted), `revoked`
    (packages refused), `retired` (replaced by a rotation or a newly confirmed key).
    """

    __tablename__ = "publisher_key"
    __table_args__ = (UniqueConstraint("organisation_id", "fingerprint"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    organisation_id: Mapped[str] = mapped_column(
        String(ID), ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    public_key: Mapped[str] = mapped_column(String(KEY_LINE))
    fingerprint: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(String(16))
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    confirmed_by: Mapped[str | None] = mapped_column(String(ACTOR), nullable=True)
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    revoked_by: Mapped[str | None] = mapped_column(String(ACTOR), nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class OrganisationNameKeyRow(CatalogueBase):
    """What each organisation's names are looked up by when a package arrives
    (`catalogue.impostors.name_keys`, each kept as its SHA-256 so that a key of any name
    fits an index), and one row per organisation whose `key` marks the version of the
    keys it has (cat0006). Rebuilt for an organisation without the current marker; its
    rows go when its name changes (`catalogue_store.update_organisation`)."""

    __tablename__ = "organisation_name_key"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    organisation_id: Mapped[str] = mapped_column(
        String(ID), ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class PendingPackageRow(CatalogueBase):
    """A verified package whose signer is not trusted yet: it waits for the coordinator."""

    __tablename__ = "pending_package"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    organisation_id: Mapped[str] = mapped_column(
        String(ID), ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    sequence: Mapped[int] = mapped_column(Integer)
    public_key: Mapped[str] = mapped_column(String(KEY_LINE))
    fingerprint: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    size: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class EnvironmentRow(CatalogueBase):
    __tablename__ = "environment"

    id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    organisation_id: Mapped[str] = mapped_column(
        String(ID), ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    name_fi: Mapped[str] = mapped_column(String(200), default="")
    municipality: Mapped[str | None] = mapped_column(String(8), nullable=True)
    updated_at: Mapped[str] = mapped_column(String(40), default="")
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)


class OpportunityRow(CatalogueBase):
    """An opportunity's search and filter columns: a narrow row, so that scans, counts and
    probes by key stay cheap at 300,000 opportunities; the record itself (JSON) and its
    search text live in `opportunity_document`. `num` is the integer key the full-text
    index and the link tables use."""

    __tablename__ = "opportunity"
    # A page of one kind in title order (cat0004): a kind's titles cluster among all titles.
    __table_args__ = (Index("ix_opportunity_kind_title", "kind", "title_fi", "num"),)

    num: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(ID), unique=True)
    organisation_id: Mapped[str] = mapped_column(
        String(ID), ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    environment_id: Mapped[str | None] = mapped_column(String(ID), nullable=True)
    kind: Mapped[str] = mapped_column(String(32), index=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    title_fi: Mapped[str] = mapped_column(String(200), default="", index=True)
    updated_at: Mapped[str] = mapped_column(String(40), default="", index=True)
    starts_on: Mapped[str | None] = mapped_column(String(10), nullable=True)
    ends_on: Mapped[str | None] = mapped_column(String(10), nullable=True)
    hidden: Mapped[bool] = mapped_column(Boolean, default=False, index=True)


class OpportunityDocumentRow(CatalogueBase):
    """An opportunity's record (contract JSON) and its normalised search text (the content
    of the full-text index; on PostgreSQL its tsvector is kept in the narrow table
    `opportunity_search` by a trigger, see cat0004)."""

    __tablename__ = "opportunity_document"

    num: Mapped[int] = mapped_column(
        Integer, ForeignKey("opportunity.num", ondelete="CASCADE"), primary_key=True
    )
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    search_text: Mapped[str] = mapped_column(Text, default="")


class OpportunityMunicipalityRow(CatalogueBase):
    __tablename__ = "opportunity_municipality"
    __table_args__ = (Index("ix_opportunity_municipality_code", "code", "opportunity_num"),)

    opportunity_num: Mapped[int] = mapped_column(
        Integer, ForeignKey("opportunity.num", ondelete="CASCADE"), primary_key=True
    )
    code: Mapped[str] = mapped_column(String(8), primary_key=True)


class OpportunityTargetGroupRow(CatalogueBase):
    __tablename__ = "opportunity_target_group"
    __table_args__ = (Index("ix_opportunity_target_group_code", "code", "opportunity_num"),)

    opportunity_num: Mapped[int] = mapped_column(
        Integer, ForeignKey("opportunity.num", ondelete="CASCADE"), primary_key=True
    )
    code: Mapped[str] = mapped_column(String(32), primary_key=True)


class OpportunityLanguageRow(CatalogueBase):
    __tablename__ = "opportunity_language"
    __table_args__ = (Index("ix_opportunity_language_code", "code", "opportunity_num"),)

    opportunity_num: Mapped[int] = mapped_column(
        Integer, ForeignKey("opportunity.num", ondelete="CASCADE"), primary_key=True
    )
    code: Mapped[str] = mapped_column(String(8), primary_key=True)


class ModerationRow(CatalogueBase):
    """A record hidden from publication; keyed by record id so it outlives the record row."""

    __tablename__ = "moderation"

    record_id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    record_type: Mapped[str] = mapped_column(String(16))
    organisation_id: Mapped[str] = mapped_column(String(ID), index=True)
    reason: Mapped[str] = mapped_column(Text)
    hidden_by: Mapped[str] = mapped_column(String(ACTOR))
    hidden_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AttachmentRow(CatalogueBase):
    """An image from a package, stored once by its SHA-256."""

    __tablename__ = "attachment"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    extension: Mapped[str] = mapped_column(String(4))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    size: Mapped[int] = mapped_column(Integer)
    first_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AuditRow(CatalogueBase):
    """Who did what, when: imports with their change lists, refusals, trust and moderation."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    actor: Mapped[str] = mapped_column(String(ACTOR))
    action: Mapped[str] = mapped_column(String(32), index=True)
    organisation_id: Mapped[str | None] = mapped_column(String(ID), nullable=True, index=True)
    record_id: Mapped[str | None] = mapped_column(String(ID), nullable=True)
    package_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    sequence: Mapped[int | None] = mapped_column(Integer, nullable=True)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


LINK_TABLES = {
    "municipalities": OpportunityMunicipalityRow,
    "target_groups": OpportunityTargetGroupRow,
    "languages": OpportunityLanguageRow,
}


def table_of(row_type: type[CatalogueBase]) -> Table:
    """The Core table of a mapped class, typed as such (for bulk statements)."""
    table = row_type.__table__
    assert isinstance(table, Table)
    return table
