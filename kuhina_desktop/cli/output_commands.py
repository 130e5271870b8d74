"""`kuhina catalogue excel | opendata | publish`: the outputs (docs/excel-workbooks.md,
docs/open-data.md, docs/web-catalogue.md).

`add_output_commands(catalogue_subparsers)` adds the output commands to the `catalogue`
group's sub-parsers. Each command opens the catalogue workspace, takes its published view
(hidden records and unpublished opportunities already left out) and writes its files,
printing each written path.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kuhina_desktop.cli.console import Console
from kuhina_desktop.messages import LANGUAGES


def add_output_commands(catalogue_subparsers: Any) -> None:
    p = catalogue_subparsers.add_parser(
        "excel", help="Excel workbooks for the municipalities and the region"
    )
    p.add_argument("--workspace", required=True, type=Path)
    p.add_argument("--out", required=True, type=Path)
    p.add_argument(
        "--municipality",
        action="append",
        metavar="CODE",
        help="only this municipality (repeatable); leaves out the regional workbook",
    )
    # Its own dest: a sub-parser's --language default would overwrite `kuhina --language`.
    p.add_argument(
        "--language",
        dest="output_language",
        choices=LANGUAGES,
        help="language of the workbooks (default: the language of messages)",
    )
    p.set_defaults(handler=cmd_excel)
    add_publishing_commands(catalogue_subparsers)


def cmd_excel(args: argparse.Namespace, console: Console) -> int:
    from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
    from kuhina_desktop.services.outputs import write_workbooks

    with CatalogueWorkspace.open(args.workspace) as workspace:
        paths = write_workbooks(
            workspace,
            args.out,
            municipalities=args.municipality,
            language=args.output_language or console.language,
        )
    for path in paths:
        console.info("excel_written", path=str(path))
    return 0


def add_publishing_commands(catalogue_subparsers: Any) -> None:
    """`opendata` and `publish`: the open data folder and the static web catalogue."""
    p = catalogue_subparsers.add_parser(
        "opendata",
        help="open data: HSDS 3.0 (fi, sv, en; JSON and tabular), the catalogue's own JSON, "
        "CSV, DCAT-AP",
    )
    p.add_argument("--workspace", required=True, type=Path)
    p.add_argument("--out", required=True, type=Path)
    p.add_argument(
        "--base-url",
        metavar="URL",
        help="the web catalogue's address (https://...): each HSDS service links to its "
        "offer page there; default: the workspace's saved setting",
    )
    p.set_defaults(handler=cmd_opendata)

    p = catalogue_subparsers.add_parser(
        "publish", help="the static web catalogue (fi, sv, en) for any web server or disk"
    )
    p.add_argument("--workspace", required=True, type=Path)
    p.add_argument("--out", required=True, type=Path)
    p.add_argument(
        "--base-url",
        metavar="URL",
        help="the address the site is published at (https://...): canonical links, "
        "sitemap.xml, robots.txt, Open Graph; default: the workspace's saved setting",
    )
    p.add_argument(
        "--feedback-email",
        metavar="ADDRESS",
        help="the accessibility statement's feedback address; default: the saved setting",
    )
    p.add_argument(
        "--controller-name",
        metavar="NAME",
        help="who is responsible for the personal data, named in the privacy notice; "
        "default: the saved setting",
    )
    p.add_argument(
        "--controller-email",
        metavar="ADDRESS",
        help="the controller's e-mail address in the privacy notice; default: the saved setting",
    )
    p.set_defaults(handler=cmd_publish)


def cmd_opendata(args: argparse.Namespace, console: Console) -> int:
    from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
    from kuhina_desktop.services.outputs import write_open_data
    from kuhina_desktop.services.site_settings import checked_base_url

    # Checked before the workspace is opened: a bad address changes nothing.
    base_url = None if args.base_url is None else checked_base_url(args.base_url)
    with CatalogueWorkspace.open(args.workspace) as workspace:
        written = write_open_data(workspace, args.out, base_url=base_url)
    console.info("opendata_written", path=str(args.out), files=len(written))
    return 0


def cmd_publish(args: argparse.Namespace, console: Console) -> int:
    from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
    from kuhina_desktop.services.outputs import publish_web_catalogue
    from kuhina_desktop.services.privacy_notice import controller_missing
    from kuhina_desktop.services.site_settings import checked_settings, load_site_settings

    saved = load_site_settings(args.workspace)

    def given(value: str | None, default: str | None) -> str | None:
        return default if value is None else value

    settings = checked_settings(
        given(args.base_url, saved.base_url),
        given(args.feedback_email, saved.feedback_email),
        given(args.controller_name, saved.controller_name),
        given(args.controller_email, saved.controller_email),
    )  # checked before the workspace is opened: a bad address changes nothing
    with CatalogueWorkspace.open(args.workspace) as workspace:
        published = publish_web_catalogue(workspace, args.out, settings=settings)
    folder = published.folder
    console.info("site_published", path=str(folder), index=str(folder / "index.html"))
    if controller_missing(settings):
        console.info("site_privacy_controller_missing")
    flagged = published.flagged
    if flagged:
        console.info("site_no_how_to_apply", count=len(flagged))
        for entry in flagged:
            console.out(f"  {entry.organisation}: {entry.title} ({entry.opportunity_id})")
    return 0
