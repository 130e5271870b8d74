"""The one way the program writes a file and the one way it swaps a folder.

A reader of an output path sees the old file (or folder) or the new one, whole, never a
part, and a killed or failed run leaves nothing of its own behind once the next run has
tidied up (docs/architecture.md, "Writing files"):

* `write_file_atomic` / `staged_file` / `StagedFiles`: the bytes go to a temporary file
  beside the target, named `.<name>.kuhina-<token>.tmp`, which is flushed to disk and
  renamed over the target; the folder is flushed after the rename.
* `staged_folder`: a new folder is filled under `.<name>.kuhina-staging-<token>` and
  swapped in whole.
* `remove_stale` removes the temporary files and folders of a killed run; every write runs
  it on the folder it writes in. Each is tied to a lock that its writer holds (POSIX
  `flock` on the temporary file itself or on the sibling `.lock` of a folder; on Windows
  the open file cannot be deleted), so a run still writing beside it is never disturbed.

`mode` is `PRIVATE` (0600: workspaces, databases, keys, backups), `PUBLIC` (0644: a public
key) or `SHARED` (0666 less the umask: outputs meant for others). An `OSError` becomes a
`KnownError` the user can act on: `disk_full`, `folder_not_writable`,
`output_folder_missing` or `file_write_failed`.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from kuhina_desktop.errors import KnownError


def _token() -> str:
    """A random name part (as `secrets.token_hex(6)`: `secrets` and `shutil` load only
    when needed, since the windows import this module before their first paint)."""
    return os.urandom(6).hex()


def _rmtree(path: Path | str, ignore_errors: bool = True) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=ignore_errors)


try:  # POSIX; on Windows an open file cannot be deleted, which is lock enough
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

PRIVATE = 0o600  # exactly: readable and writable by its user only
PUBLIC = 0o644  # exactly: readable by anyone (a public key)
SHARED = 0o666  # as the umask allows: an output meant for others
PRIVATE_FOLDER = 0o700
TAG = ".kuhina-"
_NEW = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
_TEMP_FILE = re.compile(r"\..+\.kuhina-[0-9a-z-]+\.tmp")
_TEMP_FOLDER = re.compile(r"(\..+\.kuhina-)(staging|old)-([0-9a-f]+)")
Legacy = Callable[[Path], bool]  # whether a path is an earlier version's temporary
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


def write_error(error: OSError, path: Path | str) -> KnownError:
    """The message for `error` while writing `path`: full disk, read-only folder, other."""
    if error.errno in _FULL:
        return KnownError("disk_full", path=str(path))
    if error.errno in _READ_ONLY:
        return KnownError("folder_not_writable", path=str(Path(path).parent))
    return KnownError("file_write_failed", path=str(path), reason=error.strerror or str(error))


def write_file_atomic(
    path: Path | str,
    data: bytes,
    before_rename: Callable[[], object] | None = None,
    *,
    mode: int = PRIVATE,
    token: str | None = None,
) -> None:
    """Write `data` to `path` whole: a temporary file, flushed, `before_rename()` if given,
    then renamed over `path`; nothing is left on failure. `token` names the temporary file
    (`.<name>.kuhina-<token>.tmp`) for a caller that must find it again after a kill."""
    group = StagedFiles(mode=mode)
    try:
        group.write(Path(path), data, token=token)
        if before_rename is not None:
            before_rename()
        group.commit()
    except BaseException:
        group.abort()
        raise


@contextlib.contextmanager
def staged_file(
    path: Path | str, *, mode: int = PRIVATE, token: str | None = None
) -> Iterator[Path]:
    """The path of a new, empty temporary file beside `path`, for a writer that needs a
    name (a ZIP or workbook library); when the block ends it is flushed and renamed over
    `path`, and removed instead if the block raises."""
    group = StagedFiles(mode=mode)
    try:
        temp = group.add(Path(path), token=token)
        yield temp
        group.commit()
    except BaseException:
        group.abort()
        raise


def temp_path(path: Path, token: str) -> Path:
    """Where `write_file_atomic(path, token=token)` keeps its bytes until the rename."""
    return path.with_name(f".{path.name}{TAG}{token}.tmp")


class StagedFiles:
    """Files written under temporary names and renamed into place together at `commit`
    (a workbook set, the open data files, a key and its public half): a failure before the
    commit replaces none of them."""

    def __init__(self, *, mode: int = PRIVATE, make_folders: bool = False) -> None:
        self.mode = mode
        self.make_folders = make_folders
        self._files: list[tuple[Path, Path, int]] = []  # (temporary, final, locked fd)
        self._folders: list[Path] = []  # folders made here, removed again on abort
        self._handles: list[IO[str]] = []  # from open_text, closed before the commit
        self._tidied: set[Path] = set()

    def add(self, path: Path, *, token: str | None = None, mode: int | None = None) -> Path:
        """A new temporary file for `path`; its folder is made if missing and
        `make_folders` is set, else refused (`output_folder_missing`)."""
        path = Path(path)
        if self.make_folders:
            self._make_folder(path.parent)
        elif not path.parent.is_dir():
            raise KnownError("output_folder_missing", path=str(path.parent))
        if path.parent not in self._tidied:  # what a killed run left in this folder
            remove_stale(path.parent)
            self._tidied.add(path.parent)
        temp = temp_path(path, token or _token())
        mode = self.mode if mode is None else mode
        try:
            fd = os.open(temp, _NEW, mode)
        except OSError as error:
            raise write_error(error, path) from None
        self._files.append((temp, path, fd))
        _lock(fd)
        if mode != SHARED and hasattr(os, "fchmod"):
            os.fchmod(fd, mode)  # exactly `mode`, whatever the umask
        return temp

    def write(
        self, path: Path, data: bytes, *, token: str | None = None, mode: int | None = None
    ) -> Path:
        """`add` and write `data` into the temporary file."""
        temp = self.add(path, token=token, mode=mode)
        fd = self._files[-1][2]
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
        except OSError as error:
            raise write_error(error, path) from None
        return temp

    def open_text(self, path: Path, *, newline: str = "\n") -> IO[str]:
        """`add` and open the temporary file for text; the caller closes it before commit."""
        temp = self.add(path)
        # A lone surrogate cannot be encoded: it becomes "?" rather than a crash.
        handle = temp.open("w", encoding="utf-8", errors="replace", newline=newline)
        self._handles.append(handle)
        return handle

    def commit(self) -> list[Path]:
        """Flush every file, rename each over its target and flush the folders. Should a
        rename fail, those renamed before it stay (each whole) and `abort` removes the rest."""
        final = self._files[0][1] if self._files else Path()
        try:
            while self._handles:
                self._handles.pop().close()  # flushes what the text layer still holds
            for _temp, target, fd in self._files:
                final = target
                os.fsync(fd)
            if os.name == "nt":  # pragma: no cover - Windows renames no open file
                self._close()
            for temp, final, _fd in self._files:
                os.replace(temp, final)
        except OSError as error:
            raise write_error(error, final) from None
        finally:
            self._close()
        for folder in {final.parent for _temp, final, _fd in self._files}:
            sync_folder(folder)
        done = [final for _temp, final, _fd in self._files]
        self._files, self._folders = [], []
        return done

    def abort(self) -> None:
        """Remove the temporary files and the folders made for them."""
        self._close()
        for temp, _final, _fd in self._files:
            with contextlib.suppress(OSError):
                temp.unlink()
        for folder in reversed(self._folders):
            with contextlib.suppress(OSError):
                folder.rmdir()
        self._files, self._folders = [], []

    def _close(self) -> None:
        for handle in self._handles:
            with contextlib.suppress(OSError):
                handle.close()
        self._handles = []
        for index, (temp, final, fd) in enumerate(self._files):
            if fd >= 0:
                with contextlib.suppress(OSError):
                    os.close(fd)
                self._files[index] = (temp, final, -1)

    def _make_folder(self, folder: Path) -> None:
        missing = [d for d in (folder, *folder.parents) if not d.exists()]
        try:
            for made in reversed(missing):
                made.mkdir(mode=PRIVATE_FOLDER if self.mode == PRIVATE else 0o777)
                self._folders.append(made)
        except FileExistsError:
            pass
        except OSError as error:
            raise write_error(error, folder / "x") from None


@contextlib.contextmanager
def staged_folder(
    target: Path,
    *,
    mode: int = 0o777,
    legacy: Legacy | None = None,
    after_swap: Callable[[], None] | None = None,
    start_from: Path | None = None,
    keep: Path | None = None,
) -> Iterator[Path]:
    """A new empty folder beside `target` to fill; when the block ends it is swapped in
    whole for `target` (which may be missing or an earlier folder) and the earlier folder
    is removed. A failure removes the new folder and leaves `target` as it was. What a
    killed run left beside `target` (and what `legacy` names) is removed first.

    `mode` 0o777 leaves the folder's mode to the umask; any other is set exactly. The new
    folder's files reach the disk before the swap (`flush_filesystem`: one call, not one
    per file, for a site's hundreds of thousands), so a late full-disk error stops the
    swap too. `after_swap` runs once the new folder is in place, while the earlier one is
    being removed (`remove_folder_meanwhile`).

    `start_from` (a folder of the caller's on the same file system) becomes the new folder
    instead of an empty one, renamed into the staging name, so what the block does not
    change is already there; `keep` is where the earlier folder is renamed to after the
    swap instead of being removed (a republish's spare, exports/site_reuse). Either is
    skipped when the rename fails (another file system): an empty folder, the earlier one
    removed. Killed before the swap, the staging folder (also one started from
    `start_from`) is what a killed run leaves; killed after it, so is the earlier one until
    it is renamed to `keep`."""
    target = Path(target)
    parent = target.parent
    token = _token()
    stem = f".{target.name}{TAG}"
    staging, old = parent / f"{stem}staging-{token}", parent / f"{stem}old-{token}"
    try:
        parent.mkdir(parents=True, exist_ok=True)
        remove_stale(parent, legacy)
        lock = os.open(parent / f"{stem}{token}.lock", _NEW, PRIVATE)
    except OSError as error:
        raise write_error(error, target) from None
    try:
        _lock(lock)
        try:
            if start_from is None or not _rename_folder(start_from, staging):
                staging.mkdir(mode)
            if mode != 0o777:
                staging.chmod(mode)  # exactly `mode`, whatever the umask
        except OSError as error:
            raise write_error(error, target) from None
        try:
            yield staging
            flush_filesystem(staging)
            earlier = _swap_in(staging, target, old)
        except OSError as error:
            _rmtree(staging, ignore_errors=True)
            raise write_error(error, target) from None
        except BaseException:
            _rmtree(staging, ignore_errors=True)
            raise
        removed = None
        if earlier is not None and (keep is None or not _rename_folder(earlier, keep)):
            removed = remove_folder_meanwhile(earlier)
        try:
            if after_swap is not None:
                after_swap()
        finally:
            if removed is not None:
                removed()
    finally:
        os.close(lock)
        with contextlib.suppress(OSError):
            os.unlink(parent / f"{stem}{token}.lock")


def _rename_folder(folder: Path, to: Path) -> bool:
    """Rename a real folder (not a link to one) to `to` (missing, or an empty folder);
    False where it cannot be (missing, another file system, `to` taken)."""
    try:
        if os.path.islink(folder) or not os.path.isdir(folder):
            return False
        os.rename(folder, to)
    except OSError:
        return False
    return True


def remove_folder_meanwhile(folder: Path) -> Callable[[], None]:
    """Start removing `folder` and return the call that waits until it is gone.

    On POSIX systems `rm -rf` does it in a process of its own, on another core while this
    one goes on (a site's old folder has hundreds of thousands of names to unlink, and
    Python's own walk would wait for this process's lock between them); elsewhere, or
    without `rm`, the waiting call removes it. Killed meanwhile, the folder is what a killed
    run leaves, which the next run removes (`remove_stale`)."""
    import shutil  # here, not at the top: the window's start-up needs neither
    import subprocess

    rm = shutil.which("rm") if os.name == "posix" else None
    if rm is not None:
        try:
            process = subprocess.Popen(
                [rm, "-rf", "--", str(folder)],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
        except OSError:
            pass
        else:

            def waited() -> None:
                process.wait()
                shutil.rmtree(folder, ignore_errors=True)  # what rm could not, if anything

            return waited
    return lambda: shutil.rmtree(folder, ignore_errors=True)


def _swap_in(staging: Path, target: Path, old: Path) -> Path | None:
    """Put `staging` at `target`; returns where the earlier folder now is, if any.

    Where the system exchanges two names in one step (Linux `renameat2(RENAME_EXCHANGE)`,
    macOS `renamex_np(RENAME_SWAP)`), `target` always names a whole folder. Elsewhere
    (Windows, other file systems) the earlier folder is first renamed to `old`: killed
    between the two renames, `target` is missing until `remove_stale` puts `old` back.
    """
    if not os.path.lexists(target):
        os.rename(staging, target)
        sync_folder(target.parent)
        return None
    if _exchange(staging, target):
        sync_folder(target.parent)
        return staging
    os.rename(target, old)
    os.rename(staging, target)
    sync_folder(target.parent)
    return old


_AT_FDCWD, _RENAME_EXCHANGE, _RENAME_SWAP = -100, 2, 2
_NO_EXCHANGE = {errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV}


def _exchange(first: Path, second: Path) -> bool:
    """Swap the names `first` and `second` in one step; False where the system cannot."""
    import ctypes

    if not (sys.platform.startswith("linux") or sys.platform == "darwin"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:  # pragma: no cover
        return False
    a, b = os.fsencode(first), os.fsencode(second)
    if sys.platform == "darwin":  # pragma: no cover - macOS
        call = getattr(libc, "renamex_np", None)
        if call is None:
            return False
        call.argtypes, call.restype = (
            [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_uint],
            ctypes.c_int,
        )
        result = call(a, b, _RENAME_SWAP)
    else:
        call = getattr(libc, "renameat2", None)
        if call is None:  # pragma: no cover - glibc before 2.28
            return False
        call.argtypes = [
            ctypes.c_int,
            ctypes.c_char_p,
            ctypes.c_int,
            ctypes.c_char_p,
            ctypes.c_uint,
        ]
        call.restype = ctypes.c_int
        result = call(_AT_FDCWD, a, _AT_FDCWD, b, _RENAME_EXCHANGE)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in _NO_EXCHANGE:
        return False
    raise OSError(code, os.strerror(code), str(second))


def remove_stale(folder: Path, legacy: Legacy | None = None) -> list[Path]:
    """Remove the temporary files and folders that a killed run left in `folder` (and
    those `legacy` says an earlier version left); those of a live run are kept. A folder
    swap killed between its two renames (where the system has no exchange) is finished:
    the earlier folder is put back. Returns what was removed."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    names = {entry.name for entry in entries}
    for entry in entries:
        path = Path(entry.path)
        folder_match = _TEMP_FOLDER.fullmatch(entry.name)
        if folder_match and entry.is_dir(follow_symlinks=False):
            stem, kind, token = folder_match.groups()
            lock = path.with_name(f"{stem}{token}.lock")
            if remove_unlocked(lock):
                target = path.with_name(stem[1 : -len(TAG)])
                if kind == "old" and not os.path.lexists(target):
                    os.replace(path, target)
                else:
                    _rmtree(path, ignore_errors=True)
                    removed.append(path)
                with contextlib.suppress(OSError):
                    lock.unlink()
        elif _TEMP_FILE.fullmatch(entry.name) and entry.is_file(follow_symlinks=False):
            if remove_unlocked(path):
                removed.append(path)
        elif entry.name.endswith(".lock") and TAG in entry.name and entry.is_file():
            stem, _, token = entry.name[: -len(".lock")].rpartition(TAG)
            if not {f"{stem}{TAG}staging-{token}", f"{stem}{TAG}old-{token}"} & names:
                remove_unlocked(path)  # a lock whose folder is gone
        elif legacy is not None and legacy(path):
            if entry.is_dir(follow_symlinks=False):
                _rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def _lock(fd: int) -> None:
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def remove_unlocked(path: Path) -> bool:
    """Delete the file `path` unless a live writer holds its lock (a temporary file or a
    staging folder's lock); True when it is gone."""
    if fcntl is None:  # pragma: no cover - Windows: an open file cannot be deleted
        try:
            path.unlink(missing_ok=True)
        except OSError:
            return False
        return True
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        path.unlink(missing_ok=True)
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


def flush_filesystem(folder: Path) -> None:
    """Flush to disk what was written on `folder`'s file system: Linux `syncfs`, which also
    reports a write-back error such as a full disk (Linux 5.8+); `sync` on other POSIX
    systems; nothing on Windows, where the swap itself is not atomic either."""
    if sys.platform.startswith("linux"):
        import ctypes

        call = getattr(ctypes.CDLL(None, use_errno=True), "syncfs", None)
        if call is not None:
            fd = os.open(folder, os.O_RDONLY)
            try:
                if call(fd) != 0:
                    code = ctypes.get_errno()
                    raise OSError(code, os.strerror(code), str(folder))
            finally:
                os.close(fd)
            return
    if hasattr(os, "sync"):
        os.sync()


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries (a rename) to disk where the system allows it (POSIX)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def private_folder(folder: Path) -> Path:
    """Make `folder` (and missing parents) and leave it readable only by its user (0700)."""
    folder = Path(folder)
    folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    if os.name == "posix":
        folder.chmod(PRIVATE_FOLDER)
    return folder


def private_file(path: Path) -> Path:
    """Create `path` if missing and leave it readable only by its user (0600): for a file
    another library opens by name (SQLite, which gives its -wal and -shm the same mode)."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0), PRIVATE))
    if os.name == "posix":
        os.chmod(path, PRIVATE)
    return path


def private_database(path: Path) -> None:
    """Leave a SQLite file (created 0600 if missing) and its -wal, -shm and -journal files
    readable only by their user, when its folder exists."""
    if path.parent.is_dir():
        private_file(path)
        for suffix in ("-wal", "-shm", "-journal"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                private_file(side)
