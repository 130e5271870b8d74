"""Exporting packages from an organisation workspace, and key rotation."""

from __future__ import annotations

import dataclasses
import hashlib
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kuhina_desktop.domain import model
from kuhina_desktop.errors import KnownError, ValidationFailed
from kuhina_desktop.packages import keys
from kuhina_desktop.packages.errors import KeyPassphraseError
from kuhina_desktop.packages.reader import read_package
from kuhina_desktop.progress import Cancelled, Progress
from kuhina_desktop.services.key_rotation import current_rotation, rotate_key, rotations
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.services.package_export import diff_since_last_export, export_package
from tests.unit.hostile_packages import ATTACHMENTS, OPP_IDS, snapshot

PASSPHRASE = "kissa istuu puussa 42"


def make_workspace(folder: Path, passphrase: str | None = None) -> OrgWorkspace:
    snap = snapshot()
    ws = OrgWorkspace.create(folder, snap.organisation.name.fi, passphrase=passphrase,
                             organisation=snap.organisation)  # fmt: skip
    ws.load(snap, ATTACHMENTS)
    return ws


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[OrgWorkspace]:
    workspace = make_workspace(tmp_path / "ws")
    yield workspace
    workspace.close()


def test_export_writes_a_package_the_reader_accepts(ws: OrgWorkspace, tmp_path: Path) -> None:
    out = tmp_path / "out.kuhina"
    result = export_package(ws, out, passphrase=None)
    data = out.read_bytes()
    package = read_package(data, public_key=ws.public_key_line())
    assert result.sequence == package.sequence == 1
    assert result.sha256 == hashlib.sha256(data).hexdigest() == package.sha256
    assert result.counts == package.manifest["counts"]
    assert result.fingerprint == ws.fingerprint()
    assert package.snapshot.organisation.id == ws.organisation.id
    assert package.attachments == ATTACHMENTS
    assert result.diff.since_sequence is None
    assert sorted(result.diff.added) == sorted([ws.organisation.id, *OPP_IDS,
                                                snapshot().environments[0].id])  # fmt: skip
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_each_export_is_recorded_with_the_next_sequence(ws: OrgWorkspace, tmp_path: Path) -> None:
    first = export_package(ws, tmp_path / "1.kuhina", passphrase=None)
    second = export_package(ws, tmp_path / "2.kuhina", passphrase=None)
    assert (first.sequence, second.sequence) == (1, 2)
    exports = ws.store.list_exports()
    assert [e.sequence for e in exports] == [2, 1]
    assert exports[0].sha256 == second.sha256
    assert exports[0].path == str((tmp_path / "2.kuhina").absolute())
    assert exports[0].counts == second.counts
    assert exports[0].fingerprint == ws.fingerprint()
    assert exports[0].snapshot["organisation"]["id"] == ws.organisation.id
    assert second.diff.since_sequence == 1 and second.diff.empty


def test_created_at_is_utc(ws: OrgWorkspace, tmp_path: Path) -> None:
    moment = datetime(2026, 11, 27, 23, 30, tzinfo=UTC)
    result = export_package(ws, tmp_path / "x.kuhina", passphrase=None, now=moment)
    assert result.created_at == "2026-11-27T23:30:00Z"
    assert read_package((tmp_path / "x.kuhina").read_bytes()).created_at == result.created_at


def test_drafts_stay_out_and_the_diff_says_what_changed(ws: OrgWorkspace, tmp_path: Path) -> None:
    export_package(ws, tmp_path / "1.kuhina", passphrase=None)
    first, second = ws.store.list_opportunities()
    ws.save_opportunity(dataclasses.replace(first, status="draft"))
    ws.save_opportunity(dataclasses.replace(second, places=3, places_updated_on="2026-11-02"))
    new = dataclasses.replace(second, id=model.new_id(), title=model.Text("Uusi"))
    ws.save_opportunity(new)
    pending = diff_since_last_export(ws)
    assert (pending.since_sequence, pending.added, pending.changed, pending.removed) == (
        1, [new.id], [second.id], [first.id])  # fmt: skip
    result = export_package(ws, tmp_path / "2.kuhina", passphrase=None)
    assert result.diff == pending
    package = read_package((tmp_path / "2.kuhina").read_bytes())
    assert {o.id for o in package.snapshot.opportunities} == {second.id, new.id}
    assert package.manifest["counts"]["opportunities"] == 2


def test_export_refuses_while_a_record_has_problems(ws: OrgWorkspace, tmp_path: Path) -> None:
    opp = ws.store.list_opportunities()[0]
    ws.save_opportunity(dataclasses.replace(opp, municipalities=[]))
    with pytest.raises(ValidationFailed) as refused:
        export_package(ws, tmp_path / "x.kuhina", passphrase=None)
    assert refused.value.code == "export_invalid"
    assert [(p.record_id, p.code) for p in refused.value.problems] == [
        (opp.id, "municipality_required")]  # fmt: skip
    assert list(tmp_path.glob("*.kuhina")) == []
    assert ws.store.last_export() is None
    # A draft may have problems: it does not go into the package.
    ws.save_opportunity(dataclasses.replace(opp, municipalities=[], status="draft"))
    assert export_package(ws, tmp_path / "x.kuhina", passphrase=None).sequence == 1


def test_an_encrypted_key_needs_its_passphrase(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "ws", passphrase=PASSPHRASE)
    try:
        out = tmp_path / "x.kuhina"
        for wrong, code in ((None, "key_passphrase_missing"), ("väärä", "key_passphrase_wrong")):
            with pytest.raises(KeyPassphraseError) as refused:
                export_package(ws, out, passphrase=wrong)
            assert refused.value.code == code
            assert not out.exists() and ws.store.last_export() is None
        assert export_package(ws, out, passphrase=PASSPHRASE).sequence == 1
    finally:
        ws.close()


@pytest.mark.parametrize("after_steps", [0, 1, 2, 3, 4])
def test_a_cancelled_export_leaves_nothing(
    ws: OrgWorkspace, tmp_path: Path, after_steps: int
) -> None:
    """Cancelled at any point before the file is in place: no file, no record."""
    progress: Progress

    def on_report(done: int, _total: int, _stage: str) -> None:
        if done >= after_steps:
            progress.cancel()

    progress = Progress(on_report)
    with pytest.raises(Cancelled):
        export_package(ws, tmp_path / "x.kuhina", passphrase=None, progress=progress)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ws"]
    assert ws.store.last_export() is None


def test_a_failed_rename_spends_no_sequence_and_leaves_no_file(
    ws: OrgWorkspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_replace(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(KnownError) as refused:
        export_package(ws, tmp_path / "x.kuhina", passphrase=None)
    monkeypatch.undo()
    assert refused.value.code == "disk_full"  # ENOSPC: the message says the disk is full
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ws"]
    # No package with number 1 reached a path (the temporary file is gone too), so the
    # number is not spent: it goes to the next package.
    assert ws.store.last_export() is None
    assert export_package(ws, tmp_path / "y.kuhina", passphrase=None).sequence == 1


def test_export_into_a_missing_folder_is_refused(ws: OrgWorkspace, tmp_path: Path) -> None:
    with pytest.raises(KnownError) as refused:
        export_package(ws, tmp_path / "missing" / "x.kuhina", passphrase=None)
    assert refused.value.code == "output_folder_missing"
    assert ws.store.last_export() is None


def test_key_rotation(ws: OrgWorkspace, tmp_path: Path) -> None:
    old_line = ws.public_key_line()
    old_private = ws.key_file.read_bytes()
    export_package(ws, tmp_path / "1.kuhina", passphrase=None)
    result = rotate_key(ws, None, PASSPHRASE)
    new_line = ws.public_key_line()
    assert new_line != old_line
    assert result.previous_fingerprint == keys.fingerprint(old_line)
    assert result.fingerprint == keys.fingerprint(new_line)
    retired = ws.folder / result.retired_key
    assert retired.read_bytes() == old_private
    assert oct(retired.stat().st_mode & 0o777) == "0o600"
    assert keys.private_key_is_encrypted(ws.key_file)
    rotation = current_rotation(ws)
    assert rotation is not None and rotation.previous_public_key == old_line

    export_package(ws, tmp_path / "2.kuhina", passphrase=PASSPHRASE)
    package = read_package((tmp_path / "2.kuhina").read_bytes(), public_key=new_line)
    assert package.key_rotation == rotation
    assert package.sequence == 2

    # A second rotation: the next packages carry the newest rotation only.
    rotate_key(ws, PASSPHRASE, None)
    export_package(ws, tmp_path / "3.kuhina", passphrase=None)
    third = read_package((tmp_path / "3.kuhina").read_bytes())
    assert third.key_rotation is not None
    assert third.key_rotation.previous_public_key == new_line
    assert len(rotations(ws)) == 2
    assert len(list((ws.folder / "keys" / "retired").glob("signing_key-*[!b]"))) == 2


def test_the_retired_key_is_owner_only_from_its_creation(
    ws: OrgWorkspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not world-readable until a chmod: the retired file is created 0600 (umask 022)."""
    monkeypatch.setattr(os, "chmod", lambda *args, **kwargs: None)
    old_umask = os.umask(0o022)
    try:
        result = rotate_key(ws, None, None)
    finally:
        os.umask(old_umask)
    retired = ws.folder / result.retired_key
    assert oct(retired.stat().st_mode & 0o777) == "0o600"
    assert oct(keys.public_file_path(retired).stat().st_mode & 0o777) == "0o644"


def test_rotation_with_a_wrong_passphrase_changes_nothing(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "ws", passphrase=PASSPHRASE)
    try:
        before = ws.key_file.read_bytes()
        with pytest.raises(KeyPassphraseError):
            rotate_key(ws, "väärä", None)
        assert ws.key_file.read_bytes() == before
        assert not (ws.folder / "keys" / "retired").exists()
        assert rotations(ws) == [] and current_rotation(ws) is None
    finally:
        ws.close()


def test_a_rotation_record_for_a_key_never_installed_is_ignored(ws: OrgWorkspace) -> None:
    other = keys.public_key_line(keys.generate_key())
    ws.set_setting("key_rotations", [{"public_key": other, "previous_public_key": other,
                                      "signature": "x"}])  # fmt: skip
    assert current_rotation(ws) is None
