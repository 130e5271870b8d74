"""`kuhina package verify` and `kuhina demo`, run as a user runs them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kuhina_desktop.cli import main
from kuhina_desktop.messages import translate
from kuhina_desktop.packages import keys
from kuhina_desktop.packages.errors import PackageError
from kuhina_desktop.packages.reader import read_package
from kuhina_desktop.services.org_workspace import OrgWorkspace
from tests.unit.hostile_packages import CASES, KEY, OTHER_KEY, Case, valid_package


def kuhina(*args: str | Path, home: Path, language: str = "en",
           env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:  # fmt: skip
    """The command line in a fresh process, stdin not a terminal."""
    environment = {**os.environ, "KUHINA_HOME": str(home), **(env or {})}
    environment.pop("KUHINA_LANGUAGE", None)
    return subprocess.run(
        [sys.executable, "-m", "kuhina_desktop", "--language", language, *map(str, args)],
        capture_output=True, text=True, env=environment, stdin=subprocess.DEVNULL, timeout=300,
    )  # fmt: skip


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.kuhina"
    path.write_bytes(valid_package())
    return path


def test_verify_a_good_package(good: Path, tmp_path: Path) -> None:
    result = kuhina("package", "verify", good, home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    fingerprint = keys.fingerprint(keys.public_key_line(KEY))
    assert result.stdout.splitlines() == [
        f"The package {good} is good.",
        "Organisation: Testiyhdistys ry (0b7a4c1e-2f3d-4e5a-8b6c-7d8e9f0a1b2c)",
        "Package number: 7, made 2026-11-20T10:00:00Z",
        "Content: coaching environments 1, opportunities 2, contacts 1, images 2",
        f"Signer's key: {fingerprint}",
        f"Package SHA-256: {read_package(good.read_bytes()).sha256}",
    ]


def test_verify_with_the_expected_key(good: Path, tmp_path: Path) -> None:
    line = keys.public_key_line(KEY)
    assert kuhina("package", "verify", good, "--public-key", line, home=tmp_path).returncode == 0
    other = keys.public_key_line(OTHER_KEY)
    result = kuhina("package", "verify", good, "--public-key", other, home=tmp_path,
                    language="fi")  # fmt: skip
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "Virhe: " + translate("package_key_unexpected", "fi",
                              signer=keys.fingerprint(line), expected=keys.fingerprint(other))
    ]  # fmt: skip


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_verify_refuses_with_one_translated_line(tmp_path: Path, language: str) -> None:
    path = tmp_path / "bad.kuhina"
    case = next(c for c in CASES if c.name == "traversal")
    path.write_bytes(case.make())
    result = kuhina("package", "verify", path, home=tmp_path, language=language)
    assert result.returncode == 1
    assert result.stdout == ""
    prefix = {"fi": "Virhe:", "sv": "Fel:", "en": "Error:"}[language]
    expected = translate("name_traversal", language, name="attachments/../../.bashrc")
    assert result.stderr.splitlines() == [f"{prefix} {expected}"]


def test_verify_a_missing_file_and_usage_errors(tmp_path: Path) -> None:
    result = kuhina("package", "verify", tmp_path / "nothing.kuhina", home=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("Error: The package ")
    assert "No such file" in result.stderr
    assert kuhina("package", "verify", home=tmp_path).returncode == 2
    assert kuhina("package", home=tmp_path).returncode == 2


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_hostile_package_gets_its_reason_line(
    case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """In-process for speed: exit 1, nothing on stdout, one line naming the rule."""
    path = tmp_path / "bad.kuhina"
    path.write_bytes(case.make())
    argv = ["--language", "en", "package", "verify", str(path)]
    if case.public_key:
        argv += ["--public-key", case.public_key]
    assert main(argv) == 1
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ")
    with pytest.raises(PackageError) as refused:
        read_package(path.read_bytes(), public_key=case.public_key)
    assert refused.value.code == case.code
    assert lines[0] == "Error: " + refused.value.message("en")
    assert "{" not in lines[0]


def test_demo_writes_workspaces_and_verifiable_packages(tmp_path: Path) -> None:
    out = tmp_path / "demo"
    result = kuhina("demo", "--out", out, "--organisations", "3", "--opportunities", "4",
                    "--seed", "5", home=tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    packages = sorted((out / "packages").glob("*.kuhina"))
    folders = sorted(p for p in out.iterdir() if p.name != "packages")
    assert len(packages) == len(folders) == 3
    assert [p.stem for p in packages] == [f.name for f in folders]
    for package_file, folder in zip(packages, folders, strict=True):
        assert not keys.private_key_is_encrypted(folder / "keys" / "signing_key")
        with OrgWorkspace.open(folder) as ws:
            package = read_package(package_file.read_bytes(), public_key=ws.public_key_line())
            assert package.organisation_id == ws.organisation.id
            assert package.sequence == 1
            assert ws.store.last_export() is not None
            drafts = [o for o in ws.snapshot().opportunities if o.status == "draft"]
            assert len(package.snapshot.opportunities) == len(ws.snapshot().opportunities) - len(
                drafts)  # fmt: skip
    assert result.stderr.splitlines()[-1] == f"The demo data is ready: 3 organisations in {out}."


def test_demo_is_repeatable_and_refuses_a_folder_in_use(tmp_path: Path) -> None:
    def data_of(folder: Path) -> list[object]:
        return [read_package(p.read_bytes()).data_json
                for p in sorted((folder / "packages").glob("*.kuhina"))]  # fmt: skip

    for name in ("a", "b"):
        assert main(["demo", "--out", str(tmp_path / name), "--organisations", "2",
                     "--opportunities", "3", "--seed", "9"]) == 0  # fmt: skip
    assert data_of(tmp_path / "a") == data_of(tmp_path / "b")
    before = sorted(p.name for p in (tmp_path / "a").rglob("*"))
    result = kuhina("demo", "--out", tmp_path / "a", home=tmp_path)
    assert result.returncode == 1
    assert "is not empty" in result.stderr
    assert sorted(p.name for p in (tmp_path / "a").rglob("*")) == before
    assert kuhina("demo", "--out", tmp_path / "c", "--organisations", "x",
                  home=tmp_path).returncode == 2  # fmt: skip
    assert not (tmp_path / "c").exists()


def test_a_failing_demo_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kuhina_desktop.services import package_export

    calls = {"n": 0}
    real = package_export.export_package

    def fail_second(*args: object, **kwargs: object) -> object:
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError(28, "No space left on device")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(package_export, "export_package", fail_second)
    with pytest.raises(OSError):
        main(["demo", "--out", str(tmp_path / "demo"), "--organisations", "3",
              "--opportunities", "2"])  # fmt: skip
    assert not (tmp_path / "demo").exists()
