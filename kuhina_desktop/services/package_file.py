"""Reading a `.kuhina` file: the one way the inbox, `kuhina package verify` and
`kuhina catalogue import` take a package's bytes from disk.

At most one byte more than a package may have is read, so an oversized file is refused
without reading all of it. What is read is untrusted: `verify_package_file` hands it to the
package reader, which checks everything (docs/package-format.md).
"""

from __future__ import annotations

from pathlib import Path

from kuhina_desktop.packages import limits
from kuhina_desktop.packages.errors import PackageError
from kuhina_desktop.packages.verified import VerifiedPackage

SUFFIX = limits.SUFFIX


def read_package_file(path: Path) -> bytes:
    """The bytes of the package file at `path`.

    PackageError `package_file_unreadable` (with the system's reason) when it cannot be
    read, `archive_too_large` when it holds more than a package may.
    """
    try:
        with open(path, "rb") as handle:
            data = handle.read(limits.MAX_ARCHIVE_BYTES + 1)
    except OSError as error:
        raise PackageError(
            "package_file_unreadable",
            {"path": str(path), "detail": error.strerror or type(error).__name__},
        ) from None
    if len(data) > limits.MAX_ARCHIVE_BYTES:
        try:
            size = Path(path).stat().st_size
        except OSError:
            size = len(data)
        raise PackageError("archive_too_large", {"size": size, "max": limits.MAX_ARCHIVE_BYTES})
    return data


def verify_package(data: bytes, *, public_key: str | None = None) -> VerifiedPackage:
    """Check untrusted package bytes completely (every rule of docs/package-format.md);
    PackageError naming the first rule broken. `public_key`: the signer it must be."""
    from kuhina_desktop.packages.reader import read_package

    return read_package(data, public_key=public_key)


def verify_package_file(path: Path, *, public_key: str | None = None) -> VerifiedPackage:
    """`read_package_file` then `verify_package`."""
    return verify_package(read_package_file(path), public_key=public_key)
