"""Importing one verified package into the catalogue (docs/catalogue.md).

One package is one transaction: lock the organisation, apply the trust registry's rules,
diff the snapshot against the catalogue, take the decisions, write the merge, the new
sequence, the keys and the audit entry, commit. Anything short of "imported" or "waiting
for trust" rolls the transaction back, so a refused package changes nothing; refusals that
matter for security (equivocation, a revoked or badly rotated key, a record id of another
organisation) are then written to the audit log in a transaction of their own.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from kuhina_desktop.catalogue import trust
from kuhina_desktop.catalogue.apply import MergePlan, merge
from kuhina_desktop.catalogue.dependencies import explain, settle
from kuhina_desktop.catalogue.diff import (
    ADDED,
    CHANGED,
    ENVIRONMENT,
    OPPORTUNITY,
    REMOVED,
    PackageDiff,
    diff_snapshot,
)
from kuhina_desktop.catalogue.review import (
    ACCEPT_ALL,
    Decisions,
    ReviewError,
    ReviewFile,
    resolve,
    review_for,
)
from kuhina_desktop.domain.serialize import to_json
from kuhina_desktop.packages.verified import VerifiedPackage
from kuhina_desktop.services.catalogue_results import (
    ALREADY_IMPORTED,
    IMPORTED,
    PENDING_TRUST,
    REFUSED,
    REVIEW_NEEDED,
    ImportOutcome,
    InboxItem,
    PackageInfo,
)
from kuhina_desktop.services.changes import Changes
from kuhina_desktop.services.import_facts import (
    PackageCatalogue,
    arrival_of,
    contract_json,
    key_state_of,
    package_info,
    read_catalogue,
)
from kuhina_desktop.services.impostor_checks import arrival_findings, finding_codes, index_name
from kuhina_desktop.store import catalogue_records as records
from kuhina_desktop.store import catalogue_store as registry
from kuhina_desktop.store.catalogue_batches import Writes
from kuhina_desktop.store.catalogue_store import CatalogueStore

DecisionSource = str | ReviewFile | Decisions | None
ACCEPT_ALL_NAME = "accept_all"
AUDITED_REFUSALS = {
    "catalogue_refused_equivocation",
    "catalogue_refused_key_revoked",
    "catalogue_refused_rotation_invalid",
    "catalogue_refused_record_conflict",
}


class _Abort(Exception):
    """Leave the transaction (rolled back) with this outcome."""

    def __init__(self, outcome: ImportOutcome) -> None:
        super().__init__(outcome.status)
        self.outcome = outcome


def _changes_of(plan: MergePlan) -> Changes:
    changes = Changes(lists={"organisations", "environments", "opportunities", "audit"})
    for change in plan.applied:
        target = {ADDED: changes.added, REMOVED: changes.removed, CHANGED: changes.changed}
        ids = target[change.kind]
        if change.record_id not in ids:
            ids.append(change.record_id)
    return changes


@dataclass
class ImportRequest:
    pkg: VerifiedPackage
    raw: bytes | None
    trust_new: bool
    decisions: DecisionSource
    actor: str
    file: str | None = None
    now: datetime = field(default_factory=lambda: datetime.now(UTC))


def _audit_package(
    s: Session,
    request: ImportRequest,
    action: str,
    details: dict[str, Any],
    writes: Writes | None = None,
) -> None:
    """An audit entry about the request's package: who, when, which package, which key."""
    pkg = request.pkg
    registry.add_audit(
        s,
        at=request.now,
        actor=request.actor,
        action=action,
        organisation_id=pkg.organisation_id,
        package_sha256=pkg.sha256,
        sequence=pkg.sequence,
        details={"file": request.file, "fingerprint": pkg.fingerprint, **details},
        writes=writes,
    )


def _at_the_door(
    decision: trust.TrustDecision, org: registry.OrganisationState | None, organisation: Any
) -> bool:
    """Whether the package must be compared with the other organisations: its key is not
    trusted yet, or is trusted only now (first use, rotation), or it renames the
    organisation or changes its business ID."""
    if decision.verdict == trust.PENDING_TRUST or decision.key_action != trust.KEEP:
        return True
    stored = (org.data if org is not None else None) or {}
    return any(stored.get(k) != organisation.get(k) for k in ("name", "business_id"))


def _held_at_the_door(
    decision: trust.TrustDecision, findings: tuple[Any, ...], fingerprint: str
) -> trust.TrustDecision:
    """Trust on first use (`--trust-new`) never trusts a key whose package resembles another
    organisation: it waits for the coordinator to confirm the key, with the findings shown."""
    flags = tuple(dict.fromkeys((*decision.flags, *finding_codes(findings))))
    if decision.key_action == trust.TRUST_FIRST_USE and findings:
        return trust.TrustDecision(
            trust.PENDING_TRUST,
            "catalogue_pending_resembles",
            {"fingerprint": fingerprint},
            key_action=trust.ADD_PENDING,
            flags=flags,
        )
    return dataclasses.replace(decision, flags=flags)


class Importer:
    """Runs import requests against one catalogue store."""

    def __init__(self, store: CatalogueStore) -> None:
        self.store = store

    # -- looking without importing -----------------------------------------------------------
    def inspect(self, pkg: VerifiedPackage, file: str | None = None) -> InboxItem:
        arrival = arrival_of(pkg)
        info = package_info(pkg, file)
        snapshot = contract_json(pkg.snapshot)

        def work(s: Session) -> InboxItem:
            found = read_catalogue(
                s, pkg, snapshot, registry.organisation_state(s, pkg.organisation_id)
            )
            reg = found.registry
            decision = trust.decide(reg, arrival, trust_new=False)
            findings: tuple[Any, ...] = ()
            if decision.verdict != trust.REFUSED and _at_the_door(
                decision, found.org, snapshot["organisation"]
            ):
                findings = arrival_findings(
                    s, pkg.organisation_id, snapshot["organisation"], pkg.fingerprint
                )
                decision = _held_at_the_door(decision, findings, pkg.fingerprint)
            verdict = {
                trust.ACCEPT: IMPORTED,
                trust.ALREADY_IMPORTED: ALREADY_IMPORTED,
                trust.PENDING_TRUST: PENDING_TRUST,
            }.get(decision.verdict, REFUSED)
            diff = None
            if verdict in (IMPORTED, PENDING_TRUST):
                conflicts = found.rows.foreign
                if conflicts:
                    return InboxItem(
                        info,
                        REFUSED,
                        key_state_of(reg, arrival),
                        "catalogue_refused_record_conflict",
                        {"record": conflicts[0]},
                    )
                diff = diff_snapshot(found.current, snapshot)
            return InboxItem(
                info,
                verdict,
                key_state_of(reg, arrival),
                decision.reason,
                dict(decision.params),
                diff,
                decision.flags,
                findings,
            )

        return self.store.run(work)

    # -- importing --------------------------------------------------------------------------
    def run(self, request: ImportRequest) -> ImportOutcome:
        arrival = arrival_of(request.pkg)
        snapshot = contract_json(request.pkg.snapshot)
        try:
            return self.store.run(lambda s: self._work(s, request, arrival, snapshot))
        except _Abort as abort:
            outcome = abort.outcome
        if outcome.status == REFUSED and outcome.reason in AUDITED_REFUSALS:
            self._audit_refusal(request, outcome)
        return outcome

    def _work(
        self, s: Session, request: ImportRequest, arrival: trust.Arrival, snapshot: dict[str, Any]
    ) -> ImportOutcome:
        pkg, now = request.pkg, request.now
        info = package_info(pkg, request.file)
        org = registry.lock_organisation_state(
            s, pkg.organisation_id, to_json(pkg.snapshot.organisation.name), now
        )
        found = read_catalogue(s, pkg, snapshot, org, numbered=True)
        decision = trust.decide(found.registry, arrival, trust_new=request.trust_new)
        findings: tuple[Any, ...] = ()
        if decision.verdict not in (trust.REFUSED, trust.ALREADY_IMPORTED) and _at_the_door(
            decision, org, snapshot["organisation"]
        ):
            # The first sight just created the row (no data): compare with the others.
            findings = arrival_findings(
                s, pkg.organisation_id, snapshot["organisation"], pkg.fingerprint
            )
            decision = _held_at_the_door(decision, findings, pkg.fingerprint)
        if decision.verdict == trust.REFUSED:
            raise _Abort(
                ImportOutcome(
                    REFUSED, info, decision.reason, dict(decision.params), flags=decision.flags
                )
            )
        if decision.verdict == trust.ALREADY_IMPORTED:
            raise _Abort(
                ImportOutcome(ALREADY_IMPORTED, info, decision.reason, dict(decision.params))
            )
        conflicts = found.rows.foreign
        if conflicts:
            raise _Abort(
                ImportOutcome(
                    REFUSED, info, "catalogue_refused_record_conflict", {"record": conflicts[0]}
                )
            )
        current, stored = found.current, found.rows.stored
        diff = diff_snapshot(current, snapshot)

        if decision.verdict == trust.PENDING_TRUST:
            if request.decisions is None:
                review = review_for(
                    diff,
                    package_sha256=info.sha256,
                    organisation_name=info.organisation_name,
                    sequence=info.sequence,
                    file=info.file,
                )
                raise _Abort(
                    ImportOutcome(
                        PENDING_TRUST,
                        info,
                        decision.reason,
                        dict(decision.params),
                        diff,
                        review,
                        flags=decision.flags,
                        findings=findings,
                    )
                )
            registry.put_key(
                s,
                pkg.organisation_id,
                pkg.public_key,
                pkg.fingerprint,
                state=trust.PENDING,
                source=trust.FIRST_SIGHT,
                now=now,
            )
            registry.put_pending(
                s,
                sha256=pkg.sha256,
                organisation_id=pkg.organisation_id,
                sequence=pkg.sequence,
                public_key=pkg.public_key,
                fingerprint=pkg.fingerprint,
                content=request.raw or b"",
                now=now,
            )
            if org.data is None:
                # What it claims, so the other organisations' checks see it while it waits.
                claimed = snapshot["organisation"].get("business_id")
                registry.update_organisation(
                    s, pkg.organisation_id, business_id=claimed if claimed else None
                )
            _audit_package(
                s,
                request,
                "pending",
                {
                    "flags": list(decision.flags),
                    "findings": [f.to_json() for f in findings],
                    "organisation_name": info.organisation_name,
                },
            )
            return ImportOutcome(
                PENDING_TRUST,
                info,
                decision.reason,
                dict(decision.params),
                diff,
                flags=decision.flags,
                findings=findings,
            )

        decisions = self._decisions(request, info, diff)
        try:
            settled = settle(diff, decisions)
            plan = merge(current, diff, settled)
        except ReviewError as error:
            raise _Abort(
                ImportOutcome(REFUSED, info, error.code, dict(error.params), diff)
            ) from None
        # The writes that need no answer travel together (one statement on PostgreSQL).
        writes = Writes(s)
        records.write_records(
            s,
            pkg.organisation_id,
            stored,
            organisation=plan.organisation,
            environments=self._final(stored.environments, plan, ENVIRONMENT),
            opportunities=self._final(stored.opportunities, plan, OPPORTUNITY),
            upserts=plan.upserts,
            deletes=plan.deletes,
            hidden=current.hidden,
            writes=writes,
            new_nums=found.rows.new_nums,
        )
        registry.put_attachments(s, pkg.attachments, now, present=found.rows.attachments)
        self._keys(s, request, decision, writes)
        flags = list(decision.flags)
        duplicates = self._update_organisation(s, found, plan, request, writes)
        if duplicates and trust.FLAG_DUPLICATE_BUSINESS_ID not in flags:
            flags.append(trust.FLAG_DUPLICATE_BUSINESS_ID)
        if any(sequence <= pkg.sequence for sequence in found.rows.pending):
            registry.drop_pending(s, pkg.organisation_id, pkg.sequence)
        _audit_package(
            s,
            request,
            "import",
            {
                "key_action": decision.key_action,
                "counts": diff.counts(),
                "flags": flags,
                "findings": [f.to_json() for f in findings],
                "organisation_name": info.organisation_name,
                "duplicate_business_id": duplicates,
                "changes": plan.audit_changes(),
            },
            writes,
        )
        writes.send()
        return ImportOutcome(
            IMPORTED,
            info,
            None,
            {},
            diff,
            changes=_changes_of(plan),
            applied=len(plan.applied),
            rejected=len(plan.rejected),
            flags=tuple(dict.fromkeys(flags)),
            findings=findings,
            consequences=tuple(explain(diff, settled)),
        )

    @staticmethod
    def _final(stored: dict[str, Any], plan: MergePlan, record_type: str) -> dict[str, Any]:
        final = dict(stored)
        for record_id in plan.deletes[record_type]:
            final.pop(record_id, None)
        final.update(plan.upserts[record_type])
        return final

    @staticmethod
    def _decisions(request: ImportRequest, info: PackageInfo, diff: PackageDiff) -> Decisions:
        source = request.decisions
        if source is None:
            review = review_for(
                diff,
                package_sha256=info.sha256,
                organisation_name=info.organisation_name,
                sequence=info.sequence,
                file=info.file,
            )
            raise _Abort(ImportOutcome(REVIEW_NEEDED, info, None, {}, diff, review))
        if source == ACCEPT_ALL_NAME:
            return ACCEPT_ALL
        if isinstance(source, ReviewFile):
            filled = source.for_package(info.sha256)
            if filled is None:
                raise _Abort(
                    ImportOutcome(
                        REFUSED,
                        info,
                        "catalogue_review_missing",
                        {"organisation": info.organisation_name},
                        diff,
                    )
                )
            try:
                return resolve(diff, filled)
            except ReviewError as error:
                raise _Abort(
                    ImportOutcome(REFUSED, info, error.code, dict(error.params), diff)
                ) from None
        if isinstance(source, str):
            raise ValueError(f"unknown decision source {source!r}")
        return source

    @staticmethod
    def _keys(
        s: Session, request: ImportRequest, decision: trust.TrustDecision, writes: Writes
    ) -> None:
        pkg, now = request.pkg, request.now
        if decision.key_action == trust.TRUST_FIRST_USE:
            registry.put_key(
                s,
                pkg.organisation_id,
                pkg.public_key,
                pkg.fingerprint,
                state=trust.TRUSTED,
                source=trust.FIRST_USE,
                now=now,
                actor=request.actor,
                writes=writes,
            )
        elif decision.key_action == trust.ROTATE:
            registry.put_key(
                s,
                pkg.organisation_id,
                pkg.public_key,
                pkg.fingerprint,
                state=trust.TRUSTED,
                source=trust.ROTATION,
                now=now,
                writes=writes,
            )
            registry.set_key_states(
                s, pkg.organisation_id, list(decision.retire), trust.RETIRED, now=now
            )

    @staticmethod
    def _update_organisation(
        s: Session, found: PackageCatalogue, plan: MergePlan, request: ImportRequest, writes: Writes
    ) -> list[str]:
        """Write the organisation's merged record and its new sequence; the other
        organisations that claim its business id."""
        pkg = request.pkg
        data = plan.organisation
        name = data.get("name") if isinstance(data.get("name"), dict) else {}
        business_id = data.get("business_id") or None
        registry.update_organisation(
            s,
            pkg.organisation_id,
            data=data,
            name=name,
            name_fi=str((name or {}).get("fi") or "")[:200],
            business_id=business_id,
            last_sequence=pkg.sequence,
            last_package_sha256=pkg.sha256,
            last_package_created_at=pkg.created_at[:40],
            last_import_at=request.now,
            writes=writes,
            name_keys_replaced=True,
        )
        index_name(s, pkg.organisation_id, name)  # in place of the old name's keys
        if not business_id:
            return []
        if business_id in found.business_ids:
            return list(found.rows.business_ids.get(business_id, []))
        return registry.organisations_with_business_id(s, business_id, pkg.organisation_id)

    def _audit_refusal(self, request: ImportRequest, outcome: ImportOutcome) -> None:
        pkg = request.pkg

        def work(s: Session) -> None:
            org = registry.get_organisation(s, pkg.organisation_id)
            for flag in outcome.flags:
                if org is not None:
                    registry.add_flag(s, pkg.organisation_id, flag)
            _audit_package(
                s,
                request,
                "refused",
                {
                    "reason": outcome.reason,
                    "params": outcome.params,
                    "flags": list(outcome.flags),
                },
            )

        self.store.run(work)
