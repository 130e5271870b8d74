"""The trust dialog warns of an impostor before the key is confirmed: a package dropped on
the inbox whose organisation looks like one already trusted (a Cyrillic letter in its
name, the same business ID) or is signed with another organisation's key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from kuhina_desktop.ui.coordinator.inbox_model import READY, WAITING
from kuhina_desktop.ui.coordinator.window import CoordinatorWindow
from kuhina_desktop.ui.roles import WindowContext
from tests.catalogue_support.packages import publishers
from tests.unit.test_catalogue_impostors import LIPERI, LIPERI_CYRILLIC, named


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, context: WindowContext) -> Iterator[CoordinatorWindow]:
    ws = CatalogueWorkspace.create(tmp_path / "catalogue")
    main = CoordinatorWindow(ws, context, actor="koordinaattori")
    qtbot.addWidget(main)
    main.show()
    yield main
    main.close()
    ws.close()


def test_trust_dialog_names_the_organisation_an_impostor_resembles(
    window: CoordinatorWindow, tmp_path: Path
) -> None:
    original, lookalike, borrower = publishers(3, opportunities=2, seed=41)
    named(original, LIPERI, "1234567-1")
    named(lookalike, LIPERI_CYRILLIC, "1234567-1")
    named(borrower, "Outokummun Työpaja ry", "2345678-0")
    borrower.key = original.key
    ws = window.workspace
    assert ws.import_package(original.export(), trust_new=True, decisions="accept_all").done
    files = []
    for name, pub in (("lookalike", lookalike), ("borrower", borrower)):
        path = tmp_path / f"{name}.kuhina"
        path.write_bytes(pub.export())
        files.append(path)
    inbox = window.inbox
    inbox.add_files(files)
    for path, expected in zip(files, ("resembles " + LIPERI, "resembles " + LIPERI), strict=True):
        entry = inbox.model.record(inbox.model.row_of(str(path.resolve())))
        assert entry.state == WAITING
        text = inbox.model.data(inbox.model.index(inbox.model.row_of(entry.id), 3))
        assert expected in text

    inbox.select_entry(str(files[0].resolve()))
    inbox.on_trust_clicked()
    dialog = inbox.trust_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.impostor_box.isVisible()
    lines = dialog.impostor_lines.text().splitlines()
    assert lines == [
        f"• Same business ID (1234567-1) as {LIPERI}, already in the catalogue.",
        f"• The name looks exactly like {LIPERI}, already in the catalogue, but is written "
        "with other characters (for example a Cyrillic letter in place of a Latin one).",
    ]
    assert not dialog.trust_button.isEnabled()  # the warning comes before any confirmation
    dialog.reject()

    inbox.select_entry(str(files[1].resolve()))
    inbox.on_trust_clicked()
    dialog = inbox.trust_dialog
    assert dialog is not None and dialog.impostor_box.isVisible()
    assert dialog.impostor_lines.text() == (
        f"• Signed with the key of {LIPERI}: that key belongs to another organisation."
    )
    dialog.reject()


def test_no_warning_for_an_ordinary_newcomer(window: CoordinatorWindow, tmp_path: Path) -> None:
    [newcomer] = publishers(1, opportunities=2, seed=42)
    path = tmp_path / "new.kuhina"
    path.write_bytes(newcomer.export())
    window.inbox.add_files([path])
    window.inbox.select_entry(str(path.resolve()))
    window.inbox.on_trust_clicked()
    dialog = window.inbox.trust_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.impostor_box.isVisible()
    dialog.reject()


def test_the_command_hint_works_when_pasted(
    qtbot: QtBot, tmp_path: Path, context: WindowContext, capsys: pytest.CaptureFixture[str]
) -> None:
    import shlex

    from kuhina_desktop.cli import main

    folder = tmp_path / "Alueen luettelo (koordinaattori)"  # spaces and brackets
    ws = CatalogueWorkspace.create(folder)
    window = CoordinatorWindow(ws, context, actor="koordinaattori")
    qtbot.addWidget(window)
    [newcomer] = publishers(1, opportunities=2, seed=43)
    path = tmp_path / "new.kuhina"
    path.write_bytes(newcomer.export())
    window.inbox.add_files([path])
    window.inbox.select_entry(str(path.resolve()))
    window.inbox.on_trust_clicked()
    dialog = window.inbox.trust_dialog
    assert dialog is not None
    hint = dialog.command_hint()
    assert "--workspace" in hint and dialog.command.text().endswith(hint)
    dialog.reject()
    window.close()
    ws.close()

    words = shlex.split(hint)
    assert words[:3] == ["kuhina", "catalogue", "trust"]
    assert main(["--language", "en", *words[1:]]) == 0, capsys.readouterr().err
    with CatalogueWorkspace.open(folder) as again:
        [status] = again.status()
        assert (status.trust_state, status.fingerprint) == ("trusted", newcomer.fingerprint)


def test_the_fingerprint_line_is_what_ssh_keygen_prints(
    window: CoordinatorWindow, tmp_path: Path
) -> None:
    import shutil
    import subprocess

    keygen = shutil.which("ssh-keygen")
    assert keygen is not None, "the tests need ssh-keygen (openssh-client)"
    [newcomer] = publishers(1, opportunities=2, seed=44)
    path = tmp_path / "new.kuhina"
    path.write_bytes(newcomer.export())
    window.inbox.add_files([path])
    window.inbox.select_entry(str(path.resolve()))
    window.inbox.on_trust_clicked()
    dialog = window.inbox.trust_dialog
    assert dialog is not None
    public = tmp_path / "key.pub"
    public.write_text(newcomer.public_key + "\n", encoding="ascii")
    printed = subprocess.run(
        [keygen, "-l", "-f", str(public)], capture_output=True, check=True, text=True
    ).stdout.strip()
    assert dialog.fingerprint.text() == printed
    dialog.reject()


def test_the_review_repeats_the_warning_after_the_key_is_confirmed(
    window: CoordinatorWindow, tmp_path: Path
) -> None:
    """Confirmed anyway (the coordinator phoned the association): the review of its package
    still says whom it resembles, above the changes."""
    original, lookalike = publishers(2, opportunities=2, seed=43)
    named(original, LIPERI, "1234567-1")
    named(lookalike, LIPERI_CYRILLIC, "7654321-2")
    ws = window.workspace
    assert ws.import_package(original.export(), trust_new=True, decisions="accept_all").done
    path = tmp_path / "lookalike.kuhina"
    path.write_bytes(lookalike.export())
    inbox = window.inbox
    inbox.add_files([path])
    entry_id = str(path.resolve())
    inbox.on_key_confirmed(lookalike.organisation_id, lookalike.fingerprint)
    entry = inbox.model.record(inbox.model.row_of(entry_id))
    assert entry.state == READY
    inbox.select_entry(entry_id)
    inbox.on_review_clicked()
    review = inbox.review_dialog
    assert review is not None and review.isVisible()
    assert review.findings_label.isVisible()
    assert review.findings_label.text() == (
        f"Warning: The name looks exactly like {LIPERI}, already in the catalogue, but is "
        "written with other characters (for example a Cyrillic letter in place of a Latin one)."
    )
    review.reject()


def test_the_review_has_no_warning_for_an_ordinary_package(
    window: CoordinatorWindow, tmp_path: Path
) -> None:
    [pub] = publishers(1, opportunities=2, seed=44)
    path = tmp_path / "tavallinen.kuhina"
    path.write_bytes(pub.export())
    window.inbox.add_files([path])
    window.inbox.on_key_confirmed(pub.organisation_id, pub.fingerprint)
    window.inbox.select_entry(str(path.resolve()))
    window.inbox.on_review_clicked()
    review = window.inbox.review_dialog
    assert review is not None and review.isVisible()
    assert not review.findings_label.isVisible()
    review.reject()
