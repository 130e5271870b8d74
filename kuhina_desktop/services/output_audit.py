"""Every output that was written goes into the audit log (`excel`, `opendata`, `publish`):
when, by whom, where to, how many organisations, places and opportunities, and the
catalogue state it came from (each organisation's package number and a SHA-256 of the
published records), so a municipality's question "what did you send us on Monday" has an
answer."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kuhina_desktop.catalogue.published import PublishedCatalogue
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


def audit_output(
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
