"""`kuhina catalogue erase-person --workspace DIR (--email E | --phone P | --name N) [--yes]`.

Shows what will be erased (each matching contact, how many audit entries and hiding
reasons are pseudonymised, which waiting packages go, which workspace files still hold the
person), then asks; `--yes` answers for scripts. Without a terminal and without `--yes`
the answer is read from standard input, and no answer is a no. Bad input, no match or a
"no" change nothing (docs/catalogue.md, "Erasing a person").
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kuhina_desktop.cli.console import Console

YES = {"k", "kyllä", "kylla", "j", "ja", "y", "yes"}
EXIT_OK, EXIT_REFUSED = 0, 1


def add_erasure_command(catalogue_subparsers: Any) -> None:
    p = catalogue_subparsers.add_parser(
        "erase-person",
        help="erase a contact person from the catalogue and pseudonymise them in the audit log",
    )
    p.add_argument("--workspace", required=True, type=Path)
    p.add_argument("--email", metavar="E", help="the person's e-mail address")
    p.add_argument("--phone", metavar="P", help="the person's phone number")
    p.add_argument("--name", metavar="N", help="the person's name")
    p.add_argument("--yes", action="store_true", help="erase without asking")
    p.set_defaults(handler=cmd_erase_person)


def _show(plan: Any, console: Console) -> None:
    console.info("erasure_will_erase", count=len(plan.contacts))
    for c in plan.contacts:
        parts = [c.name, c.role, c.email, c.phone]
        console.out(f"  {c.organisation}: " + ", ".join(p for p in parts if p))
    console.info(
        "erasure_will_pseudonymise", audit=plan.audit_entries, moderation=plan.moderation_reasons
    )
    if plan.pending_packages:
        console.info("erasure_will_drop_pending", count=len(plan.pending_packages))
    if plan.files:
        console.info("erasure_files_hold")
        for path in plan.files:
            console.out(f"  {path}")


def cmd_erase_person(args: argparse.Namespace, console: Console) -> int:
    from kuhina_desktop.errors import KnownError
    from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
    from kuhina_desktop.services.erasure import checked_query, erase_person, find_person

    query = checked_query(args.email, args.phone, args.name)  # before opening: bad input
    with CatalogueWorkspace.open(args.workspace) as ws:
        plan = find_person(ws, query)
        if plan.empty:
            raise KnownError("erasure_no_match", value=query.value)
        _show(plan, console)
        if not args.yes:
            print(console.t("erasure_confirm"), end="", file=sys.stderr, flush=True)
            answer = sys.stdin.readline().strip().casefold()
            if answer not in YES:
                console.info("erasure_cancelled")
                return EXIT_REFUSED
        done = erase_person(ws, query)
    console.info("erasure_done", count=len(done.contacts))
    return EXIT_OK
