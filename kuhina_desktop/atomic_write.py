"""Writing a whole file so that a crash leaves either the old file or the new one.

The one way the program writes an output file (DESIGN section 9, "files are written to a
temporary name and renamed"): the data goes to a fresh temporary file beside the target,
is flushed to disk, and is renamed over the target. On any failure the temporary file is
removed and an `OSError` becomes a `KnownError` the user can act on (`output_folder_missing`,
`file_write_failed`) instead of a crash.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from kuhina_desktop.errors import KnownError


def write_file_atomic(
    path: Path | str, data: bytes, before_rename: Callable[[], object] | None = None
) -> None:
    """Write `data` to a temporary file beside `path`, flush it to disk, run
    `before_rename()` if given, then rename it over `path`; nothing is left on failure."""
    path = Path(path)
    if not path.parent.is_dir():
        raise KnownError("output_folder_missing", path=str(path.parent))
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise KnownError(
            "file_write_failed", path=str(path), reason=error.strerror or type(error).__name__
        ) from None
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if before_rename is not None:
            before_rename()
        os.replace(tmp, path)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        raise KnownError(
            "file_write_failed", path=str(path), reason=error.strerror or type(error).__name__
        ) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
