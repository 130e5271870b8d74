"""The opportunities' pages of the web catalogue (`tarjous/<id>.html`), rendered in this
process or, for a large catalogue, in a pool of processes, one per core.

Three pages per opportunity are most of a publish's work (docs/web-catalogue.md,
"Publishing"). Their order does not matter and each depends only on its organisation, the
opportunity and the language's page context, so `site.py` hands them out in chunks of whole
organisations to `concurrent.futures.ProcessPoolExecutor` (the spawn start method on every
system, as Windows has it; the frozen bundle calls `multiprocessing.freeze_support()`) and
goes on with the lists meanwhile. Each worker writes its pages into the staging folder and
returns what the state of the publish needs (site_reuse); a worker whose parent is gone
(the publish was killed) writes nothing more. With one core, few pages, or
`KUHINA_PUBLISH_WORKERS=1`, every page is rendered in the publishing process.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from markupsafe import Markup

from kuhina_desktop.catalogue.published import PublishedOrganisation
from kuhina_desktop.domain.model import Opportunity
from kuhina_desktop.domain.vocab import Vocabulary, load_vocabulary
from kuhina_desktop.exports.site_data import ListItem, list_item, strings_for
from kuhina_desktop.exports.site_details import OrganisationDetails
from kuhina_desktop.exports.site_reuse import Reuse
from kuhina_desktop.exports.site_templates import Frame, language_templates, macros

WORKERS_ENV = "KUHINA_PUBLISH_WORKERS"  # how many processes render pages; 1: none
POOL_MIN_PAGES = 2000  # fewer pages to render than this in a language: no pool, not worth it
CHUNK_PAGES = 300  # pages in one task: whole organisations, about this many pages
_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def write_new_file(path: str, content: bytes) -> int:
    """Create a file that does not exist yet and write it; returns its inode."""
    fd = os.open(path, _NEW_FILE, 0o644)
    try:
        view = memoryview(content)
        while view:
            view = view[os.write(fd, view) :]
        return os.fstat(fd).st_ino
    finally:
        os.close(fd)


class OfferPages:
    """Renders one language's opportunity pages: the main content from details.html, in a
    frame rendered once (the header and footer are the same on every page), with the
    coaching environment's and the contact's sections rendered once per organisation."""

    def __init__(
        self, lang: str, vocab: Vocabulary, context: dict[str, Any], photos: dict[str, str]
    ) -> None:
        self.lang, self.vocab, self.photos = lang, vocab, photos
        templates = language_templates(lang)
        self.frame = Frame(
            templates,
            {
                **context,
                "page_kind": "details",
                "municipality": None,
                "description": None,
                "catalogue_updated": None,  # the page says when the offer was checked
            },
        )
        self.context = {k: v for k, v in context.items() if k != "alternates"}
        self.details = templates.get_template("details.html")
        self.parts = macros(templates, "details_parts.html", self.context)
        self._shared: OrganisationDetails | None = None
        self._environments: dict[str | None, Markup] = {}
        self._contacts: dict[str | None, Markup] = {}

    def render(self, org: PublishedOrganisation, opp: Opportunity, item: ListItem) -> bytes:
        shared = self._shared
        if shared is None or shared.org is not org:
            s = strings_for(self.lang)
            shared = self._shared = OrganisationDetails(
                org, self.vocab, self.lang, s, self.photos.get
            )
            self._environments, self._contacts = {}, {}
        view = shared.view(opp, item)
        environments, contacts = self._environments, self._contacts
        if opp.environment_id not in environments:
            env = view.environment
            environments[opp.environment_id] = self.parts["environment"](env) if env else Markup()
        if opp.contact_id not in contacts:
            contacts[opp.contact_id] = self.parts["contact"](view)
        main = self.details.render(
            **self.context, view=view, environment_section=environments[opp.environment_id],
            contact_section=contacts[opp.contact_id],
        )  # fmt: skip
        summary = item.summary.text if item.summary else ""
        html = self.frame.fill(item.slug, item.title.text, main, summary)
        return html.encode("utf-8", "replace")


# --- the pool ------------------------------------------------------------------------------

Page = tuple[str, int, int, str, str]
"""A page to render: its language, organisation (in the task), opportunity (in it), path, key."""
Written = tuple[str, str, int]  # path, key, inode


@dataclass
class Task:
    """Pages of whole organisations, in every language, for a worker."""

    contexts: dict[str, dict[str, Any]]  # each language's page context
    photos: dict[str, str]
    today: date
    root: str  # the staging folder
    site: str  # the earlier site (for pages that come out the same)
    earlier: dict[str, list[Any]]  # the earlier state of these pages
    organisations: list[PublishedOrganisation] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)
    base: dict[str, int] = field(default_factory=dict)  # what the staging folder has there
    trash: str = ""  # where what it has goes (site_reuse.Trash)


_worker_pages: dict[str, OfferPages] = {}
_worker_vocab: list[Vocabulary] = []


def render_task(task: Task, renderers: dict[str, OfferPages] | None = None) -> list[Written]:
    """In a worker: render and write the task's pages (or link those that come out the same
    as the earlier site's), stopping if the publishing process is gone. A worker serves one
    publish (its pool ends with it), so each language's renderer is made once; the
    publishing process, rendering a chunk itself (OfferPool.finish), gives its own."""
    parent = multiprocessing.parent_process()
    if not _worker_vocab:
        _worker_vocab.append(load_vocabulary())
    vocab = _worker_vocab[0]
    reuse = Reuse.of(Path(task.site), task.earlier, task.base, task.trash)
    memos: dict[str, dict[int, Any]] = {lang: {} for lang in task.contexts}
    cache = _worker_pages if renderers is None else renderers
    for lang, org_at, opp_at, relative, key in task.pages:
        pages = cache.get(lang)
        if pages is None:
            pages = cache[lang] = OfferPages(lang, vocab, task.contexts[lang], task.photos)
        org = task.organisations[org_at]
        opp = org.opportunities[opp_at]
        item = list_item(org, opp, vocab, lang, task.today, memos[lang])
        html = pages.render(org, opp, item)
        if parent is not None and not parent.is_alive():
            raise SystemExit("the publishing process is gone")
        target = f"{task.root}/{relative}"
        if not reuse.keep_same(relative, key, html, target):
            reuse.clear(relative, target)
            reuse.record(relative, key, write_new_file(target, html))
    return [(path, entry[0], entry[1]) for path, entry in reuse.files.items()]


def watch_parent() -> None:
    """In a worker, when it starts: end the process as soon as the publishing process is
    gone (killed), instead of waiting for work that never comes or writing on into a staging
    folder that the next publish removes."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def wait() -> None:
        parent.join()
        os._exit(1)

    threading.Thread(target=wait, name="kuhina-parent-watch", daemon=True).start()


def workers_wanted() -> int:
    """The processes to render with: every core, or what KUHINA_PUBLISH_WORKERS says."""
    try:
        wanted = int(os.environ.get(WORKERS_ENV, "0"))
    except ValueError:
        wanted = 0
    return wanted if wanted > 0 else (os.cpu_count() or 1)


class OfferPool:
    """Hands chunks of pages to a process pool, started when first needed; `finish` waits
    for them and gives back what they wrote. Leaving the block (also by an error or a
    cancel) waits for the running chunks and drops the rest, so nothing writes into the
    staging folder once it is removed."""

    def __init__(self, workers: int, forced: bool) -> None:
        self.workers, self.forced = workers, forced
        self._executor: ProcessPoolExecutor | None = None
        self._futures: list[tuple[Future[list[Written]], Task]] = []
        self._renderers: dict[str, OfferPages] = {}

    def wants(self, pages: int) -> bool:
        return self.workers > 1 and (self.forced or pages >= POOL_MIN_PAGES)

    def __enter__(self) -> OfferPool:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def submit(self, task: Task) -> None:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=watch_parent,
            )
        future = self._executor.submit(render_task, task)
        self._futures.append((future, task))

    def finish(self, step: Callable[[], None]) -> Iterator[Written]:
        """What every chunk wrote, in the order they were handed out; `step` once a page.
        This process, done with its lists, first renders the chunks no worker has started,
        from the last one back, while the workers take them from the first: so it works
        instead of waiting (a cancelled future is one no worker will take)."""
        done: dict[int, list[Written]] = {}
        for index in range(len(self._futures) - 1, -1, -1):
            future, task = self._futures[index]
            if not future.cancel():
                break  # a worker has it, and so all the chunks before it
            done[index] = render_task(task, self._renderers)
        for index, (future, task) in enumerate(self._futures):
            yield from done[index] if index in done else future.result()
            for _ in task.pages:
                step()
        self._futures = []
