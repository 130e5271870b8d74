"""Drafts: opportunities that stay on this computer and are not sent.

A new opportunity starts as a draft, so the volunteer can work on it in peace; a draft that
has no problems left is one click from being published (`publish_drafts`), and the checklist
and the send dialog say how many drafts stay behind (`draft_summary`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from kuhina_desktop.domain.model import Opportunity, Snapshot
from kuhina_desktop.domain.validation import validate_opportunity
from kuhina_desktop.domain.vocab import Vocabulary
from kuhina_desktop.services.changes import Changes
from kuhina_desktop.services.org_workspace import OrgWorkspace


@dataclass(frozen=True)
class DraftSummary:
    """The drafts of a workspace: those ready to publish and those that still need work."""

    complete: tuple[Opportunity, ...]
    incomplete: tuple[Opportunity, ...]

    @property
    def count(self) -> int:
        return len(self.complete) + len(self.incomplete)


def draft_is_complete(opp: Opportunity, snapshot: Snapshot, vocab: Vocabulary) -> bool:
    """True when the draft would pass the package's checks if it were published."""
    problems = validate_opportunity(
        dataclasses.replace(opp, status="published"),
        vocab,
        environment_ids={e.id for e in snapshot.environments},
        contact_ids={c.id for c in snapshot.organisation.contacts},
    )
    return not problems


def draft_summary(workspace: OrgWorkspace) -> DraftSummary:
    snapshot = workspace.snapshot()
    complete: list[Opportunity] = []
    incomplete: list[Opportunity] = []
    for opp in snapshot.opportunities:
        if opp.status != "draft":
            continue
        target = complete if draft_is_complete(opp, snapshot, workspace.vocab) else incomplete
        target.append(opp)
    return DraftSummary(tuple(complete), tuple(incomplete))


def publish_drafts(workspace: OrgWorkspace, ids: list[str] | None = None) -> Changes:
    """Publish the complete drafts (those of `ids`, or all of them); a draft with problems
    stays a draft. Returns what changed."""
    changes = Changes()
    wanted = set(ids) if ids is not None else None
    for opp in draft_summary(workspace).complete:
        if wanted is None or opp.id in wanted:
            changes.merge(workspace.save_opportunity(dataclasses.replace(opp, status="published")))
    return changes
