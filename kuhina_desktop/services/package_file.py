"""Reading a `.kuhina` file: the one way the inbox, `kuhina package verify` and
`kuhina catalogue import` take a package's bytes from disk.

At most one byte more than a package may have is read, so an oversized file is refused
without reading all of it. What is read is untrusted: `verify_package_file` hands it to the
package reader, which checks everything (docs/package-format.md).
"""

from __future__ import annotations

from pathlib import Path

from kuhina_desktop.packages import limits
from kuhina_desktop.packages.verified import VerifiedPackage

SUFFIX = limits.SUFFIX


def read_package_file(path: Path) -> bytes:
    """The bytes of the package file at `path` (`packages.reader.read_package_file`).

    PackageError `package_file_unreadable` (with the system's reason) when it cannot be
    read, `package_file_not_regular` for a device, folder or pipe, `archive_too_large`
    (with the file's real size) when it holds more than a package may.
    """
    from kuhina_desktop.packages.reader import read_package_file as read_file

    return read_file(path)


def verify_package(data: bytes, *, public_key: str | None = None) -> VerifiedPackage:
    """Check untrusted package bytes completely (every rule of docs/package-format.md);
    PackageError naming the first rule broken. `public_key`: the signer it must be."""
    from kuhina_desktop.packages.reader import read_package

    return read_package(data, public_key=public_key)


def verify_package_file(path: Path, *, public_key: str | None = None) -> VerifiedPackage:
    """`read_package_file` then `verify_package`."""
    return verify_package(read_package_file(path), public_key=public_key)
