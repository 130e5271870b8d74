"""An open catalogue workspace: the coordinator's operations, shared by windows and CLI.

`CatalogueWorkspace.create(folder, database_url=None)` makes the folder (marker kind
`catalogue`) and the database: SQLite `kuhina.sqlite` in the folder by default, or any
SQLAlchemy URL kept in `workspace.json` (PostgreSQL is tested). `open(folder)` takes the
folder's lock and migrates the database when needed, after a backup copy of a SQLite file.

Several workspace folders may point at one database (coordinators sharing a PostgreSQL
catalogue): the database, not the folder lock, keeps their imports apart.

Every operation returns a result object (`ImportOutcome`, `InboxItem`, `Changes`...).
"""

from __future__ import annotations

import getpass
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from kuhina_desktop.catalogue import trust
from kuhina_desktop.catalogue.diff import CurrentRecords
from kuhina_desktop.catalogue.published import PublishedCatalogue
from kuhina_desktop.catalogue.published_view import StoredOrganisation, build_published
from kuhina_desktop.catalogue.retention import FLAG as RETENTION_FLAG
from kuhina_desktop.catalogue.retention import retention_due
from kuhina_desktop.catalogue.status import OrganisationStatus, is_stale, trust_state
from kuhina_desktop.domain.checked import CHECK_DUE_MONTHS, months_before
from kuhina_desktop.domain.model import now_timestamp
from kuhina_desktop.domain.text_rules import check_text, is_clean
from kuhina_desktop.errors import KnownError, WorkspaceError
from kuhina_desktop.packages.errors import PackageError
from kuhina_desktop.packages.verified import VerifiedPackage
from kuhina_desktop.services.catalogue_import import (
    DecisionSource,
    Importer,
    ImportRequest,
)
from kuhina_desktop.services.catalogue_results import (
    REFUSED,
    AuditEntry,
    ImportOutcome,
    InboxItem,
    SearchResult,
)
from kuhina_desktop.services.changes import Changes
from kuhina_desktop.services.import_facts import registry_of
from kuhina_desktop.services.impostor_checks import catalogue_findings
from kuhina_desktop.services.package_file import verify_package
from kuhina_desktop.services.retention_setting import load_retention_months
from kuhina_desktop.store import catalogue_records as records
from kuhina_desktop.store import catalogue_store as registry
from kuhina_desktop.store import migrate
from kuhina_desktop.store.catalogue_roster import record_label
from kuhina_desktop.store.catalogue_search import (
    SearchFilters,
    not_checked_counts,
    search_opportunities,
)
from kuhina_desktop.store.catalogue_store import CatalogueStore, PendingRecord
from kuhina_desktop.store.engine import is_sqlite, make_engine, sqlite_url
from kuhina_desktop.store.workspace_folder import DATABASE, create_folder, read_info
from kuhina_desktop.store.workspace_lock import WorkspaceLock

KIND = "catalogue"
MAX_REASON = 2000


def default_actor() -> str:
    """Who is doing this, for the audit log: the operating system's user name."""
    try:
        name = getpass.getuser() or "unknown"
    except (KeyError, OSError):
        return "unknown"
    return name if is_clean(name, multiline=False) else "unknown"  # USER is outside input


def _utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _iso(moment: datetime | None) -> str | None:
    value = _utc(moment)
    return value.replace(microsecond=0).isoformat() if value else None


class CatalogueWorkspace:
    """The regional catalogue, its trust registry and audit log; locked while open."""

    def __init__(self, folder: Path, lock: WorkspaceLock, database_url: str) -> None:
        self.folder = folder
        self._lock = lock
        self.database_url = database_url
        self.engine = make_engine(database_url)
        self.store = CatalogueStore(self.engine)
        self.importer = Importer(self.store)
        self.migration_backup: Path | None = None

    # -- opening and closing ----------------------------------------------------------------
    @classmethod
    def create(
        cls, folder: Path, database_url: str | None = None, passphrase: str | None = None
    ) -> CatalogueWorkspace:
        """A new catalogue workspace with its own signing key (for receipts; `passphrase`
        encrypts it, None or '' leaves it unencrypted)."""
        from kuhina_desktop.services import catalogue_key

        folder = Path(folder)
        create_folder(folder, KIND, database_url)
        workspace = cls._open_locked(folder, database_url)
        try:
            catalogue_key.create_key(folder, passphrase)
        except BaseException:
            workspace.close()
            raise
        return workspace

    @classmethod
    def open(cls, folder: Path) -> CatalogueWorkspace:
        folder = Path(folder)
        info = read_info(folder)
        if info.kind != KIND:
            raise WorkspaceError("workspace_wrong_kind", path=str(folder), kind=info.kind)
        return cls._open_locked(folder, info.database_url)

    @classmethod
    def _open_locked(cls, folder: Path, database_url: str | None) -> CatalogueWorkspace:
        lock = WorkspaceLock(folder)
        lock.acquire()
        return cls.open_locked(folder, lock, database_url)

    @classmethod
    def open_locked(
        cls, folder: Path, lock: WorkspaceLock, database_url: str | None
    ) -> CatalogueWorkspace:
        """Open the workspace in `folder` whose `lock` the caller has acquired (it is
        released on failure, and by `close`): `services.catalogue_start`."""
        url = database_url or sqlite_url(folder / DATABASE)
        try:
            workspace = cls(folder, lock, url)
        except BaseException:
            lock.release()
            raise
        try:
            sqlite_file = None
            if is_sqlite(url) and make_url(url).database:
                sqlite_file = Path(str(make_url(url).database))
            workspace.migration_backup = migrate.upgrade(
                workspace.engine, "catalogue", sqlite_file=sqlite_file
            )
        except BaseException:
            workspace.close()
            raise
        return workspace

    def close(self) -> None:
        if self.engine.dialect.name == "sqlite":
            # Keep the query planner's statistics fresh (SQLite's advice for long-lived
            # databases); bounded, so closing stays quick on a large catalogue.
            try:
                with self.engine.begin() as connection:
                    connection.exec_driver_sql("PRAGMA analysis_limit=400")
                    connection.exec_driver_sql("PRAGMA optimize")
            except OperationalError:
                pass
        self.engine.dispose()
        self._lock.release()

    def __enter__(self) -> CatalogueWorkspace:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- packages ---------------------------------------------------------------------------
    def inspect(self, data: bytes, *, file: str | None = None) -> InboxItem:
        """Verify a package and say what importing it would do; changes nothing."""
        return self.check(data, file=file)[1]

    def check(
        self, data: bytes, *, file: str | None = None
    ) -> tuple[VerifiedPackage | None, InboxItem]:
        """`inspect`, also handing back the verified package (None when it was refused),
        so that checking it again (`inspect_verified`) and importing it (`import_verified`)
        need not verify it again."""
        try:
            pkg = verify_package(data)
        except PackageError as error:
            return None, InboxItem(None, REFUSED, "unknown", error.code, dict(error.params))
        return pkg, self.importer.inspect(pkg, file)

    def inspect_verified(self, pkg: VerifiedPackage, *, file: str | None = None) -> InboxItem:
        """What importing an already verified package would do now; changes nothing."""
        return self.importer.inspect(pkg, file)

    def import_package(
        self,
        data: bytes,
        *,
        trust_new: bool = False,
        decisions: DecisionSource = None,
        actor: str | None = None,
        file: str | None = None,
    ) -> ImportOutcome:
        """Verify and import one package, all or nothing.

        `decisions`: None proposes the changes (`review_needed`, nothing changes),
        "accept_all" accepts every change, a ReviewFile takes its decisions.
        """
        try:
            pkg = verify_package(data)
        except PackageError as error:
            return ImportOutcome(REFUSED, None, error.code, dict(error.params))
        return self.import_verified(
            pkg, raw=data, trust_new=trust_new, decisions=decisions, actor=actor, file=file
        )

    def import_verified(
        self,
        pkg: VerifiedPackage,
        *,
        raw: bytes | None = None,
        trust_new: bool = False,
        decisions: DecisionSource = None,
        actor: str | None = None,
        file: str | None = None,
        now: datetime | None = None,
    ) -> ImportOutcome:
        """Import a package that has already been verified (`raw` is kept while it waits)."""
        request = ImportRequest(
            pkg,
            raw,
            trust_new,
            decisions,
            actor or default_actor(),
            file,
            now or datetime.now(UTC),
        )
        return self.importer.run(request)

    def waiting(self, organisation_id: str | None = None) -> list[PendingRecord]:
        """Packages waiting for the coordinator to trust their signer."""
        return self.store.run(lambda s: registry.pending_packages(s, organisation_id))

    def import_waiting(
        self,
        organisation_id: str,
        *,
        decisions: DecisionSource = "accept_all",
        actor: str | None = None,
    ) -> ImportOutcome | None:
        """Import the newest waiting package of an organisation (after `trust`)."""
        pending = self.waiting(organisation_id)
        if not pending:
            return None
        newest = pending[0]
        content = self.store.run(lambda s: registry.pending_content(s, newest.sha256))
        if not content:
            return None
        return self.import_package(content, decisions=decisions, actor=actor)

    # -- trust registry ---------------------------------------------------------------------
    def trust(self, organisation_id: str, fingerprint: str, actor: str | None = None) -> Changes:
        """Confirm a key read out of band; other trusted keys of the organisation retire."""
        who = actor or default_actor()
        now = datetime.now(UTC)

        def work(s: Session) -> Changes:
            reg = registry_of(s, organisation_id)
            if reg is None:
                raise trust.TrustError(
                    "catalogue_organisation_unknown", organisation=organisation_id
                )
            key, replaced = trust.confirm(reg, fingerprint)
            registry.put_key(
                s,
                organisation_id,
                key.public_key,
                key.fingerprint,
                state=trust.TRUSTED,
                source=trust.CONFIRMED,
                now=now,
                actor=who,
            )
            registry.set_key_states(s, organisation_id, list(replaced), trust.RETIRED, now=now)
            registry.add_audit(
                s,
                at=now,
                actor=who,
                action="trust",
                organisation_id=organisation_id,
                details={
                    "fingerprint": key.fingerprint,
                    "retired": list(replaced),
                    "previous_state": key.state,
                },
            )
            return Changes(changed=[organisation_id], lists={"organisations", "keys", "audit"})

        return self.store.run(work)

    def revoke(self, organisation_id: str, actor: str | None = None) -> Changes:
        """Refuse every key of the organisation from now on (its records stay until hidden)."""
        who = actor or default_actor()
        now = datetime.now(UTC)

        def work(s: Session) -> Changes:
            keys = registry.keys_of(s, organisation_id)
            if registry.get_organisation(s, organisation_id) is None or not keys:
                raise trust.TrustError(
                    "catalogue_organisation_unknown", organisation=organisation_id
                )
            revoked = [k.fingerprint for k in keys if k.state != trust.REVOKED]
            registry.set_key_states(s, organisation_id, revoked, trust.REVOKED, now=now, actor=who)
            registry.add_audit(
                s,
                at=now,
                actor=who,
                action="revoke",
                organisation_id=organisation_id,
                details={"fingerprints": revoked},
            )
            return Changes(changed=[organisation_id], lists={"organisations", "keys", "audit"})

        return self.store.run(work)

    def signers(self) -> str:
        """OpenSSH allowed_signers lines for every trusted key (`ssh-keygen -Y verify -f`)."""
        keys = self.store.run(lambda s: registry.keys_of(s))
        lines = [
            trust.allowed_signers_line(k.organisation_id, k.public_key)
            for k in keys
            if k.state == trust.TRUSTED
        ]
        return "".join(line + "\n" for line in lines)

    # -- moderation -------------------------------------------------------------------------
    def hide(self, record_id: str, reason: str, actor: str | None = None) -> Changes:
        """Hide a record (organisation, environment or opportunity) from every output."""
        reason = check_text(reason.strip(), "reason")  # TextRefused: nothing hidden
        if not reason:
            raise KnownError("catalogue_hide_reason_missing")
        who = actor or default_actor()
        now = datetime.now(UTC)

        def work(s: Session) -> Changes:
            found = records.find_record(s, record_id)
            if found is None:
                raise WorkspaceError("record_missing", record=record_id)
            record_type, organisation_id = found
            registry.put_moderation(
                s,
                record_id=record_id,
                record_type=record_type,
                organisation_id=organisation_id,
                reason=reason[:MAX_REASON],
                actor=who,
                now=now,
            )
            records.set_hidden(s, record_type, record_id, True)
            registry.add_audit(
                s,
                at=now,
                actor=who,
                action="hide",
                organisation_id=organisation_id,
                record_id=record_id,
                details={
                    "record_type": record_type,
                    "label": record_label(s, record_type, record_id),
                    "reason": reason,
                },
            )
            return Changes(changed=[record_id], lists={f"{record_type}s", "audit"})

        return self.store.run(work)

    def unhide(self, record_id: str, actor: str | None = None) -> Changes:
        who = actor or default_actor()
        now = datetime.now(UTC)

        def work(s: Session) -> Changes:
            moderation = registry.get_moderation(s, record_id)
            if moderation is None:
                raise KnownError("catalogue_not_hidden", record=record_id)
            record_type, organisation_id = moderation.record_type, moderation.organisation_id
            registry.drop_moderation(s, record_id)
            records.set_hidden(s, record_type, record_id, False)
            registry.add_audit(
                s,
                at=now,
                actor=who,
                action="unhide",
                organisation_id=organisation_id,
                record_id=record_id,
                details={
                    "record_type": record_type,
                    "label": record_label(s, record_type, record_id),
                },
            )
            return Changes(changed=[record_id], lists={f"{record_type}s", "audit"})

        return self.store.run(work)

    # -- reading ----------------------------------------------------------------------------
    def organisation_names(self) -> dict[str, str]:
        """Every organisation's name (as `status` gives it) by its id, read alone."""
        return self.store.run(registry.organisation_names)

    def status(self, now: datetime | None = None) -> list[OrganisationStatus]:
        moment = now or datetime.now(UTC)
        months = load_retention_months(self.folder)

        def work(s: Session) -> list[OrganisationStatus]:
            counts = records.record_counts(s)
            # Published offers not checked for six months (domain.checked), per organisation.
            due = not_checked_counts(s, months_before(moment.date(), CHECK_DUE_MONTHS))
            all_keys = registry.keys_of(s)
            orgs = registry.list_organisations(s)
            resemblances = catalogue_findings(s)
            result = []
            for org in orgs:
                keys = [
                    trust.KeyState(k.public_key, k.fingerprint, k.state)
                    for k in all_keys
                    if k.organisation_id == org.id
                ]
                state, fingerprint = trust_state(keys)
                findings = resemblances.get(org.id, ())
                flags = list(dict.fromkeys([*(org.flags or []), *(f.code for f in findings)]))
                if retention_due(
                    state, _utc(org.last_import_at), _utc(org.first_seen_at), moment, months
                ):
                    flags.append(RETENTION_FLAG)
                result.append(
                    OrganisationStatus(
                        organisation_id=org.id,
                        name=org.name_fi,
                        business_id=org.business_id,
                        trust_state=state,
                        fingerprint=fingerprint,
                        pending_fingerprints=tuple(
                            k.fingerprint for k in keys if k.state == trust.PENDING
                        ),
                        last_sequence=org.last_sequence,
                        last_import_at=_iso(org.last_import_at),
                        last_package_created_at=org.last_package_created_at,
                        counts={
                            **counts.get(
                                org.id,
                                {
                                    "environments": 0,
                                    "opportunities": 0,
                                    "published": 0,
                                    "hidden": 0,
                                },
                            ),
                            "check_due": due.get(org.id, 0),
                        },
                        stale=is_stale(_utc(org.last_import_at), moment),
                        hidden=org.hidden,
                        flags=tuple(flags),
                        findings=findings,
                    )
                )
            return result

        return self.store.run(work)

    def records_of(self, organisation_id: str) -> CurrentRecords:
        """An organisation's records as the catalogue holds them, with the hidden ids."""

        def work(s: Session) -> CurrentRecords:
            stored = records.load_records(s, organisation_id)
            ids = {organisation_id, *stored.environments, *stored.opportunities}
            hidden = frozenset(records.moderated(s, ids))
            return CurrentRecords(
                stored.organisation, stored.environments, stored.opportunities, hidden
            )

        return self.store.run(work)

    def search(
        self,
        query: str = "",
        filters: SearchFilters | None = None,
        order: str = "title",
        offset: int = 0,
        limit: int = 50,
        *,
        count_limit: int | None = None,
    ) -> SearchResult:
        """A page of opportunities matching words (each a prefix, diacritics ignored) and
        filters. `count_limit` stops counting early (worth it at national scale)."""
        hits, total = self.store.run(
            lambda s: search_opportunities(
                s, query, filters, order, offset, limit, count_limit=count_limit
            )
        )
        exact = count_limit is None or total <= count_limit
        return SearchResult(hits, total, offset, limit, exact)

    def audit(
        self,
        *,
        organisation_id: str | None = None,
        action: str | None = None,
        since: datetime | None = None,
        limit: int | None = None,
    ) -> list[AuditEntry]:
        """Audit entries, newest first."""

        def work(s: Session) -> list[AuditEntry]:
            rows = registry.list_audit(
                s, organisation_id=organisation_id, action=action, since=since, limit=limit
            )
            return [
                AuditEntry(
                    r.id,
                    _iso(r.at) or "",
                    r.actor,
                    r.action,
                    r.organisation_id,
                    r.record_id,
                    r.package_sha256,
                    r.sequence,
                    dict(r.details or {}),
                )
                for r in rows
            ]

        return self.store.run(work)

    def attachment(self, ref: str) -> bytes | None:
        return self.store.run(lambda s: registry.get_attachment(s, ref))

    def published(self) -> PublishedCatalogue:
        """What every output shows: no hidden records, only published opportunities."""
        from kuhina_desktop.domain.vocab import load_vocabulary

        def work(s: Session) -> list[StoredOrganisation]:
            stored: dict[str, StoredOrganisation] = {}
            for org in registry.list_organisations(s):
                if org.data is None or org.hidden or org.last_sequence is None:
                    continue
                stored[org.id] = StoredOrganisation(
                    data=org.data,
                    hidden=org.hidden,
                    last_updated=org.last_package_created_at or _iso(org.last_import_at) or "",
                    sequence=org.last_sequence,
                )
            for org_id, record_type, data, hidden in records.published_rows(s):
                target = stored.get(org_id)
                if target is None:
                    continue
                bucket = (
                    target.environments if record_type == "environment" else (target.opportunities)
                )
                bucket.append((data, hidden))
            return list(stored.values())

        organisations = self.store.run(work)
        return build_published(
            organisations,
            generated_at=now_timestamp(),
            vocab_version=load_vocabulary().version,
            attachment_loader=self.attachment,
        )

    def organisation_ids(self) -> Sequence[str]:
        return self.store.run(lambda s: [o.id for o in registry.list_organisations(s)])
