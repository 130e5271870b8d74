"""Exporting an organisation workspace as a signed `.kuhina` package (docs/package-format.md).

`export_package` refuses while a record that would go into the package has validation
problems, signs the non-draft snapshot with the workspace's key and checks the result with
the package reader (the same checks the coordinator runs).

A sequence number must never be given to two different packages (the coordinator would take
that for a stolen key), while a skipped one does no harm. So the number is spent only when
its package reaches the output path, and the rename is the moment it does:

1. the export is recorded in the workspace (number, SHA-256, path), committed;
2. the package is written to `.<name>.kuhina-<sequence>-<sha>.tmp` beside the path, flushed;
3. it is renamed to the path.

A failure seen in steps 2-3 removes the temporary file and the record. A run killed there
leaves the temporary file with the record; the next export finds it (`settle_last_export`):
the file still there means the rename never happened, so the file and the record go and the
number is free again; no file means the package reached its path (or the run died before
writing it: then the number is skipped). Temporary files of runs killed before step 1, and
an earlier version's `.<name>.XXXXXXXX.tmp`, are removed beside the path before writing.

`diff_since_last_export` tells what the next package would change against the last one,
for the window that offers the export.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kuhina_desktop.atomic_write import (
    SHARED,
    remove_stale,
    remove_unlocked,
    temp_path,
    write_file_atomic,
)
from kuhina_desktop.domain.serialize import snapshot_to_json
from kuhina_desktop.domain.validation import validate_snapshot
from kuhina_desktop.errors import KnownError, ValidationFailed
from kuhina_desktop.packages import keys
from kuhina_desktop.packages.manifest import utc_timestamp
from kuhina_desktop.packages.reader import read_package
from kuhina_desktop.packages.writer import build_package, package_counts
from kuhina_desktop.progress import NO_PROGRESS, Progress
from kuhina_desktop.services.changes import Changes
from kuhina_desktop.services.key_rotation import current_rotation
from kuhina_desktop.services.org_workspace import OrgWorkspace


@dataclass(frozen=True)
class PackageDiff:
    """Record ids added, changed and removed since the package `since_sequence`."""

    since_sequence: int | None
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.removed)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sequence: int
    created_at: str
    sha256: str
    size: int
    counts: dict[str, int]
    fingerprint: str
    key_rotation: bool
    diff: PackageDiff
    changes: Changes


def _records(snapshot_json: dict[str, Any] | None) -> dict[str, Any]:
    """Each record of a data.json snapshot by id (the organisation included)."""
    if not snapshot_json:
        return {}
    records: dict[str, Any] = {}
    organisation = snapshot_json.get("organisation")
    if isinstance(organisation, dict):
        records[str(organisation.get("id"))] = organisation
    for table in ("environments", "opportunities"):
        for record in snapshot_json.get(table) or []:
            records[str(record.get("id"))] = record
    return records


def diff_snapshots(
    old: dict[str, Any] | None, new: dict[str, Any], since: int | None = None
) -> PackageDiff:
    before, after = _records(old), _records(new)
    return PackageDiff(
        since_sequence=since,
        added=[i for i in after if i not in before],
        changed=[i for i in after if i in before and before[i] != after[i]],
        removed=[i for i in before if i not in after],
    )


def diff_since_last_export(ws: OrgWorkspace) -> PackageDiff:
    """What a package made now would add, change and remove against the last one."""
    last = ws.store.last_export()
    current = snapshot_to_json(ws.snapshot(include_drafts=False))
    if last is None:
        return diff_snapshots(None, current)
    return diff_snapshots(last.snapshot, current, last.sequence)


def _token(sequence: int, digest: str) -> str:
    """Names the temporary file of the package `sequence` with SHA-256 `digest`."""
    return f"{sequence}-{digest[:16]}"


def _holds(path: Path, digest: str) -> bool:
    """Whether the file at `path` is the package with SHA-256 `digest`."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest() == digest
    except OSError:
        return False


def _legacy_temporary(out: Path) -> Callable[[Path], bool]:
    """Whether a path is a temporary package file of an earlier version's killed export."""
    pattern = re.compile(rf"\.{re.escape(out.name)}\.[a-z0-9_]{{8}}\.tmp")
    return lambda path: bool(pattern.fullmatch(path.name)) and path.is_file()


def settle_last_export(ws: OrgWorkspace) -> bool:
    """Finish the record of an export killed between recording its number and renaming its
    file into place (see the module docstring); True when its number was freed."""
    last = ws.store.last_export()
    if last is None:
        return False
    out = Path(last.path)
    temporary = temp_path(out, _token(last.sequence, last.sha256))
    if not os.path.lexists(temporary) or _holds(out, last.sha256):
        return False
    if not remove_unlocked(temporary):
        return False  # a live export (another thread) is still writing it
    ws.store.remove_export(last.sequence)
    return True


def export_package(
    ws: OrgWorkspace,
    out: Path,
    *,
    passphrase: str | None,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> ExportResult:
    """Write the workspace's next package to `out`; see the module docstring.

    ValidationFailed (`export_invalid`, with the problems) while a record has problems;
    KeyPassphraseError when `passphrase` does not open the key; Cancelled when `progress`
    is cancelled before the file is written.
    """
    progress = progress or NO_PROGRESS
    progress.start(5, "export")
    settle_last_export(ws)
    snapshot = ws.snapshot(include_drafts=False)
    problems = validate_snapshot(snapshot, ws.vocab)
    if problems:
        raise ValidationFailed("export_invalid", problems)
    attachments = ws.attachments_for(snapshot)
    missing = [ref for ref in snapshot.attachment_refs() if ref not in attachments]
    if missing:
        raise KnownError("export_attachment_missing", ref=missing[0])
    progress.step()
    private_key = keys.load_private_key(ws.key_file, passphrase)
    public_line = keys.public_key_line(private_key)
    rotation = current_rotation(ws)
    last = ws.store.last_export()
    sequence = last.sequence + 1 if last else 1
    created_at = utc_timestamp(now or datetime.now(UTC))
    progress.step()
    data = build_package(
        snapshot,
        attachments,
        private_key,
        sequence=sequence,
        created_at=created_at,
        vocab_version=ws.vocab.version,
        key_rotation=rotation,
    )
    progress.step()
    read_package(data, public_key=public_line, vocab=ws.vocab)  # what the coordinator checks
    progress.step()
    snapshot_json = snapshot_to_json(snapshot)
    counts = package_counts(snapshot, len(attachments))
    digest = hashlib.sha256(data).hexdigest()
    fingerprint = keys.fingerprint(public_line)
    out = Path(out).absolute()
    if not out.parent.is_dir():
        raise KnownError("output_folder_missing", path=str(out.parent))
    remove_stale(out.parent, _legacy_temporary(out))
    progress.check()
    ws.store.add_export(sequence, digest, str(out), counts, snapshot_json, fingerprint)
    try:
        write_file_atomic(out, data, mode=SHARED, token=_token(sequence, digest))
    except BaseException:
        if not _holds(out, digest):  # it never reached its path: the number is not spent
            ws.store.remove_export(sequence)
        raise
    progress.step()
    diff = diff_snapshots(
        last.snapshot if last else None, snapshot_json, last.sequence if last else None
    )
    return ExportResult(
        path=out,
        sequence=sequence,
        created_at=created_at,
        sha256=digest,
        size=len(data),
        counts=counts,
        fingerprint=fingerprint,
        key_rotation=rotation is not None,
        diff=diff,
        changes=Changes(lists={"exports"}),
    )
