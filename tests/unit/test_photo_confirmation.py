"""A photo's confirmation that it may be published (package format 3): the people in it
agreed, or nobody can be recognised. Validation, the package (an older format claiming it
is read as not confirmed), the workspaces' migrations, the merge that keeps a confirmation
with its photo, and the demo (docs/package-format.md, "Versions")."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import text

from kuhina_desktop.catalogue.apply import merge
from kuhina_desktop.catalogue.diff import Change, CurrentRecords, diff_snapshot
from kuhina_desktop.catalogue.review import ACCEPT, REJECT, Decision
from kuhina_desktop.domain import model
from kuhina_desktop.domain.serialize import snapshot_to_json, to_json
from kuhina_desktop.domain.validation import validate_environment
from kuhina_desktop.domain.vocab import load_vocabulary
from kuhina_desktop.packages.reader import read_package
from kuhina_desktop.packages.writer import build_package
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.store import migrate
from tests.catalogue_support.packages import publishers
from tests.unit.hostile_packages import (
    ATTACHMENTS,
    CREATED_AT,
    JPEG_REF,
    KEY,
    PNG_REF,
    parts,
    snapshot,
)

TODAY = date(2026, 12, 7)


def confirmed_first(snap: model.Snapshot) -> model.Snapshot:
    """The first photo of the environment confirmed, the second not."""
    env = snap.environments[0]
    assert env.photos == [PNG_REF, JPEG_REF]
    env.photo_confirmed_on = ["2026-11-30", None]
    return snap


def codes(env: model.Environment) -> dict[str, str]:
    problems = validate_environment(env, load_vocabulary(), today=TODAY)
    return {p.field: p.code for p in problems}


def test_a_confirmation_is_a_past_day_per_photo_or_none() -> None:
    env = snapshot().environments[0]
    assert codes(env) == {} and not env.photo_confirmed(0) and not env.photo_confirmed(1)
    env.photo_confirmed_on = ["2026-12-01"]
    assert codes(env) == {} and env.photo_confirmed(0) and not env.photo_confirmed(1)
    env.photo_confirmed_on = [None, "2026-12-24"]
    assert codes(env) == {"photo_confirmed_on[1]": "date_in_future"}
    env.photo_confirmed_on = ["1.12.2026", None]
    assert codes(env) == {"photo_confirmed_on[0]": "date_invalid"}
    env.photo_confirmed_on = ["2026-12-01", None, "2026-12-01"]
    assert codes(env) == {"photo_confirmed_on": "photo_confirmations_extra"}


def test_only_confirmed_photos_stay_with_their_descriptions() -> None:
    env = confirmed_first(snapshot()).environments[0]
    shown = env.with_confirmed_photos_only()
    assert shown.photos == [PNG_REF]
    assert [t.fi for t in shown.photo_descriptions] == ["Lajittelupöytä"]
    assert shown.photo_confirmed_on == ["2026-11-30"]
    env.photo_confirmed_on = [None, "2026-11-30"]
    shown = env.with_confirmed_photos_only()
    assert shown.photos == [JPEG_REF]
    assert [t.fi for t in shown.photo_descriptions] == ["Myymälän hyllyt"]


def test_the_package_carries_the_confirmations() -> None:
    snap = confirmed_first(snapshot())
    data = build_package(
        snap, ATTACHMENTS, KEY, sequence=1, created_at=CREATED_AT, vocab_version="2026.1"
    )
    package = read_package(data)
    assert package.manifest["format_version"] == 3
    assert package.snapshot.environments[0].photo_confirmed_on == ["2026-11-30", None]
    assert package.snapshot == snap


def test_a_package_older_than_format_3_has_no_confirmed_photo() -> None:
    """Formats 1 and 2 have no confirmation: data that claims one is read as not confirmed."""
    for version in (1, 2):
        p = parts(snapshot())
        p.manifest["format_version"] = version
        p.data["environments"][0]["photo_confirmed_on"] = ["2026-11-30", "2026-11-30"]
        package = read_package(p.build())
        env = package.snapshot.environments[0]
        assert env.photos == [PNG_REF, JPEG_REF]
        assert env.photo_confirmed_on == [] and env.with_confirmed_photos_only().photos == []
    # the same forged data in format 3 is a confirmation
    p = parts(snapshot())
    p.data["environments"][0]["photo_confirmed_on"] = ["2026-11-30", "2026-11-30"]
    assert read_package(p.build()).snapshot.environments[0].photo_confirmed(1)
    # and a format-3 package written before the field existed: not confirmed
    p = parts(snapshot())
    del p.data["environments"][0]["photo_confirmed_on"]
    assert read_package(p.build()).snapshot.environments[0].photo_confirmed_on == []


class RejectConfirmations:
    """Accepts every change but the photos' confirmations (or, `photos`, but the photos)."""

    def __init__(self, path: str = "photo_confirmed_on") -> None:
        self.path = path

    def decide(self, change: Change) -> Decision:
        return Decision(REJECT if change.path == self.path else ACCEPT)


def merge_rejecting(
    old: dict[str, Any], new_snap: model.Snapshot
) -> tuple[Callable[[str], dict[str, Any]], set[str | None]]:
    """The catalogue holding `old` as the first environment, the package `new_snap`: a
    merge that rejects the change of one field (or none: "nothing") and accepts the rest,
    and the environment's changed fields."""
    env = new_snap.environments[0]
    current = CurrentRecords(
        organisation=to_json(new_snap.organisation), environments={env.id: old}
    )
    diff = diff_snapshot(current, snapshot_to_json(new_snap))
    paths = {c.path for c in diff.changes() if c.record_type == "environment"}

    def merged(rejected: str) -> dict[str, Any]:
        plan = merge(current, diff, RejectConfirmations(rejected))
        return plan.upserts["environment"][env.id]

    return merged, paths


def test_a_merge_keeps_each_confirmation_with_its_own_photo() -> None:
    """The catalogue has [A confirmed, B not]; the package swaps them to [B, A] and confirms
    B only. Accepting the photos but not the confirmations must not confirm B by position,
    nor accepting the confirmations but not the photos confirm A by position."""
    old = to_json(snapshot().environments[0])
    old["photo_confirmed_on"] = ["2026-11-01", None]  # PNG (A) confirmed, JPEG (B) not
    new_snap = snapshot()
    env = new_snap.environments[0]
    env.photos = [JPEG_REF, PNG_REF]
    env.photo_descriptions = list(reversed(env.photo_descriptions))
    env.photo_confirmed_on = [None, None]  # the association withdrew A's confirmation
    merged, paths = merge_rejecting(old, new_snap)
    assert {"photos", "photo_confirmed_on"} <= paths
    photos_only = merged("photo_confirmed_on")
    assert photos_only["photos"] == [JPEG_REF, PNG_REF]
    # by photo: A keeps the catalogue's confirmation, B (now first) is still not confirmed
    assert photos_only["photo_confirmed_on"] == [None, "2026-11-01"]
    confirmations_only = merged("photos")
    assert confirmations_only["photos"] == [PNG_REF, JPEG_REF]
    assert confirmations_only["photo_confirmed_on"] == [None, None]
    assert merged("nothing") == to_json(env)  # all accepted: exactly the package


def test_the_org_workspace_migration_leaves_stored_photos_unconfirmed(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    snap = snapshot()
    OrgWorkspace.create(folder, snap.organisation.name.fi, organisation=snap.organisation).close()
    ws = OrgWorkspace.open(folder)
    try:
        ws.load(confirmed_first(snap), ATTACHMENTS)
        assert ws.snapshot().environments[0].photo_confirmed_on == ["2026-11-30", None]
        cfg = migrate.alembic_config("org")
        with ws.engine.connect() as connection:
            cfg.attributes["connection"] = connection
            command.downgrade(cfg, "org0003")
            connection.commit()
    finally:
        ws.close()
    raw = sqlite3.connect(folder / "kuhina.sqlite")
    stored = json.loads(raw.execute("SELECT data FROM environment").fetchone()[0])
    raw.close()
    assert "photo_confirmed_on" not in stored and len(stored["photos"]) == 2

    ws = OrgWorkspace.open(folder)
    try:
        assert migrate.current_revision(ws.engine) == migrate.HEADS["org"] == "org0004"
        with ws.engine.connect() as connection:
            data = connection.execute(text("SELECT data FROM environment")).scalar_one()
        data = json.loads(data) if isinstance(data, str) else data
        assert data["photo_confirmed_on"] == [None, None]
        (env,) = ws.snapshot().environments
        assert not env.photo_confirmed(0) and not env.photo_confirmed(1)
    finally:
        ws.close()


def test_the_catalogue_stores_confirmations_and_its_migration_clears_old_rows(
    tmp_path: Path, database_url: str | None
) -> None:
    """On SQLite and PostgreSQL: an imported photo keeps its confirmation; the migration
    from cat0002 leaves the photos of already imported environments unconfirmed."""
    pub = publishers(1, opportunities=2)[0]
    with_photos = [e for e in pub.snapshot.environments if e.photos]
    assert with_photos, "the demo publisher has photos"
    for env in pub.snapshot.environments:
        env.photo_confirmed_on = ["2026-11-02" for _ in env.photos]
    with CatalogueWorkspace.create(tmp_path / "catalogue", database_url) as ws:
        assert ws.import_package(pub.export(), trust_new=True, decisions="accept_all").done

        def stored() -> list[dict[str, object]]:
            with ws.engine.connect() as connection:
                rows = connection.execute(text("SELECT data FROM environment")).scalars()
                return [json.loads(r) if isinstance(r, str) else r for r in rows]

        for data in stored():
            assert data["photo_confirmed_on"] == ["2026-11-02" for _ in data["photos"]]  # type: ignore[union-attr]
        cfg = migrate.alembic_config("catalogue")
        with ws.engine.connect() as connection:
            cfg.attributes["connection"] = connection
            command.downgrade(cfg, "cat0002")
            connection.commit()
        assert all("photo_confirmed_on" not in data for data in stored())
        with ws.engine.connect() as connection:
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "head")
            connection.commit()
        assert migrate.current_revision(ws.engine) == migrate.HEADS["catalogue"]
        for data in stored():
            assert data["photo_confirmed_on"] == [None for _ in data["photos"]]  # type: ignore[union-attr]
        published = [e for o in ws.published().organisations for e in o.environments]
        assert published and all(e.photos == [] for e in published)


def test_the_demo_confirms_most_photos_but_not_all() -> None:
    from kuhina_desktop.demo.content import generate_demo

    envs = [e for d in generate_demo(5, 3, 7) for e in d.snapshot.environments]
    flags = [e.photo_confirmed(i) for e in envs for i in range(len(e.photos))]
    assert sum(flags) > len(flags) / 2 and not all(flags)


def test_a_merge_keeps_each_description_with_its_own_photo() -> None:
    """The catalogue has A described as a table and B as shelves; the package swaps them
    to [B, A] and rewrites both descriptions. Accepting the photos but not the descriptions
    must not describe B as the table (a job seeker's screen reader would read the wrong
    photo's words), nor accepting the descriptions but not the photos."""
    old = to_json(snapshot().environments[0])
    old["photo_confirmed_on"] = ["2026-11-01", "2026-11-01"]
    table, shelves = old["photo_descriptions"]
    new_snap = snapshot()
    env = new_snap.environments[0]
    env.photos = [JPEG_REF, PNG_REF]
    env.photo_descriptions = [model.Text("Hyllyt, uusi teksti"), model.Text("Pöytä, uusi teksti")]
    env.photo_confirmed_on = ["2026-11-01", "2026-11-01"]
    merged, paths = merge_rejecting(old, new_snap)
    assert {"photos", "photo_descriptions"} <= paths
    photos_only = merged("photo_descriptions")
    assert photos_only["photos"] == [JPEG_REF, PNG_REF]
    assert photos_only["photo_descriptions"] == [shelves, table]
    words_only = merged("photos")
    assert words_only["photos"] == [PNG_REF, JPEG_REF]
    assert words_only["photo_descriptions"] == [
        to_json(model.Text("Pöytä, uusi teksti")),
        to_json(model.Text("Hyllyt, uusi teksti")),
    ]
    assert merged("nothing") == to_json(env)


def test_a_new_photo_keeps_its_own_words_when_the_descriptions_are_rejected() -> None:
    """The catalogue has photo A only; the package adds B and rewrites A's description.
    With the photos accepted and the descriptions rejected, A keeps the catalogue's words
    and B has the package's words for it (the only ones there are: every photo needs one)."""
    base = to_json(snapshot().environments[0])
    old = {
        **base,
        "photos": [PNG_REF],
        "photo_descriptions": base["photo_descriptions"][:1],
        "photo_confirmed_on": ["2026-11-01"],
    }
    new_snap = snapshot()
    env = new_snap.environments[0]
    env.photo_descriptions = [model.Text("Pöytä, uusi teksti"), model.Text("Myymälän hyllyt")]
    env.photo_confirmed_on = ["2026-11-01", "2026-11-02"]
    merged, _paths = merge_rejecting(old, new_snap)
    record = merged("photo_descriptions")
    assert record["photos"] == [PNG_REF, JPEG_REF]
    assert record["photo_descriptions"] == [
        base["photo_descriptions"][0],
        to_json(model.Text("Myymälän hyllyt")),
    ]
    assert record["photo_confirmed_on"] == ["2026-11-01", "2026-11-02"]
