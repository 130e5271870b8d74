"""The data the web catalogue shows, built from the PublishedCatalogue for one language.

Every text here comes from associations' packages and is untrusted. Nothing is marked safe:
the templates escape it, the script data is written by `site_js`, links pass `web_href`,
`mailto_href` or `tel_href`, and file names come from `page_slug` and the photo map, never
from a record's text.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from types import SimpleNamespace
from typing import Any
from urllib.parse import urlsplit

from markupsafe import Markup

from kuhina_desktop.catalogue.published import PublishedOrganisation
from kuhina_desktop.domain.checked import has_ended, last_checked
from kuhina_desktop.domain.model import Opportunity, Text
from kuhina_desktop.domain.vocab import Vocabulary
from kuhina_desktop.resources import resource_path

SITE_LANGUAGES = ("fi", "sv", "en")
ALL_JOB_SEEKERS = "all_job_seekers"
SUMMARY_CHARS = 200
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_EMAIL = re.compile(
    r"[A-Za-z0-9._+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)+"
)
_PHONE = re.compile(r"\+?[0-9]{4,16}")
_NO_MARKUP = Markup("")
_NORDIC = {ord("å"): "{", ord("ä"): "|", ord("æ"): "|", ord("ö"): "}", ord("ø"): "}"}  # after z
_LATIN_MARKS = re.compile("[\u0300-\u036f]")  # the combining marks NFKD leaves in Latin text


@cache
def load_strings() -> dict[str, dict[str, str]]:
    """The site's own UI strings, `{key: {"fi", "sv", "en"}}`."""
    raw: dict[str, dict[str, str]] = json.loads(
        resource_path("site", "strings.json").read_text(encoding="utf-8")
    )
    return raw


@cache
def strings_for(lang: str) -> dict[str, str]:
    """The UI strings of one language (shared: do not modify the returned dict)."""
    return {key: texts.get(lang) or texts["fi"] for key, texts in load_strings().items()}


@dataclass(frozen=True)
class Localised:
    """A text and the language it is really in (a fallback may be Finnish on an sv page)."""

    text: str
    lang: str

    def paragraphs(self) -> list[str]:
        return [p.strip() for p in re.split(r"\n\s*\n", self.text) if p.strip()]


def localise(value: Text | None, lang: str) -> Localised | None:
    if value is None:
        return None
    for candidate in (lang, "fi", "sv", "en"):
        text = value.get(candidate)
        if isinstance(text, str) and text.strip():
            return Localised(text.strip(), candidate)
    return None


def lang_attribute(text: Localised | None, page_lang: str) -> Markup:
    """` lang="fi"` when a text fell back to another language than the page's, else nothing."""
    if text is None or text.lang == page_lang:
        return _NO_MARKUP
    return Markup(f' lang="{html.escape(text.lang)}"')


def only_in(text: Localised | None, page_lang: str) -> Markup:
    """A visible note in the page's language when a text is only in another language
    ("Tämä teksti on vain suomeksi."), else nothing."""
    if text is None or text.lang == page_lang or text.lang not in SITE_LANGUAGES:
        return _NO_MARKUP
    note = html.escape(strings_for(page_lang)[f"only_in_{text.lang}"])
    return Markup(f'<p class="language-note">{note}</p>\n')


def language_tag(text: Localised | None, page_lang: str) -> Markup:
    """A short tag for a list entry whose title is in another language ("på finska")."""
    if text is None or text.lang == page_lang or text.lang not in SITE_LANGUAGES:
        return _NO_MARKUP
    tag = html.escape(strings_for(page_lang)[f"tag_only_{text.lang}"])
    return Markup(f' <span class="language-tag">{tag}</span>')


def paragraphs(text: Localised, page_lang: str) -> Markup:
    """A text's paragraphs as <p> elements, each one escaped, after a note when the text is
    not in the page's language."""
    inner = "".join(f"<p>{html.escape(p)}</p>\n" for p in text.paragraphs())
    attribute = lang_attribute(text, page_lang)
    prose = f'<div class="prose" dir="auto"{attribute}>\n{inner}</div>'
    return Markup(str(only_in(text, page_lang)) + prose)  # both escaped already


@cache
def template_strings(lang: str) -> SimpleNamespace:
    """The UI strings for templates: attributes (no failed getattr per use), escaped once."""
    return SimpleNamespace(**{k: Markup(html.escape(v)) for k, v in strings_for(lang).items()})


@cache
def _all_marks() -> re.Pattern[str]:
    """Every combining mark (Unicode category M), as one character class."""
    marks = [c for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)).startswith("M")]
    ranges: list[tuple[int, int]] = []
    for c in marks:
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1] = (ranges[-1][0], c)
        else:
            ranges.append((c, c))
    return re.compile("[" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges) + "]")


def fold(text: str) -> str:
    """Lower case without diacritics, as catalogue.js folds the search words:
    NFKD, every combining mark (Unicode category M) removed, then lower case.

    Most text is ASCII once the Latin marks are gone; only other scripts pay for the
    full class of marks (built once, when first needed)."""
    folded = unicodedata.normalize("NFKD", text)
    if not folded.isascii():
        folded = _LATIN_MARKS.sub("", folded)
        if not folded.isascii():
            folded = _all_marks().sub("", folded)
    return folded.lower()


def sort_key(text: str) -> str:
    """Alphabetical order as Finnish and Swedish have it: å, ä and ö after z."""
    return text.casefold().translate(_NORDIC)


def page_slug(record_id: str) -> str:
    """A file name for a record: its UUID, or a hash when the id is anything else."""
    if _UUID.fullmatch(record_id):
        return record_id.lower()
    return "x" + hashlib.sha256(record_id.encode("utf-8", "replace")).hexdigest()[:32]


def web_href(value: str | None) -> str | None:
    """The URL if it is a plain http(s) address; `javascript:` and the like never link."""
    url = (value or "").strip()
    if not url or len(url) > 2000 or any(c.isspace() or not c.isprintable() for c in url):
        return None
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def mailto_href(value: str | None) -> str | None:
    email = (value or "").strip()
    return "mailto:" + email if _EMAIL.fullmatch(email) else None


def tel_href(value: str | None) -> str | None:
    number = re.sub(r"[\s().-]", "", value or "")
    return "tel:" + number if _PHONE.fullmatch(number) else None


@dataclass(frozen=True)
class ListItem:
    """One opportunity as the lists (server-rendered and catalogue.js) show it."""

    slug: str
    title: Localised
    organisation: Localised
    kind: str
    kind_label: str
    target_groups: tuple[str, ...]
    languages: tuple[str, ...]
    municipalities: tuple[str, ...]
    municipality_labels: str
    place: str  # where it is: the coaching environment's street and town, or "remote"...
    summary: Localised | None
    phone: str | None  # the organisation's general phone, when it makes a link (no person's)
    email: str | None  # likewise its general e-mail
    places: int | None
    ended: bool
    checked: str = ""  # "Tiedot tarkistettu 12.3.2027": when the association last checked it


def summarise(text: Localised | None) -> Localised | None:
    if text is None:
        return None
    flat = " ".join(text.text.split())
    if len(flat) > SUMMARY_CHARS:
        flat = flat[:SUMMARY_CHARS].rsplit(" ", 1)[0] + " …"
    return Localised(flat, text.lang)


def is_ended(opp: Opportunity, today: date) -> bool:
    return has_ended(opp, today)


def day_text(value: date, lang: str) -> str:
    """A day as the pages write it: 12.3.2027 (Finnish, Swedish), 2027-03-12 (English)."""
    return value.isoformat() if lang == "en" else f"{value.day}.{value.month}.{value.year}"


def checked_text(opp: Opportunity, lang: str) -> str:
    """ "Tiedot tarkistettu 12.3.2027" (sv/en likewise), or "" when the day is unknown."""
    day = last_checked(opp)
    return strings_for(lang)["offer_checked"].format(date=day_text(day, lang)) if day else ""


def codes(values: Iterable[Any]) -> tuple[str, ...]:
    """The string codes of an untrusted list, without duplicates."""
    return tuple(dict.fromkeys([v for v in values if isinstance(v, str)]))


REMOTE = "remote_possible"  # an accessibility code of coaching environments


def _plain(value: object) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def place_text(org: PublishedOrganisation, opp: Opportunity, vocab: Vocabulary, lang: str) -> str:
    """Where the opportunity is: the coaching environment's street and municipality (its
    post office when no municipality is given), "remote" when the environment has no street
    but remote work is possible, or "agreed when you apply" when the place is not given."""
    s = strings_for(lang)
    env = org.environment(opp.environment_id)
    if env is None:
        return s["place_unknown"]
    address = env.address
    code = _plain(address.municipality)
    town = vocab.label("municipalities", code, lang) if code else _plain(address.post_office)
    remote = REMOTE in codes(env.accessibility)
    where = ", ".join(part for part in (_plain(address.street), town) if part)
    if not where:
        return s["place_remote"] if remote else s["place_unknown"]
    return s["place_also_remote"].format(place=where) if remote else where


def general_links(org: PublishedOrganisation) -> tuple[str | None, str | None]:
    """The organisation's general phone and e-mail, each only if it makes a tel: or mailto:
    link. The lists and their data files (`data/<lang>/*.js`, which anyone can download
    whole) name no person: a contact person is on the opportunity's own page only."""
    phone, email = org.organisation.phone, org.organisation.email
    phone = phone.strip() if isinstance(phone, str) and tel_href(phone) else None
    email = email.strip() if isinstance(email, str) and mailto_href(email) else None
    return phone, email


@dataclass(frozen=True)
class ListRow:
    """What the lists need of an opportunity before any entry is rendered (its place in
    them, the filters' counts), the same in every language; `list_item` has the rest."""

    slug: str
    kind: str
    target_groups: tuple[str, ...]
    languages: tuple[str, ...]
    municipalities: tuple[str, ...]
    ended: bool


def list_row(opp: Opportunity, today: date) -> ListRow:
    return ListRow(
        slug=page_slug(opp.id),
        kind=opp.kind,
        target_groups=codes(opp.target_groups),
        languages=codes(opp.languages),
        municipalities=codes(opp.municipalities),
        ended=is_ended(opp, today),
    )


def list_title(opp: Opportunity, lang: str) -> Localised:
    """The title an entry shows (and the lists are sorted by)."""
    return localise(opp.title, lang) or Localised(opp.id, "fi")


def list_item(
    org: PublishedOrganisation,
    opp: Opportunity,
    vocab: Vocabulary,
    lang: str,
    today: date,
    memo: dict[int, Any] | None = None,
) -> ListItem:
    """One opportunity's entry. `memo` (one per language, kept while the organisations
    live) keeps what is the same for all of an organisation's entries: its name, general
    links and each coaching environment's place."""
    shared = memo.get(id(org)) if memo is not None else None
    if shared is None or shared[0] is not org:
        phone, email = general_links(org)
        org_name = localise(org.organisation.name, lang) or Localised("", lang)
        env_places: dict[str, str] = {}
        shared = (org, phone, email, org_name, env_places)
        if memo is not None:
            memo[id(org)] = shared
    _org, phone, email, org_name, env_places = shared
    env_id = opp.environment_id
    place = env_places.get(env_id) if isinstance(env_id, str) else None
    if place is None:
        place = place_text(org, opp, vocab, lang)
        if isinstance(env_id, str):
            env_places[env_id] = place
    title = list_title(opp, lang)
    municipalities = codes(opp.municipalities)
    places = (
        opp.places if isinstance(opp.places, int) and not isinstance(opp.places, bool) else None
    )
    return ListItem(
        slug=page_slug(opp.id),
        title=title,
        organisation=org_name,
        kind=opp.kind,
        kind_label=vocab.label("kinds", opp.kind, lang),
        target_groups=codes(opp.target_groups),
        languages=codes(opp.languages),
        municipalities=municipalities,
        municipality_labels=", ".join(
            vocab.label("municipalities", c, lang) for c in municipalities
        ),
        place=place,
        phone=phone,
        email=email,
        summary=summarise(localise(opp.description, lang)),
        places=places,
        ended=is_ended(opp, today),
        checked=checked_text(opp, lang),
    )


def search_text(org: PublishedOrganisation, opp: Opportunity, item: ListItem, lang: str) -> str:
    """What the search box looks in (folded, single spaces): title, organisation,
    description, what one learns, the coaching environment and its town, kind, municipalities.
    Built only for the data files, so the lists do not keep every description in memory."""
    env = org.environment(opp.environment_id)
    env_name = localise(env.name, lang) if env else None
    place = env.address.post_office if env and isinstance(env.address.post_office, str) else ""
    parts = [item.title, item.organisation, localise(opp.description, lang)]
    parts += [localise(opp.learning, lang), env_name]
    texts = [t.text for t in parts if t]
    search = " ".join([*texts, place, item.kind_label, item.municipality_labels])
    return " ".join(fold(search).split())


def code_labels(vocab: Vocabulary, list_name: str, lang: str) -> list[list[str]]:
    """`[[code, label], ...]` in code-list order (an array keeps "090" before "146" in JS)."""
    return [[e.code, e.label(lang)] for e in vocab.entries(list_name)]


def count_text(strings: dict[str, str], count: int) -> str:
    if count == 0:
        return strings["count_none"]
    return strings["count_one"] if count == 1 else strings["count_many"].format(count=count)
