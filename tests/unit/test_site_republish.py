"""Republishing only what changed (issue 19, docs/web-catalogue.md "Republishing"): after
each change a catalogue can see between two publishes, publishing with the state of the
earlier publish gives the same bytes, file by file, as a full publish into an empty folder,
nothing of the earlier site is left behind, and only the files whose bytes changed were
written (every other file is the earlier site's, the same inode)."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from kuhina_desktop.catalogue.published import PublishedCatalogue, PublishedOrganisation
from kuhina_desktop.domain.model import Opportunity, Text
from kuhina_desktop.exports import site_offers
from kuhina_desktop.exports.site import publish_site
from kuhina_desktop.exports.site_settings import SiteSettings
from tests.unit.published_fixtures import published_from_demo

TODAY = date(2026, 11, 28)
LATER = "2026-12-03T09:00:00+02:00"  # when the changed organisation's package came in
SETTINGS = SiteSettings(base_url="https://www.example.fi/kuhina/")
LANGS = ("", "sv/", "en/")


def publish(
    cat: PublishedCatalogue,
    out: Path,
    state: Path | None = None,
    *,
    today: date = TODAY,
    settings: SiteSettings | None = SETTINGS,
) -> None:
    """Many pages and parts from a small catalogue: 4 entries a page, 6 records a part."""
    publish_site(cat, out, today=today, settings=settings, state=state, page_size=4, part_size=6)


def tree(root: Path) -> dict[str, tuple[bytes, int]]:
    return {
        p.relative_to(root).as_posix(): (p.read_bytes(), p.stat().st_ino)
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def catalogue() -> PublishedCatalogue:
    return published_from_demo(orgs=8, opps=7, seed=5)


def with_org(
    cat: PublishedCatalogue, index: int, change: Callable[[PublishedOrganisation], object]
) -> PublishedCatalogue:
    """The catalogue after organisation `index` sent a package (`change` gives its view)."""
    orgs = list(cat.organisations)
    changed = change(orgs[index])
    if changed is None:
        del orgs[index]
    else:
        assert isinstance(changed, PublishedOrganisation)
        orgs[index] = replace(changed, last_updated=LATER)
    return replace(cat, organisations=orgs)


def with_opp(
    cat: PublishedCatalogue, index: int, change: Callable[[Opportunity], Opportunity]
) -> PublishedCatalogue:
    def apply(org: PublishedOrganisation) -> PublishedOrganisation:
        first, *rest = org.opportunities
        return replace(org, opportunities=[change(first), *rest])

    return with_org(cat, index, apply)


def added(org: PublishedOrganisation) -> PublishedOrganisation:
    new = replace(
        org.opportunities[0], id="0badc0de-0000-4000-8000-000000000001",
        title=Text(fi="Aakkosten alkuun", sv="Först i alfabetet"),
    )  # fmt: skip
    return replace(org, opportunities=[*org.opportunities, new])


def moved(opp: Opportunity) -> Opportunity:
    """To another municipality: one that had no opportunity before gets its pages."""
    return replace(opp, municipalities=["035"])


def renamed(org: PublishedOrganisation) -> PublishedOrganisation:
    """Its name is on every one of its entries and pages."""
    return replace(org, organisation=replace(org.organisation, name=Text(fi="Uusi nimi ry")))


def without_photos(org: PublishedOrganisation) -> PublishedOrganisation:
    environments = [replace(e, photos=[], photo_descriptions=[]) for e in org.environments]
    return replace(org, environments=environments)


SCENARIOS: dict[str, Callable[[PublishedCatalogue], PublishedCatalogue]] = {
    "nothing changed": lambda cat: cat,
    "an offer changed": lambda cat: with_opp(
        cat, 2, lambda o: replace(o, description=Text(fi="Uusi kuvaus.", sv="Ny beskrivning."))
    ),
    "an offer's title changed (its place in the lists)": lambda cat: with_opp(
        cat, 3, lambda o: replace(o, title=Text(fi="Öljynvaihto", en="Oil change"))
    ),
    "an offer added": lambda cat: with_org(cat, 1, added),
    "an offer removed": lambda cat: with_org(
        cat, 4, lambda org: replace(org, opportunities=org.opportunities[1:])
    ),
    "an organisation hidden": lambda cat: with_org(cat, 5, lambda org: None),
    "an organisation renamed": lambda cat: with_org(cat, 0, renamed),
    "an offer's languages changed": lambda cat: with_opp(
        cat, 6, lambda o: replace(o, languages=["fi", "sv", "en", "ru"])
    ),
    "an offer moved to another municipality": lambda cat: with_opp(cat, 7, moved),
    "an offer ended": lambda cat: with_opp(cat, 2, lambda o: replace(o, ends_on="2026-11-27")),
    "a photo removed": lambda cat: with_org(cat, 1, without_photos),
}


@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_republishing_writes_only_what_changed_and_equals_a_full_publish(
    tmp_path: Path, scenario: str
) -> None:
    site, fresh, state = tmp_path / "site", tmp_path / "fresh", tmp_path / "state" / "s.json"
    before = catalogue()
    publish(before, site, state)
    earlier = tree(site)
    after = SCENARIOS[scenario](before)

    publish(after, site, state)
    publish(after, fresh)

    now, full = tree(site), tree(fresh)
    assert sorted(now) == sorted(full)  # no file left behind, none missing
    differing = [name for name in full if now[name][0] != full[name][0]]
    assert differing == []
    changed = {n for n in now if n not in earlier or earlier[n][0] != now[n][0]}
    rewritten = {n for n in now if n not in earlier or earlier[n][1] != now[n][1]}
    assert rewritten == changed
    if scenario == "nothing changed":
        assert changed == set()
    else:
        assert changed
    if scenario == "an offer changed":  # the other organisations' pages stay as they were
        org = after.organisations[2]
        own = {f"{lang}tarjous/{o.id}.html" for o in org.opportunities for lang in LANGS}
        offer = {f"{lang}tarjous/{org.opportunities[0].id}.html" for lang in LANGS}
        pages = {n for n in changed if "tarjous/" in n}
        assert offer <= pages <= own  # and those showing the organisation's update day
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fresh", "site", "state"]
    if os.name == "posix":
        assert state.stat().st_mode & 0o777 == 0o600


def test_a_later_day_and_a_new_base_address_render_again_and_still_match(tmp_path: Path) -> None:
    site, fresh, state = tmp_path / "site", tmp_path / "fresh", tmp_path / "s.json"
    cat = catalogue()
    publish(cat, site, state)
    other = SiteSettings(base_url="https://kuhina.example.org/")
    later = date(2027, 6, 1)  # some offers have ended by then
    publish(cat, site, state, today=later, settings=other)
    publish(cat, fresh, today=later, settings=other)
    assert {n: b for n, (b, _) in tree(site).items()} == {n: b for n, (b, _) in tree(fresh).items()}


def test_a_file_replaced_in_the_site_or_a_state_of_another_site_is_not_trusted(
    tmp_path: Path,
) -> None:
    site, fresh, state = tmp_path / "site", tmp_path / "fresh", tmp_path / "s.json"
    cat = catalogue()
    publish(cat, site, state)
    page = next((site / "tarjous").iterdir())
    tampered = page.with_suffix(".new")
    tampered.write_text("not what was published")
    os.replace(tampered, page)  # a new file (another inode) under the page's name
    asset = site / "assets" / "site.css"
    with open(asset, "r+b") as file:  # edited in place: the same inode
        file.write(b"/* edited */")
    publish(cat, site, state)
    publish(cat, fresh)
    assert {n: b for n, (b, _) in tree(site).items()} == {n: b for n, (b, _) in tree(fresh).items()}

    # Published without the state in between: the state describes a site no longer there.
    changed = with_opp(cat, 2, lambda o: replace(o, title=Text(fi="Toinen")))
    publish(changed, site)
    publish(cat, site, state)
    assert {n: b for n, (b, _) in tree(site).items()} == {n: b for n, (b, _) in tree(fresh).items()}


def test_a_broken_state_file_means_a_full_publish(tmp_path: Path) -> None:
    site, fresh, state = tmp_path / "site", tmp_path / "fresh", tmp_path / "s.json"
    cat = catalogue()
    publish(cat, site, state, settings=None)
    for broken in ("{", "[]", '{"format": 2, "files": 3}', '{"format": 1, "files": {}}'):
        state.write_text(broken)
        publish(cat, site, state, settings=None)
    publish(cat, fresh, settings=None)
    assert {n: b for n, (b, _) in tree(site).items()} == {n: b for n, (b, _) in tree(fresh).items()}


def test_the_process_pool_writes_the_same_site_as_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """KUHINA_PUBLISH_WORKERS=2 hands the opportunities' pages to two processes whatever
    the catalogue's size (site_offers); the site is byte for byte the one process's, for a
    full publish and for a republish after a change."""
    cat = catalogue()
    changed = SCENARIOS["an organisation renamed"](cat)
    serial, pooled, state = tmp_path / "serial", tmp_path / "pooled", tmp_path / "s.json"
    monkeypatch.setenv("KUHINA_PUBLISH_WORKERS", "1")
    publish(changed, serial)
    monkeypatch.setenv("KUHINA_PUBLISH_WORKERS", "2")
    tasks: list[site_offers.Task] = []
    submit = site_offers.OfferPool.submit

    def counted(pool: site_offers.OfferPool, task: site_offers.Task) -> None:
        tasks.append(task)
        submit(pool, task)

    monkeypatch.setattr(site_offers.OfferPool, "submit", counted)
    publish(cat, pooled, state)
    assert {page[0] for task in tasks for page in task.pages} == {"fi", "sv", "en"}
    assert {n: b for n, (b, _) in tree(pooled).items()} != {
        n: b for n, (b, _) in tree(serial).items()
    }
    earlier = tree(pooled)
    tasks.clear()
    publish(changed, pooled, state)
    assert tasks  # the renamed organisation's pages
    now = tree(pooled)
    assert {n: b for n, (b, _) in now.items()} == {n: b for n, (b, _) in tree(serial).items()}
    rewritten = {n for n in now if n not in earlier or earlier[n][1] != now[n][1]}
    assert rewritten == {n for n in now if n not in earlier or earlier[n][0] != now[n][0]}


@pytest.mark.parametrize(
    "scenario", ["an offer added", "an offer removed", "an organisation renamed"]
)
def test_moved_entries_and_records_are_taken_over_not_rendered_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scenario: str
) -> None:
    """An offer added or removed moves every later entry of its lists (each later page and
    data part is new), and a renamed organisation's entries are on many pages: the entries
    and records of the other organisations' offers are taken from the earlier site's pages
    and parts (site_salvage), not built again, and the site is still a full publish's. (An
    entry that leaves the front page for the second is built again: the front page's links
    start a folder higher.)"""
    from kuhina_desktop.exports import site_items as site

    site_dir, fresh, state = tmp_path / "site", tmp_path / "fresh", tmp_path / "s.json"
    before = catalogue()
    publish(before, site_dir, state)
    front = {
        lang: set(re.findall(r'data-id="([^"]+)"', (site_dir / lang / "index.html").read_text()))
        for lang in LANGS
    }
    after = SCENARIOS[scenario](before)
    changed_org = {"an offer added": 1, "an offer removed": 4, "an organisation renamed": 0}
    own = {o.id for o in after.organisations[changed_org[scenario]].opportunities}
    built: list[tuple[str, str]] = []
    list_item = site.list_item

    def counted(org: object, opp: Opportunity, vocab: object, lang: str, *rest: object) -> object:
        built.append((opp.id, "" if lang == "fi" else f"{lang}/"))
        return list_item(org, opp, vocab, lang, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(site, "list_item", counted)
    publish(after, site_dir, state)
    if scenario != "an offer removed":  # the changed organisation's new entries
        assert {opp for opp, _lang in built} & own
    others = [(opp, lang) for opp, lang in built if opp not in own]
    assert all(opp in front[lang] for opp, lang in others), others
    monkeypatch.setattr(site, "list_item", list_item)
    publish(after, fresh)
    assert {n: b for n, (b, _) in tree(site_dir).items()} == {
        n: b for n, (b, _) in tree(fresh).items()
    }


def test_a_run_of_republishes_builds_each_site_in_the_spare_and_matches_a_full_publish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A republish builds the new site in the spare (the site the last publish replaced,
    kept beside the state; after the first publish, its files linked): only what differs
    from the site at the path is written or linked there (a file the last publish wrote
    is linked into it).
    Still every site is a full publish's, byte for byte, each file whose bytes did not
    change is the earlier site's (the same inode), and nothing but the site is beside it."""
    from kuhina_desktop.exports import site_reuse

    site, state = tmp_path / "public" / "site", tmp_path / "state" / "s.json"
    spare = site_reuse.spare_folder(state)
    cat = catalogue()
    publish(cat, site, state)
    assert tree(spare) == tree(site)  # the first publish links its files into the spare
    steps = [
        "an offer changed", "an offer added", "an organisation renamed", "nothing changed",
        "an offer removed", "an offer moved to another municipality", "a photo removed",
        "an organisation hidden", "nothing changed",
    ]  # fmt: skip
    links: list[str] = []
    link = os.link
    written: set[str] = set()

    def counted(*args: object, **kwargs: object) -> None:
        links.append(str(args[1]))  # the target
        link(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(site_reuse.os, "link", counted)
    for number, scenario in enumerate(steps):
        earlier = tree(site)
        cat = SCENARIOS[scenario](cat)
        links.clear()
        publish(cat, site, state)
        fresh = tmp_path / f"fresh-{number}"
        publish(cat, fresh)
        now, full = tree(site), tree(fresh)
        assert sorted(now) == sorted(full), scenario
        assert [n for n in full if now[n][0] != full[n][0]] == [], scenario
        changed = {n for n in now if n not in earlier or earlier[n][0] != now[n][0]}
        rewritten = {n for n in now if n not in earlier or earlier[n][1] != now[n][1]}
        assert rewritten == changed, scenario
        assert (changed == set()) == (scenario == "nothing changed"), scenario
        assert spare.is_dir(), scenario  # the site just replaced
        # Built in the spare: only the files the last publish wrote are linked into it.
        assert len(links) <= len(written), (scenario, len(links), len(written))
        written = rewritten
        assert sorted(p.name for p in site.parent.iterdir()) == ["site"], scenario
        assert sorted(p.name for p in state.parent.iterdir()) == ["s.json", "s.json.spare"]
    assert tree(spare) == earlier  # the last site replaced, as it was


def test_a_spare_changed_by_hand_or_left_by_a_cancelled_publish_still_gives_the_full_site(
    tmp_path: Path,
) -> None:
    """The spare is only trusted file by file (the very file of the site at the path):
    files edited, added or removed in it, and a publish cancelled while it was being
    built in it, leave no trace in the next site."""
    from kuhina_desktop.exports import site_reuse
    from kuhina_desktop.progress import Cancelled, Progress

    site, state = tmp_path / "site", tmp_path / "s.json"
    spare = site_reuse.spare_folder(state)
    cat = catalogue()
    publish(cat, site, state)
    publish(cat, site, state)  # the first site is now the spare
    page = next((spare / "tarjous").iterdir())
    page.unlink()
    page.write_text("not a page")  # another inode
    (spare / "tarjous" / "extra.html").write_text("left over")
    (spare / "stray" / "deep").mkdir(parents=True)
    (spare / "stray" / "deep" / "x.txt").write_text("x")
    next((spare / "sv" / "tarjous").iterdir()).unlink()
    changed = SCENARIOS["an offer added"](cat)
    publish(changed, site, state)
    publish(changed, tmp_path / "fresh")
    assert {n: b for n, (b, _) in tree(site).items()} == {
        n: b for n, (b, _) in tree(tmp_path / "fresh").items()
    }

    class Stop(Progress):
        def __init__(self) -> None:
            super().__init__()
            self.steps = 0

        def step(self, amount: int = 1) -> None:
            self.steps += amount
            if self.steps > self.total // 2:  # half the site built in the spare
                self.cancel()
            super().step(amount)

    later = SCENARIOS["an organisation renamed"](changed)
    with pytest.raises(Cancelled):
        publish_site(
            later, site, today=TODAY, settings=SETTINGS, state=state, page_size=4,
            part_size=6, progress=Stop(),
        )  # fmt: skip
    assert {n: b for n, (b, _) in tree(site).items()} == {
        n: b for n, (b, _) in tree(tmp_path / "fresh").items()
    }
    publish(later, site, state)
    publish(later, tmp_path / "fresh-later")
    assert {n: b for n, (b, _) in tree(site).items()} == {
        n: b for n, (b, _) in tree(tmp_path / "fresh-later").items()
    }
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
