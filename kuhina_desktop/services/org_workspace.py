"""An open organisation workspace: the operations the windows and the command line share.

`OrgWorkspace.create` makes the folder, the database (through the first migration) and
the signing key; `OrgWorkspace.open` takes the folder's lock and migrates when needed
(after a backup copy). Each operation returns `Changes`.

`OrgWorkspace.open_first(folder)` is the window's quicker start: it takes the lock and
reads the first page's records in one read-only transaction (`store.org_reader`);
`finish_opening()` then opens the database for writing (`load_store_modules()` may be
called on another thread first: it only imports). Until then every read is served from
that first read, which cannot be stale: the lock is held, and anything that writes goes
through the store, which is made (and the first read dropped) on first use.

The store (`store.org_store`) uses the standard library's `sqlite3`; SQLAlchemy and Alembic
are imported only to migrate (a new workspace, or a database at an older revision) and
for `engine`, which nothing on the window's path uses.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from kuhina_desktop.atomic_write import private_folder
from kuhina_desktop.domain import model
from kuhina_desktop.domain.vocab import Vocabulary, load_vocabulary
from kuhina_desktop.errors import WorkspaceError
from kuhina_desktop.services.changes import Changes
from kuhina_desktop.store.org_reader import ExportSummary, FirstRead, read_first
from kuhina_desktop.store.revisions import HEADS
from kuhina_desktop.store.sqlite_read import connect_read_only, revision
from kuhina_desktop.store.workspace_folder import DATABASE, create_folder, read_info
from kuhina_desktop.store.workspace_lock import WorkspaceLock

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from kuhina_desktop.store.org_store import OrgStore

KIND = "organisation"
KEY_FILE = "keys/signing_key"
TABLES = {"environment": "environments", "opportunity": "opportunities"}


def load_store_modules() -> None:
    """Import the workspace's store (no I/O, nothing opened): the window runs this off the
    UI thread while its first rows are on the screen."""
    from kuhina_desktop.store import org_store  # noqa: F401


class OrgWorkspace:
    """One association's records and signing key, locked while open."""

    def __init__(self, folder: Path, lock: WorkspaceLock, first: FirstRead | None = None) -> None:
        self.folder = folder
        self._lock = lock
        self.database_file = folder / DATABASE
        self._engine: Engine | None = None
        self._store: OrgStore | None = None
        self._first = first  # served until the store is made (see the module docstring)
        self.vocab: Vocabulary = load_vocabulary()
        self.migration_backup: Path | None = None

    @property
    def engine(self) -> Engine:
        """An SQLAlchemy engine on the database (for migrations; loads SQLAlchemy)."""
        if self._engine is None:
            from kuhina_desktop.store.engine import make_engine, sqlite_url

            self._engine = make_engine(sqlite_url(self.database_file))
        return self._engine

    @property
    def store(self) -> OrgStore:
        if self._store is None:
            from kuhina_desktop.store.org_store import OrgStore

            self._store = OrgStore(self.database_file)
            self._first = None  # from now on every read goes through the store
        return self._store

    # -- opening and closing ----------------------------------------------------------
    @classmethod
    def create(
        cls,
        folder: Path,
        name: str,
        business_id: str | None = None,
        passphrase: str | None = None,
        organisation: model.Organisation | None = None,
    ) -> OrgWorkspace:
        """A new workspace with its organisation record and a fresh Ed25519 key pair."""
        from kuhina_desktop.packages import keys

        folder = Path(folder)
        create_folder(folder, KIND)
        workspace = cls._open_locked(folder)
        try:
            org = organisation or model.Organisation(
                name=model.Text(fi=name.strip()), business_id=business_id or None
            )
            workspace.store.put_organisation(org)
            key_path = folder / KEY_FILE
            private_folder(key_path.parent)
            keys.save_private_key(keys.generate_key(), key_path, passphrase or None)
        except BaseException:
            workspace.close()
            raise
        return workspace

    @classmethod
    def open(cls, folder: Path) -> OrgWorkspace:
        folder = Path(folder)
        cls._check_kind(folder)
        return cls._open_locked(folder)

    @classmethod
    def open_first(cls, folder: Path) -> OrgWorkspace:
        """Lock the workspace and read its first page's records without SQLAlchemy; call
        `finish_opening` before anything is written (the same KnownErrors as `open`). A
        database that is not at this program's revision, or that `sqlite3` cannot read, is
        opened by `open` at once (which migrates it, or raises what it always raised)."""
        folder = Path(folder)
        cls._check_kind(folder)
        lock = WorkspaceLock(folder)
        lock.acquire()
        try:
            try:
                first = read_first(folder / DATABASE, HEADS["org"])
            except sqlite3.DatabaseError:
                first = None  # damaged, or busy too long: `open` says so, as it always has
            if first is not None and first.organisation_json is None:
                raise WorkspaceError("workspace_marker_broken", path=str(folder))
        except BaseException:
            lock.release()
            raise
        if first is None:
            lock.release()
            return cls._open_locked(folder)
        return cls(folder, lock, first)

    def finish_opening(self) -> None:
        """Open the database for writing, migrating it first when it is not at this
        program's revision (after a backup copy), as `open` does. The first read found it
        at the revision, and the lock held since keeps it there: no migration to check."""
        if self._first is None and self._revision() != HEADS["org"]:
            from kuhina_desktop.store import migrate

            self.migration_backup = migrate.upgrade(
                self.engine, "org", sqlite_file=self.database_file
            )
            self.engine.dispose()  # the store has its own connections
        _ = self.store  # made now: from here on every read goes through it

    def _revision(self) -> str | None:
        """The database's schema revision (None for a missing or new file)."""
        if not self.database_file.is_file():
            return None
        connection = connect_read_only(self.database_file)
        try:
            return revision(connection)
        finally:
            connection.close()

    def is_open(self) -> bool:
        """Whether the database is open for writing through the store (`finish_opening`
        was called, or something already needed the store)."""
        return self._store is not None

    @staticmethod
    def _check_kind(folder: Path) -> None:
        info = read_info(folder)
        if info.kind != KIND:
            raise WorkspaceError("workspace_wrong_kind", path=str(folder), kind=info.kind)

    @classmethod
    def _open_locked(cls, folder: Path) -> OrgWorkspace:
        lock = WorkspaceLock(folder)
        lock.acquire()
        try:
            workspace = cls(folder, lock)
            workspace.finish_opening()
        except BaseException:
            lock.release()
            raise
        return workspace

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
        if self._engine is not None:
            self._engine.dispose()
        self._lock.release()

    def __enter__(self) -> OrgWorkspace:
        return self

    def __exit__(
        self, *exc: tuple[type[BaseException] | None, BaseException | None, TracebackType | None]
    ) -> None:
        self.close()

    # -- reading --------------------------------------------------------------------
    @property
    def organisation(self) -> model.Organisation:
        first = self._first
        org = first.organisation() if first is not None else self.store.get_organisation()
        if org is None:
            raise WorkspaceError("workspace_marker_broken", path=str(self.folder))
        return org

    def snapshot(self, *, include_drafts: bool = True) -> model.Snapshot:
        """All records, read in one transaction (an export running beside an edit sees
        either all of the edit or none of it)."""
        first = self._first
        if first is not None:
            org = first.organisation()
            environments = first.environments()
            opportunities = first.opportunities()
        else:
            with self.store.transaction() as session:
                org = self.store.get_organisation(session)
                environments = self.store.list_environments(session=session)
                opportunities = self.store.list_opportunities(session=session)
        if org is None:
            raise WorkspaceError("workspace_marker_broken", path=str(self.folder))
        if not include_drafts:
            opportunities = [o for o in opportunities if o.status != "draft"]
        return model.Snapshot(
            organisation=org, environments=environments, opportunities=opportunities
        )

    def last_export(self) -> ExportSummary | None:
        """The newest export's sequence and the snapshot it carried."""
        if self._first is not None:
            return self._first.last_export()
        row = self.store.last_export()
        return ExportSummary(row.sequence, row.snapshot) if row is not None else None

    def binned(self) -> dict[str, list[Any]]:
        """Records in the bin, by table."""
        return {
            "environment": self.store.list_environments(deleted=True),
            "opportunity": self.store.list_opportunities(deleted=True),
        }

    def attachments_for(self, snapshot: model.Snapshot) -> dict[str, bytes]:
        result = {}
        for ref in snapshot.attachment_refs():
            content = self.store.get_attachment(ref)
            if content is not None:
                result[ref] = content
        return result

    # -- writing --------------------------------------------------------------------
    def save_organisation(self, org: model.Organisation) -> Changes:
        self.store.put_organisation(org)
        return Changes(changed=[org.id], lists={"organisation"})

    def save_environment(self, env: model.Environment) -> Changes:
        env = dataclasses.replace(env, updated_at=model.now_timestamp())
        is_new = self.store.put_environment(env)
        return Changes(
            added=[env.id] if is_new else [],
            changed=[] if is_new else [env.id],
            lists={"environments"},
        )

    def save_opportunity(self, opp: model.Opportunity) -> Changes:
        opp = dataclasses.replace(opp, updated_at=model.now_timestamp())
        is_new = self.store.put_opportunity(opp)
        return Changes(
            added=[opp.id] if is_new else [],
            changed=[] if is_new else [opp.id],
            lists={"opportunities"},
        )

    def delete(self, table: str, record_id: str) -> Changes:
        """Move a coaching environment or opportunity to the bin."""
        if not self.store.set_deleted(table, record_id, True):
            raise WorkspaceError("record_missing", record=record_id)
        return Changes(removed=[record_id], lists={TABLES[table], "bin"})

    def discard_new(self, table: str, record_id: str) -> Changes:
        """Remove for good a record just made and never filled in (not via the bin)."""
        if not self.store.set_deleted(table, record_id, True) or not self.store.purge(
            table, record_id
        ):
            raise WorkspaceError("record_missing", record=record_id)
        return Changes(removed=[record_id], lists={TABLES[table]})

    def restore(self, table: str, record_id: str) -> Changes:
        if not self.store.set_deleted(table, record_id, False):
            raise WorkspaceError("record_missing", record=record_id)
        return Changes(added=[record_id], lists={TABLES[table], "bin"})

    def load(self, snapshot: model.Snapshot, attachments: dict[str, bytes]) -> Changes:
        """Add or replace records from a checked snapshot, in one transaction."""
        if snapshot.organisation.id != self.organisation.id:
            # A data file describes this workspace's organisation: keep the workspace's id.
            snapshot = dataclasses.replace(
                snapshot,
                organisation=dataclasses.replace(snapshot.organisation, id=self.organisation.id),
            )
        existing = {e.id for e in self.store.list_environments()} | {
            o.id for o in self.store.list_opportunities()
        }
        self.store.replace_all(snapshot, attachments)
        ids = [e.id for e in snapshot.environments] + [o.id for o in snapshot.opportunities]
        return Changes(
            added=[i for i in ids if i not in existing],
            changed=[i for i in ids if i in existing] + [snapshot.organisation.id],
            lists={"organisation", "environments", "opportunities"},
        )

    def add_image(self, content: bytes) -> str:
        """Store an image (re-encoded, metadata stripped); returns its attachment ref."""
        from kuhina_desktop.services.images import normalise_image  # Pillow: when first used

        ref, data = normalise_image(content)
        self.store.put_attachment(ref, data)
        return ref

    def attachment(self, ref: str) -> bytes | None:
        return self.store.get_attachment(ref)

    # -- settings ---------------------------------------------------------------------
    def setting(self, key: str, default: Any = None) -> Any:
        if self._first is not None:
            return self._first.setting(key, default)
        return self.store.get_setting(key, default)

    def set_setting(self, key: str, value: Any) -> None:
        self.store.set_setting(key, value)

    @property
    def key_file(self) -> Path:
        return self.folder / KEY_FILE

    def public_key_line(self) -> str:
        """The signing key's public half as `ssh-ed25519 AAAA...` (read from the .pub file)."""
        from kuhina_desktop.packages import keys

        text = keys.public_file_path(self.key_file).read_text(encoding="utf-8")
        return keys.public_key_line(keys.parse_public_key_line(text))

    def fingerprint(self) -> str:
        from kuhina_desktop.packages import keys

        return keys.fingerprint(self.public_key_line())

    def key_needs_passphrase(self) -> bool:
        """Whether the signing key is encrypted (a passphrase must be asked to sign)."""
        from kuhina_desktop.packages import keys

        return keys.private_key_is_encrypted(self.key_file)

    def change_key_passphrase(self, old: str | None, new: str | None) -> None:
        """Re-encrypt the signing key with `new` (None or '' removes the passphrase);
        KeyPassphraseError, and the key as it was, when `old` does not open it."""
        from kuhina_desktop.packages import keys

        keys.change_passphrase(self.key_file, old, new)
