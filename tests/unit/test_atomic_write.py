"""`atomic_write`: whole files, whole folders, the right modes, and a killed run's leftovers
removed without disturbing a live one."""

from __future__ import annotations

import errno
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kuhina_desktop import atomic_write
from kuhina_desktop.atomic_write import (
    PRIVATE,
    PUBLIC,
    SHARED,
    StagedFiles,
    remove_stale,
    staged_folder,
    write_file_atomic,
)
from kuhina_desktop.errors import KnownError

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX modes, locks and fork")


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def fill(folder: Path, name: str) -> Path:
    folder.mkdir()
    (folder / "index.html").write_text(name)
    (folder / "sub").mkdir()
    (folder / "sub" / "page.html").write_text(name)
    return folder


def contents(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): p.read_text() for p in folder.rglob("*") if p.is_file()
    }


@posix_only
@pytest.mark.usefixtures("umask_022")
def test_modes_whatever_the_umask(tmp_path: Path) -> None:
    write_file_atomic(tmp_path / "private", b"x")
    write_file_atomic(tmp_path / "shared", b"x", mode=SHARED)
    write_file_atomic(tmp_path / "public", b"x", mode=PUBLIC)
    assert (mode(tmp_path / "private"), mode(tmp_path / "shared")) == (PRIVATE, 0o644)
    os.umask(0)
    write_file_atomic(tmp_path / "public", b"y", mode=PUBLIC)
    write_file_atomic(tmp_path / "private", b"y")
    assert (mode(tmp_path / "public"), mode(tmp_path / "private")) == (0o644, PRIVATE)
    with staged_folder(tmp_path / "secret", mode=0o700) as staging:
        (staging / "a").write_text("a")
    assert mode(tmp_path / "secret") == 0o700


def test_a_replaced_file_is_whole_and_nothing_is_left(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    write_file_atomic(target, b"new" * 1000)
    assert target.read_bytes() == b"new" * 1000
    assert listing(tmp_path) == ["out.bin"]


@pytest.mark.parametrize(
    ("code", "message"),
    [
        (errno.ENOSPC, "disk_full"),
        (errno.EROFS, "folder_not_writable"),
        (errno.EACCES, "folder_not_writable"),
        (errno.EIO, "file_write_failed"),
    ],
)
@pytest.mark.parametrize("call", ["write", "fsync", "replace"])
def test_a_failed_write_says_why_and_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, message: str, call: str
) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")

    def broken(*_args: Any) -> Any:
        raise OSError(code, os.strerror(code))

    with monkeypatch.context() as patch:
        patch.setattr(os, call, broken)
        with pytest.raises(KnownError) as refused:
            write_file_atomic(target, b"new")
    assert refused.value.code == message
    assert target.read_bytes() == b"old"
    assert listing(tmp_path) == ["out.bin"]


def test_staged_files_replace_none_until_all_are_written(tmp_path: Path) -> None:
    (tmp_path / "a").write_text("old a")
    group = StagedFiles(make_folders=True)
    group.write(tmp_path / "a", b"new a")
    group.open_text(tmp_path / "deep" / "b").write("new b")
    group.abort()
    assert listing(tmp_path) == ["a"]  # the folder made for b is gone too
    assert (tmp_path / "a").read_text() == "old a"
    group = StagedFiles(make_folders=True)
    group.write(tmp_path / "a", b"new a")
    group.open_text(tmp_path / "deep" / "b").write("new b")
    assert group.commit() == [tmp_path / "a", tmp_path / "deep" / "b"]
    assert (tmp_path / "deep" / "b").read_text() == "new b"
    assert listing(tmp_path) == ["a", "deep"]


def test_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(KnownError) as refused:
        write_file_atomic(tmp_path / "missing" / "x", b"x")
    assert refused.value.code == "output_folder_missing"


@posix_only
def test_stale_files_go_and_a_live_writers_stay(tmp_path: Path) -> None:
    live = StagedFiles()
    live_temp = live.write(tmp_path / "live.bin", b"being written")
    (tmp_path / ".dead.bin.kuhina-0a1b2c.tmp").write_bytes(b"killed")  # nobody holds it
    (tmp_path / ".notes.tmp").write_text("the user's own")
    (tmp_path / ".x.kuhina-staging-00aa").mkdir()  # its lock file is gone: killed
    (tmp_path / ".x.kuhina-staging-00aa" / "index.html").write_text("half a site")
    removed = remove_stale(tmp_path)
    assert sorted(p.name for p in removed) == [
        ".dead.bin.kuhina-0a1b2c.tmp",
        ".x.kuhina-staging-00aa",
    ]
    assert live_temp.exists()
    assert listing(tmp_path) == sorted([".notes.tmp", live_temp.name])
    live.commit()
    assert listing(tmp_path) == [".notes.tmp", "live.bin"]


def test_a_live_staging_folder_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "site"
    with staged_folder(target) as staging:
        (staging / "index.html").write_text("new")
        assert remove_stale(tmp_path) == []
        assert staging.is_dir()
    assert contents(target) == {"index.html": "new"}
    assert listing(tmp_path) == ["site"]


def test_legacy_names_go_only_when_asked(tmp_path: Path) -> None:
    (tmp_path / ".site.k2x_9abc").mkdir()
    (tmp_path / ".site.backup").mkdir()
    remove_stale(tmp_path, lambda path: path.name == ".site.k2x_9abc")
    assert listing(tmp_path) == [".site.backup"]


@pytest.mark.parametrize("exchange", [True, False], ids=["exchange", "two-renames"])
def test_a_folder_is_swapped_in_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exchange: bool
) -> None:
    if not exchange:
        monkeypatch.setattr(atomic_write, "_exchange", lambda _a, _b: False)
    target = fill(tmp_path / "site", "old")
    with staged_folder(target) as staging:
        (staging / "index.html").write_text("new")
    assert contents(target) == {"index.html": "new"}
    assert listing(tmp_path) == ["site"]


@pytest.mark.parametrize("exchange", [True, False], ids=["exchange", "two-renames"])
def test_a_folder_can_start_from_another_and_keep_the_one_it_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exchange: bool
) -> None:
    """`start_from` becomes the new folder (what the block leaves of it is swapped in);
    `keep` is where the replaced folder goes instead of being removed; a `start_from` that
    is missing (or a link) means an empty folder, a `keep` taken means the usual removal."""
    if not exchange:
        monkeypatch.setattr(atomic_write, "_exchange", lambda _a, _b: False)
    target = fill(tmp_path / "site", "old")
    (tmp_path / "w").mkdir()
    spare, kept = fill(tmp_path / "w" / "spare", "spare"), tmp_path / "w" / "kept"
    with staged_folder(target, start_from=spare, keep=kept) as staging:
        assert contents(staging) == {"index.html": "spare", "sub/page.html": "spare"}
        (staging / "index.html").write_text("new")
    assert contents(target) == {"index.html": "new", "sub/page.html": "spare"}
    assert contents(kept) == {"index.html": "old", "sub/page.html": "old"}
    assert listing(tmp_path) == ["site", "w"] and listing(tmp_path / "w") == ["kept"]

    (spare.parent / "link").symlink_to(kept, target_is_directory=True)
    with staged_folder(target, start_from=spare.parent / "link", keep=kept) as staging:
        assert list(staging.iterdir()) == []
        (staging / "index.html").write_text("newer")
    assert contents(target) == {"index.html": "newer"}
    assert contents(kept) == {"index.html": "old", "sub/page.html": "old"}  # taken: as it was
    assert listing(tmp_path) == ["site", "w"] and listing(tmp_path / "w") == ["kept", "link"]


def test_a_failed_fill_leaves_the_old_folder(tmp_path: Path) -> None:
    target = fill(tmp_path / "site", "old")
    with pytest.raises(KnownError) as refused, staged_folder(target) as staging:
        (staging / "index.html").write_text("new")
        raise OSError(errno.ENOSPC, "No space left on device")
    assert refused.value.code == "disk_full"
    assert contents(target) == {"index.html": "old", "sub/page.html": "old"}
    assert listing(tmp_path) == ["site"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="renameat2 is Linux's")
def test_linux_exchanges_in_one_step(tmp_path: Path) -> None:
    fill(tmp_path / "a", "a")
    fill(tmp_path / "b", "b")
    assert atomic_write._exchange(tmp_path / "a", tmp_path / "b")
    assert (tmp_path / "a" / "index.html").read_text() == "b"
    assert (tmp_path / "b" / "index.html").read_text() == "a"


def killed_in_child(action: Callable[[], object]) -> int:
    """Run `action` in a forked child and return its exit code (137 when it 'died')."""
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            action()
            code = 0
        finally:
            os._exit(code)
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


def die_on_call(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str, number: int) -> None:
    """End the process at the `number`-th call of `owner.name` (before it runs)."""
    real, calls = getattr(owner, name), []

    def dying(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        if len(calls) == number:
            os._exit(137)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, dying)


OLD = {"index.html": "old", "sub/page.html": "old"}
NEW = {"index.html": "new"}


@posix_only
@pytest.mark.parametrize(
    ("exchange", "owner", "name", "number", "after"),
    [
        (False, os, "rename", 2, OLD),  # between the two renames: no folder at the target
        (False, shutil, "rmtree", 1, NEW),  # both renamed, old not removed
        (True, shutil, "rmtree", 1, NEW),  # exchanged, old not removed
    ],
    ids=["between-two-renames", "after-two-renames", "after-the-exchange"],
)
def test_a_killed_swap_is_finished_by_the_next_run(
    tmp_path: Path, exchange: bool, owner: Any, name: str, number: int, after: dict[str, str]
) -> None:
    target = fill(tmp_path / "site", "old")

    def swap() -> None:
        with pytest.MonkeyPatch.context() as monkeypatch:
            if not exchange:
                monkeypatch.setattr(atomic_write, "_exchange", lambda _a, _b: False)
            die_on_call(monkeypatch, owner, name, number)
            with staged_folder(target) as staging:
                (staging / "index.html").write_text("new")

    assert killed_in_child(swap) == 137
    assert len(listing(tmp_path)) > 1  # what the killed run left
    remove_stale(tmp_path)
    assert contents(target) == after
    assert listing(tmp_path) == ["site"]
