"""The hostile corpus: every broken or hostile package is refused with its own reason, and
reading writes nothing anywhere; any single changed byte is refused or changes nothing."""

from __future__ import annotations

import builtins
import io
import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kuhina_desktop.packages import errors
from kuhina_desktop.packages.errors import PackageError
from kuhina_desktop.packages.reader import read_package
from kuhina_desktop.packages.verified import VerifiedPackage
from tests.unit.hostile_packages import CASES, Case, valid_package

# Codes the reader cannot give for a package's bytes (keys the caller passes, files).
NOT_FROM_BYTES = {
    "key_passphrase_missing", "key_passphrase_wrong", "package_file_unreadable",
    "package_file_not_regular",
    "key_malformed", "key_algorithm", "signature_algorithm",
}  # fmt: skip


@pytest.fixture(scope="module")
def valid() -> bytes:
    return valid_package()


def test_the_corpus_is_large_and_covers_every_rule() -> None:
    assert len(CASES) >= 30
    assert len({c.name for c in CASES}) == len(CASES)
    covered = {c.code for c in CASES}
    assert covered <= set(errors.REASONS)
    assert set(errors.REASONS) - covered - NOT_FROM_BYTES == set()


def test_the_valid_package_is_accepted(valid: bytes) -> None:
    package = read_package(valid)
    assert package.manifest["sequence"] == 7


@pytest.fixture
def no_writes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[list[str]]:
    """Fail any attempt to open a file for writing or to change the file system."""
    attempts: list[str] = []
    real_open, real_os_open = builtins.open, os.open

    def guarded_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if any(flag in mode for flag in "wax+"):
            attempts.append(f"open({file!r}, {mode!r})")
            raise PermissionError("reading a package must not write")
        return real_open(file, mode, *args, **kwargs)

    def guarded_os_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC):
            attempts.append(f"os.open({path!r})")
            raise PermissionError("reading a package must not write")
        return real_os_open(path, flags, *args, **kwargs)

    def refuse(name: str) -> Any:
        def guarded(*args: Any, **kwargs: Any) -> Any:
            attempts.append(name)
            raise PermissionError(f"reading a package must not call {name}")

        return guarded

    monkeypatch.setattr(builtins, "open", guarded_open)
    monkeypatch.setattr(io, "open", guarded_open)
    monkeypatch.setattr(os, "open", guarded_os_open)
    for name in ("replace", "rename", "mkdir", "makedirs", "remove", "unlink", "symlink",
                 "link", "rmdir", "truncate"):  # fmt: skip
        monkeypatch.setattr(os, name, refuse(f"os.{name}"))
    targets: list[tuple[Any, str]] = [
        (tempfile, "mkstemp"), (tempfile, "mkdtemp"), (tempfile, "NamedTemporaryFile"),
        (tempfile, "TemporaryFile"), (shutil, "copyfile"), (shutil, "move"),
        (zipfile.ZipFile, "extract"), (zipfile.ZipFile, "extractall"),
    ]  # fmt: skip
    for module, name in targets:
        monkeypatch.setattr(module, name, refuse(f"{module.__name__}.{name}"))
    yield attempts


def _listing(*folders: Path) -> set[tuple[str, int, float]]:
    found = set()
    for folder in folders:
        for path in folder.rglob("*"):
            try:
                info = path.lstat()
            except OSError:
                continue
            found.add((str(path), info.st_size, info.st_mtime))
    return found


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_hostile_package_is_refused_with_its_own_reason(
    case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_writes: list[str]
) -> None:
    data = case.make()
    monkeypatch.chdir(tmp_path)
    before = _listing(tmp_path)
    with pytest.raises(PackageError) as refused:
        read_package(data, public_key=case.public_key)
    assert refused.value.code == case.code, refused.value.params
    assert set(refused.value.params) == set(errors.REASONS[case.code])
    assert no_writes == []
    assert _listing(tmp_path) == before


def test_reading_the_whole_corpus_leaves_cwd_and_temp_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Unguarded, with the working folder and the temp folder pointed at empty folders."""
    corpus = [(c, c.make()) for c in CASES]
    cwd, tmp = tmp_path / "cwd", tmp_path / "tmp"
    cwd.mkdir()
    tmp.mkdir()
    monkeypatch.chdir(cwd)
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    for c, data in corpus:
        with pytest.raises(PackageError):
            read_package(data, public_key=c.public_key)
    read_package(_VALID)
    assert list(cwd.iterdir()) == []
    assert list(tmp.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cwd", "tmp"]  # no KUHINA_HOME use


_SAFE = re.compile(r"[\x20-\x7e]*")


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_refusal_parameters_are_safe_to_print(case: Case) -> None:
    with pytest.raises(PackageError) as refused:
        read_package(case.make(), public_key=case.public_key)
    for value in refused.value.params.values():
        assert _SAFE.fullmatch(str(value)), value
        assert len(str(value)) <= 200


def _content(package: VerifiedPackage) -> tuple[Any, ...]:
    return (package.manifest, package.data_json, package.attachments, package.public_key,
            package.fingerprint, package.key_rotation, package.snapshot)  # fmt: skip


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_single_changed_byte_is_refused_or_changes_nothing(data: st.DataObject) -> None:
    original = _VALID
    position = data.draw(st.integers(0, len(original) - 1), label="position")
    value = data.draw(st.integers(0, 255).filter(lambda v: v != original[position]),
                      label="value")  # fmt: skip
    changed = bytearray(original)
    changed[position] = value
    try:
        package = read_package(bytes(changed))
    except PackageError:
        return
    assert _content(package) == _content(_VALID_PACKAGE)


def test_every_byte_of_the_headers_and_directory_flipped() -> None:
    """Deterministically: each byte outside the members' data, with its low bit flipped."""
    original = _VALID
    with zipfile.ZipFile(io.BytesIO(original)) as archive:
        data_spans = []
        for info in archive.infolist():
            start = info.header_offset + 30 + len(info.filename.encode())
            data_spans.append(range(start, start + info.compress_size))
    positions = [p for p in range(len(original)) if not any(p in s for s in data_spans)]
    assert len(positions) > 500
    for position in positions:
        changed = bytearray(original)
        changed[position] ^= 0x01
        try:
            package = read_package(bytes(changed))
        except PackageError:
            continue
        assert _content(package) == _content(_VALID_PACKAGE), position


@settings(max_examples=200, deadline=None)
@given(blob=st.binary(max_size=2048))
def test_arbitrary_bytes_never_crash_the_reader(blob: bytes) -> None:
    with pytest.raises(PackageError):
        read_package(b"PK\x03\x04" + blob)


@settings(max_examples=150, deadline=None)
@given(cut=st.integers(0, 4000), extra=st.binary(max_size=64))
def test_truncated_or_extended_packages_never_crash_the_reader(cut: int, extra: bytes) -> None:
    original = _VALID
    changed = original[: len(original) - cut % len(original)] + extra
    try:
        package = read_package(changed)
    except PackageError:
        return
    assert _content(package) == _content(_VALID_PACKAGE)


_VALID = valid_package()
_VALID_PACKAGE = read_package(_VALID)
