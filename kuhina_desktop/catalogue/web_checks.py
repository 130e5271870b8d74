"""What the coordinator should know about the published view before the web catalogue goes out.

`without_how_to_apply` lists the published opportunities that say nothing about how to apply
(no text in any language): the web catalogue shows their organisation's contact instead, and
the coordinator sees them flagged (`kuhina catalogue publish` prints them, the outputs page
lists them) so the association can be asked to fill it in.
"""

from __future__ import annotations

from dataclasses import dataclass

from kuhina_desktop.catalogue.published import PublishedCatalogue
from kuhina_desktop.domain.model import Text

FLAG_NO_HOW_TO_APPLY = "no_how_to_apply"


@dataclass(frozen=True)
class FlaggedOpportunity:
    flag: str
    organisation_id: str
    organisation: str  # the organisation's name (Finnish first)
    opportunity_id: str
    title: str


def _first_text(value: Text | None) -> str:
    if value is None:
        return ""
    for lang in ("fi", "sv", "en"):
        text = value.get(lang)
        if isinstance(text, str) and text.strip():
            return text.strip()
    return ""


def without_how_to_apply(catalogue: PublishedCatalogue) -> list[FlaggedOpportunity]:
    """Published opportunities with no how-to-apply text, in catalogue order."""
    return [
        FlaggedOpportunity(
            flag=FLAG_NO_HOW_TO_APPLY,
            organisation_id=org.organisation.id,
            organisation=_first_text(org.organisation.name),
            opportunity_id=opp.id,
            title=_first_text(opp.title) or opp.id,
        )
        for org, opp in catalogue.opportunities()
        if not _first_text(opp.how_to_apply)
    ]
