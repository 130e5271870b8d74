"""The embed of the web catalogue on a municipality's own site (docs/web-catalogue.md).

Two forms, both shown on `embed-ohje.html` with the catalogue's address filled in:
- the one-line script, `<script src="BASE/embed.js" data-kunta="167" data-kieli="fi" async>`:
  `embed.js` (written here, with the frame's titles and the municipalities' names) puts an
  iframe where it stands and keeps it as tall as its content, from the height messages
  `assets/frame.js` posts inside the frame;
- the plain `<iframe src="BASE/embed.html?kunta=167">`, a fixed height.
"""

from __future__ import annotations

from typing import Any

from kuhina_desktop.domain.vocab import Vocabulary
from kuhina_desktop.exports.site_data import SITE_LANGUAGES, strings_for
from kuhina_desktop.exports.site_js import js_text
from kuhina_desktop.resources import resource_path

EMBED_PLACEHOLDER = "https://www.example.fi/kuhina/"
_TEXTS_MARK = "KUHINA_EMBED_TEXTS"


def embed_script(vocab: Vocabulary) -> str:
    """`embed.js` for the catalogue's root: the asset with its texts written in."""
    texts = {
        "title": {lang: strings_for(lang)["embed_frame_title"] for lang in SITE_LANGUAGES},
        "names": {
            lang: {e.code: e.label(lang) for e in vocab.entries("municipalities")}
            for lang in SITE_LANGUAGES
        },
    }
    source = resource_path("site", "assets", "embed.js").read_text(encoding="utf-8")
    if source.count(_TEXTS_MARK) != 2:  # the comment and the assignment
        raise ValueError("embed.js must name KUHINA_EMBED_TEXTS once in code")
    head, _, tail = source.rpartition(_TEXTS_MARK)
    return head + js_text(texts) + tail


def snippets(links: list[dict[str, Any]], lang: str, base: str) -> list[dict[str, Any]]:
    """Per municipality: the script snippet and the iframe snippet, as text to copy."""
    query = "" if lang == "fi" else f"&amp;lang={lang}"
    s = strings_for(lang)
    result = []
    for link in links:
        title = s["embed_frame_title"].format(name=link["label"]).replace('"', "&quot;")
        script = (
            f'<script src="{base}embed.js" data-kunta="{link["code"]}" data-kieli="{lang}" '
            "async></script>"
        )
        iframe = (
            f'<iframe src="{base}embed.html?kunta={link["code"]}{query}" '
            f'title="{title}" width="100%" height="900" style="border:0"></iframe>'
        )
        result.append({**link, "script_text": script, "code_text": iframe})
    return result
