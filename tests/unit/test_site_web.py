"""Publishing the web catalogue for the web: with a base address every page has its canonical
address and Open Graph tags, sitemap.xml lists every list and opportunity page, robots.txt
names it; without one the site is as before. The accessibility statement is in every
language and every page's footer links to it. Bad settings are refused, translated."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date
from html import escape, unescape
from pathlib import Path

import pytest

from kuhina_desktop.catalogue.published import PublishedCatalogue
from kuhina_desktop.catalogue.web_checks import without_how_to_apply
from kuhina_desktop.domain.model import Environment, Opportunity, Text
from kuhina_desktop.domain.vocab import load_vocabulary
from kuhina_desktop.errors import KnownError
from kuhina_desktop.exports import site_web
from kuhina_desktop.exports.site import STATEMENT_PAGE, publish_site
from kuhina_desktop.exports.site_data import page_slug, strings_for
from kuhina_desktop.exports.site_settings import SiteSettings, checked_settings
from kuhina_desktop.exports.site_web import Sitemap
from kuhina_desktop.messages import translate
from kuhina_desktop.services.site_settings import load_site_settings, save_site_settings
from tests.unit.published_fixtures import published_from_demo
from tests.unit.site_files import LANGS, parse, prefix
from tests.unit.test_site_lists import files

TODAY = date(2026, 11, 28)
BASE = "https://tyo.example.org/kuhina/"
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(scope="module")
def catalogue() -> PublishedCatalogue:
    return published_from_demo(orgs=4, opps=12, seed=5)


@pytest.fixture(scope="module")
def based(catalogue: PublishedCatalogue, tmp_path_factory: pytest.TempPathFactory) -> Path:
    settings = checked_settings("https://TYO.example.org/kuhina", "palaute@example.fi")
    out = tmp_path_factory.mktemp("based") / "site"
    return publish_site(catalogue, out, today=TODAY, settings=settings, page_size=10)


@pytest.fixture(scope="module")
def plain(catalogue: PublishedCatalogue, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return publish_site(
        catalogue, tmp_path_factory.mktemp("plain") / "site", today=TODAY, page_size=10
    )


def pages(out: Path) -> list[Path]:
    return sorted(p for p in out.rglob("*.html"))


def head_links(page: Path) -> dict[str, str]:
    found = {}
    for tag, attrs in parse(page).tags:
        if tag == "link" and attrs.get("rel") == "canonical":
            found["canonical"] = str(attrs["href"])
        if tag == "meta" and str(attrs.get("property", "")).startswith("og:"):
            found[str(attrs["property"])] = str(attrs.get("content"))
    return found


def test_every_page_but_the_embed_has_its_canonical_address(based: Path) -> None:
    for page in pages(based):
        path = page.relative_to(based).as_posix()
        links = head_links(page)
        if path.endswith("embed.html"):
            assert "canonical" not in links, path
            continue
        assert links["canonical"] == BASE + path, path
        assert links["og:url"] == BASE + path
        assert links["og:title"] and links["og:locale"] in ("fi_FI", "sv_FI", "en_GB")
        title = "".join(parse(page).text).strip()
        assert links["og:title"].split(" – ")[0] in title, path


def test_opportunity_pages_describe_themselves(based: Path, catalogue: PublishedCatalogue) -> None:
    _org, opp = next(iter(catalogue.opportunities()))
    page = based / "sv" / "tarjous" / f"{page_slug(opp.id)}.html"
    links = head_links(page)
    assert links["og:title"] == (opp.title.sv or opp.title.fi)
    description = " ".join((opp.description.sv or opp.description.fi).split())
    assert links["og:description"].rstrip(" …") in description


def test_sitemap_lists_every_list_and_opportunity_page(
    based: Path, catalogue: PublishedCatalogue
) -> None:
    tree = ET.parse(based / "sitemap.xml")
    listed = [e.text for e in tree.getroot().iter(f"{SITEMAP_NS}loc")]
    assert len(listed) == len(set(listed))
    expected = {
        BASE + page.relative_to(based).as_posix()
        for page in pages(based)
        if page.name != "embed.html"
    }
    assert set(listed) == expected
    for lang in LANGS:
        for _org, opp in catalogue.opportunities():
            assert f"{BASE}{prefix(lang)}tarjous/{page_slug(opp.id)}.html" in listed
        assert f"{BASE}{prefix(lang)}sivu/2.html" in listed
    robots = (based / "robots.txt").read_text(encoding="utf-8")
    assert f"Sitemap: {BASE}sitemap.xml" in robots.splitlines()


def test_a_large_sitemap_is_an_index_of_parts(tmp_path: Path) -> None:
    written: dict[str, str] = {}
    sitemap = Sitemap(BASE, written.__setitem__, limit=3)
    for n in range(7):
        sitemap.add(f"tarjous/{n}.html")
    sitemap.finish()
    assert sorted(written) == ["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"]
    index = ET.fromstring(written["sitemap.xml"])
    assert index.tag == f"{SITEMAP_NS}sitemapindex"
    parts = [e.text for e in index.iter(f"{SITEMAP_NS}loc")]
    assert parts == [f"{BASE}sitemap-{n}.xml" for n in (1, 2, 3)]
    urls = [
        e.text
        for name in ("sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml")
        for e in ET.fromstring(written[name]).iter(f"{SITEMAP_NS}loc")
    ]
    assert urls == [f"{BASE}tarjous/{n}.html" for n in range(7)]
    assert site_web.SITEMAP_LIMIT == 50_000


def test_without_a_base_address_nothing_is_absolute(plain: Path) -> None:
    assert not (plain / "sitemap.xml").exists() and not (plain / "robots.txt").exists()
    for page in pages(plain):
        assert head_links(page) == {}, page
        for tag, attrs in parse(page).tags:
            href = str(attrs.get("href") or attrs.get("src") or "")
            if tag in ("link", "script", "img", "iframe"):
                assert not href.startswith(("http:", "https:", "//")), (page, href)


def test_publishing_with_a_base_address_twice_writes_the_same_bytes(
    based: Path, catalogue: PublishedCatalogue, tmp_path: Path
) -> None:
    settings = checked_settings(BASE, "palaute@example.fi")
    again = publish_site(
        catalogue, tmp_path / "again", today=TODAY, settings=settings, page_size=10
    )
    assert files(again) == files(based)


def test_statement_in_every_language_linked_from_every_footer(based: Path, plain: Path) -> None:
    for lang in LANGS:
        statement = based / prefix(lang) / STATEMENT_PAGE
        text = "".join(parse(statement).text)
        assert "palaute@example.fi" in text
        mails = [
            a["href"]
            for t, a in parse(statement).tags
            if t == "a" and a.get("href", "").startswith("mailto:")
        ]
        assert mails == ["mailto:palaute@example.fi"]
        assert next(a for t, a in parse(statement).tags if t == "html")["lang"] == lang
        assert "palaute@" not in "".join(parse(plain / prefix(lang) / STATEMENT_PAGE).text)
    for out in (based, plain):
        for page in pages(out):
            depth = len(page.relative_to(out).parts) - 1
            footer = page.read_text(encoding="utf-8").split('<footer class="site-footer">', 1)[1]
            lang = next(a for t, a in parse(page).tags if t == "html")["lang"]
            target = "../" * depth + prefix(str(lang)) + STATEMENT_PAGE
            assert f'href="{target}"' in footer, page


@pytest.mark.parametrize(
    ("base", "email", "code"),
    [
        ("ftp://example.fi/", None, "site_base_url_invalid"),
        ("www.example.fi", None, "site_base_url_invalid"),
        ("https://example.fi/?x=1", None, "site_base_url_invalid"),
        ('https://example.fi/"><script>', None, "site_base_url_invalid"),
        ("https://exa mple.fi/", None, "site_base_url_invalid"),
        (None, "not an address", "site_feedback_email_invalid"),
        (None, "a@b.fi?subject=<b>", "site_feedback_email_invalid"),
    ],
)
def test_bad_settings_are_refused_in_every_language(
    base: str | None, email: str | None, code: str, tmp_path: Path
) -> None:
    with pytest.raises(KnownError) as caught:
        save_site_settings(tmp_path, base, email)
    assert caught.value.code == code
    for lang in LANGS:
        message = caught.value.message(lang)
        assert message and message != code and "{" not in message
    assert translate(code, "sv") != translate(code, "fi")
    assert not list(tmp_path.iterdir())  # nothing saved


def test_settings_are_remembered(tmp_path: Path) -> None:
    assert load_site_settings(tmp_path) == SiteSettings()
    saved = save_site_settings(tmp_path, " https://Kuhina.example.fi ", "palaute@example.fi")
    assert saved == SiteSettings("https://kuhina.example.fi/", "palaute@example.fi")
    assert load_site_settings(tmp_path) == saved
    (tmp_path / "web-catalogue.json").write_text('{"base_url": "javascript:x"}')
    assert load_site_settings(tmp_path) == SiteSettings()


def test_offers_without_how_to_apply_are_flagged_and_show_the_contact(tmp_path: Path) -> None:
    catalogue = published_from_demo(orgs=8, opps=20, seed=3)
    flagged = without_how_to_apply(catalogue)
    missing = [
        (org, opp)
        for org, opp in catalogue.opportunities()
        if not opp.how_to_apply
        or not (opp.how_to_apply.fi or opp.how_to_apply.sv or opp.how_to_apply.en)
    ]
    assert missing, "the demo should have opportunities without how-to-apply text"
    assert [f.opportunity_id for f in flagged] == [opp.id for _org, opp in missing]
    assert {f.flag for f in flagged} == {"no_how_to_apply"}
    out = publish_site(catalogue, tmp_path / "site", today=TODAY)
    org, opp = missing[0]
    for lang in LANGS:
        page = out / prefix(lang) / "tarjous" / f"{page_slug(opp.id)}.html"
        html = page.read_text(encoding="utf-8")
        apply = html.split('id="h-apply"', 1)[1].split("</section>", 1)[0]
        assert strings_for(lang)["apply_fallback"] in unescape(apply)
        links = [str(a.get("href")) for t, a in parse(page).tags if t == "a"]
        contact = next(c for c in org.organisation.contacts if c.id == opp.contact_id)
        for value, scheme in (
            (contact.phone or org.organisation.phone, "tel:"),
            (contact.email or org.organisation.email, "mailto:"),
        ):
            if value:
                assert any(h.startswith(scheme) and h in apply for h in links), (lang, scheme)


def test_a_text_only_in_finnish_says_so_in_the_page_language(
    based: Path, catalogue: PublishedCatalogue
) -> None:
    finnish_only = [
        opp
        for _org, opp in catalogue.opportunities()
        if opp.description.fi and not opp.description.sv and not opp.description.en
    ]
    assert finnish_only, "the demo should have descriptions only in Finnish"
    slug = page_slug(finnish_only[0].id)
    for lang, note in (("sv", "Texten finns bara på finska."), ("en", "only in Finnish.")):
        html = (based / lang / "tarjous" / f"{slug}.html").read_text(encoding="utf-8")
        section = html.split('id="h-description"', 1)[1].split("</section>", 1)[0]
        assert '<p class="language-note">' in section and note in section
        assert '<div class="prose" dir="auto" lang="fi">' in section
        assert "&lt;p&gt;" not in html  # the note and the text are escaped once, not twice
    html = (based / "tarjous" / f"{slug}.html").read_text(encoding="utf-8")
    assert "language-note" not in html.split('id="h-description"', 1)[1].split("</section>")[0]


def test_cards_show_the_place_apart_from_the_municipalities_served(
    based: Path, catalogue: PublishedCatalogue
) -> None:
    vocab = load_vocabulary()
    for lang in LANGS:
        cards = {}
        page = (based / prefix(lang) / "index.html").read_text(encoding="utf-8")
        for chunk in page.split('<li class="result" data-id="')[1:]:
            slug = chunk.split('"', 1)[0]
            cards[slug] = unescape(re.sub(r"<[^>]+>", "", chunk.split("</li>", 1)[0]))
        assert len(cards) == 10
        for org, opp in catalogue.opportunities():
            card = cards.get(page_slug(opp.id))
            if card is None:
                continue
            env = org.environment(opp.environment_id)
            s = strings_for(lang)
            if env is None:
                assert f"{s['place_label']}: {s['place_unknown']}" in card
            else:
                assert env.address.street and env.address.municipality  # as the demo has them
                town = vocab.label("municipalities", env.address.municipality, lang)
                place = f"{env.address.street}, {town}"
                if "remote_possible" in env.accessibility:
                    place = s["place_also_remote"].format(place=place)
                assert f"{s['place_label']}: {place}" in card
            served = ", ".join(vocab.label("municipalities", c, lang) for c in opp.municipalities)
            assert f"{s['served_label']}: {served}" in card


def test_a_remote_place_and_a_place_not_given(tmp_path: Path) -> None:
    base = published_from_demo(orgs=1, opps=2, seed=2)
    org = base.organisations[0]
    remote = Environment(name=Text(fi="Etäpaja"), accessibility=["remote_possible"])
    opps = [
        Opportunity(environment_id=remote.id, title=Text(fi="Etätyö"), municipalities=["167"],
                    status="published"),
        Opportunity(environment_id=None, title=Text(fi="Jossain"), municipalities=["167"],
                    status="published"),
    ]  # fmt: skip
    first = replace(
        org, environments=[*org.environments, remote], opportunities=[*org.opportunities, *opps]
    )
    catalogue = replace(base, organisations=[first])
    out = publish_site(catalogue, tmp_path / "site", today=TODAY)
    for lang in LANGS:
        s = strings_for(lang)
        html = (out / prefix(lang) / "tarjous" / f"{page_slug(opps[0].id)}.html").read_text()
        assert f'<dd dir="auto">{escape(s["place_remote"])}</dd>' in html
        html = (out / prefix(lang) / "tarjous" / f"{page_slug(opps[1].id)}.html").read_text()
        assert f'<dd dir="auto">{escape(s["place_unknown"])}</dd>' in html


TRADE_WORDS = ("Valmennusympäristö", "Kohderyhmä", "Toimintakieli", "Edellytykset",
               "Samtidigt med", "Målgrupp", "Target group", "Verksamhetsspråk")  # fmt: skip


def test_the_job_seekers_words_are_plain() -> None:
    """The words of the trade the job seekers' test found unclear are gone, in every
    language; every label is short."""
    for lang in LANGS:
        s = strings_for(lang)
        for key, text in s.items():
            for word in TRADE_WORDS:
                assert word.lower() not in text.lower(), (lang, key, word)
        for key in ("target_groups", "requirements", "language_label", "environment",
                    "capacity", "kind_label", "place_label", "served_label"):  # fmt: skip
            assert len(s[key].split()) <= 6, (lang, key)


def test_embed_help_carries_the_base_address(based: Path, plain: Path) -> None:
    for lang in LANGS:
        html = unescape((based / prefix(lang) / "embed-ohje.html").read_text(encoding="utf-8"))
        assert f'<script src="{BASE}embed.js" data-kunta="167" data-kieli="{lang}" async>' in html
        assert f'<iframe src="{BASE}embed.html?kunta=167' in html
        assert "www.example.fi" not in html
        assert 'data-placeholder=""' in html  # nothing for the script to replace
        plain_html = (plain / prefix(lang) / "embed-ohje.html").read_text(encoding="utf-8")
        assert 'data-placeholder="https://www.example.fi/kuhina/"' in plain_html
