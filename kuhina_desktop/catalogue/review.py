"""Review decisions (docs/catalogue.md, merging step 3) and the review file (docs/review-file.md).

Every change of a package's diff is accepted or rejected; a rejection needs a reason, which
goes to the audit log. Decisions come from `ACCEPT_ALL` or from a review file: JSON that
`kuhina catalogue import --review-out` writes with every decision open (`null`) and that the
coordinator fills in. A review file belongs to exact packages (by SHA-256) and to the
catalogue as it was when it was written: when the diff has changed since, the file is
stale and refused, so no decision is ever applied to a change the coordinator did not see.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from kuhina_desktop.catalogue.diff import Change, PackageDiff, same_json
from kuhina_desktop.catalogue.needs import needs_of
from kuhina_desktop.domain.text_rules import json_text_fault
from kuhina_desktop.errors import KnownError

FORMAT = "kuhina-review"
FORMAT_VERSION = 2  # 2: `needs` per change (dependent changes stay whole)
READABLE_VERSIONS = (1, 2)
ACCEPT, REJECT = "accept", "reject"
MAX_REVIEW_FILE = 200 * 1024 * 1024
MAX_REASON = 2000


class ReviewError(KnownError):
    """A review file that cannot be used; codes start with `catalogue_review_`, or are
    those of `domain.text_rules` for text it refuses (field: "review file: <path>")."""


@dataclass(frozen=True)
class Decision:
    decision: str  # accept | reject
    reason: str | None = None
    forced_by: str | None = None  # the rejected change this one needed (dependencies.py)

    @property
    def accepted(self) -> bool:
        return self.decision == ACCEPT


class Decisions(Protocol):
    def decide(self, change: Change) -> Decision: ...


class _AcceptAll:
    def decide(self, change: Change) -> Decision:
        return Decision(ACCEPT)


ACCEPT_ALL: Decisions = _AcceptAll()


@dataclass(frozen=True)
class ResolvedDecisions:
    """Decisions by change id, checked complete against one diff."""

    by_change: Mapping[str, Decision]

    def decide(self, change: Change) -> Decision:
        return self.by_change[change.change_id]


@dataclass(frozen=True)
class ReviewedChange:
    change_id: str
    record_type: str
    record_id: str
    kind: str
    field: str | None
    label: str
    old: Any
    new: Any
    hidden: bool
    decision: str | None = None
    reason: str | None = None
    needs: tuple[str, ...] = ()  # ids of the changes this one cannot be accepted without

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.change_id,
            "record_type": self.record_type,
            "record_id": self.record_id,
            "change": self.kind,
            "field": self.field,
            "label": self.label,
            "hidden": self.hidden,
            "old": self.old,
            "new": self.new,
            "needs": list(self.needs),
            "decision": self.decision,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class PackageReview:
    package_sha256: str
    organisation_id: str
    organisation_name: str
    sequence: int
    changes: tuple[ReviewedChange, ...]
    file: str | None = None
    summary: Mapping[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "package_sha256": self.package_sha256,
            "file": self.file,
            "organisation_id": self.organisation_id,
            "organisation_name": self.organisation_name,
            "sequence": self.sequence,
            "summary": dict(self.summary),
            "changes": [c.to_json() for c in self.changes],
        }


@dataclass(frozen=True)
class ReviewFile:
    packages: tuple[PackageReview, ...]
    created_at: str = ""

    def for_package(self, sha256: str) -> PackageReview | None:
        for package in self.packages:
            if package.package_sha256 == sha256:
                return package
        return None

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "created_at": self.created_at,
            "packages": [p.to_json() for p in self.packages],
        }

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n"


def review_for(
    diff: PackageDiff,
    *,
    package_sha256: str,
    organisation_name: str,
    sequence: int,
    file: str | None = None,
) -> PackageReview:
    """The review of one package with every decision open."""
    needs: dict[str, list[str]] = {}
    for need in needs_of(diff):
        needs.setdefault(need.change, []).append(need.needed)
    changes = tuple(
        ReviewedChange(
            c.change_id,
            c.record_type,
            c.record_id,
            c.kind,
            c.path,
            c.label,
            c.old,
            c.new,
            c.hidden,
            needs=tuple(needs.get(c.change_id, ())),
        )
        for c in diff.changes()
    )
    return PackageReview(
        package_sha256,
        diff.organisation_id,
        organisation_name,
        sequence,
        changes,
        file,
        diff.counts(),
    )


def resolve(diff: PackageDiff, review: PackageReview) -> ResolvedDecisions:
    """Check a filled-in review against the current diff; ReviewError when it does not fit."""
    wanted = {c.change_id: c for c in diff.changes()}
    given = {c.change_id: c for c in review.changes}
    if wanted.keys() != given.keys() or any(
        not same_json(wanted[i].old, given[i].old) or not same_json(wanted[i].new, given[i].new)
        for i in wanted
    ):
        raise ReviewError("catalogue_review_stale", organisation=review.organisation_name)
    open_count = sum(1 for c in given.values() if c.decision is None)
    if open_count:
        raise ReviewError(
            "catalogue_review_incomplete", count=open_count, organisation=review.organisation_name
        )
    missing = [
        c.change_id for c in given.values() if c.decision == REJECT and not (c.reason or "").strip()
    ]
    if missing:
        raise ReviewError("catalogue_review_reason_missing", change=missing[0])
    return ResolvedDecisions(
        {
            i: Decision(c.decision or ACCEPT, (c.reason or "").strip() or None)
            for i, c in given.items()
        }
    )


# -- reading a review file ------------------------------------------------------------------
def _bad(where: str) -> ReviewError:
    return ReviewError("catalogue_review_malformed", where=where)


def _string(value: Any, where: str, *, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise _bad(where)
    return value


def _change(raw: Any, where: str) -> ReviewedChange:
    if not isinstance(raw, dict):
        raise _bad(where)
    decision = raw.get("decision")
    if decision not in (None, ACCEPT, REJECT):
        raise ReviewError("catalogue_review_decision_invalid", where=where, value=str(decision))
    reason = _string(raw.get("reason"), f"{where}.reason", optional=True)
    if reason is not None and len(reason) > MAX_REASON:
        raise _bad(f"{where}.reason")
    hidden = raw.get("hidden", False)
    return ReviewedChange(
        change_id=str(_string(raw.get("id"), f"{where}.id")),
        record_type=str(_string(raw.get("record_type"), f"{where}.record_type")),
        record_id=str(_string(raw.get("record_id"), f"{where}.record_id")),
        kind=str(_string(raw.get("change"), f"{where}.change")),
        field=_string(raw.get("field"), f"{where}.field", optional=True),
        label=_string(raw.get("label"), f"{where}.label", optional=True) or "",
        old=raw.get("old"),
        new=raw.get("new"),
        hidden=bool(hidden),
        decision=decision,
        reason=reason,
    )


def _package(raw: Any, where: str) -> PackageReview:
    if not isinstance(raw, dict) or not isinstance(raw.get("changes"), list):
        raise _bad(where)
    sequence = raw.get("sequence")
    if not isinstance(sequence, int) or isinstance(sequence, bool):
        raise _bad(f"{where}.sequence")
    changes = tuple(_change(c, f"{where}.changes[{i}]") for i, c in enumerate(raw["changes"]))
    ids = [c.change_id for c in changes]
    if len(ids) != len(set(ids)):
        raise _bad(f"{where}.changes")
    summary = raw.get("summary") if isinstance(raw.get("summary"), dict) else {}
    return PackageReview(
        package_sha256=str(_string(raw.get("package_sha256"), f"{where}.package_sha256")),
        organisation_id=str(_string(raw.get("organisation_id"), f"{where}.organisation_id")),
        organisation_name=_string(
            raw.get("organisation_name"), f"{where}.organisation_name", optional=True
        )
        or "",
        sequence=sequence,
        changes=changes,
        file=_string(raw.get("file"), f"{where}.file", optional=True),
        summary=summary or {},
    )


def parse_review_file(data: bytes) -> ReviewFile:
    """Read a review file; ReviewError `catalogue_review_malformed` names the bad place."""
    if len(data) > MAX_REVIEW_FILE:
        raise _bad("file")
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _bad("file") from None
    found = json_text_fault(raw)
    if found is not None:
        path, fault = found
        raise ReviewError(fault.code, **fault.params(f"review file: {path}"))
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise _bad("format")
    if raw.get("format_version") not in READABLE_VERSIONS:
        raise ReviewError("catalogue_review_version", version=str(raw.get("format_version")))
    packages = raw.get("packages")
    if not isinstance(packages, list):
        raise _bad("packages")
    return ReviewFile(
        tuple(_package(p, f"packages[{i}]") for i, p in enumerate(packages)),
        str(raw.get("created_at") or ""),
    )
