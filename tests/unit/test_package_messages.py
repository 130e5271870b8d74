"""Every reason code of the package layer, and every message its services and commands use,
has a Finnish, Swedish and English text whose placeholders its parameters fill."""

from __future__ import annotations

import ast
import json
import string
from pathlib import Path

import pytest

import kuhina_desktop
from kuhina_desktop import messages
from kuhina_desktop.packages.errors import REASONS
from kuhina_desktop.resources import resource_path

PACKAGE = Path(kuhina_desktop.__file__).parent
MODULES = sorted((PACKAGE / "packages").glob("*.py")) + [PACKAGE / "atomic_write.py"] + [
    PACKAGE / "services" / name
    for name in ("package_export.py", "backup.py", "key_rotation.py", "package_file.py")
] + [
    PACKAGE / "cli" / name
    for name in ("org_package_commands.py", "package_commands.py", "demo_command.py",
                 "passphrases.py")
]  # fmt: skip
CATALOGUE = json.loads(resource_path("messages", "package.json").read_text(encoding="utf-8"))
RAISERS = {"_refuse", "PackageRefused", "PackageError", "KnownError", "ValidationFailed",
           "SignatureError", "KeyFormatError", "KeyPassphraseError"}  # fmt: skip
SPEAKERS = {"info", "error", "t", "ask_passphrase"}


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _codes_used() -> set[str]:
    """String literals passed as the code to a raiser or a console call in our modules."""
    found: set[str] = set()
    for path in MODULES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            index = 1 if name == "ask_passphrase" else 0
            if name in RAISERS | SPEAKERS and len(node.args) > index:
                arg = node.args[index]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.add(arg.value)
    return found


@pytest.mark.parametrize("code", sorted(REASONS))
def test_every_reason_has_three_languages_with_its_parameters(code: str) -> None:
    texts = CATALOGUE[code]
    assert set(texts) == {"fi", "sv", "en"}
    for language, template in texts.items():
        assert template.strip(), (code, language)
        assert _placeholders(template) == set(REASONS[code]), (code, language)


def test_every_code_the_modules_use_has_a_message() -> None:
    used = _codes_used()
    assert len(used) > 60
    missing = sorted(code for code in used if code not in messages.catalogue())
    assert missing == []


def test_the_catalogue_holds_no_unused_codes() -> None:
    used = _codes_used() | set(REASONS) | {"passphrase_repeat_prompt"}
    assert sorted(set(CATALOGUE) - used) == []


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_every_message_translates_in_each_language(code: str) -> None:
    placeholders = _placeholders(CATALOGUE[code]["fi"])
    for language in ("fi", "sv", "en"):
        assert _placeholders(CATALOGUE[code][language]) == placeholders, (code, language)
        text = messages.translate(code, language, **{p: f"<{p}>" for p in placeholders})
        assert "{" not in text and all(f"<{p}>" in text for p in placeholders)


def test_the_format_document_lists_every_reason() -> None:
    document = (PACKAGE.parent / "docs" / "package-format.md").read_text(encoding="utf-8")
    assert [code for code in REASONS if f"| `{code}` |" not in document] == []
