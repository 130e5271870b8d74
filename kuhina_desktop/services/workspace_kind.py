"""Which kind of workspace a folder holds, read from its marker file alone.

Cheap on purpose (no database, no SQLAlchemy): the windows use it at start to choose the
window before the rest of the program has loaded.
"""

from __future__ import annotations

from pathlib import Path

from kuhina_desktop.errors import WorkspaceError
from kuhina_desktop.store.workspace_folder import read_info


def workspace_kind(folder: Path) -> str | None:
    """ "organisation" or "catalogue"; None when `folder` holds no readable workspace (opening
    it then says why)."""
    try:
        return read_info(Path(folder)).kind
    except (WorkspaceError, OSError):
        return None
