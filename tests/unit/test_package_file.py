"""The one way a `.kuhina` file is read (the inbox, `package verify`, `catalogue import`):
a file that cannot be read or is too large is refused with a translated reason, without
reading more than the size limit, and the inbox's check of such a file changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kuhina_desktop.errors import KnownError
from kuhina_desktop.messages import translate
from kuhina_desktop.packages import limits
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from kuhina_desktop.services.inbox import check_package_file, recheck_package
from kuhina_desktop.services.package_file import read_package_file, verify_package_file
from tests.catalogue_support.packages import publishers, state_of


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[CatalogueWorkspace]:
    ws = CatalogueWorkspace.create(tmp_path / "catalogue")
    yield ws
    ws.close()


def oversized(folder: Path) -> Path:
    path = folder / "huge.kuhina"
    with open(path, "wb") as handle:
        handle.truncate(limits.MAX_ARCHIVE_BYTES + 10)  # sparse: costs no disk
    return path


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_a_missing_file_is_refused_with_the_reason(tmp_path: Path, language: str) -> None:
    with pytest.raises(KnownError) as refused:
        read_package_file(tmp_path / "missing.kuhina")
    assert refused.value.code == "package_file_unreadable"
    text = translate(refused.value.code, language, **refused.value.params)
    assert "missing.kuhina" in text and "{" not in text


def test_a_folder_is_not_a_package_file(tmp_path: Path) -> None:
    with pytest.raises(KnownError) as refused:
        read_package_file(tmp_path)
    assert refused.value.code == "package_file_not_regular"


def test_a_file_over_the_limit_is_refused_with_its_real_size(tmp_path: Path) -> None:
    with pytest.raises(KnownError) as refused:
        read_package_file(oversized(tmp_path))
    assert refused.value.code == "archive_too_large"
    assert refused.value.params == {
        "size": limits.MAX_ARCHIVE_BYTES + 10,
        "max": limits.MAX_ARCHIVE_BYTES,
    }


def test_a_good_file_is_read_and_verified(tmp_path: Path) -> None:
    [pub] = publishers(1, opportunities=2, seed=3)
    path = tmp_path / "good.kuhina"
    path.write_bytes(pub.export())
    assert read_package_file(path) == path.read_bytes()
    assert verify_package_file(path).organisation_id == pub.organisation_id


def test_the_inbox_check_of_a_bad_file_changes_nothing(
    workspace: CatalogueWorkspace, tmp_path: Path
) -> None:
    before = state_of(workspace)
    missing = check_package_file(workspace, tmp_path / "missing.kuhina", "koordinaattori")
    assert missing.error and missing.verified is None and missing.item is None
    huge = check_package_file(workspace, oversized(tmp_path), "koordinaattori")
    assert huge.item is not None and huge.verified is None
    assert (huge.item.verdict, huge.item.reason) == ("refused", "archive_too_large")
    broken = tmp_path / "broken.kuhina"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    refused = check_package_file(workspace, broken, "koordinaattori")
    assert refused.item is not None and refused.item.verdict == "refused"
    assert recheck_package(workspace, refused, "koordinaattori") is refused
    assert state_of(workspace) == before


def test_the_inbox_registers_a_new_organisations_package_as_waiting(
    workspace: CatalogueWorkspace, tmp_path: Path
) -> None:
    [pub] = publishers(1, opportunities=2, seed=4)
    path = tmp_path / "new.kuhina"
    path.write_bytes(pub.export())
    checked = check_package_file(workspace, path, "koordinaattori")
    assert checked.verified is not None and checked.raw == path.read_bytes()
    assert checked.outcome is not None and checked.outcome.status == "pending_trust"
    [waiting] = workspace.waiting(pub.organisation_id)
    assert waiting.sha256 == checked.verified.sha256
    workspace.trust(pub.organisation_id, pub.fingerprint, "koordinaattori")
    again = recheck_package(workspace, checked, "koordinaattori", file=path.name)
    assert again.item is not None and again.item.verdict == "imported" and again.outcome is None
