"""The coordinator's review says in words what a change of consent is (issue 20): a
contact person's permission to publish ("Lupa julkaista: annettu 30.11.2026, kirjasi …",
not a bare "30.11.2026 · Maija V.") and each photo's confirmation that it may be published
("Kuva 1: saa julkaista, vahvistettu 30.11.2026")."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot

from kuhina_desktop.domain import model
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from kuhina_desktop.services.images import normalise_image
from kuhina_desktop.ui.coordinator.window import CoordinatorWindow
from kuhina_desktop.ui.i18n import Translations
from kuhina_desktop.ui.roles import WindowContext
from tests.catalogue_support.packages import Publisher, publishers

RECORDER = "Maija Vapaaehtoinen"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, context: WindowContext) -> Iterator[CoordinatorWindow]:
    ws = CatalogueWorkspace.create(tmp_path / "catalogue")
    main = CoordinatorWindow(ws, context, actor="koordinaattori")
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    yield main
    main.close()
    ws.close()


def with_photos(pub: Publisher) -> None:
    """The first place gets two photos, neither confirmed yet."""
    env = pub.snapshot.environments[0]
    env.photos, env.photo_descriptions = [], []
    for colour in ((30, 140, 60), (200, 30, 90)):
        buffer = io.BytesIO()
        Image.new("RGB", (320, 240), colour).save(buffer, "PNG")
        ref, content = normalise_image(buffer.getvalue())
        pub.attachments[ref] = content
        env.photos.append(ref)
        env.photo_descriptions.append(model.Text(fi=f"Kuva {len(env.photos)}"))
    env.photo_confirmed_on = [None, None]


def consent_and_confirmation(snapshot: model.Snapshot) -> None:
    first = snapshot.organisation.contacts[0]
    first.consent_given_on, first.consent_recorded_by = "2026-11-30", RECORDER
    for other in snapshot.organisation.contacts[1:]:
        other.consent_given_on = other.consent_recorded_by = None
    snapshot.environments[0].photo_confirmed_on = ["2026-11-30", None]


def test_the_review_labels_consent_and_photo_confirmation(
    window: CoordinatorWindow, tmp_path: Path, translations: Translations
) -> None:
    translations.apply("fi")
    (pub,) = publishers(1, opportunities=3, seed=71)
    with_photos(pub)
    for contact in pub.snapshot.organisation.contacts:
        contact.consent_given_on = contact.consent_recorded_by = None
    assert window.workspace.import_package(pub.export(), trust_new=True, decisions="accept_all")
    pub.edit(consent_and_confirmation)
    path = tmp_path / "uusi.kuhina"
    path.write_bytes(pub.export())
    window.inbox.add_files([path])
    window.inbox.select_entry(str(path.resolve()))
    window.inbox.on_review_clicked()
    review = window.inbox.review_dialog
    assert review is not None
    by_field = {c.field: c for c in review.model.review.changes if c.field}
    assert set(by_field) == {"contacts", "photo_confirmed_on"}

    assert review.select_change(by_field["contacts"].change_id)
    details = review.details.toPlainText()
    given = f"Lupa julkaista: annettu 30.11.2026, kirjasi {RECORDER}"
    assert given in details and "Lupa julkaista: ei annettu" in details
    now, incoming = details.split("Paketissa:")
    assert given not in now and given in incoming  # the change: not given → given
    assert f"30.11.2026 · {RECORDER}" not in details

    assert review.select_change(by_field["photo_confirmed_on"].change_id)
    details = review.details.toPlainText()
    assert details.startswith("Lupa julkaista kuvat")
    now, incoming = details.split("Paketissa:")
    assert "Kuva 1: ei vahvistettu, ei julkaista" in now
    assert "Kuva 1: saa julkaista, vahvistettu 30.11.2026" in incoming
    assert "Kuva 2: ei vahvistettu, ei julkaista" in incoming
    assert "None" not in details and "2026-11-30" not in details
