"""`kuhina org ...` from the command line: init, fingerprint, load, export, rotate-key,
backup and restore, with exit codes, messages, and no secret ever leaking."""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from kuhina_desktop.domain.serialize import snapshot_to_json
from kuhina_desktop.packages import keys
from kuhina_desktop.packages.reader import read_package
from kuhina_desktop.services.org_workspace import OrgWorkspace
from tests.unit.hostile_packages import snapshot

KEY_PASSPHRASE = "avaimen salasana: Pöllö lentää yöllä 7"
BACKUP_PASSPHRASE = "varmuuskopion salasana: Kuha ui syvällä 9"
ENV = {"KEY_PASS": KEY_PASSPHRASE, "BACKUP_PASS": BACKUP_PASSPHRASE, "WRONG": "väärä"}


class Cli:
    """Runs `kuhina` and keeps everything it printed.

    `process=True` runs a fresh `python -m kuhina_desktop`, exactly as a user would; the
    rest run `cli.main` in this process (the same code, without the start-up time), with
    the same environment and a stdin that is not a terminal.
    """

    def __init__(self, home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.home = home
        self.monkeypatch = monkeypatch
        self.output: list[str] = []

    def __call__(
        self, *args: str | Path, language: str = "en", process: bool = False
    ) -> subprocess.CompletedProcess[str]:
        argv = ["--language", language, *map(str, args)]
        if process:
            environment = {**os.environ, "KUHINA_HOME": str(self.home), **ENV}
            environment.pop("KUHINA_LANGUAGE", None)
            result = subprocess.run(
                [sys.executable, "-m", "kuhina_desktop", *argv], capture_output=True, text=True,
                env=environment, stdin=subprocess.DEVNULL, timeout=300,
            )  # fmt: skip
        else:
            from kuhina_desktop.cli import main

            with self.monkeypatch.context() as patch:
                patch.setenv("KUHINA_HOME", str(self.home))
                for name, value in ENV.items():
                    patch.setenv(name, value)
                patch.setattr(sys, "stdin", io.StringIO(""))
                out, err = io.StringIO(), io.StringIO()
                with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                    try:
                        code = main(argv)
                    except SystemExit as exit_:
                        code = int(exit_.code or 0)
            result = subprocess.CompletedProcess(argv, code, out.getvalue(), err.getvalue())
        self.output += [result.stdout, result.stderr]
        return result


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Cli:
    return Cli(tmp_path / "home", monkeypatch)


def data_file(tmp_path: Path) -> Path:
    """The test snapshot as a data.json file, without photos (`org load` takes no images)."""
    snap = snapshot()
    snap = dataclasses.replace(
        snap,
        environments=[dataclasses.replace(snap.environments[0], photos=[], photo_descriptions=[])],
    )
    path = tmp_path / "records.json"
    path.write_text(json.dumps(snapshot_to_json(snap), ensure_ascii=False), encoding="utf-8")
    return path


def private_forms(key_file: Path, passphrase: str | None) -> list[bytes]:
    """Every form of a private key worth searching for: raw, hex, base64, unencrypted PEM."""
    key = keys.load_private_key(key_file, passphrase)
    raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                            serialization.NoEncryption())  # fmt: skip
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH,
                            serialization.NoEncryption())  # fmt: skip
    body = [line for line in pem.splitlines() if line and not line.startswith(b"-----")]
    return [raw, raw.hex().encode(), base64.b64encode(raw), *body[1:-1]]


def test_the_whole_life_of_a_workspace(cli: Cli, tmp_path: Path) -> None:
    ws, restored = tmp_path / "ws", tmp_path / "restored"
    p1, p2, p3 = (tmp_path / f"p{n}.kuhina" for n in (1, 2, 3))
    backup_file = tmp_path / "ws.kuhinabackup"

    result = cli("org", "init", "--workspace", ws, "--name", "Testiyhdistys ry",
                 "--passphrase-env", "KEY_PASS", process=True)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert keys.private_key_is_encrypted(ws / "keys" / "signing_key")
    result = cli("org", "fingerprint", "--workspace", ws)
    first_line, display = result.stdout.splitlines()
    assert display.startswith("256 SHA256:") and display.endswith("(ED25519)")
    assert cli("org", "load", "--workspace", ws, data_file(tmp_path)).returncode == 0

    # Export needs the key's passphrase: missing (no terminal to ask on) and wrong are refused.
    result = cli("org", "export", "--workspace", ws, "--out", p1)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "Error: The signing key is protected by a passphrase. Give the passphrase."
    ]
    result = cli("org", "export", "--workspace", ws, "--out", p1, "--passphrase-env", "WRONG")
    assert (result.returncode, result.stderr.strip()) == (
        1, "Error: The passphrase does not open the signing key.")  # fmt: skip
    assert not p1.exists()

    result = cli("org", "export", "--workspace", ws, "--out", p1, "--passphrase-env", "KEY_PASS",
                 process=True)  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert lines[0] == (f"The package {p1} was made: number 1; coaching environments 1, "
                        "opportunities 2, images 0.")  # fmt: skip
    assert lines[1] == "This is the workspace's first package."
    result = cli("package", "verify", p1, "--public-key", first_line, process=True)
    assert result.returncode == 0, result.stderr
    assert "Package number: 1" in result.stdout

    result = cli("org", "export", "--workspace", ws, "--out", p2, "--passphrase-env", "KEY_PASS",
                 language="fi")  # fmt: skip
    assert result.returncode == 0
    assert "Paketin 1 jälkeen: 0 uutta, 0 muuttunutta ja 0 poistunutta tietuetta." in (
        result.stderr)  # fmt: skip

    # Rotation: the new key keeps the passphrase; the next package carries the rotation.
    result = cli("org", "rotate-key", "--workspace", ws, "--passphrase-env", "KEY_PASS",
                 process=True)  # fmt: skip
    assert result.returncode == 0, result.stderr
    new_line = result.stdout.splitlines()[0]
    assert new_line != first_line
    assert "The signing key was replaced." in result.stderr
    result = cli("org", "export", "--workspace", ws, "--out", p3, "--passphrase-env", "KEY_PASS")
    assert result.returncode == 0, result.stderr
    assert "carries the key rotation" in result.stderr
    result = cli("package", "verify", p3, "--public-key", new_line)
    assert result.returncode == 0
    assert result.stdout.splitlines()[-1] == (
        f"The key was rotated; the previous key {keys.fingerprint(first_line)} signed the "
        "rotation.")  # fmt: skip
    package = read_package(p3.read_bytes())
    assert package.sequence == 3
    assert package.key_rotation is not None
    assert package.key_rotation.previous_public_key == first_line

    # Backup and restore.
    result = cli("org", "backup", "--workspace", ws, "--out", backup_file)
    assert (result.returncode, "A backup needs a passphrase" in result.stderr) == (1, True)
    result = cli("org", "backup", "--workspace", ws, "--out", backup_file,
                 "--passphrase-env", "BACKUP_PASS", process=True)  # fmt: skip
    assert result.returncode == 0, result.stderr
    result = cli("org", "restore", "--from", backup_file, "--workspace", restored,
                 "--passphrase-env", "WRONG")  # fmt: skip
    assert (result.returncode, result.stderr.strip()) == (
        1, "Error: The passphrase does not open the backup.")  # fmt: skip
    assert not restored.exists()
    result = cli("org", "restore", "--from", backup_file, "--workspace", ws,
                 "--passphrase-env", "BACKUP_PASS")  # fmt: skip
    assert result.returncode == 1 and "is not empty" in result.stderr
    result = cli("org", "restore", "--from", backup_file, "--workspace", restored,
                 "--passphrase-env", "BACKUP_PASS", process=True)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == f"The workspace of Testiyhdistys ry was restored to {restored}."
    p4 = tmp_path / "p4.kuhina"
    result = cli("org", "export", "--workspace", restored, "--out", p4,
                 "--passphrase-env", "KEY_PASS")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert read_package(p4.read_bytes(), public_key=new_line).sequence == 4

    # No secret anywhere: packages, the backup, the workspace's other files, logs, output.
    secrets = [KEY_PASSPHRASE.encode(), BACKUP_PASSPHRASE.encode(), ENV["WRONG"].encode()]
    secrets += private_forms(ws / "keys" / "signing_key", KEY_PASSPHRASE)
    retired = next((ws / "keys" / "retired").glob("signing_key-*[!b]"))
    secrets += private_forms(retired, KEY_PASSPHRASE)
    searched = [p1, p2, p3, p4, backup_file, *cli.home.rglob("*")]
    searched += [p for p in (ws / "backups").rglob("*")] if (ws / "backups").exists() else []
    texts = [p.read_bytes() for p in searched if p.is_file()]
    texts += [text.encode("utf-8") for text in cli.output]
    for secret in secrets:
        for text in texts:
            assert secret not in text


def test_export_lists_the_problems_of_published_records(cli: Cli, tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    assert cli("org", "init", "--workspace", ws, "--name", "Testiyhdistys ry").returncode == 0
    assert cli("org", "load", "--workspace", ws, data_file(tmp_path)).returncode == 0
    with OrgWorkspace.open(ws) as workspace:
        opp = workspace.store.list_opportunities()[0]
        workspace.save_opportunity(dataclasses.replace(opp, municipalities=[], target_groups=[]))
    out = tmp_path / "x.kuhina"
    result = cli("org", "export", "--workspace", ws, "--out", out, process=True)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[0].startswith("Error: The package was not made: the records to publish have "
                               "2 problems.")  # fmt: skip
    assert [line.split(": ")[:2] for line in lines[1:]] == [
        [f"  {opp.title.fi}", "target_groups"],
        [f"  {opp.title.fi}", "municipalities"],
    ]
    assert not out.exists()
    with OrgWorkspace.open(ws) as workspace:
        assert workspace.store.last_export() is None


def test_usage_errors_exit_2(cli: Cli, tmp_path: Path) -> None:
    assert cli("org", "export", "--workspace", tmp_path / "ws", process=True).returncode == 2
    assert cli("org", "restore", "--workspace", tmp_path / "ws").returncode == 2
    assert cli("org", "rotate-key").returncode == 2
    assert cli("org", "backup", "--out", tmp_path / "b").returncode == 2


def test_commands_on_a_missing_workspace_exit_1(cli: Cli, tmp_path: Path) -> None:
    commands: list[tuple[str | Path, ...]] = [
        ("export", "--out", tmp_path / "x.kuhina"),
        ("rotate-key",),
        ("backup", "--out", tmp_path / "b", "--passphrase-env", "BACKUP_PASS"),
    ]
    for command in commands:
        result = cli("org", command[0], "--workspace", tmp_path / "missing", *command[1:])
        assert result.returncode == 1, command
        assert result.stderr.startswith("Error: ")
    assert not (tmp_path / "missing").exists()


def test_an_unset_passphrase_variable_is_named(cli: Cli, tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    assert cli("org", "init", "--workspace", ws, "--name", "Testiyhdistys ry").returncode == 0
    result = cli("org", "backup", "--workspace", ws, "--out", tmp_path / "b",
                 "--passphrase-env", "NO_SUCH_VARIABLE")  # fmt: skip
    assert result.returncode == 1
    assert "NO_SUCH_VARIABLE" in result.stderr
    assert not (tmp_path / "b").exists()


def test_dump_to_an_unusable_path_is_refused_and_leaves_nothing(cli: Cli, tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    assert cli("org", "init", "--workspace", ws, "--name", "Testiyhdistys ry").returncode == 0
    folder = tmp_path / "out"
    folder.mkdir()
    for target in (folder, folder / "missing" / "x.json"):
        result = cli("org", "dump", "--workspace", ws, "--out", target)
        assert result.returncode == 1, target
        assert result.stderr.startswith("Error: ")
    assert list(folder.iterdir()) == []
    assert not list(tmp_path.glob(".out*"))
