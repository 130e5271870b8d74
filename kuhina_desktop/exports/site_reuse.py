"""Republishing only what changed (docs/web-catalogue.md, "Republishing").

A publish still builds a whole new site in a staging folder and swaps it in (`site.py`,
`atomic_write.staged_folder`), so the output path always holds a whole site. What changes is
how the staging folder is filled: a file whose inputs are the same as in the site at the
output path is not rendered again but hard-linked from that site (same bytes, same inode,
same modification time), and only the rest is rendered and written.

The inputs of a file are summed up in its **key**: for an opportunity's page, a list page, a
data part or head, a hash of everything it is rendered from (the records' fingerprints, the
page's context, the renderer: templates, strings, vocabulary, code); for the small files
rendered every time (the embed pages, the sitemap, assets), the hash of their bytes. The
**state** of a publish maps each file to its key and the inode it was written as; it is kept
private in the workspace (0600: the keys are hashes of records that hold private data), never
in the published folder, and written after the swap. A file is reused only when its key is
the same, the state belongs to the site now at the output path (the folder's device and
inode), and the file found there is the one written (its inode): a site replaced by hand, a
publish without state or a state that does not match just means more is rendered. A publish
killed before the state is written leaves the previous state, which no longer matches the
site, so the next publish renders everything once more.

The staging folder is not filled from empty where it can be helped: the folder a publish
replaces is kept beside the state as the **spare** (`spare_folder`), and the next publish
starts from it (`staged_folder(start_from=, keep=)`). The spare's files are trusted for
nothing but being the earlier site's very file (the same inode): such a file stays, any
other is replaced or removed (`adopt`, `link`, `clear`, `prune`; through a `Trash` whose
deletions run meanwhile). So a republish touches the files that changed, not every file.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import json
import os
import queue
import shutil
import stat
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kuhina_desktop import __version__
from kuhina_desktop.atomic_write import write_file_atomic
from kuhina_desktop.resources import resource_path

STATE_FORMAT = 2  # 2: the spare; data heads and offer pages keyed anew
_CODE = (
    "site.py", "site_data.py", "site_details.py", "site_embed.py", "site_js.py",
    "site_lists.py", "site_templates.py", "site_web.py", "site_reuse.py", "site_offers.py",
    "site_salvage.py", "site_entries.py", "site_pages.py", "site_items.py",
)  # fmt: skip


def digest(*parts: object) -> str:
    """A key: 128 bits of BLAKE2b over the parts' text, each part delimited."""
    text = "\x1f".join(map(str, parts))
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def bytes_key(content: bytes) -> str:
    """The key of a file rendered every time: its bytes."""
    return "=" + hashlib.blake2b(content, digest_size=16).hexdigest()


def _tree_files(folder: Path) -> Iterable[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def renderer_fingerprint(extra: Iterable[object] = ()) -> str:
    """What every rendered file depends on besides its records: the program's version, the
    site's templates, assets and strings, the vocabulary and the site's code (when the source
    is there; a frozen bundle has only its version, which changes with every release)."""
    h = hashlib.blake2b(digest_size=16)
    h.update(f"{STATE_FORMAT} {__version__}".encode())
    for folder in (resource_path("site"), resource_path("vocab")):
        for path in _tree_files(folder):
            h.update(path.relative_to(folder).as_posix().encode())
            h.update(path.read_bytes())
    here = Path(__file__).parent
    for name in _CODE:
        source = here / name
        if source.is_file():
            h.update(source.read_bytes())
    for part in extra:
        h.update(str(part).encode("utf-8", "surrogatepass") + b"\x1f")
    return h.hexdigest()


def spare_folder(state_file: Path) -> Path:
    """Where the site a publish replaced is kept beside its state, for the next publish to
    build in (docs/web-catalogue.md, "Republishing only what changed")."""
    return state_file.with_name(state_file.name + SPARE_SUFFIX)


SPARE_SUFFIX = ".spare"
_BINARY = getattr(os, "O_BINARY", 0)


def is_spare(path: Path) -> bool:
    """Whether a folder is a spare (`spare_folder`) or its trash, by its name."""
    return SPARE_SUFFIX in path.name and path.is_dir() and not path.is_symlink()


def remove_spares(folder: Path) -> None:
    """Remove the spares kept beside the states in `folder` (the next publish of each site
    writes every file once)."""
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return
    for path in entries:
        if is_spare(path):
            shutil.rmtree(path, ignore_errors=True)


class Trash:
    """Where the spare's files that a publish replaces go (a rename, beside the spare), to
    be deleted by threads of their own meanwhile: deleting a file frees its blocks, which
    on a busy disk (or one that discards freed blocks at once) takes many times as long as
    the rename. `close` waits for them; a killed publish's trash is deleted by the next
    publish's (`stale`)."""

    THREADS = 4  # deletions wait on the disk, not the processor: several at once

    def __init__(self, folder: Path, stale: Iterable[Path] = (), *, deleting: bool = True) -> None:
        self.folder = folder
        self.deleting = deleting  # else (a page-rendering process) only moved there
        self._count = 0
        self._made = not deleting
        self._queue: queue.SimpleQueue[str | None] = queue.SimpleQueue()
        self._threads: list[threading.Thread] = []
        for folder_left in stale:
            self._start()
            self._queue.put(f"{folder_left}/")

    def put(self, path: str) -> None:
        """Move the file at `path` out of the way (deleted meanwhile)."""
        try:
            self.ready()
            self._count += 1
            moved = f"{self.folder}/{os.getpid()}-{self._count}"
            os.rename(path, moved)
        except OSError:
            os.unlink(path)
            return
        if self.deleting:
            self._start()
            self._queue.put(moved)

    def ready(self) -> str:
        """The folder, made (for page-rendering processes to move files into)."""
        if not self._made:
            self.folder.mkdir(mode=0o700)
            self._made = True
        return str(self.folder)

    def _start(self) -> None:
        if not self._threads:
            for _ in range(self.THREADS):
                thread = threading.Thread(target=self._delete, name="kuhina-trash", daemon=True)
                thread.start()
                self._threads.append(thread)

    def _delete(self) -> None:
        while (path := self._queue.get()) is not None:
            if path.endswith("/"):  # a killed publish's trash
                shutil.rmtree(path, ignore_errors=True)
                continue
            with contextlib.suppress(OSError):
                os.unlink(path)

    def close(self) -> None:
        """Wait until the trash is deleted."""
        if not self.deleting:
            return
        for _ in self._threads:
            self._queue.put(None)
        for thread in self._threads:
            thread.join()
        self._threads = []
        if self._made:  # what the page-rendering processes put there too
            shutil.rmtree(self.folder, ignore_errors=True)


def _identity(folder: Path) -> list[int] | None:
    try:
        stat = os.stat(folder)
    except OSError:
        return None
    return [stat.st_dev, stat.st_ino]


class Reuse:
    """The earlier site at the output path and what its state says; hands out the files
    that may be linked instead of rendered, and gathers the new state."""

    def __init__(self, state_file: Path | None, site: Path, renderer: str) -> None:
        self.state_file, self.site, self.renderer = state_file, site, renderer
        self._site = str(site)
        self.files: dict[str, list[Any]] = {}  # the new state: relative path -> [key, inode]
        self.records: dict[str, str] = {}  # the new state: slug -> its entry's and record's key
        # The new state: slug -> [key, what the lists need of it (site.py `_derive`)].
        self.rows: dict[str, list[Any]] = {}
        self._earlier_rows: dict[str, Any] = {}
        self._earlier: dict[str, list[Any]] = {}
        self._earlier_records: dict[str, str] = {}
        self._inodes: dict[str, dict[str, int]] = {}
        self.linked = self.written = 0
        # The spare (the site the last publish replaced) and, once the staging folder
        # starts from it, its files (relative path -> inode) and folders not yet taken over.
        self.spare = None if state_file is None else spare_folder(state_file)
        self._spare_identity: Any = None
        self.base: dict[str, int] | None = None
        self.base_folders: set[str] = set()
        self.trash: Trash | None = None
        self.spent: set[str] = set()  # the spare's files that are its own (`overwrite`)
        if state_file is not None:
            self._earlier = self._load(state_file)

    @classmethod
    def of(
        cls, site: Path, earlier: dict[str, list[Any]], base: dict[str, int], trash: str
    ) -> Reuse:
        """For a worker (site_offers): the earlier state of its pages, given, what the
        staging folder holds at their paths (`hand_over`) and the trash (or "")."""
        reuse = cls(None, site, "")
        reuse._earlier, reuse.base = earlier, base
        if trash:
            reuse.trash = Trash(Path(trash), deleting=False)
        return reuse

    def hand_over(self, relative: str) -> int | None:
        """The inode of the spare's file at `relative`, now the worker's to keep or replace."""
        return None if self.base is None else self.base.pop(relative, None)

    @property
    def described(self) -> bool:
        """Whether the state describes the site at the output path (a republish)."""
        return bool(self._earlier)

    def earlier(self, relative: str) -> list[Any] | None:
        return self._earlier.get(relative)

    def _load(self, state_file: Path) -> dict[str, list[Any]]:
        try:
            state = json.loads(state_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(state, dict) or state.get("format") != STATE_FORMAT:
            return {}
        if state.get("renderer") != self.renderer or state.get("site") != _identity(self.site):
            return {}
        files = state.get("files")
        if not isinstance(files, dict):
            return {}
        records = state.get("records")
        if isinstance(records, dict):
            self._earlier_records = records
        rows = state.get("rows")
        if isinstance(rows, dict):
            self._earlier_rows = rows
        self._spare_identity = state.get("spare")
        return files

    def start_from(self) -> Path | None:
        """The spare to build the new site in, if it is the one the earlier publish kept
        (its folder's device and inode); a spare of another is removed."""
        spare = self.spare
        if spare is None or not os.path.lexists(spare):
            return None
        if self._earlier and self._spare_identity == _identity(spare) and not spare.is_symlink():
            return spare
        if spare.is_dir() and not spare.is_symlink():
            shutil.rmtree(spare, ignore_errors=True)
        else:
            spare.unlink(missing_ok=True)
        return None

    def keep(self) -> Path | None:
        """Where the site this publish replaces is kept as the next one's spare: only a
        site the state describes (its files were made by this renderer)."""
        return self.spare if self._earlier else None

    def adopt(self, root: Path) -> None:
        """The staging folder as it starts (empty, or the spare): what it holds is listed,
        to be kept where it is the earlier site's very file (the same inode), else removed."""
        base: dict[str, int] = {}
        folders: set[str] = set()
        pending = [""]
        while pending:
            folder = pending.pop()
            with os.scandir(f"{root}/{folder}" if folder else root) as entries:
                for entry in entries:
                    relative = f"{folder}/{entry.name}" if folder else entry.name
                    if entry.is_dir(follow_symlinks=False):
                        folders.add(relative)
                        pending.append(relative)
                    elif entry.is_file(follow_symlinks=False):
                        base[relative] = entry.inode()
                    else:
                        os.unlink(entry.path)
        self.base = base if base or folders else None
        self.base_folders = folders
        if self.base is not None and self.spare is not None:
            name = f"{self.spare.name}-trash-"
            stale = [p for p in self.spare.parent.glob(f"{glob.escape(name)}*") if is_spare(p)]
            self.trash = Trash(self.spare.with_name(name + os.urandom(6).hex()), stale)
            # The spare's files that are not the earlier site's (their inode): the spare's
            # own, written over where the new site has new bytes there (`overwrite`).
            earlier = self._earlier
            self.spent = {
                relative for relative, inode in base.items()
                if (had := earlier.get(relative)) is None or type(had) is not list
                or had[1:] != [inode]
            }  # fmt: skip

    def overwrite(self, relative: str, target: str, content: bytes) -> int | None:
        """Write `content` into the spare's own file at `target` (a file no site has, only
        the spare: its one link, checked) instead of a new file, which saves making one and
        deleting the other; returns its inode, or None where it cannot be done."""
        if self.base is None or relative not in self.spent:
            return None
        self.spent.discard(relative)
        had = self.base.pop(relative, None)
        if had is None:
            return None
        try:
            fd = os.open(target, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0) | _BINARY)
        except OSError:
            self.base[relative] = had  # `clear` removes it
            return None
        try:
            found = os.fstat(fd)
            if found.st_nlink != 1 or found.st_ino != had or not stat.S_ISREG(found.st_mode):
                self.base[relative] = had
                return None
            # Written over in place, then cut to its new length: emptying the file first
            # would free its blocks and take new ones (with `discard`, a data part's
            # megabyte freed costs milliseconds), where the bytes can simply replace them.
            view = memoryview(content)
            while view:
                view = view[os.write(fd, view) :]
            if found.st_size > len(content):
                os.ftruncate(fd, len(content))
            return found.st_ino
        finally:
            os.close(fd)

    def close(self) -> None:
        """Wait until what the spare held and the new site has not is deleted."""
        if self.trash is not None:
            self.trash.close()

    def _drop(self, relative: str, path: str, inode: int) -> None:
        """Remove the spare's file at `path`: unlinked where the earlier site has the same
        file (a link less, nothing freed), else put in the trash."""
        earlier = self._earlier.get(relative)
        if self.trash is None or (type(earlier) is list and earlier[1:] == [inode]):
            os.unlink(path)
        else:
            self.trash.put(path)

    def clear(self, relative: str, target: str) -> None:
        """Make room at `target` for a file written anew (a spare's file there is removed,
        never written through: it may be the earlier site's file too)."""
        had = None if self.base is None else self.base.pop(relative, None)
        if had is not None:
            self._drop(relative, target, had)

    def prune(self, root: Path, folders: Iterable[str]) -> None:
        """Remove what the spare held that the new site has not (files, then folders)."""
        if self.base is None:
            return
        for relative, inode in self.base.items():
            self._drop(relative, f"{root}/{relative}", inode)
        self.base = {}
        kept: set[str] = set()
        for folder in folders:
            while folder and folder not in kept:
                kept.add(folder)
                folder = folder.rpartition("/")[0]
        for folder in sorted(self.base_folders - kept, key=len, reverse=True):
            shutil.rmtree(f"{root}/{folder}", ignore_errors=True)
        self.base_folders = set()

    def earlier_rows(self) -> dict[str, Any]:
        """What the lists needed of each opportunity in the earlier publish, with its key,
        by slug (site.py `_derive`)."""
        return self._earlier_rows

    def earlier_records(self) -> dict[str, str]:
        """The keys of the opportunities' entries and records in the earlier site, by slug
        (site_salvage)."""
        return self._earlier_records

    def earlier_text(self, relative: str) -> str | None:
        """The text of the earlier site's `relative` if it is the file written then."""
        earlier = self._earlier.get(relative)
        if not isinstance(earlier, list) or len(earlier) != 2:
            return None
        if not self.fresh(relative, earlier[0]):
            return None
        try:
            with open(f"{self._site}/{relative}", "rb") as file:
                return file.read().decode("utf-8")
        except (OSError, UnicodeDecodeError):
            return None

    def fresh(self, relative: str, key: str) -> bool:
        """Whether the earlier site's `relative` has this key and is the file written then."""
        earlier = self._earlier.get(relative)
        if not isinstance(earlier, list) or len(earlier) != 2 or earlier[0] != key:
            return False
        folder, _, name = relative.rpartition("/")
        inodes = self._inodes.get(folder)
        if inodes is None:
            inodes = self._inodes[folder] = self._scan(folder)
        return inodes.get(name) == earlier[1]

    def keep_same(self, relative: str, key: str, content: bytes, target: str) -> bool:
        """Link the earlier site's `relative` to `target` if it holds these very bytes (a
        file rendered again, or one of the small files rendered every time, whose bytes
        are compared, not trusted); recorded under the new key."""
        earlier = self._earlier.get(relative)
        if not isinstance(earlier, list) or len(earlier) != 2:
            return False
        if not self.fresh(relative, earlier[0]):
            return False
        try:
            with open(self.site / relative, "rb") as file:
                if file.read(len(content) + 1) != content:
                    return False
        except OSError:
            return False
        if not self.link(relative, target):
            return False
        self.files[relative][0] = key
        return True

    def _scan(self, folder: str) -> dict[str, int]:
        try:
            with os.scandir(self.site / folder if folder else self.site) as entries:
                return {e.name: e.inode() for e in entries if e.is_file(follow_symlinks=False)}
        except OSError:
            return {}

    def link(self, relative: str, target: str) -> bool:
        """Put the earlier site's file at `target` (a hard link; a copy where the file system
        has none). False when it cannot be had: the caller renders it instead."""
        key, inode = self._earlier[relative]
        if self.base is not None:  # the staging folder started from the spare
            had = self.base.pop(relative, None)
            if had == inode:  # the very file already (both sites have it)
                self.record(relative, key, inode)
                self.linked += 1
                return True
            if had is not None:
                self._drop(relative, target, had)
        source = f"{self._site}/{relative}"
        try:
            os.link(source, target, follow_symlinks=False)
        except OSError:
            if os.path.lexists(target):
                return False
            try:
                shutil.copy2(source, target)
            except OSError:
                return False
            self.record(relative, key, os.stat(target).st_ino)
            return True
        self.record(relative, key, inode)
        self.linked += 1
        return True

    def link_folder(self, folder: str, names: list[str], keys: list[str], root: str) -> list[int]:
        """`link` each file `folder/name` whose key is `keys[i]` and is fresh (the many
        opportunities' pages of a folder in one pass); returns the indexes of the others."""
        inodes = self._inodes.get(folder)
        if inodes is None:
            inodes = self._inodes[folder] = self._scan(folder)
        earlier, files, base = self._earlier, self.files, self.base
        prefix = f"{folder}/"
        source, target = f"{self._site}/{prefix}", f"{root}/{prefix}"
        left = []
        for index, (name, key) in enumerate(zip(names, keys, strict=True)):
            relative = prefix + name
            had = earlier.get(relative)
            if type(had) is not list or len(had) != 2 or had[0] != key:
                left.append(index)
                continue
            inode = had[1]
            if inodes.get(name) != inode:
                left.append(index)
                continue
            if base is not None:
                there = base.pop(relative, None)
                if there is not None and there != inode:
                    self._drop(relative, target + name, there)
            else:
                there = None
            if there != inode:
                try:
                    os.link(source + name, target + name, follow_symlinks=False)
                except OSError:
                    if not self.link(relative, target + name):
                        left.append(index)
                    continue
            files[relative] = [key, inode]
            self.linked += 1
        return left

    def record(self, relative: str, key: str, inode: int) -> None:
        self.files[relative] = [key, inode]

    def _make_spare(self, spare: Path) -> None:
        """A spare for the next publish when this one replaced none (the first publish with
        the state, or one whose state did not describe the site it replaced): the new
        site's files linked, on the same file system only; on any failure, none."""
        try:
            if os.stat(spare.parent).st_dev != os.stat(self.site).st_dev:
                return
            spare.mkdir(mode=0o755)
            made = {""}
            for relative in self.files:
                folder = relative.rpartition("/")[0]
                if folder not in made:
                    os.makedirs(spare / folder, exist_ok=True)
                    made.add(folder)
                os.link(f"{self._site}/{relative}", f"{spare}/{relative}", follow_symlinks=False)
        except OSError:
            shutil.rmtree(spare, ignore_errors=True)

    def save(self) -> None:
        """Write the new state (after the swap: it describes the site now at the path)."""
        if self.state_file is None:
            return
        state = {
            "format": STATE_FORMAT,
            "renderer": self.renderer,
            "site": _identity(self.site),
            "files": self.files,
            "records": self.records,
            "rows": self.rows,
        }
        self.state_file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if self.spare is not None and not os.path.lexists(self.spare):
            self._make_spare(self.spare)
        state["spare"] = _identity(self.spare) if self.spare and self.spare.is_dir() else None
        text = json.dumps(state, separators=(",", ":"))
        write_file_atomic(self.state_file, text.encode("utf-8"))
