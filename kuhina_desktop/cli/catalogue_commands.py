"""`kuhina catalogue ...`: the coordinator's regional catalogue from the command line.

`import` takes several packages; each is its own all-or-nothing step and its outcome is
reported on its own line. Without `--accept-all` or `--review-file` nothing is imported:
the proposed changes are written as a review file (docs/review-file.md) to stdout or to
`--review-out`, for the coordinator to fill in and pass back with `--review-file`.
The output commands (excel, opendata, publish) live in `output_commands`.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

from kuhina_desktop.catalogue.review import PackageReview, ReviewFile
from kuhina_desktop.cli.console import Console
from kuhina_desktop.errors import KnownError
from kuhina_desktop.services.catalogue_results import (
    ALREADY_IMPORTED,
    IMPORTED,
    PENDING_TRUST,
    REVIEW_NEEDED,
    ImportOutcome,
)
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from kuhina_desktop.services.command_hints import shell_argument
from kuhina_desktop.services.package_file import read_package_file
from kuhina_desktop.services.review_files import (
    read_review_file,
    review_file_text,
    write_text_file,
)

EXIT_OK, EXIT_REFUSED = 0, 1


def register(commands: Any) -> None:
    group = commands.add_parser("catalogue", help="the regional catalogue (coordinator)")
    sub = group.add_subparsers(dest="catalogue_command", metavar="COMMAND", required=True)

    p = sub.add_parser("init", help="create a catalogue workspace")
    p.add_argument("--workspace", required=True, type=Path)
    p.add_argument(
        "--database-url",
        metavar="URL",
        help="SQLAlchemy URL of the database (default: SQLite in the folder)",
    )
    p.add_argument(
        "--passphrase-env",
        metavar="VAR",
        help="environment variable holding the passphrase of the catalogue's new key",
    )
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("import", help="verify, review and merge packages")
    p.add_argument("--workspace", required=True, type=Path)
    p.add_argument("files", nargs="+", type=Path, metavar="FILE.kuhina")
    p.add_argument(
        "--trust-new",
        action="store_true",
        help="trust the key of an organisation seen for the first time",
    )
    decide = p.add_mutually_exclusive_group()
    decide.add_argument("--accept-all", action="store_true", help="accept every change")
    decide.add_argument(
        "--review-file",
        type=Path,
        metavar="FILE",
        help="take the decisions from a filled-in review file",
    )
    decide.add_argument(
        "--review-out",
        type=Path,
        metavar="FILE",
        help="write the proposed changes to FILE (default: stdout)",
    )
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("trust", help="confirm an organisation's key by its fingerprint")
    p.add_argument("--workspace", required=True, type=Path)
    p.add_argument("--organisation", required=True, metavar="ID")
    p.add_argument("--fingerprint", required=True, metavar="SHA256:...")
    p.set_defaults(handler=cmd_trust)

    p = sub.add_parser("revoke", help="refuse an organisation's packages from now on")
    p.add_argument("--workspace", required=True, type=Path)
    p.add_argument("--organisation", required=True, metavar="ID")
    p.set_defaults(handler=cmd_revoke)

    p = sub.add_parser("hide", help="hide a record from every output")
    p.add_argument("--workspace", required=True, type=Path)
    p.add_argument("--record", required=True, metavar="ID")
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_hide)

    p = sub.add_parser("unhide", help="show a hidden record again")
    p.add_argument("--workspace", required=True, type=Path)
    p.add_argument("--record", required=True, metavar="ID")
    p.set_defaults(handler=cmd_unhide)

    p = sub.add_parser("status", help="organisations, trust, last packages, counts")
    p.add_argument("--workspace", required=True, type=Path)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_status)

    p = sub.add_parser("signers", help="write the trusted keys as an OpenSSH allowed_signers")
    p.add_argument("--workspace", required=True, type=Path)
    p.add_argument("--out", required=True, type=Path)
    p.set_defaults(handler=cmd_signers)

    from kuhina_desktop.cli import receipt_commands

    receipt_commands.register_catalogue(sub)

    from kuhina_desktop.cli.audit_command import add_audit_command

    add_audit_command(sub)
    from kuhina_desktop.cli.erasure_command import add_erasure_command

    add_erasure_command(sub)
    if importlib.util.find_spec("kuhina_desktop.cli.output_commands") is not None:
        from kuhina_desktop.cli import output_commands

        output_commands.add_output_commands(sub)


def cmd_init(args: argparse.Namespace, console: Console) -> int:
    from kuhina_desktop.cli.passphrases import passphrase_from_env
    from kuhina_desktop.services import catalogue_key

    passphrase = passphrase_from_env(args.passphrase_env)
    with CatalogueWorkspace.create(args.workspace, args.database_url, passphrase) as ws:
        console.info("catalogue_created", path=str(ws.folder))
        console.info("fingerprint_is", fingerprint=catalogue_key.describe(ws.folder).fingerprint)
    return EXIT_OK


# -- import -----------------------------------------------------------------------------------
def _report(
    console: Console, name: str, outcome: ImportOutcome, workspace: Path | None = None
) -> None:
    org = outcome.package.organisation_name if outcome.package else ""
    sequence = outcome.package.sequence if outcome.package else 0
    counts = outcome.diff.counts() if outcome.diff else {}
    numbers = {k: counts.get(k, 0) for k in ("added", "changed", "removed")}
    if outcome.status == IMPORTED:
        console.info(
            "catalogue_outcome_imported",
            file=name,
            organisation=org,
            sequence=sequence,
            rejected=outcome.rejected,
            **numbers,
        )
    elif outcome.status == ALREADY_IMPORTED:
        console.info("catalogue_outcome_already", file=name, organisation=org, sequence=sequence)
    elif outcome.status == REVIEW_NEEDED:
        count = len(outcome.review.changes) if outcome.review else 0
        console.info(
            "catalogue_outcome_review", file=name, organisation=org, count=count, **numbers
        )
    elif outcome.status == PENDING_TRUST:
        package = outcome.package
        console.info(
            "catalogue_outcome_pending",
            file=name,
            organisation=org,
            id=package.organisation_id if package else "",
            fingerprint=package.fingerprint if package else "",
            workspace=shell_argument(str(workspace or ".")),
        )
        if outcome.reason == "catalogue_pending_resembles":
            console.info(
                "catalogue_outcome_held", reason=console.t(outcome.reason, **outcome.params)
            )
    else:
        reason = console.t(outcome.reason or "catalogue_refused", **outcome.params)
        console.info("catalogue_outcome_refused", file=name, reason=reason)
    for consequence in outcome.consequences:
        console.info(
            f"catalogue_consequence_{consequence.outcome}",
            dependent=consequence.dependent_label,
            dependent_kind=console.t(f"catalogue_kind_{consequence.dependent_type}"),
            cause=consequence.cause_label,
            cause_kind=console.t(f"catalogue_kind_{consequence.cause_type}"),
        )
    if counts.get("hidden_changes"):
        console.info("catalogue_outcome_hidden_changes", count=counts["hidden_changes"])
    named = {f.code for f in outcome.findings}
    for finding in outcome.findings:
        code = f"catalogue_finding_{finding.code}"
        if finding.how:
            code += f"_{finding.how}"
        console.info(
            code, other=finding.other_name, other_id=finding.other_id, detail=finding.detail
        )
    for flag in outcome.flags:
        if flag not in named:
            console.info(f"catalogue_flag_{flag}")


def cmd_import(args: argparse.Namespace, console: Console) -> int:
    decisions: str | ReviewFile | None = None
    if args.accept_all:
        decisions = "accept_all"
    elif args.review_file:
        decisions = read_review_file(args.review_file)
    reviews: list[PackageReview] = []
    failed = 0
    with CatalogueWorkspace.open(args.workspace) as ws:
        for path in args.files:
            try:
                data = read_package_file(path)
            except KnownError as error:
                console.info(
                    "catalogue_outcome_refused",
                    file=str(path),
                    reason=console.t(error.code, **error.params),
                )
                failed += 1
                continue
            outcome = ws.import_package(
                data, trust_new=args.trust_new, decisions=decisions, file=path.name
            )
            _report(console, str(path), outcome, args.workspace)
            if outcome.review is not None:
                reviews.append(outcome.review)
            ok = outcome.done or (decisions is None and outcome.status == REVIEW_NEEDED)
            failed += 0 if ok else 1
    if decisions is None:
        text = review_file_text(reviews)
        if args.review_out:
            write_text_file(args.review_out, text)
            console.info(
                "catalogue_review_written",
                file=str(args.review_out),
                count=sum(len(r.changes) for r in reviews),
            )
        else:
            sys.stdout.write(text)
    return EXIT_REFUSED if failed else EXIT_OK


# -- trust, moderation -----------------------------------------------------------------------
def cmd_trust(args: argparse.Namespace, console: Console) -> int:
    with CatalogueWorkspace.open(args.workspace) as ws:
        ws.trust(args.organisation, args.fingerprint)
        waiting = ws.waiting(args.organisation)
    console.info("catalogue_trusted", organisation=args.organisation)
    if waiting:
        console.info(
            "catalogue_trusted_waiting",
            count=len(waiting),
            workspace=shell_argument(str(args.workspace)),
        )
    return EXIT_OK


def cmd_revoke(args: argparse.Namespace, console: Console) -> int:
    with CatalogueWorkspace.open(args.workspace) as ws:
        ws.revoke(args.organisation)
    console.info("catalogue_revoked", organisation=args.organisation)
    return EXIT_OK


def cmd_hide(args: argparse.Namespace, console: Console) -> int:
    with CatalogueWorkspace.open(args.workspace) as ws:
        ws.hide(args.record, args.reason)
    console.info("catalogue_hidden", record=args.record)
    return EXIT_OK


def cmd_unhide(args: argparse.Namespace, console: Console) -> int:
    with CatalogueWorkspace.open(args.workspace) as ws:
        ws.unhide(args.record)
    console.info("catalogue_unhidden", record=args.record)
    return EXIT_OK


# -- status, signers ---------------------------------------------------------------------------
def cmd_status(args: argparse.Namespace, console: Console) -> int:
    from kuhina_desktop.services.outputs import web_flags

    with CatalogueWorkspace.open(args.workspace) as ws:
        statuses = ws.status()
        flagged = web_flags(ws) if not args.json else []
    if args.json:
        console.out(json.dumps([s.to_json() for s in statuses], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not statuses:
        console.info("catalogue_status_empty")
        return EXIT_OK
    header = [
        console.t(f"catalogue_column_{c}")
        for c in (
            "name",
            "state",
            "fingerprint",
            "sequence",
            "last_import",
            "opportunities",
            "notes",
        )
    ]
    rows = [header]
    for s in statuses:
        notes = [console.t(f"catalogue_note_{f}") for f in s.flags]
        if s.stale:
            notes.insert(0, console.t("catalogue_note_stale"))
        if s.hidden:
            notes.insert(0, console.t("catalogue_note_hidden"))
        no_apply = sum(1 for f in flagged if f.organisation_id == s.organisation_id)
        if no_apply:
            notes.append(console.t("catalogue_note_no_how_to_apply", count=no_apply))
        rows.append(
            [
                s.name,
                console.t(f"catalogue_state_{s.trust_state}"),
                s.fingerprint or "",
                "" if s.last_sequence is None else str(s.last_sequence),
                (s.last_import_at or "")[:10],
                f"{s.counts.get('published', 0)}/{s.counts.get('opportunities', 0)}",
                ", ".join(notes),
            ]
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(header) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        console.out("  ".join([*cells, row[-1]]).rstrip())
    return EXIT_OK


def cmd_signers(args: argparse.Namespace, console: Console) -> int:
    with CatalogueWorkspace.open(args.workspace) as ws:
        text = ws.signers()
    write_text_file(args.out, text)
    console.info("catalogue_signers_written", file=str(args.out), count=text.count("\n"))
    return EXIT_OK
