"""What a catalogue search takes and gives: its filters and one opportunity it found.

Plain values in a module of their own, without SQLAlchemy, so that the coordinator's window
can build its filters and show the catalogue table's first rows (`catalogue_first_rows`)
before SQLAlchemy is imported. `catalogue_search` re-exports both.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class SearchFilters:
    """Each tuple filter matches any of its values; None leaves a yes/no filter off."""

    municipalities: Sequence[str] = ()
    kinds: Sequence[str] = ()
    target_groups: Sequence[str] = ()
    languages: Sequence[str] = ()
    statuses: Sequence[str] = ()
    organisations: Sequence[str] = ()
    hidden: bool | None = None
    stale: bool | None = None
    # Offers not checked since this day: neither marked checked (`reviewed_on`) nor changed.
    checked_before: date | None = None


@dataclass(frozen=True)
class OpportunityHit:
    id: str
    organisation_id: str
    organisation_name: str
    title_fi: str
    kind: str
    status: str
    updated_at: str
    hidden: bool
