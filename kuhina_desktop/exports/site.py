"""The static web catalogue (`kuhina catalogue publish`, docs/web-catalogue.md).

`publish_site` renders the Jinja2 templates of `resources/site/templates/` (autoescape on,
no value ever marked safe) into a folder that works from any web server and from disk. The
layout (version 2, docs/web-catalogue.md):

    index.html, sv/index.html, en/index.html          the first page of every opportunity, filters
    sivu/<n>.html (and sv/, en/)                       page n of that list, for reading without JS
    kunta/<code>.html, kunta/<code>-<n>.html (sv/, en/) one municipality, likewise
    tarjous/<id>.html (and sv/, en/)                   one opportunity's details
    embed.html?kunta=<code>[&lang=sv] (and sv/, en/)   one municipality for an iframe
    embed-ohje.html (and sv/, en/)                     the iframe snippets to copy
    data/<lang>/kaikki.js, kaikki-<n>.js               the script's data: head and parts (site_js)
    data/<lang>/kunta-<code>.js, kunta-<code>-<n>.js   the same for one municipality
    assets/                                            site.css, catalogue.js, favicon.svg
    kuvat/<sha256>.<png|jpg>                           photos from the attachment loader

A list page holds its first `page_size` entries, so it shows at once at any size; the script
loads the rest of the page's own data set only. The site is built in a staging folder
beside `out_dir` and swapped in whole when complete (`atomic_write.staged_folder`): a
reader of `out_dir` sees the old site or the new one, a cancel, a failure or a full disk
leaves the previous site as it was, and what a killed publish left is removed by the next.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import re
from collections.abc import Callable, Iterator
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from markupsafe import Markup

from kuhina_desktop.atomic_write import staged_folder
from kuhina_desktop.catalogue.published import PublishedCatalogue
from kuhina_desktop.domain.checked import last_checked
from kuhina_desktop.domain.vocab import Vocabulary, load_vocabulary
from kuhina_desktop.errors import KnownError
from kuhina_desktop.exports.privacy_notice import PRIVACY_PAGE, controller_is_set, privacy_notice
from kuhina_desktop.exports.site_data import (
    SITE_LANGUAGES,
    ListRow,
    codes,
    is_ended,
    list_row,
    list_title,
    page_slug,
    sort_key,
    strings_for,
    template_strings,
)
from kuhina_desktop.exports.site_details import format_day, format_timestamp
from kuhina_desktop.exports.site_embed import EMBED_PLACEHOLDER, embed_script, snippets
from kuhina_desktop.exports.site_entries import EntryFrames
from kuhina_desktop.exports.site_items import Items, entry_of, once, record_of, unique_keys
from kuhina_desktop.exports.site_js import (
    ALL_SET,
    Tally,
    head_script,
    municipality_set,
    part_script,
)
from kuhina_desktop.exports.site_lists import (
    ListSet,
    PageFrame,
    index_page,
    municipality_page,
    page_count,
    write_order,
)
from kuhina_desktop.exports.site_offers import (
    CHUNK_PAGES,
    WORKERS_ENV,
    OfferPages,
    OfferPool,
    Task,
    workers_wanted,
    write_new_file,
)
from kuhina_desktop.exports.site_pages import ListFrames
from kuhina_desktop.exports.site_reuse import Reuse, bytes_key, digest, renderer_fingerprint
from kuhina_desktop.exports.site_salvage import Salvage
from kuhina_desktop.exports.site_settings import SiteSettings
from kuhina_desktop.exports.site_templates import SLUG_MARK, language_templates, macros
from kuhina_desktop.exports.site_web import OG_LOCALES, Sitemap, robots_text
from kuhina_desktop.progress import Progress
from kuhina_desktop.resources import resource_path

MARKER = ".kuhina-site"
LAYOUT_VERSION = 3  # docs/web-catalogue.md
MARKER_TEXT = (
    f"Kuhina web catalogue, layout {LAYOUT_VERSION}; kuhina catalogue publish replaces it.\n"
).encode()
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'none'"
)
ASSETS = ("site.css", "catalogue.js", "frame.js", "shortlist.js", "favicon.svg")
MAX_PHOTO_BYTES = 20 * 1024 * 1024
_PHOTO_REF = re.compile(r"attachments/([0-9a-f]{64})\.(png|jpg)")
_MAGIC = {"png": b"\x89PNG\r\n\x1a\n", "jpg": b"\xff\xd8\xff"}
SHORTLIST_PAGE = "lista.html"  # a job coach's shortlist (shortlist.js)
STATEMENT_PAGE = "saavutettavuusseloste.html"  # the accessibility statement, in every language
PAGE_SIZE = 30  # entries on a list page, and how many more "show more" shows
PART_SIZE = 1000  # records in one part of a data set
ENTRY, TOP, RECORD = 0, 1, 2  # what a list wants of an opportunity: an entry (TOP: on the
# front page, whose links start a folder higher) or a data record


def publish_site(
    catalogue: PublishedCatalogue,
    out_dir: Path,
    *,
    progress: Progress | None = None,
    today: date | None = None,
    page_size: int = PAGE_SIZE,
    part_size: int = PART_SIZE,
    settings: SiteSettings | None = None,
    state: Path | None = None,
) -> Path:
    """Write the web catalogue into `out_dir` (replacing an earlier one) and return it.

    `page_size` entries go on a list page, `part_size` records into a data file.
    `settings` (site_settings) give the base address and the accessibility feedback contact.
    `state` (a private file, site_reuse) remembers what each file of the site was made
    from: with it, a file whose inputs did not change since the site at `out_dir` was
    published is linked from that site instead of rendered again.

    Refuses (`publish_target_not_site`) a folder that holds anything but an earlier site.
    Raises `Cancelled` from `progress`, leaving `out_dir` untouched.
    """
    out_dir = Path(out_dir)
    _check_target(out_dir)
    settings = settings or SiteSettings()
    page_size, part_size = max(1, page_size), max(1, part_size)
    renderer = renderer_fingerprint((page_size, part_size, settings.base_url))
    with _bookkeeping():
        reuse = Reuse(state, out_dir, renderer)
    # A republish (the state describes the site now at out_dir) renders little: no cyclic
    # collection at all while it runs. It builds the new site in the spare (the site the
    # last one replaced), where only what differs from the site at out_dir changes, keeps
    # the one it replaces, and writes the state once the new site is swapped in.
    with (
        _bookkeeping() if reuse.described else contextlib.nullcontext(),
        staged_folder(
            out_dir, mode=0o755, legacy=_legacy_staging(out_dir), after_swap=reuse.save,
            start_from=reuse.start_from(), keep=reuse.keep(),
        ) as staging,
    ):  # fmt: skip
        try:
            reuse.adopt(staging)
            writer = _SiteWriter(catalogue, staging, progress or Progress(), today or date.today())
            writer.settings = settings
            writer.base_url = settings.base_url
            writer.page_size, writer.part_size = page_size, part_size
            writer.reuse = reuse
            writer.write()
        finally:
            reuse.close()  # what the spare held and the site has not, deleted meanwhile
    return out_dir


def _check_target(out_dir: Path) -> None:
    """Only a missing or empty folder, or an earlier site (it has MARKER), is replaced."""
    foreign = out_dir.is_dir() and any(out_dir.iterdir()) and not (out_dir / MARKER).is_file()
    if foreign or (out_dir.exists() and not out_dir.is_dir()):
        raise KnownError("publish_target_not_site", path=str(out_dir))


def _legacy_staging(out_dir: Path) -> Callable[[Path], bool]:
    """Whether a path is a staging or old folder that an earlier version's publish left
    (`.<name>.XXXXXXXX`, `.<name>.old.XXXXXXXX`): the name, and a site's files or none."""
    pattern = re.compile(rf"\.{re.escape(out_dir.name)}\.(old\.)?[a-z0-9_]{{8}}")

    def left_by_publish(path: Path) -> bool:
        if not pattern.fullmatch(path.name) or not path.is_dir() or path.is_symlink():
            return False
        return (path / "assets").is_dir() or (path / MARKER).is_file() or not any(path.iterdir())

    return left_by_publish


# Create a file that does not exist yet (the staging folder is new) and write it: one system
# call fewer and no file object, which counts over hundreds of thousands of pages. Returns the
# file's inode (site_reuse keeps it).
_write_file = write_new_file


def _cached_row(slug: str, key: str, had: Any) -> ListRow | None:
    """The row the state kept for an opportunity, if its key is this one (`_derive`)."""
    if type(had) is not list or len(had) != 7 + len(SITE_LANGUAGES) or had[0] != key:
        return None
    kind, groups, languages, municipalities, ended, checked, *titles = had[1:]
    lists = (groups, languages, municipalities)
    if type(kind) is not str or type(ended) is not bool or type(checked) is not bool:
        return None
    if any(type(v) is not list or not all(type(c) is str for c in v) for v in lists):
        return None
    if not all(type(title) is str for title in titles):
        return None
    return ListRow(slug, kind, tuple(groups), tuple(languages), tuple(municipalities), ended)


@contextlib.contextmanager
def _bookkeeping() -> Iterator[None]:
    """No cyclic garbage collection meanwhile: the passes over every opportunity and file
    make many long-lived objects and no cycles, and each collection they set off walks the
    whole catalogue (a third of a republish's time at 10,000 opportunities)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _rank(rows: list[ListRow], code: str, n: int) -> int:
    """Where a municipality's list comes among an opportunity's lists (site_lists.write_order):
    after the whole catalogue, in the order of its municipalities."""
    return rows[n].municipalities.index(code) + 1


def lang_prefix(lang: str) -> str:
    return "" if lang == "fi" else f"{lang}/"


class _SiteWriter:
    """Writes one site into an empty folder."""

    page_size = PAGE_SIZE
    part_size = PART_SIZE
    settings = SiteSettings()
    base_url: str | None = None
    reuse = Reuse(None, Path(), "")
    pool = OfferPool(1, forced=False)

    def __init__(
        self, catalogue: PublishedCatalogue, root: Path, progress: Progress, today: date
    ) -> None:
        self.catalogue = catalogue
        self.root = root
        self.progress = progress
        self.today = today
        self.vocab: Vocabulary = load_vocabulary()
        self.last_updated = catalogue.last_updated  # a max over organisations: once, not per page
        self.templates = {lang: language_templates(lang) for lang in SITE_LANGUAGES}
        self.photos: dict[str, str] = {}
        self._folders: set[str] = set()
        self._root = str(root)
        self.sitemap: Sitemap | None = None
        self._org_keys: dict[int, str] = {}
        self._tallies: dict[str, Tally] = {}  # each list's, the same in every language
        self._details_keys: list[str] = []
        self._titles: dict[str, list[str]] = {}
        self._checked: list[bool] = []

    def write(self) -> None:
        pairs = list(self.catalogue.opportunities())
        refs = self._photo_refs()
        known = {e.code for e in self.vocab.entries("municipalities")}
        counts = dict.fromkeys(known, 0)
        for _org, opp in pairs:
            for code in codes(opp.municipalities):
                if code in known:
                    counts[code] += 1
        list_pages = page_count(len(pairs), self.page_size)
        list_pages += sum(page_count(n, self.page_size) for n in counts.values())
        per_language = list_pages + len(pairs) + 5  # embed, 2 statements, shortlist, embed help
        self.progress.start(len(refs) + len(SITE_LANGUAGES) * per_language, "publish_site")
        for name in ASSETS:
            self._write_bytes(f"assets/{name}", resource_path("site", "assets", name).read_bytes())
        self._write_text("embed.js", embed_script(self.vocab))
        for ref in refs:
            self._copy_photo(ref)
            self.progress.step()
        with _bookkeeping():
            self.keys = [self._record_key(org, opp) for org, opp in pairs]
            self._derive(pairs)
            self.reuse.records = unique_keys(self.rows, self.keys)
        self.salvage = Salvage(self.reuse)
        self._places = [
            (i, j) for i, org in enumerate(self.catalogue.organisations)
            for j in range(len(org.opportunities))
        ]  # fmt: skip
        self.sitemap = Sitemap(self.base_url, self._write_text) if self.base_url else None
        workers = workers_wanted()
        with OfferPool(workers, forced=WORKERS_ENV in os.environ) as self.pool:
            # The opportunities' pages first: what is not linked from the earlier site goes
            # to the pool (if it is worth it) in tasks of every language, so the pool renders
            # while this process writes the lists.
            with _bookkeeping():
                todo = {lang: self._details_todo(lang, pairs) for lang in SITE_LANGUAGES}
            pooled = self.pool.wants(sum(len(pages) for pages in todo.values()))
            if pooled:
                for task in self._tasks(todo):
                    self.pool.submit(task)
            for lang in SITE_LANGUAGES:
                self._write_language(lang, pairs, [] if pooled else todo[lang])
            if self.sitemap is not None and self.base_url:
                self.sitemap.finish()
                self._write_text("robots.txt", robots_text(self.base_url))
            for relative, key, inode in self.pool.finish(self.progress.step):
                self.reuse.record(relative, key, inode)
        self._write_bytes(MARKER, MARKER_TEXT)
        self.reuse.prune(self.root, self._folders)

    def _derive(self, pairs: list[Any]) -> None:
        """What the lists need of each opportunity (its row, whether it has a checked day,
        its title's sort key in each language), as the earlier publish had it where the
        opportunity's key is the same (the state keeps them), else worked out."""
        earlier = self.reuse.earlier_rows()
        kept = self.reuse.rows
        rows: list[ListRow] = []
        checked: list[bool] = []
        titles: list[list[str]] = []
        for (_org, opp), key in zip(pairs, self.keys, strict=True):
            slug = page_slug(opp.id)
            had: Any = earlier.get(slug)
            row = _cached_row(slug, key, had)
            if row is None:
                row = list_row(opp, self.today)
                had = [
                    key, row.kind, row.target_groups, row.languages, row.municipalities,
                    row.ended, bool(last_checked(opp)),
                    *[sort_key(list_title(opp, lang).text) for lang in SITE_LANGUAGES],
                ]  # fmt: skip
            rows.append(row)
            checked.append(had[6])
            titles.append(had[7:])
            kept[slug] = had
        self.rows, self._checked = rows, checked
        self._titles = {
            lang: [sorting[at] for sorting in titles] for at, lang in enumerate(SITE_LANGUAGES)
        }

    def _record_key(self, org: Any, opp: Any) -> str:
        """What an opportunity's entry and data record are made from (site_reuse): its
        organisation (with the coaching environments and their photos as copied), the
        opportunity itself and whether it has ended on the day of publishing. Its page
        shows besides when the organisation's information was updated."""
        org_key = self._org_keys.get(id(org))
        if org_key is None:
            photos = [self.photos.get(ref) for env in org.environments for ref in env.photos]
            org_key = digest(org.organisation, org.environments, photos)
            self._org_keys[id(org)] = org_key
        return digest(org_key, opp, is_ended(opp, self.today))  # list_item's other input

    def _photo_refs(self) -> list[str]:
        refs: dict[str, None] = {}
        for org, opp in self.catalogue.opportunities():
            env = org.environment(opp.environment_id)
            if env is not None:
                refs.update((ref, None) for ref in env.photos if isinstance(ref, str))
        return list(refs)

    def _copy_photo(self, ref: str) -> None:
        """Copy one photo if its name, content type and SHA-256 are what the ref says."""
        match = _PHOTO_REF.fullmatch(ref)
        if not match:
            return
        sha, ext = match.groups()
        name = f"kuvat/{sha}.{ext}"
        if self._link(name, "photo"):  # its name is its content's hash, checked when written
            self.photos[ref] = name
            return
        content = self.catalogue.attachment_loader(ref)
        if not content or len(content) > MAX_PHOTO_BYTES or not content.startswith(_MAGIC[ext]):
            return
        if hashlib.sha256(content).hexdigest() != sha:
            return
        self._emit(name, content, "photo")
        self.photos[ref] = name

    def _write_language(
        self, lang: str, pairs: list[Any], todo: list[tuple[int, str, str]]
    ) -> None:
        # The entries are built only for what is rendered (site_items.Items), the lists' order and
        # counts from the rows and titles.
        rows = self.rows
        items = Items(pairs, self.vocab, lang, self.today, [row.slug for row in rows])
        self.salvage.language()
        titles = self._titles[lang]
        # An offer whose end date has passed leaves every list (its page stays, marked ended,
        # for links made earlier); the catalogue and the open data keep it with its status.
        listed = [n for n, row in enumerate(rows) if not row.ended]
        order = sorted(listed, key=lambda n: (titles[n], rows[n].slug))
        links = self._municipality_links([rows[n] for n in listed], lang)
        self._write_lists(lang, pairs, items, order, links)
        if self.sitemap is not None:
            where = lang_prefix(lang) + "tarjous/"
            for row in rows:
                self.sitemap.add(f"{where}{row.slug}.html")
        self._write_details(lang, pairs, items, todo)
        self._render(
            "embed.html", lang, "embed.html", page_kind="embed", results=[], total=0,
            pager={"number": 1, "pages": 1}, municipality=None, municipality_links=links,
            show_municipality_filter=False,
        )  # fmt: skip
        self._write_statement(lang)
        self._write_privacy_notice(lang)
        self._render(
            "shortlist.html", lang, SHORTLIST_PAGE, page_kind="shortlist", municipality=None,
            description=strings_for(lang)["shortlist_intro"],
        )  # fmt: skip
        self._render(
            "embed_help.html", lang, "embed-ohje.html", page_kind="embed-help",
            municipality=None, description=strings_for(lang)["embed_help_intro"],
            snippets=snippets(links, lang, self.base_url or EMBED_PLACEHOLDER),
            placeholder="" if self.base_url else EMBED_PLACEHOLDER,
        )  # fmt: skip

    def _write_statement(self, lang: str) -> None:
        s = strings_for(lang)
        self._render(
            "statement.html", lang, STATEMENT_PAGE, page_kind="statement", municipality=None,
            description=s["a11y_intro"], feedback_email=self.settings.feedback_email,
        )  # fmt: skip

    def _write_privacy_notice(self, lang: str) -> None:
        settings = self.settings
        notice = privacy_notice(
            lang,
            controller_name=settings.controller_name,
            controller_email=settings.controller_email,
            retention_months=settings.retention_months,
        )
        self._render(
            "privacy.html", lang, PRIVACY_PAGE, page_kind="privacy", municipality=None,
            description=notice.intro, notice=notice,
            controller_set=controller_is_set(notice.controller_name, notice.controller_email),
        )  # fmt: skip

    def _write_lists(
        self,
        lang: str,
        pairs: list[Any],
        items: Items,
        order: list[int],
        links: list[dict[str, Any]],
    ) -> None:
        """Every list page and data file of one language. The lists are the opportunities'
        indexes in list order; the pages' and parts' keys come from those alone, and only
        the pages and parts whose key is not the earlier site's build their entries and
        records (each at most once for all the lists that show it)."""
        s = strings_for(lang)
        rows, keys, prefix = self.rows, self.keys, lang_prefix(lang)
        dates = {  # on a list's first page (site_lists.FIRST_PAGE_ONLY)
            "catalogue_updated": format_timestamp(self.last_updated, lang),
            "published_on": format_day(self.today, lang),
        }

        def new_set(name: str, pages: Any, members: list[int], **context: Any) -> ListSet:
            context.update(dates)
            return ListSet(
                name=name, page_path=pages, members=members, context=context, strings=s,
                page_size=self.page_size, part_size=self.part_size,
            )  # fmt: skip

        everything = new_set(
            ALL_SET, index_page, order, page_kind="index", heading=s["index_heading"],
            intro=s["index_intro"], description=s["index_intro"], municipality=None,
            municipality_links=links,
            show_municipality_filter=True,
        )  # fmt: skip
        members: dict[str, list[int]] = {link["code"]: [] for link in links}
        for n in order:
            for code in rows[n].municipalities:
                target = members.get(code)
                if target is not None:
                    target.append(n)
        lists: list[tuple[ListSet, Callable[[int], int]]] = [(everything, lambda _n: 0)]
        for link in links:
            name, code = link["label"], link["code"]
            municipality = new_set(
                municipality_set(code), municipality_page(code), members[code],
                page_kind="municipality", municipality=link, show_municipality_filter=False,
                heading=s["municipality_heading"].format(name=name),
                intro=s["municipality_intro"].format(name=name),
                description=s["municipality_intro"].format(name=name),
            )  # fmt: skip
            lists.append((municipality, partial(_rank, rows, code)))
        position = [0] * len(pairs)
        for at, n in enumerate(order):
            position[n] = at

        # Which pages and parts are the earlier site's: the others' entries and records are
        # counted, so each is built once and let go when the last page or part needing it
        # is written.
        events: list[Any] = []
        need: dict[tuple[int, int], int] = {}
        with _bookkeeping():
            self._plan_lists(lang, everything, lists, position, events, need)

        # An entry (TOP: for the front page, whose links start a folder higher) or a record
        # is built once however many pages or parts show it, or taken over from the earlier
        # site (site_salvage).
        at_top, one_down = self._entry_macro(lang, ""), self._entry_macro(lang, "../")
        salvage = self.salvage
        made: dict[tuple[int, int], Any] = {}

        def piece(n: int, kind: int) -> Any:
            want = (n, kind)
            done = made.get(want)
            if done is None:
                top = kind == TOP
                done = entry_of(at_top if top else one_down, items, salvage, n, keys[n], top)
            left = need.get(want, 0) - 1
            if left > 0:
                made[want], need[want] = done, left
            else:
                made.pop(want, None)
                need.pop(want, None)
            return done

        # The records of a part in one pass: most are taken over from the earlier site's
        # parts (site_salvage), a part has a thousand.
        made_records: dict[int, str] = {}
        need_records = {n: count for (n, kind), count in need.items() if kind == RECORD}
        earlier_keys, slugs = salvage.keys, items.slugs

        def records(chosen: list[int]) -> list[str]:
            pool, asked = salvage.record_pool()
            found: list[str] = []
            for n in chosen:
                done = made_records.get(n)
                if done is None:
                    slug = slugs[n]
                    asked.add(slug)
                    done = pool.pop(slug, None)
                    if done is None or earlier_keys.get(slug) != keys[n]:
                        done = record_of(pairs, items, salvage, n, keys[n])
                    else:
                        salvage.taken += 1
                left = need_records.get(n, 0) - 1
                if left > 0:
                    made_records[n], need_records[n] = done, left
                elif n in made_records:
                    del made_records[n], need_records[n]
                found.append(done)
            return found

        def render_list_page(page: str, values: dict[str, Any]) -> str:
            template = self.templates[lang].get_template("list.html")
            return template.render(**{**self._page_context(lang, page), **values})

        frames = ListFrames(render_list_page)
        for listed, part, number, relative, key, chosen, fresh in events:
            if part:
                name = f"{listed.name}-{number}.js"
                if not (fresh and self._link(relative, key)):
                    self._write_new(relative, key, self._part(
                        lang, listed, number, chosen, f"{listed.name}-{number + 1}.js", records
                    ))  # fmt: skip
                continue
            page, top = listed.page_path(number), listed is everything and number == 1
            if self.sitemap is not None and self.base_url:
                self.sitemap.add(relative)
            self.progress.step()
            if fresh and self._link(relative, key):
                continue
            # A page rendered again first reads what it can take over from the earlier
            # site's page of that path and the next one (site_salvage).
            following = prefix + listed.page_path(number + 1)

            def entries(
                chosen: list[int] = chosen, top: bool = top, here: str = relative,
                following: str = following,
            ) -> list[Markup]:  # fmt: skip
                salvage.pages([(here, top), (following, False)])
                return [piece(n, TOP if top else ENTRY) for n in chosen]

            shown = once(entries)
            context = listed.page_context(number, shown)
            frame = listed.page_frame(number, shown)
            self._write_new(relative, key, self._list_html(lang, page, context, frames, frame))
        for listed, _ in lists:
            tally = self._tallies.get(listed.name)
            key = listed.head_key(keys)
            relative = f"data/{lang}/{listed.name}.js"
            if self._link(relative, key):
                continue
            if tally is None:  # the same in every language
                tally = self._tallies[listed.name] = Tally()
                tally.add_all([rows[n] for n in listed.members])
            head = head_script(
                lang, listed.name, count=listed.count, parts=listed.parts,
                page_size=self.page_size, tally=tally, vocab=self.vocab,
            )  # fmt: skip
            self._write_new(relative, key, head.encode("utf-8", "replace"))

    def _plan_lists(
        self, lang: str, everything: ListSet, lists: list[tuple[ListSet, Callable[[int], int]]],
        position: list[int], events: list[Any], need: dict[tuple[int, int], int],
    ) -> None:  # fmt: skip
        """Every page and part of the language's lists in the order they are written, with
        its path, key and whether the earlier site's file is the same (`events`), and how
        many of the pages and parts to write want each entry and record (`need`)."""
        keys, prefix = self.keys, lang_prefix(lang)
        for listed, part, number in write_order(lists, position):
            if part:
                relative = f"data/{lang}/{listed.name}-{number}.js"
                key = listed.part_key(number, keys)
                chosen = listed.part_members(number)
            else:
                relative = prefix + listed.page_path(number)
                key = digest("list.html", lang, listed.page_key(number, keys))
                chosen = listed.page_members(number)
            fresh = self.reuse.fresh(relative, key)
            if not fresh:
                kind = RECORD if part else TOP if listed is everything and number == 1 else ENTRY
                for n in chosen:
                    need[n, kind] = need.get((n, kind), 0) + 1
            events.append((listed, part, number, relative, key, chosen, fresh))

    def _part(
        self, lang: str, listed: ListSet, number: int, chosen: list[int], following: str,
        records: Callable[[list[int]], list[str]],
    ) -> bytes:  # fmt: skip
        """A data part rendered again, after reading what it can take over from the earlier
        site's part of that name and the next one (site_salvage)."""
        self.salvage.parts([f"data/{lang}/{listed.name}-{number}.js", f"data/{lang}/{following}"])
        return part_script(listed.name, number, records(chosen)).encode("utf-8", "replace")

    def _list_html(
        self, lang: str, page: str, context: Callable[[], dict[str, Any]], frames: ListFrames,
        frame: PageFrame | None,
    ) -> bytes:  # fmt: skip
        """A list page: a later one filled into its frame (site_pages), the first rendered."""
        if frame is not None:
            return frames.page(page, context, frame).encode("utf-8", "replace")
        values = {**self._page_context(lang, page), **context()}
        html = self.templates[lang].get_template("list.html").render(**values)
        return html.encode("utf-8", "replace")

    def _details_todo(self, lang: str, pairs: list[Any]) -> list[tuple[int, str, str]]:
        """The opportunities' pages of one language (site_offers): linked from the earlier
        site where their key is the same; the rest, to render, returned."""
        if not self._details_keys:
            self._details_keys = self._page_keys(pairs)
        where = lang_prefix(lang) + "tarjous/"
        keys = self._details_keys
        names = [f"{row.slug}.html" for row in self.rows]
        if names:
            self._target(f"{where}x")  # the folder, for the workers too
        left = self.reuse.link_folder(where[:-1], names, keys, self._root)
        self.progress.step(len(names) - len(left))
        return [(n, f"{where}{names[n]}", keys[n]) for n in left]

    def _page_keys(self, pairs: list[Any]) -> list[str]:
        """What each opportunity's page is made from, in every language (the path says
        which): its record's key and, when the offer has no checked day, the day its
        organisation was updated (the page shows it then)."""
        days: dict[int, str] = {}
        keys = []
        for n, ((org, _opp), key) in enumerate(zip(pairs, self.keys, strict=True)):
            day = ""
            if not self._checked[n]:
                day = days.get(id(org), "")
                if not day:
                    day = days[id(org)] = format_timestamp(org.last_updated, "en")
            keys.append(digest("details", key, day))
        return keys

    def _write_details(
        self, lang: str, pairs: list[Any], items: Items, todo: list[tuple[int, str, str]]
    ) -> None:
        """The opportunities' pages that were not linked nor handed to the pool."""
        if not todo:
            return
        context = self._page_context(lang, f"tarjous/{SLUG_MARK}.html")
        pages = OfferPages(lang, self.vocab, context, self.photos)
        for n, relative, key in todo:
            org, opp = pairs[n]
            self._write_new(relative, key, pages.render(org, opp, items[n]))
            self.progress.step()

    def _tasks(self, todo: dict[str, list[tuple[int, str, str]]]) -> Iterator[Task]:
        """The pages to render in chunks of whole organisations (every language's pages of
        an organisation in one chunk, so it is sent to a worker once), about CHUNK_PAGES."""
        contexts = {
            lang: self._page_context(lang, f"tarjous/{SLUG_MARK}.html")
            for lang, pages in todo.items()
            if pages
        }
        by_org: dict[int, list[tuple[str, int, str, str]]] = {}
        for lang, pages in todo.items():
            for n, relative, key in pages:
                org_at, opp_at = self._places[n]
                by_org.setdefault(org_at, []).append((lang, opp_at, relative, key))
        task: Task | None = None
        for org_at in sorted(by_org):
            if task is None or len(task.pages) >= CHUNK_PAGES:
                if task is not None:
                    yield task
                task = Task(contexts, self.photos, self.today, self._root, str(self.reuse.site), {})
            task.organisations.append(self.catalogue.organisations[org_at])
            at = len(task.organisations) - 1
            for lang, opp_at, relative, key in by_org[org_at]:
                earlier = self.reuse.earlier(relative)
                if earlier is not None:
                    task.earlier[relative] = earlier
                had = self.reuse.hand_over(relative)  # the spare's file there, if any
                if had is not None:
                    task.base[relative] = had
                    if self.reuse.trash is not None:
                        task.trash = self.reuse.trash.ready()
                task.pages.append((lang, at, opp_at, relative, key))
        if task is not None:
            yield task

    def _entry_macro(self, lang: str, lang_root: str) -> Any:
        """The list entry (macros.html `result`) for pages whose language root is lang_root."""
        context = {"lang": lang, "lang_root": lang_root, "s": template_strings(lang)}
        return EntryFrames(macros(self.templates[lang], "macros.html", context)["result"])

    def _municipality_links(self, items: list[ListRow], lang: str) -> list[dict[str, Any]]:
        counts: dict[str, int] = {}
        for item in items:
            for code in item.municipalities:
                counts[code] = counts.get(code, 0) + 1
        return [
            {"code": e.code, "label": e.label(lang), "count": counts.get(e.code, 0)}
            for e in self.vocab.entries("municipalities")
        ]

    def _page_context(self, lang: str, page: str) -> dict[str, Any]:
        """What base.html needs: paths relative to this page, language links, dates."""
        path = lang_prefix(lang) + page
        root = "../" * path.count("/")
        base = self.base_url
        alternates = [
            {
                "lang": other,
                "name": strings_for(other)["language_name"],
                "href": root + lang_prefix(other) + page,
                "absolute": (base or root) + lang_prefix(other) + page,
                "current": other == lang,
            }
            for other in SITE_LANGUAGES
        ]
        return {
            "lang": lang,
            "s": template_strings(lang),
            "root": root,
            "lang_root": root + lang_prefix(lang),
            "alternates": alternates,
            "csp": CSP,
            "catalogue_updated": format_timestamp(self.last_updated, lang),
            "published_on": format_day(self.today, lang),
            "canonical": base + path if base else None,
            "og_locale": OG_LOCALES[lang],
            "description": "",
        }

    def _render(self, template: str, lang: str, page: str, **context: Any) -> None:
        self._render_keyed(template, lang, page, lambda: context, None)

    def _render_keyed(
        self,
        template: str,
        lang: str,
        page: str,
        context: Callable[[], dict[str, Any]],
        key: str | None,
        framed: tuple[ListFrames, PageFrame] | None = None,
    ) -> None:
        """Render `template` into `page`; with a key (what the page is made from besides
        the language and the renderer), only when the earlier site's page had another;
        `framed`, a later list page, from its frame (site_pages)."""
        relative = lang_prefix(lang) + page
        if self.sitemap is not None and (self.base_url and template != "embed.html"):
            self.sitemap.add(relative)
        self.progress.step()

        def render() -> bytes:
            if framed is not None:
                frames, frame = framed
                return frames.page(page, context, frame).encode("utf-8", "replace")
            values = {**self._page_context(lang, page), **context()}
            if values.get("page_kind") == "embed":
                values["canonical"] = None  # a page for frames, not for search engines
            html = self.templates[lang].get_template(template).render(**values)
            return html.encode("utf-8", "replace")

        self._emit(relative, render, None if key is None else digest(template, lang, key))

    def _write_text(self, relative: str, text: str) -> None:
        self._write_bytes(relative, text.encode("utf-8", "replace"))

    def _write_bytes(self, relative: str, content: bytes) -> None:
        self._emit(relative, content, None)

    def _link(self, relative: str, key: str) -> bool:
        """Link the earlier site's file if its key is `key` (site_reuse)."""
        if not self.reuse.fresh(relative, key):
            return False
        return self.reuse.link(relative, self._target(relative))

    def _emit(self, relative: str, content: bytes | Callable[[], bytes], key: str | None) -> None:
        """Write one file: rendered (`content()`) only when the earlier site has no file of
        that key; without a key, the bytes are the key."""
        if key is not None and self._link(relative, key):
            return
        data = content() if callable(content) else content
        key = key or bytes_key(data)
        self._write_new(relative, key, data)

    def _write_new(self, relative: str, key: str, data: bytes) -> None:
        """A file rendered: the earlier site's if it has the same bytes, else written."""
        target = self._target(relative)
        if not self.reuse.keep_same(relative, key, data, target):
            inode = self.reuse.overwrite(relative, target, data)
            if inode is None:
                self.reuse.clear(relative, target)
                inode = _write_file(target, data)
            self.reuse.record(relative, key, inode)

    def _target(self, relative: str) -> str:
        """The path of `relative` in the new site (its folder made when first needed)."""
        folder, _, _name = relative.rpartition("/")
        if folder not in self._folders:
            (self.root / folder).mkdir(parents=True, exist_ok=True)
            self._folders.add(folder)
        return f"{self._root}/{relative}"
