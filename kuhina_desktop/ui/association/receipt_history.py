"""What the sent-packages page shows of receipts: a column saying whether each package got
one and its summary, and the chosen package's whole answer with the coordinator's note
(which stays readable here after it was shown once)."""

from __future__ import annotations

from typing import Any

from kuhina_desktop.ui.association.receipt_texts import t


def receipt_cell(receipt: dict[str, Any] | None) -> str:
    if receipt is None:
        return t("receipt_ui_history_none")
    content = receipt["content"]
    rejected = sum(1 for d in content["decisions"] if d["decision"] == "reject")
    return t(
        "receipt_ui_history_summary",
        accepted=len(content["decisions"]) - rejected,
        rejected=rejected,
        hidden=len(content["hidden"]),
    )


def receipt_details(receipt: dict[str, Any] | None) -> str:
    """The chosen package's receipt in full: decisions, hidden records, checks, note."""
    if receipt is None:
        return ""
    content = receipt["content"]
    rejected = [d for d in content["decisions"] if d["decision"] == "reject"]
    lines = [
        t(
            "receipt_ui_summary",
            sequence=content["package"]["sequence"],
            accepted=len(content["decisions"]) - len(rejected),
            rejected=len(rejected),
            hidden=len(content["hidden"]),
            published=len(content["published"]),
        )
    ]
    lines += [t("receipt_ui_rejected_line", label=d["label"], reason=d["reason"]) for d in rejected]
    lines += [
        t("receipt_ui_hidden_line", title=h["title"], reason=h["reason"]) for h in content["hidden"]
    ]
    if content["check_due"]:
        lines.append(t("receipt_ui_check_due", count=len(content["check_due"])))
    if content["note"]:
        lines.append(t("receipt_ui_note", note=content["note"]))
    return "\n".join(lines)
