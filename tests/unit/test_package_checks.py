"""The pieces of the package reader: the compiled schema check, the JSON guard, names."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from kuhina_desktop.demo.content import generate_demo
from kuhina_desktop.domain.serialize import snapshot_to_json
from kuhina_desktop.packages import data_checks, json_guard
from kuhina_desktop.packages.errors import PackageError, shown
from kuhina_desktop.packages.schema_check import UnsupportedSchema, compile_schema
from kuhina_desktop.resources import resource_path
from tests.unit.hostile_packages import snapshot

SCHEMA: dict[str, Any] = json.loads(
    resource_path("schema", "package-data.schema.json").read_text(encoding="utf-8")
)
REFERENCE = Draft202012Validator(SCHEMA)
COMPILED = compile_schema(SCHEMA)
DOCUMENTS = [snapshot_to_json(snapshot())] + [
    snapshot_to_json(demo.snapshot) for demo in generate_demo(2, 4, seed=11)
]


def test_the_data_schema_compiles_without_falling_back() -> None:
    assert data_checks._fast_check() is not None
    compile_schema(SCHEMA)  # raises UnsupportedSchema if a keyword is not compiled


@pytest.mark.parametrize("document", DOCUMENTS)
def test_valid_documents_pass_both(document: dict[str, Any]) -> None:
    assert REFERENCE.is_valid(document)
    assert COMPILED(document)


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
def test_compiled_check_agrees_with_jsonschema(data: st.DataObject) -> None:
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
    assert COMPILED(document) == REFERENCE.is_valid(document)


@pytest.mark.parametrize(
    ("schema", "value", "expected"),
    [
        ({"type": "integer"}, 1.0, True),
        ({"type": "integer"}, 1.5, False),
        ({"type": "integer"}, True, False),
        ({"type": "number"}, False, False),
        ({"enum": [1]}, True, False),
        ({"enum": ["a"]}, "a", True),
        ({"pattern": "^a$"}, "a\n", True),  # re.search, as jsonschema
        ({"pattern": "^a$"}, 5, True),
        ({"maxLength": 2}, "abc", False),
        ({"maxItems": 1, "items": {"type": "string"}}, ["a", 1], False),
        ({"properties": {"a": {"type": "string"}}, "additionalProperties": False}, {"b": 1},
         False),
        ({"required": ["a"]}, {}, False),
        ({"required": ["a"]}, [], True),
    ],
)  # fmt: skip
def test_keyword_semantics(schema: dict[str, Any], value: Any, expected: bool) -> None:
    assert compile_schema(schema)(value) is expected
    assert Draft202012Validator(schema).is_valid(value) is expected


_TREE = {
    "$defs": {
        "Node": {
            "type": "object",
            "additionalProperties": False,
            "required": ["name"],
            "properties": {
                "name": {"type": "string", "maxLength": 3},
                "children": {"type": "array", "items": {"$ref": "#/$defs/Node"}},
            },
        }
    },
    "$ref": "#/$defs/Node",
}
_OPEN = {"properties": {"a": {}}, "required": ["a"], "additionalProperties": {"type": "integer"}}
_NULLABLE = {"type": ["null", "string"], "enum": [None, "a"], "maxLength": 1}
_SHARED = {
    "$defs": {"P": {"properties": {"a": {"type": "string"}}, "required": ["a"]}},
    "type": "array",
    "items": {"type": ["object", "null", "string"], "$ref": "#/$defs/P"},
}


@pytest.mark.parametrize(
    ("schema", "value", "expected"),
    [
        ({"type": ["integer", "null"]}, 2.0, True),
        ({"type": ["integer", "null"]}, None, True),
        ({"type": ["integer", "null"]}, True, False),
        ({"type": ["integer", "null"]}, "1", False),
        ({"type": ["number", "string"], "maxLength": 2}, "abc", False),
        ({"type": ["number", "string"], "maxLength": 2}, 12345, True),
        ({"type": ["integer", "number"], "enum": [1]}, 1.0, True),
        ({"type": ["integer", "number"], "enum": [1]}, 2, False),
        ({"type": "integer", "enum": [1, True]}, True, False),
        ({"type": [], "enum": [None]}, None, False),
        ({"enum": [None]}, None, True),
        ({"enum": ["a"]}, None, False),
        (_NULLABLE, None, True),
        (_NULLABLE, "a", True),
        (_NULLABLE, "b", False),
        (_NULLABLE, 1, False),
        (_TREE, {"name": "a", "children": [{"name": "b", "children": [{"name": "c"}]}]}, True),
        (_TREE, {"name": "a", "children": [{"name": "b", "children": [{"name": "long"}]}]},
         False),
        (_TREE, {"name": "a", "children": [{"name": "b", "children": [{}]}]}, False),
        (_TREE, {"name": "a", "children": [{"name": "b", "other": 1}]}, False),
        (_OPEN, {"a": "x", "b": 1}, True),
        (_OPEN, {"a": "x", "b": "x"}, False),
        (_OPEN, {"b": 1}, False),
        ({"type": ["object", "null"], "properties": {"a": False}}, {"a": 1}, False),
        ({"type": ["object", "null"], "properties": {"a": False}}, {"b": 1}, True),
        ({"type": ["array", "null"], "items": False}, [], True),
        ({"type": ["array", "null"], "items": False}, [1], False),
        (_SHARED, [{"a": "x"}, None, "s", {"a": "y", "b": 1}], True),
        (_SHARED, [{"a": 1}], False),
        (_SHARED, [None, {}], False),
        (_SHARED, [5], False),
        ({"$ref": "#/$defs/P", "$defs": _SHARED["$defs"]}, 5, True),
    ],
)  # fmt: skip
def test_compiled_branches_and_references(
    schema: dict[str, Any], value: Any, expected: bool
) -> None:
    assert compile_schema(schema)(value) is expected
    assert Draft202012Validator(schema).is_valid(value) is expected


def test_an_unknown_keyword_does_not_compile_even_where_no_value_reaches_it() -> None:
    with pytest.raises(UnsupportedSchema):
        compile_schema({"type": "string", "items": {"minItems": 1}})
    with pytest.raises(UnsupportedSchema):
        compile_schema({"type": "null", "properties": {"a": {"type": "date"}}})
    with pytest.raises(UnsupportedSchema):
        compile_schema({"type": "null", "$ref": "#/$defs/Missing"})


def test_an_unknown_keyword_does_not_compile() -> None:
    with pytest.raises(UnsupportedSchema):
        compile_schema({"type": "object", "minProperties": 1})
    with pytest.raises(UnsupportedSchema):
        compile_schema({"$ref": "https://example.org/schema"})


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
    """DESIGN section 2: services -> packages -> domain; packages never imports upwards."""
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
