"""A killed `org export` spends its sequence number only if its package reached its path,
and leaves nothing that survives the next export.

Each test forks a child that exports and dies at one chosen point of the write, by
`os._exit` (as a SIGKILL would: no `finally`, no clean-up). The parent then looks at the
output folder, exports again and checks:

* every `*.kuhina` ever seen in the folder is a whole package that the reader accepts, and
  no two of them carry one sequence number;
* the workspace records each of them with its number and SHA-256;
* the number of a package that never reached its path is given to the next one (no gap);
* after the next export the folder holds no temporary file.

`tests/e2e/test_export_crash.py` does the same with SIGKILLs at random moments.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kuhina_desktop.packages.reader import read_package
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.services.package_export import export_package
from tests.unit.test_package_export import make_workspace

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="kills a forked child")

KILLED = 137


def die_at(name: str, after: bool = False) -> Callable[[pytest.MonkeyPatch], None]:
    """A patch of `os.<name>` that ends the process before (or right after) its first call."""

    def patch(monkeypatch: pytest.MonkeyPatch) -> None:
        real = getattr(os, name)

        def dying(*args: Any, **kwargs: Any) -> Any:
            if after:
                real(*args, **kwargs)
            os._exit(KILLED)

        monkeypatch.setattr(os, name, dying)

    return patch


def export_in_child(folder: Path, out: Path, patch: Callable[[pytest.MonkeyPatch], None]) -> int:
    """Export from `folder` to `out` in a forked child that `patch` kills; its exit code."""
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            with pytest.MonkeyPatch.context() as monkeypatch:
                ws = OrgWorkspace.open(folder)
                patch(monkeypatch)
                export_package(ws, out, passphrase=None)
                code = 0
        finally:
            os._exit(code)
    _pid, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


class Seen:
    """Every package seen at an output path: sequence -> SHA-256."""

    def __init__(self, public_key: str) -> None:
        self.public_key = public_key
        self.packages: dict[int, str] = {}

    def look(self, out: Path) -> None:
        for path in sorted(out.glob("*.kuhina")):
            data = path.read_bytes()
            package = read_package(data, public_key=self.public_key)  # whole, or it raises
            digest = hashlib.sha256(data).hexdigest()
            assert self.packages.setdefault(package.sequence, digest) == digest, (
                f"two packages with sequence {package.sequence}"
            )


def temporaries(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir() if p.name.startswith("."))


@pytest.mark.parametrize(
    ("point", "reached"),
    [
        pytest.param(die_at("fsync"), False, id="while-flushing-the-file"),
        pytest.param(die_at("replace"), False, id="before-the-rename"),
        pytest.param(die_at("replace", after=True), True, id="right-after-the-rename"),
    ],
)
def test_a_killed_export(
    tmp_path: Path, point: Callable[[pytest.MonkeyPatch], None], reached: bool
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with make_workspace(tmp_path / "ws") as ws:
        seen = Seen(ws.public_key_line())
        assert export_package(ws, out / "p1.kuhina", passphrase=None).sequence == 1
    seen.look(out)

    assert export_in_child(tmp_path / "ws", out / "p2.kuhina", point) == KILLED
    seen.look(out)  # what the kill left: whole packages only
    assert (out / "p2.kuhina").exists() == reached

    with OrgWorkspace.open(tmp_path / "ws") as ws:
        result = export_package(ws, out / "p3.kuhina", passphrase=None)
        recorded = {row.sequence: row.sha256 for row in ws.store.list_exports()}
    seen.look(out)
    assert temporaries(out) == [], "a temporary file outlived the next export"
    # The killed package's number is spent only if it reached its path.
    assert result.sequence == (3 if reached else 2)
    assert recorded == seen.packages


def test_an_export_killed_before_the_rename_twice_running(tmp_path: Path) -> None:
    """Two kills in a row, then an export: still one number per package, nothing left."""
    out = tmp_path / "out"
    out.mkdir()
    make_workspace(tmp_path / "ws").close()
    for name in ("a.kuhina", "b.kuhina"):
        assert export_in_child(tmp_path / "ws", out / name, die_at("replace")) == KILLED
    with OrgWorkspace.open(tmp_path / "ws") as ws:
        seen = Seen(ws.public_key_line())
        assert export_package(ws, out / "c.kuhina", passphrase=None).sequence == 1
        assert [row.sequence for row in ws.store.list_exports()] == [1]
    seen.look(out)
    assert temporaries(out) == []
    assert sorted(p.name for p in out.iterdir()) == ["c.kuhina"]


def test_an_earlier_versions_temporary_package_is_removed(tmp_path: Path) -> None:
    """`.<name>.XXXXXXXX.tmp` (tempfile's names, as an earlier version wrote them)."""
    out = tmp_path / "out"
    out.mkdir()
    (out / ".p.kuhina.k2x_9abc.tmp").write_bytes(b"PK signed, never renamed")
    (out / ".notes.txt").write_text("the user's own hidden file")
    with make_workspace(tmp_path / "ws") as ws:
        export_package(ws, out / "p.kuhina", passphrase=None)
    assert temporaries(out) == [".notes.txt"]
