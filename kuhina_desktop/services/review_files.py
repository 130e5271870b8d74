"""Review files (docs/review-file.md): the proposed changes of packages, with a decision
to fill in per change. The command line writes and reads them; the inbox builds the review
of one checked package for its review dialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from kuhina_desktop.atomic_write import write_file_atomic
from kuhina_desktop.catalogue.review import (
    MAX_REVIEW_FILE,
    PackageReview,
    ReviewFile,
    parse_review_file,
    review_for,
)
from kuhina_desktop.domain.model import now_timestamp
from kuhina_desktop.errors import KnownError
from kuhina_desktop.services.catalogue_results import InboxItem


def read_review_file(path: Path) -> ReviewFile:
    """A filled-in review file; KnownError when it cannot be read or is not one."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_REVIEW_FILE + 1)
    except OSError:
        raise KnownError("catalogue_file_unreadable", file=str(path)) from None
    if len(data) > MAX_REVIEW_FILE:
        raise KnownError("catalogue_file_too_large", file=str(path))
    return parse_review_file(data)


def review_file_text(reviews: Sequence[PackageReview]) -> str:
    """A review file holding `reviews`, every decision open, dated now."""
    return ReviewFile(tuple(reviews), now_timestamp()).dumps()


def write_text_file(path: Path, text: str) -> None:
    """A review file or an allowed_signers list, written whole or not at all."""
    write_file_atomic(path, text.encode("utf-8"))


def review_of(item: InboxItem) -> PackageReview | None:
    """The review of a checked package with every decision open (None: nothing to review)."""
    package, diff = item.package, item.diff
    if package is None or diff is None:
        return None
    return review_for(
        diff,
        package_sha256=package.sha256,
        organisation_name=package.organisation_name,
        sequence=package.sequence,
        file=package.file,
    )
