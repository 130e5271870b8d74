"""The review as a coordinator uses it: several packages chosen in the inbox and reviewed
in one flow (oldest arrival first, next/previous, "accept all remaining"), the
consequences of rejecting a place said before the import, and values a person can read
(names instead of ids, translated labels, the changed words marked)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle
from pytestqt.qtbot import QtBot

from kuhina_desktop.domain import model
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from kuhina_desktop.ui.coordinator.dialogs import ReasonDialog
from kuhina_desktop.ui.coordinator.inbox_model import DONE, READY, InboxModel
from kuhina_desktop.ui.coordinator.review import ReviewDialog
from kuhina_desktop.ui.coordinator.review_words import changed_words, cut_at_word
from kuhina_desktop.ui.coordinator.window import CoordinatorWindow
from kuhina_desktop.ui.i18n import Translations
from kuhina_desktop.ui.roles import WindowContext
from kuhina_desktop.ui.widgets.confirm import Confirm
from tests.catalogue_support.packages import Publisher, publishers, retitle
from tests.unit.test_catalogue_dependencies import move_to_a_new_place

ACCEPT = "accept_all"


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


def trusted(window: CoordinatorWindow, count: int, seed: int) -> list[Publisher]:
    pubs = publishers(count, opportunities=4, seed=seed)
    for pub in pubs:
        done = window.workspace.import_package(pub.export(), trust_new=True, decisions=ACCEPT)
        assert done.done
    return pubs


def drop(window: CoordinatorWindow, folder: Path, packages: list[tuple[str, bytes]]) -> list[Path]:
    """Package files that arrived in the order given (their modification times say so)."""
    folder.mkdir(exist_ok=True)
    paths = []
    for number, (name, data) in enumerate(packages):
        path = folder / name
        path.write_bytes(data)
        os.utime(path, (1_800_000_000 + number * 60,) * 2)
        paths.append(path)
    window.inbox.add_files(list(reversed(paths)))  # added in another order than they came
    return paths


def select_all(window: CoordinatorWindow) -> None:
    table = window.inbox.table
    table.selectAll()
    assert len(table.selectionModel().selectedRows()) == window.inbox.model.rowCount()


def test_a_days_packages_in_one_flow(
    window: CoordinatorWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pubs = trusted(window, 3, seed=61)
    names = ["c-viimeinen.kuhina", "a-ensimmainen.kuhina", "b-toinen.kuhina"]
    packages = [
        (name, pub.edit(retitle(0, f"Uusi otsikko {n}")).export())
        for n, (name, pub) in enumerate(zip(names, pubs, strict=True))
    ]
    paths = drop(window, tmp_path / "saapuneet", packages)
    inbox = window.inbox
    # Sorted by arrival on start, whatever the names or the order they were added in.
    shown = [
        inbox.proxy.data(inbox.proxy.index(row, InboxModel.FILE))
        for row in range(inbox.proxy.rowCount())
    ]
    assert shown == names
    select_all(window)
    assert inbox.review_button.isEnabled()
    inbox.on_review_clicked()
    review = inbox.review_dialog
    assert isinstance(review, ReviewDialog) and review.isVisible()
    assert [t.review.organisation_name for t in review.targets] == [
        p.snapshot.organisation.name.fi for p in pubs
    ]
    assert review.position_label.text().startswith("Package 1 of 3")
    assert not review.previous_button.isEnabled() and review.next_button.isEnabled()
    review.on_next_clicked()
    assert review.position_label.text().startswith("Package 2 of 3")
    review.on_previous_clicked()

    # Reject the title change of the first, import it: the flow moves on to the second.
    [title] = [c for c in review.model.review.changes if c.field == "title.fi"]
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda *a, **k: "Otsikko sovitaan"))
    assert review.select_change(title.change_id)
    review.on_reject_clicked()
    review.on_import_clicked()
    assert review.position == 1
    second = pubs[1].snapshot.organisation.name.fi
    assert review.result_label.text().endswith(f"Next package: {second}.")

    monkeypatch.setattr(Confirm, "ask", classmethod(lambda *a, **k: True))
    review.on_accept_remaining_clicked()
    outcomes = [t.outcome for t in review.targets]
    assert all(o is not None and o.status == "imported" for o in outcomes)
    assert [o.rejected for o in outcomes if o is not None] == [1, 0, 0]
    assert all(
        inbox.model.record(inbox.model.row_of(str(p.resolve()))).state == DONE for p in paths
    )


def test_rejecting_a_new_place_says_what_else_is_rejected_before_the_import(
    window: CoordinatorWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    [pub] = trusted(window, 1, seed=62)
    _old_place, new_place, moved, new_opportunity = move_to_a_new_place(pub)
    [path] = drop(window, tmp_path / "in", [("muutto.kuhina", pub.export())])
    inbox = window.inbox
    inbox.select_entry(str(path.resolve()))
    assert inbox.current_entry().state == READY
    inbox.on_review_clicked()
    review = inbox.review_dialog
    assert review is not None
    assert not review.consequences.isVisible()
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda *a, **k: "Ei vielä"))
    assert review.select_change(new_place)
    review.on_reject_clicked()

    lines = review.consequence_lines()
    assert review.consequences.isVisible()
    titles = {o.id: o.title.fi for o in pub.snapshot.opportunities}
    assert any(titles[new_opportunity] in line and "rejected too" in line for line in lines)
    assert any("removal of the place" in line for line in lines)
    assert "Rejected too" in review.model.decision_text(new_opportunity)
    _accepted, rejected = review.model.counts()
    assert rejected == 1 + 1 + len(moved) + 1  # the place, the new one, the moves, the removal

    review.on_import_clicked()
    outcome = review.targets[0].outcome
    assert outcome is not None and outcome.status == "imported"
    records = window.workspace.records_of(pub.organisation_id)
    assert new_opportunity not in records.opportunities
    for opportunity in records.opportunities.values():
        assert opportunity["environment_id"] in (*records.environments, None)


def test_values_read_as_words(
    window: CoordinatorWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    [pub] = trusted(window, 1, seed=63)
    contacts = pub.snapshot.organisation.contacts
    assert len(contacts) >= 1
    person = model.Contact(name="Maija Meikäläinen", phone="0401234567")
    place = pub.snapshot.environments[0]

    def change(snapshot: model.Snapshot) -> None:
        snapshot.organisation.contacts.append(person)
        opp = next(o for o in snapshot.opportunities if o.status == "published")
        opp.contact_id = person.id
        words = str(opp.title.fi).split()
        opp.title.fi = " ".join([*words[:-1], "varastossa"])  # the last word replaced
        env = next(e for e in snapshot.environments if e.id == place.id)
        env.address.street = "Rantakatu 12"

    pub.edit(change)
    [path] = drop(window, tmp_path / "in", [("uusi.kuhina", pub.export())])
    window.inbox.select_entry(str(path.resolve()))
    window.inbox.on_review_clicked()
    review = window.inbox.review_dialog
    assert review is not None
    by_field = {c.field: c for c in review.model.review.changes if c.field}
    contact = by_field["contact_id"]
    assert review.select_change(contact.change_id)
    details = review.details.toPlainText()
    assert "Maija Meikäläinen" in details and person.id not in details
    assert "Contact person" in details
    cell = review.model.data(review.tree.currentIndex().siblingAtColumn(review.model.NEW))
    assert cell == "Maija Meikäläinen"

    street = by_field["address.street"]
    assert review.select_change(street.change_id)
    assert review.details.toPlainText().startswith("Street address")
    title = by_field["title.fi"]
    assert review.select_change(title.change_id)
    markup = review.details.toHtml()
    old_title, new_title = str(title.old), str(title.new)
    removed, added = changed_words(old_title, new_title)
    assert (removed, added) == ([old_title.split()[-1]], ["varastossa"])
    # Only the changed word is marked, on each side: struck through and underlined.
    struck = re.findall(r"line-through[^>]*>([^<]*)<", markup)
    underlined = re.findall(r"text-decoration: ?underline[^>]*>([^<]*)<", markup)
    assert struck == removed and underlined == added, markup
    long_value = "Työkokeilu kierrätyskeskuksessa " * 6
    cut = cut_at_word(long_value, 80)
    assert cut.endswith("…") and len(cut) <= 80
    assert cut[:-1].split()[-1] in long_value.split()  # the last word is whole


def test_every_field_of_the_data_contract_has_a_label() -> None:
    """The review names every field in words (`address` and `updated_at` showed as is)."""
    import dataclasses
    import typing

    from kuhina_desktop.ui.widgets import field_texts

    def paths(cls: type, prefix: str = "") -> list[str]:
        found = []
        hints = typing.get_type_hints(cls)
        for f in dataclasses.fields(cls):
            if f.name == "id":
                continue
            found.append(prefix + f.name)
            inner = [a for a in typing.get_args(hints[f.name]) if dataclasses.is_dataclass(a)]
            target = hints[f.name] if dataclasses.is_dataclass(hints[f.name]) else None
            for sub in [target, *inner]:
                if sub is not None and sub is not model.Text and sub is not model.HoursRange:
                    found += paths(sub, prefix + f.name + ".")
        return found

    for record_type, cls in (
        ("organisation", model.Organisation),
        ("environment", model.Environment),
        ("opportunity", model.Opportunity),
    ):
        for path in paths(cls):
            assert field_texts.label(record_type, path) != path, (record_type, path)


def test_every_title_in_the_review_shows_whole(
    window: CoordinatorWindow, tmp_path: Path, translations: Translations
) -> None:
    """A record's row names it in full, wrapped at words in the narrow first column, as
    long values are (the title was cut to "Mahdollisuus: …")."""
    translations.apply("fi")
    [pub] = trusted(window, 1, seed=64)
    long_title = "Työturvallisuuskorttikoulutus ja ensiapukurssi kierrätyskeskuksen väelle"
    pub.edit(retitle(0, long_title))
    [path] = drop(window, tmp_path / "in", [("pitka.kuhina", pub.export())])
    window.inbox.select_entry(str(path.resolve()))
    window.inbox.on_review_clicked()
    review = window.inbox.review_dialog
    assert review is not None
    QApplication.processEvents()
    tree, model = review.tree, review.model
    groups = [model.index(row, model.RECORD) for row in range(model.rowCount())]
    texts = [str(model.data(i)) for i in groups]
    assert any(long_title in t for t in texts), texts
    for index in groups:
        text = str(model.data(index))
        rect = tree.visualRect(index)
        font = model.data(index, Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font if isinstance(font, QFont) else tree.font())
        margin = 2 * (tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        room = rect.width() - margin
        words = text.split()
        assert max(metrics.horizontalAdvance(w) for w in words) <= room, (text, room)
        needed = metrics.boundingRect(
            QRect(0, 0, room, 10_000), int(Qt.TextFlag.TextWordWrap), text
        ).height()
        assert needed <= rect.height(), (text, needed, rect.height())
        assert model.data(index, Qt.ItemDataRole.ToolTipRole) == text
