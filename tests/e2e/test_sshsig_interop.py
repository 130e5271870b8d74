"""Our signatures and key files against the real `ssh-keygen` (openssh-client), both ways."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from kuhina_desktop.packages import keys, sshsig
from kuhina_desktop.packages.errors import KeyPassphraseError, SignatureError

pytestmark = pytest.mark.e2e

NAMESPACE = "kuhina-package-v1"
ORG_ID = "org-0001"
MESSAGE = b"0f343b0931126a20f133d67c2b018a3b  data.json\n"
PASSPHRASE = "pässi fraasi"

SSH_KEYGEN = shutil.which("ssh-keygen")
if SSH_KEYGEN is None:  # pragma: no cover - depends on the machine
    pytest.skip("ssh-keygen (openssh-client) is not installed", allow_module_level=True)


def run(
    *args: str | Path, stdin: bytes = b"", check: bool = True
) -> subprocess.CompletedProcess[bytes]:
    """Run ssh-keygen without an agent, so only the files we name are used.

    A UTF-8 locale makes `ssh-keygen -l` print a comment's UTF-8 as is; in the C locale
    it escapes it (`L\\303\\244ksyapu`).
    """
    env = {k: v for k, v in os.environ.items() if k not in ("SSH_AUTH_SOCK", "SSH_AGENT_PID")}
    env["LC_ALL"] = "C.UTF-8"
    assert SSH_KEYGEN is not None
    return subprocess.run(
        [SSH_KEYGEN, *map(str, args)],
        input=stdin,
        capture_output=True,
        check=check,
        env=env,
        timeout=60,
    )


def ssh_keygen_key(directory: Path, name: str, passphrase: str = "", comment: str = "") -> Path:
    path = directory / name
    run("-q", "-t", "ed25519", "-N", passphrase, "-C", comment, "-f", path)
    return path


def ssh_keygen_sign(key: Path, message_file: Path, namespace: str = NAMESPACE, *opts: str) -> str:
    signature_file = Path(str(message_file) + ".sig")
    signature_file.unlink(missing_ok=True)
    run("-Y", "sign", "-f", key, "-n", namespace, *opts, message_file)
    return signature_file.read_text("ascii")


def ssh_keygen_verifies(
    directory: Path, public_line: str, signature: str, message: bytes, namespace: str = NAMESPACE
) -> bool:
    allowed = directory / "allowed_signers"
    allowed.write_text(f'{ORG_ID} namespaces="{NAMESPACE}" {public_line}\n', encoding="ascii")
    signature_file = directory / "SHA256SUMS.sig"
    signature_file.write_text(signature, encoding="ascii")
    result = run(
        "-Y", "verify", "-f", allowed, "-I", ORG_ID, "-n", namespace, "-s", signature_file,
        stdin=message,
        check=False,
    )  # fmt: skip
    return result.returncode == 0


def ssh_keygen_public(
    path: Path, passphrase: str | None = None
) -> subprocess.CompletedProcess[bytes]:
    extra = ["-P", passphrase] if passphrase is not None else ["-P", ""]
    return run("-y", *extra, "-f", path, check=False)


# --- our signatures in ssh-keygen -------------------------------------------------------


def test_our_signature_verifies_in_ssh_keygen(tmp_path: Path) -> None:
    key = keys.generate_key()
    signature = sshsig.sign(MESSAGE, key, NAMESPACE)
    assert ssh_keygen_verifies(tmp_path, keys.public_key_line(key), signature, MESSAGE)


def test_ssh_keygen_refuses_ours_for_another_namespace_key_or_message(tmp_path: Path) -> None:
    key, other = keys.generate_key(), keys.generate_key()
    line = keys.public_key_line(key)
    signature = sshsig.sign(MESSAGE, key, NAMESPACE)
    assert not ssh_keygen_verifies(tmp_path, line, signature, MESSAGE, "kuhina-key-rotation-v1")
    assert not ssh_keygen_verifies(tmp_path, keys.public_key_line(other), signature, MESSAGE)
    assert not ssh_keygen_verifies(tmp_path, line, signature, MESSAGE + b"x")
    signed_elsewhere = sshsig.sign(MESSAGE, key, "file")
    assert not ssh_keygen_verifies(tmp_path, line, signed_elsewhere, MESSAGE)


def test_our_signature_equals_ssh_keygen_s(tmp_path: Path) -> None:
    """Ed25519 is deterministic, so the same key and message give the same bytes."""
    key = keys.generate_key()
    keys.save_private_key(key, tmp_path / "key", None)
    message_file = tmp_path / "SHA256SUMS"
    message_file.write_bytes(MESSAGE)
    assert ssh_keygen_sign(tmp_path / "key", message_file) == sshsig.sign(MESSAGE, key, NAMESPACE)


# --- ssh-keygen's signatures in ours ----------------------------------------------------


@pytest.mark.parametrize("hash_options", [(), ("-O", "hashalg=sha512"), ("-O", "hashalg=sha256")])
def test_ssh_keygen_signature_verifies_in_ours(
    tmp_path: Path, hash_options: tuple[str, ...]
) -> None:
    key_path = ssh_keygen_key(tmp_path, "key", comment="Läksyapu ry")
    message_file = tmp_path / "SHA256SUMS"
    message_file.write_bytes(MESSAGE)
    signature = ssh_keygen_sign(key_path, message_file, NAMESPACE, *hash_options)
    public_file = (tmp_path / "key.pub").read_text("utf-8")
    expected_line = " ".join(public_file.split()[:2])
    assert sshsig.verify(MESSAGE, signature, NAMESPACE) == expected_line
    with pytest.raises(SignatureError) as caught:
        sshsig.verify(MESSAGE + b"x", signature, NAMESPACE)
    assert caught.value.code == "signature_invalid"


def test_we_refuse_ssh_keygen_signature_for_another_namespace_or_key(tmp_path: Path) -> None:
    key_path = ssh_keygen_key(tmp_path, "key")
    other_path = ssh_keygen_key(tmp_path, "other")
    message_file = tmp_path / "SHA256SUMS"
    message_file.write_bytes(MESSAGE)
    signature = ssh_keygen_sign(key_path, message_file, "file")
    with pytest.raises(SignatureError) as caught:
        sshsig.verify(MESSAGE, signature, NAMESPACE)
    assert caught.value.code == "signature_namespace"
    signature = ssh_keygen_sign(other_path, message_file)
    signer = sshsig.verify(MESSAGE, signature, NAMESPACE)
    trusted = " ".join((tmp_path / "key.pub").read_text("ascii").split()[:2])
    assert signer != trusted
    assert not ssh_keygen_verifies(tmp_path, trusted, signature, MESSAGE)


# --- fingerprints -----------------------------------------------------------------------


@pytest.mark.parametrize("comment", ["", "Läksyapu ry", "kuhina@example.org"])
def test_fingerprint_equals_ssh_keygen_l(tmp_path: Path, comment: str) -> None:
    key_path = ssh_keygen_key(tmp_path, "key", comment=comment)
    public_file = key_path.with_name("key.pub")
    printed = run("-l", "-f", public_file).stdout.decode("utf-8").strip()
    public_text = public_file.read_text("utf-8")
    assert keys.fingerprint(public_text) == printed.split()[1]
    assert keys.fingerprint_display(public_text) == printed


def test_fingerprint_of_our_key_equals_ssh_keygen_l(tmp_path: Path) -> None:
    key = keys.generate_key()
    keys.save_private_key(key, tmp_path / "key", None)
    printed = run("-l", "-f", tmp_path / "key.pub").stdout.decode("ascii").strip()
    assert keys.fingerprint_display(keys.public_key_line(key)) == printed
    assert printed == f"256 {keys.fingerprint(keys.public_key_line(key))} no comment (ED25519)"


# --- key files --------------------------------------------------------------------------


def test_our_unencrypted_key_loads_in_ssh_keygen(tmp_path: Path) -> None:
    key = keys.generate_key()
    keys.save_private_key(key, tmp_path / "key", None)
    result = ssh_keygen_public(tmp_path / "key")
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("ascii").split()[:2] == keys.public_key_line(key).split()


def test_our_encrypted_key_loads_in_ssh_keygen(tmp_path: Path) -> None:
    key = keys.generate_key()
    keys.save_private_key(key, tmp_path / "key", PASSPHRASE)
    result = ssh_keygen_public(tmp_path / "key", PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("ascii").split()[:2] == keys.public_key_line(key).split()
    assert ssh_keygen_public(tmp_path / "key", "wrong").returncode != 0
    assert ssh_keygen_public(tmp_path / "key", "").returncode != 0


def test_changed_passphrase_works_in_ssh_keygen(tmp_path: Path) -> None:
    key = keys.generate_key()
    path = tmp_path / "key"
    keys.save_private_key(key, path, None)
    keys.change_passphrase(path, None, PASSPHRASE)
    assert ssh_keygen_public(path, "").returncode != 0
    assert ssh_keygen_public(path, PASSPHRASE).returncode == 0


@pytest.mark.parametrize("passphrase", ["", PASSPHRASE])
def test_ssh_keygen_key_loads_in_ours(tmp_path: Path, passphrase: str) -> None:
    key_path = ssh_keygen_key(tmp_path, "key", passphrase=passphrase, comment="c")
    key = keys.load_private_key(key_path, passphrase or None)
    expected = " ".join((tmp_path / "key.pub").read_text("ascii").split()[:2])
    assert keys.public_key_line(key) == expected
    # and signs for ssh-keygen
    signature = sshsig.sign(MESSAGE, key, NAMESPACE)
    assert ssh_keygen_verifies(tmp_path, expected, signature, MESSAGE)


def test_ssh_keygen_encrypted_key_needs_the_passphrase(tmp_path: Path) -> None:
    key_path = ssh_keygen_key(tmp_path, "key", passphrase=PASSPHRASE)
    with pytest.raises(KeyPassphraseError) as caught:
        keys.load_private_key(key_path, None)
    assert caught.value.code == "key_passphrase_missing"
    with pytest.raises(KeyPassphraseError) as caught:
        keys.load_private_key(key_path, "wrong")
    assert caught.value.code == "key_passphrase_wrong"


def test_passphrase_changed_by_ssh_keygen_loads_in_ours(tmp_path: Path) -> None:
    key = keys.generate_key()
    path = tmp_path / "key"
    keys.save_private_key(key, path, PASSPHRASE)
    run("-p", "-P", PASSPHRASE, "-N", "new one", "-f", path)
    assert keys.public_key_line(keys.load_private_key(path, "new one")) == keys.public_key_line(key)
