"""`data.json` and the attachments of a package: schema, validation, images.

The JSON Schema is read through the resource resolver (`resources/schema/package-data.
schema.json`), the same file the data-file loader in `services/` uses; the package layer
may not import services (DESIGN section 2), so it runs the schema itself.

Validation is that of published records (`domain.validation.validate_snapshot`) with no
retired-code rule (a package's records are not new) and one day of grace on "not in the
future", so a package made just after midnight in Finland is not refused by a reader
whose clock still shows yesterday.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from functools import cache
from typing import Any, NoReturn

from jsonschema import Draft202012Validator

from kuhina_desktop.domain.model import Snapshot
from kuhina_desktop.domain.serialize import snapshot_from_json
from kuhina_desktop.domain.validation import validate_snapshot
from kuhina_desktop.domain.vocab import Vocabulary
from kuhina_desktop.packages import limits
from kuhina_desktop.packages.errors import PackageDataInvalid, PackageRefused, shown
from kuhina_desktop.packages.schema_check import Check, UnsupportedSchema, compile_schema
from kuhina_desktop.packages.verified import PackageAttachments
from kuhina_desktop.resources import resource_path

SCHEMA_FILE = "package-data.schema.json"
CLOCK_GRACE = timedelta(days=1)


def _refuse(code: str, **params: object) -> NoReturn:
    raise PackageRefused(code, params)


@cache
def _schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(
        resource_path("schema", SCHEMA_FILE).read_text(encoding="utf-8")
    )
    return loaded


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(_schema())


@cache
def _fast_check() -> Check:
    """The compiled verdict, or jsonschema's own when the schema does not compile."""
    try:
        return compile_schema(_schema())
    except UnsupportedSchema:
        validator = _validator()
        return lambda value: bool(validator.is_valid(value))


def _path(parts: Sequence[str | int]) -> str:
    """`opportunities[3].title.fi` from the parts of a JSON path."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def check_schema(data: Any) -> dict[str, Any]:
    """`data` once it matches the data.json schema; the first mismatch refuses it."""
    if not _fast_check()(data):
        error = next(_validator().iter_errors(data), None)
        if error is None:  # the compiled check and jsonschema disagree: refuse anyway
            _refuse("data_schema_invalid", field="data.json", detail="schema")
        parts: list[str | int] = list(error.absolute_path)
        if error.validator == "required" and isinstance(error.instance, dict):
            missing = [key for key in error.validator_value if key not in error.instance]
            parts += missing[:1]
        _refuse(
            "data_schema_invalid",
            field=shown(_path(parts)) or "data.json",
            detail=str(error.validator),
        )
    result: dict[str, Any] = data
    return result


def check_records(
    data: dict[str, Any],
    vocab: Vocabulary,
    today: date | None,
    *,
    photo_descriptions_required: bool = True,
) -> Snapshot:
    """The snapshot of `data` once it holds no draft and passes validation (a package of
    format version 1 carries no photo descriptions, so they are not required of it)."""
    snapshot = snapshot_from_json(data)
    for opportunity in snapshot.opportunities:
        if opportunity.status == "draft":
            _refuse("data_draft_included", record=shown(opportunity.id))
    day = (today or date.today()) + CLOCK_GRACE
    problems = validate_snapshot(
        snapshot, vocab, today=day, photo_descriptions_required=photo_descriptions_required
    )
    if problems:
        raise PackageDataInvalid(problems)
    return snapshot


def check_attachments(
    snapshot: Snapshot, contents: Mapping[str, bytes | memoryview], digests: Mapping[str, str]
) -> PackageAttachments:
    """The attachments by reference, once each named one is present, each present one is
    named, each is named by its SHA-256 and each is the image type its name says."""
    present = {name for name in contents if name.startswith(limits.ATTACHMENTS_DIR)}
    named = snapshot.attachment_refs()
    for ref in named:
        if ref not in present:
            _refuse("attachment_missing", name=shown(ref))
    for name in sorted(present - set(named)):
        _refuse("attachment_unreferenced", name=name)
    result: dict[str, bytes | memoryview] = {}
    for ref in named:
        match = limits.ATTACHMENT_NAME.fullmatch(ref)
        assert match is not None  # the allow-list admitted only such names
        content = contents[ref]
        digest = digests.get(ref) or hashlib.sha256(content).hexdigest()
        if digest != match.group(1):
            _refuse("attachment_name_mismatch", name=ref)
        kind = match.group(2)
        magic = limits.IMAGE_MAGIC[kind]
        if bytes(content[: len(magic)]) != magic:
            _refuse("attachment_not_image", name=ref, expected="PNG" if kind == "png" else "JPEG")
        result[ref] = content
    return PackageAttachments(result)
