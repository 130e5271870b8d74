"""Every output is in the audit log (when, who, where, how many, the catalogue state), hide
entries name the record by its title, and `kuhina catalogue audit` reads the log as text
and as JSON Lines, from a date on; a bad date is a translated usage message."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from tests.catalogue_support.packages import publishers
from tests.e2e.test_catalogue_cli import Cli, write


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str], database_url: str | None) -> Cli:
    run = Cli(capsys, tmp_path / "catalogue")
    extra = ["--database-url", database_url] if database_url else []
    code, _out, err = run.catalogue("init", *extra)
    assert code == 0, err
    return run


def audit_json(cli: Cli, *args: str) -> list[dict[str, Any]]:
    code, out, err = cli.catalogue("audit", "--json", *args)
    assert code == 0, err
    return [json.loads(line) for line in out.splitlines()]


def test_outputs_and_moderation_are_audited_and_read_back(cli: Cli, tmp_path: Path) -> None:
    pubs = publishers(2, opportunities=3, seed=71)
    files = [write(tmp_path / "in", f"p{n}.kuhina", p.export()) for n, p in enumerate(pubs)]
    code, _out, err = cli.catalogue("import", *files, "--trust-new", "--accept-all")
    assert code == 0, err
    opportunity = next(o for o in pubs[0].snapshot.opportunities if o.status == "published")
    code, _out, err = cli.catalogue("hide", "--record", opportunity.id, "--reason", "Täynnä")
    assert code == 0, err

    for command, target in (("publish", "site"), ("opendata", "open"), ("excel", "excel")):
        code, _out, err = cli.catalogue(command, "--out", tmp_path / target)
        assert code == 0, err

    entries = audit_json(cli)
    assert [e["action"] for e in entries[:4]] == ["excel", "opendata", "publish", "hide"]
    for entry in entries:
        assert {"at", "actor", "action", "subject"} <= set(entry) and entry["actor"]
    with CatalogueWorkspace.open(cli.workspace) as ws:
        view = ws.published()
    published = sum(len(o.opportunities) for o in view.organisations)
    for entry in entries[:3]:
        details = entry["details"]
        assert Path(details["where"]).is_dir() and entry["subject"] == details["where"]
        assert details["files"] >= 1
        state = details["catalogue"]
        assert state["organisations"] == 2 and state["opportunities"] == published
        assert state["sequences"] == {p.organisation_id: 1 for p in pubs}
        assert len(state["state_sha256"]) == 64
    # the three outputs came from one catalogue state
    assert len({e["details"]["catalogue"]["state_sha256"] for e in entries[:3]}) == 1
    hide = entries[3]
    assert hide["subject"] == f"{opportunity.title.fi} ({opportunity.id})"
    assert hide["details"]["label"] == opportunity.title.fi

    code, out, _err = cli.catalogue("audit")
    lines = out.splitlines()
    assert len(lines) == len(entries)
    assert "Excel workbooks made" in lines[0] and "record hidden" in lines[3]
    assert opportunity.title.fi in lines[3]
    assert pubs[0].snapshot.organisation.name.fi in out  # package entries by name


def test_since_filters_and_a_bad_date_is_refused(cli: Cli, tmp_path: Path) -> None:
    [pub] = publishers(1, opportunities=2, seed=72)
    path = write(tmp_path / "in", "p.kuhina", pub.export())
    assert cli.catalogue("import", path, "--trust-new", "--accept-all")[0] == 0
    assert audit_json(cli, "--since", "2000-01-01")
    assert audit_json(cli, "--since", "1.1.2999") == []
    assert audit_json(cli, "--since", "2999-01-01T00:00:00+02:00") == []
    code, _out, err = cli.catalogue("audit", "--since", "eilen")
    assert code != 0
    assert "“eilen” is not a date" in err
