"""`kuhina demo --out DIR`: demo organisation workspaces and their signed packages.

Each organisation of `demo.content.generate_demo` becomes a workspace
`DIR/<slug>/` (its key without a passphrase) and a package `DIR/packages/<slug>.kuhina`.
The same seed gives the same records. On failure everything the command made is removed.
"""

from __future__ import annotations

import argparse
import re
import shutil
import unicodedata
from pathlib import Path
from typing import Any

from kuhina_desktop.cli.console import Console
from kuhina_desktop.errors import KnownError

DEFAULT_ORGANISATIONS = 10
DEFAULT_OPPORTUNITIES = 20
DEFAULT_SEED = 2026
PACKAGES_FOLDER = "packages"


def register(commands: Any) -> None:
    p = commands.add_parser("demo", help="write demo organisation workspaces and packages")
    p.add_argument("--out", required=True, type=Path, metavar="DIR")
    p.add_argument("--organisations", type=_count, default=DEFAULT_ORGANISATIONS, metavar="N")
    p.add_argument(
        "--opportunities",
        type=_count,
        default=DEFAULT_OPPORTUNITIES,
        metavar="M",
        help="opportunities per organisation",
    )
    p.add_argument("--seed", type=int, default=DEFAULT_SEED, metavar="S")
    p.set_defaults(handler=cmd_demo)


def _count(text: str) -> int:
    value = int(text)
    if not 0 <= value <= 10_000:
        raise argparse.ArgumentTypeError("between 0 and 10000")
    return value


def slug(name: str) -> str:
    """An ASCII folder name from an organisation's name: `Joensuun Työtupa ry` ->
    `joensuun-tyotupa-ry`."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "organisation"


def cmd_demo(args: argparse.Namespace, console: Console) -> int:
    from kuhina_desktop.demo.content import generate_demo
    from kuhina_desktop.services.org_workspace import OrgWorkspace
    from kuhina_desktop.services.package_export import export_package

    out: Path = args.out
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise KnownError("demo_folder_not_empty", path=str(out))
    created_out = not out.exists()
    packages = out / PACKAGES_FOLDER
    made: list[Path] = []
    try:
        packages.mkdir(parents=True, exist_ok=True)
        made.append(packages)
        used: set[str] = set()
        for demo in generate_demo(args.organisations, args.opportunities, args.seed):
            org = demo.snapshot.organisation
            name = slug(org.name.fi)
            while name in used or name == PACKAGES_FOLDER:
                name += "-" + str(len(used))
            used.add(name)
            folder = out / name
            made.append(folder)
            with OrgWorkspace.create(
                folder, org.name.fi, org.business_id, None, organisation=org
            ) as ws:
                ws.load(demo.snapshot, demo.attachments)
                result = export_package(ws, packages / f"{name}.kuhina", passphrase=None)
            console.info(
                "demo_organisation", name=org.name.fi, path=str(folder), package=str(result.path)
            )
    except BaseException:
        for path in made:
            shutil.rmtree(path, ignore_errors=True)
        if created_out:
            shutil.rmtree(out, ignore_errors=True)
        raise
    console.info("demo_done", count=len(used), path=str(out))
    return 0
