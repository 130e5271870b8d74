"""Opportunity search on SQLite (FTS5) and PostgreSQL (GIN over to_tsvector): diacritics,
prefixes, every filter, orders and paging, checked against the records themselves."""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kuhina_desktop.domain import model
from kuhina_desktop.domain.serialize import snapshot_to_json
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from kuhina_desktop.store import catalogue_search
from kuhina_desktop.store.catalogue_search import SearchFilters, normalise, search_terms
from tests.catalogue_support.packages import Publisher, publishers, verified

ACCEPT = "accept_all"


class Catalogue:
    def __init__(self, ws: CatalogueWorkspace, fresh: Publisher, old: Publisher) -> None:
        self.ws, self.fresh, self.old = ws, fresh, old

    @property
    def opportunities(self) -> list[tuple[Publisher, model.Opportunity]]:
        return [(p, o) for p in (self.fresh, self.old) for o in p.snapshot.opportunities]

    def ids(self, query: str = "", **filters: object) -> set[str]:
        result = self.ws.search(query, SearchFilters(**filters), limit=1000)  # type: ignore[arg-type]
        assert result.total == len(result.hits)
        return {h.id for h in result.hits}

    def expected(self, keep: Callable[[Publisher, model.Opportunity], bool]) -> set[str]:
        return {o.id for p, o in self.opportunities if keep(p, o)}


def _first(snapshot: model.Snapshot) -> None:
    opp = snapshot.opportunities[0]
    opp.title = model.Text(fi="Äidinkielen opetus", sv="Modersmålsundervisning", en=None)
    opp.municipalities = ["167"]
    opp.kind = "language_practice"
    opp.target_groups = ["immigrants"]
    opp.languages = ["fi", "ar"]
    opp.status = "published"
    second = snapshot.opportunities[1]
    second.title = model.Text(fi="Kahvilan työkokeilu", sv=None, en="Café work trial")
    second.status = "paused"


@pytest.fixture
def catalogue(tmp_path: Path, database_url: str | None) -> Iterator[Catalogue]:
    fresh, old = publishers(2, opportunities=8, seed=31)
    fresh.edit(_first)
    with CatalogueWorkspace.create(tmp_path / "catalogue", database_url) as ws:
        assert ws.import_package(fresh.export(), trust_new=True, decisions=ACCEPT).done
        long_ago = datetime.now(UTC) - timedelta(days=200)
        outcome = ws.import_verified(
            verified(old.export()), trust_new=True, decisions=ACCEPT, now=long_ago
        )
        assert outcome.done
        yield Catalogue(ws, fresh, old)


def test_normalisation() -> None:
    assert normalise("Äidinkielen ÅÖ") == "aidinkielen ao"
    assert search_terms("aidinkiel*  +opetus! ") == ["aidinkiel", "opetus"]
    assert search_terms("') OR 1=1 --") == ["or", "1", "1"]


def reference_normalise(value: str) -> str:
    """Casefold, NFKD, drop every combining mark: what `normalise` is defined to do."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def test_normalisation_of_latin1_text_by_table_is_the_general_one() -> None:
    """Latin-1 text takes a byte table; it must give what NFKD gives, for every character
    (alone and among others), including those sent the general way (µ ¼ ½ ¾)."""
    for code in range(0x3000):
        if not 0xD800 <= code <= 0xDFFF:
            assert normalise(chr(code)) == reference_normalise(chr(code)), hex(code)
    rng = random.Random(3)
    pool = [chr(c) for c in range(0x20, 0x250)] + ["a", " ", "\u0308", "\u0301", "Ж", "ع"] * 20
    for _ in range(5000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(1, 16)))
        assert normalise(text) == reference_normalise(text), repr(text)


def test_search_texts_of_an_organisation_equal_one_by_one() -> None:
    """The importer's search texts (names' words worked out once per organisation) are the
    reference function's, for text in every language, diacritics, punctuation and gaps."""

    def odd_texts(snapshot: model.Snapshot) -> None:
        snapshot.organisation.name = model.Text(fi="Ääni-yhdistys ry", sv="Röst r.f.", en=None)
        snapshot.opportunities[0].learning = model.Text(fi="", sv=None, en="-- ß ﬁ Σ! --")
        snapshot.opportunities[1].environment_id = None
        snapshot.opportunities[2].title = model.Text(fi="Ǆ ̈x", sv="Å", en="«ok»")

    (pub,) = publishers(1, opportunities=6, seed=5)
    pub.edit(odd_texts)
    data = snapshot_to_json(pub.snapshot)
    envs = {e["id"]: e for e in data["environments"]}
    texts = catalogue_search.SearchTexts(data["organisation"], envs)
    for opp in data["opportunities"]:
        env = envs.get(str(opp.get("environment_id") or ""))
        expected = catalogue_search.opportunity_search_text(opp, data["organisation"], env)
        assert texts(opp) == expected


def test_text_search_ignores_case_and_diacritics(catalogue: Catalogue) -> None:
    target = catalogue.fresh.snapshot.opportunities[0].id
    for query in ("aidinkiel*", "Äidinkielen", "AIDINKIEL", "äidinkiel opetu"):
        assert catalogue.ids(query) == {target}, query


def test_text_search_covers_languages_and_organisation_names(catalogue: Catalogue) -> None:
    assert catalogue.ids("modersmal") == {catalogue.fresh.snapshot.opportunities[0].id}
    assert catalogue.ids("cafe work") == {catalogue.fresh.snapshot.opportunities[1].id}
    assert catalogue.ids("äidinkielen kahvila") == set()
    assert catalogue.ids("zzzyyyxxx") == set()
    word = catalogue.old.snapshot.organisation.name.fi.split()[0]
    assert catalogue.ids(word) >= catalogue.expected(lambda p, _o: p is catalogue.old)
    assert catalogue.ids("\"') OR 1=1 --") == set()


@pytest.mark.parametrize("dense", [False, True], ids=["few-matches", "many-matches"])
def test_filters_match_the_records(
    catalogue: Catalogue, dense: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both query plans: collecting the matches, and walking the order's index (which the
    search takes from `DENSE` matches on; here forced by lowering it)."""
    if dense:
        monkeypatch.setattr(catalogue_search, "DENSE", 1)
    c = catalogue
    everything = c.expected(lambda _p, _o: True)
    assert c.ids() == everything
    for code in ("167", "260", "276"):
        assert c.ids(municipalities=[code]) == c.expected(
            lambda _p, o, code=code: code in o.municipalities
        )
    assert c.ids(municipalities=["167", "260"]) == c.expected(
        lambda _p, o: bool({"167", "260"} & set(o.municipalities))
    )
    for kind in ("language_practice", "work_trial"):
        assert c.ids(kinds=[kind]) == c.expected(lambda _p, o, kind=kind: o.kind == kind)
    for group in ("immigrants", "youth"):
        assert c.ids(target_groups=[group]) == c.expected(
            lambda _p, o, group=group: group in o.target_groups
        )
    assert c.ids(languages=["ar"]) == c.expected(lambda _p, o: "ar" in o.languages)
    for status in ("published", "paused", "closed"):
        assert c.ids(statuses=[status]) == c.expected(
            lambda _p, o, status=status: o.status == status
        )
    assert c.ids(organisations=[c.old.organisation_id]) == c.expected(lambda p, _o: p is c.old)
    assert c.ids(stale=True) == c.expected(lambda p, _o: p is c.old)
    assert c.ids(stale=False) == c.expected(lambda p, _o: p is c.fresh)
    combined = c.ids(
        "aidinkiel",
        municipalities=["167"],
        kinds=["language_practice"],
        target_groups=["immigrants"],
        languages=["fi"],
        statuses=["published"],
        organisations=[c.fresh.organisation_id],
        hidden=False,
        stale=False,
    )
    assert combined == {c.fresh.snapshot.opportunities[0].id}


def test_hidden_filter_covers_records_and_organisations(catalogue: Catalogue) -> None:
    c = catalogue
    one = c.fresh.snapshot.opportunities[2].id
    c.ws.hide(one, "Tarkistettava")
    c.ws.hide(c.old.organisation_id, "Toiminta päättynyt")
    hidden = c.expected(lambda p, o: p is c.old or o.id == one)
    assert c.ids(hidden=True) == hidden
    assert c.ids(hidden=False) == c.expected(lambda _p, _o: True) - hidden
    hits = c.ws.search("", SearchFilters(organisations=[c.old.organisation_id]), limit=1000).hits
    assert hits and all(h.hidden for h in hits)


def test_count_can_stop_early(catalogue: Catalogue) -> None:
    everything = len(catalogue.expected(lambda _p, _o: True))
    capped = catalogue.ws.search("", count_limit=3, limit=5)
    assert (capped.total, capped.total_exact, len(capped.hits)) == (4, False, 5)
    exact = catalogue.ws.search("", count_limit=1000)
    assert (exact.total, exact.total_exact) == (everything, True)


@pytest.mark.parametrize("dense", [False, True], ids=["few-matches", "many-matches"])
@pytest.mark.parametrize("order", ["title", "updated", "organisation", "relevance"])
def test_pages_follow_the_order(
    catalogue: Catalogue, order: str, dense: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if dense:
        monkeypatch.setattr(catalogue_search, "DENSE", 1)
    whole = catalogue.ws.search("", order=order, limit=1000)
    pages = []
    for offset in range(0, whole.total, 3):
        pages += catalogue.ws.search("", order=order, offset=offset, limit=3).hits
    assert [h.id for h in pages] == [h.id for h in whole.hits]
    if order == "updated":
        stamps = [h.updated_at for h in whole.hits]
        assert stamps == sorted(stamps, reverse=True)
    if order == "organisation":
        names = [h.organisation_name for h in whole.hits]
        assert names == sorted(names, key=lambda n: 0 if n == names[0] else 1)
    ranked = catalogue.ws.search("aidinkiel", order=order)
    assert [h.id for h in ranked.hits] == [catalogue.fresh.snapshot.opportunities[0].id]


def test_not_checked_since_follows_the_checked_rule(catalogue: Catalogue) -> None:
    """`checked_before` on both backends equals `domain.checked.last_checked` per offer, on
    each side of every checked day the records have."""
    from datetime import date

    from kuhina_desktop.domain.checked import last_checked

    c = catalogue
    days = {last_checked(o) for _p, o in c.opportunities} - {None}
    assert days
    for day in sorted(days):
        for cutoff in (day, day + timedelta(days=1), date(1999, 1, 1), date(2999, 1, 1)):
            assert c.ids(checked_before=cutoff) == c.expected(
                lambda _p, o, cutoff=cutoff: (last_checked(o) or date.min) < cutoff
            ), cutoff


def test_the_status_counts_offers_not_checked_for_six_months(catalogue: Catalogue) -> None:
    from kuhina_desktop.domain.checked import is_check_due, last_checked

    today = datetime.now(UTC).date()
    expected = {
        p.organisation_id: sum(
            1 for o in p.snapshot.opportunities
            if o.status == "published" and is_check_due(last_checked(o), today)
        )
        for p in (catalogue.fresh, catalogue.old)
    }  # fmt: skip
    counted = {s.organisation_id: s.counts["check_due"] for s in catalogue.ws.status()}
    assert counted == expected
