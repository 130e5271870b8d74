"""When an opportunity is due for review: not checked for six months.

An opportunity counts as checked when it was marked reviewed or last changed, whichever is
later. Closed opportunities and drafts are not flagged: job seekers do not see them.
"""

from __future__ import annotations

from datetime import date, timedelta

from kuhina_desktop.domain.checks import parse_date
from kuhina_desktop.domain.model import Opportunity

REVIEW_INTERVAL = timedelta(days=183)
FLAGGED_STATUSES = ("published", "paused")


def last_checked(opp: Opportunity) -> date | None:
    days = [parse_date(opp.reviewed_on)] if opp.reviewed_on else []
    days.append(parse_date(opp.updated_at[:10]) if opp.updated_at else None)
    known = [d for d in days if d is not None]
    return max(known) if known else None


def review_due(opp: Opportunity, today: date | None = None) -> bool:
    if opp.status not in FLAGGED_STATUSES:
        return False
    checked = last_checked(opp)
    return checked is None or (today or date.today()) - checked > REVIEW_INTERVAL
