"""Real, signed packages for the catalogue tests, made from `kuhina demo` content.

A `Publisher` plays one association's workspace: it holds a snapshot, a signing key and
the last exported sequence, edits its records and exports packages with the package writer
(so the catalogue reads them through the real reader). `state_of` condenses a catalogue
into plain data, so tests can compare catalogues built in different ways.
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kuhina_desktop.demo.content import generate_demo
from kuhina_desktop.domain import model
from kuhina_desktop.domain.vocab import load_vocabulary
from kuhina_desktop.packages import keys
from kuhina_desktop.packages.manifest import sign_rotation
from kuhina_desktop.packages.reader import read_package
from kuhina_desktop.packages.verified import KeyRotation, VerifiedPackage
from kuhina_desktop.packages.writer import build_package

BASE_TIME = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)


def _without_drafts(snapshot: model.Snapshot) -> model.Snapshot:
    return dataclasses.replace(
        snapshot, opportunities=[o for o in snapshot.opportunities if o.status != "draft"]
    )


@dataclass
class Publisher:
    """One association exporting packages of its records."""

    snapshot: model.Snapshot
    attachments: dict[str, bytes]
    key: Ed25519PrivateKey = field(default_factory=keys.generate_key)
    sequence: int = 0
    rotation: KeyRotation | None = None

    @property
    def organisation_id(self) -> str:
        return self.snapshot.organisation.id

    @property
    def public_key(self) -> str:
        return keys.public_key_line(self.key)

    @property
    def fingerprint(self) -> str:
        return keys.fingerprint(self.public_key)

    def edit(self, change: Callable[[model.Snapshot], None]) -> Publisher:
        """Change the records (on a copy, so packages already made stay as they were)."""
        snapshot = copy.deepcopy(self.snapshot)
        change(snapshot)
        self.snapshot = snapshot
        return self

    def export(self, *, sequence: int | None = None) -> bytes:
        """A package of the current records with the next sequence (or the one given)."""
        if sequence is None:
            self.sequence += 1
            sequence = self.sequence
        created = (BASE_TIME + timedelta(minutes=sequence)).isoformat()
        return build_package(
            _without_drafts(self.snapshot),
            self.attachments,
            self.key,
            sequence=sequence,
            created_at=created,
            vocab_version=load_vocabulary().version,
            key_rotation=self.rotation,
        )

    def rotate_key(self) -> None:
        """A new key vouched for by the old one, as `kuhina org rotate-key` does."""
        new_key = keys.generate_key()
        self.rotation = sign_rotation(keys.public_key_line(new_key), self.key)
        self.key = new_key


def publishers(count: int, opportunities: int = 5, seed: int = 7) -> list[Publisher]:
    return [
        Publisher(_without_drafts(d.snapshot), dict(d.attachments))
        for d in generate_demo(count, opportunities, seed)
    ]


def verified(data: bytes) -> VerifiedPackage:
    return read_package(data)


def retitle(index: int, title: str, language: str = "fi") -> Callable[[model.Snapshot], None]:
    def change(snapshot: model.Snapshot) -> None:
        setattr(snapshot.opportunities[index].title, language, title)

    return change


def drop_opportunity(index: int) -> Callable[[model.Snapshot], None]:
    def change(snapshot: model.Snapshot) -> None:
        del snapshot.opportunities[index]

    return change


def add_opportunity(title: str) -> Callable[[model.Snapshot], None]:
    def change(snapshot: model.Snapshot) -> None:
        new = copy.deepcopy(snapshot.opportunities[0])
        new.id = model.new_id()
        new.title = model.Text(fi=title)
        snapshot.opportunities.append(new)

    return change


def state_of(workspace: Any) -> dict[str, Any]:
    """The catalogue's content as plain data: organisations with sequence, records, hidden."""
    result: dict[str, Any] = {}
    for org_id in workspace.organisation_ids():
        records = workspace.records_of(org_id)
        status = {s.organisation_id: s for s in workspace.status()}[org_id]
        result[org_id] = {
            "sequence": status.last_sequence,
            "organisation": records.organisation,
            "environments": dict(records.environments),
            "opportunities": dict(records.opportunities),
            "hidden": sorted(records.hidden),
        }
    return result


def digest(state: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(state, sort_keys=True).encode("utf-8")).hexdigest()
