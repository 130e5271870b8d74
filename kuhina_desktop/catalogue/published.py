"""The published view of the catalogue: what every output (Excel, open data, web) shows.

Only records that are not hidden by moderation appear, and only opportunities whose status
is `published`. The catalogue builds this view; the exporters read nothing else, so
"hidden records never appear in any output" is decided in one place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from kuhina_desktop.domain.model import Environment, Opportunity, Organisation


@dataclass(frozen=True)
class PublishedOrganisation:
    organisation: Organisation
    environments: list[Environment]
    opportunities: list[Opportunity]
    last_updated: str  # ISO timestamp of the last accepted package of this organisation
    sequence: int = 0

    def environment(self, environment_id: str | None) -> Environment | None:
        for env in self.environments:
            if env.id == environment_id:
                return env
        return None


@dataclass(frozen=True)
class PublishedCatalogue:
    organisations: list[PublishedOrganisation]
    generated_at: str  # ISO timestamp of this view
    vocab_version: str
    attachment_loader: Callable[[str], bytes | None] = field(
        default=lambda _ref: None, compare=False, repr=False
    )

    def opportunities(self) -> Iterator[tuple[PublishedOrganisation, Opportunity]]:
        for org in self.organisations:
            for opp in org.opportunities:
                yield org, opp

    @property
    def last_updated(self) -> str:
        """The newest organisation update: the catalogue's "last updated" date."""
        return max((o.last_updated for o in self.organisations), default=self.generated_at)
