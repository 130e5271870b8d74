"""Making a receipt: the coordinator's signed answer to an organisation's latest package.

The receipt (docs/receipt-format.md) answers the newest imported package of one
organisation: every change's decision as the import's audit entry recorded it (a rejection
with the reason written at review), the records now hidden with their reasons, what is
published (with each offer page's address when the site's address is given), the offers
whose checked date is older than six months, and an optional note. It is signed with the
catalogue's key (`catalogue_key`), written atomically and audited (`receipt`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from kuhina_desktop import __version__
from kuhina_desktop.atomic_write import write_file_atomic
from kuhina_desktop.domain.checked import is_check_due, last_checked_json
from kuhina_desktop.domain.text_rules import check_text
from kuhina_desktop.errors import KnownError
from kuhina_desktop.exports.site_data import page_slug
from kuhina_desktop.packages.manifest import utc_timestamp
from kuhina_desktop.packages.receipt.format import FORMAT, FORMAT_VERSION, MAX_NOTE, SUFFIX
from kuhina_desktop.packages.receipt.writer import build_receipt
from kuhina_desktop.services import catalogue_key
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace, default_actor
from kuhina_desktop.services.changes import Changes
from kuhina_desktop.store import catalogue_store as registry

TYPES = ("organisation", "environment", "opportunity")


@dataclass(frozen=True)
class ReceiptResult:
    path: Path
    organisation_id: str
    sequence: int
    sha256: str
    accepted: int
    rejected: int
    hidden: int
    published: int
    check_due: int
    changes: Changes


def _title(record_type: str, data: dict[str, Any]) -> str:
    value = data.get("title" if record_type == "opportunity" else "name")
    text = value.get("fi") if isinstance(value, dict) else None
    return str(text or "")[:1000]


def _timestamp(moment: datetime | None) -> str:
    value = moment or datetime.now(UTC)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return utc_timestamp(value.astimezone(UTC))


def _decisions(changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            "change_id": str(c["id"]),
            "record_type": c["record_type"],
            "record_id": c["record_id"],
            "change": c["change"],
            "field": c.get("field"),
            "label": str(c.get("label") or "")[:1000],
            "decision": c["decision"],
            "reason": (str(c["reason"])[:2000] or None) if c.get("reason") else None,
        }
        for c in changes
    ]


def receipt_content(
    ws: CatalogueWorkspace,
    organisation_id: str,
    *,
    public_key: str,
    rotation: dict[str, str] | None,
    note: str | None = None,
    site_url: str | None = None,
    now: datetime | None = None,
    today: date | None = None,
) -> dict[str, Any]:
    """receipt.json's value for the organisation's latest imported package."""
    moment = now or datetime.now(UTC)
    day = today or moment.date()
    note = check_text((note or "").strip(), "note") or None  # TextRefused: no receipt
    if note is not None and len(note) > MAX_NOTE:
        raise KnownError("receipt_note_too_long", max=MAX_NOTE)
    if site_url and not site_url.startswith(("https://", "http://")):
        raise KnownError("receipt_site_url_invalid", url=site_url)

    def work(s: Session) -> dict[str, Any]:
        org = registry.get_organisation(s, organisation_id)
        entries = registry.list_audit(s, organisation_id=organisation_id, action="import", limit=1)
        if org is None or not entries:
            raise KnownError("receipt_no_import", organisation=organisation_id)
        entry = entries[0]
        moderation = {
            m.record_id: m.reason
            for m in registry.list_moderation(s)
            if m.organisation_id == organisation_id
        }
        return {
            "org": org,
            "entry": entry,
            "moderation": moderation,
        }

    found = ws.store.run(work)
    org, entry, moderation = found["org"], found["entry"], found["moderation"]
    current = ws.records_of(organisation_id)
    hidden: list[dict[str, Any]] = []
    published: list[dict[str, Any]] = []
    check_due: list[dict[str, Any]] = []
    base = site_url.rstrip("/") + "/" if site_url else None
    groups = (
        ("organisation", current.records("organisation")),
        ("environment", current.environments),
        ("opportunity", current.opportunities),
    )
    org_hidden = organisation_id in moderation
    for record_type, records in groups:
        for record_id, data in records.items():
            title = _title(record_type, data)
            if record_id in moderation:
                hidden.append(
                    {"record_type": record_type, "record_id": record_id, "title": title,
                     "reason": str(moderation[record_id] or "-")[:2000]}
                )  # fmt: skip
                continue
            if org_hidden or (record_type == "opportunity" and data.get("status") != "published"):
                continue
            url = None
            if base and record_type == "opportunity":
                url = f"{base}tarjous/{page_slug(record_id)}.html"
            published.append(
                {"record_type": record_type, "record_id": record_id, "title": title, "url": url}
            )
            if record_type == "opportunity":
                checked = last_checked_json(data)
                if is_check_due(checked, day):
                    check_due.append(
                        {"record_id": record_id, "title": title,
                         "reviewed_on": checked.isoformat() if checked else None}
                    )  # fmt: skip
    package_created = org.last_package_created_at if org.last_sequence == entry.sequence else None
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created_at": _timestamp(moment),
        "generator": f"kuhina-desktop {__version__}",
        "catalogue_public_key": public_key,
        "key_rotation": rotation,
        "organisation_id": organisation_id,
        "organisation_name": str(org.name_fi or "")[:1000],
        "package": {
            "sequence": int(entry.sequence or 0),
            "sha256": str(entry.package_sha256),
            "created_at": package_created,
            "imported_at": _timestamp(entry.at),
        },
        "decisions": _decisions(list((entry.details or {}).get("changes") or [])),
        "hidden": hidden,
        "published": published,
        "check_due": check_due,
        "note": note,
    }


def receipt_file_name(ws: CatalogueWorkspace, organisation_id: str) -> str:
    """`<organisation>-<sequence>.kuhina-receipt`, ASCII, for a folder of receipts."""
    import re
    import unicodedata

    def work(s: Session) -> tuple[str, int]:
        org = registry.get_organisation(s, organisation_id)
        return (org.name_fi if org else organisation_id), int(org.last_sequence or 0) if org else 0

    name, sequence = ws.store.run(work)
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")[:60] or organisation_id[:8]
    return f"{slug}-{sequence}{SUFFIX}"


def make_receipt(
    ws: CatalogueWorkspace,
    organisation_id: str,
    out: Path,
    *,
    passphrase: str | None,
    note: str | None = None,
    site_url: str | None = None,
    actor: str | None = None,
    now: datetime | None = None,
) -> ReceiptResult:
    """Write the signed receipt for the organisation's latest package to `out`; audited.

    KeyPassphraseError when `passphrase` does not open the catalogue's key; KnownError
    (`receipt_no_import`, `catalogue_key_missing`...) when no receipt can be made.
    """
    import hashlib

    private_key = catalogue_key.load_private_key(ws.folder, passphrase)
    rotation = catalogue_key.current_rotation(ws.folder)
    if site_url is None:  # the web catalogue's address as the outputs page saved it
        from kuhina_desktop.services.site_settings import load_site_settings

        site_url = load_site_settings(ws.folder).base_url
    content = receipt_content(
        ws,
        organisation_id,
        public_key=catalogue_key.public_key_line(ws.folder),
        rotation=(
            {"previous_public_key": rotation.previous_public_key, "signature": rotation.signature}
            if rotation
            else None
        ),
        note=note,
        site_url=site_url,
        now=now,
    )
    data = build_receipt(content, private_key)
    digest = hashlib.sha256(data).hexdigest()
    out = Path(out).absolute()
    decisions = content["decisions"]
    rejected = sum(1 for d in decisions if d["decision"] == "reject")

    def audit(s: Session) -> None:
        registry.add_audit(
            s,
            at=now or datetime.now(UTC),
            actor=actor or default_actor(),
            action="receipt",
            organisation_id=organisation_id,
            package_sha256=content["package"]["sha256"],
            sequence=content["package"]["sequence"],
            details={
                "file": str(out),
                "receipt_sha256": digest,
                "rejected": rejected,
                "hidden": len(content["hidden"]),
                "check_due": len(content["check_due"]),
                "note": content["note"] is not None,
            },
        )

    # Audited before the file takes its name: no receipt leaves without its audit entry.
    write_file_atomic(out, data, before_rename=lambda: ws.store.run(audit))
    return ReceiptResult(
        path=out,
        organisation_id=organisation_id,
        sequence=content["package"]["sequence"],
        sha256=digest,
        accepted=len(decisions) - rejected,
        rejected=rejected,
        hidden=len(content["hidden"]),
        published=len(content["published"]),
        check_due=len(content["check_due"]),
        changes=Changes(lists={"audit"}),
    )
