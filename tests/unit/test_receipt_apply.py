"""An association's workspace takes a receipt: pinned key, the refusals that depend on the
workspace (each with its reason, changing nothing), rotation, and idempotence."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kuhina_desktop.messages import translate
from kuhina_desktop.packages import keys
from kuhina_desktop.packages.receipt.format import REASONS, ReceiptRefused
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.services.package_export import export_package
from kuhina_desktop.services.receipt_apply import (
    ALREADY_APPLIED,
    APPLIED,
    apply_receipt,
    latest_receipt,
    mark_note_seen,
    pinned_key,
)
from tests.unit.hostile_receipts import (
    CATALOGUE_KEY,
    NEXT_KEY,
    STRANGER_KEY,
    content,
    parts,
    rotated_content,
)
from tests.unit.test_package_export import make_workspace
from tests.unit.test_package_hostile import _listing

FINGERPRINT = keys.fingerprint(keys.public_key_line(CATALOGUE_KEY))


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[OrgWorkspace]:
    workspace = make_workspace(tmp_path / "ws")
    export_package(workspace, tmp_path / "p1.kuhina", passphrase=None)
    export_package(workspace, tmp_path / "p2.kuhina", passphrase=None)
    yield workspace
    workspace.close()


def receipt_for(ws: OrgWorkspace, sequence: int = 2, **kw: Any) -> bytes:
    sent = {e.sequence: e for e in ws.store.list_exports()}[sequence]
    key = kw.pop("key", CATALOGUE_KEY)
    value = kw.pop("value", None) or content(
        key=key, organisation_id=ws.organisation.id, sequence=sequence,
        package_sha256=sent.sha256, **kw
    )  # fmt: skip
    return parts(value, key=key).build()


def refused(ws: OrgWorkspace, data: bytes, code: str, **kw: Any) -> None:
    """`data` is refused with `code`, its parameters, and nothing in the workspace changes."""
    before_state, before_files = ws.setting("receipts"), _listing(ws.folder)
    with pytest.raises(ReceiptRefused) as error:
        apply_receipt(ws, data, **kw)
    assert error.value.code == code, error.value.params
    assert set(error.value.params) == set(REASONS[code])
    for language in ("fi", "sv", "en"):
        assert translate(code, language, **error.value.params) != code
    assert ws.setting("receipts") == before_state
    assert _listing(ws.folder) == before_files


def test_the_first_receipt_needs_the_fingerprint_then_the_key_is_pinned(ws: OrgWorkspace) -> None:
    data = receipt_for(ws)
    refused(ws, data, "receipt_key_unconfirmed")
    refused(ws, data, "receipt_key_not_pinned", confirmed_fingerprint="SHA256:" + "A" * 43)
    outcome = apply_receipt(ws, data, confirmed_fingerprint=FINGERPRINT)
    assert (outcome.status, outcome.pinned_now) == (APPLIED, True)
    assert pinned_key(ws) == keys.public_key_line(CATALOGUE_KEY)
    kept = latest_receipt(ws)
    assert kept is not None and kept["content"]["package"]["sequence"] == 2
    assert kept["note_seen"] is False


def test_applying_the_same_receipt_twice_changes_nothing(ws: OrgWorkspace) -> None:
    data = receipt_for(ws)
    apply_receipt(ws, data, confirmed_fingerprint=FINGERPRINT)
    state = ws.setting("receipts")
    again = apply_receipt(ws, data)
    assert again.status == ALREADY_APPLIED and ws.setting("receipts") == state


def test_another_organisations_receipt_is_refused(ws: OrgWorkspace) -> None:
    sent = {e.sequence: e for e in ws.store.list_exports()}[2]
    other = content(organisation_id="9" * 8 + "-2f3d-4e5a-8b6c-7d8e9f0a1b2c",
                    sequence=sent.sequence, package_sha256=sent.sha256)  # fmt: skip
    refused(ws, parts(other).build(), "receipt_other_organisation",
            confirmed_fingerprint=FINGERPRINT)  # fmt: skip


def test_a_receipt_for_a_package_never_sent_is_refused(ws: OrgWorkspace) -> None:
    value = content(organisation_id=ws.organisation.id, sequence=9)
    refused(ws, parts(value).build(), "receipt_package_unknown", confirmed_fingerprint=FINGERPRINT)
    value = content(organisation_id=ws.organisation.id, sequence=2, package_sha256="cd" * 32)
    refused(ws, parts(value).build(), "receipt_package_mismatch", confirmed_fingerprint=FINGERPRINT)


def test_a_replayed_older_receipt_is_refused(ws: OrgWorkspace) -> None:
    old = receipt_for(ws, 1, created_at="2026-12-01T10:00:00Z")
    newer = receipt_for(ws, 2, created_at="2026-12-02T10:00:00Z")
    apply_receipt(ws, newer, confirmed_fingerprint=FINGERPRINT)
    refused(ws, old, "receipt_older")
    # the same package answered again, but made earlier than the one applied
    earlier = receipt_for(ws, 2, created_at="2026-12-01T23:00:00Z")
    refused(ws, earlier, "receipt_older")
    later = receipt_for(ws, 2, created_at="2026-12-03T10:00:00Z", note=None)
    assert apply_receipt(ws, later).status == APPLIED


def test_a_receipt_signed_by_an_association_key_is_refused(ws: OrgWorkspace) -> None:
    apply_receipt(ws, receipt_for(ws, 1), confirmed_fingerprint=FINGERPRINT)
    association_key = keys.load_private_key(ws.key_file, None)
    forged = receipt_for(ws, 2, key=association_key)
    refused(ws, forged, "receipt_key_not_pinned")
    refused(ws, receipt_for(ws, 2, key=STRANGER_KEY), "receipt_key_not_pinned")


def test_a_rotated_catalogue_key_moves_the_pin(ws: OrgWorkspace) -> None:
    apply_receipt(ws, receipt_for(ws, 1), confirmed_fingerprint=FINGERPRINT)
    sent = {e.sequence: e for e in ws.store.list_exports()}[2]
    kw = {"organisation_id": ws.organisation.id, "sequence": 2, "package_sha256": sent.sha256}
    stranger = rotated_content(STRANGER_KEY, NEXT_KEY, **kw)
    refused(ws, parts(stranger, key=NEXT_KEY).build(), "receipt_key_not_pinned")
    outcome = apply_receipt(ws, parts(rotated_content(CATALOGUE_KEY, NEXT_KEY, **kw),
                                      key=NEXT_KEY).build())  # fmt: skip
    assert outcome.pinned_now and pinned_key(ws) == keys.public_key_line(NEXT_KEY)


def test_the_note_is_marked_seen_once(ws: OrgWorkspace) -> None:
    outcome = apply_receipt(ws, receipt_for(ws), confirmed_fingerprint=FINGERPRINT)
    assert mark_note_seen(ws, outcome.receipt.sha256).lists == {"receipts"}
    assert mark_note_seen(ws, outcome.receipt.sha256).lists == set()
    kept = latest_receipt(ws)
    assert kept is not None and kept["note_seen"] is True
