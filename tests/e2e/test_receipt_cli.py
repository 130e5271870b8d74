"""Receipts end to end through the command line, checked with the real `ssh-keygen`.

The coordinator's receipt must verify with `ssh-keygen -Y verify -n kuhina-receipt-v1`
against the catalogue's key as `kuhina catalogue fingerprint` prints it, and the
association's workspace must take it once (with the fingerprint), keep it, and refuse it
without the confirmation.
"""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from kuhina_desktop.services import catalogue_key
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.services.receipt_apply import latest_receipt, pinned_key
from kuhina_desktop.services.signing_keys import fingerprint as catalogue_key_fingerprint
from tests.e2e.receipt_flow import HIDE_REASON, REJECT_REASON, ReceiptFlow, run

SSH_KEYGEN = shutil.which("ssh-keygen")


@pytest.fixture
def flow(tmp_path: Path) -> ReceiptFlow:
    return ReceiptFlow.build(tmp_path)


def ssh_verify(
    receipt: Path, public_line: str, tmp: Path, namespace: str
) -> subprocess.CompletedProcess[bytes]:
    assert SSH_KEYGEN is not None
    folder = tmp / "unpacked"
    folder.mkdir(exist_ok=True)
    with zipfile.ZipFile(receipt) as archive:
        for name in ("SHA256SUMS", "SHA256SUMS.sig"):
            (folder / name).write_bytes(archive.read(name))
    signers = tmp / "allowed_signers"
    signers.write_text(f"kuhina-catalogue {public_line}\n", encoding="utf-8")
    with open(folder / "SHA256SUMS", "rb") as sums:
        return subprocess.run(
            [SSH_KEYGEN, "-Y", "verify", "-f", str(signers), "-I", "kuhina-catalogue",
             "-n", namespace, "-s", str(folder / "SHA256SUMS.sig")],
            stdin=sums, capture_output=True, check=False,
        )  # fmt: skip


@pytest.mark.skipif(SSH_KEYGEN is None, reason="ssh-keygen (openssh-client) is not installed")
def test_receipt_verifies_with_ssh_keygen_and_applies_once(
    flow: ReceiptFlow, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert run("catalogue", "fingerprint", "--workspace", flow.catalogue) == 0
    fingerprint_line, public_line = capsys.readouterr().out.splitlines()
    fingerprint = fingerprint_line.split()[1]
    assert fingerprint.startswith("SHA256:") and public_line.startswith("ssh-ed25519 AAAA")

    with CatalogueWorkspace.open(flow.catalogue) as ws:
        [audited] = ws.audit(action="receipt", organisation_id=flow.organisation_id)
    assert audited.details["rejected"] == 1 and audited.details["hidden"] == 1
    key_mode = (flow.catalogue / "keys" / "catalogue_key").stat().st_mode & 0o777
    assert key_mode == 0o600

    good = ssh_verify(flow.receipt, public_line, tmp_path, "kuhina-receipt-v1")
    assert good.returncode == 0, good.stderr
    assert b'Good "kuhina-receipt-v1" signature for kuhina-catalogue' in good.stdout + good.stderr
    wrong = ssh_verify(flow.receipt, public_line, tmp_path, "kuhina-package-v1")
    assert wrong.returncode != 0

    # the first receipt needs the fingerprint confirmed
    capsys.readouterr()
    assert run("org", "receipt", "--workspace", flow.org_folder, flow.receipt) == 1
    assert fingerprint in capsys.readouterr().err
    with OrgWorkspace.open(flow.org_folder) as ws:
        assert latest_receipt(ws) is None and pinned_key(ws) is None

    assert run("org", "receipt", "--workspace", flow.org_folder, flow.receipt,
               "--fingerprint", fingerprint) == 0  # fmt: skip
    err = capsys.readouterr().err
    assert REJECT_REASON in err and HIDE_REASON in err and "1 rejected" in err
    with OrgWorkspace.open(flow.org_folder) as ws:
        kept = latest_receipt(ws)
        assert kept is not None and pinned_key(ws) == public_line
        content = kept["content"]
        state_before = ws.setting("receipts")
    [rejected] = [d for d in content["decisions"] if d["decision"] == "reject"]
    assert (rejected["record_id"], rejected["field"], rejected["reason"]) == (
        flow.rejected_id, "title.fi", REJECT_REASON)  # fmt: skip
    assert [(h["record_id"], h["reason"]) for h in content["hidden"]] == [
        (flow.hidden_id, HIDE_REASON)]  # fmt: skip
    urls = [p["url"] for p in content["published"] if p["record_type"] == "opportunity"]
    assert urls and all(u.startswith("https://tyo.example.fi/tarjous/") for u in urls)
    assert flow.hidden_id not in {p["record_id"] for p in content["published"]}

    # the same receipt again changes nothing; no fingerprint needed now that it is pinned
    assert run("org", "receipt", "--workspace", flow.org_folder, flow.receipt) == 0
    assert "already applied" in capsys.readouterr().err
    with OrgWorkspace.open(flow.org_folder) as ws:
        assert ws.setting("receipts") == state_before


def test_help_explains_both_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("catalogue", "receipt", "--help") == 0
    text = " ".join(capsys.readouterr().out.split())
    for option in ("--workspace", "--organisation", "--out", "--note", "kuhina-receipt-v1"):
        assert option in text
    assert run("org", "receipt", "--help") == 0
    text = " ".join(capsys.readouterr().out.split())
    for option in ("--workspace", "--fingerprint", "first receipt", "changes nothing"):
        assert option in text


def test_the_key_rotates_and_the_association_follows(
    flow: ReceiptFlow, capsys: pytest.CaptureFixture[str]
) -> None:
    """After a rotation the association pinned to the old key takes the new key's receipt."""
    with CatalogueWorkspace.open(flow.catalogue) as ws:
        old = catalogue_key.public_key_line(ws.folder)
    assert run("org", "receipt", "--workspace", flow.org_folder, flow.receipt, "--fingerprint",
               catalogue_key_fingerprint(old)) == 0  # fmt: skip
    assert run("catalogue", "rotate-key", "--workspace", flow.catalogue) == 0
    newer = flow.root / "uusi.kuhina-receipt"
    assert run("catalogue", "receipt", "--workspace", flow.catalogue, "--organisation",
               flow.organisation_id, "--out", newer) == 0  # fmt: skip
    capsys.readouterr()
    assert run("org", "receipt", "--workspace", flow.org_folder, newer) == 0
    assert "now kept" in capsys.readouterr().err
    with OrgWorkspace.open(flow.org_folder) as ws:
        assert pinned_key(ws) != old
    retired = list((flow.catalogue / "keys" / "retired").iterdir())
    assert len(retired) == 2  # the old private key and its .pub


def test_a_workspace_without_a_key_gets_one_from_rotate_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "vanha"
    assert run("catalogue", "init", "--workspace", folder) == 0
    for name in ("catalogue_key", "catalogue_key.pub"):
        (folder / "keys" / name).unlink()
    capsys.readouterr()
    assert run("catalogue", "fingerprint", "--workspace", folder) == 1
    assert "rotate-key" in capsys.readouterr().err
    assert run("catalogue", "rotate-key", "--workspace", folder) == 0
    assert run("catalogue", "fingerprint", "--workspace", folder) == 0
    assert "ssh-ed25519 AAAA" in capsys.readouterr().out
