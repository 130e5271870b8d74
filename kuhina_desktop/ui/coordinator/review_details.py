"""The review's texts beside the list: the selected change in full (old → new with the
changed words marked), a whole new or removed record field by field, and the consequences
of the rejections in plain words (dependent changes stay whole).

Package text is untrusted: every value is escaped before it becomes HTML.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication

from kuhina_desktop.catalogue.review import ReviewedChange
from kuhina_desktop.domain.vocab import Vocabulary
from kuhina_desktop.ui.coordinator import texts
from kuhina_desktop.ui.coordinator.review_model import RecordGroup, ReviewModel
from kuhina_desktop.ui.coordinator.review_words import word_diff_html
from kuhina_desktop.ui.coordinator.values import field_label, record_html

C = "Review"


def _block(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def decision_html(model: ReviewModel, change: ReviewedChange) -> str:
    return f"<p><b>{_block(model.decision_text(change.change_id))}</b></p>"


def group_html(model: ReviewModel, vocab: Vocabulary, group: RecordGroup) -> str:
    title = f"<h3>{_block(texts.record_type(group.record_type))}: {_block(group.label)}</h3>"
    hidden = ""
    if group.hidden:
        hidden = (
            "<p><b>"
            + _block(
                QCoreApplication.translate(
                    "Review",
                    "You have hidden this record. It stays hidden whatever you decide here.",
                )
            )
            + "</p>"
        )
    if group.kind == "changed":
        rows = "".join(change_row(model, c) for c in group.changes)
        return title + hidden + f"<table cellspacing='4'>{rows}</table>"
    change = group.changes[0]
    record = change.new if change.kind == "added" else change.old
    intro = (
        QCoreApplication.translate("Review", "A new record:")
        if change.kind == "added"
        else QCoreApplication.translate(
            "Review",
            "The package no longer has this record; accepting removes it from the catalogue:",
        )
    )
    body = ""
    if isinstance(record, dict):
        body = record_html(vocab, group.record_type, record, model.references)
    return title + hidden + decision_html(model, change) + f"<p>{_block(intro)}</p>" + body


def _sides(model: ReviewModel, change: ReviewedChange) -> tuple[str, str]:
    return word_diff_html(
        model.value_text(change, change.old), model.value_text(change, change.new)
    )


def change_row(model: ReviewModel, change: ReviewedChange) -> str:
    label = _block(field_label(change.record_type, change.field))
    old, new = _sides(model, change)
    decision = _block(model.decision_text(change.change_id))
    return (
        f"<tr><th align='left' valign='top'>{label}</th><td valign='top'>{old}</td>"
        f"<td valign='top'>→</td><td valign='top'>{new}</td>"
        f"<td valign='top'><i>{decision}</i></td></tr>"
    )


def change_html(model: ReviewModel, change: ReviewedChange) -> str:
    label = _block(field_label(change.record_type, change.field))
    old, new = _sides(model, change)
    record = f"{texts.record_type(change.record_type)}: {change.label}"
    now = _block(QCoreApplication.translate("Review", "Now in the catalogue:"))
    incoming = _block(QCoreApplication.translate("Review", "In the package:"))
    legend = _block(
        QCoreApplication.translate(
            "Review", "Removed words are struck through, added words are underlined."
        )
    )
    return (
        f"<h3>{label}</h3><p>{_block(record)}</p>"
        + decision_html(model, change)
        + f"<p><b>{now}</b><br>{old}</p>"
        + f"<p><b>{incoming}</b><br>{new}</p>"
        + f"<p><small>{legend}</small></p>"
    )


def consequence_text(consequence: Any) -> str:
    """One consequence of a rejection (`catalogue.dependencies.Consequence`) as a sentence."""
    dependent = consequence.dependent_label or consequence.dependent
    cause = consequence.cause_label or consequence.cause
    if consequence.outcome == "rejected_too":
        if consequence.dependent_type == "environment":
            return QCoreApplication.translate(
                "Review",
                "The removal of the place “{dependent}” is rejected too: an opportunity stays "
                "there, so the catalogue keeps the place as it is now.",
            ).format(dependent=dependent)
        if consequence.dependent_type == "organisation":
            return QCoreApplication.translate(
                "Review",
                "The new contact list of “{dependent}” is rejected too: an opportunity still "
                "names a contact person it would remove.",
            ).format(dependent=dependent)
        if consequence.link == "contact":
            return QCoreApplication.translate(
                "Review",
                "“{dependent}” is rejected too: it names a contact person of the rejected "
                "contact list of “{cause}”.",
            ).format(dependent=dependent, cause=cause)
        return QCoreApplication.translate(
            "Review",
            "“{dependent}” is rejected too: it takes place at “{cause}”, which is rejected. "
            "It stays as the catalogue has it now (a new one is not added).",
        ).format(dependent=dependent, cause=cause)
    if consequence.link == "contact":
        return QCoreApplication.translate(
            "Review",
            "“{dependent}” keeps its contact person as the catalogue has it now (the contact "
            "list of “{cause}” is not changed).",
        ).format(dependent=dependent, cause=cause)
    return QCoreApplication.translate(
        "Review",
        "“{dependent}” keeps the place “{cause}” as the catalogue has it now (its address and "
        "opening hours included).",
    ).format(dependent=dependent, cause=cause)
