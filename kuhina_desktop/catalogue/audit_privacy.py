"""The audit log's details without personal data, for exports (issue 20, "Data at rest").

An import's change list keeps the old and new values of every change, and an organisation's
contact people (their names, e-mail addresses and phone numbers) are in it: a change of
`contacts`, an organisation added or removed whole. An export of the log (the coordinator's
CSV, `kuhina catalogue audit --json`) leaves those values out unless the coordinator asks for
them: each contact keeps only what names no one (its id and role), and a change that lost
anything says so with `"personal_data": "left_out"`.

The log itself is not changed here; erasing a person from it is another matter.
"""

from __future__ import annotations

import copy
from typing import Any

CONTACT_KEPT = ("id", "role")  # what of a contact names no person
LEFT_OUT = "left_out"


def without_personal_data(details: dict[str, Any]) -> dict[str, Any]:
    """A copy of an audit entry's details with every contact person's personal values left
    out; `details` is not changed."""
    result = copy.deepcopy(details)
    changes = result.get("changes")
    if isinstance(changes, list):
        for change in changes:
            if isinstance(change, dict) and _strip_change(change):
                change["personal_data"] = LEFT_OUT
    return result


def _strip_change(change: dict[str, Any]) -> bool:
    """Leave the personal values out of one change in place; whether any were there."""
    field = change.get("field")
    about_contacts = isinstance(field, str) and (
        field == "contacts" or field.startswith("contacts.")
    )
    stripped = False
    for side in ("old", "new"):
        if side not in change:
            continue
        value = change[side]
        if about_contacts:
            kept = _contacts(value) if field == "contacts" else None
            stripped |= kept != value
            change[side] = kept
        else:
            stripped |= _strip_nested(value)
    return stripped


def _contacts(value: Any) -> Any:
    """A contacts list with each contact's id and role only; anything else becomes None."""
    if not isinstance(value, list):
        return None
    return [
        {k: c[k] for k in CONTACT_KEPT if k in c} if isinstance(c, dict) else None for c in value
    ]


def _strip_nested(value: Any) -> bool:
    """Strip every `contacts` list inside a whole record (an organisation added or removed)
    in place; whether anything was left out."""
    stripped = False
    if isinstance(value, dict):
        for key, inner in value.items():
            if key == "contacts":
                kept = _contacts(inner)
                stripped |= kept != inner
                value[key] = kept
            else:
                stripped |= _strip_nested(inner)
    elif isinstance(value, list):
        for inner in value:
            stripped |= _strip_nested(inner)
    return stripped
