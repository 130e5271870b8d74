"""Our packages against tools we did not write: unzip, zip, ssh-keygen and sha256sum.

docs/package-format.md promises anyone can check a package with

    unzip -d pkg x.kuhina && cd pkg
    ssh-keygen -Y verify -f allowed_signers -I <organisation_id> -n kuhina-package-v1 \
        -s SHA256SUMS.sig < SHA256SUMS
    sha256sum -c SHA256SUMS

and the other way round, a SHA256SUMS signed by `ssh-keygen -Y sign` verifies with ours.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from kuhina_desktop.packages import keys
from kuhina_desktop.packages.errors import PackageError
from kuhina_desktop.packages.reader import read_package
from tests.unit.hostile_packages import (
    KEY,
    ORG_ID,
    OTHER_KEY,
    Entry,
    parts,
    valid_package,
    zip_archive,
)

TOOLS = {name: shutil.which(name) for name in ("ssh-keygen", "unzip", "zip", "sha256sum")}
if not all(TOOLS.values()):  # pragma: no cover - depends on the machine
    pytest.skip(f"missing tools: {[n for n, p in TOOLS.items() if not p]}",
                allow_module_level=True)  # fmt: skip

NAMESPACE = "kuhina-package-v1"


def run(*args: str | Path, cwd: Path | None = None, stdin: bytes | None = None,
        check: bool = True) -> subprocess.CompletedProcess[bytes]:  # fmt: skip
    env = {k: v for k, v in os.environ.items() if k not in ("SSH_AUTH_SOCK", "SSH_AGENT_PID")}
    env["LC_ALL"] = "C.UTF-8"
    return subprocess.run([str(a) for a in args], cwd=cwd, input=stdin, capture_output=True,
                          check=check, env=env, timeout=120)  # fmt: skip


def unzip(package: Path, folder: Path) -> Path:
    run("unzip", "-q", "-d", folder, package)
    return folder


def ssh_keygen_verifies(folder: Path, public_line: str, identity: str = ORG_ID,
                        namespace: str = NAMESPACE) -> bool:  # fmt: skip
    """`ssh-keygen -Y verify` with an allowed_signers line as the catalogue exports it
    (namespaces="kuhina-package-v1"), unless another namespace is asked for."""
    allowed = folder.parent / f"{folder.name}.allowed_signers"
    allowed.write_text(f'{identity} namespaces="{namespace}" {public_line}\n', encoding="ascii")
    result = run("ssh-keygen", "-Y", "verify", "-f", allowed, "-I", identity, "-n", namespace,
                 "-s", folder / "SHA256SUMS.sig", stdin=(folder / "SHA256SUMS").read_bytes(),
                 check=False)  # fmt: skip
    return result.returncode == 0


def sha256sum_ok(folder: Path) -> bool:
    return run("sha256sum", "--quiet", "-c", "SHA256SUMS", cwd=folder, check=False).returncode == 0


def test_our_package_verifies_with_unzip_ssh_keygen_and_sha256sum(tmp_path: Path) -> None:
    package = tmp_path / "x.kuhina"
    package.write_bytes(valid_package())
    folder = unzip(package, tmp_path / "pkg")
    assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()) == [
        "SHA256SUMS", "SHA256SUMS.sig", *sorted(
            p.relative_to(folder).as_posix() for p in (folder / "attachments").iterdir()),
        "data.json", "manifest.json"]  # fmt: skip
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert ssh_keygen_verifies(folder, manifest["public_key"], manifest["organisation_id"])
    assert sha256sum_ok(folder)
    mode = (folder / "data.json").stat().st_mode & 0o777
    assert mode == 0o644


def test_a_package_made_by_the_program_verifies_by_hand(tmp_path: Path) -> None:
    """The same through `kuhina demo`, whose packages come from real workspaces."""
    from kuhina_desktop.cli import main

    assert main(["demo", "--out", str(tmp_path / "demo"), "--organisations", "2",
                 "--opportunities", "5"]) == 0  # fmt: skip
    for package in sorted((tmp_path / "demo" / "packages").glob("*.kuhina")):
        folder = unzip(package, tmp_path / package.stem)
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        assert ssh_keygen_verifies(folder, manifest["public_key"], manifest["organisation_id"])
        assert sha256sum_ok(folder)


def test_another_key_is_refused_by_both(tmp_path: Path) -> None:
    package = tmp_path / "x.kuhina"
    package.write_bytes(valid_package())
    folder = unzip(package, tmp_path / "pkg")
    other = keys.public_key_line(OTHER_KEY)
    assert not ssh_keygen_verifies(folder, other)
    with pytest.raises(PackageError) as refused:
        read_package(package.read_bytes(), public_key=other)
    assert refused.value.code == "package_key_unexpected"


def test_a_changed_member_is_refused_by_both(tmp_path: Path) -> None:
    package = tmp_path / "x.kuhina"
    package.write_bytes(valid_package())
    folder = unzip(package, tmp_path / "pkg")
    data = folder / "data.json"
    data.write_bytes(data.read_bytes().replace(b"Testiyhdistys", b"Huijausyhdistys"))
    assert ssh_keygen_verifies(folder, keys.public_key_line(KEY))  # the list is still signed
    assert not sha256sum_ok(folder)  # but data.json no longer matches it
    run("zip", "-q", "-X", "-D", "-r", tmp_path / "changed.kuhina", ".", cwd=folder)
    with pytest.raises(PackageError) as refused:
        read_package((tmp_path / "changed.kuhina").read_bytes())
    assert refused.value.code == "member_hash_mismatch"


def test_a_package_rezipped_by_info_zip_still_verifies_with_ours(tmp_path: Path) -> None:
    package = tmp_path / "x.kuhina"
    package.write_bytes(valid_package())
    folder = unzip(package, tmp_path / "pkg")
    names = ["manifest.json", "data.json", *sorted(
        p.relative_to(folder).as_posix() for p in (folder / "attachments").iterdir()),
        "SHA256SUMS", "SHA256SUMS.sig"]  # fmt: skip
    run("zip", "-q", "-X", "-D", tmp_path / "rezipped.kuhina", *names, cwd=folder)
    original = read_package(package.read_bytes())
    rezipped = read_package((tmp_path / "rezipped.kuhina").read_bytes())
    assert rezipped.data_json == original.data_json
    assert rezipped.attachments == original.attachments


def _ssh_keygen_key(tmp_path: Path, name: str) -> tuple[Path, str]:
    path = tmp_path / name
    run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "", "-f", path)
    line = keys.public_key_line(keys.parse_public_key_line(Path(f"{path}.pub").read_text()))
    return path, line


def _signed_by_ssh_keygen(tmp_path: Path, namespace: str = NAMESPACE) -> tuple[bytes, str]:
    """A package whose SHA256SUMS.sig comes from `ssh-keygen -Y sign`."""
    key_path, line = _ssh_keygen_key(tmp_path, "org_key")
    p = parts()
    p.manifest["public_key"] = line
    sums = p.members()["SHA256SUMS"]
    sums_file = tmp_path / "SHA256SUMS"
    sums_file.write_bytes(sums)
    run("ssh-keygen", "-Y", "sign", "-f", key_path, "-n", namespace, sums_file)
    p.signature_override = Path(f"{sums_file}.sig").read_bytes()
    return zip_archive([Entry(n, c) for n, c in p.members().items()]), line


def test_a_signature_by_ssh_keygen_verifies_with_ours(tmp_path: Path) -> None:
    data, line = _signed_by_ssh_keygen(tmp_path)
    package = read_package(data, public_key=line)
    assert package.public_key == line
    assert package.fingerprint == keys.fingerprint(line)


def test_ssh_keygen_with_another_namespace_is_refused_by_both(tmp_path: Path) -> None:
    data, line = _signed_by_ssh_keygen(tmp_path, namespace="file")
    with pytest.raises(PackageError) as refused:
        read_package(data)
    assert refused.value.code == "signature_namespace"
    package = tmp_path / "x.kuhina"
    package.write_bytes(data)
    folder = unzip(package, tmp_path / "pkg")
    assert not ssh_keygen_verifies(folder, line)
    assert ssh_keygen_verifies(folder, line, namespace="file")  # a good signature, for "file"


def test_a_manifest_key_that_did_not_sign_is_refused_by_both(tmp_path: Path) -> None:
    """The manifest names our key, but ssh-keygen's key signed the (same) SHA256SUMS."""
    key_path, signer = _ssh_keygen_key(tmp_path, "stranger")
    p = parts()
    sums_file = tmp_path / "SHA256SUMS"
    sums_file.write_bytes(p.members()["SHA256SUMS"])
    run("ssh-keygen", "-Y", "sign", "-f", key_path, "-n", NAMESPACE, sums_file)
    p.signature_override = Path(f"{sums_file}.sig").read_bytes()
    with pytest.raises(PackageError) as refused:
        read_package(p.build())
    assert refused.value.code == "manifest_key_not_signer"
    assert refused.value.params == {"signer": keys.fingerprint(signer)}
    package = tmp_path / "y.kuhina"
    package.write_bytes(p.build())
    folder = unzip(package, tmp_path / "pkg")
    assert not ssh_keygen_verifies(folder, keys.public_key_line(KEY))
    assert ssh_keygen_verifies(folder, signer)
