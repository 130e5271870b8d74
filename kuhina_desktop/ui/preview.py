"""A preview of an opportunity as the published catalogue will show it.

The HTML is built here from escaped text only (every value goes through `html.escape`), and
the browser never follows links or loads anything: the program makes no network request.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from kuhina_desktop.domain.model import Opportunity, Snapshot, Text
from kuhina_desktop.domain.vocab import Vocabulary
from kuhina_desktop.ui.i18n import Retranslatable, current_language
from kuhina_desktop.ui.record_models import short_date

PHOTO_URL = "kuhina-preview:photo"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Preview", text)


def _text(value: Text | None, lang: str) -> str:
    """Escaped text in `lang` (falling back to Finnish), line breaks kept."""
    if value is None:
        return ""
    return html.escape(value.best(lang)).replace("\n", "<br>")


def opportunity_html(
    opp: Opportunity, snapshot: Snapshot, vocab: Vocabulary, lang: str, *, with_photo: bool = False
) -> str:
    org = snapshot.organisation
    env = next((e for e in snapshot.environments if e.id == opp.environment_id), None)
    contact = next((c for c in org.contacts if c.id == opp.contact_id), None)
    esc = html.escape
    parts = [f"<h1>{_text(opp.title, lang) or esc(_tr('(no title)'))}</h1>"]
    kind = vocab.label("kinds", opp.kind, lang) if opp.kind else ""
    parts.append(f"<p><b>{esc(kind)}</b> · {_text(org.name, lang)}</p>")
    if with_photo:
        parts.append(f'<p><img src="{PHOTO_URL}" width="320"></p>')
    parts.append(f"<p>{_text(opp.description, lang)}</p>")

    def section(title: str, body: str) -> None:
        if body:
            parts.append(f"<h3>{esc(title)}</h3><p>{body}</p>")

    section(_tr("What you learn"), _text(opp.learning, lang))
    section(_tr("Requirements"), _text(opp.requirements, lang))
    groups = ", ".join(vocab.label("target_groups", c, lang) for c in opp.target_groups)
    section(_tr("For whom"), esc(groups))
    where = []
    if env is not None:
        where.append(_text(env.name, lang))
        address = env.address
        street = ", ".join(
            p for p in (address.street, address.postal_code, address.post_office) if p
        )
        if street:
            where.append(esc(street))
        access = ", ".join(vocab.label("accessibility", c, lang) for c in env.accessibility)
        if access:
            where.append(esc(_tr("Accessibility: %1").replace("%1", access)))
    municipalities = ", ".join(vocab.label("municipalities", c, lang) for c in opp.municipalities)
    if municipalities:
        where.append(esc(_tr("Municipalities: %1").replace("%1", municipalities)))
    section(_tr("Where"), "<br>".join(where))
    languages = ", ".join(vocab.label("languages", c, lang) for c in opp.languages)
    section(_tr("Languages"), esc(languages))
    when = []
    if opp.starts_on or opp.ends_on:
        when.append(
            esc(
                _tr("From %1 to %2")
                .replace("%1", short_date(opp.starts_on) or "…")
                .replace("%2", short_date(opp.ends_on) or "…")
            )
        )
    else:
        when.append(esc(_tr("Continuous: you can start at any time.")))
    hours = opp.hours_per_week
    if hours and hours.min is not None:
        text = (
            _tr("%1–%2 hours a week")
            .replace("%1", f"{hours.min:g}")
            .replace("%2", f"{hours.max:g}")
            if hours.max is not None
            else _tr("%1 hours a week").replace("%1", f"{hours.min:g}")
        )
        when.append(esc(text))
    if opp.duration:
        when.append(_text(opp.duration, lang))
    if opp.places is not None:
        places = _tr("Free places: %1").replace("%1", str(opp.places))
        if opp.places_updated_on:
            places += " " + _tr("(checked %1)").replace("%1", short_date(opp.places_updated_on))
        when.append(esc(places))
    section(_tr("When"), "<br>".join(when))
    apply = [_text(opp.how_to_apply, lang)] if opp.how_to_apply else []
    if opp.referral_required:
        apply.append(esc(_tr("You need a referral from employment services.")))
    apply.append(
        _text(opp.cost, lang)
        if opp.cost and not opp.cost.is_empty()
        else esc(_tr("Free of charge."))
    )
    section(_tr("How to apply"), "<br>".join(a for a in apply if a))
    if contact is not None:
        lines = [esc(contact.name)]
        if contact.role:
            lines.append(_text(contact.role, lang))
        lines += [esc(v) for v in (contact.phone, contact.email) if v]
        section(_tr("Contact"), "<br>".join(lines))
    return "\n".join(parts)


class PreviewDialog(Retranslatable, QDialog):
    """Shows `opportunity_html` in a browser that opens no links."""

    def __init__(
        self,
        opp: Opportunity,
        snapshot: Snapshot,
        vocab: Vocabulary,
        photo: bytes | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._args = (opp, snapshot, vocab)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self._photo = QImage()
        if photo is not None and self._photo.loadFromData(photo):
            self.browser.document().addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(PHOTO_URL), self._photo
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 640)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Preview: how the catalogue will show this"))
        self.browser.setAccessibleName(self.tr("Preview of the opportunity"))
        opp, snapshot, vocab = self._args
        self.browser.setHtml(
            opportunity_html(
                opp, snapshot, vocab, current_language(), with_photo=not self._photo.isNull()
            )
        )
