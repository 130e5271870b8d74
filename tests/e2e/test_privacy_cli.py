"""Issue 20 on the command line: `kuhina catalogue publish` names the privacy notice's
controller (`--controller-name`, `--controller-email`, else the saved setting) and warns
when none is set; a bad value is a translated message and writes nothing; `kuhina catalogue
audit --json` leaves the contact people's names, e-mail addresses and phones out of the
change lists unless `--with-personal-data` asks for them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from markupsafe import escape

from kuhina_desktop.domain import model
from kuhina_desktop.messages import translate
from kuhina_desktop.services.site_settings import save_site_settings
from tests.catalogue_support.packages import publishers
from tests.e2e.test_catalogue_cli import Cli, write

PEOPLE = (
    ("Ilmatar Kyyhkynen-Pöllänen", "ilmatar.kyyhkynen@henkilo.example.fi", "+358407654321"),
    ("Väinö Äkräs", "vaino.akras@toinen.example.fi", "+358501112233"),
)


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str], database_url: str | None) -> Cli:
    run = Cli(capsys, tmp_path / "catalogue")
    extra = ["--database-url", database_url] if database_url else []
    code, _out, err = run.catalogue("init", *extra)
    assert code == 0, err
    return run


def first_import(cli: Cli, tmp_path: Path) -> Any:
    (pub,) = publishers(1, opportunities=2, seed=41)
    code, _out, err = cli.catalogue(
        "import", write(tmp_path / "in", "p1.kuhina", pub.export()), "--trust-new", "--accept-all"
    )
    assert code == 0, err
    return pub


def test_publish_names_the_controller_or_warns(cli: Cli, tmp_path: Path) -> None:
    first_import(cli, tmp_path)
    code, _out, err = cli.catalogue("publish", "--out", tmp_path / "site")
    assert code == 0, err
    assert translate("site_privacy_controller_missing", "en") in err
    for lang, prefix in (("fi", ""), ("sv", "sv/"), ("en", "en/")):
        page = (tmp_path / "site" / f"{prefix}tietosuojaseloste.html").read_text("utf-8")
        assert translate_site("privacy_controller_none", lang) in page

    code, _out, err = cli.catalogue(
        "publish", "--out", tmp_path / "site",
        "--controller-name", "Kuhina-hanke ry",
        "--controller-email", "tietosuoja@kuhina.example.fi",
    )  # fmt: skip
    assert code == 0, err
    assert translate("site_privacy_controller_missing", "en") not in err
    for prefix in ("", "sv/", "en/"):
        page = (tmp_path / "site" / f"{prefix}tietosuojaseloste.html").read_text("utf-8")
        assert "Kuhina-hanke ry" in page
        assert '<a href="mailto:tietosuoja@kuhina.example.fi">' in page

    # The saved setting (the coordinator's window saves it) is used when no option is given.
    save_site_settings(cli.workspace, None, None, "Toinen ry", "info@toinen.example.fi")
    code, _out, err = cli.catalogue("publish", "--out", tmp_path / "site")
    assert code == 0 and translate("site_privacy_controller_missing", "en") not in err
    assert "Toinen ry" in (tmp_path / "site" / "tietosuojaseloste.html").read_text("utf-8")


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
@pytest.mark.parametrize(
    ("option", "value", "code"),
    [
        ("--controller-email", "ei osoite", "site_controller_email_invalid"),
        ("--controller-name", "x" * 201, "site_controller_name_invalid"),
        ("--controller-name", "rivi\x07kello", "site_controller_name_invalid"),
    ],
)
def test_a_bad_controller_is_refused_and_nothing_is_written(
    cli: Cli, tmp_path: Path, lang: str, option: str, value: str, code: str
) -> None:
    first_import(cli, tmp_path)
    status, _out, err = cli(
        "--language", lang, "catalogue", "publish", "--workspace", cli.workspace,
        "--out", tmp_path / "site", option, value,
    )  # fmt: skip
    assert status != 0
    shown = " ".join(value.split())[:200]
    assert translate(code, lang, value=shown) in err
    assert not (tmp_path / "site").exists()


def translate_site(key: str, lang: str) -> str:
    """A site string as the page writes it (escaped)."""
    from kuhina_desktop.exports.site_data import strings_for

    return str(escape(strings_for(lang)[key]))


def change_contacts(snapshot: model.Snapshot) -> None:
    """The organisation's first contact becomes the first person (same id: its offers still
    name it), and the second person is added."""
    contacts = snapshot.organisation.contacts
    assert contacts, "the demo organisation has a contact"
    (name, email, phone), second = PEOPLE
    role = model.Text("työvalmentaja")
    contacts[0] = model.Contact(contacts[0].id, name, role, email, phone)
    contacts.append(model.Contact(name=second[0], role=role, email=second[1], phone=second[2]))


def audit_lines(cli: Cli, *args: str) -> list[dict[str, Any]]:
    code, out, err = cli.catalogue("audit", "--json", *args)
    assert code == 0, err
    return [json.loads(line) for line in out.splitlines()]


def test_audit_export_leaves_personal_data_out_unless_asked(cli: Cli, tmp_path: Path) -> None:
    pub = first_import(cli, tmp_path)
    pub.edit(change_contacts)
    code, _out, err = cli.catalogue(
        "import", write(tmp_path / "in", "p2.kuhina", pub.export()), "--accept-all"
    )
    assert code == 0, err

    plain = json.dumps(audit_lines(cli), ensure_ascii=False)
    full = audit_lines(cli, "--with-personal-data")
    everything = json.dumps(full, ensure_ascii=False)
    for name, email, phone in PEOPLE:
        assert name in everything and email in everything and phone in everything
        for value in (name, name.split()[0], email, phone, phone[4:]):
            assert value not in plain, value
    entries = audit_lines(cli)
    assert len(entries) == len(full)
    changed = [
        c for e in entries for c in (e["details"] or {}).get("changes") or []
        if c.get("field") == "contacts"
    ]  # fmt: skip
    assert changed and all(c["personal_data"] == "left_out" for c in changed)
    assert all(set(contact) <= {"id", "role"} for c in changed for contact in c["new"] or [])
    roles = [contact.get("role") for c in changed for contact in c["new"]]
    ours = {"fi": "työvalmentaja", "sv": None, "en": None}
    assert roles[0] == roles[-1] == ours and all(roles), "the roles are kept"
    code, out, _err = cli.catalogue("audit")  # the readable lines name no person either
    assert code == 0 and not any(name in out for name, _e, _p in PEOPLE)
