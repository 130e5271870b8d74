"""`kuhina org ...`: an association's workspace from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from kuhina_desktop.atomic_write import write_file_atomic
from kuhina_desktop.cli import org_package_commands
from kuhina_desktop.cli.console import Console
from kuhina_desktop.cli.passphrases import passphrase_from_env
from kuhina_desktop.domain.serialize import snapshot_to_json
from kuhina_desktop.domain.text_rules import is_clean
from kuhina_desktop.services.org_workspace import OrgWorkspace


def register(commands: Any) -> None:
    org = commands.add_parser("org", help="an association's workspace")
    sub = org.add_subparsers(dest="org_command", metavar="COMMAND", required=True)

    p = sub.add_parser("init", help="create an organisation workspace and its signing key")
    p.add_argument("--workspace", required=True, type=Path)
    p.add_argument("--name", required=True)
    p.add_argument("--business-id")
    p.add_argument(
        "--passphrase-env", metavar="VAR", help="environment variable holding the key's passphrase"
    )
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("load", help="add or replace records from a data.json file")
    p.add_argument("--workspace", required=True, type=Path)
    p.add_argument("file", type=Path)
    p.set_defaults(handler=cmd_load)

    p = sub.add_parser("dump", help="write the workspace's records as data.json")
    p.add_argument("--workspace", required=True, type=Path)
    p.add_argument("--out", type=Path)
    p.set_defaults(handler=cmd_dump)

    p = sub.add_parser("fingerprint", help="print the public key and its SHA256 fingerprint")
    p.add_argument("--workspace", required=True, type=Path)
    p.set_defaults(handler=cmd_fingerprint)

    # Export, key rotation, backup and restore live with the package format.
    org_package_commands.register(sub)

    from kuhina_desktop.cli import receipt_commands

    receipt_commands.register_org(sub)


def cmd_init(args: argparse.Namespace, console: Console) -> int:
    from kuhina_desktop.domain.model import Organisation, Text
    from kuhina_desktop.domain.validation import validate_organisation
    from kuhina_desktop.domain.vocab import load_vocabulary

    passphrase = passphrase_from_env(args.passphrase_env)
    org = Organisation(name=Text(fi=args.name.strip()), business_id=args.business_id or None)
    problems = validate_organisation(org, load_vocabulary())
    if problems:
        console.error("org_init_invalid")
        console.problems(problems, {org.id: ""})
        return 1
    with OrgWorkspace.create(
        args.workspace, args.name, args.business_id, passphrase, organisation=org
    ) as ws:
        console.info("org_created", path=str(ws.folder), name=args.name)
        console.info("fingerprint_is", fingerprint=ws.fingerprint())
    return 0


def cmd_load(args: argparse.Namespace, console: Console) -> int:
    from kuhina_desktop.services.data_file import load_data_file

    snapshot, problems = load_data_file(args.file)
    if problems or snapshot is None:
        console.error("load_refused", file=str(args.file), count=len(problems))
        console.problems(problems)
        return 1
    with OrgWorkspace.open(args.workspace) as ws:
        changes = ws.load(snapshot, {})
    console.info("load_done", added=len(changes.added), changed=len(changes.changed) - 1)
    return 0


def cmd_dump(args: argparse.Namespace, console: Console) -> int:
    with OrgWorkspace.open(args.workspace) as ws:
        data = snapshot_to_json(ws.snapshot())
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if not is_clean(text):
        # Text stored before the text rules (a lone surrogate has no UTF-8 form): every
        # character escaped, so the file is written whole and `org load` names the field.
        text = json.dumps(data, ensure_ascii=True, indent=2) + "\n"
    if args.out:
        write_file_atomic(args.out, text.encode("utf-8"))
        console.info("dump_done", file=str(args.out))
    else:
        sys.stdout.write(text)
    return 0


def cmd_fingerprint(args: argparse.Namespace, console: Console) -> int:
    from kuhina_desktop.services.signing_keys import fingerprint_display

    with OrgWorkspace.open(args.workspace) as ws:
        line = ws.public_key_line()
    console.out(line)
    console.out(fingerprint_display(line))
    return 0
