"""JSON members of an untrusted package, parsed within the limits of DESIGN section 4.

The text is parsed by the C scanner of `json`, which counts its own nesting against the
interpreter's recursion limit (deeper input raises RecursionError, refused here as too
deep, never a crash), with no object hook beyond a duplicate-key check. One iterative walk
of the result then measures the nesting depth and the longest string (keys included)
against `MAX_JSON_DEPTH` and `MAX_STRING_CHARS`; the member's size is already bounded
(20 MB), so the parse itself is bounded too. Duplicate keys and the non-JSON constants
NaN and Infinity are refused, since another reader could take the other value.
"""

from __future__ import annotations

import json
from typing import Any, NoReturn

from kuhina_desktop.packages import limits
from kuhina_desktop.packages.errors import PackageRefused, shown


class _Duplicate(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _refuse(code: str, **params: object) -> NoReturn:
    raise PackageRefused(code, params)


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise _Duplicate(key)
            seen.add(key)
    return result


def _no_constant(name: str) -> Any:
    raise ValueError(name)


def measure(value: Any) -> tuple[int, int]:
    """(nesting depth, length of the longest string or key) of parsed JSON.

    A scalar has depth 0, `[]` and `{}` depth 1. Walks level by level without recursion,
    so any depth is safe to measure.
    """
    depth = longest = 0
    level: list[Any] = [value]
    while level:
        below: list[Any] = []
        containers = False
        for item in level:
            kind = type(item)
            if kind is str:
                if len(item) > longest:
                    longest = len(item)
            elif kind is dict:
                containers = True
                if item:
                    longest = max(longest, max(map(len, item)))
                below.extend(item.values())
            elif kind is list:
                containers = True
                below.extend(item)
        depth += containers
        level = below
    return depth, longest


def parse_member(name: str, raw: bytes | memoryview) -> Any:
    """The JSON value of member `name`; PackageRefused when it is not strict, bounded JSON."""
    try:
        text = str(raw, "utf-8")
    except UnicodeDecodeError:
        _refuse("member_encoding_invalid", name=name)
    try:
        value = json.loads(text, object_pairs_hook=_pairs, parse_constant=_no_constant)
    except RecursionError:
        _refuse("member_json_too_deep", name=name, max=limits.MAX_JSON_DEPTH)
    except _Duplicate as duplicate:
        _refuse("member_json_duplicate_key", name=name, key=shown(duplicate.key))
    except json.JSONDecodeError as error:
        _refuse("member_json_invalid", name=name, line=error.lineno, column=error.colno)
    except ValueError:
        _refuse("member_json_invalid", name=name, line=0, column=0)
    depth, longest = measure(value)
    if depth > limits.MAX_JSON_DEPTH:
        _refuse("member_json_too_deep", name=name, max=limits.MAX_JSON_DEPTH)
    if longest > limits.MAX_STRING_CHARS:
        _refuse("member_json_string_too_long", name=name, max=limits.MAX_STRING_CHARS)
    return value
