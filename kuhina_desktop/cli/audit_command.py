"""`kuhina catalogue audit --workspace DIR [--json] [--since DATE] [--with-personal-data]`:
the audit log.

Newest first. Without `--json` one readable line per entry: when, who, what and about
whom (the organisation's or record's name, or where an output went); with `--json` one
JSON object per line (JSON Lines) with at least `at`, `actor`, `action` and `subject`,
and the entry's ids and details. `--since` takes a date (2026-12-01 or 1.12.2026) or an
ISO 8601 time; a date means its start, in UTC. The change lists in `details` leave out the
contact people's names, e-mail addresses and phones (each contact keeps its id and role, the
change says `"personal_data": "left_out"`) unless `--with-personal-data` asks for them.
"""

from __future__ import annotations

import argparse
import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kuhina_desktop.cli.console import Console
from kuhina_desktop.errors import KnownError

OUTPUT_ACTIONS = ("publish", "excel", "opendata")
_FINNISH_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


def add_audit_command(catalogue_subparsers: Any) -> None:
    p = catalogue_subparsers.add_parser("audit", help="the audit log, newest first")
    p.add_argument("--workspace", required=True, type=Path)
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.add_argument("--since", metavar="DATE", help="only entries from DATE on")
    p.add_argument(
        "--with-personal-data",
        action="store_true",
        help="keep the contact people's names, e-mail addresses and phones in the change "
        "lists (left out by default)",
    )
    p.set_defaults(handler=cmd_audit)


def parse_since(text: str) -> datetime:
    """A date or a time from the command line; KnownError when it is neither."""
    value = text.strip()
    finnish = _FINNISH_DATE.match(value)
    try:
        if finnish:
            day, month, year = (int(g) for g in finnish.groups())
            moment = datetime(year, month, day)
        else:
            moment = datetime.fromisoformat(value)
    except ValueError:
        raise KnownError("catalogue_audit_since_invalid", value=text) from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def subject_of(entry: Any, names: dict[str, str]) -> str:
    """What an entry is about, in words: a record by its title (and id), an output by
    where it went, a package or key by its organisation's name."""
    details = entry.details or {}
    if entry.record_id:
        label = details.get("label")
        return f"{label} ({entry.record_id})" if label else str(entry.record_id)
    if entry.action in OUTPUT_ACTIONS:
        return str(details.get("where") or "")
    if entry.organisation_id:
        name = names.get(entry.organisation_id) or details.get("organisation_name") or ""
        return f"{name} ({entry.organisation_id})" if name else str(entry.organisation_id)
    return ""


def cmd_audit(args: argparse.Namespace, console: Console) -> int:
    from kuhina_desktop.services.catalogue_results import exported_details
    from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace

    since = parse_since(args.since) if args.since else None
    with CatalogueWorkspace.open(args.workspace) as ws:
        names = {s.organisation_id: s.name for s in ws.status()}
        entries = ws.audit(since=since)
    for entry in entries:
        subject = subject_of(entry, names)
        if args.json:
            data = {
                "at": entry.at,
                "actor": entry.actor,
                "action": entry.action,
                "subject": subject,
                "organisation_id": entry.organisation_id,
                "organisation_name": names.get(entry.organisation_id or ""),
                "record_id": entry.record_id,
                "package_sha256": entry.package_sha256,
                "sequence": entry.sequence,
                "details": exported_details(entry, args.with_personal_data),
            }
            console.out(json.dumps(data, ensure_ascii=False, sort_keys=False))
        else:
            action = console.t(f"catalogue_action_{entry.action}")
            console.out(f"{entry.at}  {entry.actor}  {action}  {subject}".rstrip())
    if not entries and not args.json:
        console.info("catalogue_audit_empty")
    return 0
