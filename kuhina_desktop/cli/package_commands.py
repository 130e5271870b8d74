"""`kuhina package verify FILE.kuhina [--public-key KEY]`: check a package, change nothing.

Exit 0 with a summary on stdout for a good package; exit 1 with one translated line naming
the reason for a refused one (the main loop prints every KnownError that way).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kuhina_desktop.cli.console import Console


def register(commands: Any) -> None:
    package = commands.add_parser("package", help="signed .kuhina package files")
    sub = package.add_subparsers(dest="package_command", metavar="COMMAND", required=True)
    p = sub.add_parser("verify", help="check a package completely, in memory")
    p.add_argument("file", type=Path, metavar="FILE.kuhina")
    p.add_argument(
        "--public-key",
        metavar="'ssh-ed25519 AAAA...'",
        help="refuse the package unless this key signed it",
    )
    p.set_defaults(handler=cmd_verify)


def cmd_verify(args: argparse.Namespace, console: Console) -> int:
    from kuhina_desktop.services.package_file import verify_package_file

    package = verify_package_file(args.file, public_key=args.public_key)
    manifest, counts = package.manifest, package.manifest["counts"]
    lines = [
        console.t("verify_ok", file=str(args.file)),
        console.t(
            "verify_organisation", name=manifest["organisation_name"], id=package.organisation_id
        ),
        console.t("verify_sequence", sequence=package.sequence, created_at=package.created_at),
        console.t("verify_counts", **counts),
        console.t("verify_fingerprint", fingerprint=package.fingerprint),
        console.t("verify_sha256", sha256=package.sha256),
    ]
    if package.key_rotation is not None:
        from kuhina_desktop.services.signing_keys import fingerprint

        lines.append(
            console.t(
                "verify_rotation", previous=fingerprint(package.key_rotation.previous_public_key)
            )
        )
    console.out("\n".join(lines))
    return 0
