"""Receipts on the command line (docs/receipt-format.md).

The coordinator: `kuhina catalogue fingerprint` (the catalogue's key), `kuhina catalogue
rotate-key`, `kuhina catalogue receipt` (the signed answer to an organisation's latest
package). The association: `kuhina org receipt` (check a receipt and keep it). Passphrases
come from `--passphrase-env VAR` or are asked at a terminal; they are never printed.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from kuhina_desktop.cli.console import Console
from kuhina_desktop.cli.passphrases import ask_passphrase, passphrase_from_env

EXIT_OK, EXIT_REFUSED = 0, 1

RECEIPT_HELP = (
    "Write the signed receipt (.kuhina-receipt) answering the organisation's latest "
    "imported package: each change's decision (a rejection with its reason), the hidden "
    "records with their reasons, what is published (with each offer page's address when "
    "--site-url is given), the offers not checked for six months, and an optional note. "
    "It is signed with the catalogue's key (namespace kuhina-receipt-v1; check it with "
    "ssh-keygen -Y verify -n kuhina-receipt-v1) and the making is audited."
)
ORG_RECEIPT_HELP = (
    "Check a receipt from the coordinator and keep it in the workspace: afterwards the "
    "lists show each record's standing and the forms the coordinator's reasons. The "
    "first receipt is accepted only with --fingerprint naming the coordinator's key "
    "(read it out over the phone: kuhina catalogue fingerprint); later receipts must be "
    "signed by that key or a key it vouched for. A receipt for another organisation, for "
    "a package this workspace never made, older than one already applied, or damaged "
    "is refused and changes nothing; applying the same receipt twice changes nothing."
)


def _passphrase_option(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument("--passphrase-env", metavar="VAR", help=f"environment variable holding {what}")


def register_catalogue(sub: Any) -> None:
    p = sub.add_parser(
        "fingerprint",
        help="print the catalogue's public key and its SHA256 fingerprint",
        description="Print the catalogue's public key (ssh-ed25519 AAAA...) and its "
        "fingerprint (SHA256:...), which associations confirm on their first receipt.",
    )
    p.add_argument("--workspace", required=True, type=Path)
    p.set_defaults(handler=cmd_fingerprint)

    p = sub.add_parser(
        "rotate-key",
        help="replace the catalogue's key; the old key vouches for the new one",
        description="Replace the catalogue's key by a new one the old key signs, so "
        "associations that pinned the old key accept receipts signed by the new one. A "
        "catalogue workspace made before it had a key gets its first key.",
    )
    p.add_argument("--workspace", required=True, type=Path)
    _passphrase_option(p, "the current key's passphrase")
    p.add_argument(
        "--new-passphrase-env",
        metavar="VAR",
        help="environment variable holding the new key's passphrase (default: the current one)",
    )
    p.set_defaults(handler=cmd_rotate_key)

    p = sub.add_parser(
        "receipt", help="write the signed receipt for an organisation", description=RECEIPT_HELP
    )
    p.add_argument("--workspace", required=True, type=Path)
    p.add_argument("--organisation", required=True, metavar="ID", help="the organisation's id")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.kuhina-receipt")
    p.add_argument("--note", metavar="TEXT", help="a note to the association (shown once)")
    p.add_argument(
        "--site-url",
        metavar="URL",
        help="the web catalogue's address, for the offer pages' addresses in the receipt",
    )
    _passphrase_option(p, "the catalogue key's passphrase")
    p.set_defaults(handler=cmd_receipt)


def register_org(sub: Any) -> None:
    p = sub.add_parser(
        "receipt",
        help="check and keep a receipt from the coordinator",
        description=ORG_RECEIPT_HELP,
    )
    p.add_argument("--workspace", required=True, type=Path)
    p.add_argument("file", type=Path, metavar="FILE.kuhina-receipt")
    p.add_argument(
        "--fingerprint",
        metavar="SHA256:...",
        help="the coordinator's key fingerprint, confirmed out of band (first receipt)",
    )
    p.add_argument("--json", action="store_true", help="print the receipt's content as JSON")
    p.set_defaults(handler=cmd_org_receipt)


def _catalogue_passphrase(folder: Path, var: str | None, console: Console) -> str | None:
    from kuhina_desktop.services import catalogue_key

    if var:
        return passphrase_from_env(var)
    if catalogue_key.needs_passphrase(folder):
        return ask_passphrase(console, "key_passphrase_prompt")
    return None


def cmd_fingerprint(args: argparse.Namespace, console: Console) -> int:
    from kuhina_desktop.services import catalogue_key
    from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
    from kuhina_desktop.services.signing_keys import fingerprint_display

    with CatalogueWorkspace.open(args.workspace) as ws:
        line = catalogue_key.public_key_line(ws.folder)
    console.out(fingerprint_display(line))
    console.out(line)
    return EXIT_OK


def cmd_rotate_key(args: argparse.Namespace, console: Console) -> int:
    from kuhina_desktop.services import catalogue_key
    from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace

    with CatalogueWorkspace.open(args.workspace) as ws:
        if not catalogue_key.has_key(ws.folder):  # a workspace made before receipts
            new = passphrase_from_env(args.new_passphrase_env or args.passphrase_env)
            made = catalogue_key.create_key(ws.folder, new)
            console.info("fingerprint_is", fingerprint=made.fingerprint)
            return EXIT_OK
        old = _catalogue_passphrase(ws.folder, args.passphrase_env, console)
        new = passphrase_from_env(args.new_passphrase_env) if args.new_passphrase_env else old
        previous, current = catalogue_key.rotate_key(ws.folder, old, new)
    console.info("catalogue_key_rotated", previous=previous, fingerprint=current)
    return EXIT_OK


def cmd_receipt(args: argparse.Namespace, console: Console) -> int:
    from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
    from kuhina_desktop.services.receipt_making import make_receipt

    with CatalogueWorkspace.open(args.workspace) as ws:
        passphrase = _catalogue_passphrase(ws.folder, args.passphrase_env, console)
        result = make_receipt(
            ws,
            args.organisation,
            args.out,
            passphrase=passphrase,
            note=args.note,
            site_url=args.site_url,
        )
    console.info(
        "receipt_written",
        file=str(result.path),
        sequence=result.sequence,
        accepted=result.accepted,
        rejected=result.rejected,
        hidden=result.hidden,
        published=result.published,
        check_due=result.check_due,
    )
    return EXIT_OK


def cmd_org_receipt(args: argparse.Namespace, console: Console) -> int:
    from kuhina_desktop.services.org_workspace import OrgWorkspace
    from kuhina_desktop.services.receipt_apply import (
        ALREADY_APPLIED,
        apply_receipt,
        read_receipt_file,
    )

    data = read_receipt_file(args.file)
    with OrgWorkspace.open(args.workspace) as ws:
        outcome = apply_receipt(ws, data, confirmed_fingerprint=args.fingerprint)
    content = outcome.receipt.content
    if outcome.status == ALREADY_APPLIED:
        console.info("receipt_already_applied", sequence=outcome.receipt.sequence)
    else:
        if outcome.pinned_now:
            console.info("receipt_key_pinned", fingerprint=outcome.receipt.fingerprint)
        rejected = sum(1 for d in content["decisions"] if d["decision"] == "reject")
        console.info(
            "receipt_applied",
            sequence=outcome.receipt.sequence,
            accepted=len(content["decisions"]) - rejected,
            rejected=rejected,
            hidden=len(content["hidden"]),
            published=len(content["published"]),
            check_due=len(content["check_due"]),
        )
        for decision in content["decisions"]:
            if decision["decision"] == "reject":
                console.info("receipt_rejected_line", label=decision["label"],
                             reason=decision["reason"])  # fmt: skip
        for hidden in content["hidden"]:
            console.info("receipt_hidden_line", title=hidden["title"], reason=hidden["reason"])
        if content["note"]:
            console.info("receipt_note_line", note=content["note"])
    if args.json:
        console.out(json.dumps(content, ensure_ascii=False, indent=2))
    return EXIT_OK
