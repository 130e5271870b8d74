"""The catalogue's outputs, for the coordinator's window and the command line alike.

Each one takes the workspace's published view (hidden records and unpublished
opportunities already left out, decided in one place: `CatalogueWorkspace.published`) at
the moment it runs, writes its files and returns what it wrote. A `Progress` reports the
work and may cancel it (`Cancelled`); a cancelled or failed run leaves the target as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kuhina_desktop.catalogue.web_checks import FlaggedOpportunity, without_how_to_apply
from kuhina_desktop.exports.site_settings import SiteSettings
from kuhina_desktop.progress import Progress
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace


def write_workbooks(
    ws: CatalogueWorkspace,
    out: Path,
    *,
    municipalities: Sequence[str] | None = None,
    language: str = "fi",
    progress: Progress | None = None,
) -> list[Path]:
    """Excel workbooks into `out`: one per municipality and, unless `municipalities` picks
    some, the region's; returns their paths."""
    from kuhina_desktop.exports.excel import write_excel

    chosen = list(municipalities) if municipalities is not None else None
    return write_excel(
        ws.published(), out, municipalities=chosen, language=language, progress=progress
    )


def write_open_data(
    ws: CatalogueWorkspace, out: Path, *, progress: Progress | None = None
) -> list[Path]:
    """The open data folder (HSDS 3.0 JSON, the catalogue's own JSON, CSV) into `out`;
    returns the files written."""
    from kuhina_desktop.exports import opendata

    return opendata.write_open_data(ws.published(), out, progress=progress)


def publish_site(
    ws: CatalogueWorkspace,
    out: Path,
    *,
    progress: Progress | None = None,
    settings: SiteSettings | None = None,
) -> Path:
    """The static web catalogue into `out` (replacing an earlier one); returns its folder."""
    return publish_web_catalogue(ws, out, progress=progress, settings=settings).folder


@dataclass(frozen=True)
class WebPublished:
    folder: Path
    flagged: list[FlaggedOpportunity]  # published offers the coordinator should look at


def publish_web_catalogue(
    ws: CatalogueWorkspace,
    out: Path,
    *,
    progress: Progress | None = None,
    settings: SiteSettings | None = None,
) -> WebPublished:
    """The web catalogue with `settings` (base address, feedback e-mail), and the published
    offers flagged for the coordinator (no how-to-apply text)."""
    from kuhina_desktop.exports import site

    catalogue = ws.published()
    folder = site.publish_site(catalogue, out, progress=progress, settings=settings)
    return WebPublished(folder, without_how_to_apply(catalogue))
