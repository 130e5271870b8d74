"""A fast yes/no check of data.json against its JSON Schema, compiled into closures.

`jsonschema` walks the schema afresh for every value and spends ~180 ms on a 200-record
package; compiled once into nested closures the same verdict takes a few milliseconds.
Only the keywords the data.json schema uses are compiled (`SUPPORTED`); a schema that
uses any other keyword does not compile, and the caller then falls back to `jsonschema`,
so a change to the schema can make reading slower but never wrong. The semantics follow
draft 2020-12 as `jsonschema` implements them (`pattern` is `re.search`, `integer` accepts
a float with no fraction, booleans are not numbers, `enum` tells `1` from `true`), and a
unit test holds the two to the same verdicts on mutated documents. Only the verdict comes
from here: the message for a refusal comes from `jsonschema`, which can explain it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

Check = Callable[[Any], bool]

ANNOTATIONS = frozenset({"$schema", "$id", "$defs", "title", "description", "$comment"})
SUPPORTED = frozenset(
    {
        "$ref",
        "type",
        "enum",
        "maxLength",
        "pattern",
        "maxItems",
        "items",
        "properties",
        "required",
        "additionalProperties",
    }
)


class UnsupportedSchema(ValueError):
    """The schema uses a keyword or a reference this compiler does not handle."""


def _is_type(value: Any, name: str) -> bool:
    if name == "string":
        return isinstance(value, str)
    if name == "object":
        return isinstance(value, dict)
    if name == "array":
        return isinstance(value, list)
    if name == "null":
        return value is None
    if name == "boolean":
        return isinstance(value, bool)
    if isinstance(value, bool):
        return False
    if name == "integer":
        return isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    if name == "number":
        return isinstance(value, int | float)
    raise UnsupportedSchema(f"type {name!r}")


def _same(a: Any, b: Any) -> bool:
    """JSON equality as `jsonschema` sees it: booleans are not numbers."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    return bool(a == b) and isinstance(a, str) == isinstance(b, str)


_PYTHON_TYPES: dict[str, type] = {
    "string": str,
    "object": dict,
    "array": list,
    "null": type(None),
    "boolean": bool,
}


def _all(checks: list[Check]) -> Check:
    """One check that passes when every check in `checks` passes (few calls deep)."""
    if not checks:
        return lambda value: True
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        first, second = checks
        return lambda value: first(value) and second(value)
    first, rest = checks[0], _all(checks[1:])
    return lambda value: first(value) and rest(value)


class _Compiler:
    def __init__(self, root: dict[str, Any]) -> None:
        self.root = root
        self.defs: dict[str, Check] = {}

    def reference(self, pointer: str) -> Check:
        prefix = "#/$defs/"
        if not pointer.startswith(prefix):
            raise UnsupportedSchema(f"$ref {pointer!r}")
        name = pointer[len(prefix) :]
        definitions = self.root.get("$defs", {})
        if name not in definitions:
            raise UnsupportedSchema(f"$ref {pointer!r}")
        if name not in self.defs:
            compiled: list[Check] = []
            self.defs[name] = lambda value: compiled[0](value)  # resolves recursion
            compiled.append(self.compile(definitions[name]))
            self.defs[name] = compiled[0]
        return self.defs[name]

    def compile(self, node: Any) -> Check:
        if node is True or node == {}:
            return lambda value: True
        if node is False:
            return lambda value: False
        if not isinstance(node, dict):
            raise UnsupportedSchema("schema node")
        unknown = set(node) - SUPPORTED - ANNOTATIONS
        if unknown:
            raise UnsupportedSchema(", ".join(sorted(unknown)))
        checks: list[Check] = []
        if "type" in node:
            checks.append(self.type_check(node["type"]))
        if "$ref" in node:
            checks.append(self.reference(node["$ref"]))
        if "enum" in node:
            options = list(node["enum"])
            checks.append(lambda value: any(_same(value, option) for option in options))
        checks += self.string_checks(node) + self.array_checks(node) + self.object_checks(node)
        return _all(checks)

    @staticmethod
    def type_check(spec: Any) -> Check:
        names = [spec] if isinstance(spec, str) else list(spec)
        for name in names:
            _is_type(None, name)  # raises for an unknown type name
        if {"integer", "number"} & set(names):
            return lambda value: any(_is_type(value, name) for name in names)
        python_types = tuple(_PYTHON_TYPES[name] for name in names)
        return lambda value: isinstance(value, python_types)

    @staticmethod
    def string_checks(node: dict[str, Any]) -> list[Check]:
        checks: list[Check] = []
        if "maxLength" in node:
            limit = int(node["maxLength"])
            checks.append(lambda value: not isinstance(value, str) or len(value) <= limit)
        if "pattern" in node:
            search = re.compile(node["pattern"]).search
            checks.append(lambda value: not isinstance(value, str) or search(value) is not None)
        return checks

    def array_checks(self, node: dict[str, Any]) -> list[Check]:
        checks: list[Check] = []
        if "maxItems" in node:
            limit = int(node["maxItems"])
            checks.append(lambda value: not isinstance(value, list) or len(value) <= limit)
        if "items" in node:
            item = self.compile(node["items"])
            checks.append(lambda value: not isinstance(value, list) or all(map(item, value)))
        return checks

    def object_checks(self, node: dict[str, Any]) -> list[Check]:
        if not {"properties", "required", "additionalProperties"} & set(node):
            return []
        properties = {key: self.compile(sub) for key, sub in node.get("properties", {}).items()}
        required = tuple(node.get("required", ()))
        extra = self.compile(node.get("additionalProperties", True))

        def check(value: Any) -> bool:
            if not isinstance(value, dict):
                return True
            for key, member in value.items():
                if not properties.get(key, extra)(member):
                    return False
            return all(key in value for key in required)

        return [check]


def compile_schema(schema: dict[str, Any]) -> Check:
    """A function telling whether a JSON value matches `schema`; UnsupportedSchema when the
    schema needs a keyword this compiler lacks."""
    return _Compiler(schema).compile(schema)
