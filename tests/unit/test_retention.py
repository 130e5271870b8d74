"""Keeping and removing (docs/catalogue.md, "Keeping and removing"), on SQLite and
PostgreSQL: the retention setting, the `retention_due` flag, and removing an organisation,
which erases its contact people the way an erasure does."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from kuhina_desktop.catalogue.retention import DEFAULT_MONTHS, FLAG
from kuhina_desktop.errors import KnownError
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from kuhina_desktop.services.retention import (
    ACTION,
    load_retention_months,
    plan_removal,
    remove_organisation,
    save_retention_months,
)
from tests.catalogue_support.packages import Publisher, publishers
from tests.unit.test_erasure import database_text, publish_all

ACCEPT = "accept_all"


@pytest.fixture
def catalogue(
    tmp_path: Path, database_url: str | None
) -> Iterator[tuple[CatalogueWorkspace, list[Publisher]]]:
    pubs = publishers(2, opportunities=3)
    with CatalogueWorkspace.create(tmp_path / "catalogue", database_url) as ws:
        for p in pubs:
            ws.import_package(p.export(), decisions=ACCEPT, actor="k")
            ws.trust(p.organisation_id, p.fingerprint, actor="k")
            ws.import_waiting(p.organisation_id, actor="k")

        def consented(snapshot: Any) -> None:  # so the outputs name them before the removal
            for person in snapshot.organisation.contacts:
                person.consent_given_on, person.consent_recorded_by = "2026-11-30", "Maija V."

        ws.import_package(pubs[0].edit(consented).export(), decisions=ACCEPT, actor="k")
        ws.hide(pubs[0].snapshot.opportunities[0].id, "asked by "
                + pubs[0].snapshot.organisation.contacts[0].name, actor="k")  # fmt: skip
        yield ws, pubs


def flagged(ws: CatalogueWorkspace, now: datetime | None = None) -> set[str]:
    return {o.organisation_id for o in ws.status(now) if FLAG in o.flags}


def test_the_setting_defaults_to_24_months_and_refuses_bad_values(tmp_path: Path) -> None:
    assert load_retention_months(tmp_path) == DEFAULT_MONTHS == 24
    assert save_retention_months(tmp_path, "36") == 36
    assert load_retention_months(tmp_path) == 36
    saved = (tmp_path / "retention.json").read_bytes()
    for bad in ("0", "121", "abc", "", "12.5", "-3"):
        with pytest.raises(KnownError) as refused:
            save_retention_months(tmp_path, bad)
        assert refused.value.code == "retention_months_invalid"
    assert (tmp_path / "retention.json").read_bytes() == saved
    (tmp_path / "retention.json").write_text("{broken", encoding="utf-8")
    assert load_retention_months(tmp_path) == DEFAULT_MONTHS


def test_revoked_or_silent_organisations_are_flagged(
    catalogue: tuple[CatalogueWorkspace, list[Publisher]],
) -> None:
    ws, pubs = catalogue
    first, second = (p.organisation_id for p in pubs)
    assert flagged(ws) == set()
    later = datetime.now(UTC) + timedelta(days=25 * 31)
    assert flagged(ws, later) == {first, second}
    save_retention_months(ws.folder, 36)
    assert flagged(ws, later) == set()
    ws.revoke(second, actor="k")
    assert flagged(ws) == {second}
    status = next(o for o in ws.status() if o.organisation_id == second)
    assert FLAG in status.to_json()["flags"]


def test_removing_an_organisation_erases_its_people_and_keeps_the_others(
    catalogue: tuple[CatalogueWorkspace, list[Publisher]], tmp_path: Path
) -> None:
    ws, pubs = catalogue
    gone, kept = pubs
    people = gone.snapshot.organisation.contacts
    before = publish_all(ws, tmp_path / "before")
    assert any(p.name in before for p in people)  # the scans below can fail
    assert all(p.name in database_text(ws) for p in people)
    entries = len(ws.audit())

    plan = plan_removal(ws, gone.organisation_id)
    held = ws.records_of(gone.organisation_id).opportunities
    assert len(plan.contacts) == len(people) and sorted(plan.opportunities) == sorted(held)
    assert held
    assert len(ws.audit()) == entries  # planning changed nothing

    done = remove_organisation(ws, gone.organisation_id, actor="k")
    assert done.done
    log = ws.audit()
    assert len(log) == entries + 1
    assert log[0].action == ACTION and log[0].details["contacts"] == len(people)

    after = publish_all(ws, tmp_path / "after")
    stored = database_text(ws)
    audit_text = json.dumps([e.details for e in log], ensure_ascii=False)
    for person in people:
        for value in (person.name, person.email, person.phone):
            assert value not in after and value not in stored, value
            assert value.casefold() not in audit_text.casefold(), value
    for opportunity in gone.snapshot.opportunities:
        assert opportunity.id not in after
    assert kept.snapshot.organisation.contacts[0].name in stored
    assert any(o.id in after for o in kept.snapshot.opportunities)
    assert ws.records_of(gone.organisation_id).opportunities == {}


def test_an_unknown_organisation_is_refused_and_nothing_changes(
    catalogue: tuple[CatalogueWorkspace, list[Publisher]],
) -> None:
    ws, _pubs = catalogue
    before = database_text(ws)
    for call in (plan_removal, remove_organisation):
        with pytest.raises(KnownError) as refused:
            call(ws, "00000000-0000-4000-8000-000000000000")
        assert refused.value.code == "retention_unknown_organisation"
    assert database_text(ws) == before
    assert not (ws.folder / "erasure.key").exists()


def test_the_privacy_notice_says_the_retention_time_set(
    catalogue: tuple[CatalogueWorkspace, list[Publisher]], tmp_path: Path
) -> None:
    """The web page and the coordinator's in-app notice follow the setting."""
    from kuhina_desktop.services import outputs
    from kuhina_desktop.services.privacy_notice import app_notice_html

    ws, _pubs = catalogue
    for months in (24, 36):
        if months != DEFAULT_MONTHS:
            save_retention_months(ws.folder, months)
        site = outputs.publish_site(ws, tmp_path / f"site{months}")
        page = (site / "tietosuojaseloste.html").read_text(encoding="utf-8")
        assert f"mitään {months} kuukauteen" in page
        assert f"{months} months" in (site / "en" / "tietosuojaseloste.html").read_text("utf-8")
        assert f"mitään {months} kuukauteen" in app_notice_html("fi", ws.folder)
