"""Reading a data file in the `data.json` format (docs/package-format.md) into a checked Snapshot.

Four gates, each reported as `Problem`s with codes translated by `resources/messages/
data_file.json` (and validation.json, text.json): the text must be JSON (no duplicate keys,
no NaN), every string in it text the program can store, print and publish
(`domain.text_rules`: no lone surrogate, no control character, no text direction control),
the JSON must match `resources/schema/package-data.schema.json`, and the records must pass
`validate_snapshot`. The first three stop the load (no Snapshot); validation problems come
back with the Snapshot, since drafts may be saved with problems.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft7Validator
from jsonschema.exceptions import ValidationError

from kuhina_desktop.domain.model import Snapshot
from kuhina_desktop.domain.serialize import snapshot_from_json
from kuhina_desktop.domain.text_rules import json_text_fault
from kuhina_desktop.domain.validation import Problem, validate_snapshot
from kuhina_desktop.domain.vocab import Vocabulary, load_vocabulary
from kuhina_desktop.packages.json_guard import constant_position, long_number_position
from kuhina_desktop.resources import resource_path

SCHEMA_FILE = "package-data.schema.json"
DETAIL_MAX = 200

# Every problem code this module emits, with the names of its parameters.
CODES: dict[str, tuple[str, ...]] = {
    "file_unreadable": ("path", "detail"),
    "file_encoding_invalid": ("offset",),
    "json_invalid": ("line", "column", "detail"),
    "json_too_deep": (),
    "json_duplicate_key": ("key",),
    "json_constant_invalid": ("value", "line", "column"),
    "schema_violation": ("detail",),
}


class JsonRefused(Exception):
    """Text that is not strict JSON; `code` and `params` make the Problem."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


@cache
def schema() -> dict[str, Any]:
    """The JSON Schema of data.json, read once."""
    text = resource_path("schema", SCHEMA_FILE).read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


@cache
def _validator() -> Draft7Validator:
    return Draft7Validator(schema())


def _json_path(path: Sequence[str | int]) -> str:
    """`opportunities[3].title.fi` from the path parts of a schema error."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def _record_id(data: object, path: Sequence[str | int]) -> str:
    """The id of the record a path points into, when it is readable; else ""."""
    if not isinstance(data, dict) or not path:
        return ""
    record: object = None
    if path[0] == "organisation":
        record = data.get("organisation")
    elif path[0] in ("environments", "opportunities") and len(path) > 1:
        items = data.get(path[0])
        index = path[1]
        if isinstance(items, list) and isinstance(index, int) and index < len(items):
            record = items[index]
    record_id = record.get("id") if isinstance(record, dict) else None
    return record_id if isinstance(record_id, str) else ""


def _shorten(text: str) -> str:
    return text if len(text) <= DETAIL_MAX else text[: DETAIL_MAX - 1] + "…"


def _describe(error: ValidationError) -> tuple[list[str | int], str]:
    """The path of the offending field and a short description (never the whole instance)."""
    path: list[str | int] = list(error.absolute_path)
    instance, keyword = error.instance, error.validator
    expected: Any = error.validator_value
    subschema: Any = error.schema
    if keyword == "required" and isinstance(instance, dict):
        missing = [key for key in expected if key not in instance]
        path.append(missing[0] if missing else "?")
        return path, "missing field"
    if keyword == "additionalProperties" and isinstance(instance, dict):
        allowed = subschema.get("properties", {})
        extra = sorted(str(key) for key in instance if key not in allowed)
        path.append(extra[0] if extra else "?")
        return path, "unknown field"
    if keyword == "type":
        types = expected if isinstance(expected, list) else [expected]
        return path, "expected " + " or ".join(str(t) for t in types)
    if keyword == "pattern":
        return path, _shorten(f"{instance!r} does not have the expected form")
    if keyword == "enum":
        return path, _shorten(f"{instance!r} is not one of {', '.join(map(str, expected))}")
    if keyword == "maxLength":
        return path, f"longer than {expected} characters"
    if keyword == "maxItems":
        return path, f"more than {expected} items"
    return path, _shorten(error.message)


def check_schema(data: object) -> list[Problem]:
    """Each place where `data` does not match the data.json schema, as a Problem."""
    problems = []
    for error in _validator().iter_errors(data):
        path, detail = _describe(error)
        problems.append(
            Problem(
                _record_id(data, path), _json_path(path), "schema_violation", {"detail": detail}
            )
        )
    return problems


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise JsonRefused("json_duplicate_key", key=key)
        result[key] = value
    return result


class _Constant(Exception):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def _no_constants(name: str) -> Any:
    raise _Constant(name)


def parse_json(raw: bytes) -> object:
    """Strict JSON from UTF-8 bytes (a byte order mark is allowed); raises JsonRefused."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise JsonRefused("file_encoding_invalid", offset=exc.start) from exc
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        raise JsonRefused(
            "json_invalid", line=exc.lineno, column=exc.colno, detail=exc.msg
        ) from exc
    except _Constant as exc:
        line, column = constant_position(text)
        raise JsonRefused(
            "json_constant_invalid", value=exc.name, line=line, column=column
        ) from None
    except ValueError:  # a number longer than int converts (4,300 digits)
        line, column = long_number_position(text)
        raise JsonRefused(
            "json_invalid", line=line, column=column, detail="number too long"
        ) from None
    except RecursionError as exc:
        raise JsonRefused("json_too_deep") from exc


def load_data_file(
    path: str | Path, *, vocab: Vocabulary | None = None, today: date | None = None
) -> tuple[Snapshot | None, list[Problem]]:
    """Read, schema-check and validate a data file.

    Returns (None, problems) when the file cannot be read, is not JSON or fails the schema;
    otherwise (snapshot, validation problems), which may be empty.
    """
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        detail = exc.strerror or exc.__class__.__name__
        return None, [Problem("", "", "file_unreadable", {"path": str(path), "detail": detail})]
    try:
        data = parse_json(raw)
    except JsonRefused as refused:
        return None, [Problem("", "", refused.code, refused.params)]
    found = json_text_fault(data)
    if found is not None:
        path, fault = found
        return None, [Problem("", path, fault.code, fault.params(path))]
    problems = check_schema(data)
    if problems or not isinstance(data, dict):
        return None, problems
    snapshot = snapshot_from_json(data)
    return snapshot, validate_snapshot(snapshot, vocab or load_vocabulary(), today=today)


__all__ = ["CODES", "JsonRefused", "check_schema", "load_data_file", "parse_json", "schema"]
