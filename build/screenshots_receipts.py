"""Screenshots of the association's window after a receipt, for docs/screenshots/.

Runs the real receipt round trip (`tests/e2e/receipt_flow.py`: export, import with one
change rejected and one offer hidden, the signed receipt), opens the receipt in the window
as a volunteer would (the fingerprint confirmed), and saves, in Finnish and in Swedish:

- app-<lang>-receipt-form.png: the opportunities with their standing, and the rejected
  title marked in the form with the coordinator's reason;
- app-<lang>-receipt-hidden.png: the hidden offer, its standing and the reason;
- app-<lang>-receipt-history.png: the sent packages with the receipt and the note.

    QT_QPA_PLATFORM=offscreen .venv/bin/python build/screenshots_receipts.py [OUT_DIR]
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SIZE = (1366, 768)


def main(out_dir: str | None = None) -> int:
    out = Path(out_dir) if out_dir else REPO / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="kuhina-receipt-screens-"))
    os.environ["KUHINA_HOME"] = str(home)
    sys.path.insert(0, str(REPO))

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from kuhina_desktop.services.org_workspace import OrgWorkspace
    from kuhina_desktop.ui.association.receipt_open import ReceiptSummary
    from kuhina_desktop.ui.association.window import MainWindow
    from kuhina_desktop.ui.i18n import Translations
    from kuhina_desktop.ui.roles import WindowContext
    from kuhina_desktop.ui.settings import UserSettings
    from kuhina_desktop.ui.widgets.background import ImmediateExecutor
    from kuhina_desktop.ui.widgets.confirm import Confirm
    from tests.e2e.receipt_flow import ReceiptFlow

    app = QApplication(sys.argv[:1])
    translations = Translations(app)
    flow = ReceiptFlow.build(home / "flow")
    Confirm.ask = classmethod(lambda cls, *args, **kwargs: True)  # type: ignore[method-assign]
    ReceiptSummary.show = classmethod(lambda cls, parent, text: None)  # type: ignore[method-assign]

    def settle() -> None:
        loop = QEventLoop()
        QTimer.singleShot(150, loop.quit)
        loop.exec()

    def shoot(widget: QWidget, name: str) -> None:
        settle()
        widget.grab().save(str(out / name))
        print(out / name)

    for language in ("fi", "sv"):
        folder = home / f"org-{language}"
        shutil.copytree(flow.org_folder, folder, ignore=shutil.ignore_patterns("*.lock"))
        translations.apply(language)
        with OrgWorkspace.open(folder) as workspace:
            context = WindowContext(
                UserSettings(home / f"settings-{language}.ini"),
                translations.apply,
                ImmediateExecutor(),
            )
            window = MainWindow(workspace, context)
            window.resize(*SIZE)
            window.show()
            window.receipts.open_receipt(flow.receipt)
            page = window.show_page("opportunities")
            page.select_record(flow.rejected_id)
            page.form.focus_field("title")
            shoot(window, f"app-{language}-receipt-form.png")
            page.select_record(flow.hidden_id)
            shoot(window, f"app-{language}-receipt-hidden.png")
            history = window.show_page("history")
            history.table.setCurrentIndex(history.proxy.index(0, 0))
            shoot(window, f"app-{language}-receipt-history.png")
            window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))
