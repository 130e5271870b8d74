"""`kuhina org export | rotate-key | backup | restore`: the package side of a workspace.

Passphrases come from an environment variable or the terminal (`passphrases`).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kuhina_desktop.cli.console import Console
from kuhina_desktop.cli.passphrases import ask_passphrase, key_passphrase, passphrase_from_env
from kuhina_desktop.domain.model import Snapshot
from kuhina_desktop.errors import KnownError, ValidationFailed
from kuhina_desktop.services.org_workspace import OrgWorkspace


def register(sub: Any) -> None:
    p = sub.add_parser("export", help="write the workspace's next signed package")
    p.add_argument("--workspace", required=True, type=Path)
    p.add_argument("--out", required=True, type=Path, metavar="FILE.kuhina")
    p.add_argument(
        "--passphrase-env",
        metavar="VAR",
        help="environment variable holding the signing key's passphrase",
    )
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("rotate-key", help="replace the signing key; the old key vouches for it")
    p.add_argument("--workspace", required=True, type=Path)
    p.add_argument(
        "--passphrase-env",
        metavar="VAR",
        help="environment variable holding the current key's passphrase",
    )
    p.add_argument(
        "--new-passphrase-env",
        metavar="VAR",
        help="environment variable holding the new key's passphrase "
        "(default: the current key's passphrase)",
    )
    p.set_defaults(handler=cmd_rotate_key)

    p = sub.add_parser("backup", help="one encrypted file holding the database and the keys")
    p.add_argument("--workspace", required=True, type=Path)
    p.add_argument("--out", required=True, type=Path, metavar="FILE")
    p.add_argument(
        "--passphrase-env",
        metavar="VAR",
        help="environment variable holding the backup's passphrase",
    )
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", help="restore a backup into a new workspace folder")
    p.add_argument("--from", dest="source", required=True, type=Path, metavar="FILE")
    p.add_argument("--workspace", required=True, type=Path)
    p.add_argument(
        "--passphrase-env",
        metavar="VAR",
        help="environment variable holding the backup's passphrase",
    )
    p.set_defaults(handler=cmd_restore)


def _places(snapshot: Snapshot) -> dict[str, str]:
    """Record id -> a name a person recognises, for problem lines."""
    places = {snapshot.organisation.id: snapshot.organisation.name.fi}
    places.update({env.id: env.name.fi or env.id for env in snapshot.environments})
    places.update({opp.id: opp.title.fi or opp.id for opp in snapshot.opportunities})
    return places


def cmd_export(args: argparse.Namespace, console: Console) -> int:
    from kuhina_desktop.services.package_export import export_package

    with OrgWorkspace.open(args.workspace) as ws:
        passphrase = key_passphrase(ws, args.passphrase_env, console)
        try:
            result = export_package(ws, args.out, passphrase=passphrase)
        except ValidationFailed as failure:
            console.error(failure.code, **failure.params)
            console.problems(failure.problems, _places(ws.snapshot(include_drafts=False)))
            return 1
    counts = result.counts
    console.info(
        "export_done",
        file=str(result.path),
        sequence=result.sequence,
        environments=counts["environments"],
        opportunities=counts["opportunities"],
        attachments=counts["attachments"],
    )
    diff = result.diff
    if diff.since_sequence is None:
        console.info("export_first")
    else:
        console.info(
            "export_changes",
            since=diff.since_sequence,
            added=len(diff.added),
            changed=len(diff.changed),
            removed=len(diff.removed),
        )
    if result.key_rotation:
        console.info("export_rotation_note")
    console.info("fingerprint_is", fingerprint=result.fingerprint)
    return 0


def cmd_rotate_key(args: argparse.Namespace, console: Console) -> int:
    from kuhina_desktop.services.key_rotation import rotate_key
    from kuhina_desktop.services.signing_keys import fingerprint_display

    with OrgWorkspace.open(args.workspace) as ws:
        old = key_passphrase(ws, args.passphrase_env, console)
        new = passphrase_from_env(args.new_passphrase_env) if args.new_passphrase_env else old
        result = rotate_key(ws, old, new)
        line = ws.public_key_line()
    console.info(
        "rotate_done",
        previous=result.previous_fingerprint,
        fingerprint=result.fingerprint,
        retired=result.retired_key,
    )
    console.out(line)
    console.out(fingerprint_display(line))
    return 0


def _backup_passphrase(var: str | None, console: Console, *, confirm: bool) -> str:
    passphrase = passphrase_from_env(var) if var else None
    if passphrase is None:
        passphrase = ask_passphrase(console, "backup_passphrase_prompt", confirm=confirm)
    if not passphrase:
        raise KnownError("backup_passphrase_required")
    return passphrase


def cmd_backup(args: argparse.Namespace, console: Console) -> int:
    from kuhina_desktop.services.backup import backup

    passphrase = _backup_passphrase(args.passphrase_env, console, confirm=True)
    with OrgWorkspace.open(args.workspace) as ws:
        result = backup(ws, args.out, passphrase)
    console.info("backup_done", file=str(result.path))
    return 0


def cmd_restore(args: argparse.Namespace, console: Console) -> int:
    from kuhina_desktop.services.backup import restore

    passphrase = _backup_passphrase(args.passphrase_env, console, confirm=False)
    result = restore(args.source, args.workspace, passphrase)
    console.info("restore_done", path=str(result.folder), name=result.organisation_name)
    return 0
