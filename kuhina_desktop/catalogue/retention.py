"""How long the catalogue keeps an organisation's records (docs/catalogue.md, "Keeping and
removing"): an organisation whose key is revoked, or that has sent nothing for the
retention time (24 months unless the coordinator sets another), is due for removal.
Pure rules; the setting and the removal live in `services.retention`."""

from __future__ import annotations

from datetime import datetime

from kuhina_desktop.catalogue.trust import REVOKED
from kuhina_desktop.domain.checked import months_before
from kuhina_desktop.errors import KnownError

DEFAULT_MONTHS = 24
MIN_MONTHS, MAX_MONTHS = 1, 120
FLAG = "retention_due"


def checked_months(value: object) -> int:
    """A retention time in whole months, or KnownError `retention_months_invalid`."""
    try:
        months = int(str(value).strip())
    except ValueError:
        raise KnownError("retention_months_invalid", value=str(value)[:40]) from None
    if not MIN_MONTHS <= months <= MAX_MONTHS:
        raise KnownError("retention_months_invalid", value=str(months))
    return months


def retention_due(
    trust_state: str,
    last_import_at: datetime | None,
    first_seen_at: datetime | None,
    now: datetime,
    months: int,
) -> bool:
    """Due for removal: its key is revoked, or nothing came from it for `months` (counted
    from its last import, or from when it was first seen if it never sent one that was
    imported)."""
    if trust_state == REVOKED:
        return True
    since = last_import_at or first_seen_at
    return since is not None and since.date() < months_before(now.date(), months)
