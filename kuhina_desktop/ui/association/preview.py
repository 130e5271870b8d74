"""A preview of an opportunity as the published catalogue will show it.

The HTML is built here from escaped text only (every value goes through `html.escape`), and
the browser never follows links or loads anything: the program makes no network request.
"""

from __future__ import annotations

import html

import phonenumbers
from PySide6.QtCore import QDate, QLocale, QTranslator, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kuhina_desktop.domain.checks import parse_date
from kuhina_desktop.domain.model import Opportunity, Snapshot, Text
from kuhina_desktop.domain.vocab import Vocabulary
from kuhina_desktop.ui.i18n import (
    LOCALES,
    Retranslatable,
    qm_folder,
)
from kuhina_desktop.ui.noop import QT_TRANSLATE_NOOP
from kuhina_desktop.ui.widgets.language_choice import language_combo
from kuhina_desktop.ui.widgets.record_models import capitalised

PHOTO_URL = "kuhina-preview:photo"


class Words:
    """The preview's own words in the catalogue's language (not the program's): looked up
    in that language's compiled translation, so they live in the same .ts files."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.locale = QLocale(LOCALES.get(language, "fi_FI"))
        self._translator = QTranslator()
        self._translator.load(str(qm_folder() / f"kuhina_{language}.qm"))

    def __call__(self, text: str) -> str:
        return self._translator.translate("Preview", text) or text

    def day(self, iso: str | None) -> str:
        day = parse_date(iso) if iso else None
        if day is None:
            return ""
        return self.locale.toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat
        )


def readable_phone(phone: str | None) -> str | None:
    """+358401234567 as +358 40 1234567: easier to read and to dial."""
    if not phone:
        return phone
    try:
        number = phonenumbers.parse(phone, "FI")
    except phonenumbers.NumberParseException:
        return phone
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


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
    words = Words(lang)
    no_title = words(QT_TRANSLATE_NOOP("Preview", "(no title)"))
    parts = [f"<h1>{_text(opp.title, lang) or esc(no_title)}</h1>"]
    kind = capitalised(vocab.label("kinds", opp.kind, lang)) if opp.kind else ""
    parts.append(f"<p><b>{esc(kind)}</b> · {_text(org.name, lang)}</p>")
    if with_photo:
        parts.append(f'<p><img src="{PHOTO_URL}" width="320"></p>')
    if lang != "fi" and not (opp.title.get(lang) and opp.description.get(lang)):
        note = words(
            QT_TRANSLATE_NOOP(
                "Preview",
                "Not translated into this language yet: the catalogue shows the Finnish text.",
            )
        )
        parts.append(f"<p><i>{esc(note)}</i></p>")
    parts.append(f"<p>{_text(opp.description, lang)}</p>")

    def section(title: str, body: str) -> None:
        if body:
            parts.append(f"<h3>{esc(title)}</h3><p>{body}</p>")

    section(words(QT_TRANSLATE_NOOP("Preview", "What you learn")), _text(opp.learning, lang))
    section(words(QT_TRANSLATE_NOOP("Preview", "Requirements")), _text(opp.requirements, lang))
    groups = ", ".join(vocab.label("target_groups", c, lang) for c in opp.target_groups)
    section(words(QT_TRANSLATE_NOOP("Preview", "For whom")), esc(groups))
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
            where.append(
                esc(words(QT_TRANSLATE_NOOP("Preview", "Accessibility: %1")).replace("%1", access))
            )
    municipalities = ", ".join(vocab.label("municipalities", c, lang) for c in opp.municipalities)
    if municipalities:
        where.append(
            esc(
                words(QT_TRANSLATE_NOOP("Preview", "Municipalities: %1")).replace(
                    "%1", municipalities
                )
            )
        )
    section(words(QT_TRANSLATE_NOOP("Preview", "Where")), "<br>".join(where))
    languages = ", ".join(vocab.label("languages", c, lang) for c in opp.languages)
    section(words(QT_TRANSLATE_NOOP("Preview", "Languages")), esc(languages))
    when = []
    if opp.starts_on or opp.ends_on:
        when.append(
            esc(
                words(QT_TRANSLATE_NOOP("Preview", "From %1 to %2"))
                .replace("%1", words.day(opp.starts_on) or "…")
                .replace("%2", words.day(opp.ends_on) or "…")
            )
        )
    else:
        when.append(
            esc(words(QT_TRANSLATE_NOOP("Preview", "Continuous: you can start at any time.")))
        )
    hours = opp.hours_per_week
    if hours and hours.min is not None:
        text = (
            words(QT_TRANSLATE_NOOP("Preview", "%1–%2 hours a week"))
            .replace("%1", f"{hours.min:g}")
            .replace("%2", f"{hours.max:g}")
            if hours.max is not None and hours.max != hours.min
            else words(QT_TRANSLATE_NOOP("Preview", "%1 hours a week")).replace(
                "%1", f"{hours.min:g}"
            )
        )
        when.append(esc(text))
    if opp.duration:
        when.append(_text(opp.duration, lang))
    if opp.places is not None:
        places = words(QT_TRANSLATE_NOOP("Preview", "Free places: %1")).replace(
            "%1", str(opp.places)
        )
        if opp.places_updated_on:
            places += " " + words(QT_TRANSLATE_NOOP("Preview", "(checked %1)")).replace(
                "%1", words.day(opp.places_updated_on)
            )
        when.append(esc(places))
    section(words(QT_TRANSLATE_NOOP("Preview", "When")), "<br>".join(when))
    apply = [_text(opp.how_to_apply, lang)] if opp.how_to_apply else []
    if opp.referral_required:
        apply.append(
            esc(
                words(QT_TRANSLATE_NOOP("Preview", "You need a referral from employment services."))
            )
        )
    apply.append(
        _text(opp.cost, lang)
        if opp.cost and not opp.cost.is_empty()
        else esc(words(QT_TRANSLATE_NOOP("Preview", "Free of charge.")))
    )
    section(words(QT_TRANSLATE_NOOP("Preview", "How to apply")), "<br>".join(a for a in apply if a))
    if contact is not None:
        lines = [esc(contact.name)]
        if contact.role:
            lines.append(_text(contact.role, lang))
        lines += [esc(v) for v in (readable_phone(contact.phone), contact.email) if v]
        section(words(QT_TRANSLATE_NOOP("Preview", "Contact")), "<br>".join(lines))
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
        self.language = language_combo(self)
        self.language.activated.connect(self.on_language_activated)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
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
        row = QHBoxLayout()
        row.addWidget(self.language_label)
        row.addWidget(self.language)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 640)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Preview: how the catalogue will show this"))
        self.browser.setAccessibleName(self.tr("Preview of the opportunity"))
        self.language_label.setText(self.tr("Show in:"))
        self.show_in(self.language.currentData())

    def show_in(self, language: str) -> None:
        """The catalogue in each of its languages, whatever the program's language."""
        opp, snapshot, vocab = self._args
        self.browser.setHtml(
            opportunity_html(opp, snapshot, vocab, language, with_photo=not self._photo.isNull())
        )

    def on_language_activated(self, index: int) -> None:
        self.show_in(self.language.itemData(index))
