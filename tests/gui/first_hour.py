"""A new volunteer's first hour, driven through the widgets: the first start, the
organisation, a thrift shop as a coaching environment with a described photo (confirmed for
publication: nobody can be recognised in it), a work trial
for immigrants and a language-practice offer, and the package sent to a USB stick.

`run_first_hour` is the flow; `tests/gui/test_first_hour.py` runs it and checks the package,
and `python -m tests.gui.first_hour OUT_DIR` (part of `make screenshots`) saves a picture of
each step at 1366x768 in Finnish and Swedish as OUT_DIR/first-hour-<lang>-<nn>-<step>.png.
Text is put in as `window_helpers` does (keyClicks cannot type ä or ö, see TECH-NOTES).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kuhina_desktop.ui.association import send_places
from kuhina_desktop.ui.association.first_start import FirstStartWizard
from kuhina_desktop.ui.association.send_dialog import SendDialog
from kuhina_desktop.ui.association.send_places import Drive
from kuhina_desktop.ui.association.window import MainWindow
from kuhina_desktop.ui.i18n import Translations
from kuhina_desktop.ui.roles import WindowContext
from kuhina_desktop.ui.settings import UserSettings
from kuhina_desktop.ui.widgets.background import ImmediateExecutor
from tests.gui.window_helpers import choose, tick, type_in_language, type_text

SCREEN = (1366, 768)
Shoot = Callable[[QWidget, str], None]

ORGANISATION = "Rekolan Kierrätysyhdistys ry"
SHOP = "Kirpputori Rekka"
WORK_TRIAL = "Työkokeilu kirpputorilla"
LANGUAGE_CAFE = "Kielikahvila: suomea työn lomassa"
PHOTO_TEXT = "Myyjä järjestää vaatteita kirpputorin hyllyille"


@dataclass
class FirstHour:
    """What the hour left behind: the workspace folder, the package and the window."""

    folder: Path
    package: Path
    window: MainWindow


def settle(ms: int = 50) -> None:
    """Let layouts, lazy building and repaints finish (a local loop)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def photo(path: Path) -> Path:
    """A camera picture of the shop (drawn: no photo files in the repository)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (800, 600), (214, 200, 170))
    draw = ImageDraw.Draw(image)
    for n in range(4):
        draw.rectangle((60 + n * 180, 120, 200 + n * 180, 520), fill=(120 + n * 30, 80, 60))
    image.save(path, "JPEG")
    return path


def run_first_hour(
    root: Path, language: str, translations: Translations, shoot: Shoot
) -> FirstHour:
    """The hour, in `language`, with its files under `root`; `shoot(widget, step)` is
    called at each step."""
    stick = root / "media" / "KINGSTON"
    stick.mkdir(parents=True)
    original = send_places.Drives.removable
    send_places.Drives.removable = classmethod(  # type: ignore[method-assign]
        lambda cls: [Drive(stick, "KINGSTON")]
    )
    try:
        return _hour(root, language, translations, shoot, stick)
    finally:
        send_places.Drives.removable = original  # type: ignore[method-assign]


def _hour(
    root: Path, language: str, translations: Translations, shoot: Shoot, stick: Path
) -> FirstHour:
    # 1. The first start: language, "create a new organisation", the name, the key.
    wizard = FirstStartWizard(executor=ImmediateExecutor())
    wizard.language_chosen.connect(translations.apply)
    wizard.show()
    welcome = wizard.welcome_page
    index = welcome.language.findData(language)
    welcome.language.setCurrentIndex(index)
    welcome.language.activated.emit(index)
    settle()
    shoot(wizard, "01-welcome")
    wizard.next()
    shoot(wizard, "02-start")
    wizard.next()
    create = wizard.create_page
    create.name.setText(ORGANISATION)
    create.folder.setText(str(root / "workspace"))
    settle()
    shoot(wizard, "03-organisation")
    wizard.next()
    assert wizard.currentPage() is wizard.key_page, "the workspace was not created"
    settle()
    shoot(wizard, "04-key")
    wizard.accept()
    folder = wizard.folder
    assert folder is not None
    wizard.deleteLater()

    # 2. The main window opens on the new workspace, fitted to the laptop's screen.
    settings = UserSettings(root / "settings.ini")
    context = WindowContext(settings, translations.apply, ImmediateExecutor())
    window = MainWindow(None, context)
    window.open_workspace(folder)
    window.show()
    settle()
    shoot(window, "05-window")

    # 3. The thrift shop as a coaching environment, with a described photo.
    window.new_environment_action.trigger()
    env_page = window.pages["environments"]
    env = env_page.form
    type_text(env.name, SHOP)
    type_in_language(env.name, "sv", "Loppis Rekka")
    type_text(env.description, "Kirpputori, jossa lajitellaan, hinnoitellaan ja myydään.")
    type_text(env.address.street, "Kauppakatu 12")
    type_text(env.address.postal_code, "80100")  # post office and municipality fill in
    env.photos.add_files([photo(root / "kirpputori.jpg")])
    type_text(env.photo_descriptions.editors[0], PHOTO_TEXT)
    env.photo_descriptions.confirmations[0].box.click()  # nobody can be recognised in it
    settle()
    shoot(window, "06-environment")
    env.scroll_area.ensureWidgetVisible(env.rows["photo_descriptions"])
    settle()
    shoot(window, "07-photo")

    # 4. A work trial for immigrants at the shop.
    window.new_opportunity_action.trigger()
    opp_page = window.pages["opportunities"]
    opp = opp_page.form
    type_text(opp.title, WORK_TRIAL)
    choose(opp.kind, "work_trial")
    choose(opp.environment, env.record_id)  # its municipality comes with it
    type_text(opp.description, "Myymälätyötä, lajittelua ja asiakaspalvelua ohjatusti.")
    tick(opp.target_groups, "immigrants")
    opp.target_groups.committed.emit()
    settle()
    shoot(window, "08-work-trial-draft")
    opp.status_bar.button.click()  # "Publish"
    settle()
    shoot(window, "09-work-trial-published")

    # 5. Language practice, for immigrants too.
    window.new_opportunity_action.trigger()
    type_text(opp.title, LANGUAGE_CAFE)
    choose(opp.kind, "language_practice")
    choose(opp.environment, env.record_id)
    type_text(opp.description, "Puhutaan suomea kahvin ääressä ja tehdään pieniä töitä.")
    tick(opp.target_groups, "immigrants", "all_job_seekers")
    opp.target_groups.committed.emit()
    opp.status_bar.button.click()
    settle()
    shoot(window, "10-language-practice")

    # 6. Ready to send?
    window.show_page("checklist")
    settle()
    shoot(window, "11-ready-to-send")

    # 7. Send, as the volunteer does: File → Send to coordinator (Ctrl+E) opens the dialog;
    # the USB stick is offered; the end says where the package went.
    sent: dict[str, object] = {}

    def in_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SendDialog):
            QTimer.singleShot(20, in_the_dialog)  # not open yet
            return
        try:
            sent["offered"] = dialog.target.folder()
            settle()
            shoot(dialog, "12-send")
            dialog.make_button.click()
            settle()
            shoot(dialog, "13-sent")
            sent["result"], sent["error"] = dialog.result, dialog.error.text()
        finally:
            dialog.close()

    QTimer.singleShot(0, in_the_dialog)
    window.send_action.trigger()  # returns when the dialog is closed
    assert sent.get("offered") == stick, "the USB stick was not offered first"
    result = sent.get("result")
    assert result is not None, sent.get("error")
    package = Path(result.path)  # type: ignore[attr-defined]
    return FirstHour(folder, package, window)


# The steps the user guide shows (resources/guide/<lang>-<step>.png).
GUIDE_STEPS = (
    "04-key",
    "06-environment",
    "07-photo",
    "08-work-trial-draft",
    "11-ready-to-send",
    "12-send",
    "13-sent",
)
GUIDE = Path(__file__).resolve().parents[2] / "resources" / "guide"


def main(out_dir: str) -> int:
    """Screenshots of the hour in Finnish and Swedish for docs/, and the user guide's
    pictures in all three languages (run offscreen or under Xvfb)."""
    import os
    import tempfile

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="kuhina-first-hour-"))
    os.environ["KUHINA_HOME"] = str(home / "home")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    translations = Translations(app)
    for language in ("fi", "sv", "en"):

        def shoot(widget: QWidget, step: str, lang: str = language) -> None:
            if isinstance(widget, MainWindow):
                widget.resize(*_fitted(widget))
            settle()
            image = widget.grab()
            if lang != "en":
                image.save(str(out / f"first-hour-{lang}-{step}.png"))
            if step in GUIDE_STEPS:
                image.save(str(GUIDE / f"{lang}-{step}.png"))

        hour = run_first_hour(home / language, language, translations, shoot)
        hour.window.close()
        translations.apply("fi")
    return 0


def _fitted(window: QWidget) -> tuple[int, int]:
    available = window.screen().availableGeometry()
    return min(window.width(), available.width()), min(window.height(), available.height())


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
