"""`data.json` and the attachments of a package: schema, validation, images.

The JSON Schema is read through the resource resolver (`resources/schema/package-data.
schema.json`), the same file the data-file loader in `services/` uses; the package layer
may not import services (docs/architecture.md), so it runs the schema itself.

Validation is that of published records (`domain.validation.validate_snapshot`) with no
retired-code rule (a package's records are not new) and one day of grace on "not in the
future", so a package made just after midnight in Finland is not refused by a reader
whose clock still shows yesterday.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta
from functools import cache
from typing import Any, NoReturn

import fastjsonschema
from jsonschema import Draft7Validator

from kuhina_desktop.domain.model import Snapshot
from kuhina_desktop.domain.serialize import snapshot_from_json
from kuhina_desktop.domain.validation import validate_snapshot
from kuhina_desktop.domain.vocab import Vocabulary
from kuhina_desktop.packages import limits
from kuhina_desktop.packages.errors import PackageDataInvalid, PackageRefused, shown
from kuhina_desktop.packages.verified import PackageAttachments
from kuhina_desktop.resources import resource_path

SCHEMA_FILE = "package-data.schema.json"
CLOCK_GRACE = timedelta(days=1)
_NAME_PART = re.compile(r"\[(\d+)\]|([^.\[\]]+)")
_DOLLAR = re.compile(r"(?<!\\)\$")  # an unescaped `$`
_PYTHON_END = r"(?=\n?\Z)"  # what `$` means to Python's re: the end, or before a final LF


def _refuse(code: str, **params: object) -> NoReturn:
    raise PackageRefused(code, params)


@cache
def _schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(
        resource_path("schema", SCHEMA_FILE).read_text(encoding="utf-8")
    )
    return loaded


@cache
def _validator() -> Draft7Validator:
    """jsonschema, which explains a refusal: the first mismatch and where it is."""
    return Draft7Validator(_schema())


def compile_check(schema: dict[str, Any]) -> Callable[[Any], Any]:
    """fastjsonschema's checking function for `schema`; it raises JsonSchemaValueException
    on the first mismatch.

    fastjsonschema turns a schema into Python code, so a 200-record data.json is checked
    in about 5 ms where jsonschema takes about 230 ms (figures in the commit that brought
    it). It knows drafts 4, 6 and 7 and reads any other `$schema` as draft 7, which is why
    the schema states draft-07 (docs/package-format.md). One difference is undone here: it
    rewrites a pattern's `$` as `\\Z` (the end of the text, as in ECMA-262), while the
    program has always read patterns with Python's `re`, where `$` also matches before a
    final line feed; so `$` is handed to it spelled out as Python means it, and a code
    ending in a line feed is still refused by the validation of records, with its field.

    The local references (`#/$defs/...`) are put in place before it compiles: for each
    call of a referenced part, fastjsonschema's code formats the value's name (with
    `str.format(**locals())`) whether or not the value fails, which was half of the check's
    time on a 200-opportunity data.json (4.8 -> 2.3 ms). Draft 7 ignores keywords beside
    `$ref`, so the part replaces the reference whole; a reference within its own part
    (recursion, which the package schema does not have) stays a reference.
    """
    anchored = _python_anchors(schema)
    inlined = _inline_refs(anchored, anchored.get("$defs", {}), ())
    if "$ref" not in json.dumps(inlined):
        inlined.pop("$defs", None)  # nothing refers to them any more
    return fastjsonschema.compile(inlined)


def _inline_refs(node: Any, defs: dict[str, Any], within: tuple[str, ...]) -> Any:
    if isinstance(node, dict):
        ref = node.get("$ref")
        name = ref[len("#/$defs/") :] if isinstance(ref, str) and ref.startswith("#/$defs/") else ""
        if name in defs and name not in within:
            return _inline_refs(defs[name], defs, (*within, name))
        return {key: _inline_refs(value, defs, within) for key, value in node.items()}
    if isinstance(node, list):
        return [_inline_refs(value, defs, within) for value in node]
    return node


def _python_anchors(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            key: (
                _DOLLAR.sub(lambda _dollar: _PYTHON_END, value)
                if key == "pattern" and isinstance(value, str)
                else _python_anchors(value)
            )
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_python_anchors(value) for value in node]
    return node


@cache
def _fast_check() -> Callable[[Any], Any]:
    """The verdict on data.json, made once per process."""
    return compile_check(_schema())


def _path(parts: Sequence[str | int]) -> str:
    """`opportunities[3].title.fi` from the parts of a JSON path."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def check_schema(data: Any) -> dict[str, Any]:
    """`data` once it matches the data.json schema; the first mismatch refuses it.

    fastjsonschema gives the verdict, jsonschema the message (the first mismatch and where
    it is, as the program has always named it); they give the same verdicts (a unit test
    holds them to it), and if they ever did not, fastjsonschema's own account is used.
    """
    try:
        _fast_check()(data)
    except fastjsonschema.JsonSchemaValueException as refusal:
        error = next(_validator().iter_errors(data), None)
        if error is None:
            parts = _parts(str(refusal.name))
            _refuse_at(parts, str(refusal.rule), refusal.definition, refusal.value)
        _refuse_at(list(error.absolute_path), str(error.validator), error.schema, error.instance)
    result: dict[str, Any] = data
    return result


def _parts(name: str) -> list[str | int]:
    """`data.opportunities[3].title` (fastjsonschema's name of a value) as path parts."""
    return [int(index) if index else key for index, key in _NAME_PART.findall(name)][1:]


def _refuse_at(parts: list[str | int], keyword: str, schema: Any, value: Any) -> NoReturn:
    """Refuse with the field's path (a missing property's own name for `required`)."""
    if keyword == "required" and isinstance(value, dict) and isinstance(schema, dict):
        missing = [key for key in schema.get("required", ()) if key not in value]
        parts = parts + missing[:1]
    _refuse("data_schema_invalid", field=shown(_path(parts)) or "data.json", detail=keyword)


def check_records(
    data: dict[str, Any],
    vocab: Vocabulary,
    today: date | None,
    *,
    photo_descriptions_required: bool = True,
    consent_read: bool = True,
) -> Snapshot:
    """The snapshot of `data` once it holds no draft and passes validation (a package of
    format version 1 carries no photo descriptions, so they are not required of it).

    Without `consent_read` (a package older than format 3) no contact counts as consented
    and no photo as confirmed, whatever the data says: consent to publish exists only where
    the format defines it."""
    snapshot = snapshot_from_json(data)
    if not consent_read:
        for contact in snapshot.organisation.contacts:
            contact.consent_given_on = None
            contact.consent_recorded_by = None
        for env in snapshot.environments:
            env.photo_confirmed_on = []
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
