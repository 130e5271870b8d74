"""Building the published view (`PublishedCatalogue`) from the catalogue's stored records.

Hidden records and opportunities that are not `published` stay out; a hidden organisation
takes everything of it out. A hidden coaching environment leaves its opportunities in (they
may still be on offer) but without the environment: exporters find no environment for
their `environment_id`. Organisations that never had a package accepted are not shown.

A photo the association has not confirmed (the people in it agreed, or nobody can be
recognised: package format 3) is left out of its environment here, with its description,
so no output (web pages, their image files, open data) ever has it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from kuhina_desktop.catalogue.diff import JSONDict
from kuhina_desktop.catalogue.published import PublishedCatalogue, PublishedOrganisation
from kuhina_desktop.domain import model
from kuhina_desktop.domain.serialize import from_json


@dataclass(frozen=True)
class StoredOrganisation:
    """One organisation's stored records with their moderation flags."""

    data: JSONDict | None
    hidden: bool
    last_updated: str
    sequence: int
    environments: list[tuple[JSONDict, bool]] = field(default_factory=list)
    opportunities: list[tuple[JSONDict, bool]] = field(default_factory=list)


def published_organisation(stored: StoredOrganisation) -> PublishedOrganisation | None:
    if stored.data is None or stored.hidden:
        return None
    environments = [
        from_json(model.Environment, data).with_confirmed_photos_only()
        for data, hidden in stored.environments
        if not hidden
    ]
    opportunities = [
        from_json(model.Opportunity, data)
        for data, hidden in stored.opportunities
        if not hidden and data.get("status") == "published"
    ]
    return PublishedOrganisation(
        organisation=from_json(model.Organisation, stored.data),
        environments=environments,
        opportunities=opportunities,
        last_updated=stored.last_updated,
        sequence=stored.sequence,
    )


def build_published(
    organisations: Iterable[StoredOrganisation],
    *,
    generated_at: str,
    vocab_version: str,
    attachment_loader: Callable[[str], bytes | None],
) -> PublishedCatalogue:
    published = [p for p in map(published_organisation, organisations) if p is not None]
    published.sort(key=lambda p: (p.organisation.name.fi.casefold(), p.organisation.id))
    return PublishedCatalogue(
        organisations=published,
        generated_at=generated_at,
        vocab_version=vocab_version,
        attachment_loader=attachment_loader,
    )
