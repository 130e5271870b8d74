"""Republishing only what changed (docs/web-catalogue.md, "Republishing").

A publish still builds a whole new site in a staging folder and swaps it in (`site.py`,
`atomic_write.staged_folder`), so the output path always holds a whole site. What changes is
how the staging folder is filled: a file whose inputs are the same as in the site at the
output path is not rendered again but hard-linked from that site (same bytes, same inode,
same modification time), and only the rest is rendered and written.

The inputs of a file are summed up in its **key**: for an opportunity's page, a list page or
a data part, a hash of everything it is rendered from (the records' fingerprints, the page's
context, the renderer: templates, strings, vocabulary, code); for the small files rendered
every time (data heads, the embed pages, the sitemap, assets), the hash of their bytes. The
**state** of a publish maps each file to its key and the inode it was written as; it is kept
private in the workspace (0600: the keys are hashes of records that hold private data), never
in the published folder, and written after the swap. A file is reused only when its key is
the same, the state belongs to the site now at the output path (the folder's device and
inode), and the file found there is the one written (its inode): a site replaced by hand, a
publish without state or a state that does not match just means more is rendered. A publish
killed before the state is written leaves the previous state, which no longer matches the
site, so the next publish renders everything once more.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kuhina_desktop import __version__
from kuhina_desktop.atomic_write import write_file_atomic
from kuhina_desktop.resources import resource_path

STATE_FORMAT = 1
_CODE = (
    "site.py", "site_data.py", "site_details.py", "site_embed.py", "site_js.py",
    "site_lists.py", "site_templates.py", "site_web.py", "site_reuse.py", "site_offers.py",
    "site_salvage.py", "site_entries.py", "site_pages.py", "site_items.py",
)  # fmt: skip


def digest(*parts: object) -> str:
    """A key: 128 bits of BLAKE2b over the parts' text, each part delimited."""
    text = "\x1f".join([str(part) for part in parts])
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
        self._earlier: dict[str, list[Any]] = {}
        self._earlier_records: dict[str, str] = {}
        self._inodes: dict[str, dict[str, int]] = {}
        self.linked = self.written = 0
        if state_file is not None:
            self._earlier = self._load(state_file)

    @classmethod
    def of(cls, site: Path, earlier: dict[str, list[Any]]) -> Reuse:
        """For a worker (site_offers): the earlier state of its pages, given."""
        reuse = cls(None, site, "")
        reuse._earlier = earlier
        return reuse

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
        return files

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
        source = f"{self._site}/{relative}"
        try:
            os.link(source, target, follow_symlinks=False)
        except OSError:
            try:
                shutil.copy2(source, target)
            except OSError:
                return False
            self.record(relative, self._earlier[relative][0], os.stat(target).st_ino)
            return True
        self.record(relative, self._earlier[relative][0], self._earlier[relative][1])
        self.linked += 1
        return True

    def record(self, relative: str, key: str, inode: int) -> None:
        self.files[relative] = [key, inode]

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
        }
        self.state_file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        text = json.dumps(state, separators=(",", ":"), sort_keys=True)
        write_file_atomic(self.state_file, text.encode("utf-8"))
