"""`kuhina catalogue erase-person --workspace DIR (--email E | --phone P | --name N) [--yes]`,
`kuhina catalogue retention --workspace DIR [--months N]` and
`kuhina catalogue remove-organisation --workspace DIR --organisation ID [--yes]`.

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

    p = catalogue_subparsers.add_parser(
        "retention",
        help="show or set how long an organisation that sends nothing is kept, and list the "
        "organisations due for removal",
    )
    p.add_argument("--workspace", required=True, type=Path)
    p.add_argument("--months", metavar="N", help="the retention time in months (1 to 120)")
    p.set_defaults(handler=cmd_retention)

    p = catalogue_subparsers.add_parser(
        "remove-organisation",
        help="remove an organisation's records and erase its contact people",
    )
    p.add_argument("--workspace", required=True, type=Path)
    p.add_argument("--organisation", required=True, metavar="ID", help="the organisation's id")
    p.add_argument("--yes", action="store_true", help="remove without asking")
    p.set_defaults(handler=cmd_remove_organisation)


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


def _confirmed(console: Console, code: str) -> bool:
    print(console.t(code), end="", file=sys.stderr, flush=True)
    return sys.stdin.readline().strip().casefold() in YES


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
        if not args.yes and not _confirmed(console, "erasure_confirm"):
            console.info("erasure_cancelled")
            return EXIT_REFUSED
        done = erase_person(ws, query)
    console.info("erasure_done", count=len(done.contacts))
    return EXIT_OK


def cmd_retention(args: argparse.Namespace, console: Console) -> int:
    from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
    from kuhina_desktop.services.retention import FLAG, load_retention_months, save_retention_months

    with CatalogueWorkspace.open(args.workspace) as ws:
        if args.months is not None:
            months = save_retention_months(ws.folder, args.months)
        else:
            months = load_retention_months(ws.folder)
        console.info("retention_months_shown", months=months)
        due = [o for o in ws.status() if FLAG in o.flags]
    console.info("retention_due_list", count=len(due))
    for org in due:
        console.out(f"  {org.organisation_id}  {org.name}  {org.last_import_at or '-'}")
    return EXIT_OK


def cmd_remove_organisation(args: argparse.Namespace, console: Console) -> int:
    from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
    from kuhina_desktop.services.retention import plan_removal, remove_organisation

    with CatalogueWorkspace.open(args.workspace) as ws:
        plan = plan_removal(ws, args.organisation)
        console.info(
            "removal_will",
            organisation=plan.name,
            environments=len(plan.environments),
            opportunities=len(plan.opportunities),
            contacts=len(plan.contacts),
            audit=plan.audit_entries,
            pending=len(plan.pending_packages),
        )
        if not args.yes and not _confirmed(console, "removal_confirm"):
            console.info("erasure_cancelled")
            return EXIT_REFUSED
        done = remove_organisation(ws, args.organisation)
    console.info("removal_done", organisation=done.name)
    return EXIT_OK
