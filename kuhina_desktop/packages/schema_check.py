"""A fast yes/no check of data.json against its JSON Schema, compiled into Python code.

`jsonschema` walks the schema afresh for every value and spends ~180 ms on a 200-record
package. Here the schema is translated once into the source of a few straight-line Python
functions (one per definition that holds objects or arrays, the leaf definitions written
out in place), so a value is checked by a few `isinstance`, `len` and set comparisons and
no call per keyword.

Only the keywords the data.json schema uses are compiled (`SUPPORTED`); a schema that
uses any other keyword does not compile, and the caller then falls back to `jsonschema`,
so a change to the schema can make reading slower but never wrong. The semantics follow
draft 2020-12 as `jsonschema` implements them (`pattern` is `re.search`, `integer` accepts
a float with no fraction, booleans are not numbers, `enum` tells `1` from `true`), and a
unit test holds the two to the same verdicts on mutated documents. Only the verdict comes
from here: the message for a refusal comes from `jsonschema`, which can explain it.

The generated source holds no code from the schema: property names are written as Python
string literals (`repr`), patterns and key sets are constants in the function's namespace.
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
_DEFS = "#/$defs/"
_MAX_INLINE_DEPTH = 24
MAX_LINES = 50_000


class UnsupportedSchema(ValueError):
    """The schema uses a keyword or a reference this compiler does not handle."""


def _same(a: Any, b: Any) -> bool:
    """JSON equality as `jsonschema` sees it: booleans are not numbers."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    return bool(a == b) and isinstance(a, str) == isinstance(b, str)


def _type_test(name: str, var: str) -> str:
    """A Python expression telling whether `var` is of the JSON type `name`."""
    tests = {
        "null": f"{var} is None",
        "string": f"isinstance({var}, str)",
        "object": f"isinstance({var}, dict)",
        "array": f"isinstance({var}, list)",
        "boolean": f"isinstance({var}, bool)",
        "integer": (
            f"(isinstance({var}, int) and not isinstance({var}, bool)"
            f" or isinstance({var}, float) and {var}.is_integer())"
        ),
        "number": f"(isinstance({var}, (int, float)) and not isinstance({var}, bool))",
    }
    if not isinstance(name, str) or name not in tests:
        raise UnsupportedSchema(f"type {name!r}")
    return tests[name]


def _types(node: dict[str, Any]) -> list[str]:
    spec = node["type"]
    return [spec] if isinstance(spec, str) else list(spec)


def _is_of(name: str, known: str | None) -> bool | None:
    """Whether a value already known to be of JSON type `known` is of type `name`
    (None: not known)."""
    if known is None or (known == "number" and name == "integer"):
        return None
    return name == known or (known == "integer" and name == "number")


def _definition(root: dict[str, Any], pointer: Any) -> tuple[str, Any]:
    if not isinstance(pointer, str) or not pointer.startswith(_DEFS):
        raise UnsupportedSchema(f"$ref {pointer!r}")
    name = pointer[len(_DEFS) :]
    definitions = root.get("$defs", {})
    if not isinstance(definitions, dict) or name not in definitions:
        raise UnsupportedSchema(f"$ref {pointer!r}")
    return name, definitions[name]


def _check_supported(root: dict[str, Any], node: Any, seen: set[int]) -> None:
    """Raise UnsupportedSchema for anything in `node` (and what it refers to) that the
    generator cannot write, whether or not the generated code would reach it."""
    if node is True or node is False or id(node) in seen:
        return
    if not isinstance(node, dict):
        raise UnsupportedSchema("schema node")
    seen.add(id(node))
    unknown = set(node) - SUPPORTED - ANNOTATIONS
    if unknown:
        raise UnsupportedSchema(", ".join(sorted(unknown)))
    if "type" in node:
        for name in _types(node):
            _type_test(name, "v")
    if "$ref" in node:
        _check_supported(root, _definition(root, node["$ref"])[1], seen)
    if "pattern" in node:
        re.compile(node["pattern"])
    for key in ("items", "additionalProperties"):
        if key in node:
            _check_supported(root, node[key], seen)
    for sub in dict(node.get("properties", {})).values():
        _check_supported(root, sub, seen)


def _is_leaf(root: dict[str, Any], node: Any, seen: set[str]) -> bool:
    """Whether `node` constrains a value without looking inside objects or arrays."""
    if not isinstance(node, dict):
        return True
    if {"properties", "items", "additionalProperties"} & set(node):
        return False
    if "$ref" not in node:
        return True
    name, target = _definition(root, node["$ref"])
    if name in seen:
        return False
    return _is_leaf(root, target, seen | {name})


class _Generator:
    """Writes the checking function's source, line by line.

    `known` is what the code written so far has established about a value's JSON type,
    so that a keyword of another type is left out and one of that type needs no guard.
    """

    def __init__(self, root: dict[str, Any]) -> None:
        self.root = root
        self.namespace: dict[str, Any] = {"_same": _same}
        self.lines: list[str] = []
        self.finished: list[str] = []  # the source of every function written so far
        self.functions: dict[tuple[str, str | None], str] = {}  # ($defs name, known) -> name
        self.trivial: set[str] = set()  # functions that accept anything: never called
        self.expanding: list[str] = []  # $defs names being written out in place
        self.counter = 0

    def name(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def constant(self, value: Any) -> str:
        name = self.name("_c")
        self.namespace[name] = value
        return name

    def emit(self, indent: int, line: str) -> None:
        self.lines.append("    " * indent + line)

    def block(self, node: Any, var: str, indent: int, known: str | None) -> None:
        """The statements of `node` as the body of a block: `pass` when there are none."""
        before = len(self.lines)
        self.node(node, var, indent, known)
        if len(self.lines) == before:
            self.emit(indent, "pass")

    def function(
        self, node: Any, name: str, expanding: list[str], known: str | None = None
    ) -> None:
        """`def name(v0): ...` returning whether its argument (of JSON type `known`, when
        that is given) matches `node`."""
        saved = self.lines, self.expanding
        self.lines, self.expanding = [], expanding
        self.emit(0, f"def {name}(v0):")
        self.node(node, "v0", 1, known)
        self.emit(1, "return True")
        if len(self.lines) == 2:  # checks nothing: calls of it are left out
            self.trivial.add(name)
        else:
            self.finished += self.lines
        self.lines, self.expanding = saved

    def reference(self, pointer: Any, var: str, indent: int, known: str | None) -> None:
        """A leaf definition (a string's pattern, say) written out in place; one that holds
        objects or arrays, or refers to itself, as a call of a function of its own, written
        once for each type the value is known to have (so the code stays small)."""
        name, target = _definition(self.root, pointer)
        inline = name not in self.expanding and len(self.expanding) < _MAX_INLINE_DEPTH
        if inline and _is_leaf(self.root, target, set()):
            self.expanding.append(name)
            self.node(target, var, indent, known)
            self.expanding.pop()
            return
        if (name, known) not in self.functions:
            function = self.name("_d")
            self.functions[(name, known)] = function
            self.function(target, function, [name], known)
        function = self.functions[(name, known)]
        if function not in self.trivial:
            self.emit(indent, f"if not {function}({var}): return False")

    def node(self, node: Any, var: str, indent: int, known: str | None) -> None:
        """Statements that `return False` unless `var` matches the schema `node`."""
        if node is True or node == {}:
            return
        if node is False:
            self.emit(indent, "return False")
            return
        if "type" in node:
            types = _types(node)
            rest = {key: value for key, value in node.items() if key != "type"}
            if known is None and len(types) > 1:  # one branch per type, each knowing it
                ordered = sorted(types, key=lambda name: name != "null")
                for number, name in enumerate(ordered):
                    keyword = "if" if number == 0 else "elif"
                    self.emit(indent, f"{keyword} {_type_test(name, var)}:")
                    self.block(rest, var, indent + 1, name)
                self.emit(indent, "else: return False")
                return
            verdicts = [_is_of(name, known) for name in types]
            if not any(verdicts):
                if all(verdict is False for verdict in verdicts):
                    self.emit(indent, "return False")
                    return
                tests = [_type_test(name, var) for name in types]
                self.emit(indent, f"if not ({' or '.join(tests)}): return False")
                if len(types) == 1:
                    known = types[0]
            node = rest
        if "$ref" in node:
            self.reference(node["$ref"], var, indent, known)
        if "enum" in node:
            self.enum(list(node["enum"]), var, indent, known)
        self.strings(node, var, indent, known)
        self.arrays(node, var, indent, known)
        self.objects(node, var, indent, known)

    def enum(self, options: list[Any], var: str, indent: int, known: str | None) -> None:
        if known == "null":
            if not any(option is None for option in options):
                self.emit(indent, "return False")
        elif all(isinstance(option, str) for option in options):
            allowed = self.constant(frozenset(options))
            if known == "string":
                self.emit(indent, f"if {var} not in {allowed}: return False")
            else:
                self.emit(indent, f"if not (isinstance({var}, str) and {var} in {allowed}):")
                self.emit(indent + 1, "return False")
        else:
            listed = self.constant(tuple(options))
            self.emit(indent, f"if not any(_same({var}, o) for o in {listed}): return False")

    def guard(
        self, json_type: str, python_type: str, var: str, indent: int, known: str | None
    ) -> int | None:
        """The indent for a keyword of `json_type`: an `if isinstance(var, T):` opened when
        the type is not known, None when the value is known to be of another type."""
        if known == json_type:
            return indent
        if known is not None:
            return None
        self.emit(indent, f"if isinstance({var}, {python_type}):")
        return indent + 1

    def strings(self, node: dict[str, Any], var: str, indent: int, known: str | None) -> None:
        if "maxLength" not in node and "pattern" not in node:
            return
        inner = self.guard("string", "str", var, indent, known)
        if inner is None:
            return
        if "maxLength" in node:
            self.emit(inner, f"if len({var}) > {int(node['maxLength'])}: return False")
        if "pattern" in node:
            search = self.constant(re.compile(node["pattern"]).search)
            self.emit(inner, f"if {search}({var}) is None: return False")

    def arrays(self, node: dict[str, Any], var: str, indent: int, known: str | None) -> None:
        if "maxItems" not in node and "items" not in node:
            return
        inner = self.guard("array", "list", var, indent, known)
        if inner is None:
            return
        if "maxItems" in node:
            self.emit(inner, f"if len({var}) > {int(node['maxItems'])}: return False")
        if "items" in node:
            item = self.name("v")
            self.emit(inner, f"for {item} in {var}:")
            self.block(node["items"], item, inner + 1, None)

    def objects(self, node: dict[str, Any], var: str, indent: int, known: str | None) -> None:
        if not {"properties", "required", "additionalProperties"} & set(node):
            return
        inner = self.guard("object", "dict", var, indent, known)
        if inner is None:
            return
        properties: dict[str, Any] = dict(node.get("properties", {}))
        required = frozenset(node.get("required", ()))
        extra = node.get("additionalProperties", True)
        names = frozenset(properties)
        if extra is False and required == names:
            self.emit(inner, f"if {var}.keys() != {self.constant(names)}: return False")
        else:
            if required:
                keys = self.constant(required)
                self.emit(inner, f"if not {var}.keys() >= {keys}: return False")
            if extra is False:
                self.emit(inner, f"if not {var}.keys() <= {self.constant(names)}: return False")
            elif extra is not True and extra != {}:
                key, member, known_names = self.name("k"), self.name("v"), self.constant(names)
                self.emit(inner, f"for {key}, {member} in {var}.items():")
                self.emit(inner + 1, f"if {key} not in {known_names}:")
                self.block(extra, member, inner + 2, None)
        for key, schema in properties.items():
            if schema is True or schema == {}:
                continue
            member = self.name("v")
            if key in required:
                self.emit(inner, f"{member} = {var}[{key!r}]")
                self.node(schema, member, inner, None)
            else:
                self.emit(inner, f"if {key!r} in {var}:")
                self.emit(inner + 1, f"{member} = {var}[{key!r}]")
                self.block(schema, member, inner + 1, None)


def compile_schema(schema: dict[str, Any]) -> Check:
    """A function telling whether a JSON value matches `schema`; UnsupportedSchema when the
    schema needs a keyword this compiler lacks (or the code would be too large or deep)."""
    _check_supported(schema, schema, set())
    generator = _Generator(schema)
    try:
        generator.function(schema, "check", [])
        if len(generator.finished) > MAX_LINES:
            raise UnsupportedSchema(f"more than {MAX_LINES} lines of code")
        code = compile("\n".join(generator.finished), "<data.json schema>", "exec")
    except (SyntaxError, RecursionError) as error:  # too deeply nested for Python
        raise UnsupportedSchema(str(error)) from None
    namespace = dict(generator.namespace)
    exec(code, namespace)  # the source written above
    check: Check = namespace["check"]
    return check
