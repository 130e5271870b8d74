"""Checking package files for the coordinator's inbox: each file is read once and verified
once; what the inbox keeps (`CheckedPackage`) is what is later checked again, reviewed and
imported, without reading or verifying it again.

A package from an organisation whose key is not trusted yet is registered as waiting at
once (docs/package-format.md: it waits until the coordinator confirms the fingerprint), so
the organisations view lists it too. After its key is trusted, or the catalogue changed,
`recheck_package` says again what importing it would do.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from kuhina_desktop.errors import KnownError
from kuhina_desktop.packages.verified import VerifiedPackage
from kuhina_desktop.services.catalogue_import import DecisionSource
from kuhina_desktop.services.catalogue_results import (
    PENDING_TRUST,
    REFUSED,
    ImportOutcome,
    InboxItem,
)
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from kuhina_desktop.services.package_file import read_package_file

UNREADABLE = "package_file_unreadable"


@dataclass(frozen=True)
class CheckedPackage:
    """A package file read and verified once, and what the catalogue would do with it.

    `raw`: the bytes as read (kept: a package waiting for trust is stored as it came);
    `verified`: the package, when it passed every check; `item`: the verdict and the
    changes; `outcome`: how registering it as waiting went, when it waits for its key;
    `error`: why the file could not be read, in the system's words.
    """

    raw: bytes | None = None
    verified: VerifiedPackage | None = None
    item: InboxItem | None = None
    outcome: ImportOutcome | None = None
    error: str | None = None


def check_package_file(ws: CatalogueWorkspace, path: Path, actor: str) -> CheckedPackage:
    """Read and verify the file at `path` and compare it with the catalogue; register it
    as waiting when its key is unknown. Changes nothing else."""
    try:
        raw = read_package_file(path)
    except KnownError as error:
        if error.code == UNREADABLE:
            return CheckedPackage(error=str(error.params.get("detail") or ""))
        return CheckedPackage(item=InboxItem(None, REFUSED, "unknown", error.code, error.params))
    verified, item = ws.check(raw, file=path.name)
    return _wait_if_pending(ws, CheckedPackage(raw, verified, item), actor, path.name)


def recheck_package(
    ws: CatalogueWorkspace, checked: CheckedPackage, actor: str, file: str | None = None
) -> CheckedPackage:
    """What importing an already verified package would do now (its key was confirmed, or
    the catalogue changed); the package is neither read nor verified again."""
    if checked.verified is None:
        return checked
    item = ws.inspect_verified(checked.verified, file=file)
    return _wait_if_pending(ws, replace(checked, item=item, outcome=None), actor, file)


def import_checked(
    ws: CatalogueWorkspace,
    checked: CheckedPackage,
    decisions: DecisionSource,
    actor: str,
    file: str | None = None,
) -> ImportOutcome:
    """Import a checked package with the coordinator's decisions (a `ReviewFile`)."""
    if checked.verified is None:
        raise ValueError("only a verified package can be imported")
    return ws.import_verified(
        checked.verified,
        raw=checked.raw,
        decisions=decisions,
        actor=actor,
        file=file,
    )


def _wait_if_pending(
    ws: CatalogueWorkspace, checked: CheckedPackage, actor: str, file: str | None
) -> CheckedPackage:
    if checked.verified is None or checked.item is None or checked.item.verdict != PENDING_TRUST:
        return checked
    outcome = ws.import_verified(
        checked.verified, raw=checked.raw, decisions="accept_all", actor=actor, file=file
    )
    return replace(checked, outcome=outcome)
