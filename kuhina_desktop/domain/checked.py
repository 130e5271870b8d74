"""When an offer was last checked by its association, and when a check is due.

An opportunity counts as checked on the day it was marked checked (`reviewed_on`, the
"Merkitse tarkistetuksi" action) or last changed (`updated_at`), whichever is later: an
association that edits an offer has looked at it. The same day is shown everywhere: the
association's lists and reminders, the coordinator's table, the receipt, the web catalogue
("Tiedot tarkistettu 12.3.2027"), the open data (`assured_date`) and the workbooks.

A check is due six months after that day. Closed opportunities and drafts are never due:
job seekers do not see them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from kuhina_desktop.domain.checks import parse_date
from kuhina_desktop.domain.model import Opportunity

CHECK_DUE_MONTHS = 6
REVIEW_INTERVAL = timedelta(days=183)
FLAGGED_STATUSES = ("published", "paused")


def _day(value: Any) -> date | None:
    return parse_date(value[:10]) if isinstance(value, str) and value else None


def checked_on(reviewed_on: Any, updated_at: Any) -> date | None:
    """The later of the two days, from the contract's strings (None when neither is a day)."""
    known = [d for d in (_day(reviewed_on), _day(updated_at)) if d is not None]
    return max(known) if known else None


def last_checked(opp: Opportunity) -> date | None:
    return checked_on(opp.reviewed_on, opp.updated_at)


def last_checked_json(data: Mapping[str, Any]) -> date | None:
    """`last_checked` of an opportunity held as the contract's JSON."""
    return checked_on(data.get("reviewed_on"), data.get("updated_at"))


def months_before(today: date, months: int) -> date:
    """The same day `months` calendar months earlier (the month's last day if shorter)."""
    month_index = today.year * 12 + today.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    for day in (today.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")  # every month has a 28th


def is_check_due(checked: date | None, today: date, months: int = CHECK_DUE_MONTHS) -> bool:
    """Not checked since `months` months before `today` (or never)."""
    return checked is None or checked < months_before(today, months)


def has_ended(opp: Opportunity, today: date) -> bool:
    """Whether the offer's end date has passed: it then leaves the web lists and workbooks."""
    ends = _day(opp.ends_on)
    return ends is not None and ends < today


def review_due(opp: Opportunity, today: date | None = None) -> bool:
    """An offer job seekers can see that was last checked more than six months ago."""
    if opp.status not in FLAGGED_STATUSES:
        return False
    checked = last_checked(opp)
    return checked is None or (today or date.today()) - checked > REVIEW_INTERVAL
