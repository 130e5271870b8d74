"""Screenshots of the coordinator's window for docs/screenshots/ (`make screenshots`).

Runs the real window in Finnish on a catalogue made from demo packages, under a real
display server (`xvfb-run`), and saves one PNG per view and dialog as
docs/screenshots/coordinator-fi-<view>.png: the inbox with packages in every state, the
key confirmation, the review with a rejected change, the catalogue with a hidden record,
the organisations, publishing and the audit log.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python build/screenshots_coordinator.py [OUT]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SIZE = (1366, 740)  # a 1366×768 screen less the task bar
LANGUAGE = "fi"
ORGANISATIONS = 8
OPPORTUNITIES = 10
IMPORTED_FIRST = 5  # organisations already in the catalogue when the pictures are taken


def make_packages(folder: Path) -> dict[str, Path]:
    """Demo packages: the first package of each organisation, a second one of the first
    organisation with a new title, and a copy of one package broken on the way."""
    from kuhina_desktop.demo.content import generate_demo
    from kuhina_desktop.services.org_workspace import OrgWorkspace
    from kuhina_desktop.services.package_export import export_package

    out = folder / "paketit"
    out.mkdir(parents=True)
    packages: dict[str, Path] = {}
    workspaces = []
    demos = generate_demo(ORGANISATIONS, OPPORTUNITIES, 2026)
    # The last organisation is an impostor: the second one's name with a Cyrillic "е" in
    # place of a Latin "e", and its business ID.
    model = demos[2].snapshot.organisation
    impostor = demos[-1].snapshot.organisation
    impostor.name.fi = model.name.fi.replace("e", "\u0435", 1)
    impostor.business_id = model.business_id
    for number, demo in enumerate(demos):
        org = demo.snapshot.organisation
        ws_folder = folder / f"jarjesto{number}"
        with OrgWorkspace.create(
            ws_folder, org.name.fi, org.business_id, None, organisation=org
        ) as ws:
            ws.load(demo.snapshot, demo.attachments)
            path = out / f"jarjesto{number}-1.kuhina"
            packages[f"first{number}"] = export_package(ws, path, passphrase=None).path
        workspaces.append(ws_folder)
    with OrgWorkspace.open(workspaces[0]) as ws:
        opps = [o for o in ws.snapshot().opportunities if o.status == "published"]
        opps[0].title.fi = opps[0].title.fi + " (uudistettu)"
        ws.save_opportunity(opps[0])
        opps[1].description.fi = opps[1].description.fi + " Nyt myös iltaisin."
        ws.save_opportunity(opps[1])
        packages["second0"] = export_package(ws, out / "jarjesto0-2.kuhina", passphrase=None).path
    for number in (2, 4):  # two more changed packages, for a day's review in one flow
        with OrgWorkspace.open(workspaces[number]) as ws:
            opps = [o for o in ws.snapshot().opportunities if o.status == "published"]
            opps[0].description.fi = opps[0].description.fi + " Mukaan mahtuu uusia tekijöitä."
            ws.save_opportunity(opps[0])
            path = out / f"jarjesto{number}-2.kuhina"
            packages[f"second{number}"] = export_package(ws, path, passphrase=None).path
    broken = bytearray(packages["first3"].read_bytes())
    broken[len(broken) // 2] ^= 0x01
    packages["tampered"] = out / "jarjesto3-muutettu.kuhina"
    packages["tampered"].write_bytes(bytes(broken))
    return packages


def main(out_dir: str | None = None) -> int:
    out = Path(out_dir) if out_dir else REPO / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="kuhina-coordinator-screens-"))
    os.environ["KUHINA_HOME"] = str(home)
    sys.path.insert(0, str(REPO))

    from PySide6.QtCore import QEventLoop, QItemSelectionModel, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from kuhina_desktop.catalogue.review import REJECT
    from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
    from kuhina_desktop.ui.coordinator.outputs import WEB
    from kuhina_desktop.ui.coordinator.window import CoordinatorWindow
    from kuhina_desktop.ui.i18n import Translations
    from kuhina_desktop.ui.roles import WindowContext
    from kuhina_desktop.ui.settings import UserSettings
    from kuhina_desktop.ui.widgets.background import ImmediateExecutor
    from kuhina_desktop.ui.widgets.confirm import Confirm
    from kuhina_desktop.ui.widgets.table_model import OBJECT_ROLE

    app = QApplication(sys.argv[:1])
    translations = Translations(app)
    translations.apply(LANGUAGE)
    packages = make_packages(home / "demo")
    saved: list[Path] = []

    def settle() -> None:
        loop = QEventLoop()
        QTimer.singleShot(150, loop.quit)
        loop.exec()

    def shoot(widget: QWidget, view: str) -> None:
        settle()
        path = out / f"coordinator-{LANGUAGE}-{view}.png"
        widget.grab().save(str(path))
        saved.append(path)

    ws = CatalogueWorkspace.create(home / "luettelo")
    try:
        for number in range(IMPORTED_FIRST):
            data = packages[f"first{number}"].read_bytes()
            ws.import_package(
                data,
                trust_new=True,
                decisions="accept_all",
                actor="koordinaattori",
                file=f"jarjesto{number}-1.kuhina",
            )
        hits = ws.search("", None, "title", 0, 40).hits
        ws.hide(
            hits[3].id,
            "Tarjous on täynnä syksyyn asti; yhdistys pyysi piilottamaan.",
            actor="koordinaattori",
        )
        context = WindowContext(
            UserSettings(home / "settings.ini"), translations.apply, ImmediateExecutor()
        )
        window = CoordinatorWindow(ws, context, actor="koordinaattori")
        window.resize(*SIZE)
        window.show()

        inbox = window.show_page("inbox")
        inbox.add_files(
            [
                packages["second0"],
                packages["first5"],
                packages["first6"],
                packages["first1"],
                packages["tampered"],
                packages["second2"],
                packages["second4"],
                packages[f"first{ORGANISATIONS - 1}"],
            ]
        )
        inbox.select_entry(str(packages["first5"].resolve()))
        shoot(window, "inbox")

        inbox.on_trust_clicked()
        dialog = inbox.trust_dialog
        assert dialog is not None
        fingerprint = dialog.key.fingerprint
        dialog.heard.setText(fingerprint)
        dialog.done_by_phone.setChecked(True)
        shoot(dialog, "trust")
        dialog.on_trust_clicked()

        inbox.select_entry(str(packages[f"first{ORGANISATIONS - 1}"].resolve()))
        inbox.on_trust_clicked()
        dialog = inbox.trust_dialog
        assert dialog is not None and dialog.impostor_box.isVisible()
        shoot(dialog, "trust-impostor")
        dialog.reject()

        inbox.table.clearSelection()
        for name in ("second0", "second2", "second4"):
            row = inbox.proxy.mapFromSource(
                inbox.model.index(inbox.model.row_of(str(packages[name].resolve())), 0)
            ).row()
            inbox.table.selectionModel().select(
                inbox.proxy.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
        shoot(window, "inbox-chosen")
        inbox.on_review_clicked()
        review = inbox.review_dialog
        assert review is not None and len(review.targets) == 3
        changed = next(g for g in review.model.groups if g.kind == "changed")
        title = next(c for c in changed.changes if c.field == "title.fi")
        review.model.set_decision(
            [title.change_id], REJECT, "Otsikko on sovittu kunnan kanssa; tarkistetaan ensin."
        )
        review.select_change(title.change_id)
        shoot(review, "review")
        review.on_import_clicked()  # on to the next package
        shoot(review, "review-next")
        Confirm.ask = classmethod(lambda *args, **kwargs: True)  # type: ignore[method-assign]
        review.on_accept_remaining_clicked()
        shoot(review, "review-done")
        review.close()
        shoot(window, "inbox-after")

        catalogue = window.show_page("catalogue")
        catalogue.load()
        settle()
        catalogue.select(hits[3].id)
        shoot(window, "catalogue")
        catalogue.filters.choose(catalogue.filters.municipality, "167")
        settle()
        if catalogue.model.total:
            catalogue.table.selectRow(0)
        shoot(window, "catalogue-filtered")

        organisations = window.show_page("organisations")
        pending = next(
            (e for e in organisations.model.records if e.status.trust_state == "pending"),
            organisations.model.records[0],
        )
        organisations.select(pending.id)
        shoot(window, "organisations")

        # Erasing a person: the dialog after a search, before Erase is pressed.
        person = next(
            c
            for e in organisations.model.records
            for c in (ws.records_of(e.id).organisation or {}).get("contacts") or []
            if c.get("email")
        )
        organisations.on_erase_clicked()
        erase = organisations.erase_dialog
        assert erase is not None
        erase.value.setText(person["email"])
        erase.find_button.click()
        shoot(erase, "erase-person")
        erase.close()

        outputs = window.show_page("outputs")
        outputs.sections[WEB].folder.setText(str(home / "verkkoluettelo"))
        outputs.base_url.setText("https://tyollisyys.example.fi/kuhina/")
        outputs.feedback_email.setText("saavutettavuus@example.fi")
        outputs.on_publish_clicked()
        shoot(window, "outputs")

        audit = window.show_page("audit")
        audit.load()
        for row in range(audit.proxy.rowCount()):
            entry = audit.proxy.data(audit.proxy.index(row, 0), OBJECT_ROLE)
            if entry is not None and entry.entry.action == "import" and entry.entry.sequence == 2:
                audit.table.selectRow(row)
                break
        shoot(window, "audit")
        window.close()
    finally:
        ws.close()
    for path in saved:
        print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else None))
