"""The on-disk layout of a workspace folder and its kind marker (its lock: `workspace_lock`).

A workspace folder holds `workspace.json` (`{"kind": "organisation" | "catalogue",
"format": 1, "created_at"}`), the SQLite file `kuhina.sqlite` (unless a catalogue uses
another database URL, kept in `workspace.json`), `keys/` for an organisation, and
`backups/`. While a program has it open, `.lock` is held, so a second program gets a
clear message instead of two writers on one file.

A workspace holds private data (contact people, keys): on POSIX its folder is 0700 and its
files 0600 whatever the umask, also a folder made by an earlier version once it is opened;
on Windows it lives in the user's own profile (docs/architecture.md, "Writing files").

Reading the marker imports nothing heavy, so the windows can tell a folder's kind before
the rest of the program has loaded.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kuhina_desktop.atomic_write import private_folder, write_file_atomic
from kuhina_desktop.errors import WorkspaceError

MARKER = "workspace.json"
DATABASE = "kuhina.sqlite"
FORMAT = 1

# The command line's name for the one atomic write (kept for its callers).
write_atomic = write_file_atomic


@dataclass(frozen=True)
class WorkspaceInfo:
    kind: str
    format: int
    created_at: str
    database_url: str | None = None


def read_info(folder: Path) -> WorkspaceInfo:
    marker = folder / MARKER
    if not folder.is_dir() or not marker.is_file():
        raise WorkspaceError("workspace_missing", path=str(folder))
    try:
        raw: dict[str, Any] = json.loads(marker.read_text(encoding="utf-8"))
        info = WorkspaceInfo(
            kind=raw["kind"],
            format=int(raw["format"]),
            created_at=raw["created_at"],
            database_url=raw.get("database_url"),
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise WorkspaceError("workspace_marker_broken", path=str(marker)) from exc
    if info.format > FORMAT:
        raise WorkspaceError("workspace_too_new", path=str(folder))
    return info


def create_folder(folder: Path, kind: str, database_url: str | None = None) -> WorkspaceInfo:
    """Make a new workspace folder; refuses a folder that already holds anything."""
    from kuhina_desktop.domain.model import now_timestamp

    if folder.exists() and any(folder.iterdir()):
        raise WorkspaceError("workspace_not_empty", path=str(folder))
    private_folder(folder)
    info = WorkspaceInfo(
        kind=kind, format=FORMAT, created_at=now_timestamp(), database_url=database_url
    )
    body = {"kind": info.kind, "format": info.format, "created_at": info.created_at}
    if database_url:
        body["database_url"] = database_url
    write_file_atomic(folder / MARKER, json.dumps(body, indent=2).encode("utf-8"))
    return info
