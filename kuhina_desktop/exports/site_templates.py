"""The web catalogue's Jinja2 templates, one environment per page language.

Autoescape is on and no value is ever marked safe. Two things keep rendering cheap when a
national catalogue needs close to a million pages:
- `{{ s.key }}` (a UI string of the page's language) is written into the template source
  when it is loaded, already escaped, instead of being looked up and escaped on every page;
- `Frame` renders a page's frame (page_shell.html: head, header, footer) once and fills in
  each page's name, title and main content.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from jinja2 import BaseLoader, Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from kuhina_desktop.exports.site_data import (
    count_text,
    lang_attribute,
    language_tag,
    only_in,
    paragraphs,
    strings_for,
    template_strings,
)
from kuhina_desktop.resources import resource_path

_UI_STRING = re.compile(r"\{\{ s\.([a-z_]+) \}\}")
_JINJA_SYNTAX = ("{{", "{%", "{#", "}}", "%}", "#}")
SLUG_MARK, TITLE_MARK, MAIN_MARK = "kuhina-page-slug", "kuhina-page-title", "kuhina-page-main"
DESCRIPTION_MARK = "kuhina-page-description"
_MARKS = re.compile(f"({SLUG_MARK}|{TITLE_MARK}|{MAIN_MARK}|{DESCRIPTION_MARK})")


class _LanguageLoader(BaseLoader):
    """The templates folder, with the UI strings of one language written in."""

    def __init__(self, lang: str) -> None:
        self.files = FileSystemLoader(resource_path("site", "templates"))
        self.strings = vars(template_strings(lang))

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        source, filename, uptodate = self.files.get_source(environment, template)
        return _UI_STRING.sub(self._string, source), filename, uptodate

    def _string(self, match: re.Match[str]) -> str:
        value = self.strings.get(match.group(1))
        if value is None or any(syntax in value for syntax in _JINJA_SYNTAX):
            return match.group(0)  # left to the template: StrictUndefined names a wrong key
        return str(value)


@cache
def language_templates(lang: str) -> Environment:
    """One language's templates, compiled when first used and kept for the process: the
    coordinator's window publishes again and again, and compiling a language's templates
    costs a good part of a republish after one package. Jinja2 loads a template again when
    its file changed (`auto_reload`)."""
    templates = Environment(
        loader=_LanguageLoader(lang),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    templates.globals.update(
        count_label=lambda lang, n: count_text(strings_for(lang), n),
        la=lang_attribute,
        only_in=only_in,
        language_tag=language_tag,
        paragraphs=paragraphs,
    )
    return templates


def macros(templates: Environment, name: str, context: dict[str, Any]) -> dict[str, Any]:
    """The macros of a template, bound to `context` (what their pages have in common)."""
    return vars(templates.get_template(name).make_module(vars=context))


class Frame:
    """A page frame (page_shell.html) rendered once with markers, then filled per page: the
    page's file name (a slug: letters, digits and dashes), its title and description (escaped
    here, as autoescape would) and its main content (markup a template rendered)."""

    def __init__(self, templates: Environment, context: dict[str, Any]) -> None:
        html = templates.get_template("page_shell.html").render(
            **{**context, "description": DESCRIPTION_MARK}, title=TITLE_MARK, main=Markup(MAIN_MARK)
        )
        pieces = _MARKS.split(html)
        if TITLE_MARK not in pieces or pieces.count(MAIN_MARK) != 1:
            raise ValueError("page_shell.html must show the title, and the main content once")
        self._pieces = pieces

    def fill(self, slug: str, title: str, main: str, description: str = "") -> str:
        values = {
            SLUG_MARK: slug,
            TITLE_MARK: str(escape(title)),
            MAIN_MARK: main,
            DESCRIPTION_MARK: str(escape(description)),
        }
        return "".join([values.get(piece, piece) for piece in self._pieces])
