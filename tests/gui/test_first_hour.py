"""The first hour of a new volunteer (issue 15), from the first start to a package on a USB
stick, on the 1366x768 test screen, through the widgets; the package must hold the offers
entered. A picture of every step is taken as well (and must show something)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kuhina_desktop.services.package_file import verify_package_file
from kuhina_desktop.ui.i18n import Translations
from tests.gui import first_hour


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_first_hour_from_first_start_to_a_package_on_a_usb_stick(
    qtbot: QtBot, tmp_path: Path, translations: Translations, language: str
) -> None:
    steps: list[str] = []

    def shoot(widget: QWidget, step: str) -> None:
        image = widget.grab()
        assert not image.isNull() and image.width() > 300, step
        screen = widget.screen().availableGeometry()
        assert (screen.width(), screen.height()) == first_hour.SCREEN
        assert widget.frameGeometry().height() <= screen.height(), step
        steps.append(step)

    hour = first_hour.run_first_hour(tmp_path, language, translations, shoot)
    qtbot.addWidget(hour.window)
    assert len(steps) == 13
    package = hour.package
    assert package.parent == tmp_path / "media" / "KINGSTON"
    assert package.name == "rekolan-kierratysyhdistys-ry-1.kuhina"

    verified = verify_package_file(package)
    snapshot = verified.snapshot
    assert snapshot.organisation.name.fi == first_hour.ORGANISATION
    (env,) = snapshot.environments
    assert env.name.fi == first_hour.SHOP and env.name.sv == "Loppis Rekka"
    assert (env.address.postal_code, env.address.post_office) == ("80100", "Joensuu")
    assert env.address.municipality == "167"
    assert len(env.photos) == 1 and env.photo_descriptions[0].fi == first_hour.PHOTO_TEXT
    assert env.photo_confirmed(0)  # the photo may be published
    offers = {o.title.fi: o for o in snapshot.opportunities}
    assert set(offers) == {first_hour.WORK_TRIAL, first_hour.LANGUAGE_CAFE}
    trial, cafe = offers[first_hour.WORK_TRIAL], offers[first_hour.LANGUAGE_CAFE]
    assert (trial.kind, trial.status, trial.environment_id) == ("work_trial", "published", env.id)
    assert trial.target_groups == ["immigrants"] and trial.municipalities == ["167"]
    assert cafe.kind == "language_practice" and cafe.status == "published"
    assert sorted(cafe.target_groups) == ["all_job_seekers", "immigrants"]
    with zipfile.ZipFile(package) as archive:
        assert json.loads(archive.read("manifest.json"))["format_version"] == 3
    dialog_text = hour.window.statusBar().currentMessage()
    assert str(package) in dialog_text
    hour.window.close()
