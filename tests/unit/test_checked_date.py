"""The checked date: one rule (domain.checked), carried to the open data (`assured_date`),
the workbooks (a column) and the web catalogue's data; ended offers leave the lists."""

from __future__ import annotations

from datetime import date

import pytest

from kuhina_desktop.domain.checked import (
    has_ended,
    is_check_due,
    last_checked,
    months_before,
    review_due,
)
from kuhina_desktop.domain.model import Opportunity, Text
from kuhina_desktop.domain.vocab import load_vocabulary
from kuhina_desktop.exports.excel_columns import COLUMNS, Labels, OrgRows
from kuhina_desktop.exports.hsds import assured_date
from kuhina_desktop.exports.site_data import list_item
from kuhina_desktop.exports.site_js import item_record
from tests.unit.published_fixtures import published_from_demo

TODAY = date(2027, 3, 31)


def offer(**kw: object) -> Opportunity:
    base = {"title": Text(fi="Läksyapu"), "status": "published",
            "updated_at": "2026-01-02T10:00:00+02:00"}  # fmt: skip
    return Opportunity(**{**base, **kw})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("today", "months", "expected"),
    [(date(2027, 3, 31), 1, date(2027, 2, 28)), (date(2028, 3, 31), 1, date(2028, 2, 29)),
     (date(2027, 3, 31), 6, date(2026, 9, 30)), (date(2027, 1, 15), 13, date(2025, 12, 15))],
)  # fmt: skip
def test_months_before_keeps_to_the_calendar(today: date, months: int, expected: date) -> None:
    assert months_before(today, months) == expected


def test_the_checked_day_is_the_later_of_marked_and_changed() -> None:
    assert last_checked(offer(reviewed_on="2026-12-01")) == date(2026, 12, 1)
    assert last_checked(offer(reviewed_on="2025-05-05")) == date(2026, 1, 2)
    assert last_checked(offer(updated_at="")) is None
    assert last_checked(offer(updated_at="", reviewed_on="not a day")) is None
    assert is_check_due(date(2026, 9, 29), TODAY) and not is_check_due(date(2026, 9, 30), TODAY)
    assert is_check_due(None, TODAY)
    assert review_due(offer(), TODAY) and not review_due(offer(reviewed_on="2027-03-01"), TODAY)
    assert not review_due(offer(status="closed"), TODAY)


def test_an_offer_has_ended_the_day_after_its_end_date() -> None:
    assert not has_ended(offer(ends_on="2027-03-31"), TODAY)
    assert has_ended(offer(ends_on="2027-03-30"), TODAY)
    assert not has_ended(offer(ends_on=None), TODAY) and not has_ended(offer(ends_on="x"), TODAY)


def test_open_data_workbooks_and_site_data_carry_the_same_day() -> None:
    catalogue = published_from_demo(orgs=1, opps=3, seed=2)
    org = catalogue.organisations[0]
    checked = offer(reviewed_on="2027-03-12")
    assert assured_date(checked) == "2027-03-12"
    assert assured_date(offer(updated_at="")) is None
    keys = [c.key for c in COLUMNS]
    row = OrgRows(org, Labels(load_vocabulary(), "fi")).row(checked)
    assert row.values[keys.index("checked")] == date(2027, 3, 12)
    for lang, sentence in (("fi", "Tiedot tarkistettu 12.3.2027"),
                           ("sv", "Uppgifterna kontrollerade 12.3.2027"),
                           ("en", "Information checked 2027-03-12")):  # fmt: skip
        item = list_item(org, checked, load_vocabulary(), lang, TODAY)
        assert item.checked == sentence
        assert f'"c":"{sentence}"' in item_record(item, "")
    assert list_item(org, offer(updated_at=""), load_vocabulary(), "fi", TODAY).checked == ""
