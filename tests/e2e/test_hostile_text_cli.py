"""Hostile text at every door of the command line: `org load`, `package verify`,
`catalogue import` (a package and a review file), and a package path that is a device.

Each is refused with one translated line naming the field and the character, exits 1 with
no traceback, and changes nothing (the workspace's dump, the catalogue's status).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kuhina_desktop.domain.serialize import snapshot_to_json
from tests.unit import hostile_packages

PASS = "avaimen salasana: Pöllö lentää yöllä 7"


def kuhina(*args: str | Path, home: Path, language: str = "en") -> subprocess.CompletedProcess[str]:
    """The command line in a fresh process, as a user runs it."""
    environment = {**os.environ, "KUHINA_HOME": str(home), "KEY_PASS": PASS}
    environment.pop("KUHINA_LANGUAGE", None)
    return subprocess.run(
        [sys.executable, "-m", "kuhina_desktop", "--language", language, *map(str, args)],
        capture_output=True, text=True, env=environment, stdin=subprocess.DEVNULL, timeout=300,
    )  # fmt: skip


def _no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr and "Error" not in result.stdout
    assert result.returncode == 1, (result.returncode, result.stderr)


def _data_file(tmp_path: Path, name: str) -> Path:
    data = snapshot_to_json(hostile_packages.snapshot())
    for environment in data["environments"]:
        environment["photos"] = []  # `org load` takes no images
    data["organisation"]["logo"] = None
    data["organisation"]["name"]["fi"] = name
    path = tmp_path / "records.json"
    path.write_text(json.dumps(data, ensure_ascii=True), encoding="ascii")
    return path


@pytest.mark.parametrize(
    ("name", "char", "language", "words"),
    [
        ("Yhdistys \ud800 ry", "U+D800", "en", "broken character"),
        ("Yhdistys \u202e yr", "U+202E", "sv", "styrtecken för textriktning"),
        ("Yhdistys \x1b[2J ry", "U+001B", "fi", "ohjausmerkki"),
    ],
)
def test_org_load_refuses_hostile_text_and_changes_nothing(
    tmp_path: Path, name: str, char: str, language: str, words: str
) -> None:
    home, ws = tmp_path / "home", tmp_path / "ws"
    result = kuhina("org", "init", "--workspace", ws, "--name", "Testiyhdistys ry",
                    "--passphrase-env", "KEY_PASS", home=home)  # fmt: skip
    assert result.returncode == 0, result.stderr
    before = kuhina("org", "dump", "--workspace", ws, home=home)
    assert before.returncode == 0

    result = kuhina("org", "load", "--workspace", ws, _data_file(tmp_path, name), home=home,
                    language=language)  # fmt: skip
    _no_traceback(result)
    assert "organisation.name.fi" in result.stderr and char in result.stderr
    assert words in result.stderr

    after = kuhina("org", "dump", "--workspace", ws, home=home)
    assert after.returncode == 0, after.stderr
    assert after.stdout == before.stdout
    exported = kuhina("org", "export", "--workspace", ws, "--out", tmp_path / "x.kuhina",
                      "--passphrase-env", "KEY_PASS", home=home)  # fmt: skip
    assert "Traceback" not in exported.stderr


def _package_named(name: str) -> bytes:
    """A validly signed package whose organisation's name (manifest and data) is `name`."""

    def change(p: hostile_packages.Parts) -> None:
        p.data["organisation"]["name"]["fi"] = name
        p.manifest["organisation_name"] = name
        p.manifest_bytes = (json.dumps(p.manifest, ensure_ascii=True, indent=2) + "\n").encode()
        p.data_bytes = (json.dumps(p.data, ensure_ascii=True, indent=2) + "\n").encode()

    return hostile_packages._changed(change)


def test_package_verify_refuses_a_lone_surrogate_in_the_name(tmp_path: Path) -> None:
    path = tmp_path / "x.kuhina"
    path.write_bytes(_package_named("Testiyhdistys \ud800"))
    result = kuhina("package", "verify", path, home=tmp_path / "home")
    _no_traceback(result)
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "Error: The file manifest.json holds a broken character (U+D800, character 15) "
        "at organisation_name."
    ]


def test_package_verify_refuses_a_device(tmp_path: Path) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("needs /dev/zero (POSIX)")
    result = kuhina("package", "verify", "/dev/zero", home=tmp_path / "home", language="fi")
    _no_traceback(result)
    assert "/dev/zero ei ole tavallinen tiedosto" in result.stderr
    assert "0 tavua" not in result.stderr


def test_catalogue_import_refuses_hostile_text_and_writes_nothing(tmp_path: Path) -> None:
    home, catalogue = tmp_path / "home", tmp_path / "catalogue"
    assert kuhina("catalogue", "init", "--workspace", catalogue, home=home).returncode == 0
    path = tmp_path / "in" / "x.kuhina"
    path.parent.mkdir()
    path.write_bytes(_package_named("Testiyhdistys \u2067ry\u2069"))
    result = kuhina("catalogue", "import", "--workspace", catalogue, "--trust-new",
                    "--accept-all", path, home=home)  # fmt: skip
    assert "Traceback" not in result.stderr
    assert result.returncode == 1, result.stderr
    assert "U+2067" in result.stderr
    status = kuhina("catalogue", "status", "--workspace", catalogue, "--json", home=home)
    assert status.returncode == 0 and json.loads(status.stdout) == []


def test_catalogue_import_refuses_a_review_file_with_hostile_text(tmp_path: Path) -> None:
    home, catalogue = tmp_path / "home", tmp_path / "catalogue"
    assert kuhina("catalogue", "init", "--workspace", catalogue, home=home).returncode == 0
    package = tmp_path / "x.kuhina"
    package.write_bytes(hostile_packages.valid_package())
    review = {"format": "kuhina-review", "format_version": 1, "created_at": "",
              "packages": [], "note": "\x9b31mpunainen"}  # fmt: skip
    review_path = tmp_path / "review.json"
    review_path.write_text(json.dumps(review), encoding="ascii")
    result = kuhina("catalogue", "import", "--workspace", catalogue, "--trust-new", package,
                    "--review-file", review_path, home=home)  # fmt: skip
    _no_traceback(result)
    assert "review file: note" in result.stderr and "U+009B" in result.stderr
    status = kuhina("catalogue", "status", "--workspace", catalogue, "--json", home=home)
    assert status.returncode == 0 and json.loads(status.stdout) == []


def test_text_stored_before_the_rules_neither_crashes_dump_nor_export(tmp_path: Path) -> None:
    """A workspace that took a lone surrogate before the text rules existed (the issue's
    `org load` said "Loaded"): dump writes it escaped, export lists it as a problem."""
    import dataclasses

    from kuhina_desktop.domain.model import Text
    from kuhina_desktop.services.org_workspace import OrgWorkspace

    home, ws_path = tmp_path / "home", tmp_path / "ws"
    with OrgWorkspace.create(ws_path, "Testiyhdistys ry", None, PASS) as ws:
        ws.save_organisation(dataclasses.replace(ws.organisation, name=Text(fi="Testi \ud800")))
    dump = kuhina("org", "dump", "--workspace", ws_path, home=home)
    assert dump.returncode == 0, dump.stderr
    assert json.loads(dump.stdout)["organisation"]["name"]["fi"] == "Testi \ud800"
    exported = kuhina("org", "export", "--workspace", ws_path, "--out", tmp_path / "x.kuhina",
                      "--passphrase-env", "KEY_PASS", home=home)  # fmt: skip
    _no_traceback(exported)
    assert "name.fi" in exported.stderr
    assert not (tmp_path / "x.kuhina").exists()
