"""`kuhina catalogue ...` as the coordinator uses it: real package files from `kuhina demo`
and the package writer, real review files, and `ssh-keygen -Y verify` against the
allowed_signers file the catalogue writes."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest

from kuhina_desktop.cli import main
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from tests.catalogue_support.packages import Publisher, publishers, retitle

SSH_KEYGEN = shutil.which("ssh-keygen")


class Cli:
    def __init__(self, capsys: pytest.CaptureFixture[str], workspace: Path) -> None:
        self.capsys = capsys
        self.workspace = workspace

    def __call__(self, *args: str | Path) -> tuple[int, str, str]:
        self.capsys.readouterr()
        argv = [str(a) for a in args]
        try:
            code = main(["--language", "en", *argv])
        except SystemExit as exit_:
            code = int(exit_.code or 0)
        out, err = self.capsys.readouterr()
        return code, out, err

    def catalogue(self, command: str, *args: str | Path) -> tuple[int, str, str]:
        return self("catalogue", command, "--workspace", self.workspace, *args)

    def status(self) -> list[dict[str, Any]]:
        code, out, _err = self.catalogue("status", "--json")
        assert code == 0
        result: list[dict[str, Any]] = json.loads(out)
        return result


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str], database_url: str | None) -> Cli:
    run = Cli(capsys, tmp_path / "catalogue")
    extra = ["--database-url", database_url] if database_url else []
    code, _out, err = run.catalogue("init", *extra)
    assert code == 0, err
    return run


def write(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


def ssh_verify(package: Path, signers: Path, organisation_id: str, tmp: Path) -> str:
    """`ssh-keygen -Y verify` of a package's SHA256SUMS, as docs/package-format.md documents."""
    assert SSH_KEYGEN is not None
    folder = tmp / f"unpacked-{package.stem}"
    folder.mkdir()
    with zipfile.ZipFile(package) as archive:
        for name in ("SHA256SUMS", "SHA256SUMS.sig"):
            (folder / name).write_bytes(archive.read(name))
    with open(folder / "SHA256SUMS", "rb") as sums:
        result = subprocess.run(
            [
                SSH_KEYGEN,
                "-Y",
                "verify",
                "-f",
                str(signers),
                "-I",
                organisation_id,
                "-n",
                "kuhina-package-v1",
                "-s",
                str(folder / "SHA256SUMS.sig"),
            ],
            stdin=sums,
            capture_output=True,
            check=False,
        )
    return (result.stdout + result.stderr).decode("utf-8", "replace") + f"rc={result.returncode}"


def test_trust_flow_and_signers_verify_with_ssh_keygen(cli: Cli, tmp_path: Path) -> None:
    code, _out, err = cli(
        "demo",
        "--out",
        tmp_path / "demo",
        "--organisations",
        "3",
        "--opportunities",
        "4",
        "--seed",
        "5",
    )
    assert code == 0, err
    files = sorted((tmp_path / "demo" / "packages").glob("*.kuhina"))
    assert len(files) == 3

    code, _out, err = cli.catalogue("import", *files, "--accept-all")
    assert code == 1
    assert err.count("waiting for trust") == 3
    pending = cli.status()
    assert {s["trust_state"] for s in pending} == {"pending"}

    first = pending[0]
    code, _out, err = cli.catalogue(
        "trust", "--organisation", first["organisation_id"], "--fingerprint", "SHA256:" + "x" * 43
    )
    assert code == 1 and "matches none" in err
    for status in pending:
        code, _out, err = cli.catalogue(
            "trust",
            "--organisation",
            status["organisation_id"],
            "--fingerprint",
            status["fingerprint"],
        )
        assert code == 0, err
    code, _out, err = cli.catalogue("import", *files, "--accept-all")
    assert code == 0, err
    assert err.count(": imported") == 3
    statuses = cli.status()
    assert {s["trust_state"] for s in statuses} == {"trusted"}
    assert all(s["last_sequence"] == 1 and 0 < s["counts"]["opportunities"] <= 4 for s in statuses)

    signers = tmp_path / "allowed_signers"
    code, _out, err = cli.catalogue("signers", "--out", signers)
    assert code == 0, err
    assert len(signers.read_text(encoding="utf-8").splitlines()) == 3
    if SSH_KEYGEN is None:  # pragma: no cover - depends on the machine
        pytest.skip("ssh-keygen (openssh-client) is not installed")
    for path in files:
        with zipfile.ZipFile(path) as archive:
            org_id = json.loads(archive.read("manifest.json"))["organisation_id"]
        result = ssh_verify(path, signers, org_id, tmp_path)
        assert 'Good "kuhina-package-v1" signature' in result and result.endswith("rc=0")
    (tmp_path / "wrong").mkdir()
    wrong = ssh_verify(files[0], signers, "someone-else", tmp_path / "wrong")
    assert not wrong.endswith("rc=0")


def test_review_out_then_review_file(cli: Cli, tmp_path: Path) -> None:
    pub = publishers(1, opportunities=5, seed=51)[0]
    first = write(tmp_path / "in", "v1.kuhina", pub.export())
    assert cli.catalogue("import", first, "--trust-new", "--accept-all")[0] == 0
    pub.edit(retitle(0, "Uusi otsikko")).edit(retitle(1, "Toinen uusi"))
    second = write(tmp_path / "in", "v2.kuhina", pub.export())

    code, out, err = cli.catalogue("import", second)
    assert code == 0, err
    review = json.loads(out)
    assert review["format"] == "kuhina-review"
    assert [s["last_sequence"] for s in cli.status()] == [1]

    review_path = tmp_path / "review.json"
    code, out, err = cli.catalogue("import", second, "--review-out", review_path)
    assert code == 0 and out == ""
    assert "were written to" in err
    review = json.loads(review_path.read_text(encoding="utf-8"))
    [package] = review["packages"]
    assert [c["field"] for c in package["changes"]] == ["title.fi", "title.fi"]
    assert {c["new"] for c in package["changes"]} == {"Uusi otsikko", "Toinen uusi"}
    assert all(c["decision"] is None for c in package["changes"])

    code, _out, err = cli.catalogue("import", second, "--review-file", review_path)
    assert code == 1 and "without a decision" in err

    rejected, accepted = package["changes"]
    for change in package["changes"]:
        change["decision"] = "accept"
    rejected["decision"], rejected["reason"] = "reject", "Otsikko on harhaanjohtava"
    review_path.write_text(json.dumps(review), encoding="utf-8")
    code, _out, err = cli.catalogue("import", second, "--review-file", review_path)
    assert code == 0, err
    assert "1 changes rejected" in err

    with CatalogueWorkspace.open(cli.workspace) as ws:
        opportunities = ws.records_of(pub.organisation_id).opportunities
        [entry] = ws.audit(action="import", organisation_id=pub.organisation_id, limit=1)
    assert opportunities[rejected["record_id"]]["title"]["fi"] == rejected["old"]
    assert opportunities[accepted["record_id"]]["title"]["fi"] == accepted["new"]
    [audited] = [c for c in entry.details["changes"] if c["id"] == rejected["id"]]
    assert (audited["decision"], audited["reason"]) == ("reject", "Otsikko on harhaanjohtava")


def test_each_package_is_its_own_step(cli: Cli, tmp_path: Path) -> None:
    first, second = publishers(2, opportunities=3, seed=52)
    good = write(tmp_path / "in", "good.kuhina", first.export())
    broken = write(tmp_path / "in", "broken.kuhina", b"PK\x03\x04 not really a zip")
    missing = tmp_path / "in" / "missing.kuhina"
    other = write(tmp_path / "in", "other.kuhina", second.export())
    code, _out, err = cli.catalogue(
        "import", good, broken, missing, other, "--trust-new", "--accept-all"
    )
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 4
    assert ": imported" in lines[0] and ": imported" in lines[3]
    assert "not imported" in lines[1] and "not imported" in lines[2]
    assert len(cli.status()) == 2
    code, _out, err = cli.catalogue("import", good, "--accept-all")
    assert code == 0 and "already imported" in err


def test_hide_unhide_revoke_and_usage_errors(cli: Cli, tmp_path: Path) -> None:
    pub: Publisher = publishers(1, opportunities=3, seed=53)[0]
    path = write(tmp_path / "in", "p.kuhina", pub.export())
    assert cli.catalogue("import", path, "--trust-new", "--accept-all")[0] == 0
    record = pub.snapshot.opportunities[0].id
    assert cli.catalogue("hide", "--record", record, "--reason", "Tarkistetaan")[0] == 0
    assert cli.catalogue("hide", "--record", "nope", "--reason", "x")[0] == 1
    assert cli.status()[0]["counts"]["hidden"] == 1
    assert cli.catalogue("unhide", "--record", record)[0] == 0
    assert cli.catalogue("unhide", "--record", record)[0] == 1
    assert cli.status()[0]["counts"]["hidden"] == 0

    assert cli.catalogue("revoke", "--organisation", pub.organisation_id)[0] == 0
    newer = write(tmp_path / "in", "p2.kuhina", pub.edit(retitle(0, "X")).export())
    code, _out, err = cli.catalogue("import", newer, "--accept-all")
    assert code == 1 and "revoked" in err
    code, out, _err = cli.catalogue("status")
    assert code == 0 and "revoked" in out

    code, _out, _err = cli.catalogue("import", newer, "--accept-all", "--review-file", path)
    assert code == 2
    assert cli("catalogue", "status")[0] == 2
