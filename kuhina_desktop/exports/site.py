"""The static web catalogue (`kuhina catalogue publish`, DESIGN section 7).

`publish_site` renders the Jinja2 templates of `resources/site/templates/` (autoescape on,
no value ever marked safe) into a folder that works from any web server and from disk:

    index.html, sv/index.html, en/index.html          every opportunity, with filters
    kunta/<code>.html (and sv/, en/)                   one municipality
    tarjous/<id>.html (and sv/, en/)                   one opportunity's details
    embed.html?kunta=<code>[&lang=sv] (and sv/, en/)   one municipality for an iframe
    embed-ohje.html (and sv/, en/)                     the iframe snippets to copy
    data/catalogue-<lang>.js                           `window.KUHINA_DATA = {...}` for the filters
    assets/                                            site.css, catalogue.js, favicon.svg
    kuvat/<sha256>.<png|jpg>                           photos from the attachment loader

The data is a script, not JSON, because browsers refuse fetch() of local files. The site is
built in a temporary folder beside `out_dir` and moved into place when complete, so a cancel
or a failure leaves the previous site as it was.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from kuhina_desktop.catalogue.published import PublishedCatalogue
from kuhina_desktop.domain.vocab import Vocabulary, load_vocabulary
from kuhina_desktop.errors import KnownError
from kuhina_desktop.exports.site_data import (
    SITE_LANGUAGES,
    ListItem,
    count_text,
    js_assignment,
    js_data,
    lang_attribute,
    list_item,
    paragraphs,
    sort_key,
    strings_for,
    template_strings,
)
from kuhina_desktop.exports.site_details import detail_view, format_day, format_timestamp
from kuhina_desktop.progress import Progress
from kuhina_desktop.resources import resource_path

MARKER = ".kuhina-site"
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'none'"
)
EMBED_PLACEHOLDER = "https://www.example.fi/kuhina/"
ASSETS = ("site.css", "catalogue.js", "favicon.svg")
MAX_PHOTO_BYTES = 20 * 1024 * 1024
_PHOTO_REF = re.compile(r"attachments/([0-9a-f]{64})\.(png|jpg)")
_MAGIC = {"png": b"\x89PNG\r\n\x1a\n", "jpg": b"\xff\xd8\xff"}


def publish_site(
    catalogue: PublishedCatalogue,
    out_dir: Path,
    *,
    progress: Progress | None = None,
    today: date | None = None,
) -> Path:
    """Write the web catalogue into `out_dir` (replacing an earlier one) and return it.

    Refuses (`publish_target_not_site`) a folder that holds anything but an earlier site.
    Raises `Cancelled` from `progress`, leaving `out_dir` untouched.
    """
    out_dir = Path(out_dir)
    _check_target(out_dir)
    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    except OSError as exc:
        raise KnownError("file_write_failed", path=str(out_dir), reason=str(exc)) from exc
    try:
        staging.chmod(0o755)
        writer = _SiteWriter(catalogue, staging, progress or Progress(), today or date.today())
        writer.write()
        _swap(staging, out_dir)
    except BaseException as exc:
        shutil.rmtree(staging, ignore_errors=True)
        if isinstance(exc, OSError):
            raise KnownError("file_write_failed", path=str(out_dir), reason=str(exc)) from exc
        raise
    return out_dir


def _check_target(out_dir: Path) -> None:
    """Only a missing or empty folder, or an earlier site (it has MARKER), is replaced."""
    foreign = out_dir.is_dir() and any(out_dir.iterdir()) and not (out_dir / MARKER).is_file()
    if foreign or (out_dir.exists() and not out_dir.is_dir()):
        raise KnownError("publish_target_not_site", path=str(out_dir))


def _swap(staging: Path, out_dir: Path) -> None:
    """Put the new site in place; the old one is moved aside first and then removed."""
    if not out_dir.exists():
        staging.rename(out_dir)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old.", dir=out_dir.parent))
    old.rmdir()
    out_dir.rename(old)
    staging.rename(out_dir)
    shutil.rmtree(old, ignore_errors=True)


def lang_prefix(lang: str) -> str:
    return "" if lang == "fi" else f"{lang}/"


class _SiteWriter:
    """Writes one site into an empty folder."""

    def __init__(
        self, catalogue: PublishedCatalogue, root: Path, progress: Progress, today: date
    ) -> None:
        self.catalogue = catalogue
        self.root = root
        self.progress = progress
        self.today = today
        self.vocab: Vocabulary = load_vocabulary()
        self.last_updated = catalogue.last_updated  # a max over organisations: once, not per page
        self.templates = Environment(
            loader=FileSystemLoader(resource_path("site", "templates")),
            autoescape=True,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.templates.globals.update(
            count_label=lambda lang, n: count_text(strings_for(lang), n),
            la=lang_attribute,
            paragraphs=paragraphs,
        )
        self.photos: dict[str, str] = {}
        self._folders: set[Path] = set()

    def write(self) -> None:
        pairs = list(self.catalogue.opportunities())
        municipalities = self.vocab.entries("municipalities")
        refs = self._photo_refs()
        per_language = 1 + len(municipalities) + len(pairs) + 2
        self.progress.start(len(refs) + len(SITE_LANGUAGES) * per_language, "publish_site")
        for name in ASSETS:
            self._write_bytes(f"assets/{name}", resource_path("site", "assets", name).read_bytes())
        for ref in refs:
            self._copy_photo(ref)
            self.progress.step()
        for lang in SITE_LANGUAGES:
            self._write_language(lang, pairs)
        self._write_bytes(MARKER, b"Kuhina web catalogue; kuhina catalogue publish replaces it.\n")

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
        content = self.catalogue.attachment_loader(ref)
        if not content or len(content) > MAX_PHOTO_BYTES or not content.startswith(_MAGIC[ext]):
            return
        if hashlib.sha256(content).hexdigest() != sha:
            return
        name = f"kuvat/{sha}.{ext}"
        self._write_bytes(name, content)
        self.photos[ref] = name

    def _write_language(self, lang: str, pairs: list[Any]) -> None:
        s = strings_for(lang)
        items = [list_item(org, opp, self.vocab, lang, self.today) for org, opp in pairs]
        ordered = sorted(items, key=lambda item: (sort_key(item.title.text), item.slug))
        data = js_assignment("KUHINA_DATA", js_data(ordered, self.vocab, lang))
        self._write_bytes(f"data/catalogue-{lang}.js", data.encode("utf-8", "replace"))
        links = self._municipality_links(ordered, lang)
        # Each entry is rendered once for the front page and once for the municipality
        # pages one folder down, then reused: a region's entries appear on several pages.
        at_top = self._entries(ordered, lang, "")
        self._render(
            "list.html", lang, "index.html", page_kind="index", results=at_top,
            heading=s["index_heading"], intro=s["index_intro"], municipality=None,
            municipality_links=links, show_municipality_filter=True,
        )  # fmt: skip
        del at_top
        one_down = self._entries(ordered, lang, "../")
        for link in links:
            subset = [
                one_down[n] for n, item in enumerate(ordered) if link["code"] in item.municipalities
            ]
            self._render(
                "list.html", lang, f"kunta/{link['code']}.html", page_kind="municipality",
                results=subset, heading=s["municipality_heading"].format(name=link["label"]),
                intro=s["municipality_intro"].format(name=link["label"]), municipality=link,
                show_municipality_filter=False,
            )  # fmt: skip
        del one_down
        for (org, opp), item in zip(pairs, items, strict=True):
            view = detail_view(org, opp, item, self.vocab, lang, s, self.photos.get)
            self._render(
                "details.html", lang, f"tarjous/{item.slug}.html", page_kind="details",
                view=view, municipality=None,
            )  # fmt: skip
        self._render(
            "embed.html", lang, "embed.html", page_kind="embed", results=[], municipality=None,
            municipality_links=links, show_municipality_filter=False,
        )  # fmt: skip
        self._render(
            "embed_help.html", lang, "embed-ohje.html", page_kind="embed-help",
            municipality=None, snippets=self._snippets(links, lang, s),
            placeholder=EMBED_PLACEHOLDER,
        )  # fmt: skip

    def _entries(self, items: list[ListItem], lang: str, lang_root: str) -> list[Markup]:
        """The list entries (macros.html `result`) for pages whose language root is lang_root."""
        context = {"lang": lang, "lang_root": lang_root, "s": template_strings(lang)}
        macros = self.templates.get_template("macros.html").make_module(vars=context)
        result = vars(macros)["result"]
        return [result(item) for item in items]

    def _municipality_links(self, items: list[ListItem], lang: str) -> list[dict[str, Any]]:
        counts: dict[str, int] = {}
        for item in items:
            for code in item.municipalities:
                counts[code] = counts.get(code, 0) + 1
        return [
            {"code": e.code, "label": e.label(lang), "count": counts.get(e.code, 0)}
            for e in self.vocab.entries("municipalities")
        ]

    @staticmethod
    def _snippets(links: list[dict[str, Any]], lang: str, s: dict[str, str]) -> list[Any]:
        query = "" if lang == "fi" else f"&amp;lang={lang}"
        snippets = []
        for link in links:
            title = s["embed_frame_title"].format(name=link["label"]).replace('"', "&quot;")
            text = (
                f'<iframe src="{EMBED_PLACEHOLDER}embed.html?kunta={link["code"]}{query}" '
                f'title="{title}" width="100%" height="900" style="border:0"></iframe>'
            )
            snippets.append({**link, "code_text": text})
        return snippets

    def _page_context(self, lang: str, page: str) -> dict[str, Any]:
        """What base.html needs: paths relative to this page, language links, dates."""
        path = lang_prefix(lang) + page
        root = "../" * path.count("/")
        alternates = [
            {
                "lang": other,
                "name": strings_for(other)["language_name"],
                "href": root + lang_prefix(other) + page,
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
        }

    def _render(self, template: str, lang: str, page: str, **context: Any) -> None:
        path = self._target(lang_prefix(lang) + page)
        html = self.templates.get_template(template).render(
            **self._page_context(lang, page), **context
        )
        path.write_bytes(html.encode("utf-8", "replace"))
        self.progress.step()

    def _write_bytes(self, relative: str, content: bytes) -> None:
        self._target(relative).write_bytes(content)

    def _target(self, relative: str) -> Path:
        path = self.root / relative
        if path.parent not in self._folders:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._folders.add(path.parent)
        return path
