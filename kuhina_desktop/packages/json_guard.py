"""JSON members of an untrusted package, parsed within the limits of docs/package-format.md.

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
import re
from typing import Any, NoReturn

from kuhina_desktop.domain.text_rules import json_source_is_clean, json_text_fault, keys_are_clean
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


class _Constant(Exception):
    """NaN, Infinity or -Infinity, which strict JSON does not have."""


def _no_constant(name: str) -> Any:
    raise _Constant(name)


# A JSON string, or one of the constants outside strings (the text parsed up to it).
_STRING_OR_CONSTANT = re.compile(r'"(?:[^"\\]++|\\.)*+"|(-?Infinity|NaN)')
# A number longer than `int` converts (sys.get_int_max_str_digits, 4,300 by default).
_LONG_NUMBER = re.compile(r'"(?:[^"\\]++|\\.)*+"|(-?[0-9]{4000,})')


def constant_position(text: str, pattern: re.Pattern[str] = _STRING_OR_CONSTANT) -> tuple[int, int]:
    """(line, column), 1-based as `json` counts them, of the first NaN or Infinity (or what
    `pattern`'s group 1 matches) that stands outside a string; (1, 1) when there is none."""
    for match in pattern.finditer(text):
        if match.group(1):
            offset = match.start()
            line = text.count("\n", 0, offset) + 1
            return line, offset - text.rfind("\n", 0, offset)
    return 1, 1


def measure(value: Any, keys: set[str] | None = None) -> tuple[int, int]:
    """(nesting depth, length of the longest string or key) of parsed JSON; every key is
    added to `keys` when it is given (a set: data.json repeats a few dozen keys thousands
    of times, and only which keys occur matters, to the text rules and to the length,
    which is taken once over the distinct keys).

    A scalar has depth 0, `[]` and `{}` depth 1. Walks level by level without recursion,
    so any depth is safe to measure.
    """
    depth = longest = 0
    names: set[str] = set() if keys is None else keys
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
                names.update(item)
                below.extend(item.values())
            elif kind is list:
                containers = True
                below.extend(item)
        depth += containers
        level = below
    return depth, max(longest, max(map(len, names), default=0))


def long_number_position(text: str) -> tuple[int, int]:
    """(line, column) of the first number too long for `int` (more than 4,300 digits by
    default, sys.get_int_max_str_digits), which `json` refuses as a ValueError."""
    return constant_position(text, _LONG_NUMBER)


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
    except _Constant:
        line, column = constant_position(text)
        _refuse("member_json_invalid", name=name, line=line, column=column)
    except ValueError:  # a number too long to convert
        line, column = long_number_position(text)
        _refuse("member_json_invalid", name=name, line=line, column=column)
    keys: set[str] = set()
    depth, longest = measure(value, keys)
    if depth > limits.MAX_JSON_DEPTH:
        _refuse("member_json_too_deep", name=name, max=limits.MAX_JSON_DEPTH)
    if longest > limits.MAX_STRING_CHARS:
        _refuse("member_json_string_too_long", name=name, max=limits.MAX_STRING_CHARS)
    clean = json_source_is_clean(text) and keys_are_clean(keys)
    found = None if clean else json_text_fault(value)
    if found is not None:
        path, fault = found
        _refuse("member_" + fault.code, name=name, **fault.params(shown(path)))
    return value
