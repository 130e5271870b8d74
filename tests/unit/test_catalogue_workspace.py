"""The catalogue workspace on SQLite and PostgreSQL: trust, sequence rules, merge, audit,
moderation, status and the published view (docs/catalogue.md)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from kuhina_desktop.catalogue.trust import TrustError
from kuhina_desktop.domain import model
from kuhina_desktop.errors import KnownError, WorkspaceError
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from tests.catalogue_support.packages import (
    Publisher,
    add_opportunity,
    drop_opportunity,
    publishers,
    retitle,
    state_of,
)
from tests.catalogue_support.postgres import PostgresServer

ACCEPT = "accept_all"


@pytest.fixture
def workspace(tmp_path: Path, database_url: str | None) -> Iterator[CatalogueWorkspace]:
    with CatalogueWorkspace.create(tmp_path / "catalogue", database_url) as ws:
        yield ws


@pytest.fixture
def pub() -> Publisher:
    return publishers(1, opportunities=6)[0]


def test_create_writes_marker_and_reopens(tmp_path: Path, database_url: str | None) -> None:
    folder = tmp_path / "catalogue"
    with CatalogueWorkspace.create(folder, database_url):
        with pytest.raises(WorkspaceError) as locked:
            CatalogueWorkspace.open(folder)
        assert locked.value.code == "workspace_locked"
    marker = json.loads((folder / "workspace.json").read_text(encoding="utf-8"))
    assert marker["kind"] == "catalogue"
    assert marker.get("database_url") == database_url
    assert (folder / "kuhina.sqlite").exists() == (database_url is None)
    with CatalogueWorkspace.open(folder) as ws:
        assert ws.status() == []


def test_unknown_organisation_waits_until_its_fingerprint_is_confirmed(
    workspace: CatalogueWorkspace, pub: Publisher
) -> None:
    package = pub.export()
    outcome = workspace.import_package(package, decisions=ACCEPT, actor="koordinaattori")
    assert outcome.status == "pending_trust"
    assert outcome.params["fingerprint"] == pub.fingerprint
    assert workspace.records_of(pub.organisation_id).organisation is None
    [status] = workspace.status()
    assert (status.trust_state, status.pending_fingerprints) == ("pending", (pub.fingerprint,))
    assert [w.sequence for w in workspace.waiting()] == [1]

    with pytest.raises(TrustError) as wrong:
        workspace.trust(pub.organisation_id, "SHA256:" + "A" * 43)
    assert wrong.value.code == "catalogue_trust_fingerprint_mismatch"

    workspace.trust(pub.organisation_id, pub.fingerprint, actor="koordinaattori")
    [status] = workspace.status()
    assert status.trust_state == "trusted"
    waited = workspace.import_waiting(pub.organisation_id, actor="koordinaattori")
    assert waited is not None and waited.status == "imported"
    assert workspace.waiting() == []
    records = workspace.records_of(pub.organisation_id)
    assert set(records.opportunities) == {o.id for o in pub.snapshot.opportunities}
    actions = [e.action for e in workspace.audit()]
    assert actions == ["import", "trust", "pending"]


def test_trust_new_trusts_on_first_use_only(workspace: CatalogueWorkspace, pub: Publisher) -> None:
    assert workspace.import_package(pub.export(), trust_new=True, decisions=ACCEPT).done
    intruder = Publisher(pub.snapshot, pub.attachments)  # same organisation id, another key
    outcome = workspace.import_package(
        intruder.export(sequence=5), trust_new=True, decisions=ACCEPT
    )
    assert outcome.status == "pending_trust"
    assert outcome.reason == "catalogue_pending_new_key"
    assert "new_key_without_rotation" in outcome.flags
    assert workspace.status()[0].last_sequence == 1


def test_sequence_rules(workspace: CatalogueWorkspace, pub: Publisher) -> None:
    first = pub.export()
    second = pub.edit(retitle(0, "Uusi otsikko")).export()
    assert workspace.import_package(second, trust_new=True, decisions=ACCEPT).status == "imported"
    before = state_of(workspace)

    replay = workspace.import_package(first, decisions=ACCEPT)
    assert (replay.status, replay.reason) == ("refused", "catalogue_refused_replay")
    again = workspace.import_package(second, decisions=ACCEPT)
    assert again.status == "already_imported" and again.done

    forged = pub.edit(retitle(0, "Toinen otsikko")).export(sequence=2)
    equivocation = workspace.import_package(forged, decisions=ACCEPT)
    assert (equivocation.status, equivocation.reason) == (
        "refused",
        "catalogue_refused_equivocation",
    )
    assert state_of(workspace) == before
    [refusal] = workspace.audit(action="refused")
    assert refusal.details["flags"] == ["possible_key_compromise"]
    assert refusal.package_sha256 is not None
    assert "possible_key_compromise" in workspace.status()[0].flags


def test_revoked_key_is_refused(workspace: CatalogueWorkspace, pub: Publisher) -> None:
    assert workspace.import_package(pub.export(), trust_new=True, decisions=ACCEPT).done
    workspace.revoke(pub.organisation_id, actor="koordinaattori")
    outcome = workspace.import_package(pub.edit(retitle(0, "X")).export(), decisions=ACCEPT)
    assert (outcome.status, outcome.reason) == ("refused", "catalogue_refused_key_revoked")
    assert workspace.status()[0].trust_state == "revoked"
    assert workspace.signers() == ""
    with pytest.raises(TrustError):
        workspace.revoke("no-such-organisation")


def test_key_rotation_signed_by_the_pinned_key_is_accepted(
    workspace: CatalogueWorkspace, pub: Publisher
) -> None:
    old_fingerprint, old_key = pub.fingerprint, pub.key
    assert workspace.import_package(pub.export(), trust_new=True, decisions=ACCEPT).done
    pub.rotate_key()
    outcome = workspace.import_package(pub.edit(retitle(1, "Kierto")).export(), decisions=ACCEPT)
    assert outcome.status == "imported"
    [status] = workspace.status()
    assert (status.trust_state, status.fingerprint) == ("trusted", pub.fingerprint)
    assert old_fingerprint != pub.fingerprint
    assert workspace.signers().count("\n") == 1
    # The retired key can no longer publish, even with a newer sequence.
    old = Publisher(pub.snapshot, pub.attachments, key=old_key, sequence=pub.sequence)
    outcome = workspace.import_package(old.export(), decisions=ACCEPT)
    assert (outcome.status, outcome.reason) == ("refused", "catalogue_refused_key_retired")


def test_rotation_with_a_bad_signature_is_refused(
    workspace: CatalogueWorkspace, pub: Publisher
) -> None:
    """A forged rotation is refused where rotations are checked (the package reader,
    `packages.manifest.check_rotation`) and changes nothing; the catalogue does not check it
    a second time."""
    from kuhina_desktop.packages.verified import KeyRotation

    assert workspace.import_package(pub.export(), trust_new=True, decisions=ACCEPT).done
    old_fingerprint, previous = pub.fingerprint, pub.public_key
    pub.rotate_key()
    assert pub.rotation is not None
    pub.rotation = KeyRotation(previous, pub.rotation.signature.replace("A", "B", 3))
    before = state_of(workspace)
    outcome = workspace.import_package(pub.edit(retitle(1, "Kierto")).export(), decisions=ACCEPT)
    assert (outcome.status, outcome.reason) == ("refused", "rotation_signature_invalid")
    assert state_of(workspace) == before
    [status] = workspace.status()
    assert (status.trust_state, status.fingerprint, status.last_sequence) == (
        "trusted",
        old_fingerprint,
        1,
    )


def test_duplicate_business_id_is_flagged(workspace: CatalogueWorkspace) -> None:
    first, second = publishers(2, opportunities=2, seed=11)
    second.edit(
        lambda s: setattr(s.organisation, "business_id", first.snapshot.organisation.business_id)
    )
    assert first.snapshot.organisation.business_id
    assert workspace.import_package(first.export(), trust_new=True, decisions=ACCEPT).done
    # Trust on first use does not trust a newcomer with another's business ID: it waits.
    outcome = workspace.import_package(second.export(), trust_new=True, decisions=ACCEPT)
    assert (outcome.status, outcome.reason) == ("pending_trust", "catalogue_pending_resembles")
    assert "duplicate_business_id" in outcome.flags
    workspace.trust(second.organisation_id, second.fingerprint)
    outcome = workspace.import_waiting(second.organisation_id)
    assert outcome is not None and outcome.status == "imported"
    assert "duplicate_business_id" in outcome.flags
    [entry] = workspace.audit(action="import", organisation_id=second.organisation_id)
    assert entry.details["duplicate_business_id"] == [first.organisation_id]
    assert all("duplicate_business_id" in s.flags for s in workspace.status())


def test_record_id_of_another_organisation_is_refused(workspace: CatalogueWorkspace) -> None:
    first, second = publishers(2, opportunities=6, seed=12)
    stolen = first.snapshot.opportunities[0].id
    second.edit(lambda s: setattr(s.opportunities[0], "id", stolen))
    assert workspace.import_package(first.export(), trust_new=True, decisions=ACCEPT).done
    outcome = workspace.import_package(second.export(), trust_new=True, decisions=ACCEPT)
    assert (outcome.status, outcome.reason) == ("refused", "catalogue_refused_record_conflict")
    assert second.organisation_id not in workspace.organisation_ids()


def test_import_applies_added_changed_removed_and_twice_changes_nothing(
    workspace: CatalogueWorkspace, pub: Publisher
) -> None:
    assert workspace.import_package(pub.export(), trust_new=True, decisions=ACCEPT).done
    removed = pub.snapshot.opportunities[2].id
    pub.edit(retitle(0, "Muutettu", "sv")).edit(drop_opportunity(2)).edit(add_opportunity("Uusi"))
    package = pub.export()
    outcome = workspace.import_package(package, decisions=ACCEPT)
    assert outcome.status == "imported"
    counts = outcome.diff.counts() if outcome.diff else {}
    assert (counts["added"], counts["changed"], counts["removed"]) == (1, 1, 1)
    assert outcome.changes.removed == [removed]
    records = workspace.records_of(pub.organisation_id)
    assert records.opportunities[pub.snapshot.opportunities[0].id]["title"]["sv"] == "Muutettu"
    assert removed not in records.opportunities
    before = state_of(workspace)
    audit_before = len(workspace.audit())
    assert workspace.import_package(package, decisions=ACCEPT).status == "already_imported"
    assert state_of(workspace) == before
    assert len(workspace.audit()) == audit_before


DERIVED_ROWS = {
    "environments": "SELECT id, organisation_id, name_fi, municipality, updated_at, hidden"
    " FROM environment ORDER BY id",
    "opportunities": "SELECT o.id, o.organisation_id, o.environment_id, o.kind, o.status,"
    " o.title_fi, o.updated_at, o.starts_on, o.ends_on, o.hidden, d.search_text"
    " FROM opportunity o JOIN opportunity_document d ON d.num = o.num ORDER BY o.id",
    "codes": "SELECT o.id, 'm', l.code FROM opportunity_municipality l"
    " JOIN opportunity o ON o.num = l.opportunity_num"
    " UNION ALL SELECT o.id, 't', l.code FROM opportunity_target_group l"
    " JOIN opportunity o ON o.num = l.opportunity_num"
    " UNION ALL SELECT o.id, 'l', l.code FROM opportunity_language l"
    " JOIN opportunity o ON o.num = l.opportunity_num ORDER BY 1, 2, 3",
}


def derived_rows(workspace: CatalogueWorkspace) -> dict[str, list[tuple[object, ...]]]:
    """The columns, search texts and code links the catalogue keeps beside the records."""
    with workspace.engine.connect() as connection:
        return {
            name: [tuple(r) for r in connection.execute(text(query))]
            for name, query in DERIVED_ROWS.items()
        }


def test_changes_rewrite_the_derived_rows_as_a_fresh_import_would(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    workspace: CatalogueWorkspace,
    database_url: str | None,
) -> None:
    """Every kind of write of a merge (new, changed with and without a new search text,
    removed, renamed organisation and environment, hidden) leaves the search and filter
    columns, the search text and the code links as importing the last package into an
    empty catalogue does; and the text index finds the new words."""
    first, other = publishers(2, opportunities=8, seed=17)
    for p in (first, other):
        assert workspace.import_package(p.export(), trust_new=True, decisions=ACCEPT).done
    workspace.hide(first.snapshot.opportunities[1].id, "Tarkistettava", actor="koordinaattori")

    def change(snapshot: model.Snapshot) -> None:
        opps = snapshot.opportunities
        opps[0].places, opps[0].status = 7, "paused"  # same search text
        opps[1].title = model.Text(fi="Pyöräkorjaamon harjoittelu", sv=None, en="Bike repair")
        opps[2].municipalities, opps[2].languages = ["167", "260"], ["fi", "uk"]
        opps[3].target_groups = ["youth"]
        del opps[4]
        env = snapshot.environments[0]
        env.name = model.Text(fi="Kierrätyskeskus Ruuvi", sv=None, en=None)
        snapshot.organisation.name = model.Text(fi="Vaihdettu nimi ry", sv="Nytt namn rf", en=None)

    first.edit(change).edit(add_opportunity("Kesäleiri"))
    assert workspace.import_package(first.export(), decisions=ACCEPT).done
    after_changes = derived_rows(workspace)

    fresh_url = None
    if database_url is not None:  # a schema of its own on the same server
        server: PostgresServer = request.getfixturevalue("postgres_server")
        schema = server.create_schema()
        request.addfinalizer(lambda: server.drop_schema(schema))
        fresh_url = server.url(server.database, schema)
    with CatalogueWorkspace.create(tmp_path / "fresh", fresh_url) as fresh:
        for p in (first, other):
            assert fresh.import_package(p.export(), trust_new=True, decisions=ACCEPT).done
        fresh.hide(first.snapshot.opportunities[1].id, "Tarkistettava", actor="koordinaattori")
        expected = derived_rows(fresh)
    assert after_changes == expected
    if database_url is None:  # the FTS5 index agrees with the documents it indexes
        with workspace.engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO opportunity_fts(opportunity_fts, rank) VALUES ('integrity-check', 1)"
            )
    renamed = {h.id for h in workspace.search("ruuvi", limit=100).hits}
    assert renamed == {
        o.id for o in first.snapshot.opportunities if o.environment_id == env_id(first)
    }
    assert {h.id for h in workspace.search("pyorakorjaamon").hits} == {
        first.snapshot.opportunities[1].id
    }
    assert workspace.search("vaihdettu").total == len(first.snapshot.opportunities)


def env_id(pub: Publisher) -> str:
    return pub.snapshot.environments[0].id


def test_other_databases_take_the_portable_statements(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A database other than SQLite and PostgreSQL gets IN lists, inserts that return the
    new keys and look-ups before upserts (played by SQLite under another name): the
    catalogue ends up as on SQLite, records, derived rows, keys and audit alike."""
    first, second = publishers(2, opportunities=6, seed=23)
    packages = [first.export(), second.export()]
    first.edit(retitle(0, "Toinen otsikko")).edit(drop_opportunity(2)).edit(add_opportunity("Uusi"))
    packages.append(first.export())
    results = []
    for name in ("sqlite", "generic"):
        with CatalogueWorkspace.create(tmp_path / name) as ws:
            monkeypatch.setattr(ws.engine.dialect, "name", name)
            for package in packages:
                assert ws.import_package(package, trust_new=True, decisions=ACCEPT).done
            audit = [(e.action, e.organisation_id, e.details["counts"]) for e in ws.audit()]
            results.append((state_of(ws), derived_rows(ws), ws.signers(), audit))
            monkeypatch.undo()
    assert results[0] == results[1]


def test_hidden_record_stays_hidden_when_removed_and_added_again(
    workspace: CatalogueWorkspace, pub: Publisher
) -> None:
    pub.edit(lambda s: setattr(s.opportunities[0], "status", "published"))
    assert workspace.import_package(pub.export(), trust_new=True, decisions=ACCEPT).done
    target = pub.snapshot.opportunities[0]
    workspace.hide(target.id, "Sopimaton sisältö", actor="koordinaattori")
    assert target.id not in {o.id for _org, o in workspace.published().opportunities()}

    kept = pub.snapshot.opportunities[0]
    pub.edit(drop_opportunity(0))
    assert workspace.import_package(pub.export(), decisions=ACCEPT).done
    pub.edit(lambda s: s.opportunities.insert(0, kept))
    pub.edit(retitle(0, "Palasi takaisin"))
    outcome = workspace.import_package(pub.export(), decisions=ACCEPT)
    assert outcome.diff is not None
    [change] = [c for c in outcome.diff.changes() if c.record_id == target.id]
    assert change.hidden and change.kind == "added"
    assert target.id in workspace.records_of(pub.organisation_id).hidden
    assert target.id not in {o.id for _org, o in workspace.published().opportunities()}
    hits = workspace.search("palasi")
    assert [(h.id, h.hidden) for h in hits.hits] == [(target.id, True)]

    workspace.unhide(target.id)
    assert target.id in {o.id for _org, o in workspace.published().opportunities()}
    with pytest.raises(KnownError):
        workspace.unhide(target.id)
    with pytest.raises(KnownError):
        workspace.hide(target.id, "   ")
    with pytest.raises(WorkspaceError):
        workspace.hide("no-such-record", "syy")


def test_hidden_organisation_hides_everything_in_the_published_view(
    workspace: CatalogueWorkspace,
) -> None:
    first, second = publishers(2, opportunities=4, seed=13)
    for p in (first, second):
        assert workspace.import_package(p.export(), trust_new=True, decisions=ACCEPT).done
    view = workspace.published()
    assert {o.organisation.id for o in view.organisations} == {
        first.organisation_id,
        second.organisation_id,
    }
    for _org, opp in view.opportunities():
        assert opp.status == "published"
    workspace.hide(first.organisation_id, "Yhdistys lopettanut")
    view = workspace.published()
    assert [o.organisation.id for o in view.organisations] == [second.organisation_id]
    [status] = [s for s in workspace.status() if s.organisation_id == first.organisation_id]
    assert status.hidden
    env = second.snapshot.environments[0]
    workspace.hide(env.id, "Kuvat poistettava")
    [org] = workspace.published().organisations
    assert org.environment(env.id) is None


def test_published_view_loads_attachments(workspace: CatalogueWorkspace) -> None:
    with_photos = [p for p in publishers(6, opportunities=2, seed=5) if p.attachments]
    assert with_photos, "demo content should have some photos"
    pub = with_photos[0]
    assert workspace.import_package(pub.export(), trust_new=True, decisions=ACCEPT).done
    view = workspace.published()
    for ref, content in pub.attachments.items():
        assert view.attachment_loader(ref) == content


def test_status_reports_counts_and_staleness(workspace: CatalogueWorkspace, pub: Publisher) -> None:
    assert workspace.import_package(pub.export(), trust_new=True, decisions=ACCEPT).done
    [status] = workspace.status()
    assert status.counts["opportunities"] == len(pub.snapshot.opportunities)
    assert status.counts["published"] == sum(
        1 for o in pub.snapshot.opportunities if o.status == "published"
    )
    assert not status.stale
    later = datetime.now(UTC) + timedelta(days=181)
    [status] = workspace.status(now=later)
    assert status.stale
    assert status.to_json()["trust_state"] == "trusted"


def test_signers_lists_trusted_keys_in_allowed_signers_format(
    workspace: CatalogueWorkspace,
) -> None:
    first, second = publishers(2, opportunities=1, seed=3)
    assert workspace.import_package(first.export(), trust_new=True, decisions=ACCEPT).done
    assert workspace.import_package(second.export(), decisions=ACCEPT).status == "pending_trust"
    algorithm, blob = first.public_key.split()
    assert workspace.signers() == (
        f'{first.organisation_id} namespaces="kuhina-package-v1" {algorithm} {blob}\n'
    )


def test_refused_package_is_reported_not_raised(workspace: CatalogueWorkspace) -> None:
    outcome = workspace.import_package(b"not a zip", decisions=ACCEPT)
    assert outcome.status == "refused" and outcome.reason
    assert outcome.package is None
    item = workspace.inspect(b"not a zip")
    assert item.verdict == "refused"


def test_inspect_changes_nothing(workspace: CatalogueWorkspace, pub: Publisher) -> None:
    item = workspace.inspect(pub.export())
    assert (item.verdict, item.key_state) == ("pending_trust", "unknown")
    assert item.counts is not None and item.counts["added"] == 1 + len(
        pub.snapshot.environments
    ) + len(pub.snapshot.opportunities)
    assert workspace.status() == []
    assert workspace.import_package(pub.export(), decisions=None).status == "pending_trust"
    assert workspace.status() == []
