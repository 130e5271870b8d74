"""The organisation workspace's store writes through `sqlite3` what the ORM wrote (issue 19):
the same rows, column by column (times in the same stored form), read back by the ORM as
it reads its own; and opening a workspace for writing, saving and reading loads no
SQLAlchemy."""

from __future__ import annotations

import dataclasses
import re
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kuhina_desktop.demo.content import generate_demo
from kuhina_desktop.domain import model
from kuhina_desktop.domain.serialize import to_json
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.store.engine import make_engine, sqlite_url
from kuhina_desktop.store.org_store import OrgStore
from kuhina_desktop.store.org_tables import (
    AttachmentRow,
    EnvironmentRow,
    ExportRow,
    OpportunityRow,
    OrganisationRow,
    SettingRow,
)

STORED_TIME = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$")
NEW_ID = "0badc0de-0000-4000-8000-000000000001"


def _demo() -> Any:
    return generate_demo(1, 12, seed=7)[0]


def _empty_workspace(folder: Path) -> Path:
    demo = _demo()
    name = demo.snapshot.organisation.name.fi
    OrgWorkspace.create(folder, name, organisation=demo.snapshot.organisation).close()
    return folder / "kuhina.sqlite"


def _through_store(database: Path) -> None:
    demo = _demo()
    store = OrgStore(database)
    try:
        store.replace_all(demo.snapshot, {"attachments/abc.jpg": b"\x00kuva"})
        env, opp = demo.snapshot.environments[0], demo.snapshot.opportunities[0]
        store.put_environment(dataclasses.replace(env, name=model.Text(fi="Öljy " * 60)))
        store.put_opportunity(_new_opportunity())
        store.set_deleted("opportunity", opp.id, True)
        store.set_deleted("environment", env.id, True)
        store.set_deleted("environment", env.id, False)
        store.purge("opportunity", opp.id)
        store.put_attachment("attachments/abc.jpg", b"another")  # kept as first stored
        store.add_export(1, "aa" * 32, "/tmp/yksi ä.kuhina", {"opportunities": 3}, {"k": [None]})
        store.add_export(2, "bb" * 32, "/tmp/kaksi.kuhina", {}, {}, "SHA256:abc")
        store.remove_export(2)
        store.set_setting("empty", None)
        store.set_setting("nested", {"ä": [1, 2.5, None, "👩‍👩‍👧"]})
        store.set_setting("changed", 1)
        store.set_setting("changed", "kaksi")
    finally:
        store.close()


def _new_opportunity() -> model.Opportunity:
    return model.Opportunity(
        id=NEW_ID,
        updated_at="2026-01-01T00:00:00+00:00",
        title=model.Text(fi="Uusi 👩‍👩‍👧 \u200fعربي", sv="På svenska"),
        status="published",
    )


def _through_orm(database: Path) -> None:
    """The same operations as the store before issue 19 made them (through the ORM)."""
    demo = _demo()
    engine = make_engine(sqlite_url(database))
    now: Callable[[], datetime] = lambda: datetime.now(UTC)  # noqa: E731

    def position(s: Session, row: Any) -> int:
        rows = s.scalars(select(row.position)).all()
        return max(rows, default=0) + 1

    def put_env(s: Session, env: model.Environment) -> None:
        found = s.get(EnvironmentRow, env.id)
        fields = {"data": to_json(env), "name_fi": env.name.fi[:200], "updated_at": now()}
        if found is None:
            s.add(EnvironmentRow(id=env.id, position=position(s, EnvironmentRow), **fields))
        else:
            for key, value in fields.items():
                setattr(found, key, value)

    def put_opp(s: Session, opp: model.Opportunity) -> None:
        found = s.get(OpportunityRow, opp.id)
        fields = {
            "data": to_json(opp),
            "title_fi": opp.title.fi[:200],
            "status": opp.status,
            "updated_at": now(),
        }
        if found is None:
            s.add(OpportunityRow(id=opp.id, position=position(s, OpportunityRow), **fields))
        else:
            for key, value in fields.items():
                setattr(found, key, value)

    env, opp = demo.snapshot.environments[0], demo.snapshot.opportunities[0]
    with Session(engine) as s, s.begin():
        org = s.get_one(OrganisationRow, demo.snapshot.organisation.id)
        org.data, org.updated_at = to_json(demo.snapshot.organisation), now()
        for e in demo.snapshot.environments:
            put_env(s, e)
            s.flush()
        for o in demo.snapshot.opportunities:
            put_opp(s, o)
            s.flush()
        s.add(AttachmentRow(sha256="abc", extension="jpg", content=b"\x00kuva", created_at=now()))
    with Session(engine) as s, s.begin():
        put_env(s, dataclasses.replace(env, name=model.Text(fi="Öljy " * 60)))
        put_opp(s, _new_opportunity())
    with Session(engine) as s, s.begin():
        s.get_one(OpportunityRow, opp.id).deleted_at = now()
        s.get_one(EnvironmentRow, env.id).deleted_at = None
    with Session(engine) as s, s.begin():
        s.delete(s.get_one(OpportunityRow, opp.id))
        s.add(
            ExportRow(
                sequence=1,
                created_at=now(),
                sha256="aa" * 32,
                path="/tmp/yksi ä.kuhina",
                counts={"opportunities": 3},
                snapshot={"k": [None]},
                fingerprint=None,
            )
        )
        s.add(SettingRow(key="empty", value=None))
        s.add(SettingRow(key="nested", value={"ä": [1, 2.5, None, "👩‍👩‍👧"]}))
        s.add(SettingRow(key="changed", value="kaksi"))
    engine.dispose()


def _rows(database: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows as stored, with each value's SQLite type; a stored time is
    replaced by its form."""
    with sqlite3.connect(database) as db:
        tables = [t for (t,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {
            table: [
                tuple(
                    (
                        "<time>" if isinstance(v, str) and STORED_TIME.match(v) else v,
                        type(v).__name__,
                    )
                    for v in row
                )
                for row in db.execute(f"SELECT * FROM {table} ORDER BY 1")
            ]
            for table in sorted(tables)
        }


def test_the_store_writes_what_the_orm_wrote(tmp_path: Path) -> None:
    base = _empty_workspace(tmp_path / "base")
    shutil.copytree(tmp_path / "base", tmp_path / "orm")
    shutil.copytree(tmp_path / "base", tmp_path / "store")
    _through_orm(tmp_path / "orm" / base.name)
    _through_store(tmp_path / "store" / base.name)
    orm, store = _rows(tmp_path / "orm" / base.name), _rows(tmp_path / "store" / base.name)
    assert orm == store
    assert len(store["opportunity"]) == 12 and len(store["setting"]) == 3


def test_the_orm_reads_what_the_store_wrote(tmp_path: Path) -> None:
    database = _empty_workspace(tmp_path / "ws")
    _through_store(database)
    engine = make_engine(sqlite_url(database))
    store = OrgStore(database)
    try:
        with Session(engine) as s:
            (export,) = s.scalars(select(ExportRow)).all()
            assert export.created_at.tzinfo is None
            settings = {row.key: row.value for row in s.scalars(select(SettingRow))}
            titles = [
                r.data["title"]["fi"]
                for r in s.scalars(
                    select(OpportunityRow)
                    .where(OpportunityRow.deleted_at.is_(None))
                    .order_by(OpportunityRow.position, OpportunityRow.title_fi)
                )
            ]
        (ours,) = store.list_exports()
        assert (ours.sequence, ours.created_at, ours.counts, ours.snapshot) == (
            export.sequence,
            export.created_at,
            export.counts,
            export.snapshot,
        )
        assert settings == {"empty": None, "nested": {"ä": [1, 2.5, None, "👩‍👩‍👧"]},
                            "changed": "kaksi"}  # fmt: skip
        assert [o.title.fi for o in store.list_opportunities()] == titles
        assert titles[-1].startswith("Uusi 👩‍👩‍👧")
        assert store.get_attachment("attachments/abc.jpg") == b"\x00kuva"
        assert store.get_setting("missing", 5) == 5 and store.get_setting("empty", 5) is None
    finally:
        store.close()
        engine.dispose()


def test_a_failed_transaction_leaves_nothing_behind(tmp_path: Path) -> None:
    database = _empty_workspace(tmp_path / "ws")
    store = OrgStore(database)
    try:
        before = store.list_opportunities()
        try:
            with store.transaction() as s:
                store.put_opportunity(_new_opportunity(), s)
                raise RuntimeError("kesken")
        except RuntimeError:
            pass
        assert store.list_opportunities() == before
        store.put_opportunity(_new_opportunity())
        assert [o.id for o in store.list_opportunities()][-1] == NEW_ID
    finally:
        store.close()


def test_opening_for_writing_loads_no_sqlalchemy(tmp_path: Path) -> None:
    """The window's whole start, up to open for edits and an edit saved, imports neither
    SQLAlchemy nor Alembic (importing them costs more than the bare window's start)."""
    _empty_workspace(tmp_path / "ws")
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from kuhina_desktop.domain import model\n"
        "from kuhina_desktop.services.org_workspace import OrgWorkspace, load_store_modules\n"
        f"ws = OrgWorkspace.open_first(Path({str(tmp_path / 'ws')!r}))\n"
        "load_store_modules()\n"
        "ws.finish_opening()\n"
        "assert ws.is_open()\n"
        "ws.save_opportunity(model.Opportunity(title=model.Text(fi='Heti')))\n"
        "ws.set_setting('x', 1)\n"
        "assert ws.snapshot().opportunities[-1].title.fi == 'Heti'\n"
        "ws.close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
