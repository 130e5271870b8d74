"""`kuhina catalogue erase-person`: shows what it will erase and asks; "no", no answer, bad
input and no match change nothing; `--yes` erases, and the next publish leaves the person
out while the audit log keeps every entry plus one."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from kuhina_desktop.cli import main
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from tests.catalogue_support.packages import Publisher, publishers
from tests.e2e.test_catalogue_cli import Cli, write
from tests.unit.test_erasure import database_text, scan_files


@pytest.fixture
def imported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], database_url: str | None
) -> tuple[Cli, Publisher]:
    cli = Cli(capsys, tmp_path / "catalogue")
    extra = ["--database-url", database_url] if database_url else []
    assert cli.catalogue("init", *extra)[0] == 0
    pub = publishers(1, opportunities=3)[0]
    path = write(tmp_path / "in", "p.kuhina", pub.export())
    code, _out, err = cli.catalogue("import", path, "--trust-new", "--accept-all")
    assert code == 0, err
    return cli, pub


def audit_count(cli: Cli) -> int:
    with CatalogueWorkspace.open(cli.workspace) as ws:
        return len(ws.audit())


def stored(cli: Cli) -> str:
    with CatalogueWorkspace.open(cli.workspace) as ws:
        return database_text(ws)


def test_it_shows_what_goes_and_no_answer_changes_nothing(
    imported: tuple[Cli, Publisher], monkeypatch: pytest.MonkeyPatch
) -> None:
    cli, pub = imported
    person = pub.snapshot.organisation.contacts[1]
    before = stored(cli)
    for answer in ("", "n\n", "ei\n"):
        monkeypatch.setattr("sys.stdin", io.StringIO(answer))
        code, out, err = cli.catalogue("erase-person", "--email", person.email)
        assert code == 1, err
        assert person.name in out and pub.snapshot.organisation.name.fi in out
        assert "cancel" in err.casefold() or "nothing" in err.casefold(), err
    assert stored(cli) == before


def test_yes_erases_and_the_next_publish_leaves_the_person_out(
    imported: tuple[Cli, Publisher], tmp_path: Path
) -> None:
    cli, pub = imported
    person = pub.snapshot.organisation.contacts[1]
    entries = audit_count(cli)
    code, _out, err = cli.catalogue("erase-person", "--phone", person.phone, "--yes")
    assert code == 0, err
    assert audit_count(cli) == entries + 1
    for command, target in (("publish", "site"), ("opendata", "open"), ("excel", "excel")):
        assert cli.catalogue(command, "--out", tmp_path / target)[0] == 0
    outputs = (
        scan_files(tmp_path / "site")
        + scan_files(tmp_path / "excel")
        + scan_files(tmp_path / "open")
    )
    text = stored(cli)
    for value in (person.name, person.email, person.phone):
        assert value not in outputs and value not in text, value
    assert pub.snapshot.organisation.contacts[0].name in text


@pytest.mark.parametrize(
    ("args", "finnish"),
    [
        (["--email", "a@b.fi", "--name", "Anna"], "täsmälleen yksi"),
        ([], "täsmälleen yksi"),
        (["--email", "ei osoite"], "ei ole sähköpostiosoite"),
        (["--phone", "12"], "ei ole puhelinnumero"),
        (["--name", "Ei Kukaan", "--yes"], "Mitään ei muutettu"),
    ],
)
def test_bad_input_is_a_finnish_message_and_changes_nothing(
    imported: tuple[Cli, Publisher],
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    finnish: str,
) -> None:
    cli, _pub = imported
    before = stored(cli)
    capsys.readouterr()
    try:
        code = main(
            [
                "--language",
                "fi",
                "catalogue",
                "erase-person",
                "--workspace",
                str(cli.workspace),
                *args,
            ]
        )
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    _out, err = capsys.readouterr()
    assert code != 0
    assert finnish in err and "Traceback" not in err, err
    assert stored(cli) == before


def run_fi(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        code = main(["--language", "fi", *args])
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_retention_is_shown_set_and_a_bad_value_refused(
    imported: tuple[Cli, Publisher], capsys: pytest.CaptureFixture[str]
) -> None:
    cli, _pub = imported
    ws = str(cli.workspace)
    code, _out, err = run_fi(capsys, "catalogue", "retention", "--workspace", ws)
    assert code == 0 and "Säilytysaika: 24 kk" in err, err
    code, _out, err = run_fi(capsys, "catalogue", "retention", "--workspace", ws, "--months", "36")
    assert code == 0 and "Säilytysaika: 36 kk" in err, err
    code, _out, err = run_fi(capsys, "catalogue", "retention", "--workspace", ws, "--months", "0")
    assert code != 0 and "ei kelpaa" in err and "Traceback" not in err, err
    code, _out, err = run_fi(capsys, "catalogue", "retention", "--workspace", ws)
    assert "Säilytysaika: 36 kk" in err, err


def test_remove_organisation_asks_and_yes_removes(
    imported: tuple[Cli, Publisher], monkeypatch: pytest.MonkeyPatch
) -> None:
    cli, pub = imported
    entries = audit_count(cli)
    monkeypatch.setattr("sys.stdin", io.StringIO("e\n"))
    code, _out, err = cli.catalogue("remove-organisation", "--organisation", pub.organisation_id)
    assert code == 1 and audit_count(cli) == entries, err
    code, _out, err = cli.catalogue(
        "remove-organisation", "--organisation", pub.organisation_id, "--yes"
    )
    assert code == 0, err
    assert audit_count(cli) == entries + 1
    text = stored(cli)
    for person in pub.snapshot.organisation.contacts:
        assert person.name not in text and person.email not in text
    code, _out, err = cli.catalogue("remove-organisation", "--organisation", "nobody", "--yes")
    assert code != 0 and "nobody" in err and "Traceback" not in err
