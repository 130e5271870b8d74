"""Every problem code has a Finnish, Swedish and English message that its parameters fill."""

from __future__ import annotations

import ast
import inspect
import json
import string
from pathlib import Path
from types import ModuleType

import pytest

from kuhina_desktop import messages
from kuhina_desktop.domain import checks, validation
from kuhina_desktop.resources import resource_path
from kuhina_desktop.services import data_file

EMITTERS: dict[str, tuple[ModuleType, ...]] = {
    "validation": (validation, checks),
    "data_file": (data_file,),
}
ALL_CODES = {**validation.CODES, **data_file.CODES}


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _emitted_literals(module: ModuleType) -> set[str]:
    """String literals in the places a module names a problem code.

    `report.add(field, "code")`, `Problem(id, field, "code", ...)`, `JsonRefused("code")`,
    a checker's `return "code", {...}`, and `_reference(..., "code")`.
    """
    tree = ast.parse(inspect.getsource(module))
    found: set[str] = set()

    def literal(node: ast.AST | None) -> None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.add(node.value)

    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            args = node.args
            if name == "add" and len(args) >= 2:
                literal(args[1])
            elif name == "Problem" and len(args) >= 3:
                literal(args[2])
            elif name == "JsonRefused" and args:
                literal(args[0])
            elif name == "_reference" and len(args) >= 5:
                literal(args[4])
        elif (
            isinstance(node, ast.Return)
            and isinstance(node.value, ast.Tuple)
            and len(node.value.elts) == 2
            and isinstance(node.value.elts[1], ast.Dict)
        ):
            literal(node.value.elts[0])
    return found


@pytest.mark.parametrize("area", sorted(EMITTERS))
def test_every_code_the_source_emits_is_declared(area: str) -> None:
    declared = validation.CODES if area == "validation" else data_file.CODES
    emitted: set[str] = set()
    for module in EMITTERS[area]:
        emitted |= _emitted_literals(module)
    assert emitted, "the scan found no codes: has the way codes are emitted changed?"
    assert emitted <= set(declared), sorted(emitted - set(declared))
    sources = "".join(inspect.getsource(m) for m in EMITTERS[area])
    unused = [code for code in declared if sources.count(f'"{code}"') < 2]
    assert unused == [], "declared but never emitted"


def test_validation_and_data_file_codes_do_not_clash() -> None:
    assert not set(validation.CODES) & set(data_file.CODES)


@pytest.mark.parametrize("code", sorted(ALL_CODES))
def test_every_code_has_messages_in_three_languages(code: str) -> None:
    texts = messages.catalogue()[code]
    for language in ("fi", "sv", "en"):
        template = texts[language]
        assert template.strip(), (code, language)
        missing = _placeholders(template) - set(ALL_CODES[code])
        assert not missing, (code, language, missing)


@pytest.mark.parametrize("code", sorted(ALL_CODES))
def test_every_message_formats_with_the_codes_params(code: str) -> None:
    params = {name: f"<{name}>" for name in ALL_CODES[code]}
    for language in ("fi", "sv", "en"):
        text = messages.translate(code, language, **params)
        assert "{" not in text and "}" not in text, (code, language, text)
        assert text != code


def _message_files() -> list[Path]:
    return sorted(resource_path("messages").glob("*.json"))


@pytest.mark.parametrize("path", _message_files(), ids=lambda p: p.name)
def test_every_message_file_is_complete(path: Path) -> None:
    catalogue = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(catalogue, dict) and catalogue
    for code, texts in catalogue.items():
        assert code and code == code.strip()
        assert set(texts) == {"fi", "sv", "en"}, code
        for language, template in texts.items():
            assert isinstance(template, str) and template.strip(), (path.name, code, language)
            list(string.Formatter().parse(template))  # raises on unbalanced braces
