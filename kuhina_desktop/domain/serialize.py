"""Conversion between the dataclasses of `model` and the JSON of the data contract.

`to_json` writes every field (optional ones as null), `from_json` builds a dataclass from
a dict that has already passed the JSON Schema, so it trusts shapes but not values.
"""

from __future__ import annotations

import dataclasses
import types
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
    value: T = _convert(cls, data)
    return value


def _convert(tp: Any, data: Any) -> Any:
    if data is None:
        return None
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        inner = [a for a in get_args(tp) if a is not type(None)]
        return _convert(inner[0], data) if len(inner) == 1 else data
    if origin is list:
        (item_type,) = get_args(tp)
        return [_convert(item_type, item) for item in data]
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        kwargs = {
            f.name: _convert(hints[f.name], data[f.name])
            for f in dataclasses.fields(tp)
            if f.name in data
        }
        return tp(**kwargs)
    if tp is float and isinstance(data, int) and not isinstance(data, bool):
        return data
    return data


def snapshot_to_json(snapshot: model.Snapshot) -> dict[str, Any]:
    result: dict[str, Any] = to_json(snapshot)
    return result


def snapshot_from_json(data: dict[str, Any]) -> model.Snapshot:
    return from_json(model.Snapshot, data)


__all__ = ["from_json", "snapshot_from_json", "snapshot_to_json", "to_json"]
