"""The organisation workspace: creation, lock, bin, migrations, settings."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command

from kuhina_desktop.domain import model
from kuhina_desktop.errors import WorkspaceError
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.store import migrate
from kuhina_desktop.store.engine import make_engine, sqlite_url
from kuhina_desktop.store.workspace_folder import create_folder


@pytest.fixture
def workspace(tmp_path: Path):
    ws = OrgWorkspace.create(tmp_path / "ws", "Joensuun Testiyhdistys ry", "0201256-6")
    yield ws
    ws.close()


def make_environment(name: str = "Kierrätysmyymälä") -> model.Environment:
    return model.Environment(name=model.Text(fi=name), address=model.Address(municipality="167"))


def test_create_writes_marker_database_and_key(workspace: OrgWorkspace) -> None:
    folder = workspace.folder
    marker = json.loads((folder / "workspace.json").read_text())
    assert marker["kind"] == "organisation"
    assert (folder / "kuhina.sqlite").is_file()
    assert (folder / "keys" / "signing_key").stat().st_mode & 0o077 == 0
    assert workspace.public_key_line().startswith("ssh-ed25519 AAAA")
    assert workspace.fingerprint().startswith("SHA256:")
    assert workspace.organisation.name.fi == "Joensuun Testiyhdistys ry"
    assert workspace.organisation.business_id == "0201256-6"


def test_create_refuses_a_folder_that_holds_files(tmp_path: Path) -> None:
    folder = tmp_path / "busy"
    folder.mkdir()
    (folder / "thesis.docx").write_bytes(b"important")
    with pytest.raises(WorkspaceError) as caught:
        OrgWorkspace.create(folder, "Yhdistys ry")
    assert caught.value.code == "workspace_not_empty"
    assert [p.name for p in folder.iterdir()] == ["thesis.docx"]


def test_open_refuses_a_missing_workspace_and_the_other_kind(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError) as caught:
        OrgWorkspace.open(tmp_path / "nothing")
    assert caught.value.code == "workspace_missing"
    create_folder(tmp_path / "cat", "catalogue")
    with pytest.raises(WorkspaceError) as caught:
        OrgWorkspace.open(tmp_path / "cat")
    assert caught.value.code == "workspace_wrong_kind"


def test_second_opener_in_the_same_process_gets_a_clear_message(
    workspace: OrgWorkspace,
) -> None:
    with pytest.raises(WorkspaceError) as caught:
        OrgWorkspace.open(workspace.folder)
    assert caught.value.code == "workspace_locked"
    assert "already open" in caught.value.message("en")
    assert "jo auki" in caught.value.message("fi")


def test_second_program_is_refused_while_the_first_holds_the_workspace(
    workspace: OrgWorkspace,
) -> None:
    script = (
        "import sys; from pathlib import Path\n"
        "from kuhina_desktop.services.org_workspace import OrgWorkspace\n"
        "from kuhina_desktop.errors import WorkspaceError\n"
        "try:\n    OrgWorkspace.open(Path(sys.argv[1]))\n"
        "except WorkspaceError as e:\n    print(e.code); sys.exit(0)\n"
        "sys.exit(3)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(workspace.folder)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "workspace_locked"


def test_lock_is_released_on_close(workspace: OrgWorkspace) -> None:
    """While open, a second opener is refused (the tests above); once closed, the same
    process and then another program open it again, and find the same organisation."""
    folder, organisation = workspace.folder, workspace.organisation
    workspace.close()
    with OrgWorkspace.open(folder) as again:
        assert again.organisation == organisation
    script = (
        "import sys; from pathlib import Path\n"
        "from kuhina_desktop.services.org_workspace import OrgWorkspace\n"
        "with OrgWorkspace.open(Path(sys.argv[1])) as ws:\n    print(ws.organisation.id)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (done.returncode, done.stdout.strip()) == (0, organisation.id), done.stderr


def test_save_reports_added_then_changed(workspace: OrgWorkspace) -> None:
    env = make_environment()
    first = workspace.save_environment(env)
    assert first.added == [env.id] and first.changed == []
    env.name = model.Text(fi="Kierrätyskeskus Mukula", sv="Återvinningscentralen")
    second = workspace.save_environment(env)
    assert second.added == [] and second.changed == [env.id]
    (stored,) = workspace.snapshot().environments
    assert stored.name.sv == "Återvinningscentralen"


def test_deleted_records_go_to_the_bin_and_come_back(workspace: OrgWorkspace) -> None:
    env = make_environment()
    opp = model.Opportunity(title=model.Text(fi="Työkokeilu myymälässä"), environment_id=env.id)
    workspace.save_environment(env)
    workspace.save_opportunity(opp)

    changes = workspace.delete("opportunity", opp.id)
    assert changes.removed == [opp.id] and "bin" in changes.lists
    assert workspace.snapshot().opportunities == []
    assert [o.id for o in workspace.binned()["opportunity"]] == [opp.id]

    workspace.restore("opportunity", opp.id)
    assert [o.id for o in workspace.snapshot().opportunities] == [opp.id]
    assert workspace.binned()["opportunity"] == []


def test_delete_of_an_unknown_record_is_a_known_error(workspace: OrgWorkspace) -> None:
    with pytest.raises(WorkspaceError) as caught:
        workspace.delete("environment", "00000000-0000-4000-8000-000000000000")
    assert caught.value.code == "record_missing"


def test_purge_removes_only_binned_records(workspace: OrgWorkspace) -> None:
    env = make_environment()
    workspace.save_environment(env)
    assert workspace.store.purge("environment", env.id) is False
    workspace.delete("environment", env.id)
    assert workspace.store.purge("environment", env.id) is True
    assert workspace.binned()["environment"] == []


def test_drafts_are_left_out_when_asked(workspace: OrgWorkspace) -> None:
    draft = model.Opportunity(title=model.Text(fi="Luonnos"), status="draft")
    live = model.Opportunity(title=model.Text(fi="Julkaistu"), status="published")
    workspace.save_opportunity(draft)
    workspace.save_opportunity(live)
    titles = [o.title.fi for o in workspace.snapshot(include_drafts=False).opportunities]
    assert titles == ["Julkaistu"]


def test_settings_round_trip(workspace: OrgWorkspace) -> None:
    assert workspace.setting("coordinator_email") is None
    workspace.set_setting("coordinator_email", "kuhina@example.fi")
    assert workspace.setting("coordinator_email") == "kuhina@example.fi"


def test_sqlite_pragmas_are_in_force(workspace: OrgWorkspace) -> None:
    with workspace.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_migration_from_the_first_revision_keeps_data_and_makes_a_backup(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "old"
    create_folder(folder, "organisation")
    db = folder / "kuhina.sqlite"
    engine = make_engine(sqlite_url(db))
    cfg = migrate.alembic_config("org")
    with engine.connect() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "org0001")
        connection.commit()
    engine.dispose()
    org = model.Organisation(name=model.Text(fi="Vanha Yhdistys ry"))
    raw = sqlite3.connect(db)
    raw.execute(
        "INSERT INTO organisation (id, data, updated_at) VALUES (?, ?, ?)",
        (
            org.id,
            json.dumps({"id": org.id, "name": {"fi": "Vanha Yhdistys ry"}}),
            "2025-01-01 00:00:00",
        ),
    )
    raw.execute(
        "INSERT INTO export (sequence, created_at, sha256, path, counts, snapshot)"
        " VALUES (1, '2025-01-02 00:00:00', ?, 'x.kuhina', '{}', '{}')",
        ("ab" * 32,),
    )
    raw.commit()
    raw.close()

    ws = OrgWorkspace.open(folder)
    try:
        assert ws.organisation.name.fi == "Vanha Yhdistys ry"
        (export,) = ws.store.list_exports()
        assert export.sequence == 1 and export.fingerprint is None
        assert migrate.current_revision(ws.engine) == migrate.head_revision("org")
        assert ws.migration_backup is not None and ws.migration_backup.is_file()
        copy = sqlite3.connect(ws.migration_backup)
        try:
            names = copy.execute("SELECT data FROM organisation").fetchall()
            revision = copy.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            copy.close()
        assert "Vanha Yhdistys ry" in names[0][0]
        assert revision == ("org0001",)
    finally:
        ws.close()


def test_opening_an_up_to_date_workspace_makes_no_backup(workspace: OrgWorkspace) -> None:
    folder = workspace.folder
    workspace.close()
    again = OrgWorkspace.open(folder)
    try:
        assert again.migration_backup is None
        assert not (folder / "backups").exists()
    finally:
        again.close()


@pytest.mark.parametrize("kind", ["org", "catalogue"])
def test_the_head_known_without_alembic_is_the_scripts_head(kind: str) -> None:
    assert migrate.HEADS[kind] == migrate.head_revision(kind)


def test_a_database_from_a_newer_program_is_refused_untouched(workspace: OrgWorkspace) -> None:
    folder = workspace.folder
    workspace.close()
    raw = sqlite3.connect(folder / "kuhina.sqlite")
    raw.execute("UPDATE alembic_version SET version_num = 'org9999'")
    raw.commit()
    raw.close()
    before = (folder / "kuhina.sqlite").read_bytes()
    with pytest.raises(WorkspaceError) as caught:
        OrgWorkspace.open(folder)
    assert caught.value.code == "workspace_too_new"
    assert (folder / "kuhina.sqlite").read_bytes() == before
    assert not (folder / "backups").exists()


@pytest.mark.parametrize("name", ["Yhdistys?versio 2", "50% tiimi", "Paja #3", "a%20b"])
def test_a_folder_name_with_url_characters_opens(tmp_path: Path, name: str) -> None:
    """A `?`, `#` or `%` in a folder name is part of the path, not of the database's address
    (the file SQLite opened was another, or none)."""
    folder = tmp_path / name / "ws"
    created = OrgWorkspace.create(folder, "Joensuun Testiyhdistys ry", "0201256-6")
    created.save_environment(make_environment())
    created.close()
    assert sorted(p.name for p in (tmp_path / name).iterdir()) == ["ws"]
    opened = OrgWorkspace.open(folder)
    try:
        assert [e.name.fi for e in opened.snapshot().environments] == ["Kierrätysmyymälä"]
    finally:
        opened.close()
    assert [p.name for p in tmp_path.iterdir()] == [name]
