"""The pieces of the package reader: the schema check, the JSON guard, names."""

from __future__ import annotations

import copy
import json
from typing import Any

import fastjsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft7Validator

from kuhina_desktop.demo.content import generate_demo
from kuhina_desktop.domain.serialize import snapshot_to_json
from kuhina_desktop.packages import data_checks, json_guard
from kuhina_desktop.packages.errors import PackageError, shown
from kuhina_desktop.resources import resource_path
from tests.unit.hostile_packages import snapshot

SCHEMA: dict[str, Any] = json.loads(
    resource_path("schema", "package-data.schema.json").read_text(encoding="utf-8")
)
REFERENCE = Draft7Validator(SCHEMA)
DOCUMENTS = [snapshot_to_json(snapshot())] + [
    snapshot_to_json(demo.snapshot) for demo in generate_demo(2, 4, seed=11)
]
# The keywords whose meaning fastjsonschema and jsonschema were checked to share below; a
# schema that starts using another one (format, const, anyOf...) needs that check first.
CHECKED_KEYWORDS = {
    "$ref", "allOf", "type", "enum", "maxLength", "pattern", "maxItems", "items",
    "properties", "required", "additionalProperties",
}  # fmt: skip
ANNOTATIONS = {"$schema", "$id", "$defs", "title", "description", "$comment"}


def _nodes(node: Any) -> list[dict[str, Any]]:
    """Every schema object in `node` (property maps and `$defs` looked into, not counted)."""
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        found.append(node)
        for key, value in node.items():
            if key in ("properties", "$defs"):
                for child in value.values():
                    found += _nodes(child)
            elif key in ("items", "additionalProperties"):
                found += _nodes(value)
            elif key == "allOf":
                for child in value:
                    found += _nodes(child)
    return found


def fast_verdict(check: Any, value: Any) -> bool:
    try:
        check(value)
    except fastjsonschema.JsonSchemaValueException:
        return False
    return True


FAST = data_checks._fast_check()


def test_the_schema_is_one_fastjsonschema_reads_as_written() -> None:
    """fastjsonschema knows drafts 4, 6 and 7 and reads any other `$schema` as draft 7;
    draft 7 ignores keywords beside `$ref` (so the schema puts them beside an `allOf`)."""
    assert SCHEMA["$schema"] == "http://json-schema.org/draft-07/schema#"
    nodes = _nodes(SCHEMA)
    assert len(nodes) > 50
    for node in nodes:
        assert set(node) - CHECKED_KEYWORDS - ANNOTATIONS == set(), node
        if "$ref" in node:
            assert set(node) <= {"$ref", "description", "$comment"}, node
        if "pattern" in node:  # `$` is spelled out for fastjsonschema: only as the last anchor
            assert node["pattern"].count("$") == node["pattern"].endswith("$"), node
        if "enum" in node:  # fastjsonschema compares with Python's ==, where True == 1
            assert all(isinstance(option, str) for option in node["enum"]), node


def test_an_unlisted_keyword_or_a_ref_with_siblings_is_seen() -> None:
    """The walk above finds what it looks for, so the test can fail."""
    nodes = _nodes({"$defs": {"A": {"type": "object", "$ref": "#/$defs/B", "format": "x"}}})
    assert {"type": "object", "$ref": "#/$defs/B", "format": "x"} in nodes


@pytest.mark.parametrize("document", DOCUMENTS)
def test_valid_documents_pass_both(document: dict[str, Any]) -> None:
    assert REFERENCE.is_valid(document)
    assert fast_verdict(FAST, document)
    assert data_checks.check_schema(document) is document


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*path, index))
    return found


_TRICKY_STRINGS = st.sampled_from([
    "", "fi", "2026-11-01", "2026-11-01\n", "2026-13-45", "09:00", "9:00", "24:00",
    "2026-11-01T09:00:00+02:00", "2026-11-01T09:00:00", "published", "draft", "deleted",
    "0b7a4c1e-2f3d-4e5a-8b6c-7d8e9f0a1b2c", "0B7A4C1E-2F3D-4E5A-8B6C-7D8E9F0A1B2C",
    "attachments/" + "a" * 64 + ".png", "attachments/" + "a" * 64 + ".gif", "167", "work_trial",
    "Work Trial", "x" * 101, "x" * 1001, "x" * 10001,
])  # fmt: skip
_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**40), 2**40),
    st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=20), _TRICKY_STRINGS,
    st.just(1.0), st.just(0), st.just(True),
)  # fmt: skip
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


@settings(max_examples=250, deadline=None)
@given(data=st.data())
def test_fastjsonschema_agrees_with_jsonschema(data: st.DataObject) -> None:
    """The same verdicts on mutated documents (trailing line feeds among the strings)."""
    document = copy.deepcopy(data.draw(st.sampled_from(DOCUMENTS), label="document"))
    for _ in range(data.draw(st.integers(1, 3), label="changes")):
        path = data.draw(st.sampled_from(_paths(document)), label="path")
        action = data.draw(st.sampled_from(["replace", "delete", "add"]), label="action")
        if not path:
            document = data.draw(_VALUES) if action == "replace" else document
            continue
        parent = document
        for part in path[:-1]:
            parent = parent[part]
        last = path[-1]
        if action == "replace":
            parent[last] = data.draw(_VALUES, label="value")
        elif action == "delete":
            del parent[last]
        elif isinstance(parent, dict):
            parent[data.draw(st.text(max_size=8), label="key")] = data.draw(_VALUES)
        else:
            parent.append(data.draw(_VALUES, label="item"))
    assert fast_verdict(FAST, document) == REFERENCE.is_valid(document)


@pytest.mark.parametrize(
    ("schema", "value", "expected"),
    [
        ({"type": "integer"}, 1.0, True),
        ({"type": "integer"}, 1.5, False),
        ({"type": "integer"}, True, False),
        ({"type": ["integer", "null"]}, 2.0, True),
        ({"type": ["integer", "null"]}, True, False),
        ({"type": "number"}, False, False),
        ({"enum": ["a"]}, "a", True),
        ({"enum": ["a"]}, None, False),
        ({"pattern": "^a$"}, "xa", False),
        ({"pattern": "^a$"}, "a\n", True),  # Python's `$`, as jsonschema and the program
        ({"pattern": "^a$"}, "a\n\n", False),
        ({"pattern": "^a\\$"}, "a$", True),
        ({"pattern": "a"}, "xa", True),  # a search, not a full match
        ({"pattern": "^a$"}, 5, True),
        ({"maxLength": 2}, "abc", False),
        ({"maxLength": 2}, "äö", True),  # characters, not bytes
        ({"maxItems": 1, "items": {"type": "string"}}, ["a", 1], False),
        ({"properties": {"a": {"type": "string"}}, "additionalProperties": False}, {"b": 1},
         False),
        ({"required": ["a"]}, {}, False),
        ({"required": ["a"]}, [], True),
        ({"type": ["object", "null"], "allOf": [{"required": ["a"]}]}, None, True),
        ({"type": ["object", "null"], "allOf": [{"required": ["a"]}]}, {}, False),
        ({"$defs": {"P": {"required": ["a"]}}, "items": {"$ref": "#/$defs/P"}}, [{"a": 1}, {}],
         False),
        ({"$defs": {"P": {"required": ["a"]}}, "items": {"$ref": "#/$defs/P"}}, [{"a": 1}],
         True),
        # a part that refers to itself (put in place once, then a reference)
        ({"$defs": {"T": {"type": "object", "properties": {"c": {"items": {"$ref": "#/$defs/T"}}}}},
          "items": {"$ref": "#/$defs/T"}}, [{"c": [{"c": [{"c": []}]}]}], True),
        ({"$defs": {"T": {"type": "object", "properties": {"c": {"items": {"$ref": "#/$defs/T"}}}}},
          "items": {"$ref": "#/$defs/T"}}, [{"c": [{"c": [{"c": [1]}]}]}], False),
    ],
)  # fmt: skip
def test_keyword_semantics(schema: dict[str, Any], value: Any, expected: bool) -> None:
    """The keywords the schema uses mean the same to both libraries, draft 7."""
    draft7 = {"$schema": "http://json-schema.org/draft-07/schema#", **schema}
    assert fast_verdict(data_checks.compile_check(draft7), value) is expected
    assert Draft7Validator(draft7).is_valid(value) is expected


def test_schema_refusal_names_the_field() -> None:
    document = copy.deepcopy(DOCUMENTS[0])
    del document["opportunities"][1]["title"]
    with pytest.raises(PackageError) as refused:
        data_checks.check_schema(document)
    assert refused.value.code == "data_schema_invalid"
    assert refused.value.params == {"field": "opportunities[1].title", "detail": "required"}


@pytest.mark.parametrize(
    ("text", "depth", "longest"),
    [("1", 0, 0), ("[]", 1, 0), ('{"ab": "cde"}', 1, 3), ('[[["x"]], {"k": []}]', 3, 1),
     ("[" * 32 + "]" * 32, 32, 0)],
)  # fmt: skip
def test_measure(text: str, depth: int, longest: int) -> None:
    assert json_guard.measure(json.loads(text)) == (depth, longest)


def test_json_limits() -> None:
    assert json_guard.parse_member("x", b"[" * 32 + b"]" * 32) is not None
    for raw, code in [
        (b"[" * 33 + b"]" * 33, "member_json_too_deep"),
        (b"[" * 5000 + b"]" * 5000, "member_json_too_deep"),
        (b'["' + b"a" * 100_001 + b'"]', "member_json_string_too_long"),
        (b'{"' + b"k" * 100_001 + b'": 1}', "member_json_string_too_long"),
        (b'{"a": 1, "a": 2}', "member_json_duplicate_key"),
        (b"[Infinity]", "member_json_invalid"),
        (b"\xef\xbb\xbf{}", "member_json_invalid"),
        (b"\xff{}", "member_encoding_invalid"),
    ]:
        with pytest.raises(PackageError) as refused:
            json_guard.parse_member("data.json", raw)
        assert refused.value.code == code, raw[:20]
    assert json_guard.parse_member("x", b'["' + b"a" * 100_000 + b'"]') == ["a" * 100_000]


def test_shown_escapes_control_characters_and_shortens() -> None:
    assert shown("data.json") == "data.json"
    assert shown("\x1b[2J") == "\\x1b[2J"
    assert shown("ä€") == "\\xe4\\u20ac"
    assert len(shown("a" * 1000)) == 120


def test_the_package_layer_imports_only_the_domain_below_it() -> None:
    """docs/architecture.md: services -> packages -> domain; packages never imports upwards."""
    import ast
    from pathlib import Path

    import kuhina_desktop

    folder = Path(kuhina_desktop.__file__).parent / "packages"
    forbidden = ("services", "store", "catalogue", "exports", "cli", "ui")
    offenders = []
    for path in folder.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                parts = name.split(".")
                if parts[0] == "kuhina_desktop" and len(parts) > 1 and parts[1] in forbidden:
                    offenders.append(f"{path.name}: {name}")
    assert offenders == []
