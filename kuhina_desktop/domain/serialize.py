"""Conversion between the dataclasses of `model` and the JSON of the data contract.

`to_json` writes every field (optional ones as null), `from_json` builds a dataclass from
a dict that has already passed the JSON Schema, so it trusts shapes but not values.
"""

from __future__ import annotations

import dataclasses
import types
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar, Union, get_args, get_origin, get_type_hints

from kuhina_desktop.domain import model

T = TypeVar("T")


def to_json(obj: Any) -> Any:
    """A dataclass (or list of them) as plain JSON-ready Python values."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_json(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, list | tuple):
        return [to_json(item) for item in obj]
    return obj


@cache
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls, vars(model))


def from_json(cls: type[T], data: Any) -> T:
    """Build `cls` from JSON values; unknown keys are ignored, missing ones take defaults."""
    hashable: Any = cls
    value: T = _converter(hashable)(data)
    return value


Converter = Callable[[Any], Any]


def _identity(data: Any) -> Any:
    return data


@cache
def _converter(tp: Any) -> Converter:
    """A function turning JSON into `tp`, built once per type (reading is a hot path)."""
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        inner = [a for a in get_args(tp) if a is not type(None)]
        if len(inner) != 1:
            return _identity
        convert_inner = _converter(inner[0])
        if convert_inner is _identity:
            return _identity
        return lambda data: None if data is None else convert_inner(data)
    if origin is list:
        (item_type,) = get_args(tp)
        convert_item = _converter(item_type)
        if convert_item is _identity:
            return lambda data: None if data is None else list(data)
        return lambda data: None if data is None else [convert_item(i) for i in data]
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _dataclass_converter(tp)
    return _identity


def _dataclass_converter(cls: type) -> Converter:
    """JSON to `cls`: one call with every field when all are present (the data of a
    package always has them), else the general path that leaves missing ones to defaults.

    The call is Python source written here for the fields of `cls`; it raising
    anything (a missing key, data that is not a dict) sends the value down the general
    path, so the result, or the exception, is exactly the general path's.
    """
    hints = _hints(cls)
    fields = tuple((f.name, _converter(hints[f.name])) for f in dataclasses.fields(cls))
    # Positional arguments (twice as fast a call) when __init__ takes every field in order.
    positional = all(f.init and not f.kw_only for f in dataclasses.fields(cls))

    def general(data: Any) -> Any:
        return cls(**{name: conv(data[name]) for name, conv in fields if name in data})

    namespace: dict[str, Any] = {"cls": cls, "general": general}
    arguments = []
    for index, (name, conv) in enumerate(fields):
        value = f"data[{name!r}]"
        if conv is not _identity:
            namespace[f"c{index}"] = conv
            value = f"c{index}({value})"
        arguments.append(value if positional else f"{name}={value}")
    source = (
        "def convert(data):\n"
        "    if data is None:\n"
        "        return None\n"
        "    try:\n"
        f"        return cls({', '.join(arguments)})\n"
        "    except Exception:\n"
        "        return general(data)\n"
    )
    exec(compile(source, f"<from_json {cls.__name__}>", "exec"), namespace)
    convert: Converter = namespace["convert"]
    return convert


def snapshot_to_json(snapshot: model.Snapshot) -> dict[str, Any]:
    result: dict[str, Any] = to_json(snapshot)
    return result


def snapshot_from_json(data: dict[str, Any]) -> model.Snapshot:
    return from_json(model.Snapshot, data)


__all__ = ["from_json", "snapshot_from_json", "snapshot_to_json", "to_json"]
