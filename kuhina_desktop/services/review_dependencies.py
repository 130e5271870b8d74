"""What the review window needs besides the changes: the consequences of the coordinator's
rejections (dependent changes stay whole, catalogue/dependencies.py) while deciding, and
names for the records a change points at (coaching environments, contact people), so the
review shows names instead of ids."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from kuhina_desktop.catalogue.dependencies import Consequence, explain, settle
from kuhina_desktop.catalogue.diff import ENVIRONMENT, ORGANISATION, PackageDiff, record_label
from kuhina_desktop.catalogue.review import ACCEPT, Decision, PackageReview, ResolvedDecisions


@dataclass(frozen=True)
class ReviewConsequences:
    """`forced`: change id → the rejected change it needed; `said`: every consequence."""

    forced: Mapping[str, str]
    said: tuple[Consequence, ...]


def consequences_of(diff: PackageDiff, review: PackageReview) -> ReviewConsequences:
    """The rule applied to a review's decisions as they stand (an open decision counts as
    accepted, as in the window, where every change starts accepted)."""
    given = {c.change_id: c for c in review.changes}
    decisions = ResolvedDecisions(
        {
            change.change_id: Decision(
                given[change.change_id].decision or ACCEPT if change.change_id in given else ACCEPT,
                given[change.change_id].reason if change.change_id in given else None,
            )
            for change in diff.changes()
        }
    )
    settled = settle(diff, decisions)
    return ReviewConsequences(dict(settled.forced), tuple(explain(diff, settled)))


def references_of(diff: PackageDiff) -> dict[str, str]:
    """Names by id of the coaching environments and contact people on either side."""
    names: dict[str, str] = {}
    for record in diff.records:
        for data in (record.old, record.new):
            if not data:
                continue
            if record.record_type == ENVIRONMENT:
                names.setdefault(record.record_id, record_label(ENVIRONMENT, data))
            elif record.record_type == ORGANISATION:
                for contact in data.get("contacts") or []:
                    if isinstance(contact, Mapping) and contact.get("id"):
                        name = str(contact.get("name") or "")
                        role_text = contact.get("role")
                        role = ""
                        if isinstance(role_text, Mapping):
                            role = str(next((v for v in role_text.values() if v), "") or "")
                        shown = f"{name} ({role})" if name and role else name or role
                        names.setdefault(str(contact["id"]), shown)
    return {k: v for k, v in names.items() if v}
