"""The meaning of `receipt.json`: its JSON Schema (resources/schema/receipt.schema.json)
and the rules a schema cannot say (real dates and times, a readable public key).

`check_content` is used by the reader on untrusted receipts and by the writer on its own,
so the two keep to one definition.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from functools import cache
from typing import Any, NoReturn

from jsonschema import Draft202012Validator

from kuhina_desktop.packages import keys
from kuhina_desktop.packages.errors import PackageError, shown
from kuhina_desktop.packages.receipt.format import FORMAT, FORMAT_VERSION, ReceiptRefused
from kuhina_desktop.resources import resource_path


def _refuse(code: str, **params: object) -> NoReturn:
    raise ReceiptRefused(code, params)


@cache
def schema() -> dict[str, Any]:
    import json

    path = resource_path("schema") / "receipt.schema.json"
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(schema())


def _path(parts: Sequence[str | int]) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return shown(text or "(receipt)")


def _timestamp(value: str, field: str) -> None:
    try:
        datetime.fromisoformat(value)
    except ValueError:
        _refuse("receipt_field_invalid", field=field)


def _day(value: str | None, field: str) -> None:
    if value is None:
        return
    try:
        date.fromisoformat(value)
    except ValueError:
        _refuse("receipt_field_invalid", field=field)


def _key(value: str, field: str) -> None:
    try:
        keys.parse_public_key_line(value)
    except PackageError:
        _refuse("receipt_field_invalid", field=field)


def check_content(content: Any) -> dict[str, Any]:
    """`content` when it is a receipt of this format; ReceiptRefused naming the first rule
    it breaks otherwise."""
    if not isinstance(content, dict):
        _refuse("receipt_not_object")
    if content.get("format") != FORMAT:
        _refuse("receipt_format")
    version = content.get("format_version")
    if version != FORMAT_VERSION or isinstance(version, bool):
        _refuse("receipt_version", version=shown(str(version)))
    error = next(iter(sorted(_validator().iter_errors(content), key=lambda e: e.path)), None)
    if error is not None:
        _refuse(
            "receipt_schema_invalid",
            field=_path(list(error.absolute_path)),
            detail=shown(str(error.validator)),
        )
    _timestamp(content["created_at"], "created_at")
    _timestamp(content["package"]["imported_at"], "package.imported_at")
    _key(content["catalogue_public_key"], "catalogue_public_key")
    if content["key_rotation"] is not None:
        _key(content["key_rotation"]["previous_public_key"], "key_rotation.previous_public_key")
    for number, item in enumerate(content["check_due"]):
        _day(item["reviewed_on"], f"check_due[{number}].reviewed_on")
    for number, item in enumerate(content["decisions"]):
        if item["decision"] == "reject" and item["reason"] is None:
            _refuse("receipt_field_invalid", field=f"decisions[{number}].reason")
    return content
