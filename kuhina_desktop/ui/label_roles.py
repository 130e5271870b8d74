"""Labels that say something beside a field or a step: a hint (grey), a problem (dark red,
bold) and a notice (brown, bold).

`set_role(label, role)` gives a label its role (the `role` property, which tests and
screen readers' tools can see) and the look of that role, as a style sheet of the label's
own. Until issue 19 the same rules were one style sheet of the whole application; that
made every widget of every window go through Qt's style sheet style, which cost about 25 ms
of the association's window's start (more in the forms and dialogs built later), although
only these labels are styled. The rules, and so the look, are the same.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

ROLE_RULES = {
    "hint": "color: #4a4a4a;",
    "problem": "color: #a00000; font-weight: bold;",
    "notice": "color: #6b4200; font-weight: bold;",
}
# The rules as one style sheet of the application, as they were (for comparisons).
STYLE_SHEET = "".join(f'QLabel[role="{role}"] {{ {rule} }}\n' for role, rule in ROLE_RULES.items())


def set_role(label: QLabel, role: str) -> None:
    """Give `label` the role `role` ("hint", "problem" or "notice") and its look."""
    label.setProperty("role", role)
    label.setStyleSheet(f'QLabel[role="{role}"] {{ {ROLE_RULES[role]} }}')
