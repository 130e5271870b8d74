"""The window's first read of an organisation workspace (`OrgWorkspace.open_first`, through
`sqlite3`) gives what the ordinary open through the ORM gives: the same records in the same
order, the same settings, export and receipt standings; and it loads no SQLAlchemy."""

from __future__ import annotations

import dataclasses
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kuhina_desktop.demo.content import generate_demo
from kuhina_desktop.domain import model
from kuhina_desktop.errors import WorkspaceError
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.services.receipt_standing import standings
from kuhina_desktop.store.org_reader import read_first

# Texts the first read must carry as the ORM does: Finnish and Swedish letters, Sámi,
# combining marks, emoji with joiners, right-to-left script with its mark, quotes in JSON.
ODD_TITLES = [
    "Äidinkielen työpaja – ääni & öljy",
    "Åbo språkcafé för nyanlända",
    "Anára sámegiella: Čuđiid ŋ ž",
    "Cafe\u0301 e\u0300 combining",
    "Perhe 👩‍👩‍👧 ja 🧑🏽‍🍳 keittiö",
    "\u200fعربي\u200f kielikahvila",
    '"Lainausmerkit" ja \\ kenoviiva',
    "",
]


def build_workspace(folder: Path, opportunities: int) -> None:
    """A workspace of generated records, odd titles, records in the bin, settings, an
    export and a receipt's state, then closed."""
    demo = generate_demo(1, opportunities, seed=11)[0]
    snapshot = demo.snapshot
    ws = OrgWorkspace.create(
        folder, snapshot.organisation.name.fi, organisation=snapshot.organisation
    )
    try:
        ws.load(snapshot, demo.attachments)
        env_id = snapshot.environments[0].id
        for n, title in enumerate(ODD_TITLES):
            ws.save_opportunity(
                model.Opportunity(
                    title=model.Text(fi=title, sv=f"Svenska {n} ö", en=None),
                    environment_id=env_id,
                    status=("draft", "published", "paused", "closed")[n % 4],
                )
            )
        ws.save_environment(model.Environment(name=model.Text(fi="Öljymäen paja")))
        for opp in snapshot.opportunities[:3]:
            ws.delete("opportunity", opp.id)
        ws.delete("environment", snapshot.environments[-1].id)
        ws.set_setting("coordinator_email", "kuhina@esimerkki.fi")
        ws.set_setting("empty", None)
        ws.set_setting("nested", {"ä": [1, 2.5, None, "👩‍👩‍👧"]})
        published = [o.id for o in ws.snapshot().opportunities[-6:]]
        receipt = {
            "package": {"sequence": 1},
            "created_at": "2026-11-01T10:00:00Z",
            "published": [{"record_id": i} for i in published],
            "decisions": [
                {"decision": "reject", "record_id": published[0], "field": "title",
                 "reason": "Otsikko on liian pitkä – lyhennä", "record_type": "opportunity",
                 "label": "Otsikko"},
            ],
            "hidden": [{"record_id": published[1], "reason": "Väärä kunta"}],
        }  # fmt: skip
        ws.set_setting(
            "receipts",
            {"coordinator_key": None, "receipts": [{"sha256": "ab", "content": receipt}]},
        )
        sent = {"opportunities": [{"id": i} for i in published[2:5]]}
        ws.store.add_export(1, "aa" * 32, "/tmp/yksi.kuhina", {"opportunities": 6}, {})
        ws.store.add_export(2, "bb" * 32, "/tmp/kaksi ä.kuhina", {"opportunities": 3}, sent)
    finally:
        ws.close()


def everything(ws: OrgWorkspace) -> dict[str, Any]:
    snapshot = ws.snapshot()
    return {
        "snapshot": snapshot,
        "published_only": ws.snapshot(include_drafts=False),
        "organisation": ws.organisation,
        "settings": {
            k: ws.setting(k, "default")
            for k in ("coordinator_email", "empty", "nested", "receipts", "not there")
        },
        "last_export": ws.last_export(),
        "standings": standings(ws),
    }


@pytest.mark.parametrize("opportunities", [0, 1, 400])
def test_first_read_gives_what_the_orm_gives(tmp_path: Path, opportunities: int) -> None:
    folder = tmp_path / "ws"
    build_workspace(folder, opportunities)
    first = OrgWorkspace.open_first(folder)
    try:
        fast = everything(first)
        assert not first.is_open()  # all of it from the first read
    finally:
        first.close()
    with OrgWorkspace.open(folder) as orm:
        slow = everything(orm)
    assert fast == slow
    titles = [o.title.fi for o in fast["snapshot"].opportunities]
    assert titles[-len(ODD_TITLES) :] == ODD_TITLES  # in the order they were added
    assert len(titles) == max(opportunities - 3, 0) + len(ODD_TITLES)
    assert fast["last_export"].sequence == 2
    assert fast["standings"].pending_sequence == 2


def test_first_read_follows_positions_not_titles(tmp_path: Path) -> None:
    """The list's order is the stored position, then the Finnish title, as in org_store."""
    folder = tmp_path / "ws"
    ws = OrgWorkspace.create(folder, "Järjestys ry")
    for title in ("Öljy", "Aapinen", "Ähky", "Banaani"):
        ws.save_opportunity(model.Opportunity(title=model.Text(fi=title)))
    ws.close()
    with sqlite3.connect(folder / "kuhina.sqlite") as db:  # two records on one position
        db.execute("UPDATE opportunity SET position = 7 WHERE title_fi IN ('Öljy', 'Ähky')")
    first = OrgWorkspace.open_first(folder)
    fast = [o.title.fi for o in first.snapshot().opportunities]
    first.close()
    with OrgWorkspace.open(folder) as orm:
        assert [o.title.fi for o in orm.snapshot().opportunities] == fast
    assert fast == ["Aapinen", "Banaani", "Ähky", "Öljy"]


def test_each_read_gives_new_records(tmp_path: Path) -> None:
    """A caller may change the records it got (as from the ORM); the next read is not
    changed with them."""
    folder = tmp_path / "ws"
    build_workspace(folder, 5)
    with OrgWorkspace.open_first(folder) as ws:
        one = ws.snapshot()
        one.opportunities[0].municipalities.append("999")
        one.opportunities.clear()
        ws.setting("nested")["ä"].clear()
        assert ws.snapshot().opportunities[0].municipalities != one.opportunities
        assert len(ws.snapshot().opportunities) == 2 + len(ODD_TITLES)
        assert ws.setting("nested") == {"ä": [1, 2.5, None, "👩‍👩‍👧"]}


def test_a_write_goes_through_the_store_and_later_reads_see_it(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    build_workspace(folder, 5)
    with OrgWorkspace.open_first(folder) as ws:
        before = ws.snapshot().opportunities
        ws.finish_opening()
        assert ws.is_open()
        changed = dataclasses.replace(before[0], title=model.Text(fi="Uusi otsikko ä"))
        ws.save_opportunity(changed)
        ws.set_setting("coordinator_email", "uusi@esimerkki.fi")
        assert ws.snapshot().opportunities[0].title.fi == "Uusi otsikko ä"
        assert ws.setting("coordinator_email") == "uusi@esimerkki.fi"
    with OrgWorkspace.open(folder) as ws:
        assert ws.snapshot().opportunities[0].title.fi == "Uusi otsikko ä"


def test_a_write_before_finish_opening_is_still_saved(tmp_path: Path) -> None:
    """Whatever writes first makes the store: nothing is written around the ORM."""
    folder = tmp_path / "ws"
    build_workspace(folder, 2)
    with OrgWorkspace.open_first(folder) as ws:
        ws.save_opportunity(model.Opportunity(title=model.Text(fi="Heti alussa")))
        assert ws.is_open()
        assert ws.snapshot().opportunities[-1].title.fi == "Heti alussa"
    with OrgWorkspace.open(folder) as ws:
        assert ws.snapshot().opportunities[-1].title.fi == "Heti alussa"


def test_first_read_holds_the_lock(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    build_workspace(folder, 1)
    with OrgWorkspace.open_first(folder):
        with pytest.raises(WorkspaceError) as raised:
            OrgWorkspace.open(folder)
        assert raised.value.code == "workspace_locked"
    with OrgWorkspace.open(folder):
        with pytest.raises(WorkspaceError) as raised:
            OrgWorkspace.open_first(folder)
        assert raised.value.code == "workspace_locked"


def test_a_database_of_another_revision_is_opened_the_ordinary_way(tmp_path: Path) -> None:
    """Not at this program's revision: no first read, and the ordinary open decides (here
    a database made by a newer program is refused, as `open` refuses it)."""
    folder = tmp_path / "ws"
    build_workspace(folder, 1)
    assert read_first(folder / "kuhina.sqlite", "org9999") is None
    with sqlite3.connect(folder / "kuhina.sqlite") as db:
        db.execute("UPDATE alembic_version SET version_num = 'org9999'")
    for opening in (OrgWorkspace.open_first, OrgWorkspace.open):
        with pytest.raises(WorkspaceError) as raised:
            opening(folder)
        assert raised.value.code == "workspace_too_new"
    with sqlite3.connect(folder / "kuhina.sqlite") as db:  # and the lock was let go
        db.execute("UPDATE alembic_version SET version_num = 'org0003'")
    OrgWorkspace.open(folder).close()


def test_other_kinds_and_missing_folders_are_refused_as_by_open(tmp_path: Path) -> None:
    from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace

    CatalogueWorkspace.create(tmp_path / "cat").close()
    for folder, code in ((tmp_path / "cat", "workspace_wrong_kind"),
                         (tmp_path / "nothing", "workspace_missing")):  # fmt: skip
        with pytest.raises(WorkspaceError) as raised:
            OrgWorkspace.open_first(folder)
        assert raised.value.code == code


def test_first_read_loads_no_sqlalchemy(tmp_path: Path) -> None:
    """What the window reads before its rows are painted imports neither SQLAlchemy nor
    the signature code (each costs more than the bare window's start)."""
    folder = tmp_path / "ws"
    build_workspace(folder, 3)
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from kuhina_desktop.services.org_workspace import OrgWorkspace\n"
        "from kuhina_desktop.services.receipt_standing import standings\n"
        f"ws = OrgWorkspace.open_first(Path({str(folder)!r}))\n"
        "assert ws.snapshot().opportunities and standings(ws).by_record\n"
        "ws.close()\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sqlalchemy', 'alembic', 'cryptography', 'jsonschema', 'PIL', 'openpyxl'))\n"
        "print(heavy)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_a_database_the_first_read_cannot_read_goes_the_ordinary_way(tmp_path: Path) -> None:
    """A damaged database file: `open_first` raises what `open` raises (and lets go of
    the lock), rather than an error of its own."""
    folder = tmp_path / "ws"
    build_workspace(folder, 1)
    (folder / "kuhina.sqlite").write_bytes(b"this is not a database" * 100)
    for suffix in ("-wal", "-shm"):
        (folder / f"kuhina.sqlite{suffix}").unlink(missing_ok=True)
    raised = []
    for opening in (OrgWorkspace.open, OrgWorkspace.open_first):
        with pytest.raises(Exception) as caught:
            opening(folder)
        raised.append((type(caught.value), str(caught.value)))
    assert raised[0] == raised[1]


def test_a_folder_name_with_spaces_marks_and_non_ascii(tmp_path: Path) -> None:
    """The read-only connection names the file by URI: spaces, '#' and non-ASCII letters
    in the folder's name are read there, not sent the ordinary way. (A '?' or '%' the
    ordinary open's database URL cannot take, before and after this change.)"""
    folder = tmp_path / "Työtila äö #1 ü"
    build_workspace(folder, 2)
    with OrgWorkspace.open_first(folder) as first:
        fast = first.snapshot()
        assert not first.is_open()
    with OrgWorkspace.open(folder) as orm:
        assert orm.snapshot() == fast
