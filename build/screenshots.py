"""Screenshots of the association's app for docs/screenshots/ (`make screenshots`).

Runs the real windows on the demo organisation, in Finnish and in Swedish, under a real
display server (`xvfb-run`; any QT_QPA_PLATFORM works), and saves one PNG per main view and
dialog as docs/screenshots/app-<language>-<view>.png. One published opportunity is given a
problem first, so the checklist and the in-place problem messages are shown too. The
`photo-confirmation` view shows a coaching environment's photos, one confirmed for
publication and one not (as the demo has them).

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python build/screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import dataclasses
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SIZE = (1280, 800)


def main(out_dir: str | None = None) -> int:
    out = Path(out_dir) if out_dir else REPO / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="kuhina-screens-"))
    os.environ["KUHINA_HOME"] = str(home)
    sys.path.insert(0, str(REPO))

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from kuhina_desktop.services.changes import Changes
    from kuhina_desktop.services.org_workspace import OrgWorkspace
    from kuhina_desktop.ui.association.demo import create_demo_workspace
    from kuhina_desktop.ui.association.first_start import FirstStartWizard
    from kuhina_desktop.ui.association.preview import PreviewDialog
    from kuhina_desktop.ui.association.send_dialog import COORDINATOR_EMAIL, SendDialog
    from kuhina_desktop.ui.association.settings_dialog import SettingsDialog
    from kuhina_desktop.ui.association.window import MainWindow
    from kuhina_desktop.ui.i18n import Translations
    from kuhina_desktop.ui.roles import WindowContext
    from kuhina_desktop.ui.settings import UserSettings
    from kuhina_desktop.ui.widgets.background import ImmediateExecutor

    app = QApplication(sys.argv[:1])
    translations = Translations(app)
    folder = create_demo_workspace()
    saved: list[Path] = []

    def settle() -> None:
        """Let layouts, lazy loading and repaints finish (a local loop: quitting the
        application's own loop would close every window)."""
        loop = QEventLoop()
        QTimer.singleShot(100, loop.quit)
        loop.exec()

    def shoot(widget: QWidget, language: str, view: str) -> None:
        settle()
        path = out / f"app-{language}-{view}.png"
        widget.grab().save(str(path))
        saved.append(path)

    with OrgWorkspace.open(folder) as workspace:
        workspace.set_setting(COORDINATOR_EMAIL, "koordinaattori@kuhina.example.fi")
        published = [o for o in workspace.snapshot().opportunities if o.status == "published"]
        broken = dataclasses.replace(published[0], municipalities=[], target_groups=[])
        workspace.save_opportunity(broken)

        for language in ("fi", "sv"):
            translations.apply(language)
            context = WindowContext(
                UserSettings(home / f"settings-{language}.ini"),
                translations.apply,
                ImmediateExecutor(),
            )
            window = MainWindow(workspace, context)
            window.resize(*SIZE)
            window.show()
            window.on_changes(Changes(lists={"opportunities"}))

            views: list[tuple[str, Callable[[], object]]] = [
                ("organisation", lambda: window.show_page("organisation")),
                ("environments", lambda: select_first(window.show_page("environments"))),
                ("photo-confirmation", lambda: show_photo_confirmation(window)),
                ("opportunities", lambda: select_opportunity(window, published[1].id)),
                ("problem", lambda: show_problem(window, broken.id)),
                ("checklist", lambda: window.show_page("checklist")),
                ("bin", lambda: delete_one(window, published[-1].id)),
                ("history", lambda: window.show_page("history")),
            ]
            for view, prepare in views:
                prepare()
                shoot(window, language, view)
            restore_all(window)

            page = window.show_page("opportunities")
            page.select_record(published[1].id)
            snapshot = workspace.snapshot()
            opp = next(o for o in snapshot.opportunities if o.id == published[1].id)
            env = next((e for e in snapshot.environments if e.id == opp.environment_id), None)
            shown = env.with_confirmed_photos_only().photos if env else []  # as the window
            photo = workspace.attachment(shown[0]) if shown else None
            preview = PreviewDialog(opp, snapshot, workspace.vocab, photo, window)
            preview.resize(760, 720)
            preview.show()
            shoot(preview, language, "preview")
            preview.close()

            fixed = dataclasses.replace(
                broken,
                municipalities=published[0].municipalities,
                target_groups=published[0].target_groups,
            )
            send = SendDialog(workspace, window, executor=ImmediateExecutor())
            send.resize(720, 460)
            send.show()
            shoot(send, language, "send-problems")
            send.close()
            workspace.save_opportunity(fixed)
            send = SendDialog(workspace, window, executor=ImmediateExecutor())
            (home / "paketit").mkdir(exist_ok=True)
            send.set_target(home / "paketit" / f"demo-{language}.kuhina")
            send.resize(720, 460)
            send.show()
            send.on_make_clicked()
            shoot(send, language, "send-done")
            window.on_exported(send.result)
            send.close()
            workspace.save_opportunity(broken)

            settings = SettingsDialog(workspace, window)
            settings.show()
            shoot(settings, language, "settings")
            settings.close()
            window.close()

            wizard = FirstStartWizard(executor=ImmediateExecutor())
            wizard.resize(760, 560)
            wizard.show()
            shoot(wizard, language, "first-start")
            wizard.next()
            shoot(wizard, language, "first-start-choice")
            wizard.next()
            create = wizard.create_page
            create.name.setText("Kontiolahden Työpaja ry")
            create.business_id.setText("1234567-2")
            create.folder.setText(str(home / f"uusi-{language}"))
            shoot(wizard, language, "first-start-create")
            create.business_id.setText("1234567-1")
            wizard.next()
            shoot(wizard, language, "first-start-key")
            wizard.close()

    for path in saved:
        print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)
    return 0


def select_first(page: object) -> None:
    page.table.selectRow(0)  # type: ignore[attr-defined]


def show_photo_confirmation(window: object) -> None:
    """The first environment's photos: a confirmed one and the demo's unconfirmed one."""
    page = window.show_page("environments")  # type: ignore[attr-defined]
    page.table.selectRow(0)
    confirmations = page.form.photo_descriptions.confirmations
    page.form.scroll_area.ensureWidgetVisible(confirmations[-1])


def select_opportunity(window: object, record_id: str) -> None:
    page = window.show_page("opportunities")  # type: ignore[attr-defined]
    page.select_record(record_id)


def show_problem(window: object, record_id: str) -> None:
    page = window.show_page("opportunities")  # type: ignore[attr-defined]
    page.select_record(record_id)
    page.form.focus_field("municipalities")


def delete_one(window: object, record_id: str) -> None:
    page = window.show_page("opportunities")  # type: ignore[attr-defined]
    page.select_record(record_id)
    page.on_delete_clicked()
    bin_page = window.show_page("bin")  # type: ignore[attr-defined]
    bin_page.table.selectRow(0)


def restore_all(window: object) -> None:
    bin_page = window.show_page("bin")  # type: ignore[attr-defined]
    bin_page.table.selectAll()
    bin_page.on_restore_clicked()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else None))
