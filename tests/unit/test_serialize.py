"""`from_json`: the one-call path for complete records and the general path agree."""

from __future__ import annotations

import copy
import dataclasses
from typing import Any, get_args, get_origin, get_type_hints

import pytest

from kuhina_desktop.domain import model
from kuhina_desktop.domain.serialize import from_json, snapshot_from_json, snapshot_to_json
from tests.unit.hostile_packages import snapshot


def _general(cls: type, data: Any) -> Any:
    """The conversion written out the slow way: defaults for missing keys, extra ignored."""
    if data is None:
        return None
    hints = get_type_hints(cls, vars(model))
    values = {}
    for field in dataclasses.fields(cls):
        if field.name not in data:
            continue
        values[field.name] = _value(hints[field.name], data[field.name])
    return cls(**values)


def _value(tp: Any, data: Any) -> Any:
    if data is None:
        return None
    args = [a for a in get_args(tp) if a is not type(None)]
    if get_origin(tp) is list:
        return [_value(args[0], item) for item in data]
    if len(args) == 1:
        return _value(args[0], data)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _general(tp, data)
    return data


FULL = snapshot_to_json(snapshot())


def _variants() -> list[dict[str, Any]]:
    found = [copy.deepcopy(FULL)]
    missing = copy.deepcopy(FULL)
    del missing["opportunities"][0]["title"]
    del missing["organisation"]["contacts"][0]["role"]
    del missing["environments"][0]["address"]["street"]
    found.append(missing)
    extra = copy.deepcopy(FULL)
    extra["opportunities"][1]["unknown"] = 1
    extra["organisation"]["name"]["de"] = "x"
    found.append(extra)
    nulls = copy.deepcopy(FULL)
    nulls["opportunities"][0]["hours_per_week"] = None
    nulls["organisation"]["address"] = None
    found.append(nulls)
    return found


@pytest.mark.parametrize("data", _variants())
def test_from_json_gives_what_the_general_conversion_gives(data: dict[str, Any]) -> None:
    assert snapshot_from_json(data) == _general(model.Snapshot, data)


def test_missing_fields_take_their_defaults() -> None:
    text = from_json(model.Text, {"fi": "a"})
    assert text == model.Text(fi="a")
    hours = from_json(model.HoursRange, {})
    assert hours == model.HoursRange()


def test_a_value_that_is_not_an_object_fails_as_before() -> None:
    assert from_json(model.Text, None) is None
    assert from_json(model.Text, "x") == model.Text()  # `in` on a string: no field found
    with pytest.raises(TypeError):
        from_json(model.Text, "fi")  # found by `in`, then indexed by a string
    with pytest.raises(TypeError):
        from_json(model.Text, 5)
