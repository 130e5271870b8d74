"""A contact person's consent to publish (package format 3): validation, the package, the
workspaces' stored records and their migrations (docs/package-format.md, "Versions")."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from datetime import date
from pathlib import Path

from alembic import command
from sqlalchemy import text

from kuhina_desktop.domain import model
from kuhina_desktop.domain.validation import validate_organisation
from kuhina_desktop.domain.vocab import load_vocabulary
from kuhina_desktop.packages.reader import read_package
from kuhina_desktop.packages.writer import build_package
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.store import migrate
from tests.catalogue_support.packages import publishers
from tests.unit.hostile_packages import ATTACHMENTS, CREATED_AT, KEY, parts, snapshot

TODAY = date(2026, 12, 7)


def consented(snap: model.Snapshot) -> model.Snapshot:
    snap = dataclasses.replace(snap)
    contacts = snap.organisation.contacts
    assert contacts, "the test snapshot has contact people"
    contacts[0].consent_given_on = "2026-11-30"
    contacts[0].consent_recorded_by = "Maija Vapaaehtoinen"
    return snap


def codes(org: model.Organisation) -> dict[str, str]:
    problems = validate_organisation(org, load_vocabulary(), today=TODAY)
    return {p.field: p.code for p in problems}


def test_consent_is_a_day_and_who_recorded_it_both_or_neither() -> None:
    org = model.Organisation(name=model.Text(fi="Yhdistys ry"))
    person = model.Contact(name="Maija Meikäläinen", email="maija@example.fi")
    org.contacts = [person]
    assert codes(org) == {} and not person.may_be_published()
    person.consent_given_on = "2026-12-01"
    assert codes(org) == {"contacts[0].consent_recorded_by": "consent_recorded_by_required"}
    person.consent_recorded_by = "   "
    assert codes(org) == {"contacts[0].consent_recorded_by": "consent_recorded_by_required"}
    assert not person.may_be_published()
    person.consent_recorded_by = "Pekka Puheenjohtaja"
    assert codes(org) == {} and person.may_be_published()
    person.consent_given_on = None
    assert codes(org) == {"contacts[0].consent_given_on": "consent_date_required"}
    person.consent_given_on = "2026-12-24"
    assert codes(org) == {"contacts[0].consent_given_on": "date_in_future"}
    person.consent_given_on = "1.12.2026"
    assert codes(org) == {"contacts[0].consent_given_on": "date_invalid"}
    person.consent_given_on = "2026-12-01"
    person.consent_recorded_by = "x" * 101
    assert codes(org) == {"contacts[0].consent_recorded_by": "too_long"}


def test_the_package_carries_consent_both_ways() -> None:
    snap = consented(snapshot())
    data = build_package(
        snap, ATTACHMENTS, KEY, sequence=1, created_at=CREATED_AT, vocab_version="2026.1"
    )
    package = read_package(data)
    first, *others = package.snapshot.organisation.contacts
    assert (first.consent_given_on, first.consent_recorded_by) == (
        "2026-11-30",
        "Maija Vapaaehtoinen",
    )
    assert first.may_be_published()
    assert package.manifest["format_version"] == 3
    assert all(not c.may_be_published() for c in others)
    assert package.snapshot == snap


def test_a_package_older_than_format_3_has_no_consented_contact() -> None:
    """Format 2 has no consent: even data that says otherwise is read as not consented."""
    for version in (1, 2):
        p = parts(consented(snapshot()))
        p.manifest["format_version"] = version
        package = read_package(p.build())
        assert package.snapshot.organisation.contacts
        for contact in package.snapshot.organisation.contacts:
            assert contact.consent_given_on is None and contact.consent_recorded_by is None
            assert not contact.may_be_published()
        # and as a format-2 writer wrote it: without the keys at all
        p = parts(snapshot())
        p.manifest["format_version"] = version
        for contact in p.data["organisation"]["contacts"]:
            del contact["consent_given_on"], contact["consent_recorded_by"]
        package = read_package(p.build())
        assert not any(c.may_be_published() for c in package.snapshot.organisation.contacts)


def test_the_org_workspace_migration_gives_old_contacts_no_consent(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    org = consented(snapshot()).organisation
    OrgWorkspace.create(folder, org.name.fi, organisation=org).close()
    db = folder / "kuhina.sqlite"
    # Back to the revision before consent, with a contact stored as it was then.
    ws = OrgWorkspace.open(folder)
    try:
        cfg = migrate.alembic_config("org")
        with ws.engine.connect() as connection:
            cfg.attributes["connection"] = connection
            command.downgrade(cfg, "org0002")
            connection.commit()
    finally:
        ws.close()
    raw = sqlite3.connect(db)
    stored = json.loads(raw.execute("SELECT data FROM organisation").fetchone()[0])
    raw.close()
    assert all("consent_given_on" not in c for c in stored["contacts"])

    ws = OrgWorkspace.open(folder)
    try:
        assert migrate.current_revision(ws.engine) == "org0003"
        contacts = ws.organisation.contacts
        assert [c.name for c in contacts] == [c.name for c in org.contacts]
        assert not any(c.may_be_published() for c in contacts)
        with ws.engine.connect() as connection:
            data = connection.execute(text("SELECT data FROM organisation")).scalar_one()
        data = json.loads(data) if isinstance(data, str) else data
        for contact in data["contacts"]:
            assert contact["consent_given_on"] is None and contact["consent_recorded_by"] is None
        # consent given in the app is stored
        contacts[0].consent_given_on = "2026-12-01"
        contacts[0].consent_recorded_by = "Maija Vapaaehtoinen"
        ws.save_organisation(dataclasses.replace(ws.organisation, contacts=contacts))
    finally:
        ws.close()
    ws = OrgWorkspace.open(folder)
    try:
        assert ws.organisation.contacts[0].may_be_published()
    finally:
        ws.close()


def test_the_catalogue_stores_consent_and_its_migration_clears_old_rows(
    tmp_path: Path, database_url: str | None
) -> None:
    """On SQLite and PostgreSQL: an imported contact keeps its consent; the migration from
    cat0001 gives the contacts of already imported organisations none."""
    pub = publishers(1, opportunities=2)[0]
    pub.edit(
        lambda s: s.organisation.contacts.__setitem__(
            0,
            dataclasses.replace(
                s.organisation.contacts[0],
                consent_given_on="2026-11-02",
                consent_recorded_by="Maija Vapaaehtoinen",
            ),
        )
    )
    with CatalogueWorkspace.create(tmp_path / "catalogue", database_url) as ws:
        assert ws.import_package(pub.export(), trust_new=True, decisions="accept_all").done

        def stored_contacts() -> list[dict[str, object]]:
            with ws.engine.connect() as connection:
                data = connection.execute(
                    text("SELECT data FROM organisation WHERE data IS NOT NULL")
                ).scalar_one()
            data = json.loads(data) if isinstance(data, str) else data
            contacts: list[dict[str, object]] = data["contacts"]
            return contacts

        first = stored_contacts()[0]
        assert (first["consent_given_on"], first["consent_recorded_by"]) == (
            "2026-11-02",
            "Maija Vapaaehtoinen",
        )
        cfg = migrate.alembic_config("catalogue")
        with ws.engine.connect() as connection:
            cfg.attributes["connection"] = connection
            command.downgrade(cfg, "cat0001")
            connection.commit()
        assert all("consent_given_on" not in c for c in stored_contacts())
        with ws.engine.connect() as connection:
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "head")
            connection.commit()
        assert migrate.current_revision(ws.engine) == migrate.head_revision("catalogue")
        for contact in stored_contacts():
            assert contact["consent_given_on"] is None and contact["consent_recorded_by"] is None


def test_the_demo_has_consented_contacts_and_one_without() -> None:
    from kuhina_desktop.demo.content import generate_demo

    contacts = [c for d in generate_demo(3, 2, 7) for c in d.snapshot.organisation.contacts]
    assert any(c.may_be_published() for c in contacts)
    assert any(not c.may_be_published() for c in contacts)


def test_the_review_diff_shows_a_consent_change() -> None:
    """A consent given (or withdrawn) in a newer package is a change the coordinator sees:
    the organisation's contacts, old → new."""
    from kuhina_desktop.catalogue.diff import CurrentRecords, diff_snapshot
    from kuhina_desktop.domain.serialize import snapshot_to_json

    before = snapshot_to_json(snapshot())
    after = snapshot_to_json(consented(snapshot()))
    current = CurrentRecords(before["organisation"], {}, {})
    org_id = before["organisation"]["id"]
    (change,) = [c for c in diff_snapshot(current, after).changes() if c.record_id == org_id]
    assert change.change_id == f"{org_id}:contacts" and change.kind == "changed"
    assert change.old[0]["consent_given_on"] is None
    assert change.new[0]["consent_given_on"] == "2026-11-30"
    assert change.new[0]["consent_recorded_by"] == "Maija Vapaaehtoinen"
    # and back: a withdrawn consent is a change too
    (back,) = [
        c
        for c in diff_snapshot(CurrentRecords(after["organisation"], {}, {}), before).changes()
        if c.record_id == org_id
    ]
    assert back.new[0]["consent_given_on"] is None
