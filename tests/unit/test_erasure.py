"""Erasing a contact person (docs/catalogue.md, "Erasing a person"), on SQLite and
PostgreSQL: no trace of the person's name, e-mail or phone in the database, the outputs of
the next publish or the audit log, and the audit log keeps every entry plus one."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import MetaData, select

from kuhina_desktop.errors import KnownError
from kuhina_desktop.services import outputs
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from kuhina_desktop.services.erasure import ACTION, checked_query, erase_person, find_person
from tests.catalogue_support.packages import Publisher, publishers

ACCEPT = "accept_all"
NEW_PHONE = "050 190 5999"


def _values(contact: object) -> list[str]:
    return [contact.name, contact.email, contact.phone]  # type: ignore[attr-defined]


@pytest.fixture
def catalogue(
    tmp_path: Path, database_url: str | None
) -> Iterator[tuple[CatalogueWorkspace, Publisher]]:
    """Two organisations, imported, with the erased person's phone changed once (so the
    audit log holds an older value the catalogue no longer has) and a hiding reason that
    names her."""
    pub, other = publishers(2, opportunities=4)
    with CatalogueWorkspace.create(tmp_path / "catalogue", database_url) as ws:
        for p in (pub, other):
            ws.import_package(p.export(), decisions=ACCEPT, actor="k")
            ws.trust(p.organisation_id, p.fingerprint, actor="k")
            ws.import_waiting(p.organisation_id, actor="k")

        def new_phone(snapshot: object) -> None:
            person = snapshot.organisation.contacts[1]  # type: ignore[attr-defined]
            person.phone = NEW_PHONE
            # She agreed to be published, so the outputs name her before the erasure.
            person.consent_given_on, person.consent_recorded_by = "2026-11-30", "Maija V."

        ws.import_package(pub.edit(new_phone).export(), decisions=ACCEPT, actor="k")
        person = pub.snapshot.organisation.contacts[1]
        ws.hide(pub.snapshot.opportunities[0].id, f"{person.name} asked: call her", actor="k")
        yield ws, pub


def person_values(pub: Publisher) -> list[str]:
    person = pub.snapshot.organisation.contacts[1]
    return [person.name, person.email, NEW_PHONE, "+358501905850", "0501905850"]


def database_text(ws: CatalogueWorkspace) -> str:
    """Every row of every table as text (the query scan, both backends)."""
    meta = MetaData()
    meta.reflect(ws.engine)
    lines = []
    with ws.engine.connect() as connection:
        for table in meta.sorted_tables:
            for row in connection.execute(select(table)):
                lines.append(repr(tuple(row)))
    return "\n".join(lines)


def scan_files(folder: Path) -> str:
    """The text of every file of an output folder, ZIP members (workbooks) opened."""
    parts = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as zf:
                data = b"".join(zf.read(n) for n in zf.namelist())
        parts.append(data.decode("utf-8", "replace"))
    return "\n".join(parts)


def publish_all(ws: CatalogueWorkspace, out: Path) -> str:
    outputs.publish_site(ws, out / "site")
    outputs.write_workbooks(ws, out / "excel")
    outputs.write_open_data(ws, out / "opendata")
    return scan_files(out)


def test_erasure_leaves_no_trace(
    catalogue: tuple[CatalogueWorkspace, Publisher], tmp_path: Path
) -> None:
    ws, pub = catalogue
    person = pub.snapshot.organisation.contacts[1]
    kept = pub.snapshot.organisation.contacts[0]
    before = publish_all(ws, tmp_path / "before")
    assert person.name in before  # the test can fail: she is in the outputs before
    # Published again: the site it replaced is kept as the spare for republishing.
    outputs.publish_site(ws, tmp_path / "before" / "site")
    spares = list((ws.folder / outputs.SITE_STATE_FOLDER).glob("*.spare"))
    assert spares and person.name in scan_files(spares[0])
    assert person.name in database_text(ws)
    entries_before = len(ws.audit())

    query = checked_query(person.email.upper(), None, None)
    plan = find_person(ws, query)
    assert [c.name for c in plan.contacts] == [person.name]
    # the change list of her new phone, and the hiding entry with its reason
    assert (plan.audit_entries, plan.moderation_reasons) == (2, 1)
    assert len(ws.audit()) == entries_before  # finding changed nothing
    assert not [f for f in plan.files if outputs.SITE_STATE_FOLDER in f.parts]

    done = erase_person(ws, query, actor="k")
    assert done.done and done.opportunities
    assert not list((ws.folder / outputs.SITE_STATE_FOLDER).glob("*.spare"))
    after_entries = ws.audit()
    # Every entry kept, the publishes of `before` (4) included, plus exactly one erasure entry.
    assert len(after_entries) == entries_before + 1
    erasure = after_entries[0]
    assert erasure.action == ACTION and erasure.organisation_id is None
    assert erasure.details["contacts"] == 1

    after = publish_all(ws, tmp_path / "after")
    audit_text = json.dumps([e.details for e in ws.audit()], ensure_ascii=False)
    stored = database_text(ws)
    for value in person_values(pub):
        assert value not in after, value
        assert value.casefold() not in audit_text.casefold(), value
        assert value not in stored, value
    assert "erased:" in audit_text
    assert kept.name in stored and kept.email in stored  # only she went
    records = ws.records_of(pub.organisation_id)
    assert [c["name"] for c in records.organisation["contacts"]] == [kept.name]
    assert all(o.get("contact_id") != person.id for o in records.opportunities.values())


def test_sqlite_file_holds_no_byte_of_the_person(tmp_path: Path) -> None:
    """Read while the workspace is still open, so the WAL is scanned as it is, and with no
    VACUUM of the test's own: the erasure leaves no free page or WAL frame holding her."""
    pub = publishers(1, opportunities=3)[0]
    folder = tmp_path / "catalogue"
    person = pub.snapshot.organisation.contacts[1]
    with CatalogueWorkspace.create(folder) as ws:
        ws.import_package(pub.export(), decisions=ACCEPT, actor="k")
        ws.trust(pub.organisation_id, pub.fingerprint, actor="k")
        ws.import_waiting(pub.organisation_id, actor="k")
        ws.hide(pub.snapshot.opportunities[0].id, f"{person.name} asked", actor="k")
        ws.unhide(pub.snapshot.opportunities[0].id, actor="k")  # the reason deleted: a free page

        def raw() -> bytes:
            return b"".join(p.read_bytes() for p in folder.glob("kuhina.sqlite*") if p.is_file())

        assert person.name.encode("utf-8") in raw()  # the scan can fail
        erase_person(ws, checked_query(None, person.phone, None), actor="k")
        after = raw()
        for value in [person.name, person.email, person.phone]:
            assert value.encode("utf-8") not in after, value
        assert pub.snapshot.organisation.contacts[0].name.encode("utf-8") in after
    with sqlite3.connect(folder / "kuhina.sqlite") as connection:
        connection.execute("VACUUM")
    closed = b"".join(p.read_bytes() for p in folder.glob("kuhina.sqlite*") if p.is_file())
    for value in [person.name, person.email, person.phone]:
        assert value.encode("utf-8") not in closed, value


@pytest.mark.parametrize(
    ("email", "phone", "name", "code"),
    [
        (None, None, None, "erasure_one_query"),
        ("a@b.fi", "0401234567", None, "erasure_one_query"),
        ("   ", None, None, "erasure_query_empty"),
        (None, None, "Anna\x00Virtanen", "erasure_query_invalid"),
        (None, None, "Anna\u202eVirtanen", "erasure_query_invalid"),
        (None, None, "x" * 201, "erasure_query_invalid"),
        ("not an address", None, None, "erasure_email_invalid"),
        (None, "12", None, "erasure_phone_invalid"),
        (None, "0401234567; DROP TABLE", None, "erasure_phone_invalid"),
    ],
)
def test_bad_queries_are_refused(
    email: str | None, phone: str | None, name: str | None, code: str
) -> None:
    with pytest.raises(KnownError) as refused:
        checked_query(email, phone, name)
    assert refused.value.code == code


def test_no_match_changes_nothing(catalogue: tuple[CatalogueWorkspace, Publisher]) -> None:
    ws, _pub = catalogue
    before = database_text(ws)
    for query in [
        checked_query("nobody@example.fi", None, None),
        checked_query(None, None, "Nobody's <script>alert(1)</script> Name"),
        checked_query(None, None, "%"),
    ]:
        assert find_person(ws, query).empty
        with pytest.raises(KnownError) as refused:
            erase_person(ws, query, actor="k")
        assert refused.value.code == "erasure_no_match"
    assert database_text(ws) == before
    assert not (ws.folder / "erasure.key").exists()


def test_phone_and_name_match_however_written(
    catalogue: tuple[CatalogueWorkspace, Publisher],
) -> None:
    ws, pub = catalogue
    person = pub.snapshot.organisation.contacts[1]
    assert [
        c.name for c in find_person(ws, checked_query(None, "+358 50 190 5999", None)).contacts
    ] == [person.name]
    assert [
        c.name
        for c in find_person(ws, checked_query(None, None, "  " + person.name.upper())).contacts
    ] == [person.name]


def test_the_secret_is_private_and_outside_the_database(
    catalogue: tuple[CatalogueWorkspace, Publisher],
) -> None:
    ws, pub = catalogue
    erase_person(
        ws, checked_query(pub.snapshot.organisation.contacts[1].email, None, None), actor="k"
    )
    key = ws.folder / "erasure.key"
    assert key.stat().st_mode & 0o777 == 0o600
    assert key.read_bytes().hex() not in database_text(ws)
