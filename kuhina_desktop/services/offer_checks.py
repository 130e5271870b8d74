"""Marking offers as checked ("Merkitse tarkistetuksi"), and which are due for a check.

An association confirms that an offer still holds by marking it checked: its `reviewed_on`
becomes today. The package carries that day, and the catalogue shows it everywhere
(`domain.checked`). `due_for_check` lists the offers job seekers see that were last checked
more than six months ago, for the reminder when the window opens.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date

from kuhina_desktop.domain.checked import review_due
from kuhina_desktop.domain.model import Opportunity
from kuhina_desktop.services.changes import Changes
from kuhina_desktop.services.org_workspace import OrgWorkspace


def mark_checked(
    ws: OrgWorkspace, opportunity_ids: Iterable[str], today: date | None = None
) -> Changes:
    """Set `reviewed_on` to today for each of these opportunities (already today: unchanged)."""
    wanted = set(opportunity_ids)
    day = (today or date.today()).isoformat()
    changes = Changes(lists={"opportunities"})
    for opp in ws.snapshot().opportunities:
        if opp.id in wanted and opp.reviewed_on != day:
            changes.merge(ws.save_opportunity(dataclasses.replace(opp, reviewed_on=day)))
    return changes


def due_for_check(ws: OrgWorkspace, today: date | None = None) -> list[Opportunity]:
    """Published or paused offers not checked for six months."""
    return [o for o in ws.snapshot().opportunities if review_due(o, today)]
