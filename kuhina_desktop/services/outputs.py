"""The catalogue's outputs, for the coordinator's window and the command line alike.

Each one takes the workspace's published view (hidden records and unpublished
opportunities already left out, decided in one place: `CatalogueWorkspace.published`) at
the moment it runs, writes its files and returns what it wrote. A `Progress` reports the
work and may cancel it (`Cancelled`); a cancelled or failed run leaves the target as it was.

Every output that was written is entered in the audit log (`excel`, `opendata`,
`publish`): when, by whom, where to, how many organisations, places and opportunities,
and the catalogue state it came from (each organisation's package number and a SHA-256 of
the published records), so a municipality's question "what did you send us on Monday"
has an answer.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kuhina_desktop.catalogue.published import PublishedCatalogue
from kuhina_desktop.progress import Progress
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace, default_actor
from kuhina_desktop.store import catalogue_store as registry

EXCEL, OPEN_DATA, PUBLISH = "excel", "opendata", "publish"


def catalogue_state(view: PublishedCatalogue) -> dict[str, Any]:
    """What an output came from: counts, package numbers, and a digest of the records."""
    digest = hashlib.sha256()
    sequences: dict[str, int] = {}
    environments = opportunities = 0
    for org in sorted(view.organisations, key=lambda o: o.organisation.id):
        sequences[org.organisation.id] = org.sequence
        ids = sorted([e.id for e in org.environments] + [o.id for o in org.opportunities])
        environments += len(org.environments)
        opportunities += len(org.opportunities)
        digest.update(json.dumps([org.organisation.id, org.sequence, ids]).encode("utf-8"))
    return {
        "organisations": len(view.organisations),
        "environments": environments,
        "opportunities": opportunities,
        "last_updated": view.last_updated,
        "sequences": sequences,
        "state_sha256": digest.hexdigest(),
    }


def _audit(
    ws: CatalogueWorkspace,
    action: str,
    out: Path,
    view: PublishedCatalogue,
    written: Sequence[Path],
    actor: str | None,
    **extra: Any,
) -> None:
    folder = Path(out).resolve()
    names = []
    for path in written:
        try:
            names.append(Path(path).resolve().relative_to(folder).as_posix())
        except ValueError:
            names.append(str(path))
    state = catalogue_state(view)
    details = {
        "where": str(folder),
        "files": len(written),
        "file_names": names[:200],
        "records": state["opportunities"],
        "catalogue": state,
        **extra,
    }
    ws.store.run(
        lambda s: registry.add_audit(
            s, at=datetime.now(UTC), actor=actor or default_actor(), action=action,
            details=details,
        )
    )  # fmt: skip


def write_workbooks(
    ws: CatalogueWorkspace,
    out: Path,
    *,
    municipalities: Sequence[str] | None = None,
    language: str = "fi",
    progress: Progress | None = None,
    actor: str | None = None,
) -> list[Path]:
    """Excel workbooks into `out`: one per municipality and, unless `municipalities` picks
    some, the region's; returns their paths."""
    from kuhina_desktop.exports.excel import write_excel

    chosen = list(municipalities) if municipalities is not None else None
    view = ws.published()
    paths = write_excel(view, out, municipalities=chosen, language=language, progress=progress)
    _audit(ws, EXCEL, out, view, paths, actor, municipalities=chosen, language=language)
    return paths


def write_open_data(
    ws: CatalogueWorkspace, out: Path, *, progress: Progress | None = None, actor: str | None = None
) -> list[Path]:
    """The open data folder (HSDS 3.0 JSON, the catalogue's own JSON, CSV) into `out`;
    returns the files written."""
    from kuhina_desktop.exports import opendata

    view = ws.published()
    written = opendata.write_open_data(view, out, progress=progress)
    _audit(ws, OPEN_DATA, out, view, written, actor)
    return written


def publish_site(
    ws: CatalogueWorkspace, out: Path, *, progress: Progress | None = None, actor: str | None = None
) -> Path:
    """The static web catalogue into `out` (replacing an earlier one); returns its folder."""
    from kuhina_desktop.exports import site

    view = ws.published()
    folder = site.publish_site(view, out, progress=progress)
    files = [p for p in Path(folder).rglob("*") if p.is_file()]
    _audit(ws, PUBLISH, out, view, files, actor)
    return folder
