"""Dependent changes stay whole: no accepted record is left pointing at nothing.

An opportunity points at a coaching environment (`environment_id`, where it takes place:
the address and opening hours come from there) and at one of the organisation's contact
people (`contact_id`, from the organisation's `contacts` list, which changes as a whole).
Some changes of a package only make sense together:

- a new opportunity, or an opportunity moved to another place or contact, **needs** the
  new environment or the new contact list it points at;
- the removal of an environment (or a contact list without a contact) **needs** the
  changes that take the catalogue's opportunities away from it (their move, or their own
  removal).

The rule: a change whose need is rejected is rejected too. Rejecting a new environment
therefore rejects the opportunities that would take place there (a new one is not added;
one that moves there stays where the catalogue has it), and rejecting such a move keeps
the catalogue's current version of the environment it leaves, for it. Rejecting a field
change of an environment or of the contact list keeps the catalogue's current version of
that record for every opportunity pointing at it, so nothing else has to change.

`settle` applies the rule to the coordinator's decisions, to a fixed point; `explain`
lists what it did and what a rejection keeps, for the review to say before the import.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kuhina_desktop.catalogue.diff import (
    ADDED,
    CHANGED,
    ENVIRONMENT,
    OPPORTUNITY,
    ORGANISATION,
    REMOVED,
    Change,
    PackageDiff,
    RecordDiff,
    change_id,
)
from kuhina_desktop.catalogue.needs import (
    CONTACT_LINK,
    ENVIRONMENT_LINK,
    Need,
    contact_ids,
    needs_of,
)
from kuhina_desktop.catalogue.review import REJECT, Decision, Decisions

REJECTED_TOO, KEEPS_CURRENT = "rejected_too", "keeps_current"
__all__ = ["CONTACT_LINK", "ENVIRONMENT_LINK", "Need", "needs_of"]


@dataclass(frozen=True)
class SettledDecisions:
    """The coordinator's decisions with the rule applied: `forced` maps each change that
    was rejected only because of a need to the rejected change it needed."""

    by_change: Mapping[str, Decision]
    forced: Mapping[str, str]

    def decide(self, change: Change) -> Decision:
        return self.by_change[change.change_id]


def settle(diff: PackageDiff, decisions: Decisions) -> SettledDecisions:
    """Reject every accepted change whose need is rejected, until nothing changes."""
    by_change = {c.change_id: decisions.decide(c) for c in diff.changes()}
    needs = needs_of(diff)
    forced: dict[str, str] = {}
    changed = True
    while changed:
        changed = False
        for need in needs:
            if by_change[need.change].accepted and not by_change[need.needed].accepted:
                by_change[need.change] = Decision(REJECT, None, forced_by=need.needed)
                forced[need.change] = need.needed
                changed = True
    return SettledDecisions(by_change, forced)


@dataclass(frozen=True)
class Consequence:
    """What a rejection means for another record, in words the review can show.

    `outcome`: `rejected_too` (the dependent change is rejected as well) or
    `keeps_current` (the dependent record keeps the catalogue's current version of the
    rejected record). `cause` and `dependent` are change ids; the labels are the records'
    names or titles.
    """

    outcome: str
    cause: str
    cause_type: str
    cause_label: str
    dependent: str
    dependent_type: str
    dependent_label: str
    link: str

    def to_json(self) -> dict[str, str]:
        return {
            "outcome": self.outcome,
            "cause": self.cause,
            "cause_label": self.cause_label,
            "dependent": self.dependent,
            "dependent_label": self.dependent_label,
            "link": self.link,
        }


def explain(diff: PackageDiff, settled: SettledDecisions) -> list[Consequence]:
    """The rejections' consequences: each forced rejection, and for each rejected change of
    an environment or of the contact list the accepted opportunities that keep the
    catalogue's version of it."""
    changes = {c.change_id: c for c in diff.changes()}
    result: list[Consequence] = []
    for dependent, cause in settled.forced.items():
        link = next(n.link for n in needs_of_pair(diff, dependent, cause))
        result.append(_consequence(REJECTED_TOO, changes[cause], changes[dependent], link))
    finals = [
        (record, refs)
        for record in diff.records
        if record.record_type == OPPORTUNITY and (refs := _final_refs(record, settled)) is not None
    ]
    old_contacts = contact_ids(_organisation_old(diff))
    for change in changes.values():
        if settled.by_change[change.change_id].accepted or change.change_id in settled.forced:
            continue
        link, target = _kept_target(change)
        for record, refs in finals if link else ():
            if link == ENVIRONMENT_LINK:
                keeps = refs.get("environment_id") == target
            else:
                keeps = refs.get("contact_id") in old_contacts
            if keeps:
                result.append(
                    Consequence(
                        KEEPS_CURRENT,
                        change.change_id,
                        change.record_type,
                        change.label,
                        record.record_id,
                        OPPORTUNITY,
                        record.label,
                        link,
                    )
                )
    return result


def needs_of_pair(diff: PackageDiff, change: str, needed: str) -> list[Need]:
    return [n for n in needs_of(diff) if n.change == change and n.needed == needed]


def _organisation_old(diff: PackageDiff) -> Mapping[str, Any] | None:
    organisation = next((r for r in diff.records if r.record_type == ORGANISATION), None)
    return organisation.old if organisation else None


def _kept_target(change: Change) -> tuple[str, str]:
    """For a rejected change that keeps a record the opportunities point at: the link and
    the record's id; ('', '') otherwise."""
    if change.record_type == ENVIRONMENT and change.kind in (CHANGED, REMOVED):
        return ENVIRONMENT_LINK, change.record_id
    if change.record_type == ORGANISATION and change.path == "contacts":
        return CONTACT_LINK, change.record_id
    return "", ""


def _final_refs(record: RecordDiff, settled: SettledDecisions) -> dict[str, Any] | None:
    """Where an opportunity points after the merge (None: it is not in the catalogue)."""

    def accepted(change: str) -> bool:
        decision = settled.by_change.get(change)
        return decision is not None and decision.accepted

    if record.status == ADDED:
        return dict(record.new or {}) if accepted(record.record_id) else None
    if record.status == REMOVED:
        return None if accepted(record.record_id) else dict(record.old or {})
    refs = dict(record.old or {})
    for name in ("environment_id", "contact_id"):
        if accepted(change_id(record.record_id, name)):
            refs[name] = (record.new or {}).get(name)
    return refs


def _consequence(outcome: str, cause: Change, dependent: Change, link: str) -> Consequence:
    return Consequence(
        outcome,
        cause.change_id,
        cause.record_type,
        cause.label,
        dependent.change_id,
        dependent.record_type,
        dependent.label,
        link,
    )
