"""The static web catalogue: every page is written, every link stays in the folder, and
hostile package texts come out escaped in the HTML and in the JavaScript data."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from published_fixtures import published_from_demo, with_opportunities
from site_files import LANGS, data_set, entries, parse, prefix

from kuhina_desktop.catalogue.published import PublishedCatalogue
from kuhina_desktop.domain.model import Contact, Environment, Opportunity, Text
from kuhina_desktop.domain.vocab import load_vocabulary
from kuhina_desktop.errors import KnownError
from kuhina_desktop.exports.site import CSP, MARKER, publish_site
from kuhina_desktop.exports.site_data import (
    fold,
    load_strings,
    mailto_href,
    page_slug,
    sort_key,
    tel_href,
    web_href,
)
from kuhina_desktop.exports.site_js import js_assignment
from kuhina_desktop.progress import Cancelled, Progress
from kuhina_desktop.resources import resource_path

TODAY = date(2026, 11, 28)
MUNICIPALITIES = [e.code for e in load_vocabulary().entries("municipalities")]
HOSTILE = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "</textarea><b>bold</b>",
    "</script><script>alert(2)</script>",
    "\u202eevil\u202c & \u2028line\u2029 \"quoted\" 'single'",
)
HOSTILE_ID = "../../../../tmp/evil"


def hostile_catalogue() -> PublishedCatalogue:
    """Demo content plus an organisation's worth of hostile texts in every shown field."""
    base = published_from_demo(orgs=3, opps=10, seed=1)
    org = base.organisations[0]
    env = Environment(
        name=Text(fi=HOSTILE[1]),
        description=Text(fi=HOSTILE[0]),
        coaching=Text(fi=HOSTILE[2]),
        photos=["attachments/../../etc/passwd.png", "attachments/" + "0" * 64 + ".png"],
    )
    contact = Contact(
        name=HOSTILE[3],
        email="x@y.fi?subject=<b>",
        phone="javascript:alert(1)",
        consent_given_on="2026-11-01",  # published, so its hostile text reaches the page
        consent_recorded_by=HOSTILE[0],
    )
    organisation = replace(
        org.organisation,
        name=Text(fi=HOSTILE[4]),
        website="javascript:alert(1)",
        contacts=[*org.organisation.contacts, contact],
    )
    extra = [
        Opportunity(
            id=HOSTILE_ID if n == 0 else Opportunity().id,
            environment_id=env.id,
            title=Text(fi=text, sv=text),
            description=Text(fi=text + "\n\n" + HOSTILE[0]),
            learning=Text(fi=text),
            how_to_apply=Text(fi=text),
            municipalities=["167", '"><script>alert(3)</script>'],
            target_groups=["youth", "<b>group</b>"],
            languages=["fi", "<i>lang</i>"],
            kind="<b>kind</b>" if n == 1 else "work_trial",
            contact_id=contact.id,
            status="published",
        )
        for n, text in enumerate(HOSTILE)
    ]
    catalogue = with_opportunities(base, {0: extra})
    first = replace(
        catalogue.organisations[0],
        organisation=organisation,
        environments=[*catalogue.organisations[0].environments, env],
    )
    return replace(catalogue, organisations=[first, *catalogue.organisations[1:]])


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[PublishedCatalogue, Path]:
    catalogue = published_from_demo(orgs=3, opps=10, seed=1)
    out = tmp_path_factory.mktemp("site") / "out"
    return catalogue, publish_site(catalogue, out, today=TODAY)


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[PublishedCatalogue, Path]:
    catalogue = hostile_catalogue()
    out = tmp_path_factory.mktemp("hostile") / "out"
    return catalogue, publish_site(catalogue, out, today=TODAY)


def test_every_page_is_written(demo_site: tuple[PublishedCatalogue, Path]) -> None:
    catalogue, out = demo_site
    slugs = [page_slug(opp.id) for _org, opp in catalogue.opportunities()]
    assert len(slugs) > 10
    for lang in LANGS:
        p = prefix(lang)
        for page in ("index.html", "embed.html", "embed-ohje.html"):
            assert (out / p / page).is_file()
        for code in MUNICIPALITIES:
            assert (out / p / "kunta" / f"{code}.html").is_file()
        for slug in slugs:
            assert (out / p / "tarjous" / f"{slug}.html").is_file()
        _head, records = data_set(out, lang, "kaikki")
        assert sorted(r["i"] for r in records) == sorted(slugs)
        for code in MUNICIPALITIES:
            assert (out / "data" / lang / f"kunta-{code}.js").is_file()
    for name in ("site.css", "catalogue.js", "favicon.svg"):
        assert (out / "assets" / name).is_file()
    assert (out / MARKER).is_file()
    assert not [p.name for p in out.parent.iterdir() if p.name.startswith(".")]


def test_photos_are_copied_by_hash(demo_site: tuple[PublishedCatalogue, Path]) -> None:
    catalogue, out = demo_site
    shown = {
        ref
        for org, opp in catalogue.opportunities()
        if (env := org.environment(opp.environment_id))
        for ref in env.photos
    }
    assert shown, "the demo should have photos"
    for ref in shown:
        name = ref.removeprefix("attachments/")
        assert (out / "kuvat" / name).read_bytes() == catalogue.attachment_loader(ref)


def test_lists_hold_the_right_opportunities(demo_site: tuple[PublishedCatalogue, Path]) -> None:
    catalogue, out = demo_site
    for lang in LANGS:
        listed = entries(out / prefix(lang) / "index.html")
        assert sorted(listed) == sorted(page_slug(o.id) for _g, o in catalogue.opportunities())
        for code in MUNICIPALITIES:
            listed = entries(out / prefix(lang) / "kunta" / f"{code}.html")
            expected = [
                page_slug(o.id) for _g, o in catalogue.opportunities() if code in o.municipalities
            ]
            assert sorted(listed) == sorted(expected)


def test_every_link_stays_in_the_folder(demo_site: tuple[PublishedCatalogue, Path]) -> None:
    _catalogue, out = demo_site
    outside = ("mailto:", "tel:", "http://", "https://")
    for page in out.rglob("*.html"):
        for tag, attrs in parse(page).tags:
            for name in ("href", "src"):
                value = attrs.get(name)
                if value is None or value.startswith("#"):
                    continue
                if tag == "a" and name == "href" and value.startswith(outside):
                    continue  # a contact link the reader may follow; the page requests nothing
                parts = urlsplit(value)
                assert not parts.scheme and not parts.netloc, (page, value)
                assert not parts.path.startswith("/"), (page, value)
                target = (page.parent / unquote(parts.path)).resolve()
                assert target.is_relative_to(out.resolve()), (page, value)
                assert target.is_file(), (page, value)


def test_every_page_has_the_policy_and_no_inline_script(
    demo_site: tuple[PublishedCatalogue, Path],
) -> None:
    _catalogue, out = demo_site
    for page in out.rglob("*.html"):
        tags = parse(page).tags
        csp = [
            a for t, a in tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"
        ]
        assert csp and csp[0]["content"] == CSP
        assert all(a.get("src") for t, a in tags if t == "script"), page
        assert not [n for _t, a in tags for n in a if n.startswith("on") or n == "style"], page
        html = next(a for t, a in tags if t == "html")
        assert html["lang"] in LANGS


def test_templates_never_mark_data_safe() -> None:
    for template in resource_path("site", "templates").glob("*.html"):
        text = template.read_text(encoding="utf-8")
        assert "|safe" not in text.replace(" ", "") and "autoescape false" not in text
    script = resource_path("site", "assets", "catalogue.js").read_text(encoding="utf-8")
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script
    assert "eval(" not in script and "document.write" not in script


def test_hostile_texts_are_escaped_in_html(hostile_site: tuple[PublishedCatalogue, Path]) -> None:
    _catalogue, out = hostile_site
    slug = page_slug(HOSTILE_ID)
    assert slug != HOSTILE_ID and not (out.parent / "tmp").exists()
    details = out / "tarjous" / f"{slug}.html"
    pages = [out / "index.html", out / "sv" / "kunta" / "167.html", details]
    for page in pages:
        raw = page.read_text(encoding="utf-8")
        assert "<script>alert" not in raw and "<img src=x" not in raw and "<b>" not in raw
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in raw
        parsed = parse(page)
        assert [t for t, _a in parsed.tags if t in ("img", "b", "i")] == [] or page == details
        assert "".join(parsed.text).count("<script>alert(1)</script>") >= 1
        hrefs = [a.get("href") or "" for _t, a in parsed.tags]
        assert not [h for h in hrefs if "javascript" in h.lower() or "<" in h], page
    tags = parse(details).tags
    images = [a for t, a in tags if t == "img"]
    assert all(a["src"] and a["src"].startswith("../kuvat/") for a in images)
    assert not [a for t, a in tags if t == "a" and (a.get("href") or "").startswith("mailto:")]


def test_hostile_texts_are_escaped_in_js_data(
    hostile_site: tuple[PublishedCatalogue, Path],
) -> None:
    _catalogue, out = hostile_site
    for lang in LANGS:
        for path in (out / "data" / lang).glob("*.js"):
            body = path.read_text(encoding="utf-8").split(" = ", 1)[1]
            for character in "<>&\u2028\u2029":
                assert character not in body, path
        for name in ("kaikki", "kunta-167"):
            _head, records = data_set(out, lang, name)
            assert set(HOSTILE) <= {record["t"] for record in records}
    assert js_assignment("X", {"a": "</script>"}) == 'window.X = {"a":"\\u003c/script\\u003e"};\n'


def test_embed_snippet_is_text(demo_site: tuple[PublishedCatalogue, Path]) -> None:
    _catalogue, out = demo_site
    raw = (out / "sv" / "embed-ohje.html").read_text(encoding="utf-8")
    assert (
        "&lt;iframe src=&#34;https://www.example.fi/kuhina/embed.html?kunta=167&amp;amp;lang=sv&#34;"
        in raw
    )
    assert "<iframe" not in raw


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://example.fi/a?b=1", "https://example.fi/a?b=1"),
        ("http://example.fi", "http://example.fi"),
        ("javascript:alert(1)", None),
        (" JavaScript:alert(1)", None),
        ("java\tscript:alert(1)", None),
        ("data:text/html,<script>", None),
        ("https:alert(1)", None),
        ("//example.fi", None),
        ("vbscript:x", None),
        ("", None),
        (None, None),
    ],
)
def test_web_href(value: str | None, expected: str | None) -> None:
    assert web_href(value) == expected


def test_mail_and_phone_links() -> None:
    assert mailto_href("info@example.fi") == "mailto:info@example.fi"
    assert mailto_href("a@b.fi?subject=x") is None
    assert mailto_href("javascript:alert(1)//@x.fi") is None
    assert tel_href("+358 40 123 4567") == "tel:+358401234567"
    assert tel_href("javascript:alert(1)") is None


def test_fold_drops_diacritics_and_case() -> None:
    assert fold("Äänekoski CAFÉ Öljy") == "aanekoski cafe oljy"


def test_strings_exist_in_every_language() -> None:
    for key, texts in load_strings().items():
        assert all(texts.get(lang) for lang in LANGS), key


def test_refuses_a_folder_that_is_not_a_site(tmp_path: Path) -> None:
    target = tmp_path / "documents"
    target.mkdir()
    (target / "thesis.odt").write_text("precious")
    with pytest.raises(KnownError) as caught:
        publish_site(published_from_demo(), target, today=TODAY)
    assert caught.value.code == "publish_target_not_site"
    assert [p.name for p in target.iterdir()] == ["thesis.odt"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_republish_replaces_the_old_site(tmp_path: Path) -> None:
    out = tmp_path / "site"
    publish_site(published_from_demo(seed=1), out, today=TODAY)
    old_pages = {p.name for p in (out / "tarjous").iterdir()}
    publish_site(published_from_demo(seed=2), out, today=TODAY)
    new_pages = {p.name for p in (out / "tarjous").iterdir()}
    assert new_pages and not old_pages & new_pages
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_cancel_leaves_the_old_site(tmp_path: Path) -> None:
    out = tmp_path / "site"
    publish_site(published_from_demo(seed=1), out, today=TODAY)
    before = sorted(str(p.relative_to(out)) for p in out.rglob("*"))
    seen: list[int] = []

    def report(done: int, total: int, stage: str) -> None:
        seen.append(done)
        if done == 20:
            progress.cancel()

    progress = Progress(report)
    with pytest.raises(Cancelled):
        publish_site(published_from_demo(seed=2), out, progress=progress, today=TODAY)
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*")) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert max(seen) == 20


def test_progress_reaches_its_total(tmp_path: Path) -> None:
    reports: list[tuple[int, int, str]] = []
    progress = Progress(lambda done, total, stage: reports.append((done, total, stage)))
    publish_site(published_from_demo(), tmp_path / "site", progress=progress, today=TODAY)
    done, total, stage = reports[-1]
    assert done == total > 0 and stage == "publish_site"


def test_ended_opportunities_leave_every_list_but_keep_their_page(tmp_path: Path) -> None:
    ended = Opportunity(
        title=Text(fi="Päättynyt kurssi"),
        description=Text(fi="x"),
        municipalities=["167"],
        ends_on="2026-01-31",
        status="published",
    )
    catalogue = with_opportunities(published_from_demo(), {0: [ended]})
    out = publish_site(catalogue, tmp_path / "site", today=TODAY)
    listed = [p for p in out.rglob("*") if p.is_file() and "tarjous" not in p.parts
              and p.suffix in (".html", ".js")]  # fmt: skip
    assert listed and not [p for p in listed if ended.id in p.read_text(encoding="utf-8")]
    kept = [p for p in listed if p.name == "167.html" and p.parent == out / "kunta"]
    assert kept and "Päättynyt kurssi" not in kept[0].read_text(encoding="utf-8")
    page = out / "tarjous" / f"{page_slug(ended.id)}.html"
    assert "Päättynyt kurssi" in page.read_text(encoding="utf-8")


def test_lists_sort_as_finnish_does() -> None:
    titles = ["Ääniteknikko", "Zumba", "Aamukahvila", "öljynvaihto", "Övning"]
    assert sorted(titles, key=sort_key) == [
        "Aamukahvila", "Zumba", "Ääniteknikko", "öljynvaihto", "Övning",
    ]  # fmt: skip
