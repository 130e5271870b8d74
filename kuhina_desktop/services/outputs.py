"""The catalogue's outputs, for the coordinator's window and the command line alike.

Each one takes the workspace's published view (hidden records and unpublished
opportunities already left out, decided in one place: `CatalogueWorkspace.published`) at
the moment it runs, writes its files and returns what it wrote. A `Progress` reports the
work and may cancel it (`Cancelled`); a cancelled or failed run leaves the target as it was.
Each output written is entered in the audit log (`output_audit`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from kuhina_desktop.atomic_write import private_folder
from kuhina_desktop.catalogue.web_checks import FlaggedOpportunity, without_how_to_apply
from kuhina_desktop.exports.site_settings import SiteSettings
from kuhina_desktop.progress import Progress
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from kuhina_desktop.services.output_audit import EXCEL, OPEN_DATA, PUBLISH, audit_output


def write_workbooks(
    ws: CatalogueWorkspace,
    out: Path,
    *,
    municipalities: Sequence[str] | None = None,
    language: str = "fi",
    progress: Progress | None = None,
    actor: str | None = None,
) -> list[Path]:
    """Excel workbooks into `out`: one per municipality and, unless `municipalities` picks
    some, the region's; returns their paths."""
    from kuhina_desktop.exports.excel import write_excel

    chosen = list(municipalities) if municipalities is not None else None
    view = ws.published()
    paths = write_excel(view, out, municipalities=chosen, language=language, progress=progress)
    audit_output(ws, EXCEL, out, view, paths, actor, municipalities=chosen, language=language)
    return paths


def write_open_data(
    ws: CatalogueWorkspace,
    out: Path,
    *,
    progress: Progress | None = None,
    actor: str | None = None,
    base_url: str | None = None,
) -> list[Path]:
    """The open data folder (HSDS 3.0 in every language, the catalogue's own JSON, CSV,
    DCAT-AP) into `out`; returns the files written. With the web catalogue's base address
    (`base_url`, checked; else the saved site setting), each HSDS service links to its offer
    page there."""
    from kuhina_desktop.exports import opendata
    from kuhina_desktop.services.site_settings import load_site_settings

    view = ws.published()
    base_url = base_url or load_site_settings(ws.folder).base_url
    written = opendata.write_open_data(view, out, progress=progress, base_url=base_url)
    audit_output(ws, OPEN_DATA, out, view, written, actor)
    return written


def publish_site(
    ws: CatalogueWorkspace,
    out: Path,
    *,
    progress: Progress | None = None,
    settings: SiteSettings | None = None,
    actor: str | None = None,
) -> Path:
    """The static web catalogue into `out` (replacing an earlier one); returns its folder."""
    return publish_web_catalogue(ws, out, progress=progress, settings=settings, actor=actor).folder


SITE_STATE_FOLDER = "site-state"


def site_state_file(workspace_folder: Path, out: Path) -> Path:
    """Where the workspace remembers what each file of the site published at `out` was made
    from (exports.site_reuse), so the next publish there renders only what changed: in the
    workspace's private folder, one file per output folder."""
    where = str(Path(out).resolve()).encode("utf-8", "surrogateescape")
    name = hashlib.sha256(where).hexdigest()[:24] + ".json"
    return private_folder(Path(workspace_folder) / SITE_STATE_FOLDER) / name


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
    actor: str | None = None,
) -> WebPublished:
    """The web catalogue with `settings` (base address, feedback e-mail), and the published
    offers flagged for the coordinator (no how-to-apply text)."""
    from kuhina_desktop.exports import site
    from kuhina_desktop.services.retention_setting import load_retention_months

    settings = replace(
        settings or SiteSettings(), retention_months=load_retention_months(ws.folder)
    )
    catalogue = ws.published()
    state = site_state_file(ws.folder, out)
    folder = site.publish_site(catalogue, out, progress=progress, settings=settings, state=state)
    files = [p for p in Path(folder).rglob("*") if p.is_file()]
    audit_output(ws, PUBLISH, out, catalogue, files, actor)
    return WebPublished(folder, without_how_to_apply(catalogue))


def web_flags(ws: CatalogueWorkspace) -> list[FlaggedOpportunity]:
    """The published offers the web catalogue flags for the coordinator (no how-to-apply
    text: the site shows the organisation's contact instead)."""
    return without_how_to_apply(ws.published())
