"""`kuhina catalogue import` and `catalogue status --json` name the organisation an
arriving package resembles (same business ID, a look-alike name, another's key)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.catalogue_support.packages import publishers
from tests.e2e.test_catalogue_cli import Cli, write
from tests.unit.test_catalogue_impostors import LIPERI, LIPERI_CYRILLIC, named


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str], database_url: str | None) -> Cli:
    run = Cli(capsys, tmp_path / "catalogue")
    extra = ["--database-url", database_url] if database_url else []
    code, _out, err = run.catalogue("init", *extra)
    assert code == 0, err
    return run


def test_import_prints_the_findings_and_status_lists_the_flags(cli: Cli, tmp_path: Path) -> None:
    original, lookalike, borrower, twin = publishers(4, opportunities=2, seed=31)
    named(original, LIPERI, "1234567-1")
    named(lookalike, LIPERI_CYRILLIC, "7654321-2")
    named(borrower, "Outokummun Työpaja ry", "2345678-0")
    named(twin, "Kiteen Nuorisoseura ry", "1234567-1")  # another's business ID
    borrower.key = original.key
    folder = tmp_path / "in"
    first = write(folder, "liperi.kuhina", original.export())
    code, _out, err = cli.catalogue("import", first, "--trust-new", "--accept-all")
    assert code == 0, err

    files = [
        write(folder, "lookalike.kuhina", lookalike.export()),
        write(folder, "borrower.kuhina", borrower.export()),
        write(folder, "twin.kuhina", twin.export()),
    ]
    code, _out, err = cli.catalogue("import", *files, "--trust-new", "--accept-all")
    assert code == 1, err  # neither was imported: both wait for their keys to be confirmed
    out = err
    lines = out.splitlines()
    assert any(
        "looks the same as that of the organisation Liperin Kierrätyskeskus ry" in line
        and original.organisation_id in line
        for line in lines
    ), out
    assert any(
        f"signed with the key {original.fingerprint} of the organisation {LIPERI}" in line
        for line in lines
    ), out
    assert any(
        f"the same business ID 1234567-1 as the organisation {LIPERI}" in line for line in lines
    ), out
    assert out.count("is not trusted automatically (--trust-new)") == 3, out
    # The trust command the output suggests works when pasted (it names the workspace).
    [hint] = [line for line in lines if "lookalike.kuhina" in line]
    command = hint.split("confirm: ", 1)[1].split()
    assert command[:3] == ["kuhina", "catalogue", "trust"]
    code, _out, err = cli(*command[1:])
    assert code == 0, err

    flags = {s["organisation_id"]: s["flags"] for s in cli.status()}
    assert flags[lookalike.organisation_id] == ["similar_name"]
    assert flags[borrower.organisation_id] == ["key_of_other_organisation"]
    assert flags[twin.organisation_id] == ["duplicate_business_id"]
    assert set(flags[original.organisation_id]) == {
        "similar_name",
        "key_of_other_organisation",
        "duplicate_business_id",
    }
    [entry] = [s for s in cli.status() if s["organisation_id"] == borrower.organisation_id]
    assert entry["findings"] == [
        {
            "code": "key_of_other_organisation",
            "organisation_id": original.organisation_id,
            "organisation_name": LIPERI,
            "detail": original.fingerprint,
        }
    ]
